"""Vault → New School Year…: every class moves up, the last class graduates (issue 20,
item 2).

She picks the school year to start and the school's last class (guessed from the classes
in the caseload); the preview lists every active client with her class now and what
happens to it — moves up, graduates and her case closes, or is kept as it is and why.
Nothing changes until Start School Year, and then all of it at once: if the caseload
changed meanwhile the vault refuses and she looks again. Names are shown as the caseload
shows them (case codes in privacy mode). Nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.school_year import HIGHEST_LEVEL, Rollover, Step, class_label, kept_reason
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.school_year import (
    SchoolYearChangedError,
    SchoolYearService,
    SchoolYearState,
)
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import translate
from counsel_desk.ui.widgets.record_table import record_table


class SchoolYearDialog(QDialog):
    started = Signal()

    def __init__(
        self,
        service: Callable[[], SchoolYearService],
        names: Callable[[], dict[int, str]],
        ops: Operations,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._names = names
        self._ops = ops
        self._plan: Rollover | None = None
        self._shown_names: dict[int, str] = {}
        self.setObjectName("schoolYearDialog")
        self.setWindowTitle(self.tr("New School Year"))

        intro = QLabel(
            self.tr(
                "At the start of a school year every class moves up: VII-B becomes VIII-B, "
                "X IPA 1 becomes XI IPA 1. Students in the school's last class graduate and "
                "their cases close, so their retention period starts. A school's last class "
                "is read from its name (SMP, MTs: IX; SMA, SMK, MA: XII) or from the class "
                "(Year 13, Grade 12); choose it below for the others. Closed cases keep "
                "their class. Nothing changes until you start the year."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("schoolYearCombo")
        self.year_combo.setAccessibleName(self.tr("School year to start"))
        self.year_combo.setAccessibleDescription(
            self.tr("The school year now running or the next one, if not started yet")
        )
        self.last_combo = QComboBox(self)
        self.last_combo.setObjectName("lastClassCombo")
        self.last_combo.setAccessibleName(self.tr("The school's last class"))
        self.last_combo.setAccessibleDescription(
            self.tr("Students in this class graduate: IX at an SMP, XII at an SMA or SMK")
        )
        for level in range(1, HIGHEST_LEVEL + 1):
            self.last_combo.addItem(class_label(level), level)
        self.graduation_label = QLabel(self)
        self.graduation_label.setObjectName("graduationDay")
        form = QFormLayout()
        form.addRow(self.tr("School year to start:"), self.year_combo)
        form.addRow(self.tr("Otherwise the last class is:"), self.last_combo)
        form.addRow(self.tr("Leavers graduate on:"), self.graduation_label)

        self.table = record_table(
            self,
            "schoolYearPreview",
            [self.tr("Case code"), self.tr("Client"), self.tr("Class now"), self.tr("Then")],
            stretch=3,
            name=self.tr("What the new school year changes"),
            description=self.tr("Every active client, her class now and what happens to it."),
        )
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("schoolYearCounts")
        self.counts_label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = QPushButton(self.tr("Start School Year"), self)
        self.start_button.setObjectName("startSchoolYearButton")
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)  # until a preview shows what it does
        self.start_button.setAccessibleDescription(
            self.tr("Moves every class up and closes the leavers' cases, all at once")
        )
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(buttons)
        self.resize(760, 560)

        self.year_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.last_combo.currentIndexChanged.connect(lambda *_: self.refresh())

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        """The years she may start and the guessed last class, then the preview."""
        loaded = self._ops.op(
            self,
            self.tr("The new school year could not be prepared"),
            lambda: (self._service().state(self._today()), self._service().guessed_last_level()),
        ).result_or(None)
        if loaded is None:
            self.start_button.setEnabled(False)
            return
        state, last = loaded
        self._shown_names = self._names()
        self._fill_years(state)
        self.last_combo.blockSignals(True)
        self.last_combo.setCurrentIndex(last - 1)
        self.last_combo.blockSignals(False)
        self.refresh()

    def _fill_years(self, state: SchoolYearState) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in state.choices:
            self.year_combo.addItem(f"{year}/{year + 1}", year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(state.next_year)))
        self.year_combo.blockSignals(False)
        if not state.choices:
            assert state.last_started is not None
            self.counts_label.setText(
                self.tr(
                    "The school year {year} has been started already. The next one can be "
                    "started when it is near."
                ).format(year=f"{state.last_started}/{state.last_started + 1}")
            )

    def refresh(self) -> None:
        year = self.year_combo.currentData()
        last = self.last_combo.currentData()
        if year is None or last is None:
            return
        self._plan = None
        self.table.setRowCount(0)
        self.start_button.setEnabled(False)
        self.graduation_label.clear()
        self.counts_label.clear()
        plan = (
            self._ops.op(
                self,
                self.tr("The new school year could not be prepared"),
                lambda: self._service().preview(int(year), int(last), today=self._today()),
            )
            .on_error(self._refused)
            .result_or(None)
        )
        if plan is not None:
            self._show(plan)

    def _refused(self, error: CounselDeskError) -> None:
        self.counts_label.setText(user_text(error))
        set_tone(self.counts_label, "warning")

    def _show(self, plan: Rollover) -> None:
        self._plan = plan
        self.graduation_label.setText(format_date(plan.graduation_day))
        self.table.setRowCount(len(plan.changes))
        for row, change in enumerate(plan.changes):
            student = change.student
            if change.step is Step.MOVES_UP:
                then = self.tr("moves up to {grade}").format(grade=change.new_grade)
            elif change.step is Step.GRADUATES:
                then = self.tr("graduates; the case closes on {day}").format(
                    day=format_date(change.closed_on)
                )
            else:
                assert change.kept_because is not None
                then = translate(kept_reason(change.kept_because))
            cells = (
                student.code,
                self._shown_names.get(student.id, student.code),
                student.grade or "—",
                then,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        moved = len(plan.of(Step.MOVES_UP))
        graduated = len(plan.of(Step.GRADUATES))
        kept = len(plan.of(Step.KEPT))
        if not plan.changes:
            self.counts_label.setText(
                self.tr("No active client: the year is only marked as started.")
            )
        else:
            self.counts_label.setText(
                self.tr(
                    "{moved} move up · {graduated} graduate and their cases close · {kept} kept"
                )
                .replace("{moved}", str(moved))
                .replace("{graduated}", str(graduated))
                .replace("{kept}", str(kept))
            )
        set_tone(self.counts_label, "warning" if kept else None)
        self.start_button.setText(
            self.tr("Start School Year {year}").format(year=f"{plan.year}/{plan.year + 1}")
        )
        self.start_button.setEnabled(True)

    # -- starting ----------------------------------------------------------------------
    def _start(self) -> None:
        plan = self._plan
        if plan is None:
            return
        (
            self._ops.op(
                self,
                self.tr("The school year was not started"),
                lambda: self._service().start(plan),
            )
            .disabling(self.start_button, self.year_combo, self.last_combo)
            .handle(SchoolYearChangedError, self._changed_meanwhile)
            .on_success(lambda _none: self._done())
            .run_in_background()
        )

    def _changed_meanwhile(self, error: SchoolYearChangedError) -> None:
        self.refresh()
        self.counts_label.setText(user_text(error))
        set_tone(self.counts_label, "warning")

    def _done(self) -> None:
        self.started.emit()
        self.accept()

    @property
    def plan(self) -> Rollover | None:
        return self._plan
