"""The career-interest inventory (issue 20, item 4), opened from the client's Screening
tab (the profile's eight tabs are full): the 48 public-domain RIASEC markers filled in
with the counselor (she reads them or types a paper form in) or by the student in a
kiosk that shows the inventory and nothing else; the result as the Holland code (ties in
brackets), a bar chart of the six scores and the explanation of each type of the code in
the UI's language; a result entered in error struck with its reason, never deleted.
Nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.career_interests import (
    CODE_EXPLANATION,
    ENGLISH_ONLY_NOTICE,
    ITEMS,
    MAX_SCORE,
    RIASEC_ORDER,
    SCALE,
    SOURCE,
    STEM,
    TYPES,
    CareerInterestResult,
    Profile,
    missing,
    profile,
)
from counsel_desk.domain.screening import ScreeningEntry
from counsel_desk.services.career_interests import CareerInterestService
from counsel_desk.ui.dialogs.note_dialogs import StrikeDialog
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.answer_form import (
    AnswerForm,
    AnswerRow,
    entry_label,
    fill_in_layout,
    save_shown,
    scrolled,
)
from counsel_desk.ui.widgets.charts import BarChart
from counsel_desk.ui.widgets.kiosk import KioskShell
from counsel_desk.ui.widgets.record_table import record_table

Service = Callable[[], CareerInterestService]


def _t(text: str) -> str:
    return QCoreApplication.translate("CareerInterests", text)


def scores_text(result: Profile) -> str:
    return " · ".join(f"{t.value} {result.scores[t]}" for t in RIASEC_ORDER)


def explanation(result: Profile) -> str:
    """The code and what each of its types means, in the UI's language (plain text)."""
    parts = [
        QCoreApplication.translate("CareerInterestsView", "Holland code: {code}").format(
            code=str(result.code)
        ),
        _t(CODE_EXPLANATION),
    ]
    for letter in result.code.letters:
        info = TYPES[letter]
        parts.append(
            QCoreApplication.translate(
                "CareerInterestsView",
                "{letter} — {name}, score {score} of {max}. {summary}\n"
                "School subjects: {subjects}\n"
                "Activities: {activities}\n"
                "Study and work: {fields}",
            ).format(
                letter=letter.value,
                name=_t(info.name),
                score=result.scores[letter],
                max=MAX_SCORE,
                summary=_t(info.summary),
                subjects=_t(info.subjects),
                activities=_t(info.activities),
                fields=_t(info.fields),
            )
        )
    return "\n\n".join(parts)


class InventoryForm(AnswerForm):
    """The 48 activities, each with the five answers as radio buttons (English, the
    source text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        rows = [AnswerRow(i.key, f"{n}.", i.text, SCALE) for n, i in enumerate(ITEMS, start=1)]
        super().__init__(STEM, rows, SOURCE, "c", parent)
        self._numbers = {item.key: n for n, item in enumerate(ITEMS, start=1)}

    def missing_text(self) -> str:
        """The numbers shown on screen of the activities not answered yet."""
        return ", ".join(str(self._numbers[i.key]) for i in missing(self.answers()))


class ResultPanel(QWidget):
    """One result: the code, the six scores as bars, the explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_label = QLabel("", self)
        self.code_label.setObjectName("careerCode")
        big = self.code_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.code_label.setFont(big)
        self.chart = BarChart(self)
        self.chart.setObjectName("careerChart")
        self.chart.setAccessibleName(self.tr("The six interest scores"))
        self.chart.setMinimumHeight(220)
        # The bars carry the letters; their names (too long for a bar) are spelled here.
        self.key_label = QLabel(
            " · ".join(f"{t.value} {_t(TYPES[t].name)}" for t in RIASEC_ORDER), self
        )
        self.key_label.setObjectName("hint")
        self.key_label.setWordWrap(True)
        self.explanation_label = QLabel("", self)
        self.explanation_label.setObjectName("careerExplanation")
        self.explanation_label.setWordWrap(True)
        words = QWidget(self)
        words_layout = QVBoxLayout(words)
        words_layout.addWidget(self.explanation_label)
        words_layout.addStretch(1)
        split = QSplitter(self)
        split.addWidget(self.chart)
        split.addWidget(scrolled(self, words, "careerExplanationArea"))
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_label)
        layout.addWidget(self.key_label)
        layout.addWidget(split, 1)
        self.show_result(None)

    def show_result(self, result: CareerInterestResult | None) -> None:
        if result is None:
            self.code_label.setText(self.tr("Choose a result to see its code and explanation."))
            self.chart.set_bars([], [], [], title=self.tr("Interest scores (8–40)"))
            self.explanation_label.setText("")
            return
        scored = result.profile
        text = self.tr("Holland code {code} — {day}").format(
            code=str(scored.code), day=format_date(result.taken_on)
        )
        if result.is_struck:
            text += " " + self.tr("(struck as entered in error)")
        self.code_label.setText(text)
        self.chart.set_bars(
            [t.value for t in RIASEC_ORDER],
            [scored.scores[t] for t in RIASEC_ORDER],
            [None] * len(RIASEC_ORDER),
            title=self.tr("Interest scores (8–40)"),
            series_name=self.tr("Score"),
        )
        self.explanation_label.setText(explanation(scored))


