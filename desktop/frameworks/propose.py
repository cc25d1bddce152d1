"""Proposing a framework from a position paper's headings and numbered lists, for the user to confirm.

Heuristics, in order:

* A speerpunt is a numbered entry: a list item "1 Preventie" or "2.1 ...", a heading
  "2.1 Een veilige stad" or "1. Toereikende budgetten" below an unnumbered heading, or a
  paragraph opening with a dotted number ("2.1 Meer ruimte ...", as PDF text gives headings).
  Unnumbered list items count only under an agenda-like heading ("G40-AGENDA",
  "Speerpunten") and only when they read like titles (capital, short).
* Its theme is the nearest heading above it, skipping agenda-like intermediate headings
  ("De G40-agenda" / "G40-AGENDA"). Generic headings ("Inleiding", "Voorwoord", "Aan de
  slag") are never themes. A leading number in the theme heading becomes the theme code.
* A numbered chapter heading that fills a gap in the themes' numbering (theme 4 between 3
  and 5) becomes a theme without speerpunten, so the user sees it and can fill it in.
* Titles are cut to the start of the item (before " o.a. ", a colon or a bracket, at most
  twelve words); the full item text then becomes the formulation.

The proposal's name is the paper as the analyst knows it (``proposal_name``): its short name
with its period ("G40 Strategische Agenda 2019-2022"), else its title in normal casing; a cover
slogan set in capitals ("STEDEN MAKEN HET VERSCHIL!") is never the name as it stands.
``empty_themes`` lists the themes the text gave no speerpunten, for a visible warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.document import Passage, PassageKind
from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.frameworks.palette import assign_default_colours

MAX_TITLE_WORDS = 12
MAX_ITEM_WORDS = 40  # a numbered "item" longer than this is a numbered paragraph of prose

_NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})(?:\.|\))?\s+(?P<rest>\S.*)$", re.S)
_THEME_PREFIX = re.compile(r"^(?:(?:thema|pijler|hoofdstuk|deel)\s+)?(?P<num>\d{1,2})\s*[.:)\-–]?\s+(?P<rest>\S.*)$", re.I)
_BULLET = re.compile(r"^\s*[-•◦▪●■–—*·►➢]\s*")
_MARKUP = re.compile(r"\*+|__|`|\[(?P<link>[^\]]*)\]\([^)]*\)")
_INTERMEDIATE = re.compile(
    r"agenda|speerpunt|prioriteit|onze inzet|ambities|actiepunten|interventies|aandachtspunten", re.I
)
_GENERIC = re.compile(
    r"^(?:\d+\.?\s+)?(?:inleiding|voorwoord|samenvatting|conclusies?|bijlagen?|colofon|inhoud(?:sopgave)?|"
    r"meer informatie|waarom doen we|aan de slag|(?:de )?\S*-?aanpak$|tot slot|literatuur|bronnen|"
    r"(?:voet)?noten|leeswijzer|uitgangspunt|aanleiding|achtergrond|(?:de )?werkwijze|onze missie|"
    r".*notendop)",
    re.I,
)
_CUTS = (" o.a. ", " (", ": ", " – ", " — ", "; ")


@dataclass
class _Entry:
    seq: int
    number: str
    text: str
    theme_path: tuple[str, ...]
    full: str = ""  # the cleaned passage text, as it appears in the heading paths below it
    heading: bool = False
    formulation: str = ""


@dataclass
class _ThemeDraft:
    key: tuple[str, ...]
    seq: int
    number: str
    title: str
    entries: list[_Entry] = field(default_factory=list)


def propose_framework(title: str, text: str, passages: list[Passage], name: str | None = None) -> Framework:
    """Suggest themes and speerpunten from ``passages`` of the document ``title`` (its full ``text``).

    ``name`` is the proposal's name (see ``proposal_name``); without it the title in normal casing.
    The result is a proposal: codes are unique and every theme has a colour, but the
    user is expected to rename, merge and delete before it is used for tagging.
    """
    items = [(p, _clean(text[p.start : p.end])) for p in passages]
    entries = _entries(items)
    drafts = _drop_table_of_contents(_group(entries, title))
    _add_gap_themes(drafts, items)
    name = " ".join((name or "").split()) or proposal_name(title)
    framework = Framework(name=name, description=f"Voorstel uit '{name}'")
    used_codes: set[str] = set()
    numbered = {d.number for d in drafts if d.number}
    spare = (max((int(n) for n in numbered), default=0)) + 1
    for draft in sorted(drafts, key=lambda d: d.seq):
        code = draft.number
        if not code:
            code, spare = str(spare), spare + 1
        theme = Theme(title=draft.title, code=code)
        for position, entry in enumerate(draft.entries, start=1):
            theme.speerpunten.append(_speerpunt(entry, code, position, used_codes))
        framework.themes.append(theme)
    return assign_default_colours(framework)


def proposal_name(title: str, short_name: str | None = None, period: str | None = None) -> str:
    """The proposed framework's name: the paper's short name with its period when the short name lacks
    it ("G40 Strategische Agenda" + "2019-2022"), else its title, in normal casing, else "Voorstel"."""
    short = " ".join((short_name or "").split())
    if short:
        period = " ".join((period or "").split())
        name = f"{short} {period}" if period and period not in short else short
        return _normal_casing(name)
    return _normal_casing(" ".join(title.split())) or "Voorstel"


def _normal_casing(name: str) -> str:
    """A name set in capitals ("STEDEN MAKEN HET VERSCHIL!") in sentence case; others as they are.
    Words with digits ("G40", "2019-2022") keep their capitals."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return name
    words = [w if any(c.isdigit() for c in w) else w.lower() for w in name.split()]
    first = words[0]
    words[0] = first[:1].upper() + first[1:]
    return " ".join(words)


