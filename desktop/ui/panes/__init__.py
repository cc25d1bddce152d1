"""Reading and tagging one document: the text view, its margin, outline, find bar, highlights, tag panel."""
