"""A read-only table of records, one chosen at a time (the activity log, referrals)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def record_table(
    parent: QWidget,
    object_name: str,
    headers: Sequence[str],
    *,
    stretch: int,
    name: str,
    description: str,
) -> QTableWidget:
    """Whole rows chosen one at a time, nothing edited in place; every column as wide
    as its contents but ``stretch``, which takes the rest."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else None
        header.setSectionResizeMode(column, mode or QHeaderView.ResizeMode.ResizeToContents)
    return table
