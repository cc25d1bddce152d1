"""Every write to a project: one function per user action, each one transaction.

Screens and the command line change a project only through these functions;
each returns a Changes record so a screen can refresh just what it must.
"""

from desktop.operations.changes import Changes

__all__ = ["Changes"]
