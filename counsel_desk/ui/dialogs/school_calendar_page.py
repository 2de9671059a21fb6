"""Settings → School Calendar: the school's exam weeks and holidays (issue 16, item 5).

A date among them identifies no student — the whole school sits the exam — so
supervision summaries keep it as written ("sejak UAS 3 Desember"), like a public holiday;
a birth date in the records is redacted all the same. The list lives in the vault
(``SupervisionService.set_school_calendar``): the school's events may hint at the school,
so never in QSettings, and the page exists only while the vault is unlocked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.school_calendar import (
    MAX_NAME_LENGTH,
    SchoolEvent,
    event_problem,
    sorted_events,
    tidy_event,
)
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import translate
from counsel_desk.ui.widgets.date_edit import OptionalDateEdit


class SchoolCalendarPage(QWidget):
    def __init__(
        self,
        vault: VaultService,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setObjectName("schoolCalendarPage")
        intro = QLabel(
            self.tr(
                "The school's exam weeks and holidays. The whole school shares these days, "
                "so a date among them points at no student: supervision summaries print it "
                "as written, like a public holiday. A birth date in a record is redacted "
                "all the same."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("schoolCalendarTable")
        self.table.setHorizontalHeaderLabels([self.tr("Event"), self.tr("From"), self.tr("To")])
        self.table.setAccessibleName(self.tr("School calendar"))
        self.table.setAccessibleDescription(
            self.tr("The events whose dates are printed as written. Choose some to remove them.")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(
            self.tr("No events yet. Add the exam weeks and holidays of this school year below."),
            self,
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("schoolEventName")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. UAS semester 1, exam week"))
        self.name_edit.setAccessibleName(self.tr("Event name"))
        self.from_edit = OptionalDateEdit(self, opens_at=today)
        self.from_edit.setObjectName("schoolEventFrom")
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit = OptionalDateEdit(self, opens_at=today)
        self.to_edit.setObjectName("schoolEventTo")
        self.to_edit.setAccessibleName(self.tr("Last day"))
        self.add_button = QPushButton(self.tr("Add Event"), self)
        self.add_button.setObjectName("schoolEventAdd")
        self.add_button.setAccessibleDescription(
            self.tr("Adds the event with its first and last day to the calendar.")
        )
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("schoolEventRemove")
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the events chosen: their dates are redacted again.")
        )
        self.remove_button.setAutoDefault(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("schoolEventError")
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.setVisible(False)

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Event:"), self), 0, 0)
        form.addWidget(self.name_edit, 0, 1)
        form.addWidget(QLabel(self.tr("From:"), self), 1, 0)
        form.addWidget(self.from_edit, 1, 1)
        form.addWidget(QLabel(self.tr("To:"), self), 2, 0)
        form.addWidget(self.to_edit, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self._events: list[SchoolEvent] = []
        self.add_button.clicked.connect(self.add_event)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.from_edit.dateChanged.connect(self._first_day_chosen)
        self.set_events(vault.supervision.school_calendar() if vault.is_unlocked else [])

    def events(self) -> list[SchoolEvent]:
        return list(self._events)

    def set_events(self, events: list[SchoolEvent]) -> None:
        self._events = sorted_events(events)
        self.table.setRowCount(len(self._events))
        for row, event in enumerate(self._events):
            cells = (event.name, format_date(event.first), format_date(event.last))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.update_buttons()

    def _first_day_chosen(self, day: dt.date | None) -> None:
        if day is not None and self.to_edit.value() is None:
            self.to_edit.set_value(day)  # a one-day event unless she says otherwise

    def add_event(self) -> bool:
        """Add the event typed below the table; say why not when it cannot be kept."""
        first, last = self.from_edit.value(), self.to_edit.value()
        if first is None or last is None:
            self._say(self.tr("Enter the first and the last day of the event."))
            return False
        event = tidy_event(self.name_edit.text(), first, last)
        problem = event_problem(event)
        if problem is not None:
            self._say(translate(problem))
            return False
        self._say(None)
        self.set_events([*self._events, event])
        self.name_edit.clear()
        self.from_edit.set_value(None)
        self.to_edit.set_value(None)
        return True

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.set_events([e for i, e in enumerate(self._events) if i not in rows])

    def _say(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(text is not None)

    def update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_label.setVisible(not self._events)

    def apply(self) -> None:
        """Store the calendar in the vault when it changed (the Settings dialog's OK)."""
        if self._vault.is_unlocked and self._events != self._vault.supervision.school_calendar():
            self._vault.supervision.set_school_calendar(self._events)
