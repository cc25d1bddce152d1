"""Export dialog: outline preview from the export's own code, real files written, refusals shown."""

from __future__ import annotations

import os

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop.domain.finding import Assessment
from desktop.operations.findings import add_finding
from desktop.operations.reactions import set_reaction, set_report_parts
from desktop.store.documents import document_text


@pytest.fixture
def dialog(session, qtbot, monkeypatch):
    from desktop.ui import background
    from desktop.ui.reaction.export_dialog import ExportDialog

    monkeypatch.setattr(background, "run_inline", True)
    text = document_text(session.project, session.document_id)
    start = text.index("100.000 woningen")
    add_finding(session.project, session.document_id, session.codes["1.1"], Assessment.POSITIVE, start,
                start + len("100.000 woningen"), note="Goed.", author="Testanalist")
    set_reaction(session.project, session.codes["1.1"], "De organisatie is verheugd.",
                 document_id=session.document_id)
    set_report_parts(session.project, {"organisation": "G40", "closing": "Tot ziens."})
    widget = ExportDialog(session)
    widget.messages = []
    widget.show_message = lambda title, text: widget.messages.append((title, text))
    widget.opened = []
    widget.open_url = widget.opened.append
    qtbot.addWidget(widget)
    return widget


def test_preview_shows_the_headings_of_the_reaction(dialog):
    texts = dialog.preview_texts()
    assert texts[0] == "Reactie van de G40 op het akkoord"
    assert "1. Uitgangspunt" in texts
    assert "1.1 Betaalbaar wonen" in texts  # the framework's code, as in the overview table
    assert "Iedereen aan het werk" not in " ".join(texts)  # no findings, no reaction: left out
    dialog.include_empty.setChecked(True)
    dialog.update_preview()
    assert "2.1 Iedereen aan het werk" in dialog.preview_texts()
    dialog.organisation.setText("M25")
    dialog.update_preview()
    assert dialog.preview_texts()[0] == "Reactie van de M25 op het akkoord"


def test_unchecked_speerpunt_leaves_the_outline(dialog, session):
    dialog.include_empty.setChecked(True)
    dialog.selection.set_checked({session.codes["1.1"]})
    dialog.update_preview()
    texts = dialog.preview_texts()
    assert "1.1 Betaalbaar wonen" in texts
    assert not any("Leefbare wijken" in text for text in texts)


def test_export_writes_a_real_docx(dialog, tmp_path):
    out = tmp_path / "reactie.docx"
    dialog.output_edit.setText(str(out))
    assert dialog.start_export()
    assert out.is_file()
    document = Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "1.1 Betaalbaar wonen" in headings
    assert any(p.text == "De organisatie is verheugd." for p in document.paragraphs)
    assert dialog.done_label.isVisibleTo(dialog)
    assert str(out) in dialog.done_label.text()
    dialog.open_file()
    dialog.show_folder()
    assert [url.toLocalFile() for url in dialog.opened] == [str(out), str(tmp_path)]


def test_xlsx_export_has_one_row_per_finding(dialog, tmp_path):
    dialog.set_layout("xlsx")
    assert dialog.output_edit.text().endswith(".xlsx")
    dialog.update_preview()
    assert dialog.preview_status.text().startswith("1 finding")
    out = tmp_path / "bevindingen.xlsx"
    dialog.output_edit.setText(str(out))
    dialog.start_export()
    sheet = load_workbook(out).active
    assert sheet.max_row == 2
    assert "100.000 woningen" in [str(cell.value) for cell in sheet[2]]


def test_read_only_target_shows_the_reason(dialog, tmp_path):
    out = tmp_path / "vast.docx"
    out.write_bytes(b"oud")
    os.chmod(out, 0o444)
    dialog.output_edit.setText(str(out))
    dialog.start_export()
    assert len(dialog.messages) == 1
    title, text = dialog.messages[0]
    assert title == "Not exported"
    assert "read-only" in text
    assert out.read_bytes() == b"oud"
    assert not dialog.done_label.isVisibleTo(dialog)


def test_project_without_agreement_says_so(project, qtbot):
    from desktop.ui.reaction.export_dialog import ExportDialog
    from desktop.ui.session import Session
    from tests.builders import add_small_framework

    add_small_framework(project)
    widget = ExportDialog(Session(project, "Testanalist"))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.preview_busy)  # the outline is made on the preview thread
    assert "no agreement" in widget.preview_status.text()
    assert not widget.export_button.isEnabled()


def test_the_national_overview_is_in_the_dialog_with_its_matrix_beside_it(dialog, tmp_path):
    dialog.set_layout("overzicht")
    assert dialog.output_edit.text().endswith("-landelijk-overzicht.docx")
    assert not dialog.agreement_combo.isEnabled() and dialog.organisation.isEnabled()
    dialog.update_preview()
    assert dialog.preview_status.text().startswith("1 finding")
    assert "Landelijk overzicht van 1 akkoord" in dialog.preview_texts()
    out = tmp_path / "overzicht.docx"
    dialog.output_edit.setText(str(out))
    assert dialog.start_export()
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert any(text.startswith("+ “100.000 woningen” (") for text in texts)
    sheet = load_workbook(tmp_path / "overzicht-matrix.xlsx").active
    assert sheet.max_row == 2 and "+" in [cell.value for cell in sheet[2]]  # one heading row, one agreement
    # The analyst is told where the matrix went, not only the Word file.
    assert dialog.done_label.text() == f"Written: {out}, and beside it the matrix overzicht-matrix.xlsx"


