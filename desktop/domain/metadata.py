"""Document metadata a file name often carries: issuer, short name, period."""

from __future__ import annotations

import re

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
