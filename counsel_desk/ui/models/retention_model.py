"""Retention tables: cases due for destruction (or held past their date), and the
destruction log. Case codes and dates only; never a name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from counsel_desk.services.retention import RetentionStatus
from counsel_desk.ui.theme import tone

_Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


def service_dates(first: dt.date | None, last: dt.date | None) -> str:
    if first is None and last is None:
        return "—"
    if first == last or last is None:
        return date_text(first)
    return f"{date_text(first)} – {date_text(last)}"


class DueColumn(IntEnum):
    CASE_CODE = 0
    DESTROY_ON = 1
    RULE = 2
    SERVICE = 3
    HOLD = 4


class DueTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RetentionStatus] = []
        self._rule = ""

    def set_statuses(self, statuses: Sequence[RetentionStatus], rule: str) -> None:
        self.beginResetModel()
        self._rows = list(statuses)
        self._rule = rule
        self.endResetModel()

    def status(self, row: int) -> RetentionStatus | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def statuses(self) -> list[RetentionStatus]:
        return list(self._rows)

    def row_of(self, client_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.client_id == client_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DueColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Case code"),
            self.tr("Destroy on"),
            self.tr("Rule"),
            self.tr("Dates of service"),
            self.tr("Legal hold"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        status = self._rows[index.row()]
        column = index.column()
        if role == STATUS_ROLE:
            return status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == DueColumn.CASE_CODE:
                return status.case_code
            if column == DueColumn.DESTROY_ON:
                return date_text(status.destroy_on)
            if column == DueColumn.RULE:
                return self._rule
            if column == DueColumn.SERVICE:
                return service_dates(status.first_service, status.last_service)
            return status.legal_hold_reason or ""
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == DueColumn.HOLD
            and status.legal_hold_reason
        ):
            return tone("caution")
        return None


class LogColumn(IntEnum):
    CASE_CODE = 0
    SERVICE = 1
    DESTROYED_ON = 2
    RULE = 3


class DestructionLogModel(QAbstractTableModel):
    """Rows are the service's destruction records (case code, dates, rule)."""

    def __init__(
        self, parent: QObject | None = None, rule_name: Callable[[str], str] = lambda r: r
    ) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._rule_name = rule_name

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Case code"),
            self.tr("Dates of service"),
            self.tr("Destroyed on"),
            self.tr("Rule"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        record = self._rows[index.row()]
        column = index.column()
        if column == LogColumn.CASE_CODE:
            return record.case_code
        if column == LogColumn.SERVICE:
            return service_dates(record.first_service, record.last_service)
        if column == LogColumn.DESTROYED_ON:
            return date_text(record.destroyed_on)
        return self._rule_name(record.rule)
