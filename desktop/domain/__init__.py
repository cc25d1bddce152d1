"""Plain domain data: documents, passages, frameworks, findings. No I/O, no Qt."""

from desktop.domain.document import DocumentKind, ImportedDocument, Passage, PassageKind
from desktop.domain.finding import Anchor, Assessment, Finding
from desktop.domain.framework import Framework, Speerpunt, Theme

__all__ = [
    "Anchor",
    "Assessment",
    "DocumentKind",
    "Finding",
    "Framework",
    "ImportedDocument",
    "Passage",
    "PassageKind",
    "Speerpunt",
    "Theme",
]
