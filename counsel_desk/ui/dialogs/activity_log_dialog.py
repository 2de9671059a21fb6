"""Reports → Activity Log…: work of the BK program that is not about one client (issue 17).

Classical guidance in a class, group guidance, parent meetings, staff consultations,
program evaluation, duties that are not counseling — each with its day, class, topic,
students present, length in lesson periods (JP) or minutes, and its BK service. The log
keeps no student's name: the vault checks the text before saving and says what to write
instead (``services/activities.py``). Nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.activities import (
    MAX_MINUTES,
    MAX_PERIODS,
    MAX_STUDENTS,
    Activity,
    suggested_service,
)
from counsel_desk.domain.bk_program import ProgramItem
from counsel_desk.domain.enums import ActivityKind, ServiceComponent, ServiceStrategy
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.activities import ActivityService
from counsel_desk.ui.labels import format_date, name_of
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.prompter import Prompter
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.record_table import record_table
from counsel_desk.ui.widgets.service_selector import ServiceSelector

_PERIODS, _MINUTES = "periods", "minutes"


class ActivityLogDialog(QDialog):
    def __init__(
        self,
        service: Callable[[], ActivityService],
        ops: Operations,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        planned: Callable[[], list[ProgramItem]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._planned = planned
        self._planned_items: dict[int, ProgramItem] = {}
        self._ops = ops
        self._prompter = prompter
        self._today = today
        self._activities: list[Activity] = []
        self._editing: int | None = None  # the id of the activity in the form
        self.setObjectName("activityLogDialog")
        self.setWindowTitle(self.tr("Activity Log"))

        intro = QLabel(
            self.tr(
                "Work of the BK program that is not about one student: classical guidance, "
                "group guidance, meetings, duties. The log keeps no names — write a case "
                "code if you must point at a student; a name from the vault is refused."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.table = record_table(
            self,
            "activityTable",
            [
                self.tr("Date"),
                self.tr("Activity"),
                self.tr("Class"),
                self.tr("Topic"),
                self.tr("Length"),
            ],
            stretch=3,
            name=self.tr("Activities"),
            description=self.tr(
                "Every activity of the log, oldest first. Choose one to change it."
            ),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty_label = QLabel(
            self.tr("No activities yet. Fill in the form and choose Add to Log."), self
        )
        self.empty_label.setObjectName("hint")

        # -- the form ----------------------------------------------------------------
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("activityKind")
        for kind in ActivityKind:
            self.kind_combo.addItem(name_of(kind), kind)
        self.kind_combo.setAccessibleName(self.tr("Kind of activity"))
        self.kind_combo.setAccessibleDescription(
            self.tr("Classical guidance, group guidance, a meeting, a duty …")
        )
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("activityDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date of the activity"))
        self.date_edit.setAccessibleDescription(
            self.tr("The day it took place, as year-month-day.")
        )
        self.class_edit = QLineEdit(self)
        self.class_edit.setObjectName("activityClass")
        self.class_edit.setPlaceholderText(self.tr("VIII-B, or empty"))
        self.class_edit.setAccessibleName(self.tr("Class"))
        self.class_edit.setAccessibleDescription(self.tr("The class it was given in, or empty."))
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("activityTopic")
        self.topic_edit.setPlaceholderText(self.tr("Study skills before the exams"))
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.setAccessibleDescription(
            self.tr("What it was about, in one line, without names.")
        )
        self.students_spin = QSpinBox(self)
        self.students_spin.setObjectName("activityStudents")
        self.students_spin.setRange(-1, MAX_STUDENTS)
        self.students_spin.setSpecialValueText(self.tr("—"))
        self.students_spin.setAccessibleName(self.tr("Students present"))
        self.students_spin.setAccessibleDescription(
            self.tr("How many students took part; — if it does not apply.")
        )
        self.length_spin = QSpinBox(self)
        self.length_spin.setObjectName("activityLength")
        self.length_spin.setRange(0, MAX_MINUTES)
        self.length_spin.setSpecialValueText(self.tr("—"))
        self.length_spin.setAccessibleName(self.tr("Length"))
        self.length_spin.setAccessibleDescription(
            self.tr("How long it took, in the unit beside it; — if not recorded.")
        )
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("activityLengthUnit")
        self.unit_combo.addItem(self.tr("lesson periods (JP)"), _PERIODS)
        self.unit_combo.addItem(self.tr("minutes"), _MINUTES)
        self.unit_combo.setAccessibleName(self.tr("Length counted in"))
        self.unit_combo.setAccessibleDescription(
            self.tr("Lesson periods (JP) for work in a class, or minutes.")
        )
        self.unit_combo.currentIndexChanged.connect(self._unit_chosen)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("activityNotes")
        self.notes_edit.setPlaceholderText(self.tr("How it went, what to do next (no names)"))
        self.notes_edit.setFixedHeight(64)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setAccessibleDescription(
            self.tr("How it went and what comes next; no names.")
        )
        self.rpl_combo = QComboBox(self)
        self.rpl_combo.setObjectName("activityRpl")
        self.rpl_combo.setAccessibleName(self.tr("Planned session this activity delivered"))
        self.rpl_combo.setAccessibleDescription(
            self.tr("A session of the BK program, with its RPL; — if it was not planned.")
        )
        self.rpl_combo.addItem(self.tr("—"), None)
        self.rpl_combo.currentIndexChanged.connect(self._rpl_chosen)
        self.selector = ServiceSelector(self, strategies=tuple(ServiceStrategy))
        self.selector.setObjectName("activityService")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("activityStatus")
        self.status_label.setWordWrap(True)
        set_tone(self.status_label, "error")

        length = QHBoxLayout()
        length.addWidget(self.length_spin)
        length.addWidget(self.unit_combo)
        length.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Activity:"), self.kind_combo)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Class:"), self.class_edit)
        form.addRow(self.tr("Topic:"), self.topic_edit)
        form.addRow(self.tr("Students:"), self.students_spin)
        form.addRow(self.tr("Length:"), length)
        form.addRow(self.tr("Service:"), self.selector)
        form.addRow(self.tr("Planned (RPL):"), self.rpl_combo)
        form.addRow(self.tr("Notes:"), self.notes_edit)

        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("activityNewButton")
        self.new_button.setAccessibleDescription(self.tr("Empties the form for a new activity."))
        self.new_button.clicked.connect(lambda *_: self.start_new())
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("activityDeleteButton")
        self.delete_button.setAccessibleDescription(
            self.tr("Deletes the activity chosen, after asking.")
        )
        self.delete_button.clicked.connect(lambda *_: self.delete_current())
        self.save_button = QPushButton(self.tr("Add to Log"), self)
        self.save_button.setObjectName("activitySaveButton")
        self.save_button.setAccessibleDescription(
            self.tr("Keeps the activity in the log; refused if it names someone.")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda *_: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        form_layout.addWidget(self.status_label)
        form_layout.addLayout(buttons)
        form_layout.addStretch(1)
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(list_box)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 640])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1180, 600)
        self.start_new()

    # -- the list ------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        if self._planned is not None:
            planned = self._ops.op(self, "", self._planned).result_or([])
            current = self.rpl_combo.currentData()
            self.rpl_combo.blockSignals(True)
            self.rpl_combo.clear()
            self.rpl_combo.addItem(self.tr("—"), None)
            self._planned_items = {i.id: i for i in planned if i.id is not None}
            for item in planned:
                self.rpl_combo.addItem(f"{item.month:%Y-%m} · {item.topic}", item.id)
            self.rpl_combo.setCurrentIndex(max(0, self.rpl_combo.findData(current)))
            self.rpl_combo.blockSignals(False)
        self._ops.op(
            self, self.tr("The activity log was not read"), self._service().activities
        ).on_success(lambda found: self._show(found, select)).run()

    def _show(self, activities: list[Activity], select: int | None) -> None:
        self._activities = activities
        self.table.blockSignals(True)
        self.table.setRowCount(len(activities))
        for row, activity in enumerate(activities):
            cells = (
                format_date(activity.date),
                name_of(activity.kind),
                activity.class_name or "",
                activity.topic,
                self._length_text(activity),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.empty_label.setVisible(not activities)
        if select is not None:
            for row, activity in enumerate(activities):
                if activity.id == select:
                    self.table.selectRow(row)

    def _length_text(self, activity: Activity) -> str:
        if activity.periods is not None:
            return self.tr("{count} JP").format(count=activity.periods)
        if activity.minutes is not None:
            return self.tr("{count} min").format(count=activity.minutes)
        return ""

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) == 1:
            self.load(self._activities[rows.pop()])

    # -- the form ------------------------------------------------------------------------
    def start_new(self) -> None:
        """An empty form for a new activity, today, classical guidance."""
        self.table.clearSelection()
        self.load(
            Activity(
                kind=ActivityKind.CLASSROOM_GUIDANCE, date=self._today(), topic="", periods=None
            )
        )

    def load(self, activity: Activity) -> None:
        self._editing = activity.id
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(activity.kind))
        self.kind_combo.blockSignals(False)
        day = activity.date
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.class_edit.setText(activity.class_name or "")
        self.topic_edit.setText(activity.topic)
        self.students_spin.setValue(
            activity.students_present if activity.students_present is not None else -1
        )
        minutes = activity.periods is None and activity.minutes is not None
        self.unit_combo.setCurrentIndex(1 if minutes else 0)
        self.length_spin.setValue(activity.minutes or 0 if minutes else activity.periods or 0)
        self.notes_edit.setPlainText(activity.notes)
        self.rpl_combo.blockSignals(True)
        found = self.rpl_combo.findData(activity.rpl) if activity.rpl is not None else 0
        if found < 0:  # planned in a program this list does not hold: kept as it is
            self.rpl_combo.addItem(self.tr("(a planned session)"), activity.rpl)
            found = self.rpl_combo.count() - 1
        self.rpl_combo.setCurrentIndex(found)
        self.rpl_combo.blockSignals(False)
        service = activity.service
        if service is None and activity.id is None:
            service = suggested_service(activity.kind)
        self.selector.set_service(service)
        self.selector.set_editable(
            ActivityKind(activity.kind) is not ActivityKind.NON_COUNSELING_DUTY
        )
        self.save_button.setText(
            self.tr("Add to Log") if activity.id is None else self.tr("Save Changes")
        )
        self.delete_button.setEnabled(activity.id is not None)
        self.status_label.clear()

    def activity(self) -> Activity:
        """The activity as the form shows it."""
        kind = ActivityKind(self.kind_combo.currentData())
        length = self.length_spin.value() or None
        periods = length if self.unit_combo.currentData() == _PERIODS else None
        students = self.students_spin.value()
        return Activity(
            id=self._editing,
            kind=kind,
            date=py_date(self.date_edit.date()),
            topic=self.topic_edit.text(),
            class_name=self.class_edit.text() or None,
            students_present=students if students >= 0 else None,
            periods=periods,
            minutes=None if periods is not None else length,
            notes=self.notes_edit.toPlainText(),
            service=None if kind is ActivityKind.NON_COUNSELING_DUTY else self.selector.service(),
            rpl=self.rpl_combo.currentData(),
        )

    def _rpl_chosen(self) -> None:
        """A planned session chosen for a new entry: what it planned fills what is not
        typed yet — the topic, its length in JP and its service."""
        item = self._planned_items.get(self.rpl_combo.currentData())
        if item is None or self._editing is not None:
            return
        if not self.topic_edit.text().strip():
            self.topic_edit.setText(item.topic)
        if not self.length_spin.value():
            self.unit_combo.setCurrentIndex(0)
            self.length_spin.setValue(item.periods)
        self.selector.set_service(
            ServiceClass(ServiceComponent.BASIC, ServiceStrategy(item.strategy), (item.field,))
        )

    def _kind_chosen(self) -> None:
        kind = ActivityKind(self.kind_combo.currentData())
        duty = kind is ActivityKind.NON_COUNSELING_DUTY
        if self._editing is None or duty:
            self.selector.set_service(None if duty else suggested_service(kind))
        self.selector.set_editable(not duty)

    def _unit_chosen(self) -> None:
        limit = MAX_PERIODS if self.unit_combo.currentData() == _PERIODS else MAX_MINUTES
        self.length_spin.setMaximum(limit)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        activity = self.activity()
        return (
            self._ops.op(
                self, self.tr("The activity was not saved"), lambda: self._service().save(activity)
            )
            .disabling(self.save_button)
            .on_error(self._refused)
            .on_success(self._saved)
            .run()
        )

    def _saved(self, activity: Activity) -> None:
        self.refresh(select=activity.id)
        self.load(activity)
        self.status_label.clear()

    def _refused(self, error: CounselDeskError) -> None:
        self.status_label.setText(user_text(error))

    def delete_current(self) -> bool:
        if self._editing is None:
            return False
        activity_id = self._editing
        if not self._prompter.confirm(
            self,
            self.tr("Delete Activity"),
            self.tr("Delete this activity from the log? The audit log keeps that it was deleted."),
        ):
            return False
        return (
            self._ops.op(
                self,
                self.tr("The activity was not deleted"),
                lambda: self._service().delete(activity_id),
            )
            .on_error(self._refused)
            .on_success(lambda _: self._deleted())
            .run()
        )

    def _deleted(self) -> None:
        self.refresh()
        self.start_new()