def empty_themes(framework: Framework) -> list[Theme]:
    """The proposed themes the text gave no speerpunten: the user fills them in or drops them."""
    return [theme for theme in framework.themes if not theme.speerpunten]


def _clean(text: str) -> str:
    text = _MARKUP.sub(lambda m: m.group("link") or "", text)
    text = _BULLET.sub("", text)
    return " ".join(text.split()).strip(" ►")


def _entries(items: list[tuple[Passage, str]]) -> list[_Entry]:
    entries: list[_Entry] = []
    for index, (passage, text) in enumerate(items):
        if not text or _INTERMEDIATE.fullmatch(text) or re.fullmatch(r"[\w-]*AGENDA\W*", text):
            continue
        path = tuple(_clean(h) for h in passage.heading_path)
        if passage.kind is PassageKind.HEADING:
            path = path[:-1]  # a heading's path holds the heading itself
        entry = _entry(passage, text, path)
        if entry is None:
            continue
        entry.full = text
        if passage.kind is PassageKind.HEADING:
            entry.heading = True
            entry.formulation = _following_formulation(items, index)
        entries.append(entry)
    return _drop_theme_headings(entries)


def _entry(passage: Passage, text: str, path: tuple[str, ...]) -> _Entry | None:
    match = _NUMBERED.match(text)
    words = len(text.split())
    if passage.kind is PassageKind.LIST_ITEM:
        if match and words <= MAX_ITEM_WORDS:
            return _Entry(passage.seq, match.group("num"), match.group("rest"), path)
        # Importers may drop a list's numbers; under an agenda heading the items are still the speerpunten.
        if path and _INTERMEDIATE.search(path[-1]) and text[:1].isupper() and words <= 25:
            return _Entry(passage.seq, "", text, path)
        return None
    if not match or words > MAX_ITEM_WORDS or not match.group("rest")[:1].isupper():
        return None
    number = match.group("num")
    if passage.kind is PassageKind.HEADING:
        if _GENERIC.match(match.group("rest")):
            return None
        return _Entry(passage.seq, number, match.group("rest"), path)
    if passage.kind is PassageKind.PARAGRAPH and "." in number:
        return _Entry(passage.seq, number, match.group("rest"), path)
    return None


def _drop_theme_headings(entries: list[_Entry]) -> list[_Entry]:
    """Numbered headings that are chapters (themes) rather than speerpunten."""
    depth = {e.full: e.number.count(".") for e in entries if e.heading and "." in e.number}
    # A heading with entries under it is a theme, unless those are dotted entries no deeper than
    # itself: "2.8 ..." as a paragraph under the heading "2.2 ..." is a sibling that lost its heading.
    parents = {
        e.theme_path[-1]
        for e in entries
        if e.theme_path and not ("." in e.number and e.number.count(".") <= depth.get(e.theme_path[-1], -1))
    }
    kept = []
    for entry in entries:
        if entry.heading and entry.full in parents:
            continue
        if entry.heading and "." not in entry.number and (
            not entry.theme_path or _plain_numbered(entry.theme_path[-1])
        ):
            # "3 Werk" at the top is a chapter; "2 Wonen" under "1 Zorg" a chapter put one level too deep.
            continue
        kept.append(entry)
    return kept


