"""Dialogs of the Plan tab: writing a support plan (a new version each time) and setting
a follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.plans import SCALES, Goal, GoalStatus, Objective, SupportPlan, new_key
from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.date_edit import OptionalDateEdit

GOAL_STATUS_LABELS = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("PlanDialogs", "Working on it"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("PlanDialogs", "Achieved"),
    GoalStatus.DISCONTINUED: QT_TRANSLATE_NOOP("PlanDialogs", "Discontinued"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def goal_status_label(status: GoalStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PlanDialogs", GOAL_STATUS_LABELS[GoalStatus(status)])


class GoalEditor(QGroupBox):
    """One goal: its text, status, dates, measurable objectives and interventions."""

    remove_requested = Signal(object)

    def __init__(self, number: int, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalEditor")
        self.key = goal.key
        self.setTitle(self.tr("Goal {number}").format(number=number))
        self.text_edit = QLineEdit(goal.text, self)
        self.text_edit.setObjectName("goal_text")
        self.text_edit.setPlaceholderText(self.tr("What the client wants to achieve"))
        # Named here, not from the form's labels: a goal added later is named too.
        self.text_edit.setAccessibleName(self.tr("Goal"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("goal_status")
        for status in GoalStatus:
            self.status_combo.addItem(goal_status_label(status), status)
        self.status_combo.setAccessibleName(self.tr("Goal status"))
        self.status_combo.setAccessibleDescription(
            self.tr("How far the goal has come: still worked on, reached, or set aside.")
        )
        self.status_combo.setCurrentIndex(self.status_combo.findData(GoalStatus(goal.status)))
        self.target_edit = OptionalDateEdit(self)
        self.target_edit.setObjectName("goal_target_date")
        self.target_edit.set_value(goal.target_date)
        self.review_edit = OptionalDateEdit(self)
        self.review_edit.setObjectName("goal_review_date")
        self.review_edit.set_value(goal.review_date)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("Target date:"), self))
        dates.addWidget(self.target_edit)
        dates.addSpacing(12)
        dates.addWidget(QLabel(self.tr("Review date:"), self))
        dates.addWidget(self.review_edit)

        self.objectives = QTableWidget(0, 3, self)
        self.objectives.setObjectName("goal_objectives")
        self.objectives.setHorizontalHeaderLabels(
            [self.tr("Measurable objective"), self.tr("Scale"), self.tr("Target")]
        )
        self.objectives.verticalHeader().setVisible(False)
        self.objectives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.objectives.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.objectives.setMinimumHeight(110)
        self.objectives.setAccessibleName(self.tr("Objectives"))
        self.objectives.setAccessibleDescription(
            self.tr(
                "One measurable objective a row: what, the scale it is rated on, and the "
                "rating that means it is met. Type to change the objective chosen."
            )
        )
        for objective in goal.objectives:
            self.add_objective(objective)
        add = QPushButton(self.tr("Add Objective"), self)
        add.setObjectName("addObjectiveButton")
        add.setAccessibleDescription(self.tr("Adds a row for one more objective of this goal."))
        remove = QPushButton(self.tr("Remove Objective"), self)
        remove.setAccessibleDescription(self.tr("Removes the objective chosen in the table."))
        add.clicked.connect(lambda *_: self.add_objective())
        remove.clicked.connect(lambda *_: self._remove_objective())
        remove_goal = QPushButton(self.tr("Remove Goal"), self)
        remove_goal.setAccessibleDescription(
            self.tr("Takes this goal out of the new version; earlier versions keep it.")
        )
        remove_goal.clicked.connect(lambda *_: self.remove_requested.emit(self))
        objective_buttons = QHBoxLayout()
        objective_buttons.addWidget(add)
        objective_buttons.addWidget(remove)
        objective_buttons.addStretch(1)
        objective_buttons.addWidget(remove_goal)

        self.interventions_edit = QPlainTextEdit("\n".join(goal.interventions), self)
        self.interventions_edit.setObjectName("goal_interventions")
        self.interventions_edit.setPlaceholderText(
            self.tr("One intervention per line, e.g. weekly check-in, study-skills group")
        )
        self.interventions_edit.setFixedHeight(64)
        self.interventions_edit.setAccessibleName(self.tr("Interventions"))
        self.interventions_edit.setAccessibleDescription(
            self.tr("What you will do towards the goal, one intervention a line.")
        )

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Goal:"), self.text_edit)
        form.addRow("", dates)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Objectives:"), self.objectives)
        form.addRow("", objective_buttons)
        form.addRow(self.tr("Interventions:"), self.interventions_edit)

    def add_objective(self, objective: Objective | None = None) -> int:
        objective = objective or Objective("", 4, None, new_key("o"))
        row = self.objectives.rowCount()
        self.objectives.insertRow(row)
        item = QTableWidgetItem(objective.text)
        item.setData(KEY_ROLE, objective.key)
        self.objectives.setItem(row, 0, item)
        scale = QComboBox(self.objectives)
        for value in SCALES:
            scale.addItem(f"0–{value}", value)
        scale.setCurrentIndex(max(0, scale.findData(objective.scale_max)))
        scale.setAccessibleName(self.tr("Scale"))
        scale.setAccessibleDescription(
            self.tr("The objective is rated from 0 to this number in each session note.")
        )
        self.objectives.setCellWidget(row, 1, scale)
        target = QSpinBox(self.objectives)
        target.setRange(-1, 10)
        target.setSpecialValueText("—")
        target.setValue(-1 if objective.target is None else objective.target)
        target.setAccessibleName(self.tr("Target"))
        target.setAccessibleDescription(
            self.tr("The rating that means the objective is met; a dash for none.")
        )
        self.objectives.setCellWidget(row, 2, target)
        return row

    def _remove_objective(self) -> None:
        row = self.objectives.currentRow()
        if row >= 0:
            self.objectives.removeRow(row)

    def goal(self) -> Goal:
        objectives = []
        for row in range(self.objectives.rowCount()):
            item = self.objectives.item(row, 0)
            scale = self.objectives.cellWidget(row, 1)
            target = self.objectives.cellWidget(row, 2)
            assert isinstance(scale, QComboBox) and isinstance(target, QSpinBox)
            text = item.text().strip() if item is not None else ""
            key = (item.data(KEY_ROLE) if item is not None else None) or new_key("o")
            if not text:
                continue
            objectives.append(
                Objective(
                    text,
                    int(scale.currentData()),
                    None if target.value() < 0 else target.value(),
                    str(key),
                )
            )
        return Goal(
            key=self.key,
            text=self.text_edit.text().strip(),
            objectives=objectives,
            interventions=[
                line.strip()
                for line in self.interventions_edit.toPlainText().splitlines()
                if line.strip()
            ],
            target_date=self.target_edit.value(),
            review_date=self.review_edit.value(),
            status=GoalStatus(self.status_combo.currentData()),
        )


class PlanEditorDialog(QDialog):
    """Writes the next version of a plan; the earlier ones are kept as they were."""

    submitted = Signal()

    def __init__(
        self, plan: SupportPlan | None, parent: QWidget | None = None, *, today: dt.date
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planEditorDialog")
        revising = plan is not None and plan.version > 0
        self.setWindowTitle(
            self.tr("Revise Support Plan") if revising else self.tr("New Support Plan")
        )
        self.resize(780, 640)
        self._today = today
        intro = QLabel(
            self.tr(
                "Saving makes version {version}. Earlier versions stay readable and are "
                "never changed."
            ).format(version=(plan.version if plan else 0) + 1),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.goals_box = QWidget(self)
        self.goals_layout = QVBoxLayout(self.goals_box)
        self.goals_layout.setContentsMargins(0, 0, 0, 0)
        self.goals_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.goals_box)
        self.add_goal_button = QPushButton(self.tr("Add Goal"), self)
        self.add_goal_button.setObjectName("addGoalButton")
        self.add_goal_button.setAccessibleDescription(
            self.tr("Adds one more goal, with a row for its first objective.")
        )
        self.add_goal_button.clicked.connect(lambda *_: self.add_goal())
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("plan_reason")
        self.reason_edit.setPlaceholderText(
            self.tr("Why the plan changes (e.g. review with the client and guardian)")
        )
        self.reason_edit.setVisible(revising)
        reason_label = QLabel(self.tr("Reason for revision:"), self)
        reason_label.setVisible(revising)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason_edit, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Saves the plan as a new version; earlier versions are never changed.")
        )
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_goal_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addLayout(reason_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.goal_editors: list[GoalEditor] = []
        for goal in plan.goals if plan else []:
            self.add_goal(goal)
        if not self.goal_editors:
            self.add_goal()

    def add_goal(self, goal: Goal | None = None) -> GoalEditor:
        if goal is None:
            goal = Goal("", review_date=self._today + dt.timedelta(days=42))
        editor = GoalEditor(len(self.goal_editors) + 1, goal, self.goals_box)
        if not goal.objectives:
            editor.add_objective()
        editor.remove_requested.connect(self._remove_goal)
        self.goals_layout.insertWidget(self.goals_layout.count() - 1, editor)
        self.goal_editors.append(editor)
        return editor

    def _remove_goal(self, editor: GoalEditor) -> None:
        if editor in self.goal_editors:
            self.goal_editors.remove(editor)
            editor.deleteLater()
            for n, other in enumerate(self.goal_editors, start=1):
                other.setTitle(self.tr("Goal {number}").format(number=n))

    def plan(self) -> SupportPlan:
        return SupportPlan(goals=[e.goal() for e in self.goal_editors])

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def show_errors(self, lines: list[str]) -> None:
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))


class FollowUpDialog(QDialog):
    """A follow-up for the open client: a day and what to do."""

    def __init__(self, parent: QWidget | None = None, *, today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Add Follow-up"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("follow_up_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleDescription(
            self.tr("The day it should be done by, as year-month-day; Alt+Down opens a calendar.")
        )
        due = today + dt.timedelta(days=7)
        self.date_edit.setDate(QDate(due.year, due.month, due.day))
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("follow_up_text")
        self.text_edit.setPlaceholderText(self.tr("e.g. Call the guardian about the school visit"))
        self.text_edit.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(self.tr("By:"), self.date_edit)
        form.addRow(self.tr("What:"), self.text_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleDescription(self.tr("Adds the follow-up; it appears on Today when due."))
        ok.setEnabled(False)
        self.text_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[dt.date, str]:
        return py_date(self.date_edit.date()), self.text_edit.text().strip()
