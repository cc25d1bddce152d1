"""The title of a Kamerstuk (a paper of the Tweede or Eerste Kamer) from its first page's masthead.

A Kamerstuk has no cover: its first page opens with the masthead ("Tweede Kamer der
Staten-Generaal", "Vergaderjaar 2023–2024"), then the dossier number and the dossier's title
("36 450 Regels omtrent de instelling van ..."), then the paper's number and kind in capitals
("Nr. 3 MEMORIE VAN TOELICHTING"; the Eerste Kamer letters its papers: "B VOORLOPIG VERSLAG").
The title is what officielebekendmakingen.nl calls the paper: "<dossier title>; <kind>".
"""

from __future__ import annotations

import re

_MASTHEAD = re.compile(r"^(Tweede|Eerste) Kamer der Staten-Generaal\b", re.I)
_SESSION = re.compile(r"^Vergaderjaar \d{4}\s*[–-]\s*\d{4}\s*$", re.I)
# "36 450", "36 200 XVI", "21 501-32", "36 600 A": the dossier (and its sub-dossier), then its title.
_DOSSIER = re.compile(r"^(\d{2}\s?\d{3}(?:-\d+)?(?:\s+(?:[IVXLC]+|[A-Z]))?)(?:\s+|$)")
# "Nr. 3 MEMORIE VAN TOELICHTING", "nr. 12", "B VOORLOPIG VERSLAG": the paper within the dossier.
_PAPER = re.compile(r"^(?:[Nn]r\.\s*\d+[A-Za-z]?|[A-Z]{1,2}(?=\s+[A-Z]{2}))(?:\s+|$)")
_LOOK_AHEAD = 12  # the masthead, session, dossier and paper lines all stand at the top of page 1
# Words after which a kind in capitals names people or a ministry ("BRIEF VAN DE MINISTER VAN FINANCIËN").
_OFFICE = re.compile(r"\b(minister|staatssecretaris|ministers|staatssecretarissen|commissie)\s+(van|voor)\s+(.*)$")
_MEMBER = re.compile(r"\b(lid|leden)\s+(.*)$")
_SMALL = {"en", "van", "voor", "de", "der", "den", "het", "ter", "te", "in", "op", "over", "c.s.",
          "minister", "ministers", "staatssecretaris", "staatssecretarissen", "minister-president"}
# A kind wraps to a next line mid-phrase: after a small word or comma, or before one.
_OPEN_END = re.compile(r"(?:\b(?:VAN|VOOR|DE|DEN|DER|HET|EN|TER|OVER|INZAKE)|,)$")
_OPEN_START = re.compile(r"^(?:VAN|VOOR|DE|DEN|DER|HET|EN|TER|OVER|INZAKE)\b")


def kamerstuk_title(first_lines: list[str]) -> str | None:
    """"<dossier title>; <kind>" when ``first_lines`` (the first page's lines in order) open with a Kamer
    masthead and a dossier; else None, and the caller looks elsewhere."""
    lines = [" ".join(line.split()) for line in first_lines[:_LOOK_AHEAD * 3] if line.strip()]
    start = next((i for i, line in enumerate(lines[:_LOOK_AHEAD]) if _MASTHEAD.match(line)), None)
    if start is None:
        return None
    rest = lines[start + 1:]
    if rest and _SESSION.match(rest[0]):
        rest = rest[1:]
    dossier = _DOSSIER.match(rest[0]) if rest else None
    if not dossier:
        return None
    title_lines = [rest[0][dossier.end():]]
    kind_lines: list[str] = []
    for index, line in enumerate(rest[1:], start=1):
        paper = _PAPER.match(line)
        if paper:
            kind_lines = [line[paper.end():]]
            kind_lines += _capitals_following(kind_lines[0], rest[index + 1:])
            break
        title_lines.append(line)
        if index >= _LOOK_AHEAD:
            return None  # no paper number where one stands: not a Kamerstuk's first page
    else:
        return None
    title = _joined(title_lines)
    kind = _kind(_joined(kind_lines))
    if not title:
        return None
    return f"{title}; {kind}" if kind else title


def _capitals_following(kind: str, lines: list[str]) -> list[str]:
    """The kind's continuation lines: set in capitals, and wrapped mid-phrase (or the kind stood alone
    on the next line after "Nr. 3"); the text after it is in ordinary type."""
    taken: list[str] = []
    for line in lines:
        letters = [c for c in line if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters):
            break
        if kind and not (_OPEN_END.search(kind) or _OPEN_START.match(line)):
            break
        taken.append(line)
        kind = line
    return taken


def _joined(lines: list[str]) -> str:
    """Lines joined as one text; a word hyphenated at a line end is joined again ("Vermin-" "derde")."""
    text = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if text.endswith("-") and line[:1].islower() and len(text) > 1 and text[-2].isalpha():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _kind(capitals: str) -> str:
    """"MEMORIE VAN TOELICHTING" → "Memorie van toelichting"; a ministry and a member keep their capitals
    ("Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties", "Motie van het lid Van der Plas")."""
    if not capitals:
        return ""
    letters = [c for c in capitals if c.isalpha()]
    if not all(c.isupper() for c in letters):
        return capitals  # set in ordinary type: keep as printed
    text = capitals.lower()
    office = _OFFICE.search(text)
    if office:
        text = text[:office.start(3)] + _names(office.group(3), every=True)
    else:
        member = _MEMBER.search(text)
        if member:
            text = text[:member.start(2)] + _names(member.group(2), every=False)
    return text[:1].upper() + text[1:]


def _names(text: str, every: bool) -> str:
    """Capitals back on names: every word but small ones ("Onderwijs, Cultuur en Wetenschap"), or for
    people the first word of each name and every word not a particle ("Van der Plas en Omtzigt")."""
    words = text.split(" ")
    shown: list[str] = []
    name_start = True
    for at, word in enumerate(words):
        if word == "c.s.":
            return " ".join([*shown, *words[at:]])  # what follows ("ter vervanging van ...") is no name
        small = word in _SMALL
        if word == "en":
            name_start = True
            shown.append(word)
            continue
        capital = (not small) or (not every and name_start)
        shown.append(word[:1].upper() + word[1:] if capital else word)
        name_start = False
    return " ".join(shown)
