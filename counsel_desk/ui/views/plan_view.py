"""The Plan tab of a client's profile: the support plan (every version readable), the
progress on each objective over the sessions, the measures, and follow-ups.

Reading and writing go through :class:`~counsel_desk.services.plans.PlanService` and
:class:`~counsel_desk.services.reminders.ReminderService`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.model import Client
from counsel_desk.domain.plans import MOOD, MOOD_MAX, GoalStatus, SupportPlan
from counsel_desk.domain.reminders import FollowUp
from counsel_desk.domain.validation import ValidationError, errors
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.plans import PlanRecord, PlanService
from counsel_desk.services.reminders import ReminderService
from counsel_desk.ui.dialogs.closing import close_at_lock
from counsel_desk.ui.dialogs.plan_dialogs import FollowUpDialog, PlanEditorDialog, goal_status_label
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.tasks import SyncRunner
from counsel_desk.ui.theme import tone
from counsel_desk.ui.translate import error_text, translate
from counsel_desk.ui.widgets.charts import LineChart, with_table
from counsel_desk.ui.widgets.progress_entry import ProgressEntry

_E = html.escape
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


def render_plan_html(plan: SupportPlan, record: PlanRecord | None, *, current: bool) -> str:
    """One version of the plan, escaped, with the latest rating of each objective."""
    progress = record.progress() if record is not None else {}
    head = QCoreApplication.translate("PlanView", "Version {version}").format(version=plan.version)
    if plan.created_at is not None:
        head += " · " + QCoreApplication.translate("PlanView", "written {day}").format(
            day=format_date(plan.created_at.date())
        )
    head += " · " + (
        QCoreApplication.translate("PlanView", "current")
        if current
        else QCoreApplication.translate("PlanView", "earlier version, read-only")
    )
    muted = tone("muted").name()
    parts = [f"<p style='color:{muted}'>{_E(head)}</p>"]
    if plan.reason:
        parts.append(
            f"<p><i>{_E(_tr('Revised because: {reason}').format(reason=plan.reason))}</i></p>"
        )
    for n, goal in enumerate(plan.goals, start=1):
        status = goal_status_label(goal.status)
        colour = tone(
            {"active": "navy", "achieved": "success", "discontinued": "muted"}[
                GoalStatus(goal.status).value
            ]
        ).name()
        parts.append(
            f"<h3 style='margin-bottom:2px'>{_E(_tr('Goal {n}').format(n=n))}: {_E(goal.text)} "
            f"<span style='color:{colour}; font-size:small'>({_E(status)})</span></h3>"
        )
        dates = []
        if goal.target_date:
            dates.append(
                QCoreApplication.translate("PlanView", "Target {day}").format(
                    day=format_date(goal.target_date)
                )
            )
        if goal.review_date:
            dates.append(
                QCoreApplication.translate("PlanView", "Review {day}").format(
                    day=format_date(goal.review_date)
                )
            )
        if dates:
            parts.append(f"<p style='color:{muted}; margin-top:0'>{_E(' · '.join(dates))}</p>")
        items = []
        for objective in goal.objectives:
            points = progress.get(objective.key, [])
            bits = []
            if points:
                day, score, scale = points[-1]
                bits.append(
                    QCoreApplication.translate("PlanView", "latest {score}/{max} on {day}").format(
                        score=score, max=scale, day=format_date(day)
                    )
                )
            else:
                bits.append(QCoreApplication.translate("PlanView", "not rated yet"))
            if objective.target is not None:
                bits.append(
                    QCoreApplication.translate("PlanView", "target {target}/{max}").format(
                        target=objective.target, max=objective.scale_max
                    )
                )
            items.append(
                f"<li>{_E(objective.text)} <span style='color:{muted}'>— {_E('; '.join(bits))}"
                "</span></li>"
            )
        parts.append(f"<p style='margin-bottom:0'><b>{_E(_tr('Objectives'))}</b></p>")
        parts.append(f"<ul style='margin-top:0'>{''.join(items)}</ul>")
        if goal.interventions:
            parts.append(
                f"<p><b>{_E(_tr('Interventions'))}</b>: {_E('; '.join(goal.interventions))}</p>"
            )
    return "".join(parts)


class PlanView(QWidget):
    plan_changed = Signal()  # a version was saved or a follow-up changed
    message = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._plans: Callable[[], PlanService] | None = None
        self._reminders: Callable[[], ReminderService] | None = None
        self._progress_box: ProgressEntry | None = None
        self._client: Client | None = None
        self._record: PlanRecord | None = None
        self._error_handler: Callable[[str, str], None] | None = None
        self._ops = Operations(SyncRunner(), None)  # errors: _error (handler or message)
        self.active_dialog: PlanEditorDialog | FollowUpDialog | None = None

        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("planVersions")
        self.version_combo.setAccessibleName(self.tr("Plan version"))
        self.version_combo.setAccessibleDescription(
            self.tr("Which version of the support plan is shown; the newest comes first.")
        )
        self.version_combo.setMinimumWidth(240)
        self.edit_button = QPushButton(self.tr("New Plan…"), self)
        self.edit_button.setObjectName("revisePlanButton")
        self.edit_button.setAccessibleDescription(
            self.tr(
                "Writes a new version of the support plan: goals, objectives, "
                "interventions and dates. Earlier versions are kept."
            )
        )
        self.follow_up_button = QPushButton(self.tr("Add Follow-up…"), self)
        self.follow_up_button.setObjectName("addFollowUpButton")
        self.follow_up_button.setAccessibleDescription(
            self.tr("Adds something to do for this client by a date; it appears on Today.")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan:"), self))
        top.addWidget(self.version_combo)
        top.addStretch(1)
        top.addWidget(self.follow_up_button)
        top.addWidget(self.edit_button)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("planBrowser")
        self.browser.setAccessibleName(self.tr("Support plan"))
        self.browser.setAccessibleDescription(
            self.tr("The plan version chosen: its goals, objectives and dates.")
        )
        self.browser.setOpenLinks(False)
        self.empty_text = self.tr(
            "No support plan yet. A plan sets goals, each with measurable objectives, the "
            "interventions chosen, a target date and a review date; progress on each "
            "objective is rated in the session notes."
        )

        self.progress_chart = LineChart(self)
        self.progress_chart.setObjectName("progressChart")
        self.progress_chart.setAccessibleName(self.tr("Progress chart"))
        self.measures_chart = LineChart(self)
        self.measures_chart.setObjectName("measuresChart")
        self.measures_chart.setAccessibleName(self.tr("Mood chart"))
        self.questionnaire_chart = LineChart(self)
        self.questionnaire_chart.setObjectName("questionnaireChart")
        self.questionnaire_chart.setAccessibleName(self.tr("Questionnaires chart"))
        self.chart_tabs = QTabWidget(self)
        self.chart_tabs.setDocumentMode(True)
        index = self.chart_tabs.addTab(with_table(self.progress_chart), self.tr("Progress"))
        self.chart_tabs.setTabToolTip(
            index, self.tr("The rating of each objective, session by session")
        )
        index = self.chart_tabs.addTab(with_table(self.measures_chart), self.tr("Mood"))
        self.chart_tabs.setTabToolTip(index, self.tr("The client's mood, session by session"))
        index = self.chart_tabs.addTab(
            with_table(self.questionnaire_chart), self.tr("Questionnaires")
        )
        self.chart_tabs.setTabToolTip(index, self.tr("Questionnaire totals, session by session"))

        self.follow_up_model = QStandardItemModel(self)
        self.follow_up_list = QListView(self)
        self.follow_up_list.setObjectName("followUps")
        self.follow_up_list.setAccessibleName(self.tr("Follow-ups"))
        self.follow_up_list.setAccessibleDescription(
            self.tr("What is still to do for this client, by date.")
        )
        self.follow_up_list.setModel(self.follow_up_model)
        self.follow_up_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_up_list.setMaximumHeight(56)
        self.done_button = QPushButton(self.tr("Mark Done"), self)
        self.done_button.setObjectName("followUpDoneButton")
        self.done_button.setAccessibleDescription(self.tr("Marks the follow-up chosen as done."))
        follow = QHBoxLayout()
        follow_label = QLabel(self.tr("Follow-ups:"), self)
        follow_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        follow.addWidget(follow_label)
        follow.addWidget(self.follow_up_list, 1)
        follow.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.browser)
        splitter.addWidget(self.chart_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(follow)

        self.version_combo.currentIndexChanged.connect(lambda *_: self._show_version())
        self.edit_button.clicked.connect(lambda *_: self.open_editor())
        self.follow_up_button.clicked.connect(lambda *_: self.open_follow_up_dialog())
        self.done_button.clicked.connect(lambda *_: self.complete_selected_follow_up())
        self.clear()

    # -- wiring -----------------------------------------------------------------------
    def set_services(
        self,
        plans: Callable[[], PlanService] | None,
        reminders: Callable[[], ReminderService] | None,
    ) -> None:
        self._plans = plans
        self._reminders = reminders

    def attach_progress(self, box: ProgressEntry) -> None:
        """The note editor's ratings box, refreshed when a new version is saved."""
        self._progress_box = box

    def set_error_handler(self, handler: Callable[[str, str], None]) -> None:
        self._error_handler = handler

    def _error(self, title: str, error: CounselDeskError) -> None:
        text = error_text(error)
        if isinstance(error, ValidationError):
            text = "\n".join(translate(i.message) for i in error.issues)
        if self._error_handler is not None:
            self._error_handler(title, text)
        else:
            self.message.emit(text)

    # -- showing ----------------------------------------------------------------------
    @property
    def record(self) -> PlanRecord | None:
        return self._record

    def show_client(self, client: Client) -> None:
        self._client = client
        self.reload()

    def clear(self) -> None:
        close_at_lock(self.active_dialog)  # the plan editor or a follow-up being typed
        self.active_dialog = None
        self._client = None
        self._record = None
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        self.version_combo.blockSignals(False)
        self.browser.clear()
        self.progress_chart.clear()
        self.measures_chart.clear()
        self.questionnaire_chart.clear()
        self.follow_up_model.clear()
        self.edit_button.setEnabled(False)
        self.follow_up_button.setEnabled(False)
        self.done_button.setEnabled(False)

    def reload(self) -> None:
        client = self._client
        if client is None or client.id is None or self._plans is None:
            client_keep = client
            self.clear()
            self._client = client_keep
            return
        client_id, plans, reminders = client.id, self._plans, self._reminders
        title = self.tr("Could not read the plan")
        read = (
            self._ops.op(
                self,
                title,
                lambda: (
                    plans().record(client_id),
                    reminders().follow_ups(client_id) if reminders is not None else [],
                ),
            )
            .on_error(lambda error: self._error(title, error))
            .result_or(None)
        )
        if read is None:
            return
        record, follow_ups = read
        self._record = record
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for plan in reversed(record.versions):
            label = self.tr("Version {version} · {day}").format(
                version=plan.version,
                day=format_date(plan.created_at.date()) if plan.created_at else "",
            )
            if plan is record.current:
                label += " " + self.tr("(current)")
            self.version_combo.addItem(label, plan.version)
        self.version_combo.setCurrentIndex(0)
        self.version_combo.blockSignals(False)
        self.version_combo.setEnabled(bool(record.versions))
        self.edit_button.setText(
            self.tr("Revise Plan…") if record.current is not None else self.tr("New Plan…")
        )
        self.edit_button.setEnabled(True)
        self.follow_up_button.setEnabled(True)
        self._show_version()
        self._show_charts()
        self._show_follow_ups(follow_ups)

    def selected_version(self) -> SupportPlan | None:
        if self._record is None:
            return None
        version = self.version_combo.currentData()
        return next((p for p in self._record.versions if p.version == version), None)

    def redraw(self) -> None:
        """After a change of theme: the plan version shown is drawn in its colours."""
        if self._client is not None:
            self._show_version()

    def _show_version(self) -> None:
        plan = self.selected_version()
        if plan is None or self._record is None:
            muted = tone("muted").name()
            self.browser.setHtml(f"<p style='color:{muted}'>{_E(self.empty_text)}</p>")
            return
        self.browser.setHtml(
            render_plan_html(plan, self._record, current=plan is self._record.current)
        )
        self._show_charts()

    def _show_charts(self) -> None:
        record = self._record
        plan = self.selected_version() or (record.current if record else None)
        if record is None:
            return
        progress = record.progress()
        lines: dict[str, list[tuple[dt.date, float]]] = {}
        scales = set()
        if plan is not None:
            for _goal, objective in plan.objectives():
                points = progress.get(objective.key, [])
                if points:
                    lines[objective.text] = [(d, float(s)) for d, s, _ in points]
                    scales |= {scale for _, _, scale in points}
        if len(scales) > 1:  # mixed 0–4 and 0–10: show each as a share of its scale
            lines = {}
            for _goal, objective in plan.objectives() if plan else []:
                points = progress.get(objective.key, [])
                if points:
                    lines[objective.text] = [(d, 100.0 * s / m) for d, s, m in points]
            self.progress_chart.set_lines(
                lines, y_max=100, title=self.tr("Progress on each objective"), y_title="%"
            )
        else:
            self.progress_chart.set_lines(
                lines,
                y_max=float(max(scales or {4})),
                title=self.tr("Progress on each objective"),
            )
        measures = record.measure_lines()
        mood = measures.get(MOOD, [])
        self.measures_chart.set_lines(
            {self.tr("Mood"): [(d, float(v)) for d, v in mood]} if mood else {},
            y_max=MOOD_MAX,
            title=self.tr("Mood (0–10)"),
        )
        others = {k: [(d, float(v)) for d, v in pts] for k, pts in measures.items() if k != MOOD}
        top = max([v for pts in others.values() for _, v in pts] or [10.0])
        self.questionnaire_chart.set_lines(
            others, y_max=float(max(10, int(top * 1.15) + 1)), title=self.tr("Questionnaire totals")
        )

    def _show_follow_ups(self, follow_ups: list[FollowUp]) -> None:
        self.follow_up_model.clear()
        today = self._today()
        for f in follow_ups:
            item = QStandardItem(f"{format_date(f.due_on)} — {f.text}")
            item.setData(f.id, FOLLOW_UP_ROLE)
            if f.due_on < today:
                item.setForeground(tone("error"))
            self.follow_up_model.appendRow(item)
        self.done_button.setEnabled(bool(follow_ups))

    # -- editing ------------------------------------------------------------------------
    def open_editor(self) -> PlanEditorDialog | None:
        if self._client is None or self._client.id is None or self._plans is None:
            return None
        current = self._record.current if self._record else None
        from counsel_desk.domain.plans import revise

        base = revise(current) if current is not None else None
        if base is not None and current is not None:
            base.version = current.version
        dialog = PlanEditorDialog(base, self, today=self._today())
        dialog.submitted.connect(lambda: self._save_from(dialog))
        dialog.finished.connect(lambda *_: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _save_from(self, dialog: PlanEditorDialog) -> bool:
        client = self._client
        if client is None or client.id is None or self._plans is None:
            return False
        client_id, plans = client.id, self._plans
        result = (
            self._ops.op(
                self,
                "",
                lambda: plans().save_version(client_id, dialog.plan(), dialog.reason()),
            )
            .handle(
                ValidationError,
                lambda error: dialog.show_errors(
                    [translate(i.message) for i in errors(error.issues)]
                ),
            )
            .on_error(lambda error: dialog.show_errors([error_text(error)]))
            .result_or(None)
        )
        if result is None:
            return False
        saved, _warnings = result
        dialog.accept()
        self.reload()
        if self._progress_box is not None:
            self._progress_box.set_client(client.id)
        self.message.emit(
            self.tr("Support plan version {version} saved.").format(version=saved.version)
        )
        self.plan_changed.emit()
        return True

    def open_follow_up_dialog(self) -> FollowUpDialog | None:
        if self._client is None or self._client.id is None or self._reminders is None:
            return None
        dialog = FollowUpDialog(self, today=self._today())
        dialog.accepted.connect(lambda: self.add_follow_up(*dialog.values()))
        dialog.finished.connect(lambda *_: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def add_follow_up(self, due_on: dt.date, text: str) -> bool:
        client = self._client
        if client is None or client.id is None or self._reminders is None:
            return False
        client_id = client.id
        reminders = self._reminders
        return self._change(
            self.tr("The follow-up was not added"),
            lambda: reminders().add_follow_up(client_id, due_on, text),
        )

    def _change(self, title: str, work: Callable[[], object]) -> bool:
        """Change a plan or follow-up; then reload and tell the window (``plan_changed``)."""

        def changed(_: object) -> None:
            self.reload()
            self.plan_changed.emit()

        return (
            self._ops.op(self, title, work)
            .on_error(lambda error: self._error(title, error))
            .on_success(changed)
            .run()
        )

    def complete_selected_follow_up(self) -> bool:
        index = self.follow_up_list.currentIndex()
        if not index.isValid():
            index = self.follow_up_model.index(0, 0)
        follow_up_id = index.data(FOLLOW_UP_ROLE) if index.isValid() else None
        if follow_up_id is None or self._reminders is None:
            return False
        reminders = self._reminders
        return self._change(
            self.tr("The follow-up was not completed"),
            lambda: reminders().complete_follow_up(int(follow_up_id)),
        )
