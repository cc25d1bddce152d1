"""How names read in running Dutch text: the agreement's kind and article, the organisation, counts.

Every fixed sentence of an export and a draft inserts names and numbers; these
helpers make the result correct Dutch for any of them ("het Coalitieakkoord
2021-2025", "de G32", "1 akkoord" / "2 akkoorden"). Decisions in docs/EXPORTS.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The kinds of document an analyst reacts to, most specific first ("akkoord" ends many others).
KINDS = (
    "regeerprogramma", "hoofdlijnenakkoord", "coalitieakkoord", "regeerakkoord", "bestuursakkoord",
    "collegeakkoord", "collegeprogramma", "raadsakkoord", "raadsprogramma", "coalitieprogramma",
    "verkiezingsprogramma", "uitvoeringsprogramma", "coalitieovereenkomst", "startnotitie",
    "programma", "akkoord",
)
DEFAULT_KIND = "akkoord"
# Nouns whose article is "de"; every kind above ending in -akkoord or -programma is "het".
_DE_ENDINGS = ("overeenkomst", "notitie", "nota", "agenda", "brief", "visie", "verklaring", "begroting")
_ARTICLES = ("de", "het", "een", "'t")
# Head nouns of organisation names and their article; a compound takes the article of its last part
# ("G40-stedennetwerk", "Stedennetwerk G32" → het; "Jongerenraad" → de). Longest ending wins.
_HET_NOUNS = (
    "netwerk", "platform", "college", "instituut", "bureau", "planbureau", "bestuur", "kabinet", "ministerie",
    "rijk", "overleg", "genootschap", "fonds", "centrum", "agentschap", "samenwerkingsverband", "verbond",
    "waterschap", "hoogheemraadschap", "parlement", "secretariaat", "comité", "forum", "orgaan", "collectief",
    "consortium", "kenniscentrum", "huis", "lab", "team", "front", "initiatief", "partnerschap", "leger", "kruis",
)
_DE_NOUNS = (
    "vereniging", "stichting", "gemeente", "provincie", "raad", "unie", "bond", "federatie", "coalitie",
    "organisatie", "groep", "dienst", "inspectie", "autoriteit", "commissie", "kamer", "alliantie", "regio",
    "academie", "hogeschool", "universiteit", "corporatie", "woningcorporatie", "associatie", "beweging",
    "branchevereniging", "koepel", "directie", "school", "partij", "overheid",
)
_ORGANISATION_NOUNS = {**{noun: "het" for noun in _HET_NOUNS}, **{noun: "de" for noun in _DE_NOUNS}}
# Words ending in a head noun that are names without article ("Oostenrijk", "Frankrijk").
_NOT_A_COMPOUND = re.compile(r".+(?<!konink)rijk")
# Words after which the head noun has been passed ("Raad voor het Openbaar Bestuur" is "de Raad ...").
_NAME_TAIL = ("van", "voor", "der", "des", "in", "op", "te", "tot", "uit", "aan", "bij", "met", "om")
# Abbreviations whose spelled-out name is a het-word; any other abbreviation takes "de" ("de VNG", "de G32").
_HET_ABBREVIATIONS = frozenset({
    "IPO", "CPB", "SCP", "PBL", "CBS", "RIVM", "KNMI", "UWV", "COA", "CAK", "OM", "CJIB", "NJI", "LSA",
    "NIOD", "CAOP", "NIBUD", "CIZ",
})
# Abbreviations as organisations write them: G32, VNG, M25, G4, IPO, UvW.
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9&-]{0,7}")
FALLBACK_ORGANISATION = "onze organisatie"
_NUMBER_WORDS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                 "elf", "twaalf")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ]+", text.lower())


def document_kind(*names: str | None) -> str:
    """The first kind word any of ``names`` (agreement name, title, file name) contains; else "akkoord"."""
    for name in names:
        for word in _words(name or ""):
            for kind in KINDS:
                if word.endswith(kind) and (word == kind or kind in ("akkoord", "programma")):
                    return word if word in KINDS else kind
    return DEFAULT_KIND


def article(noun: str) -> str:
    """The definite article of a (compound) noun: "de" for -overeenkomst, -nota, ...; "het" otherwise."""
    word = (_words(noun) or [""])[-1]
    return "de" if word.endswith(_DE_ENDINGS) else "het"


def the_kind(kind: str) -> str:
    """"het regeerprogramma", "de coalitieovereenkomst"."""
    return f"{article(kind)} {kind}"


def _names_a_kind(name: str) -> str | None:
    for word in _words(name):
        if any(word.endswith(kind) for kind in KINDS) or word.endswith(_DE_ENDINGS):
            return word
    return None


def agreement_in_text(name: str, kind: str) -> str:
    """How the agreement reads mid-sentence ("op wat … wel of niet zegt").

    A name that is only a kind word ("Regeerprogramma", "het Regeerprogramma") is no
    title but the generic reference, in lower case as the sentences that say "het
    regeerprogramma" write it, so one paragraph never has both casings. Otherwise a
    name that starts with an article is used as typed; a name that names its kind
    gets its article ("het Coalitieakkoord 2021-2025"); any other title is
    introduced by its kind ("het coalitieakkoord ‘Omzien naar elkaar’").
    """
    name = " ".join(name.split())
    if not name:
        return the_kind(kind)
    words = name.split()
    bare = words[1:] if words[0].lower() in _ARTICLES else words
    if len(bare) == 1 and bare[0].lower() in KINDS:
        return the_kind(bare[0].lower())
    first = words[0].lower()
    if first in _ARTICLES:
        return name
    noun = _names_a_kind(name)
    if noun:
        return f"{article(noun)} {name}"
    return f"{the_kind(kind)} ‘{name}’"


def default_agreement_name(citation_name: str, kind: str, period: str | None = None) -> str:
    """The agreement's name when the analyst gave none: its short name or title when that names its kind
    and is short enough to read in a sentence, else "het coalitieakkoord 2021-2025" from kind and period."""
    name = " ".join((citation_name or "").split())
    if name and len(name) <= 60 and _names_a_kind(name):
        return agreement_in_text(name, kind)
    return f"{the_kind(kind)} {period}" if period else the_kind(kind)


def _head_article(word: str) -> str | None:
    """The article of one word of a name when it is (a compound of) a known organisation noun."""
    parts = word.split("-")
    # "G40-stedennetwerk" ends in its head; in "Kabinet-Schoof" a name follows the head.
    candidates = [parts[-1]] + ([parts[0]] if len(parts) > 1 and parts[-1][:1].isupper() else [])
    for part in (candidate.lower() for candidate in candidates):
        nouns = [noun for noun in _ORGANISATION_NOUNS if part.endswith(noun)]
        if nouns and not _NOT_A_COMPOUND.fullmatch(part):
            return _ORGANISATION_NOUNS[max(nouns, key=len)]
    return None


def organisation_in_text(name: str) -> str:
    """How the organisation reads mid-sentence: "de G32", "het G40-stedennetwerk", "de gemeente Utrecht",
    "het Interprovinciaal Overleg", "Platform31", "Amsterdam".

    The article is that of the name's head noun: the first word before any "van"/"voor" that is (a
    compound ending in) a known organisation noun. Abbreviations take "de" unless known as a het-word
    ("het IPO", "het CPB"); other names (cities, brand names) take none.
    """
    name = " ".join(name.split())
    if not name:
        return name
    words = name.split()
    first = words[0].lower()
    if first in _ARTICLES:
        return name
    if first in ("gemeente", "provincie"):
        # "Gemeente Utrecht" is a name on a letterhead; mid-sentence it is "de gemeente Utrecht".
        return " ".join(["de", first, *words[1:]])
    for word in words:
        if word.lower() in _NAME_TAIL:
            break
        found = _head_article(word)
        if found:
            return f"{found} {name}"
    capitals = sum(c.isupper() for c in name)
    if len(words) == 1 and _ABBREVIATION.fullmatch(name) and (capitals >= 2 or name.upper() == name):
        return f"{'het' if name.upper() in _HET_ABBREVIATIONS else 'de'} {name}"
    return name


def sentence_start(text: str) -> str:
    """The text as the start of a sentence: "het regeerprogramma" → "Het regeerprogramma"."""
    return text[:1].upper() + text[1:]


def number_word(count: int) -> str:
    """Small numbers in words, as Dutch prose writes them ("twee punten"); larger ones in digits."""
    return _NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else str(count)


def grouped(count: int, lang: str = "nl") -> str:
    """A count with its thousands grouped as the language writes them: "1.423" in Dutch (a point, also for
    four digits: "1.423 passages"), "1,423" in English. Only for counts and amounts: a year, a speerpunt
    code, a page number or an id is printed as it is ("2026", "pagina 1234")."""
    text = f"{count:,}"
    return text if lang == "en" else text.replace(",", ".")


def counted(count: int, singular: str, plural: str) -> str:
    """"1 akkoord", "2 akkoorden", "0 akkoorden", "1.423 passages"."""
    return f"{grouped(count)} {singular if count == 1 else plural}"


@dataclass(frozen=True)
class Voice:
    """Who speaks in a reaction and about what: the names as they read in running Dutch text."""

    organisation: str  # as typed: title page, file properties ("G32", "Gemeente Utrecht")
    org: str  # mid-sentence ("de G32")
    agreement: str  # mid-sentence ("het Coalitieakkoord 2021-2025")
    kind: str  # "coalitieakkoord"
    name: str = ""  # the agreement's name as given, for English

    @classmethod
    def of(cls, organisation: str, agreement_name: str, *kind_sources: str | None,
           organisation_name: str = "") -> Voice:
        kind = document_kind(agreement_name, *kind_sources)
        return cls(organisation, organisation_name.strip() or organisation_in_text(organisation),
                   agreement_in_text(agreement_name, kind), kind, " ".join(agreement_name.split()))

    @property
    def the_kind(self) -> str:
        return the_kind(self.kind)

    def values(self, lang: str = "nl") -> dict[str, str]:
        """Placeholders for label templates; a capital first letter marks the sentence-start form.

        English keeps the names as typed and says "the agreement" for the kind.
        """
        if lang == "en":
            words = self.name.split()
            name = " ".join(words[1:]) if words and words[0].lower() in ("de", "het", "'t") else self.name
            named = name if name.lower() not in KINDS else ""
            org = self.organisation or "our organisation"
            agreement, kind_text = named or "the agreement", "the agreement"
        else:
            org = self.org or FALLBACK_ORGANISATION
            agreement, kind_text = self.agreement, self.the_kind
        return {
            "organisation": self.organisation,
            "org": org, "Org": sentence_start(org),
            "agreement": agreement, "Agreement": sentence_start(agreement),
            "kind": self.kind, "the_kind": kind_text, "The_kind": sentence_start(kind_text),
        }
