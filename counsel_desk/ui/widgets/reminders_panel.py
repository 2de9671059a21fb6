"""The dashboard's reminders: what comes due, most urgent first. Double-click opens the
client; a follow-up is completed with "Mark Done". Every other reminder clears by
itself once resolved (the note signed, the consent renewed...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.reminders import Reminder, ReminderKind
from counsel_desk.ui.models.reminder_model import REMINDER_ROLE, ReminderModel
from counsel_desk.ui.widgets.empty_hint import EmptyHint


class RemindersPanel(QWidget):
    client_activated = Signal(int)
    follow_up_done = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPanel")
        self.model = ReminderModel(self, today=today)
        self.title = QLabel(self.tr("Reminders"), self)
        self.title.setObjectName("sectionTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.done_button = QPushButton(self.tr("Mark Follow-up Done"), self)
        self.done_button.setObjectName("reminderDoneButton")
        self.done_button.setAccessibleDescription(
            self.tr("Marks the follow-up chosen in the reminders as done.")
        )
        self.done_button.setEnabled(False)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        heading.addWidget(self.done_button)

        self.table = QTableView(self)
        self.table.setObjectName("remindersTable")
        self.table.setAccessibleName(self.tr("Reminders"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows on screen, not a thousand
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "Nothing is due. Unsigned notes, expiring consents, risk and plan "
                "reviews, follow-ups and students turning 18 appear here when they are."
            ),
            self.tr("What is due, soonest first. Enter opens the client the row is about."),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)

        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        self.done_button.clicked.connect(lambda *_: self._done())
        self.set_items([])

    def set_items(self, items: Sequence[Reminder]) -> None:
        self.model.set_items(items)
        overdue = sum(1 for r in items if r.is_overdue(self.model._today()))
        self.count_label.setText(
            self.tr("{count} due, {overdue} overdue").format(count=len(items), overdue=overdue)
            if items
            else self.tr("Nothing due")
        )
        self._update_button()

    def clear(self) -> None:
        self.set_items([])

    def set_privacy(self, on: bool) -> None:
        self.model.set_privacy(on)

    def kinds(self) -> list[ReminderKind]:
        return [r.kind for r in self.model.items()]

    def _current(self) -> Reminder | None:
        index = self.table.currentIndex()
        return index.data(REMINDER_ROLE) if index.isValid() else None

    def _update_button(self) -> None:
        current = self._current()
        self.done_button.setEnabled(current is not None and current.kind is ReminderKind.FOLLOW_UP)

    def _done(self) -> None:
        current = self._current()
        if current is not None and current.kind is ReminderKind.FOLLOW_UP and current.ref_id:
            self.follow_up_done.emit(current.ref_id)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.index(index.row(), 0).data(REMINDER_ROLE) if index.isValid() else None
        if item is not None:
            self.client_activated.emit(item.client_id)

    def row_of(self, kind: ReminderKind, client_id: int) -> int:
        for row, item in enumerate(self.model.items()):
            if item.kind is kind and item.client_id == client_id:
                return row
        return -1

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
