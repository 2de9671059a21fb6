"""What needs attention today, as a table (one row per item)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.ui.labels import client_cell
from counsel_desk.ui.theme import tone
from counsel_desk.ui.translate import translate

if TYPE_CHECKING:
    from counsel_desk.services.clients import AttentionItem

AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    "self_harm_screening": QT_TRANSLATE_NOOP("AttentionModel", "Self-harm answer"),
    "draft_note": QT_TRANSLATE_NOOP("AttentionModel", "Draft note"),
    "minor_without_guardian_consent": QT_TRANSLATE_NOOP("AttentionModel", "No guardian consent"),
    "high_risk": QT_TRANSLATE_NOOP("AttentionModel", "High risk"),
    "no_recent_session": QT_TRANSLATE_NOOP("AttentionModel", "No recent session"),
    "consent_missing": QT_TRANSLATE_NOOP("AttentionModel", "Consent missing"),
    "consent_expiring": QT_TRANSLATE_NOOP("AttentionModel", "Consent expiring"),
}
KIND_TONES = {  # ui/theme.py: a light and a dark value each
    "self_harm_screening": "error",
    "draft_note": "info",
    "minor_without_guardian_consent": "warning",
    "high_risk": "error",
    "no_recent_session": "muted",
    "consent_missing": "magenta",
    "consent_expiring": "teal",
}


def kind_colour(kind: str) -> QColor | None:
    """The attention kind's colour in the theme now shown."""
    name = KIND_TONES.get(str(kind))
    return tone(name) if name is not None else None


KIND_ORDER = (
    "self_harm_screening",
    "high_risk",
    "minor_without_guardian_consent",
    "consent_missing",
    "consent_expiring",
    "draft_note",
    "no_recent_session",
)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("AttentionModel", KIND_LABELS.get(str(kind), str(kind)))


class AttentionModel(QAbstractTableModel):
    COLUMNS = 3  # what, client, detail

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._privacy = False

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        self.beginResetModel()
        order = {kind: i for i, kind in enumerate(KIND_ORDER)}
        self._items = sorted(items, key=lambda it: (order.get(str(it.kind), 9), it.case_code))
        self.endResetModel()

    def items(self) -> list[AttentionItem]:
        return list(self._items)

    def clear(self) -> None:
        self.set_items([])

    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 2))

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(KIND_ORDER, 0)
        for item in self._items:
            result[str(item.kind)] = result.get(str(item.kind), 0) + 1
        return result

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Needs attention"), self.tr("Client"), self.tr("Details"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return kind_label(item.kind)
            if column == 1:
                return client_cell(item.name, item.case_code, privacy=self._privacy)
            return translate(item.detail)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return kind_colour(str(item.kind))
        return None