def test_agreements_are_listed_in_dutch_name_order_with_the_newest_chosen(project, qtbot, monkeypatch):
    from desktop.operations.documents import update_document
    from desktop.ui import background
    from desktop.ui.reaction.export_dialog import ExportDialog
    from desktop.ui.session import Session
    from tests.builders import add_document, add_small_framework

    monkeypatch.setattr(background, "run_inline", True)
    add_small_framework(project)
    for name in ("Gemeente 2", "Gemeente 10", "Gemeente 1", "'s-Gravenhage", "Ede"):  # imported in this order
        document_id = add_document(project, [f"Akkoord van {name}: wij bouwen woningen."], title=name)
        update_document(project, document_id, short_name=name)
    widget = ExportDialog(Session(project, "Testanalist"))
    qtbot.addWidget(widget)
    combo = widget.agreement_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Ede", "Gemeente 1", "Gemeente 2", "Gemeente 10", "'s-Gravenhage", "All documents"]
    assert combo.currentText() == "Ede"  # imported last
    widget.set_layout("overzicht")
    assert combo.currentText() == "All documents"
    widget.set_layout("analyse")
    assert combo.currentText() == "Ede"


def test_dialog_warns_while_drafts_would_publish_onze_organisatie(dialog, session):
    """G40 is set and its reaction speaks for it: no warning. A draft stored before the organisation was set
    still says "Onze organisatie…": named with its code. No organisation at all: the warning says so."""
    from desktop.ui import i18n

    i18n.install_language("en")
    assert not dialog.organisation_warning.isVisibleTo(dialog)
    set_reaction(session.project, session.codes["1.1"], "Onze organisatie is verheugd over wat het akkoord zegt.",
                 document_id=session.document_id)
    dialog.update_preview()
    warning = dialog.organisation_warning
    assert warning.isVisibleTo(dialog)
    assert warning.text() == ("⚠ Still saying “onze organisatie” instead of G40: 1 reaction (1.1), drafted "
                              "before the organisation was set. Rewrite before publishing.")
    set_report_parts(session.project, {"organisation": ""})
    i18n.install_language("nl")
    dialog.update_preview()
    assert warning.text().startswith("⚠ Geen organisatie ingesteld: 1 reactie zegt “onze organisatie” (1.1).")
    dialog.organisation.setText("M25")  # this export's organisation: the stored draft still says it
    dialog.update_preview()
    assert "1 reactie zegt nog “onze organisatie” in plaats van M25 (1.1)" in warning.text()
    dialog.set_layout("csv")  # a table of findings publishes no reaction
    dialog.update_preview()
    assert not warning.isVisibleTo(dialog)


def test_dialog_says_when_no_organisation_is_set_at_all(dialog, session):
    set_report_parts(session.project, {"organisation": ""})
    set_reaction(session.project, session.codes["1.1"], "Goed dat er gebouwd wordt.", document_id=session.document_id)
    dialog.update_preview()
    assert dialog.organisation_warning.text() == ("⚠ No organisation is set: the title page will name none. "
                                                  "Fill in Organisation.")
    dialog.organisation.setText("G40")
    dialog.update_preview()
    assert not dialog.organisation_warning.isVisibleTo(dialog)


LONG_ORGANISATION = "het G40 stedennetwerk van middelgrote en grote steden in Nederland"


def _heading_fits(tree, row: int) -> bool:
    """Whether the row shows its whole heading: the text, wrapped at the row's width, fits the row's height
    and the row lies within the pane (nothing elided, nothing beyond the visible width)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    item = tree.topLevelItem(row)
    shown = tree.visualItemRect(item)
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    needed = QFontMetrics(item.font(0)).boundingRect(
        QRect(0, 0, shown.width() - margin, 100_000), int(Qt.TextFlag.TextWordWrap), item.text(0))
    return (shown.left() >= 0 and shown.right() <= tree.viewport().width()
            and needed.height() <= shown.height() and needed.width() <= shown.width() - margin)


@pytest.mark.parametrize("width", [None, 1000])  # None: the dialog's default size on this screen
def test_a_long_first_heading_is_readable_in_full(dialog, qtbot, width):
    """The analyst saw "Reactie van het G40 stedennetwerk op het R…": the outline wraps, it never cuts off."""
    from PySide6.QtGui import QFontMetrics

    if width is not None:
        dialog.resize(width, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.organisation.setText(LONG_ORGANISATION)
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    tree = dialog.preview
    first = tree.topLevelItem(0)
    assert LONG_ORGANISATION in first.text(0)
    # The heading is wider than the pane, so one line could not hold it.
    assert QFontMetrics(first.font(0)).horizontalAdvance(first.text(0)) > tree.viewport().width()
    qtbot.waitUntil(lambda: _heading_fits(tree, 0))
    dialog.resize(dialog.width() + 150, dialog.height())  # wider: still whole, now on fewer lines
    qtbot.waitUntil(lambda: _heading_fits(tree, 0))
