"""Document metadata a file name often carries: issuer, short name, period, and likely kind."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.domain.document import DocumentKind

_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–_]\s*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# Words that name the kind of document, not who issued it.
_KIND_WORDS = {
    "coalitieakkoord", "coalitie", "akkoord", "bestuursakkoord", "raadsakkoord", "raadsprogramma",
    "collegeprogramma", "collegeakkoord", "hoofdlijnenakkoord", "regeerakkoord", "regeerprogramma",
    "verkiezingsprogramma", "programma", "definitief", "def", "versie", "concept", "final", "pdf", "nl",
}
_ISSUER_WORDS = {"gemeente": "Gemeente", "provincie": "Provincie", "waterschap": "Waterschap"}
_SMALL_WORDS = {"en", "aan", "de", "den", "der", "op", "van", "in", "het", "'s", "bij"}


def metadata_from_filename(name: str) -> dict[str, str]:
    """Guess short name, issuer and period from a file name such as
    "gemeente-aa-en-hunze-coalitieakkoord-2018-2022.pdf"; unknown parts are left out."""
    stem = name.rsplit(".", 1)[0]
    found: dict[str, str] = {}
    period = _PERIOD.search(stem)
    if period:
        found["period"] = f"{period.group(1)}-{period.group(2)}"
        stem = stem[: period.start()] + " " + stem[period.end() :]
    else:
        year = _YEAR.search(stem)
        if year:
            found["date"] = year.group(1)
            stem = stem[: year.start()] + " " + stem[year.end() :]
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    issuer_kind = next((_ISSUER_WORDS[w.lower()] for w in words if w.lower() in _ISSUER_WORDS), None)
    words = [w for w in words if w.lower() not in _KIND_WORDS and w.lower() not in _ISSUER_WORDS]
    if words:
        short = " ".join(
            w.lower() if index and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:]
            for index, w in enumerate(words)
        )
        found["short_name"] = short
        if issuer_kind:
            found["issuer"] = f"{issuer_kind} {short}"
    return found


# Parts of a file name that say what kind of document it is (matched inside Dutch compounds:
# "positiepapier", "G40-inzet", "Coalitieakkoord"). Checked in this order: a party's election
# programme, a reaction or a parliamentary paper is neither an agreement nor the organisation's own paper.
_OTHER_PARTS = ("verkiezingsprogramma", "reactie", "analyse", "kamerstuk", "kamerbrief", "memorie", "motie")
_AGREEMENT_PARTS = ("akkoord", "regeerprogramma", "collegeprogramma", "raadsprogramma", "bestuursprogramma",
                    "coalitie", "hoofdlijnen")
_POSITION_PARTS = ("positie", "position", "inzet", "standpunt", "speerpunt", "agenda", "visie", "manifest",
                   "propositie", "lobby")


def likely_kind(names: Iterable[str], kinds_present: Iterable[str] = ()) -> DocumentKind:
    """The kind an import dialog offers first for files (or a folder) called ``names``.

    What the names say when they all say the same ("…-coalitieakkoord-2021.pdf": agreement;
    "strategische-agenda.md", "positiepapier.docx": position paper); otherwise, for one or more files
    that say nothing, a position paper when the project holds an agreement and no position paper yet
    (the analyst's second step), else an agreement. The analyst can always choose another.
    """
    names = list(names)
    votes = {_kind_in_name(name) for name in names}
    if len(votes) == 1 and None not in votes:
        return votes.pop()
    present = {str(kind) for kind in kinds_present}
    if votes == {None} and DocumentKind.AGREEMENT in present and DocumentKind.POSITION not in present:
        return DocumentKind.POSITION
    return DocumentKind.AGREEMENT


def _kind_in_name(name: str) -> DocumentKind | None:
    name = name.lower()  # the whole name: no document suffix holds a part, and a folder's dots are its own
    for parts, kind in ((_OTHER_PARTS, DocumentKind.OTHER), (_AGREEMENT_PARTS, DocumentKind.AGREEMENT),
                        (_POSITION_PARTS, DocumentKind.POSITION)):
        if any(part in name for part in parts):
            return kind
    return None
