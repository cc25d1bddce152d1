"""The one error importers raise: a file we refuse, with a reason a person can act on.

The reason is a ``desktop.reasons.Reason``: English text that the interface can translate (docs/I18N.md).
"""

from desktop.reasons import Reason


class ImportRefused(Exception):
    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(Reason("{name}: {reason}", name=filename, reason=reason))
        self.filename = filename
        self.reason = reason


def already_imported(title: str, document_id: str) -> Reason:
    """The reason a file whose bytes are already in the project is refused."""
    return Reason("already in the project as '{title}' ({id})", title=title, id=document_id[:8])
