"""A refused import says why in the interface's language: Dutch in the Dutch app, English in the English one.

The core raises its reasons in English (the command line shows them so); the window translates them
(desktop.reasons, docs/I18N.md). Each test imports real files through the window's own flow.
"""

from __future__ import annotations

import pytest
from docx import Document

from desktop.store import create_project
from desktop.store.documents import list_documents
from desktop.ui.documents.batch_import import BatchSummaryDialog
from tests.builders import protected_pdf, scanned_pdf


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "weigeringen.speerpunt"
    create_project(path).close()
    return path


def _agreement_docx(path):
    document = Document()
    document.add_heading("1. Wonen", level=1)
    for number in range(20):
        document.add_paragraph(f"Het college bouwt woningen in wijk {number} en investeert in de buurt.")
    document.save(path)
    return path


def _wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=60_000)


def _import_one(qtbot, window, path) -> str:
    """Import one file through the window's import flow; the message the analyst reads."""
    shown = []
    window.importer.show_message = lambda title, text: shown.append((title, text))
    window.importer.import_files([path], kind="agreement")
    _wait_idle(qtbot, window)
    [(_title, text)] = shown
    return text


@pytest.fixture
def summaries(monkeypatch):
    """The batch import's real summary dialog, built as the analyst sees it; what its list says, per file."""
    shown: list[dict[str, str]] = []

    def record(dialog: BatchSummaryDialog) -> int:
        group = dialog.groups[1]
        shown.append({group.child(i).text(0): group.child(i).text(1) for i in range(group.childCount())})
        return 0

    monkeypatch.setattr(BatchSummaryDialog, "exec", record)
    return shown


def _folder(tmp_path, imported):
    folder = tmp_path / "akkoorden"
    folder.mkdir()
    scanned_pdf(folder / "gescand.pdf")
    protected_pdf(folder / "beveiligd.pdf")
    (folder / "begroting.xls").write_bytes(b"\xd0\xcf\x11\xe0 een oud Excel-bestand")
    (folder / "kopie van akkoord.docx").write_bytes(imported.read_bytes())
    return folder


DUTCH = {
    "gescand.pdf": "geen tekstlaag: tekstherkenning (OCR) wordt niet ondersteund (een gescande PDF bevat alleen afbeeldingen)",
    "beveiligd.pdf": "PDF met een wachtwoord: verwijder eerst het wachtwoord",
    "begroting.xls": "bestandstype '.xls' wordt niet ondersteund; gebruik PDF, DOCX, TXT of Markdown",
}
ENGLISH = {
    "gescand.pdf": "no text layer: OCR is not supported (a scanned PDF holds only images)",
    "beveiligd.pdf": "password-protected PDF: remove the password first",
    "begroting.xls": "unsupported file type '.xls'; use PDF, DOCX, TXT or Markdown",
}


def test_a_batch_import_in_the_dutch_app_gives_every_reason_in_dutch(main_window, project_path, tmp_path, qtbot,
                                                                    summaries):
    window = main_window(project_path, language="nl")
    first = _agreement_docx(tmp_path / "akkoord.docx")
    window.importer.import_files([first], kind="agreement")
    _wait_idle(qtbot, window)
    [record] = list_documents(window.session.project)
    window.importer.import_files([_folder(tmp_path, first)], kind="agreement")
    _wait_idle(qtbot, window)  # the files are read in worker processes: the reasons cross back as templates
    [rows] = summaries
    assert rows == {**DUTCH, "kopie van akkoord.docx": f"staat al in het project als '{record.title}' ({record.id[:8]})"}


def test_the_english_app_gives_the_same_reasons_in_english(main_window, project_path, tmp_path, qtbot, summaries):
    window = main_window(project_path, language="en")
    first = _agreement_docx(tmp_path / "akkoord.docx")
    window.importer.import_files([first], kind="agreement")
    _wait_idle(qtbot, window)
    [record] = list_documents(window.session.project)
    window.importer.import_files([_folder(tmp_path, first)], kind="agreement")
    _wait_idle(qtbot, window)
    [rows] = summaries
    assert rows == {**ENGLISH, "kopie van akkoord.docx": f"already in the project as '{record.title}' ({record.id[:8]})"}


