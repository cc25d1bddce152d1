"""The REFI-QDA convention Speerpunt writes and reads: names, GUIDs, and how positions count.

REFI-QDA (QDA-XML 1.0) has codes, selections, codings and notes, but no assessment and
no coding without text. This module holds the one place where Speerpunt's meanings are
mapped onto the standard's elements, so the exporter and the importer cannot drift:

- every assessment is a code in a fixed group, and a finding's selection is coded with its
  speerpunt *and* its assessment ("Beoordeling: zorg");
- a missing finding is a Note named "Ontbreekt: <speerpunt> | <document>", referenced by
  the speerpunt's Code and tied to the document's TextSource by a Link;
- positions are Unicode code points into the plain text, first = 0, end exclusive, with
  "\\n" line ends (see ``normalise_line_ends``).

docs/REFI-QDA.md describes the whole mapping.
"""

from __future__ import annotations

import bisect
import re
import uuid
from dataclasses import dataclass

from desktop.domain.finding import Assessment

NAMESPACE = "urn:QDA-XML:project:1.0"
CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"

# Fixed, so the same analyst and the same assessment codes have the same GUID in every export.
_GUID_SPACE = uuid.UUID("4f2a7c1e-5d63-4b8e-9a0c-2b7d1e6f3a95")

ASSESSMENT_GROUP = "Speerpunt-beoordeling"
ASSESSMENT_CODE_NAMES = {
    Assessment.POSITIVE: "Beoordeling: positief",
    Assessment.CONCERN: "Beoordeling: zorg",
    Assessment.MISSING: "Beoordeling: ontbreekt",
}
# The app's standard palette (desktop/ui/assessments.py), so the codes look as the highlights do.
ASSESSMENT_COLOURS = {
    Assessment.POSITIVE: "#009E73",
    Assessment.CONCERN: "#E69F00",
    Assessment.MISSING: "#D55E00",
}
MISSING_NOTE_PREFIX = "Ontbreekt: "
# Words another program's user may have used for the same assessments (folded, no accents).
_ASSESSMENT_WORDS = {
    Assessment.POSITIVE: {"positief", "positive", "positiv"},
    Assessment.CONCERN: {"zorg", "concern", "zorgen", "kritisch"},
    Assessment.MISSING: {"ontbreekt", "missing", "ontbrekend"},
}


_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (form feeds from PDFs, NUL)."""
    return _NOT_XML.sub("", text)


def stable_guid(kind: str, name: str) -> str:
    """The same GUID for the same kind and name in every export (users, assessment codes)."""
    return str(uuid.uuid5(_GUID_SPACE, f"{kind}:{name}"))


def assessment_code_guid(assessment: Assessment) -> str:
    return stable_guid("assessment", assessment.value)


def assessment_group_guid() -> str:
    return stable_guid("assessment", "group")


def user_guid(name: str) -> str:
    return stable_guid("user", name)


def assessment_of_code_name(name: str) -> Assessment | None:
    """The assessment an assessment code stands for ("Beoordeling: zorg", "zorg", "concern"), else None."""
    text = name.strip().casefold()
    for prefix in ("beoordeling:", "assessment:"):
        if text.startswith(prefix):
            text = text[len(prefix):].strip()
            break
    else:
        return None
    for assessment, words in _ASSESSMENT_WORDS.items():
        if text in words:
            return assessment
    return None


def is_assessment_group(name: str) -> bool:
    return name.strip().casefold() in {ASSESSMENT_GROUP.casefold(), "assessment", "beoordeling"}


_CODE_TITLE = re.compile(r"^(\d+(?:\.\d+)*[a-z]?)\.?\s+(\S.*)$")
# Speerpunt's own frameworks also number with a capital ("F", "F.1", "R.2": the G40's preconditions).
_OWN_CODE_TITLE = re.compile(r"^((?:\d+|[A-Z])(?:\.\d+)*[a-z]?)\s+(\S.*)$")


def speerpunt_code_name(code: str, title: str) -> str:
    """A speerpunt's code name: its number first, so names stay unique across the tree."""
    return f"{code} {title}" if code else title


def split_code_name(name: str, own: bool = False) -> tuple[str, str]:
    """"2.4 Iedereen aan het werk" -> ("2.4", "Iedereen aan het werk"); ("", name) without a number.

    ``own``: the name was written by Speerpunt, whose codes may also be a capital ("F.1 …").
    """
    match = (_OWN_CODE_TITLE if own else _CODE_TITLE).match(name.strip())
    if match:
        return match.group(1), match.group(2).strip()
    return "", name.strip()


def missing_note_name(speerpunt_name: str, document_title: str) -> str:
    return f"{MISSING_NOTE_PREFIX}{speerpunt_name} | {document_title}"


def is_own_origin(origin: str) -> bool:
    """Was the file written by Speerpunt (so its names follow our convention exactly)?"""
    return origin.strip().startswith("Speerpunt")


def is_missing_note_name(name: str) -> bool:
    folded = name.strip().casefold()
    return folded.startswith(MISSING_NOTE_PREFIX.casefold()) or folded.startswith("missing:")


def rgb_colour(colour: str) -> str | None:
    """A colour as the schema's RGBType wants it (#RRGGBB), or None when it is no colour."""
    colour = (colour or "").strip()
    if re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        return colour  # as stored: a round trip gives back the same text
    if re.fullmatch(r"#[0-9A-Fa-f]{3}", colour):
        return "#" + "".join(c * 2 for c in colour[1:])
    return None


@dataclass(frozen=True)
class LineEnds:
    """Plain text with "\\n" line ends, and the map from offsets in the original to offsets in it.

    ``removed`` holds, in order, the original code-point index of every "\\r" dropped (the CR
    of a CRLF); a lone CR becomes "\\n" in place and shifts nothing.
    """

    text: str
    removed: tuple[int, ...]

    def to_plain(self, offset: int) -> int:
        """An offset in the original text -> the same place in ``text``."""
        return offset - bisect.bisect_left(self.removed, offset)


def normalise_line_ends(text: str, crlf_is_one: bool = False) -> LineEnds:
    """``text`` with CRLF and lone CR turned into "\\n", keeping a map of the offsets.

    With ``crlf_is_one`` the map treats CRLF as one position (as ATLAS.ti counts it).
    """
    removed: list[int] = []
    out: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        cr = text.find("\r", index)
        if cr < 0:
            out.append(text[index:])
            break
        out.append(text[index:cr])
        if cr + 1 < length and text[cr + 1] == "\n":
            if not crlf_is_one:
                removed.append(cr)
            index = cr + 1  # the "\n" is kept by the next slice
        else:
            out.append("\n")
            index = cr + 1
    return LineEnds("".join(out), tuple(removed))
