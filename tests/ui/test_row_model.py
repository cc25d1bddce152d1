"""The shared flat table model: every subclass names as many columns as it has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.ui.collaboration.conflicts_dialog import ConflictsModel
from desktop.ui.collaboration.restore_backup_dialog import BackupListModel
from desktop.ui.collaboration.review_model import AgreementModel
from desktop.ui.documents.library_model import LibraryModel
from desktop.ui.reaction.reaction_models import ReactionFindingsModel
from desktop.ui.row_model import RowTableModel


@pytest.mark.parametrize("model_class", [ConflictsModel, BackupListModel, AgreementModel, LibraryModel,
                                         ReactionFindingsModel])
def test_each_table_names_every_column(qapp, model_class):
    model = model_class()
    titles = model.headers()
    assert len(titles) == model.COLUMNS == model.columnCount()
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.COLUMNS)] == list(titles)
    assert model.headerData(model.COLUMNS, Qt.Orientation.Horizontal) is None


class _Pairs(RowTableModel):
    COLUMNS = 2

    def headers(self) -> tuple[str, ...]:
        return ("Left", "Right")

    def cell(self, row: tuple[str, str], column: int, role: int) -> object:
        return row[column] if role == Qt.ItemDataRole.DisplayRole else None


def test_rows_are_copied_and_shown_flat(qapp, qtmodeltester):
    rows = [("a", "b"), ("c", "d")]
    model = _Pairs()
    model.set_rows(rows)
    rows.append(("e", "f"))
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0
    assert model.index(1, 1).data() == "d"
    assert model.data(QModelIndex()) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    qtmodeltester.check(model)