def test_switching_the_language_retranslates_the_reasons_in_an_open_summary(main_window, project_path, tmp_path,
                                                                           qtbot):
    from desktop.ingest import ImportRefused, read_source
    from desktop.ui import i18n
    from desktop.ui.documents.batch_import import BatchOutcome

    window = main_window(project_path, language="en")
    with pytest.raises(ImportRefused) as refused:
        read_source(tmp_path / "begroting.xls")
    dialog = BatchSummaryDialog(BatchOutcome(refused=[("begroting.xls", refused.value.reason)]), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.groups[1].child(0).text(1) == ENGLISH["begroting.xls"]
    i18n.install_language("nl")
    assert dialog.groups[1].child(0).text(1) == DUTCH["begroting.xls"]


@pytest.mark.parametrize("make, dutch", [
    (scanned_pdf, DUTCH["gescand.pdf"]),
    (protected_pdf, DUTCH["beveiligd.pdf"]),
])
def test_a_single_refused_pdf_says_why_in_dutch(main_window, project_path, tmp_path, qtbot, make, dutch):
    window = main_window(project_path, language="nl")
    path = make(tmp_path / "Coalitieakkoord {2026} 100% «definitief».pdf")  # any file name, braces included
    assert _import_one(qtbot, window, path) == f"Coalitieakkoord {{2026}} 100% «definitief».pdf: {dutch}"
    assert list_documents(window.session.project) == []


def test_a_single_duplicate_names_the_document_already_there_in_dutch(main_window, project_path, tmp_path, qtbot):
    window = main_window(project_path, language="nl")
    source = _agreement_docx(tmp_path / "akkoord.docx")
    window.importer.import_files([source], kind="agreement")
    _wait_idle(qtbot, window)
    [record] = list_documents(window.session.project)
    text = _import_one(qtbot, window, source)
    assert text == f"akkoord.docx: staat al in het project als '{record.title}' ({record.id[:8]})"


def test_an_unexpected_error_while_reading_is_reported_in_dutch(main_window, project_path, tmp_path, qtbot,
                                                               summaries, monkeypatch):
    def broken(path, data=None, progress=None):
        raise ValueError("an error deep in a reader")

    # One file is read in this process, so the reader can be broken here.
    monkeypatch.setattr("desktop.operations.import_reader.read_document", broken)
    folder = tmp_path / "map"
    folder.mkdir()
    _agreement_docx(folder / "akkoord.docx")
    window = main_window(project_path, language="nl")
    window.importer.import_files([folder], kind="agreement")
    _wait_idle(qtbot, window)
    assert summaries == [{"akkoord.docx": "kan niet worden gelezen (ValueError)"}]


def test_a_file_too_large_names_its_size_and_limit_in_dutch(main_window, project_path, tmp_path, qtbot, monkeypatch):
    from desktop.ingest import MAX_BYTES

    monkeypatch.setitem(MAX_BYTES, ".txt", 2 * 1024 * 1024)
    path = tmp_path / "notulen.txt"
    path.write_bytes(b"Notulen van de raad.\n" * 200_000)
    window = main_window(project_path, language="nl")
    assert _import_one(qtbot, window, path) == "notulen.txt: 4 MB is groter dan een document mag zijn (hoogstens 2 MB)"


def test_a_file_that_is_no_project_is_refused_in_dutch(main_window, tmp_path):
    notes = tmp_path / "notities.speerpunt"
    notes.write_text("Aantekeningen bij het akkoord.\n" * 20, encoding="utf-8")
    window = main_window(language="nl")
    assert not window.open_project_file(notes)
    assert window.errors == [("Kan het project niet openen",
                              "notities.speerpunt: geen Speerpunt-project (het bestand is geen SQLite-database)")]


def test_a_new_project_over_an_existing_file_is_refused_in_dutch_and_in_english(main_window, tmp_path, monkeypatch):
    from desktop.ui import i18n, project_files

    taken = tmp_path / "Reactie {gemeente} 2026.speerpunt"
    taken.write_bytes(b"al in gebruik")
    monkeypatch.setattr(project_files, "ask_new_project_path", lambda parent: taken)
    monkeypatch.setattr(project_files, "ask_organisation", lambda parent, last: "")
    window = main_window(language="nl")
    assert not window.new_project()
    i18n.install_language("en")
    assert not window.new_project()
    assert [text for _title, text in window.errors] == [
        "Reactie {gemeente} 2026.speerpunt: er bestaat al een bestand met deze naam",
        "Reactie {gemeente} 2026.speerpunt: a file with this name already exists",
    ]


def test_a_refusal_with_a_translated_kind_of_file_reads_as_one_dutch_sentence(qapp):
    """The kind of file inside a reason ("REFI-QDA file") is translated with it, as is a size."""
    from desktop.ingest import ImportRefused
    from desktop.ingest.qdpx import read_qdpx
    from desktop.ui import i18n

    with pytest.raises(ImportRefused) as refused:
        read_qdpx(b"PK\x03\x04 geen echt archief", "uitwisseling.qdpx")
    i18n.install_language("nl")
    assert i18n.refusal_text(refused.value) == "uitwisseling.qdpx: beschadigd REFI-QDA-bestand: geen geldig ZIP-archief"
    i18n.install_language("en")
    assert i18n.refusal_text(refused.value) == str(refused.value) == \
        "uitwisseling.qdpx: damaged REFI-QDA file: not a valid ZIP archive"
