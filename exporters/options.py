"""What the user chose for an export: agreement, selection, names, language, template."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

LAYOUTS = ("speerpunten", "analyse", "annotated", "vergelijking", "overzicht", "csv", "xlsx", "qdpx")
WORD_LAYOUTS = ("speerpunten", "analyse", "annotated")


@dataclass
class ExportOptions:
    """Every field has a default, so ``ExportOptions()`` exports the newest agreement in Dutch.

    ``document_id`` None means the newest agreement for the Word layouts and all
    documents for CSV/XLSX (a table of every finding is what an analyst sorts and filters).
    The name fields, when set, override what the project stores in its report parts.
    """

    document_id: str | None = None
    theme_ids: set[str] | None = None
    speerpunt_ids: set[str] | None = None
    include_empty: bool = False
    appendix: bool = False
    authors: bool = False  # the appendix's "Auteur" column: for internal exports, off unless asked for
    lang: str = "nl"
    organisation: str | None = None
    agreement_name: str | None = None
    audience: str | None = None
    title: str | None = None
    template: Path | None = None
    labels: dict[str, str] = field(default_factory=dict)
    # The comparison layout (vergelijking): which groups of agreements, in this order (None: all),
    # and whether each point quotes the agreements' words under it.
    categories: list[str] | None = None
    quotes: bool = False