class CareerInterestsDialog(QDialog):
    """The counselor fills the inventory in with the student or from a paper form; the
    code shows as soon as every activity is answered."""

    def __init__(
        self,
        service: Service,
        ops: Operations,
        client_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ops = ops
        self._client_id = client_id
        self.saved: CareerInterestResult | None = None
        self.setObjectName("careerInterestsDialog")
        self.setWindowTitle(self.tr("Career Interests — Fill In"))
        self.form = InventoryForm(self)
        self.form.answered.connect(self._show_code)
        self.date_edit, self.code_label, self.message_label, self.save_button = fill_in_layout(
            self, _t(ENGLISH_ONLY_NOTICE), self.form, "career", today()
        )
        self._show_code()

    def _show_code(self) -> None:
        gaps = self.form.missing_text()
        if gaps:
            self.code_label.setText(
                self.tr("Not complete yet: activity {numbers} to answer.").format(numbers=gaps)
            )
            return
        scored = profile(self.form.answers())
        self.code_label.setText(
            self.tr("Holland code {code} ({scores}).").format(
                code=str(scored.code), scores=scores_text(scored)
            )
        )

    def save(self) -> bool:
        result = CareerInterestResult(
            self._client_id,
            py_date(self.date_edit.date()),
            self.form.answers(),
            ScreeningEntry.COUNSELOR,
        )
        self.saved = save_shown(
            self,
            self._ops,
            lambda: self._service().save(result),
            self.message_label,
            self.save_button,
        )
        if self.saved is None:
            return False
        self.accept()  # after self.saved is set: the accepted signal reads it
        return True


class CareerInterestsKiosk(KioskShell):
    """One student fills the inventory in on the counselor's screen. When she is done
    her answers leave the screen and the kiosk waits for the counselor's passphrase (the
    counselor goes through the result with her afterwards)."""

    finished_answering = Signal(object)  # the saved CareerInterestResult

    def __init__(
        self,
        service: Service,
        verify: Callable[[str], None],
        ops: Operations,
        client_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        lock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(
            verify,
            ops,
            QCoreApplication.translate("CareerInterestsKiosk", "Career Interests"),
            parent,
            lock=lock,
        )
        self._service = service
        self._client_id = client_id
        self._today = today
        self.saved: CareerInterestResult | None = None
        self.setObjectName("careerInterestsKiosk")
        self.setWindowTitle(self.tr("Career Interests"))
        # For the student: the counselor's notice about the source is not hers to read.
        self.notice = QLabel(
            self.tr(
                "The activities are written in English. Ask your counselor if a word is "
                "not clear. There are no right or wrong answers."
            ),
            self,
        )
        self.notice.setWordWrap(True)
        self.form = InventoryForm(self)
        big = self.big_font()
        # Each widget's own font (the application's style sheet would win over a parent's).
        for widget in (
            self.notice,
            *self.form.findChildren(QLabel),
            *self.form.findChildren(QRadioButton),
        ):
            widget.setFont(big)
        self.area = scrolled(self, self.form, "kioskQuestions")
        self.done_button = QPushButton(self.tr("I Am &Done"), self)
        self.done_button.setObjectName("kioskDone")
        self.done_button.setDefault(True)
        self.done_button.setFont(big)
        self.done_button.setAccessibleDescription(self.tr("Saves your answers for your counselor."))
        self.done_button.clicked.connect(self.submit)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("kioskThanks")
        self.status_label.setWordWrap(True)
        self.status_label.setFont(big)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.area, 1)
        self.bottom.addWidget(self.status_label, 1)
        self.bottom.addWidget(self.done_button)

    def submit(self) -> bool:
        gaps = self.form.missing_text()
        if gaps:
            self.status_label.setText(
                self.tr("Please answer activity {numbers} too.").format(numbers=gaps)
            )
            set_tone(self.status_label, "error")
            return False
        result = CareerInterestResult(
            self._client_id, self._today(), self.form.answers(), ScreeningEntry.KIOSK
        )
        saved = (
            self._ops.op(
                self, self.tr("The answers were not saved"), lambda: self._service().save(result)
            )
            .disabling(self.done_button)
            .result_or(None)
        )
        if saved is None:
            return False
        self.saved = saved
        self.clear_form()
        self.area.setVisible(False)
        self.notice.setVisible(False)
        self.done_button.setVisible(False)
        self.body.addStretch(1)  # the thanks stays at the bottom, the title at the top
        set_tone(self.status_label, "success")
        self.status_label.setText(
            self.tr(
                "Thank you. Your answers are saved. Please give the laptop back to your "
                "counselor: you will look at your result together."
            )
        )
        self.finished_answering.emit(saved)
        return True

    def clear_form(self) -> None:
        self.form.clear()


class CareerInterestsWindow(QDialog):
    """A client's career-interest results: fill one in, see one, strike one."""

    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        service: Service,
        ops: Operations,
        client_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        verify: Callable[[str], None] | None = None,
        lock: Callable[[], None] | None = None,
        track: Callable[[QDialog], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ops = ops
        self._client_id = client_id
        self._today = today
        self._verify, self._lock, self._track = verify, lock, track
        self.kiosk: CareerInterestsKiosk | None = None
        self.results: list[CareerInterestResult] = []
        self.setObjectName("careerInterestsWindow")
        self.setWindowTitle(self.tr("Career Interests"))
        intro = QLabel(
            self.tr(
                "A career-interest inventory: 48 activities from a public-domain source, "
                "scored for Holland's six interest types (RIASEC)."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("&Fill In With the Student…"), self)
        self.fill_button.setObjectName("careerFill")
        self.fill_button.setAccessibleDescription(
            self.tr("You read the activities or type a paper form in; the code shows at the end.")
        )
        self.fill_button.clicked.connect(self.fill_in)
        self.kiosk_button = QPushButton(self.tr("Student Fills In (&Kiosk)…"), self)
        self.kiosk_button.setObjectName("careerKioskButton")
        self.kiosk_button.setAccessibleDescription(
            self.tr(
                "The student answers on this screen, which shows the inventory and nothing "
                "else; it is left with your passphrase."
            )
        )
        self.kiosk_button.setEnabled(verify is not None)
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.strike_button = QPushButton(self.tr("Strike as Entered in Error…"), self)
        self.strike_button.setObjectName("careerStrike")
        self.strike_button.setAccessibleDescription(
            self.tr("Strikes the chosen result through with a reason; it is never deleted.")
        )
        self.strike_button.setEnabled(False)
        self.strike_button.clicked.connect(self.strike_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.table = record_table(
            self,
            "careerTable",
            [self.tr("Date"), self.tr("Code"), self.tr("Scores"), self.tr("Filled in")],
            stretch=2,
            name=self.tr("Career-interest results"),
            description=self.tr("The inventories of this student, by date."),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.panel = ResultPanel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.kiosk_button)
        buttons.addStretch(1)
        buttons.addWidget(self.strike_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.resize(1100, 680)
        self.reload()

    def reload(self) -> None:
        found = self._ops.op(self, "", lambda: self._service().results(self._client_id))
        results = found.result_or(None)
        if results is None:
            return
        self.results = list(results)
        self.table.setRowCount(0)
        for result in self.results:
            row = self.table.rowCount()
            self.table.insertRow(row)
            scored = result.profile
            cells = [
                format_date(result.taken_on),
                str(scored.code),
                scores_text(scored),
                entry_label(result.entry),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if result.is_struck:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setToolTip(
                        self.tr("Struck as entered in error: {reason}").format(
                            reason=result.strike_reason or ""
                        )
                    )
                self.table.setItem(row, column, item)
        standing = [n for n, r in enumerate(self.results) if not r.is_struck]
        if standing:
            self.table.selectRow(standing[-1])
        else:
            self.panel.show_result(None)
        self._selected()

    def _current(self) -> CareerInterestResult | None:
        row = self.table.currentRow()
        return self.results[row] if 0 <= row < len(self.results) else None

    def _selected(self) -> None:
        result = self._current()
        self.panel.show_result(result)
        self.strike_button.setEnabled(result is not None and not result.is_struck)

    def fill_in(self) -> CareerInterestsDialog:
        dialog = CareerInterestsDialog(
            self._service, self._ops, self._client_id, self, today=self._today
        )
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.open()
        return dialog

    def start_kiosk(self) -> CareerInterestsKiosk | None:
        if self._verify is None:
            return None
        kiosk = CareerInterestsKiosk(
            self._service,
            self._verify,
            self._ops,
            self._client_id,
            self,
            today=self._today,
            lock=self._lock,
        )
        if self._track is not None:
            self._track(kiosk)
        kiosk.accepted.connect(lambda: self._kiosk_left(kiosk))
        self.kiosk = kiosk
        # The results behind the kiosk (her earlier codes) are not hers to page through
        # with Alt+Tab: this window steps aside until the counselor is back.
        self.hide()
        kiosk.showFullScreen()
        return kiosk

    def _kiosk_left(self, kiosk: CareerInterestsKiosk) -> None:
        self.kiosk = None
        self.show()
        if kiosk.saved is not None:
            self._saved(kiosk.saved)
        else:
            self.message.emit(self.tr("The kiosk is closed; nothing was answered."))

    def _saved(self, result: CareerInterestResult | None) -> None:
        if result is None:
            return
        self.reload()
        self.changed.emit()
        self.message.emit(
            self.tr("Career interests saved: Holland code {code}.").format(
                code=str(result.profile.code)
            )
        )

    def strike_selected(self) -> StrikeDialog | None:
        result = self._current()
        if result is None or result.id is None or result.is_struck:
            return None
        dialog = StrikeDialog(
            self,
            title=self.tr("Strike a Result Entered in Error"),
            intro=self.tr(
                "A result is never deleted. It stays in the record, struck through, with "
                "the reason and today's date."
            ),
        )
        dialog.reason_edit.setPlaceholderText(self.tr("e.g. the wrong student sat the kiosk"))
        dialog.accepted.connect(lambda: self.strike(result, dialog.reason()))
        dialog.open()
        return dialog

    def strike(self, result: CareerInterestResult, reason: str) -> bool:
        if result.id is None:
            return False
        result_id = result.id
        done = self._ops.op(
            self,
            self.tr("The result was not struck"),
            lambda: self._service().strike(result_id, reason),
        ).result_or(None)
        if done is None:
            return False
        self.reload()
        self.changed.emit()
        return True
