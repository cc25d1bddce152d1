"""What a REFI-QDA import could not take over is said in the interface's language (docs/I18N.md).

The file is imported through File → Import REFI-QDA project, once in the Dutch app and once in the English
one; the command line prints the same warnings in English (tests/commands/test_exchange_cli.py).
"""

from __future__ import annotations

import pytest

from desktop.store import create_project
from desktop.store.findings import list_findings
from desktop.store.project import open_project
from tests.operations.test_exchange import SPEC_QDE, SPEC_TEXT, make_qdpx
from tests.ui.test_refi_exchange import _choose, _wait

# The specification's example, with what Speerpunt cannot take over: a picture, a selection past the
# end of the text and a coding of the whole document.
QDE = SPEC_QDE.replace("""    </TextSource>
  </Sources>""", """      <PlainTextSelection guid="3a0a2f4e-1b61-4a52-9b6c-0f7e2a1d5c11" startPosition="40" endPosition="900">
        <Coding guid="9b2d4c1e-7f3a-4e8b-a1d5-2c6f0e9b3a77">
          <CodeRef targetGUID="12365523-1035-4afa-9e7b-281fe0bc51c5"/>
        </Coding>
      </PlainTextSelection>
      <Coding guid="5e1f3a2b-8c4d-4f6e-9a7b-1d2c3e4f5a6b">
        <CodeRef targetGUID="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520"/>
      </Coding>
    </TextSource>
    <PictureSource guid="02255470-09e6-400b-9e20-97d71fbec65d" name="foto.jpg"
        path="internal://87ead86f-3112-4537-8a01-01427cae1c6d.jpg"/>
  </Sources>""")

EXPECTED = {
    "nl": ("REFI-QDA-project importeren",
           "Geïmporteerd. Documenten: 1, bevindingen: 2 (ontbrekend: 0).\n\n"
           "Coderingen zonder beoordeling: 2. Ze staan op zorg en hun toelichting begint met "
           "\"Beoordeling nog te bepalen\"; bekijk ze in de tabel met bevindingen.\n\n"
           "'Akkoord.txt': 1 selectie(s) buiten de tekst overgeslagen\n"
           "'Akkoord.txt': coderingen van het hele document overgeslagen (een bevinding hoort bij een stuk tekst)\n"
           "1 PictureSource-element(en) overgeslagen: Speerpunt importeert alleen tekstbronnen"),
    "en": ("Import REFI-QDA project",
           "Imported. Documents: 1, findings: 2 (missing: 0).\n\n"
           "Codings made without an assessment: 2. They are marked concern and their note starts with "
           "\"Beoordeling nog te bepalen\"; review them in the findings table.\n\n"
           "'Akkoord.txt': 1 selection(s) outside the text were skipped\n"
           "'Akkoord.txt': codings of the whole document were skipped (a finding needs a passage)\n"
           "1 PictureSource element(s) skipped: Speerpunt imports text sources only"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_what_the_import_left_out_is_said_in_the_interface_language(main_window, qtbot, tmp_path, language):
    create_project(tmp_path / "doel.speerpunt").close()
    path = make_qdpx(tmp_path / "uitwisseling.qdpx", QDE,
                     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode(),
                      "sources/87ead86f-3112-4537-8a01-01427cae1c6d.jpg": b"\xff\xd8\xff\xe0 geen foto"})
    window = main_window(tmp_path / "doel.speerpunt", language=language)
    exchange = window.refi_exchange
    messages: list[tuple[str, str]] = []
    exchange.inform = lambda title, text: messages.append((title, text))
    exchange.warn = lambda title, text: messages.append(("warning: " + title, text))
    exchange.ask_open_path = lambda title, pattern: path
    _choose(window, exchange.import_qdpx)
    _wait(qtbot)
    assert messages == [EXPECTED[language]]
    with open_project(tmp_path / "doel.speerpunt") as project:
        assert len(list_findings(project)) == 2
