"""The note editor's "Progress and measures" box: a rating for each objective of the
client's current support plan (on the objective's 0–4 or 0–10 scale), the 0–10 mood
scale, and a questionnaire by name with its total. All optional.

The scores of a saved draft are written into the vault as they change (like autosave);
those of a new note are kept here and written with its first save
(:meth:`save_for`). A signed note's scores are locked with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.plans import (
    MAX_QUESTIONNAIRE_TOTAL,
    MOOD,
    MOOD_MAX,
    Measure,
    ObjectiveRating,
    SupportPlan,
)
from counsel_desk.services.plans import PlanService
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.plain_text import plain_tooltip
from counsel_desk.ui.tasks import SyncRunner
from counsel_desk.ui.translate import error_text


def _scale_combo(scale_max: int, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("—", None)
    for value in range(scale_max + 1):
        combo.addItem(f"{value} / {scale_max}", value)
    return combo


class ProgressEntry(QGroupBox):
    changed = Signal()
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = Operations(SyncRunner(), None)  # errors: the error signal
        self.setObjectName("progressEntry")
        self.setTitle(self.tr("Progress and measures (optional)"))
        self._service: Callable[[], PlanService] | None = None
        self._client_id: int | None = None
        self._session_id: int | None = None
        self._plan: SupportPlan | None = None
        self._loading = False
        self.rating_combos: dict[str, QComboBox] = {}
        self._scales: dict[str, int] = {}

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.plan_label = QLabel(self)
        self.plan_label.setObjectName("hint")
        self.plan_label.setWordWrap(True)
        self.mood_combo = _scale_combo(MOOD_MAX, self)
        self.mood_combo.setObjectName("measure_mood")
        self.mood_combo.setAccessibleDescription(
            self.tr("The client's mood today, from 0 (very low) to 10 (very good); optional.")
        )
        self.questionnaire_edit = QLineEdit(self)
        self.questionnaire_edit.setObjectName("measure_questionnaire")
        self.questionnaire_edit.setPlaceholderText(self.tr("Questionnaire, e.g. SDQ"))
        self.total_spin = QSpinBox(self)
        self.total_spin.setObjectName("measure_total")
        self.total_spin.setRange(-1, MAX_QUESTIONNAIRE_TOTAL)
        self.total_spin.setSpecialValueText("—")
        self.total_spin.setValue(-1)
        self.total_spin.setAccessibleName(self.tr("Questionnaire total"))
        self.total_spin.setAccessibleDescription(
            self.tr("The questionnaire's total score; a dash when it was not given.")
        )
        questionnaire = QHBoxLayout()
        questionnaire.addWidget(self.questionnaire_edit, 1)
        questionnaire.addWidget(QLabel(self.tr("total"), self))
        questionnaire.addWidget(self.total_spin)
        self.form.addRow(self.plan_label)
        self._first_measure_row = self.form.rowCount()
        self.form.addRow(self.tr("Mood (0–10):"), self.mood_combo)
        self.form.addRow(self.tr("Questionnaire:"), questionnaire)
        self.mood_combo.currentIndexChanged.connect(self._edited)
        self.questionnaire_edit.textEdited.connect(self._edited)
        self.total_spin.valueChanged.connect(self._edited)

    # -- wiring -----------------------------------------------------------------------
    def set_service(self, provider: Callable[[], PlanService] | None) -> None:
        self._service = provider

    def set_client(self, client_id: int | None) -> None:
        """The client whose current plan lists the objectives to rate."""
        self._client_id = client_id
        self._plan = None
        service = self._service
        if client_id is not None and service is not None:
            # Unreadable: rated as if there were no plan (the Plan tab says why).
            self._plan = (
                self._ops.op(self, "", lambda: service().current(client_id))
                .on_error(lambda _error: None)
                .result_or(None)
            )
        self._build_objectives()

    def _build_objectives(self) -> None:
        while self.form.rowCount() > self._first_measure_row + 2:
            self.form.removeRow(1)
        self.rating_combos = {}
        self._scales = {}
        plan = self._plan
        if plan is None or not plan.objectives():
            self.plan_label.setText(
                self.tr("No support plan yet: add one in the Plan tab to rate progress here.")
            )
            return
        self.plan_label.setText(
            self.tr("Rate progress on each objective of the support plan (version {v}).").format(
                v=plan.version
            )
        )
        row = 1
        for goal, objective in plan.objectives():
            combo = _scale_combo(objective.scale_max, self)
            combo.setObjectName(f"rating_{objective.key}")
            combo.setAccessibleName(objective.text)
            combo.setAccessibleDescription(
                self.tr("Progress on this objective, from 0 to {max}.").format(
                    max=objective.scale_max
                )
            )
            combo.currentIndexChanged.connect(self._edited)
            label = QLabel(objective.text, self)
            label.setWordWrap(True)
            label.setToolTip(plain_tooltip(goal.text))
            self.form.insertRow(row, label, combo)
            self.rating_combos[objective.key] = combo
            self._scales[objective.key] = objective.scale_max
            row += 1

    # -- values -----------------------------------------------------------------------
    def load(self, session_id: int | None) -> None:
        """Show the scores of a note (none for a new one)."""
        self._session_id = session_id
        ratings: list[ObjectiveRating] = []
        measures: list[Measure] = []
        service = self._service
        if session_id is not None and service is not None:
            # Unreadable: shown unrated, as a new note is.
            ratings, measures = (
                self._ops.op(self, "", lambda: service().session_scores(session_id))
                .on_error(lambda _error: None)
                .result_or((ratings, measures))
            )
        self._loading = True
        try:
            by_key = {r.objective_key: r.score for r in ratings}
            for key, combo in self.rating_combos.items():
                combo.setCurrentIndex(max(0, combo.findData(by_key.get(key))))
            mood = next((m.score for m in measures if m.is_mood), None)
            self.mood_combo.setCurrentIndex(max(0, self.mood_combo.findData(mood)))
            other = next((m for m in measures if not m.is_mood), None)
            self.questionnaire_edit.setText(other.instrument if other else "")
            self.total_spin.setValue(other.score if other else -1)
        finally:
            self._loading = False

    def ratings(self) -> list[ObjectiveRating]:
        return [
            ObjectiveRating(key, int(combo.currentData()), self._scales[key])
            for key, combo in self.rating_combos.items()
            if combo.currentData() is not None
        ]

    def measures(self) -> list[Measure]:
        found = []
        if self.mood_combo.currentData() is not None:
            found.append(Measure(MOOD, int(self.mood_combo.currentData())))
        name = self.questionnaire_edit.text().strip()
        if name and self.total_spin.value() >= 0 and name.casefold() != MOOD:
            found.append(Measure(name, self.total_spin.value()))
        return found

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        if self._session_id is not None:
            self.save_for(self._session_id)
        self.changed.emit()

    def save_for(self, session_id: int) -> bool:
        """Write the scores of the draft ``session_id`` into the vault."""
        self._session_id = session_id
        if self._service is None:
            return False
        service, ratings, measures = self._service, self.ratings(), self.measures()
        return (
            self._ops.op(
                self, "", lambda: service().save_session_scores(session_id, ratings, measures)
            )
            .on_error(lambda error: self.error.emit(error_text(error)))
            .run()
        )

    def clear(self) -> None:
        self._client_id = None
        self._plan = None
        self._build_objectives()
        self.load(None)