def _plain_numbered(heading: str) -> bool:
    match = _THEME_PREFIX.match(heading)
    return bool(match)


def _following_formulation(items: list[tuple[Passage, str]], index: int) -> str:
    """The paragraph right after a speerpunt heading, when it is set off as its formulation: "(...)"."""
    if index + 1 >= len(items):
        return ""
    passage, text = items[index + 1]
    if passage.kind is PassageKind.PARAGRAPH and text.startswith("(") and text.rstrip(". ").endswith(")"):
        return text.rstrip(". ")[1:-1].strip()
    return ""


def _theme_heading(path: tuple[str, ...], speerpunt_headings: set[str]) -> int | None:
    """Index in ``path`` of the heading that is the entry's theme, or None when it has none."""
    for index in range(len(path) - 1, -1, -1):
        heading = path[index]
        if heading in speerpunt_headings:
            continue  # text under a speerpunt heading ("2.8 ..." as a paragraph below "2.2 ...")
        if _GENERIC.match(heading):
            return -1
        if not _INTERMEDIATE.search(heading) or _THEME_PREFIX.match(heading):
            return index
    return len(path) - 1 if path else None


def _group(entries: list[_Entry], title: str) -> list[_ThemeDraft]:
    drafts: dict[tuple[str, ...], _ThemeDraft] = {}
    speerpunt_headings = {entry.full for entry in entries if entry.heading}
    for entry in entries:
        index = _theme_heading(entry.theme_path, speerpunt_headings)
        if index == -1:
            continue
        key = entry.theme_path[: index + 1] if index is not None else ()
        if key not in drafts:
            heading = key[-1] if key else title
            number, name = _split_theme(heading)
            drafts[key] = _ThemeDraft(key, entry.seq, number, name)
        drafts[key].entries.append(entry)
    return list(drafts.values())


def _drop_table_of_contents(drafts: list[_ThemeDraft]) -> list[_ThemeDraft]:
    """Entries that repeat a theme's own number and title are a contents list or back cover."""
    chapters = {(d.number, d.title.lower()) for d in drafts if d.number}
    for draft in drafts:
        draft.entries = [e for e in draft.entries if (e.number, e.text.lower()) not in chapters]
    return [draft for draft in drafts if draft.entries]


def _split_theme(heading: str) -> tuple[str, str]:
    match = _THEME_PREFIX.match(heading)
    if match:
        return match.group("num"), match.group("rest").strip()
    return "", heading.strip()


def _add_gap_themes(drafts: list[_ThemeDraft], items: list[tuple[Passage, str]]) -> None:
    numbers = sorted(int(d.number) for d in drafts if d.number.isdigit())
    if len(numbers) < 2:
        return
    missing = set(range(numbers[0], numbers[-1] + 1)) - set(numbers)
    for passage, text in items:
        if passage.kind is not PassageKind.HEADING or not missing:
            continue
        number, name = _split_theme(text)
        if number.isdigit() and int(number) in missing and not _GENERIC.match(name):
            missing.discard(int(number))
            drafts.append(_ThemeDraft((text,), passage.seq, number, name))


def _speerpunt(entry: _Entry, theme_code: str, position: int, used: set[str]) -> Speerpunt:
    number = entry.number or str(position)
    code = number if "." in number else f"{theme_code}.{number}"
    base, suffix = code, 1
    while code in used:
        suffix += 1
        code = f"{base}-{suffix}"
    used.add(code)
    title = _short_title(entry.text)
    formulation = entry.formulation or (entry.text if title != entry.text.rstrip(". ") else "")
    return Speerpunt(code=code, title=title, formulation=formulation)


def _short_title(text: str) -> str:
    title = text.strip()
    for cut in _CUTS:
        head = title.split(cut, 1)[0]
        if head != title and len(head.split()) >= 2:
            title = head
    words = title.split()
    if len(words) > MAX_TITLE_WORDS:
        head = " ".join(words[:MAX_TITLE_WORDS])
        # Prefer ending at a clause boundary over ending mid-phrase.
        clause = head.rsplit(", ", 1)[0]
        words = (clause if clause != head and len(clause.split()) >= 4 else head).split()
        while len(words) > 2 and words[-1].lower().strip(",") in _DANGLING:
            words.pop()
        title = " ".join(words)
    return title.rstrip(" .,;:")


_DANGLING = frozenset(
    {"aan", "bij", "de", "die", "dat", "door", "een", "en", "het", "in", "met", "naar", "of", "om", "op", "te",
     "tot", "van", "voor", "zodat", "waarbij"}
)
