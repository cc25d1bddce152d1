"""Why an export could not be made, worded for the user."""

from __future__ import annotations


class ExportRefused(Exception):
    """The export cannot be written as asked; the message names the file and the reason."""
