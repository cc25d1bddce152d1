"""Passages about none of the speerpunten (a foreword of generalities, a signature block, a table of
contents, a colophon) get no suggestion, while the topical passages around them keep theirs."""

from __future__ import annotations

from desktop.suggest.model import MIN_SCORE, Example, Suggester, Topic, Unit

TOPICS = [
    Topic("wonen", "1", "Betaalbaar wonen", "Genoeg betaalbare huurwoningen voor starters en ouderen."),
    Topic("jeugd", "2", "Jeugdzorg", "Kinderen en gezinnen krijgen tijdig passende jeugdhulp."),
    Topic("lucht", "3", "Schone lucht", "De luchtkwaliteit in de stad verbetert; minder uitstoot van verkeer."),
    Topic("sport", "4", "Sport en bewegen", "Iedereen kan sporten en bewegen in de buurt."),
]

# (heading, text, topical speerpunt or None); in the order of the agreement.
PASSAGES = [
    ("Inhoud", "Inhoudsopgave", None),
    ("Inhoud", "1. Voorwoord 3 2. Afspraken 5 3. Ondertekening 12", None),
    ("Voorwoord", "Wij staan aan het begin van een nieuwe periode. Met vertrouwen kijken wij vooruit "
                  "naar de komende jaren en de samenwerking die wij met elkaar aangaan.", None),
    ("Voorwoord", "Dit akkoord is het resultaat van goede gesprekken in een open sfeer. Wij danken "
                  "iedereen die daaraan heeft bijgedragen voor de inzet en het geduld.", None),
    ("Wonen", "Er komen duizend betaalbare huurwoningen bij, vooral voor starters en ouderen.", "wonen"),
    ("Wonen", "De bouw van nieuwe huurwoningen wordt versneld; corporaties krijgen grond van de gemeente.", "wonen"),
    ("Wonen", "Starters krijgen voorrang bij betaalbare koopwoningen in nieuwe wijken.", "wonen"),
    ("Wonen", "Ouderen krijgen hulp bij het verhuizen naar een kleinere woning.", "wonen"),
    ("Jeugd", "De wachtlijsten in de jeugdzorg worden korter en jeugdhulp wordt beter bereikbaar.", "jeugd"),
    ("Jeugd", "Gezinnen met kinderen krijgen sneller passende hulp van de wijkteams.", "jeugd"),
    ("Jeugd", "Kinderen in de jeugdzorg houden één vaste hulpverlener.", "jeugd"),
    ("Lucht", "Het verkeer in de binnenstad stoot minder uit: er komt een milieuzone voor oude diesels.", "lucht"),
    ("Lucht", "Meetpunten voor de luchtkwaliteit komen bij scholen en drukke wegen.", "lucht"),
    ("Lucht", "Bussen rijden vanaf 2028 zonder uitstoot, zodat de lucht in de stad schoner wordt.", "lucht"),
    ("Sport", "Sportverenigingen krijgen steun voor hun accommodaties en trainers.", "sport"),
    ("Sport", "Elke buurt krijgt een plek om te sporten en te bewegen, ook voor ouderen.", "sport"),
    ("Sport", "Kinderen uit gezinnen met weinig geld kunnen gratis sporten bij een vereniging.", "sport"),
    ("Ondertekening", "Aldus overeengekomen te Utrecht, 14 maart 2026", None),
    ("Ondertekening", "Anna de Vries, fractievoorzitter Lokaal Belang", None),
    ("Ondertekening", "Johan Bakker, fractievoorzitter Groen Samen", None),
    ("Colofon", "Colofon Uitgave van de gemeenteraad Utrecht, vormgeving en drukwerk door Studio "
                "Noord, foto omslag Peter Jansen, maart 2026", None),
]

# The analyst tagged these (one per speerpunt); the rest is what is suggested.
TAGGED = (4, 8, 11, 14)


def _model() -> tuple[Suggester, list[Unit]]:
    units, at = [], 0
    for heading, text, _ in PASSAGES:
        units.append(Unit("akkoord", at, at + len(text), text, (heading,)))
        at += len(text) + 1
    suggester = Suggester(TOPICS, units)
    suggester.learn([Example(u.document, u.start, u.end, u.text, PASSAGES[n][2])
                     for n, u in enumerate(units) if n in TAGGED])
    return suggester, units


def test_passages_about_none_of_the_speerpunten_get_no_suggestion() -> None:
    suggester, _ = _model()
    offered = {n: suggester.suggestions(n) for n, (_, _, topic) in enumerate(PASSAGES) if topic is None}
    assert {n: s for n, s in offered.items() if s} == {}
    # Nor a high probability hidden behind the display threshold.
    assert all(suggester.ranked(n)[0][1] < MIN_SCORE for n in offered)


def test_the_topical_passages_around_them_keep_their_suggestion() -> None:
    suggester, _ = _model()
    for n, (_, _, topic) in enumerate(PASSAGES):
        if topic is not None and n not in TAGGED:
            suggestions = suggester.suggestions(n)
            assert suggestions and suggestions[0][0] == topic, (n, suggestions)
