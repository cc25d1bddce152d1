"""Speerpunten frameworks as files (YAML, Markdown outline) and proposals from a position paper."""
