"""An editable list of contacts (guardians or emergency contacts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from counsel_desk.domain.model import Contact
from counsel_desk.ui.theme import tone

AnyIndex = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "relationship", "phone", "email")


class ContactListModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._errors: dict[tuple[int, str], str] = {}

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._rows = [
            [c.name or "", c.relationship or "", c.phone or "", c.email or ""] for c in contacts
        ]
        self._errors = {}
        self.endResetModel()

    def contacts(self) -> list[Contact]:
        def blank(v: str) -> str | None:
            return v.strip() or None

        return [
            Contact(
                name=r[0].strip(), relationship=blank(r[1]), phone=blank(r[2]), email=blank(r[3])
            )
            for r in self._rows
            if any(v.strip() for v in r)
        ]

    def clear(self) -> None:
        self.set_contacts([])

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", "", "", ""])
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._errors = {}
            self.edited.emit()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self._errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(FIELDS) - 1)
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Relationship"), self.tr("Phone"), self.tr("E-mail"))[
            section
        ]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (index.row(), FIELDS[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and key in self._errors:
            return self._errors[key]
        if role == Qt.ItemDataRole.BackgroundRole and key in self._errors:
            return tone("error-bg")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if self._rows[index.row()][index.column()] == text:
            return False
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
