"""The client's Screening tab (issue 20, item 3): PHQ-A, PHQ-9 and GAD-7 filled in with
her (the counselor asks or types a paper form in) or by the student in a kiosk that shows
the questionnaire and nothing else; scored as published; the totals over time as a chart
with its figures; AUM / DCM / ITP results recorded as she enters them; a result entered
in error struck with its reason.

A self-harm answer opens the risk assessment and the duty checklist at once: after the
counselor's own form, straight away; after the kiosk, the moment she leaves it with her
passphrase (the student never sees the risk assessment — her screen asks her to stay
and hand the laptop back). The view asks for that through :attr:`ScreeningView.risk_found`;
the profile opens a note with the risk section. Nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.model import Client
from counsel_desk.domain.screening import (
    ENGLISH_ONLY_NOTICE,
    INSTRUMENTS,
    MAX_AREAS,
    MAX_COUNT,
    RECORDED_NAMES,
    Instrument,
    InstrumentId,
    RecordedInstrument,
    RecordedResult,
    ScreeningEntry,
    ScreeningResult,
    missing,
    score,
)
from counsel_desk.services.career_interests import CareerInterestService
from counsel_desk.services.screening import ScreeningRecord, ScreeningService
from counsel_desk.ui.dialogs.note_dialogs import StrikeDialog
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.qt_types import py_date, qt_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.views.career_interests_view import CareerInterestsWindow
from counsel_desk.ui.widgets.answer_form import (
    AnswerForm,
    AnswerRow,
    entry_label,
    fill_in_layout,
    save_shown,
    scrolled,
)
from counsel_desk.ui.widgets.charts import LineChart, with_table
from counsel_desk.ui.widgets.kiosk import KioskShell
from counsel_desk.ui.widgets.record_table import record_table


def _t(text: str) -> str:
    return QCoreApplication.translate("Screening", text)


def band_of(result: ScreeningResult) -> str:
    return _t(result.score.band.name)


def risk_text(result: ScreeningResult) -> str:
    """What the risk note starts with: which answers, never a guess at the risk."""
    instrument = result.definition
    answers = []
    for key, value in result.score.self_harm_answers:
        question = instrument.question(key)
        assert question is not None
        answers.append(f"“{question.text}” — {question.options[value]}")
    return QCoreApplication.translate(
        "ScreeningView",
        "{instrument} of {day} ({who}): a self-harm answer. {answers}. Total {total} "
        "({band}). Assess the risk now.",
    ).format(
        instrument=instrument.name,
        day=format_date(result.taken_on),
        who=entry_label(result.entry),
        answers="; ".join(answers),
        total=result.score.total,
        band=band_of(result),
    )


class QuestionnaireForm(AnswerForm):
    """One instrument's questions, each with its published choices as radio buttons."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        rows = [
            AnswerRow(q.key, f"{q.key}." if q.key.isdigit() else "•", q.text, q.options)
            for q in instrument.questions
        ]
        super().__init__(instrument.stem, rows, instrument.source, "q", parent)
        self.instrument = instrument

    def missing_text(self) -> str:
        gaps = missing(self.instrument, self.answers())
        return ", ".join(q.key for q in gaps)


