"""Offline tagging suggestions: which speerpunten a passage probably treats, learnt from the analyst's tags.

Pure Python on the project's own Dutch stemmer (no numpy, no model file): see docs/SUGGESTIONS.md.
Nothing here writes to a project.
"""
