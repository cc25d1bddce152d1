"""Reading across documents and analysts: comparisons, agreement, review rows, observations."""