class ScreeningDialog(QDialog):
    """The counselor fills a questionnaire in with the student (or from a paper form);
    the total and band show as she goes."""

    def __init__(
        self,
        service: Callable[[], ScreeningService],
        ops: Operations,
        client_id: int,
        instrument: Instrument,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ops = ops
        self._client_id = client_id
        self.saved: ScreeningResult | None = None
        self.setObjectName("screeningDialog")
        self.setWindowTitle(self.tr("{name} — Fill In").format(name=instrument.name))
        self.form = QuestionnaireForm(instrument, self)
        self.form.answered.connect(self._show_total)
        self.date_edit, self.total_label, self.message_label, self.save_button = fill_in_layout(
            self,
            _t(ENGLISH_ONLY_NOTICE).format(name=instrument.name),
            self.form,
            "screening",
            today(),
        )
        self._show_total()

    def _show_total(self) -> None:
        answers = self.form.answers()
        gaps = self.form.missing_text()
        if gaps:
            self.total_label.setText(
                self.tr("Not complete yet: question {numbers} to answer.").format(numbers=gaps)
            )
            set_tone(self.total_label, None)
            return
        result = score(self.form.instrument, answers)
        text = self.tr("Total {total} of {max}: {band}.").format(
            total=result.total, max=self.form.instrument.max_score, band=_t(result.band.name)
        )
        if result.self_harm:
            text += " " + self.tr(
                "A self-harm answer: saving opens the risk assessment and the duty checklist."
            )
        self.total_label.setText(text)
        set_tone(self.total_label, "error" if result.self_harm else None)

    def save(self) -> bool:
        result = ScreeningResult(
            self._client_id,
            self.form.instrument.id,
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


class ScreeningKiosk(KioskShell):
    """One student fills one questionnaire in on the counselor's screen. When she is
    done the form is gone and the kiosk waits for the counselor's passphrase."""

    finished_answering = Signal(object)  # the saved ScreeningResult

    def __init__(
        self,
        service: Callable[[], ScreeningService],
        verify: Callable[[str], None],
        ops: Operations,
        client_id: int,
        instrument: Instrument,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        lock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(verify, ops, instrument.name, parent, lock=lock)
        self._service = service
        self._client_id = client_id
        self._today = today
        self.saved: ScreeningResult | None = None
        self.setObjectName("screeningKiosk")
        self.setWindowTitle(self.tr("Questionnaire"))
        self.form = QuestionnaireForm(instrument, self)
        big = self.big_font()
        # Each widget's own font (the application's style sheet would win over a parent's).
        for widget in (*self.form.findChildren(QLabel), *self.form.findChildren(QRadioButton)):
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
        self.body.addWidget(self.area, 1)
        self.bottom.addWidget(self.status_label, 1)
        self.bottom.addWidget(self.done_button)

    def submit(self) -> bool:
        gaps = self.form.missing_text()
        if gaps:
            self.status_label.setText(
                self.tr("Please answer question {numbers} too.").format(numbers=gaps)
            )
            set_tone(self.status_label, "error")
            return False
        result = ScreeningResult(
            self._client_id,
            self.form.instrument.id,
            self._today(),
            self.form.answers(),
            ScreeningEntry.KIOSK,
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
        # Nothing of the answers stays on screen; the student is asked to hand back.
        self.clear_form()
        self.area.setVisible(False)
        self.done_button.setVisible(False)
        set_tone(self.status_label, "success")
        self.status_label.setText(
            self.tr(
                "Thank you. Your answers are saved for your counselor. Please stay here "
                "and give the laptop back to your counselor now."
            )
        )
        self.finished_answering.emit(saved)
        return True

    def clear_form(self) -> None:
        self.form.clear()


class RecordedResultDialog(QDialog):
    """An AUM / DCM / ITP result as she enters it: the problem areas with their counts
    and her summary (the instrument's items are not reproduced here)."""

    def __init__(
        self,
        service: Callable[[], ScreeningService],
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
        self.saved: RecordedResult | None = None
        self.setObjectName("recordedResultDialog")
        self.setWindowTitle(self.tr("Record an Instrument's Result"))
        intro = QLabel(
            self.tr(
                "For instruments whose items may not be copied (AUM, DCM, ITP): enter the "
                "problem areas with the number of items marked in each, and your summary."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.instrument_combo = QComboBox(self)
        self.instrument_combo.setObjectName("recordedInstrument")
        for instrument in RecordedInstrument:
            self.instrument_combo.addItem(_t(RECORDED_NAMES[instrument]), instrument)
        self.instrument_combo.currentIndexChanged.connect(self._instrument_chosen)
        self.other_edit = QLineEdit(self)
        self.other_edit.setObjectName("recordedOtherName")
        self.other_edit.setPlaceholderText(self.tr("The instrument's name"))
        self.other_edit.setAccessibleName(self.tr("Name of the other instrument"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("recordedDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(qt_date(today()))
        self.date_edit.setMaximumDate(qt_date(today()))
        self.areas = QTableWidget(0, 2, self)
        self.areas.setObjectName("recordedAreas")
        self.areas.setHorizontalHeaderLabels([self.tr("Problem area"), self.tr("Items marked")])
        self.areas.horizontalHeader().setStretchLastSection(False)
        self.areas.horizontalHeader().setSectionResizeMode(
            0, self.areas.horizontalHeader().ResizeMode.Stretch
        )
        self.areas.setAccessibleName(self.tr("Problem areas and their counts"))
        add = QPushButton(self.tr("&Add Area"), self)
        add.clicked.connect(lambda: self.add_area("", 0))
        remove = QPushButton(self.tr("&Remove Area"), self)
        remove.clicked.connect(self._remove_area)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("recordedSummary")
        self.summary_edit.setPlaceholderText(self.tr("Your summary of the result"))
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setFixedHeight(90)
        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        set_tone(self.message_label, "error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Instrument:"), self.instrument_combo)
        form.addRow("", self.other_edit)
        form.addRow(self.tr("Taken on:"), self.date_edit)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.areas, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._instrument_chosen()

    def _instrument_chosen(self) -> None:
        self.other_edit.setVisible(self.instrument_combo.currentData() == RecordedInstrument.OTHER)

    def add_area(self, name: str, count: int) -> None:
        if self.areas.rowCount() >= MAX_AREAS:
            return
        row = self.areas.rowCount()
        self.areas.insertRow(row)
        self.areas.setItem(row, 0, QTableWidgetItem(name))
        spin = QSpinBox(self.areas)
        spin.setRange(0, MAX_COUNT)
        spin.setValue(count)
        spin.setAccessibleName(self.tr("Items marked"))
        self.areas.setCellWidget(row, 1, spin)
        self.areas.setCurrentCell(row, 0)

    def _remove_area(self) -> None:
        row = self.areas.currentRow()
        if row >= 0:
            self.areas.removeRow(row)

    def result(self) -> RecordedResult:  # type: ignore[override]
        areas: list[tuple[str, int]] = []
        for row in range(self.areas.rowCount()):
            item = self.areas.item(row, 0)
            spin = self.areas.cellWidget(row, 1)
            name = item.text() if item is not None else ""
            count = spin.value() if isinstance(spin, QSpinBox) else 0
            if name.strip() or count:
                areas.append((name, count))
        return RecordedResult(
            self._client_id,
            RecordedInstrument(self.instrument_combo.currentData()),
            py_date(self.date_edit.date()),
            areas,
            self.summary_edit.toPlainText(),
            self.other_edit.text(),
        )

    def save(self) -> bool:
        result = self.result()
        self.saved = save_shown(
            self,
            self._ops,
            lambda: self._service().save_recorded(result),
            self.message_label,
            self.save_button,
        )
        if self.saved is None:
            return False
        self.accept()  # after self.saved is set: the accepted signal reads it
        return True


class ScreeningView(QWidget):
    message = Signal(str)  # for the status bar
    risk_found = Signal(str)  # a self-harm answer: the risk note's opening text
    changed = Signal()  # a result saved or struck (the plan's chart follows)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._service: Callable[[], ScreeningService] | None = None
        self._ops: Operations | None = None
        self._verify: Callable[[str], None] | None = None
        self._lock: Callable[[], None] | None = None
        self._track: Callable[[QDialog], object] | None = None
        self._client: Client | None = None
        self.record: ScreeningRecord | None = None
        self.kiosk: ScreeningKiosk | None = None
        self._rows: list[ScreeningResult | RecordedResult] = []

        self.instrument_combo = QComboBox(self)
        self.instrument_combo.setObjectName("screeningInstrument")
        for instrument in INSTRUMENTS.values():
            self.instrument_combo.addItem(
                f"{instrument.name} — {_t(instrument.ages)}", instrument.id
            )
        # Its longest entry (the name and who it is for, longer in Indonesian) would set
        # the whole profile's width and squeeze the caseload's names beside it: the box
        # keeps a reasonable width; the list opens wide enough to read each entry.
        self.instrument_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.instrument_combo.setMinimumContentsLength(22)
        self.instrument_combo.view().setMinimumWidth(
            self.instrument_combo.view().sizeHintForColumn(0) + 24
        )
        self.instrument_combo.setAccessibleName(self.tr("Questionnaire"))
        self.instrument_combo.setAccessibleDescription(
            self.tr("The questionnaire to fill in, and who it is for.")
        )
        self.instrument_combo.currentIndexChanged.connect(self._instrument_chosen)
        self.fill_button = QPushButton(self.tr("&Fill In With the Student…"), self)
        self.fill_button.setObjectName("screeningFill")
        self.fill_button.setAccessibleDescription(
            self.tr("You read the questions or type a paper form in; the total shows as you go.")
        )
        self.fill_button.clicked.connect(self.fill_in)
        self.kiosk_button = QPushButton(self.tr("Student Fills In (&Kiosk)…"), self)
        self.kiosk_button.setObjectName("screeningKioskButton")
        self.kiosk_button.setAccessibleDescription(
            self.tr(
                "The student answers on this screen, which shows the questionnaire and "
                "nothing else; it is left with your passphrase."
            )
        )
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.record_button = QPushButton(self.tr("Record AUM / DCM / ITP…"), self)
        self.record_button.setObjectName("screeningRecord")
        self.record_button.setAccessibleDescription(
            self.tr(
                "Records the date, the problem areas with their counts and your summary of "
                "an instrument whose items may not be copied."
            )
        )
        self.record_button.clicked.connect(self.record_result)
        self.career_button = QPushButton(self.tr("Career &Interests…"), self)
        self.career_button.setObjectName("screeningCareer")
        self.career_button.setAccessibleDescription(
            self.tr("A career-interest inventory scored to the Holland code (RIASEC).")
        )
        self.career_button.clicked.connect(self.open_career_interests)
        self.career_window: CareerInterestsWindow | None = None
        self._career_service: Callable[[], CareerInterestService] | None = None
        self.strike_button = QPushButton(self.tr("Strike as Entered in Error…"), self)
        self.strike_button.setObjectName("screeningStrike")
        self.strike_button.setAccessibleDescription(
            self.tr("Marks the chosen result as entered in error, with the reason; it is kept.")
        )
        self.strike_button.clicked.connect(self.strike_selected)
        self.strike_button.setEnabled(False)
        self.notice = QLabel("", self)
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)

        self.table = record_table(
            self,
            "screeningTable",
            [
                self.tr("Date"),
                self.tr("Instrument"),
                self.tr("Result"),
                self.tr("Filled in"),
            ],
            stretch=2,
            name=self.tr("Screening results"),
            description=self.tr("The questionnaires and instruments of this student, by date."),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.chart = LineChart(self)
        self.chart.setObjectName("screeningChart")
        self.chart.setAccessibleName(self.tr("Screening totals over time"))

        # Two short rows, so that the tab fits a 1366-pixel laptop in either language.
        buttons = QHBoxLayout()
        buttons.addWidget(self.instrument_combo)
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.kiosk_button)
        buttons.addStretch(1)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.career_button)
        row.addStretch(1)
        row.addWidget(self.record_button)
        row.addWidget(self.strike_button)
        results_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(results)
        splitter.addWidget(with_table(self.chart))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._instrument_chosen()
        self._enable(False)

    # -- wiring ---------------------------------------------------------------------------
    def set_service(self, service: Callable[[], ScreeningService]) -> None:
        self._service = service

    def set_operations(self, ops: Operations) -> None:
        self._ops = ops

    def set_career_service(self, service: Callable[[], CareerInterestService]) -> None:
        self._career_service = service

    def set_kiosk_hooks(
        self,
        verify: Callable[[str], None],
        lock: Callable[[], None],
        track: Callable[[QDialog], object],
    ) -> None:
        self._verify, self._lock, self._track = verify, lock, track

    def _enable(self, on: bool) -> None:
        for control in (
            self.fill_button,
            self.kiosk_button,
            self.record_button,
            self.career_button,
        ):
            control.setEnabled(on)

    def _instrument(self) -> Instrument:
        return INSTRUMENTS[InstrumentId(self.instrument_combo.currentData())]

    def _instrument_chosen(self, *_args: object) -> None:
        self.notice.setText(_t(ENGLISH_ONLY_NOTICE).format(name=self._instrument().name))

    # -- showing --------------------------------------------------------------------------
    def show_client(self, client: Client) -> None:
        self._client = client
        self._enable(client.id is not None)
        self.reload()

    def clear(self) -> None:
        self._client = None
        self.record = None
        if self.career_window is not None:
            self.career_window.close()
            self.career_window = None
        self._rows = []
        self.table.setRowCount(0)
        self.chart.clear()
        self._enable(False)
        self.strike_button.setEnabled(False)

    def reload(self) -> None:
        client = self._client
        if client is None or client.id is None or self._service is None or self._ops is None:
            return
        client_id = client.id
        record = self._ops.op(self, "", lambda: self._service_now().record(client_id)).result_or(
            None
        )
        if record is None:
            return
        self.record = record
        self._fill(record)

    def _service_now(self) -> ScreeningService:
        assert self._service is not None
        return self._service()

    def _fill(self, record: ScreeningRecord) -> None:
        rows: list[tuple[dt.date, int, ScreeningResult | RecordedResult]] = [
            (r.taken_on, 0, r) for r in record.results
        ] + [(r.taken_on, 1, r) for r in record.recorded]
        rows.sort(key=lambda t: (t[0], t[1], t[2].id or 0))
        self._rows = [r for _, _, r in rows]
        self.table.setRowCount(0)
        for result in self._rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [format_date(result.taken_on), *self._describe(result)]
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
        lines = record.lines()
        top = max([v for pts in lines.values() for _, v in pts] or [10])
        self.chart.set_lines(
            {name: [(d, float(v)) for d, v in pts] for name, pts in lines.items()},
            y_max=float(max(27, top)),
            title=self.tr("Questionnaire totals"),
        )
        self.strike_button.setEnabled(False)

    def _describe(self, result: ScreeningResult | RecordedResult) -> list[str]:
        if isinstance(result, ScreeningResult):
            scored = result.score
            text = self.tr("{total} of {max} — {band}").format(
                total=scored.total, max=result.definition.max_score, band=band_of(result)
            )
            if scored.self_harm:
                text += " " + self.tr("· self-harm answer")
            return [result.definition.name, text, entry_label(result.entry)]
        name = (
            result.other_name
            if result.instrument is RecordedInstrument.OTHER
            else _t(RECORDED_NAMES[result.instrument])
        )
        areas = ", ".join(f"{a} {c}" for a, c in result.areas)
        summary = " ".join(result.summary.split())
        text = "; ".join(p for p in (areas, summary[:120]) if p)
        return [name, text, self.tr("entered by the counselor")]

    def _selected(self) -> None:
        row = self.table.currentRow()
        ok = 0 <= row < len(self._rows) and not self._rows[row].is_struck
        self.strike_button.setEnabled(ok)

    # -- filling in -----------------------------------------------------------------------
    def fill_in(self) -> ScreeningDialog | None:
        client = self._client
        if client is None or client.id is None or self._service is None or self._ops is None:
            return None
        dialog = ScreeningDialog(
            self._service, self._ops, client.id, self._instrument(), self, today=self._today
        )
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.open()
        return dialog

    def start_kiosk(self) -> ScreeningKiosk | None:
        client = self._client
        if (
            client is None
            or client.id is None
            or self._service is None
            or self._ops is None
            or self._verify is None
        ):
            return None
        kiosk = ScreeningKiosk(
            self._service,
            self._verify,
            self._ops,
            client.id,
            self._instrument(),
            self,
            today=self._today,
            lock=self._lock,
        )
        if self._track is not None:
            self._track(kiosk)
        kiosk.finished_answering.connect(lambda _r: self.reload())
        kiosk.accepted.connect(lambda: self._kiosk_left(kiosk))
        self.kiosk = kiosk
        kiosk.showFullScreen()
        return kiosk

    def _kiosk_left(self, kiosk: ScreeningKiosk) -> None:
        self.kiosk = None
        if kiosk.saved is not None:
            self._saved(kiosk.saved)
        else:
            self.message.emit(self.tr("The kiosk is closed; nothing was answered."))

    def _saved(self, result: ScreeningResult | None) -> None:
        if result is None:
            return
        self.reload()
        self.changed.emit()
        self.message.emit(
            self.tr("{instrument} saved: total {total} ({band}).").format(
                instrument=result.definition.name,
                total=result.score.total,
                band=band_of(result),
            )
        )
        if result.score.self_harm:
            self.risk_found.emit(risk_text(result))

    def open_career_interests(self) -> CareerInterestsWindow | None:
        """The career-interest inventory of this client, in its own window."""
        client = self._client
        if client is None or client.id is None or self._career_service is None or self._ops is None:
            return None
        if self.career_window is not None:
            self.career_window.close()
        window = CareerInterestsWindow(
            self._career_service,
            self._ops,
            client.id,
            self,
            today=self._today,
            verify=self._verify,
            lock=self._lock,
            track=self._track,
        )
        if self._track is not None:
            self._track(window)
        window.message.connect(self.message)
        self.career_window = window
        window.open()
        return window

    def record_result(self) -> RecordedResultDialog | None:
        client = self._client
        if client is None or client.id is None or self._service is None or self._ops is None:
            return None
        dialog = RecordedResultDialog(self._service, self._ops, client.id, self, today=self._today)
        dialog.add_area("", 0)
        dialog.accepted.connect(self._recorded)
        dialog.open()
        return dialog

    def _recorded(self) -> None:
        self.reload()
        self.changed.emit()
        self.message.emit(self.tr("The instrument's result was saved."))

    def strike_selected(self) -> StrikeDialog | None:
        """Ask why, then strike the chosen result through (it is never deleted)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return None
        result = self._rows[row]
        if result.id is None or result.is_struck:
            return None
        intro = self.tr(
            "A result is never deleted. It stays in the record, struck through, with "
            "the reason and today's date, and leaves the chart."
        )
        if isinstance(result, ScreeningResult) and result.score.self_harm:
            # Struck, it leaves the dashboard too; but someone gave that answer.
            intro += "\n\n" + self.tr(
                "This questionnaire holds a self-harm answer. Struck, it leaves the "
                "dashboard. If another student filled it in, that student gave the answer: "
                "assess the risk with her today and record it in her own record."
            )
        dialog = StrikeDialog(self, title=self.tr("Strike a Result Entered in Error"), intro=intro)
        dialog.reason_edit.setPlaceholderText(self.tr("e.g. the wrong student sat the kiosk"))
        dialog.accepted.connect(lambda: self.strike(result, dialog.reason()))
        dialog.open()
        return dialog

    def strike(self, result: ScreeningResult | RecordedResult, reason: str) -> bool:
        if self._ops is None or self._service is None or result.id is None:
            return False
        result_id = result.id
        service = self._service
        work: Callable[[], object] = (
            (lambda: service().strike(result_id, reason))
            if isinstance(result, ScreeningResult)
            else (lambda: service().strike_recorded(result_id, reason))
        )
        done = self._ops.op(self, self.tr("The result was not struck"), work).result_or(None)
        if done is None:
            return False
        self.reload()
        self.changed.emit()
        return True
