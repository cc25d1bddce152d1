"""Speerpunt: tag coalition agreements against an organisation's speerpunten."""

__version__ = "0.1.0"
