"""Offline tagging suggestions: which speerpunten a passage probably treats, learnt from the analyst's tags.

The project's own Dutch stemmer and numpy, no model file: see docs/SUGGESTIONS.md.
Nothing here writes to a project.
"""
