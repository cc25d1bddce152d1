"""Two long versions that differ only near their end show the words that differ, not the same cut-off start."""

from __future__ import annotations

from desktop.operations.merge import merge_into
from desktop.operations.reactions import set_reaction
from desktop.ui.collaboration.conflicts_dialog import ConflictsDialog
from tests.ui.collab_helpers import colleague_copy, in_copy

OPENING = ("Het akkoord zet stevig in op betaalbaar wonen en op leefbare wijken, met extra middelen voor de "
           "gemeenten die de bouwopgave dragen en met afspraken over de verdeling van de woningen. ")


def test_long_reaction_texts_show_where_they_differ(session, qtbot, tmp_path) -> None:
    speerpunt = session.codes["1.1"]
    set_reaction(session.project, speerpunt, OPENING + "Wij vragen om zekerheid voor 2027.", author="Ann")
    theirs = colleague_copy(session.project, tmp_path)
    set_reaction(session.project, speerpunt, OPENING + "Wij vragen om zekerheid voor 2028 en later.", author="Ann")
    with in_copy(theirs) as copy:
        set_reaction(copy, speerpunt, OPENING + "Wij vragen om structurele middelen vanaf 2027.", author="Bas")
    merge_into(session.project, theirs, backup=False)

    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    current, other = (dialog.model.data(dialog.model.index(0, column)) for column in (2, 3))
    assert len(OPENING) > 160  # cut at 160 characters, both versions looked the same
    assert "Text: … van de woningen. Wij vragen om [structurele middelen vanaf 2027.]" in current
    assert "[zekerheid voor 2028 en later.]" in other
    assert "bouwopgave" not in current and "…" in current  # the shared opening is left out
