"""Editable lists for the profile: contacts (a table) and plain names (a list)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.model import Contact
from counsel_desk.ui.models.contact_list_model import FIELDS, ContactListModel
from counsel_desk.ui.widgets.empty_hint import EmptyHint


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


class ContactListEditor(QWidget):
    """Guardians or emergency contacts: a table you type into, with Add and Remove."""

    changed = Signal()

    def __init__(
        self, add_text: str, parent: QWidget | None = None, *, empty_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.model = ContactListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(96)
        self.view.setMaximumHeight(150)
        self.view.setAccessibleDescription(
            self.tr(
                "One person a row: name, relationship, phone. Type to change the cell "
                "chosen; Tab moves to the next cell."
            )
        )
        self.empty_hint = EmptyHint(self.view, empty_text) if empty_text else None
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleDescription(
            self.tr("Adds a row: type the name, the relationship and a phone number.")
        )
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleDescription(self.tr("Removes the person chosen."))
        self.remove_button.setEnabled(False)
        self.errors = _error_label(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.edited.connect(self.changed)

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.model.set_contacts(contacts)
        self.set_errors({})

    def contacts(self) -> list[Contact]:
        return self.model.contacts()

    def clear(self) -> None:
        self.model.clear()
        self.set_errors({})

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Errors by (row, field); shown on the cell and listed under the table."""
        self.model.set_errors(errors)
        lines = [
            self.tr("Row {row}: {message}").format(row=row + 1, message=message)
            for (row, _field), message in sorted(
                errors.items(),
                key=lambda kv: (kv[0][0], FIELDS.index(kv[0][1]) if kv[0][1] in FIELDS else 9),
            )
        ]
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def _add(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())


class NameListEditor(QWidget):
    """A plain list of names (the other people named in a record)."""

    changed = Signal()

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setMinimumHeight(80)
        self.view.setMaximumHeight(130)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAccessibleDescription(
            self.tr("One name a line. Type to change the name chosen.")
        )
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleDescription(self.tr("Adds a line: type the person's name."))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleDescription(self.tr("Removes the name chosen."))
        self.remove_button.setEnabled(False)
        self.errors = _error_label(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
        )
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        self.model.rowsRemoved.connect(lambda *_: self.changed.emit())

    def set_names(self, names: list[str]) -> None:
        self.model.setStringList(list(names))
        self.set_errors({})

    def names(self) -> list[str]:
        return [n.strip() for n in self.model.stringList() if n.strip()]

    def clear(self) -> None:
        self.set_names([])

    def set_errors(self, errors: dict[int, str]) -> None:
        lines = [
            self.tr("Row {row}: {message}").format(row=row + 1, message=message)
            for row, message in sorted(errors.items())
        ]
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def _add(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        self.changed.emit()

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)
