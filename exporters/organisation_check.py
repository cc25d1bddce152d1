"""Whether a reaction would go out saying "onze organisatie" without the analyst knowing.

Drafts written before the project named its organisation say "Onze organisatie is verheugd…"; that text
is stored, so naming the organisation later does not change it. The export dialog and ``speerpunt export``
say so before (dialog) or when (command) such a reaction is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.wording import FALLBACK_ORGANISATION

if TYPE_CHECKING:
    from exporters.report import Report

# The layouts that print the organisation's reaction (the annotated agreement holds findings, not reactions).
REACTION_LAYOUTS = ("speerpunten", "analyse")
_PLACEHOLDER = re.compile(rf"\b{re.escape(FALLBACK_ORGANISATION)}\b", re.IGNORECASE)


@dataclass(frozen=True)
class OrganisationCheck:
    organisation: str  # as the export names it; "" when neither the project nor the export sets one
    placeholders: tuple[str, ...]  # codes of the speerpunten whose reaction says "onze organisatie"

    @property
    def needs_attention(self) -> bool:
        return not self.organisation or bool(self.placeholders)

    def message(self) -> str | None:
        """One English line for the command line, or None when the export names its organisation throughout."""
        codes = ", ".join(self.placeholders)
        count = len(self.placeholders)
        reactions = f"{count} reaction{'' if count == 1 else 's'} ({codes})"
        say = "says" if count == 1 else "say"
        if not self.organisation:
            said = f"; {reactions} {say} “{FALLBACK_ORGANISATION}”" if count else ""
            return (f"warning: no organisation set, so the title page names none{said}; "
                    "set it with `speerpunt report PROJECT --set organisation=NAME` or --organisation")
        if count:
            return (f"warning: {reactions} still {say} “{FALLBACK_ORGANISATION}” instead of "
                    f"{self.organisation} (drafted before the organisation was set); edit {'it' if count == 1 else 'them'} before publishing")
        return None


def says_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.search(text))


def check_organisation(report: Report) -> OrganisationCheck:
    """The organisation the export names and the reactions (stored or drafted for it) still saying "onze
    organisatie"; the foreword and closing are named "foreword" and "closing" among the codes."""
    codes = [section.speerpunt.code for section in report.sections if says_placeholder(section.reaction)]
    codes += [key for key in ("foreword", "closing") if says_placeholder(report.part(key))]
    return OrganisationCheck(report.organisation.strip(), tuple(codes))
