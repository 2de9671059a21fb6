"""Reports → Appointments…: the week of appointments and the intake queue (issue 20).

The week (Monday to Saturday) is painted by ``widgets/week_view.py``: a block per
appointment, conflicts marked, drag to move (with Undo), double-click or Enter to edit.
Beside it, the appointment's form and the queue of students' requests to talk (urgent
first, then the oldest), which she schedules, opens a case for, or closes with a reason.
Clients are shown by case code only; a request's typed name is hidden in privacy mode.
"Export Week to Calendar…" writes the week as an .ics file after saying what it holds.
Nothing here runs SQL: every read and write is an operation on ``AppointmentService``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.appointments import (
    CLIENT_KINDS,
    MAX_PLACE,
    MAX_PURPOSE,
    MAX_REASON,
    MAX_SUBJECT,
    REMINDER_CHOICES,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeRequest,
    IntakeUrgency,
    due_reminders,
    week_of,
)
from counsel_desk.services.appointments import AppointmentService
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.labels import format_date, name_of
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.prompter import Prompter
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.record_table import record_table
from counsel_desk.ui.widgets.week_view import DAY_START, DAYS, GUTTER, HOUR_PX, WeekView, title_of

_HIDDEN = "•••"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _py_time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class AppointmentsDialog(QDialog):
    """The week and the queue. ``open_note(client_id)`` starts a session note in the
    window (offered when an appointment with a client is marked held)."""

    note_requested = Signal(int)
    client_opened = Signal(int)

    def __init__(
        self,
        service: Callable[[], AppointmentService],
        case_codes: Callable[[], list[tuple[int, str]]],
        ops: Operations,
        prompter: Prompter,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        language: Callable[[], str] = lambda: "en",
        privacy: bool = False,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_codes = case_codes
        self._ops = ops
        self._prompter = prompter
        self._chooser = chooser
        self._today = today
        self._now = now
        self._language = language
        self._privacy = privacy
        self._requests: list[IntakeRequest] = []
        self._editing: int | None = None  # the id of the appointment in the form
        self._scheduling: int | None = None  # the request the form books for
        self._last_move: tuple[int, dt.date, dt.time] | None = None
        self.setObjectName("appointmentsDialog")
        self.setWindowTitle(self.tr("Appointments"))

        # -- the week's bar ------------------------------------------------------------
        self.previous_button = QPushButton(self.tr("◀ Previous Week"), self)
        self.previous_button.setObjectName("previousWeekButton")
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda *_: self.show_week(self._monday(-7)))
        self.today_button = QPushButton(self.tr("This Week"), self)
        self.today_button.setObjectName("thisWeekButton")
        self.today_button.setAccessibleDescription(self.tr("Shows the week of today."))
        self.today_button.clicked.connect(lambda *_: self.show_week(week_of(self._today())[0]))
        self.next_button = QPushButton(self.tr("Next Week ▶"), self)
        self.next_button.setObjectName("nextWeekButton")
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.clicked.connect(lambda *_: self.show_week(self._monday(7)))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.snap_combo = QComboBox(self)
        self.snap_combo.setObjectName("snapCombo")
        for minutes in (15, 5):
            self.snap_combo.addItem(
                self.tr("Snap to {minutes} min").format(minutes=minutes), minutes
            )
        self.snap_combo.setAccessibleName(self.tr("Snap when moving"))
        self.snap_combo.setAccessibleDescription(
            self.tr("A dragged appointment starts on a multiple of this many minutes.")
        )
        self.snap_combo.currentIndexChanged.connect(lambda *_: self._snap_chosen())
        self.export_button = QPushButton(self.tr("Export Week to Calendar…"), self)
        self.export_button.setObjectName("exportWeekButton")
        self.export_button.setAccessibleDescription(
            self.tr("Writes this week as an .ics file for a phone's calendar: case codes only.")
        )
        self.export_button.clicked.connect(lambda *_: self.export_week())
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.week_label, 1)
        bar.addWidget(self.snap_combo)
        bar.addWidget(self.export_button)

        # -- the week -----------------------------------------------------------------
        self.week = WeekView(self, today=today)
        self.week.privacy = privacy
        self.week.edit_requested.connect(self._edit)
        self.week.create_requested.connect(self._create_at)
        self.week.move_requested.connect(self.move_appointment)
        self.week.selection_changed.connect(self._week_selected)
        self.day_header = QWidget(self)
        header = QHBoxLayout(self.day_header)
        header.setContentsMargins(
            GUTTER, 0, self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2, 0
        )
        self.day_labels = [QLabel(self.day_header) for _ in range(DAYS)]
        for label in self.day_labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.addWidget(label, 1)
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setObjectName("weekScroll")
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setWidget(self.week)
        self.week_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflict_label = QLabel(self)
        self.conflict_label.setObjectName("conflictLabel")
        self.conflict_label.setWordWrap(True)
        set_tone(self.conflict_label, "error")
        self.undo_button = QPushButton(self.tr("Undo Move"), self)
        self.undo_button.setObjectName("undoMoveButton")
        self.undo_button.setAccessibleDescription(self.tr("Puts the appointment moved last back."))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda *_: self.undo_move())
        self.reminder_label = QLabel(self)
        self.reminder_label.setObjectName("reminderLabel")
        self.reminder_label.setWordWrap(True)
        set_tone(self.reminder_label, "warning")
        below = QHBoxLayout()
        below.addWidget(self.conflict_label, 1)
        below.addWidget(self.undo_button)
        week_box = QWidget(self)
        week_layout = QVBoxLayout(week_box)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addWidget(self.day_header)
        week_layout.addWidget(self.week_scroll, 1)
        week_layout.addLayout(below)
        week_layout.addWidget(self.reminder_label)

        # -- the appointment's form ---------------------------------------------------
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("appointmentKind")
        for kind in AppointmentKind:
            self.kind_combo.addItem(name_of(kind), kind)
        self.kind_combo.setAccessibleName(self.tr("With whom"))
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._kind_chosen())
        self.client_combo = QComboBox(self)
        self.client_combo.setObjectName("appointmentClient")
        self.client_combo.setAccessibleName(self.tr("Client (case code)"))
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("appointmentSubject")
        self.subject_edit.setMaxLength(MAX_SUBJECT)
        self.subject_edit.setPlaceholderText(self.tr("VIII-B, or the group"))
        self.subject_edit.setAccessibleName(self.tr("Class or group"))
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("appointmentDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.start_edit = QTimeEdit(self)
        self.start_edit.setObjectName("appointmentStart")
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(self.tr("Starts at"))
        self.end_edit = QTimeEdit(self)
        self.end_edit.setObjectName("appointmentEnd")
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setAccessibleName(self.tr("Ends at"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("appointmentPlace")
        self.place_edit.setMaxLength(MAX_PLACE)
        self.place_edit.setPlaceholderText(self.tr("Ruang BK (optional)"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setObjectName("appointmentPurpose")
        self.purpose_edit.setMaxLength(MAX_PURPOSE)
        self.purpose_edit.setPlaceholderText(
            self.tr("Short purpose, no names: write the case code")
        )
        self.purpose_edit.setAccessibleName(self.tr("Purpose"))
        self.purpose_edit.setAccessibleDescription(
            self.tr("A few words; a name from the vault is refused. It never goes to the calendar.")
        )
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("appointmentStatus")
        for status in AppointmentStatus:
            self.status_combo.addItem(name_of(status), status)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.remind_combo = QComboBox(self)
        self.remind_combo.setObjectName("appointmentReminder")
        for minutes in REMINDER_CHOICES:
            text = (
                self.tr("No reminder")
                if minutes == 0
                else self.tr("{minutes} min before").format(minutes=minutes)
            )
            self.remind_combo.addItem(text, minutes)
        self.remind_combo.setAccessibleName(self.tr("Reminder"))
        self.form_status = QLabel(self)
        self.form_status.setObjectName("appointmentFormStatus")
        self.form_status.setWordWrap(True)
        set_tone(self.form_status, "error")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("With:"), self.kind_combo)
        form.addRow(self.tr("Client:"), self.client_combo)
        form.addRow(self.tr("Class or group:"), self.subject_edit)
        form.addRow(self.tr("Day:"), self.day_edit)
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("to"), self))
        times.addWidget(self.end_edit)
        form.addRow(self.tr("Time:"), times)
        form.addRow(self.tr("Place:"), self.place_edit)
        form.addRow(self.tr("Purpose:"), self.purpose_edit)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Reminder:"), self.remind_combo)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("appointmentNewButton")
        self.new_button.setAccessibleDescription(self.tr("Empties the form for a new appointment."))
        self.new_button.clicked.connect(lambda *_: self.start_new())
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("appointmentDeleteButton")
        self.delete_button.setAccessibleDescription(
            self.tr("Deletes the appointment chosen, after asking.")
        )
        self.delete_button.clicked.connect(lambda *_: self.delete_current())
        self.save_button = QPushButton(self.tr("Save Appointment"), self)
        self.save_button.setObjectName("appointmentSaveButton")
        self.save_button.setAccessibleDescription(
            self.tr("Keeps the appointment; an overlap is shown, not refused.")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda *_: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.addLayout(form)
        form_layout.addWidget(self.form_status)
        form_layout.addLayout(buttons)
        form_layout.addStretch(1)

        # -- the intake queue ---------------------------------------------------------
        self.queue = record_table(
            self,
            "intakeTable",
            [self.tr("Received"), self.tr("Who"), self.tr("How"), self.tr("Urgency")],
            stretch=1,
            name=self.tr("Requests to talk"),
            description=self.tr("Open requests, urgent first, then the oldest."),
        )
        self.queue.itemSelectionChanged.connect(lambda: self._queue_selected())
        self.request_client = QComboBox(self)
        self.request_client.setObjectName("requestClient")
        self.request_client.setAccessibleName(self.tr("From a client"))
        self.request_name = QLineEdit(self)
        self.request_name.setObjectName("requestName")
        self.request_name.setPlaceholderText(self.tr("or the name as written on the slip"))
        self.request_name.setAccessibleName(self.tr("Student's name (not yet a client)"))
        self.request_day = QDateEdit(self)
        self.request_day.setObjectName("requestDay")
        self.request_day.setCalendarPopup(True)
        self.request_day.setAccessibleName(self.tr("Received on"))
        self.request_channel = QComboBox(self)
        self.request_channel.setObjectName("requestChannel")
        for channel in IntakeChannel:
            self.request_channel.addItem(name_of(channel), channel)
        self.request_channel.setAccessibleName(self.tr("How it came"))
        self.request_urgency = QComboBox(self)
        self.request_urgency.setObjectName("requestUrgency")
        for urgency in IntakeUrgency:
            self.request_urgency.addItem(name_of(urgency), urgency)
        self.request_urgency.setAccessibleName(self.tr("Urgency"))
        self.request_reason = QLineEdit(self)
        self.request_reason.setObjectName("requestReason")
        self.request_reason.setMaxLength(MAX_REASON)
        self.request_reason.setAccessibleName(self.tr("Short reason"))
        self.add_request_button = QPushButton(self.tr("Add Request"), self)
        self.add_request_button.setObjectName("addRequestButton")
        self.add_request_button.clicked.connect(lambda *_: self.add_request())
        self.schedule_button = QPushButton(self.tr("Schedule…"), self)
        self.schedule_button.setObjectName("scheduleRequestButton")
        self.schedule_button.setAccessibleDescription(
            self.tr("Fills the appointment form for the request chosen; saving books it.")
        )
        self.schedule_button.clicked.connect(lambda *_: self.schedule_chosen())
        self.open_case_button = QPushButton(self.tr("Open Case…"), self)
        self.open_case_button.setObjectName("openCaseButton")
        self.open_case_button.setAccessibleDescription(
            self.tr("Opens a case record for the student of the request chosen, after asking.")
        )
        self.open_case_button.clicked.connect(lambda *_: self.open_case_chosen())
        self.close_reason = QLineEdit(self)
        self.close_reason.setObjectName("closeReason")
        self.close_reason.setMaxLength(MAX_REASON)
        self.close_reason.setPlaceholderText(self.tr("Why it is closed"))
        self.close_reason.setAccessibleName(self.tr("Reason for closing"))
        self.close_request_button = QPushButton(self.tr("Close Request"), self)
        self.close_request_button.setObjectName("closeRequestButton")
        self.close_request_button.clicked.connect(lambda *_: self.close_chosen())
        self.queue_status = QLabel(self)
        self.queue_status.setObjectName("queueStatus")
        self.queue_status.setWordWrap(True)
        set_tone(self.queue_status, "error")
        request_form = QFormLayout()
        request_form.addRow(self.tr("Client:"), self.request_client)
        request_form.addRow(self.tr("Name:"), self.request_name)
        request_form.addRow(self.tr("Received:"), self.request_day)
        request_form.addRow(self.tr("How:"), self.request_channel)
        request_form.addRow(self.tr("Urgency:"), self.request_urgency)
        request_form.addRow(self.tr("Reason:"), self.request_reason)
        work = QHBoxLayout()
        work.addWidget(self.schedule_button)
        work.addWidget(self.open_case_button)
        closing = QHBoxLayout()
        closing.addWidget(self.close_reason, 1)
        closing.addWidget(self.close_request_button)
        queue_page = QWidget(self)
        queue_layout = QVBoxLayout(queue_page)
        queue_layout.addWidget(self.queue, 1)
        queue_layout.addLayout(work)
        queue_layout.addLayout(closing)
        queue_layout.addLayout(request_form)
        queue_layout.addWidget(self.add_request_button, 0, Qt.AlignmentFlag.AlignRight)
        queue_layout.addWidget(self.queue_status)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("appointmentTabs")
        index = self.tabs.addTab(form_page, self.tr("Appointment"))
        self.tabs.setTabToolTip(index, self.tr("The appointment chosen in the week, or a new one"))
        index = self.tabs.addTab(queue_page, self.tr("Requests to Talk"))
        self.tabs.setTabToolTip(
            index, self.tr("Students' requests to talk: schedule, open a case, or close")
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(week_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        described: tuple[tuple[QWidget, str], ...] = (
            (self.previous_button, self.tr("Shows the week before.")),
            (self.next_button, self.tr("Shows the week after.")),
            (self.kind_combo, self.tr("A client, a group, a class, a parent meeting or other.")),
            (
                self.client_combo,
                self.tr("The client by case code, for counseling or a parent meeting."),
            ),
            (self.day_edit, self.tr("The day of the appointment.")),
            (self.start_edit, self.tr("When it starts, hours and minutes.")),
            (self.end_edit, self.tr("When it ends: after the start.")),
            (self.status_combo, self.tr("Planned, held, cancelled or no-show.")),
            (self.remind_combo, self.tr("How long before the start the reminder comes.")),
            (self.request_client, self.tr("The student, when she is a client of the vault.")),
            (self.request_day, self.tr("The day the request came.")),
            (self.request_channel, self.tr("A paper slip, a message, in person, a teacher …")),
            (self.request_urgency, self.tr("How soon she should be seen.")),
            (self.request_reason, self.tr("A few words on why she asks to talk.")),
            (self.add_request_button, self.tr("Puts the request in the queue.")),
            (
                self.close_request_button,
                self.tr("Closes the request chosen, with the reason typed."),
            ),
        )
        for control, description in described:
            control.setAccessibleDescription(description)
        self.resize(1240, 640)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self._check_reminders)
        self._timer.start()
        self.show_week(week_of(today())[0])
        self.start_new()

    # -- the week ----------------------------------------------------------------------
    def _snap_chosen(self) -> None:
        self.week.snap = int(self.snap_combo.currentData())

    def _monday(self, days: int) -> dt.date:
        return self.week.monday + dt.timedelta(days=days)

    def show_week(self, monday: dt.date) -> None:
        monday = week_of(monday)[0]
        saturday = monday + dt.timedelta(days=DAYS - 1)
        found = self._ops.op(
            self,
            self.tr("The appointments could not be read"),
            lambda: self._service().between(monday, saturday),
        ).result_or(None)
        self.week.set_week(monday, found or [])
        self.week_label.setText(
            self.tr("{first} – {last}").format(
                first=format_date(monday), last=format_date(saturday)
            )
        )
        for i, label in enumerate(self.day_labels):
            day = monday + dt.timedelta(days=i)
            label.setText(f"{QLocale().toString(_qdate(day), 'ddd')} {day.day}")
            font = label.font()
            font.setBold(day == self._today())
            label.setFont(font)
        self._show_conflicts()
        self._check_reminders()
        if self.week_scroll.verticalScrollBar().value() == 0:
            self.week_scroll.verticalScrollBar().setValue(DAY_START * HOUR_PX)

    def reload(self) -> None:
        self.show_week(self.week.monday)
        self.refresh_queue()

    def _show_conflicts(self) -> None:
        ids = self.week.conflicting_ids()
        if not ids:
            self.conflict_label.setText("")
            return
        self.conflict_label.setText(
            self.tr("{count} appointments this week overlap another (marked with !).").format(
                count=len(ids)
            )
        )

    def _check_reminders(self) -> None:
        due = due_reminders(self.week.appointments, self._now())
        self.reminder_label.setText(
            "\n".join(
                self.tr("Soon: {start} {title}").format(start=f"{a.start:%H:%M}", title=title_of(a))
                for a in due
            )
        )

    def _week_selected(self) -> None:
        chosen = self.week.selected_id
        if chosen is not None:
            self._edit(chosen, switch=False)

    # -- moving ------------------------------------------------------------------------
    def move_appointment(self, appointment_id: int, day: dt.date, start: dt.time) -> bool:
        before = next((a for a in self.week.appointments if a.id == appointment_id), None)
        moved = self._ops.op(
            self,
            self.tr("The appointment was not moved"),
            lambda: self._service().move(appointment_id, day, start),
        ).result_or(None)
        if moved is None:
            return False
        if before is not None:
            self._last_move = (appointment_id, before.day, before.start)
            self.undo_button.setEnabled(True)
        self.show_week(self.week.monday)
        self.week.select(appointment_id)
        return True

    def undo_move(self) -> None:
        if self._last_move is None:
            return
        appointment_id, day, start = self._last_move
        self._last_move = None
        self.undo_button.setEnabled(False)
        self._ops.op(
            self,
            self.tr("The move was not undone"),
            lambda: self._service().move(appointment_id, day, start),
        ).run()
        self.show_week(self.week.monday)

    # -- the form ----------------------------------------------------------------------
    def _fill_clients(self, combo: QComboBox, *, none_text: str) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(none_text, None)
        codes = self._ops.op(self, "", self._case_codes).result_or([])
        for client_id, code in codes:
            combo.addItem(code, client_id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))

    def _kind_chosen(self) -> None:
        kind = self.kind_combo.currentData()
        self.client_combo.setEnabled(kind in CLIENT_KINDS)
        self.subject_edit.setEnabled(kind not in CLIENT_KINDS)

    def start_new(self, day: dt.date | None = None, start: dt.time | None = None) -> None:
        self._editing = None
        self._scheduling = None
        self._fill_clients(self.client_combo, none_text=self.tr("—"))
        self.kind_combo.setCurrentIndex(0)
        self.client_combo.setCurrentIndex(0)
        self.subject_edit.clear()
        chosen_day = day or max(self._today(), self.week.monday)
        self.day_edit.setDate(_qdate(chosen_day))
        begin = start or dt.time(8, 0)
        self.start_edit.setTime(QTime(begin.hour, begin.minute))
        finish = (dt.datetime.combine(chosen_day, begin) + dt.timedelta(minutes=40)).time()
        self.end_edit.setTime(QTime(finish.hour, finish.minute))
        self.place_edit.clear()
        self.purpose_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.remind_combo.setCurrentIndex(self.remind_combo.findData(10))
        self.delete_button.setEnabled(False)
        self.save_button.setText(self.tr("Save Appointment"))
        self.form_status.setText("")
        set_tone(self.form_status, "error")
        self._kind_chosen()

    def _create_at(self, day: dt.date, start: dt.time) -> None:
        self.start_new(day, start)
        self.tabs.setCurrentIndex(0)
        self.kind_combo.setFocus()

    def _edit(self, appointment_id: int, *, switch: bool = True) -> None:
        found = next((a for a in self.week.appointments if a.id == appointment_id), None)
        if found is None:
            return
        self.start_new()
        self._editing = appointment_id
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(found.kind))
        self.client_combo.setCurrentIndex(max(self.client_combo.findData(found.client_id), 0))
        self.subject_edit.setText(found.subject)
        self.day_edit.setDate(_qdate(found.day))
        self.start_edit.setTime(QTime(found.start.hour, found.start.minute))
        self.end_edit.setTime(QTime(found.end.hour, found.end.minute))
        self.place_edit.setText(found.place)
        self.purpose_edit.setText(found.purpose)
        self.status_combo.setCurrentIndex(self.status_combo.findData(found.status))
        self.remind_combo.setCurrentIndex(max(self.remind_combo.findData(found.remind_minutes), 0))
        self.delete_button.setEnabled(True)
        if switch:
            self.tabs.setCurrentIndex(0)
            self.kind_combo.setFocus()

    def appointment(self) -> Appointment:
        """The form as an appointment."""
        kind = AppointmentKind(self.kind_combo.currentData())
        return Appointment(
            kind=kind,
            day=py_date(self.day_edit.date()),
            start=_py_time(self.start_edit.time()),
            end=_py_time(self.end_edit.time()),
            client_id=self.client_combo.currentData() if kind in CLIENT_KINDS else None,
            subject="" if kind in CLIENT_KINDS else self.subject_edit.text(),
            place=self.place_edit.text(),
            purpose=self.purpose_edit.text(),
            status=AppointmentStatus(self.status_combo.currentData()),
            remind_minutes=int(self.remind_combo.currentData()),
            id=self._editing,
        )

    def save(self) -> bool:
        appointment = self.appointment()
        before = next((a for a in self.week.appointments if a.id == appointment.id), None)
        request = self._scheduling

        def work() -> Appointment:
            service = self._service()
            if request is not None:
                return service.schedule(request, appointment)
            return service.save(appointment)

        saved = (
            self._ops.op(self, "", work)
            .disabling(self.save_button)
            .on_error(lambda error: self.form_status.setText(user_text(error)))
            .result_or(None)
        )
        if saved is None:
            return False
        self.show_week(week_of(saved.day)[0])
        if request is not None:
            self.refresh_queue()
        assert saved.id is not None
        self._edit(saved.id, switch=False)
        self.week.select(saved.id)
        self.form_status.setText("")
        newly_held = saved.status is AppointmentStatus.HELD and (
            before is None or before.status is not AppointmentStatus.HELD
        )
        if (
            newly_held
            and saved.kind is AppointmentKind.CLIENT
            and saved.client_id is not None
            and self._prompter.confirm(
                self,
                self.tr("Appointment held"),
                self.tr("The appointment with {code} was held. Write its session note now?").format(
                    code=saved.case_code or ""
                ),
            )
        ):
            self.note_requested.emit(saved.client_id)
        return True

    def delete_current(self) -> None:
        chosen = self._editing
        if chosen is None:
            return
        if not self._prompter.confirm(
            self,
            self.tr("Delete the appointment?"),
            self.tr("The appointment is deleted from the vault."),
        ):
            return
        if self._ops.op(
            self, self.tr("The appointment was not deleted"), lambda: self._service().delete(chosen)
        ).run():
            self.start_new()
            self.show_week(self.week.monday)

    # -- export ------------------------------------------------------------------------
    def export_week(self) -> int | None:
        monday = self.week.monday
        saturday = monday + dt.timedelta(days=DAYS - 1)
        if not self._prompter.confirm(
            self,
            self.tr("Export Week to Calendar"),
            self.tr(
                "The file holds, for each appointment from {first} to {last}: the day, the "
                "start and end, the kind with a case code or a class (“Konseling — BK-007”, "
                "“Kelas VIII-B”), its status and its reminder.\n\nIt never holds a name, the "
                "purpose, the place, a concern or a note. The file is not encrypted: anyone "
                "with the phone sees the case codes and times."
            ).format(first=format_date(monday), last=format_date(saturday)),
        ):
            return None
        suggested = Path.home() / f"bk-appointments-{monday.isoformat()}.ics"
        path = self._chooser.save_file(
            self,
            self.tr("Export Week to Calendar"),
            suggested,
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        language = self._language()
        count = self._ops.op(
            self,
            self.tr("The calendar was not written"),
            lambda: self._service().export_calendar(monday, saturday, language, path),
        ).result_or(None)
        if count is not None:
            self.conflict_label.setText(
                self.tr("{count} appointments written to {file}.").format(
                    count=count, file=path.name
                )
            )
        return count

    # -- the queue ---------------------------------------------------------------------
    def refresh_queue(self) -> None:
        found = self._ops.op(
            self, self.tr("The requests could not be read"), lambda: self._service().requests()
        ).result_or([])
        self._requests = list(found)
        self.queue.setRowCount(len(self._requests))
        for row, request in enumerate(self._requests):
            who = request.case_code or (_HIDDEN if self._privacy else request.name)
            for column, text in enumerate(
                (
                    format_date(request.received_on),
                    who,
                    name_of(request.channel),
                    name_of(request.urgency),
                )
            ):
                item = QTableWidgetItem(text)
                if column == 1 and request.reason and not self._privacy:
                    item.setToolTip(request.reason)
                self.queue.setItem(row, column, item)
        self._fill_clients(self.request_client, none_text=self.tr("— not a client yet —"))
        self.request_day.setDate(_qdate(self._today()))
        self._queue_selected()

    def _chosen_request(self) -> IntakeRequest | None:
        row = self.queue.currentRow()
        rows = self.queue.selectionModel().selectedRows()
        if not rows or not 0 <= row < len(self._requests):
            return None
        return self._requests[row]

    def _queue_selected(self) -> None:
        chosen = self._chosen_request() is not None
        for button in (self.schedule_button, self.open_case_button, self.close_request_button):
            button.setEnabled(chosen)

    def add_request(self) -> bool:
        client = self.request_client.currentData()
        request = IntakeRequest(
            received_on=py_date(self.request_day.date()),
            channel=IntakeChannel(self.request_channel.currentData()),
            urgency=IntakeUrgency(self.request_urgency.currentData()),
            reason=self.request_reason.text(),
            client_id=client,
            name="" if client is not None else self.request_name.text(),
        )
        added = (
            self._ops.op(self, "", lambda: self._service().add_request(request))
            .on_error(lambda error: self.queue_status.setText(user_text(error)))
            .result_or(None)
        )
        if added is None:
            return False
        self.request_name.clear()
        self.request_reason.clear()
        self.queue_status.setText("")
        self.refresh_queue()
        return True

    def schedule_chosen(self) -> None:
        request = self._chosen_request()
        if request is None or request.id is None:
            return
        self.start_new()
        self._scheduling = request.id
        if request.client_id is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(AppointmentKind.CLIENT))
            self.client_combo.setCurrentIndex(max(self.client_combo.findData(request.client_id), 0))
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(AppointmentKind.OTHER))
        self.save_button.setText(self.tr("Book for the Request"))
        self.form_status.setText(
            self.tr("Booking for the request of {day}: choose the day and time, then save.").format(
                day=format_date(request.received_on)
            )
        )
        set_tone(self.form_status, None)
        self.tabs.setCurrentIndex(0)

    def open_case_chosen(self) -> None:
        request = self._chosen_request()
        if request is None or request.id is None:
            return
        who = request.case_code or (_HIDDEN if self._privacy else request.name)
        if not self._prompter.confirm(
            self,
            self.tr("Open a case?"),
            self.tr("Open a case record for {who}? The request leaves the queue.").format(who=who),
        ):
            return
        request_id = request.id
        opened = self._ops.op(
            self,
            self.tr("The case was not opened"),
            lambda: self._service().open_case_from_request(request_id),
        ).result_or(None)
        if opened is not None and opened.client_id is not None:
            self.refresh_queue()
            self.queue_status.setText(
                self.tr("Case {code} opened: complete the profile in the caseload.").format(
                    code=opened.case_code or ""
                )
            )
            self.client_opened.emit(opened.client_id)

    def close_chosen(self) -> None:
        request = self._chosen_request()
        if request is None or request.id is None:
            return
        request_id, reason = request.id, self.close_reason.text()
        closed = (
            self._ops.op(self, "", lambda: self._service().close_request(request_id, reason))
            .on_error(lambda error: self.queue_status.setText(user_text(error)))
            .result_or(None)
        )
        if closed is not None:
            self.close_reason.clear()
            self.queue_status.setText("")
            self.refresh_queue()

    # -- privacy and lock --------------------------------------------------------------
    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        self.week.privacy = on
        self.week.update()
        self.refresh_queue()

    def wipe(self) -> None:
        """At lock: nothing of the vault stays on screen."""
        self._timer.stop()
        self.week.wipe()
        self._requests = []
        self.queue.setRowCount(0)
        for edit in (
            self.subject_edit,
            self.place_edit,
            self.purpose_edit,
            self.request_name,
            self.request_reason,
            self.close_reason,
        ):
            edit.clear()
        self.client_combo.clear()
        self.request_client.clear()
