"""Small parts of the shell: library model, background helper, settings declared once, start page."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSettings

from desktop.domain.document import DocumentKind
from desktop.store.documents import list_documents
from desktop.ui import background, settings
from desktop.ui.documents.library_model import LibraryModel, library_rows
from tests.builders import add_document


def test_library_rows_put_position_papers_first_then_newest_agreements(project, qtmodeltester):
    add_document(project, ["Oud akkoord."], title="Hoofdlijnenakkoord")
    add_document(project, ["Onze inzet."], title="Positiepaper", kind=DocumentKind.POSITION)
    add_document(project, ["Nieuw akkoord."], title="Regeerprogramma")
    project.db.execute("UPDATE documents SET imported_at = '2024-01-01' WHERE title = 'Hoofdlijnenakkoord'")
    rows = library_rows(list_documents(project))
    assert [row.title for row in rows] == ["Positiepaper", "Regeerprogramma", "Hoofdlijnenakkoord"]
    model = LibraryModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Position paper"


def test_background_delivers_results_and_errors_on_the_main_thread(qtbot):
    seen = []

    def work():
        seen.append(("work", threading.current_thread() is threading.main_thread()))
        return 42

    def fail():
        raise ValueError("kapot")

    background.run_in_background(work, lambda value: seen.append(("done", value, _on_main())), seen.append)
    background.run_in_background(fail, seen.append, lambda error: seen.append(("error", str(error), _on_main())))
    qtbot.waitUntil(lambda: background.pending() == 0, timeout=5000)
    assert ("work", False) in seen
    assert ("done", 42, True) in seen and ("error", "kapot", True) in seen


def test_background_runs_inline_for_tests(monkeypatch):
    monkeypatch.setattr(background, "run_inline", True)
    seen = []
    background.run_in_background(lambda: threading.current_thread(), seen.append, seen.append)
    assert seen == [threading.main_thread()]


def _on_main() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_settings_have_defaults_survive_damage_and_keep_recent_projects_in_order(qtbot):
    assert settings.get(settings.LANGUAGE) == "nl" and settings.get(settings.FONT_SIZE) == 0
    raw = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.ORGANISATION,
                    settings.APPLICATION)
    raw.setValue(settings.FONT_SIZE.name, "groot")
    raw.setValue(settings.RECENT_PROJECTS.name, "{niet: json")
    raw.sync()
    assert settings.get(settings.FONT_SIZE) == 0 and settings.get(settings.RECENT_PROJECTS) == []
    for path in ("/a.speerpunt", "/b.speerpunt", "/a.speerpunt"):
        settings.remember_project(path)
    assert settings.get(settings.RECENT_PROJECTS) == ["/a.speerpunt", "/b.speerpunt"]
    settings.put(settings.OUTLINE_VISIBLE, False)
    assert settings.get(settings.OUTLINE_VISIBLE) is False
    settings.set_open_documents("/a.speerpunt", ["doc-1", ""])
    assert settings.open_documents("/a.speerpunt") == ["doc-1", ""]
    assert settings.open_documents("/b.speerpunt") == []


def test_start_page_lists_only_recent_projects_that_still_exist(qtbot, tmp_path):
    from desktop.ui.window.start_page import StartPage

    present = tmp_path / "aanwezig.speerpunt"
    present.write_bytes(b"")
    page = StartPage()
    qtbot.addWidget(page)
    page.set_recent([str(tmp_path / "weg.speerpunt"), str(present)])
    assert page.recent_list.count() == 1
    assert page.recent_list.item(0).text().startswith("aanwezig")
    page.set_recent([])
    assert page.recent_list.isHidden() and not page.empty_label.isHidden()


def test_reading_places_keep_the_latest_projects_and_documents_only():
    from desktop.domain.reading_place import ReadingPlace
    from desktop.ui import settings

    place = ReadingPlace(40, 100, None)
    for project in range(settings.READING_PROJECTS + 3):
        settings.set_reading_place(f"/p{project}.speerpunt", "doc", place)
    kept = settings.get(settings.READING_POSITIONS)
    assert list(kept) == [f"/p{n}.speerpunt" for n in range(3, settings.READING_PROJECTS + 3)]
    settings.set_reading_place("/p3.speerpunt", "doc", ReadingPlace(41, 100, None))  # read again: newest now
    settings.set_reading_place("/new.speerpunt", "doc", place)
    assert "/p3.speerpunt" in settings.get(settings.READING_POSITIONS)
    assert "/p4.speerpunt" not in settings.get(settings.READING_POSITIONS)
    for document in range(settings.READING_DOCUMENTS + 5):
        settings.set_reading_place("/big.speerpunt", f"doc-{document}", place)
    settings.set_reading_place("/big.speerpunt", "doc-0", place)
    big = settings.get(settings.READING_POSITIONS)["/big.speerpunt"]
    assert len(big) == settings.READING_DOCUMENTS and list(big)[-1] == "doc-0" and "doc-5" not in big
    assert settings.reading_place("/big.speerpunt", "doc-0") == place
    assert settings.reading_place("/big.speerpunt", "doc-5") is None


def test_an_untrimmed_settings_file_of_version_1_is_trimmed_on_upgrade():
    import json

    from desktop.ui import settings

    raw = settings.qsettings()
    many = {f"/p{n}.speerpunt": {f"doc-{d}": 1000 + d for d in range(80)} for n in range(30)}
    raw.setValue(settings.READING_POSITIONS.name, json.dumps(many))
    raw.sync()
    settings.upgrade()
    kept = settings.get(settings.READING_POSITIONS)
    assert list(kept) == [f"/p{n}.speerpunt" for n in range(30 - settings.READING_PROJECTS, 30)]
    assert all(len(places) == settings.READING_DOCUMENTS for places in kept.values())
    assert settings.reading_place("/p29.speerpunt", "doc-79").offset == 1079  # a bare offset still reads
    assert settings.get(settings.VERSION) == settings.SETTINGS_VERSION
