"""Importing a folder of agreements as one batch: short names from file names, refusals with reasons, cancel."""

from __future__ import annotations

import pytest

from bench.documents import write_docx
from bench.generate import agreement_blocks
from desktop.store.documents import list_documents


@pytest.fixture
def folder(tmp_path):
    """Three agreements, a damaged DOCX, a spreadsheet and a hidden file, as a folder from a municipality's site."""
    folder = tmp_path / "akkoorden"
    (folder / "noord").mkdir(parents=True)
    write_docx(agreement_blocks(2, seed=1), folder / "gemeente-almere-coalitieakkoord-2026-2030.docx")
    write_docx(agreement_blocks(2, seed=2), folder / "gemeente-zwolle-coalitieakkoord-2026-2030.docx")
    write_docx(agreement_blocks(2, seed=3), folder / "noord" / "gemeente-aa-en-hunze-coalitieakkoord-2026-2030.docx")
    (folder / "gemeente-emmen-coalitieakkoord-2026.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (folder / "begroting.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    return folder


@pytest.fixture
def inline(monkeypatch):
    from desktop.ui import background

    monkeypatch.setattr(background, "run_inline", True)


def test_folder_import_lists_what_came_in_and_what_was_refused_with_the_reason(session, project, folder, qtbot,
                                                                               inline):
    from desktop.ui.documents.batch_import import BatchImport, BatchSummaryDialog

    summaries = []
    batch = BatchImport(session, [folder], "agreement")
    batch.show_summary = summaries.append
    with qtbot.waitSignal(session.changed) as changed:
        assert batch.start()
    outcome = summaries[0]
    assert sorted(short for _, _, short in outcome.imported) == ["Aa en Hunze", "Almere", "Zwolle"]
    refused = dict(outcome.refused)
    assert set(refused) == {"gemeente-emmen-coalitieakkoord-2026.docx", "begroting.xlsx"}  # hidden file skipped
    assert "unsupported file type '.xlsx'" in refused["begroting.xlsx"]
    assert refused["gemeente-emmen-coalitieakkoord-2026.docx"]  # the reader's reason, shown as is
    assert changed.args[0].documents == set(outcome.document_ids)
    records = {r.short_name: r for r in list_documents(project) if r.short_name}
    assert records["Almere"].issuer == "Gemeente Almere" and records["Almere"].period == "2026-2030"
    # The dialog shows both lists, each refused file with its reason.
    dialog = BatchSummaryDialog(outcome)
    qtbot.addWidget(dialog)
    refused_group = dialog.groups[1]
    rows = {refused_group.child(i).text(0): refused_group.child(i).text(1) for i in range(refused_group.childCount())}
    assert rows == refused
    assert dialog.groups[0].text(0) == "Imported (3)"
    assert dialog.headline.text().startswith("Documents imported: 3; not imported: 2.")


def test_the_progress_bar_covers_the_whole_batch_and_never_goes_back(session, folder, qtbot, inline):
    from desktop.ui.documents.batch_import import STEPS, BatchImport

    batch = BatchImport(session, [folder], "agreement")
    batch.show_summary = lambda outcome: None
    values = []
    batch.progress.moved.connect(values.append)
    batch.start()
    assert values == sorted(values) or max(values[:-1]) <= values[-1]
    assert values[-1] == STEPS


def test_cancel_keeps_the_files_already_imported_and_lists_the_rest(session, project, folder, qtbot, inline):
    from desktop.ui.documents.batch_import import BatchImport

    batch = BatchImport(session, [folder], "agreement")
    summaries = []
    batch.show_summary = summaries.append
    before = len(list_documents(project))
    # The analyst presses Cancel while the second agreement is being read.
    second = next(index for index, path in enumerate(batch.files) if "zwolle" in path.name)
    batch.progress.file_started.connect(lambda index, _name: index == second and batch.cancel())
    batch.start()
    outcome = summaries[0]
    assert outcome.cancelled
    assert len(outcome.imported) == 1
    assert outcome.not_started == [path.relative_to(folder).as_posix() for path in batch.files[second:]]
    assert len(list_documents(project)) == before + 1


def test_files_are_named_by_their_place_in_the_folder_so_two_of_one_name_stay_apart(session, folder, qtbot, inline):
    """As `speerpunt import` names them (tests/commands/test_import_batch_cli.py): imported, refused and unsupported."""
    from desktop.ui import i18n
    from desktop.ui.documents.batch_import import BatchImport, BatchSummaryDialog

    (folder / "zuid").mkdir()
    (folder / "noord" / "akkoord.docx").write_bytes(b"PK\x03\x04 afgebroken download")
    (folder / "zuid" / "akkoord.docx").write_bytes(b"PK\x03\x04 ook afgebroken")
    (folder / "zuid" / "begroting.xlsx").write_bytes(b"PK\x03\x04")
    i18n.install_language("nl")
    summaries = []
    batch = BatchImport(session, [folder], "agreement")
    batch.show_summary = summaries.append
    assert batch.start()
    [outcome] = summaries
    assert sorted(name for name, _, _ in outcome.imported) == [
        "gemeente-almere-coalitieakkoord-2026-2030.docx", "gemeente-zwolle-coalitieakkoord-2026-2030.docx",
        "noord/gemeente-aa-en-hunze-coalitieakkoord-2026-2030.docx"]
    dialog = BatchSummaryDialog(outcome)
    qtbot.addWidget(dialog)
    refused_group = dialog.groups[1]
    rows = {refused_group.child(i).text(0): refused_group.child(i).text(1) for i in range(refused_group.childCount())}
    assert sorted(rows) == ["begroting.xlsx", "gemeente-emmen-coalitieakkoord-2026.docx", "noord/akkoord.docx",
                            "zuid/akkoord.docx", "zuid/begroting.xlsx"]
    assert rows["zuid/begroting.xlsx"] == "bestandstype '.xlsx' wordt niet ondersteund; gebruik PDF, DOCX, TXT of Markdown"
    assert rows["noord/akkoord.docx"] == rows["zuid/akkoord.docx"] != ""
