"""Tests of RowTableModel, the base of the read-only table models, with plain Python rows."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt

from casepoint_desktop.ui.models.row_table_model import RowTableModel

HEADERS = ("Code", "Name")


@dataclass(frozen=True)
class Fruit:
    code: str
    name: str


FRUITS = [Fruit("A1", "Apple"), Fruit("B2", "Banana"), Fruit("C3", "Cherry")]


def make_model(rows: list[Fruit]) -> RowTableModel[Fruit]:
    model: RowTableModel[Fruit] = RowTableModel(HEADERS, lambda fruit: fruit.code)
    model.set_rows(rows)
    return model


@pytest.mark.parametrize("force_py", [False, True])
def test_model_passes_qtmodeltester(qtmodeltester, force_py):
    qtmodeltester.check(make_model(FRUITS), force_py=force_py)


@pytest.mark.parametrize("force_py", [False, True])
def test_empty_model_passes_qtmodeltester(qtmodeltester, force_py):
    qtmodeltester.check(make_model([]), force_py=force_py)


def test_appended_model_passes_qtmodeltester(qtmodeltester):
    model = make_model(FRUITS[:1])
    model.append_rows(FRUITS[1:])

    qtmodeltester.check(model)


def test_counts_follow_rows_and_headers():
    model = make_model(FRUITS)

    assert model.rowCount() == 3
    assert model.columnCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


def test_headers():
    model = make_model([])

    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(-1, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_headers_copied_at_construction():
    headers = ["Code", "Name"]
    model: RowTableModel[Fruit] = RowTableModel(headers, lambda fruit: fruit.code)

    headers.append("Colour")

    assert model.columnCount() == 2


def test_cells_have_no_data():
    model = make_model(FRUITS)

    assert model.index(0, 0).data() is None
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is None


def test_rows_are_read_only():
    model = make_model(FRUITS)

    flags = model.flags(model.index(1, 1))

    assert flags & Qt.ItemFlag.ItemIsEnabled
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert flags & Qt.ItemFlag.ItemNeverHasChildren
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_row_at_returns_row_object():
    model = make_model(FRUITS)

    assert model.row_at(0) is FRUITS[0]
    assert model.row_at(2) is FRUITS[2]
    with pytest.raises(IndexError):
        model.row_at(3)


def test_row_of_uses_row_key():
    model = make_model(FRUITS)

    assert model.row_of("A1") == 0
    assert model.row_of("C3") == 2
    assert model.row_of("Z9") is None
    assert model.row_of("Apple") is None


def test_row_of_returns_first_match():
    model = make_model([Fruit("A1", "Apple"), Fruit("A1", "Apricot")])

    assert model.row_of("A1") == 0


def test_set_rows_resets_model(qtbot):
    model = make_model(FRUITS)

    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(fruit for fruit in FRUITS[:1])

    assert model.rowCount() == 1
    assert model.row_at(0) is FRUITS[0]


def test_append_rows_inserts_at_end(qtbot):
    model = make_model(FRUITS[:1])

    def inserted_rows_one_to_two(parent, first, last):
        return not parent.isValid() and (first, last) == (1, 2)

    with qtbot.waitSignal(model.rowsInserted, check_params_cb=inserted_rows_one_to_two):
        model.append_rows(fruit for fruit in FRUITS[1:])

    assert model.rowCount() == 3
    assert model.row_of("C3") == 2


def test_append_no_rows_sends_nothing(qtbot):
    model = make_model(FRUITS)

    with qtbot.assertNotEmitted(model.rowsAboutToBeInserted):
        model.append_rows([])

    assert model.rowCount() == 3
