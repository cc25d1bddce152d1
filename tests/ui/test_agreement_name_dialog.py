"""The export dialog and the report parts show the agreement name that belongs to the agreement (Dutch UI)."""

from __future__ import annotations

import pytest

from desktop.operations.reactions import set_agreement_part, set_report_parts
from desktop.store.documents import get_document
from tests.builders import add_document

PROGRAMME = "Collegeprogramma Aa en Hunze 2022-2026"


@pytest.fixture
def dutch(qapp):
    from desktop.ui import i18n

    assert i18n.install_language("nl")
    yield
    i18n.install_language("en")


@pytest.fixture
def two_agreements(session):
    """The session's agreement with its name stored for it, and a municipal programme imported after it."""
    first = get_document(session.project, session.document_id)
    set_report_parts(session.project, {"organisation": "G40"})
    set_agreement_part(session.project, "agreement_name", "Coalitieakkoord 2026-2030", first)
    second = add_document(session.project, ["De gemeente bouwt 400 woningen."], title=PROGRAMME)
    return first.id, second


def test_the_dialog_shows_the_name_the_chosen_agreement_is_exported_with(dutch, session, two_agreements, qtbot,
                                                                         monkeypatch):
    from desktop.ui import background
    from desktop.ui.reaction.export_dialog import ExportDialog

    monkeypatch.setattr(background, "run_inline", True)
    first, second = two_agreements
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    # The newest agreement, the programme, is chosen: its own name, not the one stored for the other.
    assert dialog.agreement_combo.currentData() == second
    assert dialog.agreement_name.text() == ""
    assert dialog.agreement_name.placeholderText() == f"Eigen naam van dit akkoord: het {PROGRAMME}"
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert dialog.preview_texts()[0] == f"Reactie van de G40 op het {PROGRAMME}"
    # The first agreement: the name stored for it.
    dialog.agreement_combo.setCurrentIndex(dialog.agreement_combo.findData(first))
    assert dialog.agreement_name.placeholderText() == "Uit de onderdelen van het rapport: Coalitieakkoord 2026-2030"
    # A name typed for one agreement does not follow to the next.
    dialog.agreement_name.setText("Akkoord van Rutte")
    dialog.agreement_combo.setCurrentIndex(dialog.agreement_combo.findData(second))
    assert dialog.agreement_name.text() == ""
    assert dialog.options().agreement_name is None


def test_the_report_parts_edit_the_newest_agreements_name_and_undo_restores_it(dutch, session, two_agreements,
                                                                               qtbot):
    from desktop.store.reactions import report_voice
    from desktop.ui.reaction.report_parts import ReportPartsForm

    first, second = two_agreements
    form = ReportPartsForm(session)
    qtbot.addWidget(form)
    field = form.fields["agreement_name"]
    assert field.text() == ""  # the name stored for the first agreement is not the programme's
    assert PROGRAMME in field.toolTip()
    field.setFocus()
    qtbot.keyClicks(field, "Programma Aa 2022")
    form.finish_editing()
    assert report_voice(session.project, second).agreement == "het Programma Aa 2022"
    assert report_voice(session.project, first).agreement == "het Coalitieakkoord 2026-2030"
    session.undo_stack.undo()
    assert field.text() == ""
    assert report_voice(session.project, second).agreement == f"het {PROGRAMME}"
    assert report_voice(session.project, first).agreement == "het Coalitieakkoord 2026-2030"
