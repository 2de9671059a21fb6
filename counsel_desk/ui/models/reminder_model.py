"""Reminders as a table: due date, kind, client, details (one row per reminder)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from counsel_desk.domain.reminders import Reminder, ReminderKind
from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.ui.labels import client_cell, format_date
from counsel_desk.ui.theme import tone
from counsel_desk.ui.translate import translate

AnyIndex = QModelIndex | QPersistentModelIndex
REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    ReminderKind.NOTE_UNSIGNED: QT_TRANSLATE_NOOP("ReminderModel", "Note not signed"),
    ReminderKind.CONSENT_EXPIRING: QT_TRANSLATE_NOOP("ReminderModel", "Consent expiring"),
    ReminderKind.RISK_REVIEW: QT_TRANSLATE_NOOP("ReminderModel", "Risk review due"),
    ReminderKind.PLAN_REVIEW: QT_TRANSLATE_NOOP("ReminderModel", "Plan review due"),
    ReminderKind.FOLLOW_UP: QT_TRANSLATE_NOOP("ReminderModel", "Follow-up"),
    ReminderKind.TURNING_18: QT_TRANSLATE_NOOP("ReminderModel", "Turning 18"),
}
KIND_TONES = {  # ui/theme.py: a light and a dark value each
    ReminderKind.NOTE_UNSIGNED: "info",
    ReminderKind.CONSENT_EXPIRING: "teal",
    ReminderKind.RISK_REVIEW: "error",
    ReminderKind.PLAN_REVIEW: "success",
    ReminderKind.FOLLOW_UP: "private",
    ReminderKind.TURNING_18: "warning",
}


def reminder_kind_label(kind: ReminderKind) -> str:
    return QCoreApplication.translate("ReminderModel", KIND_LABELS[ReminderKind(kind)])


class ReminderModel(QAbstractTableModel):
    COLUMNS = 4  # due, kind, client, details

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._items: list[Reminder] = []
        self._privacy = False

    def set_items(self, items: Sequence[Reminder]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Reminder]:
        return list(self._items)

    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 3))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Due"), self.tr("Reminder"), self.tr("Client"), self.tr("Details"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == REMINDER_ROLE:
            return item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(item.due)
            if column == 1:
                return reminder_kind_label(item.kind)
            if column == 2:
                return client_cell(item.name, item.case_code, privacy=self._privacy)
            return translate(item.detail)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 1:
                name = KIND_TONES.get(item.kind)
                return tone(name) if name is not None else None
            if column == 0 and item.due < self._today():
                return tone("error")
        return None
