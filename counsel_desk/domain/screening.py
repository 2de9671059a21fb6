"""Screening instruments (issue 20, item 3): PHQ-9, PHQ-A and GAD-7, filled in and scored
here, and the results of instruments that may not be reproduced (AUM, DCM, ITP) as she
enters them.

The three questionnaires are reproduced as published (Spitzer, Williams, Kroenke and
colleagues; "no permission required to reproduce, translate, display or distribute"; the
PHQ-A as Johnson, Harris, Spitzer & Williams 2002 published it). They are **English
only**: a validated instrument is its published wording, and Counsel Desk holds no
verified copy of a published Indonesian translation of any of the three (a partial,
second-hand copy of one PHQ-9 translation is not the instrument), so none is offered.
The item texts are therefore not translatable strings; the counselor's own words around
them (buttons, band names, the "English only" notice) are.

Scoring is the published sum of the item values with the published severity bands;
"self-harm positive" is any answer above "Not at all" on the self-harm item (item 9),
and on the PHQ-A also a yes to "serious thoughts about ending your life in the past
month" or "ever tried to kill yourself". No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from counsel_desk.domain.invisible import strip_invisible
from counsel_desk.domain.validation import has_bidi_controls
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage, neutralise_bidi


class ScreeningError(CounselDeskError):
    pass


def _refuse(template: str, **params: object) -> ScreeningError:
    return ScreeningError(UserMessage(template, **params))


class InstrumentId(StrEnum):
    PHQ9 = "phq9"
    PHQA = "phqa"
    GAD7 = "gad7"


class ScreeningEntry(StrEnum):
    """Who filled the questionnaire in."""

    COUNSELOR = "counselor"  # she asked the questions or typed a paper form in
    KIOSK = "kiosk"  # the student, on her screen


class RecordedInstrument(StrEnum):
    """Instruments whose items may not be reproduced: she enters the result only."""

    AUM_UMUM = "aum_umum"  # Alat Ungkap Masalah Umum
    AUM_PTSDL = "aum_ptsdl"  # AUM PTSDL (prasyarat, keterampilan belajar, sarana, diri, lingkungan)
    DCM = "dcm"  # Daftar Cek Masalah
    ITP = "itp"  # Inventori Tugas Perkembangan
    OTHER = "other"


RECORDED_NAMES: Final[Mapping[RecordedInstrument, str]] = {
    RecordedInstrument.AUM_UMUM: QT_TRANSLATE_NOOP("Screening", "AUM Umum"),
    RecordedInstrument.AUM_PTSDL: QT_TRANSLATE_NOOP("Screening", "AUM PTSDL"),
    RecordedInstrument.DCM: QT_TRANSLATE_NOOP("Screening", "DCM (problem checklist)"),
    RecordedInstrument.ITP: QT_TRANSLATE_NOOP("Screening", "ITP (developmental tasks)"),
    RecordedInstrument.OTHER: QT_TRANSLATE_NOOP("Screening", "Another instrument"),
}

FREQUENCY: Final = ("Not at all", "Several days", "More than half the days", "Nearly every day")
DIFFICULTY: Final = (
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
)
YES_NO: Final = ("No", "Yes")


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    options: tuple[str, ...]  # value = the option's index
    scored: bool = True
    # Any answer at or above this value is a self-harm answer (None: not such an item).
    self_harm_from: int | None = None


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    name: str  # translatable (context "screening")


@dataclass(frozen=True)
class Instrument:
    id: InstrumentId
    name: str
    stem: str
    questions: tuple[Question, ...]
    bands: tuple[Band, ...]
    source: str
    ages: str  # who it is for, as the publishers say (translatable)

    @property
    def scored(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.scored)

    @property
    def max_score(self) -> int:
        return sum(len(q.options) - 1 for q in self.scored)

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)


_PHQ_BANDS: Final = (
    Band(0, 4, QT_TRANSLATE_NOOP("Screening", "None–minimal")),
    Band(5, 9, QT_TRANSLATE_NOOP("Screening", "Mild")),
    Band(10, 14, QT_TRANSLATE_NOOP("Screening", "Moderate")),
    Band(15, 19, QT_TRANSLATE_NOOP("Screening", "Moderately severe")),
    Band(20, 27, QT_TRANSLATE_NOOP("Screening", "Severe")),
)
_PHQ_DIFFICULTY: Final = (
    "If you checked off any problems, how difficult have these problems made it for you "
    "to do your work, take care of things at home, or get along with other people?"
)

PHQ9: Final = Instrument(
    InstrumentId.PHQ9,
    "PHQ-9",
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    (
        Question("1", "Little interest or pleasure in doing things", FREQUENCY),
        Question("2", "Feeling down, depressed, or hopeless", FREQUENCY),
        Question("3", "Trouble falling or staying asleep, or sleeping too much", FREQUENCY),
        Question("4", "Feeling tired or having little energy", FREQUENCY),
        Question("5", "Poor appetite or overeating", FREQUENCY),
        Question(
            "6",
            "Feeling bad about yourself — or that you are a failure or have let yourself "
            "or your family down",
            FREQUENCY,
        ),
        Question(
            "7",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            FREQUENCY,
        ),
        Question(
            "8",
            "Moving or speaking so slowly that other people could have noticed? Or the "
            "opposite — being so fidgety or restless that you have been moving around a lot "
            "more than usual",
            FREQUENCY,
        ),
        Question(
            "9",
            "Thoughts that you would be better off dead or of hurting yourself in some way",
            FREQUENCY,
            self_harm_from=1,
        ),
        Question("difficulty", _PHQ_DIFFICULTY, DIFFICULTY, scored=False),
    ),
    _PHQ_BANDS,
    "Patient Health Questionnaire (PHQ-9). Developed by Drs. Robert L. Spitzer, Janet B.W. "
    "Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. "
    "No permission required to reproduce, translate, display or distribute.",
    QT_TRANSLATE_NOOP("Screening", "Adults and students of 18 and over"),
)

PHQA: Final = Instrument(
    InstrumentId.PHQA,
    "PHQ-A",
    "How often have you been bothered by each of the following symptoms during the past "
    "two weeks? For each symptom choose the answer that best describes how you have been "
    "feeling.",
    (
        Question("1", "Feeling down, depressed, irritable, or hopeless?", FREQUENCY),
        Question("2", "Little interest or pleasure in doing things?", FREQUENCY),
        Question("3", "Trouble falling asleep, staying asleep, or sleeping too much?", FREQUENCY),
        Question("4", "Poor appetite, weight loss, or overeating?", FREQUENCY),
        Question("5", "Feeling tired, or having little energy?", FREQUENCY),
        Question(
            "6",
            "Feeling bad about yourself – or feeling that you are a failure, or that you "
            "have let yourself or your family down?",
            FREQUENCY,
        ),
        Question(
            "7",
            "Trouble concentrating on things like school work, reading, or watching TV?",
            FREQUENCY,
        ),
        Question(
            "8",
            "Moving or speaking so slowly that other people could have noticed? Or the "
            "opposite – being so fidgety or restless that you were moving around a lot "
            "more than usual?",
            FREQUENCY,
        ),
        Question(
            "9",
            "Thoughts that you would be better off dead, or of hurting yourself in some way?",
            FREQUENCY,
            self_harm_from=1,
        ),
        Question(
            "past_year",
            "In the past year have you felt depressed or sad most days, even if you felt "
            "okay sometimes?",
            YES_NO,
            scored=False,
        ),
        Question(
            "difficulty",
            "If you are experiencing any of the problems on this form, how difficult have "
            "these problems made it for you to do your work, take care of things at home "
            "or get along with other people?",
            DIFFICULTY,
            scored=False,
        ),
        Question(
            "past_month",
            "Has there been a time in the past month when you have had serious thoughts "
            "about ending your life?",
            YES_NO,
            scored=False,
            self_harm_from=1,
        ),
        Question(
            "ever",
            "Have you EVER, in your WHOLE LIFE, tried to kill yourself or made a suicide attempt?",
            YES_NO,
            scored=False,
            self_harm_from=1,
        ),
    ),
    _PHQ_BANDS,
    "PHQ-9 modified for Adolescents (PHQ-A). Johnson JG, Harris ES, Spitzer RL, Williams "
    "JB. The Patient Health Questionnaire for Adolescents. J Adolesc Health. "
    "2002;30(3):196-204.",
    QT_TRANSLATE_NOOP("Screening", "Students of 11 to 17"),
)

GAD7: Final = Instrument(
    InstrumentId.GAD7,
    "GAD-7",
    "Over the last 2 weeks, how often have you been bothered by the following problems?",
    (
        Question("1", "Feeling nervous, anxious, or on edge", FREQUENCY),
        Question("2", "Not being able to stop or control worrying", FREQUENCY),
        Question("3", "Worrying too much about different things", FREQUENCY),
        Question("4", "Trouble relaxing", FREQUENCY),
        Question("5", "Being so restless that it is hard to sit still", FREQUENCY),
        Question("6", "Becoming easily annoyed or irritable", FREQUENCY),
        Question("7", "Feeling afraid, as if something awful might happen", FREQUENCY),
        Question("difficulty", _PHQ_DIFFICULTY, DIFFICULTY, scored=False),
    ),
    (
        Band(0, 4, QT_TRANSLATE_NOOP("Screening", "Minimal")),
        Band(5, 9, QT_TRANSLATE_NOOP("Screening", "Mild")),
        Band(10, 14, QT_TRANSLATE_NOOP("Screening", "Moderate")),
        Band(15, 21, QT_TRANSLATE_NOOP("Screening", "Severe")),
    ),
    "Generalized Anxiety Disorder 7-item scale (GAD-7). Developed by Drs. Robert L. "
    "Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant "
    "from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
    QT_TRANSLATE_NOOP("Screening", "Students and adults"),
)

INSTRUMENTS: Final[Mapping[InstrumentId, Instrument]] = {i.id: i for i in (PHQA, PHQ9, GAD7)}
# The languages each instrument is offered in: only a published, verified text.
LANGUAGES: Final[Mapping[InstrumentId, tuple[str, ...]]] = {i: ("en",) for i in InstrumentId}

ENGLISH_ONLY_NOTICE: Final = QT_TRANSLATE_NOOP(
    "Screening",
    "{name} is shown in English only: a validated questionnaire is its published "
    "wording, and Counsel Desk has no verified copy of a published Indonesian "
    "translation. Read it with the student if the English is hard; a translation made on "
    "the spot is not the instrument, and its total is not the instrument's score.",
)


@dataclass(frozen=True)
class Score:
    total: int
    band: Band
    self_harm: bool
    # The self-harm answers given, as (question key, option index).
    self_harm_answers: tuple[tuple[str, int], ...] = ()


def score(instrument: Instrument, answers: Mapping[str, int]) -> Score:
    """The published total, band and the self-harm flag of complete answers."""
    check_answers(instrument, answers)
    total = sum(answers[q.key] for q in instrument.scored)
    band = next(b for b in instrument.bands if b.low <= total <= b.high)
    harm = tuple(
        (q.key, answers[q.key])
        for q in instrument.questions
        if q.self_harm_from is not None and q.key in answers and answers[q.key] >= q.self_harm_from
    )
    return Score(total, band, bool(harm), harm)


def missing(instrument: Instrument, answers: Mapping[str, int]) -> list[Question]:
    """The scored questions not answered yet (the others are optional)."""
    return [q for q in instrument.scored if q.key not in answers]


def check_answers(instrument: Instrument, answers: Mapping[str, int]) -> None:
    for key, value in answers.items():
        question = instrument.question(key)
        if question is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Screening", "{instrument} has no question “{key}”."),
                instrument=instrument.name,
                key=key,
            )
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Screening",
                    "The answer to question {key} of {instrument} is not one of its choices.",
                ),
                key=key,
                instrument=instrument.name,
            )
        if not 0 <= value < len(question.options):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Screening",
                    "The answer to question {key} of {instrument} is not one of its choices.",
                ),
                key=key,
                instrument=instrument.name,
            )
    gaps = missing(instrument, answers)
    if gaps:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Screening",
                "{instrument} is not complete: answer question {numbers} too; a total of "
                "some items is not the instrument's score.",
            ),
            instrument=instrument.name,
            numbers=", ".join(q.key for q in gaps),
        )


@dataclass
class ScreeningResult:
    """One filled-in questionnaire of one client. ``total``/``band`` are computed."""

    client_id: int
    instrument: InstrumentId
    taken_on: dt.date
    answers: dict[str, int]
    entry: ScreeningEntry = ScreeningEntry.COUNSELOR
    id: int | None = None
    struck_at: dt.datetime | None = None
    strike_reason: str | None = None

    @property
    def definition(self) -> Instrument:
        return INSTRUMENTS[self.instrument]

    @property
    def score(self) -> Score:
        return score(self.definition, self.answers)

    @property
    def is_struck(self) -> bool:
        return self.struck_at is not None


MAX_AREAS: Final = 40
MAX_AREA_NAME: Final = 80
MAX_SUMMARY: Final = 4000
MAX_COUNT: Final = 999


@dataclass
class RecordedResult:
    """The result of an instrument that may not be reproduced (AUM, DCM, ITP): the date,
    the instrument, its problem areas with counts and her summary, as she entered them."""

    client_id: int
    instrument: RecordedInstrument
    taken_on: dt.date
    areas: list[tuple[str, int]] = field(default_factory=list)
    summary: str = ""
    other_name: str = ""  # the instrument's name when it is OTHER
    id: int | None = None
    struck_at: dt.datetime | None = None
    strike_reason: str | None = None

    @property
    def is_struck(self) -> bool:
        return self.struck_at is not None


_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", strip_invisible(text)).strip()


def clean_recorded(result: RecordedResult, today: dt.date) -> RecordedResult:
    """The result as it is kept (spaces tidied, invisible characters gone), or a refusal."""
    try:
        instrument = RecordedInstrument(result.instrument)
    except ValueError:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "“{name}” is not an instrument Counsel Desk knows."),
            name=str(result.instrument)[:40],
        ) from None
    if result.taken_on > today:
        raise _refuse(QT_TRANSLATE_NOOP("Screening", "The instrument's date is in the future."))
    if result.taken_on.year < 1990:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "The instrument's date is before 1990: check the year.")
        )
    for text in (result.other_name, *(str(name) for name, _ in result.areas)):
        if has_bidi_controls(text):
            raise _bidi_refusal(text)
    other = _clean(result.other_name)
    if instrument is RecordedInstrument.OTHER and not other:
        raise _refuse(QT_TRANSLATE_NOOP("Screening", "Say which instrument it was."))
    if len(other) > MAX_AREA_NAME:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "The instrument's name is longer than {n} characters."),
            n=MAX_AREA_NAME,
        )
    if len(result.areas) > MAX_AREAS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "A result has at most {n} problem areas."), n=MAX_AREAS
        )
    areas: list[tuple[str, int]] = []
    seen: set[str] = set()
    for name, count in result.areas:
        area = _clean(name)
        if not area:
            raise _refuse(QT_TRANSLATE_NOOP("Screening", "A problem area needs its name."))
        if len(area) > MAX_AREA_NAME:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Screening", "The problem area “{area}” is longer than {n} characters."
                ),
                area=area[:40],
                n=MAX_AREA_NAME,
            )
        if area.casefold() in seen:
            raise _refuse(
                QT_TRANSLATE_NOOP("Screening", "The problem area “{area}” is listed twice."),
                area=area,
            )
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Screening", "The count of “{area}” must be a whole number from 0 to {n}."
                ),
                area=area,
                n=MAX_COUNT,
            )
        seen.add(area.casefold())
        areas.append((area, count))
    summary = strip_invisible(result.summary).strip()
    if len(summary) > MAX_SUMMARY:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "The summary is longer than {n} characters."),
            n=MAX_SUMMARY,
        )
    if not areas and not summary:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Screening",
                "Enter the problem areas with their counts, or a summary of the result.",
            )
        )
    return RecordedResult(
        result.client_id,
        instrument,
        result.taken_on,
        areas,
        summary,
        other if instrument is RecordedInstrument.OTHER else "",
        result.id,
        result.struck_at,
        check_strike(result.taken_on, result.struck_at, result.strike_reason, today),
    )


MAX_REASON: Final = 500


def _bidi_refusal(text: str) -> ScreeningError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Screening",
            "“{text}” holds an invisible text-direction character (such as U+202E), "
            "which can make it read differently than it is: remove it.",
        ),
        text=neutralise_bidi(text)[:40],
    )


def clean_strike_reason(reason: str) -> str:
    """Why a result is struck, as it is kept (one line, invisible characters gone), or a
    refusal: typed in the window or read from a file alike."""
    if has_bidi_controls(reason):
        raise _bidi_refusal(reason)
    text = " ".join(strip_invisible(reason).split())
    if not text:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "Say why the result is struck (what was wrong).")
        )
    if len(text) > MAX_REASON:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "The reason is longer than {n} characters."),
            n=MAX_REASON,
        )
    return text


def check_strike(
    taken_on: dt.date, struck_at: dt.datetime | None, reason: str | None, today: dt.date
) -> str | None:
    """A strike as a file gives it: never on a day after today nor before the result's
    own day, with a reason as the window takes one (the reason kept, or None)."""
    if struck_at is None:
        return reason
    if struck_at.date() > today:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "The result is struck on a day in the future.")
        )
    if struck_at.date() < taken_on:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "The result is struck before the day it was taken.")
        )
    return clean_strike_reason(reason or "")


def check_result(result: ScreeningResult, today: dt.date) -> None:
    if str(result.instrument) not in {i.value for i in InstrumentId}:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "“{name}” is not an instrument Counsel Desk knows."),
            name=str(result.instrument)[:40],
        )
    if str(result.entry) not in {e.value for e in ScreeningEntry}:
        raise _refuse(
            QT_TRANSLATE_NOOP("Screening", "“{entry}” is not a way a questionnaire is filled in."),
            entry=str(result.entry)[:40],
        )
    if result.taken_on > today:
        raise _refuse(QT_TRANSLATE_NOOP("Screening", "The questionnaire's date is in the future."))
    if result.taken_on.year < 1990:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Screening", "The questionnaire's date is before 1990: check the year."
            )
        )
    check_answers(result.definition, result.answers)


def series(results: Sequence[ScreeningResult]) -> dict[str, list[tuple[dt.date, int]]]:
    """Per instrument name: (date, total) in date order, struck results left out."""
    lines: dict[str, list[tuple[dt.date, int]]] = {}
    for r in sorted(results, key=lambda r: (r.taken_on, r.id or 0)):
        if not r.is_struck:
            lines.setdefault(r.definition.name, []).append((r.taken_on, r.score.total))
    return lines
