"""The BK program of a school year (issue 17, item 6): *program tahunan*, and its two
halves, *program semesteran*.

Each planned activity has its month, bidang, strategi, topic, class level and length in
lesson periods (JP); a classical session also has its *RPL BK* (rencana pelaksanaan
layanan): objective, method, materials, the opening, core and closing activities and the
evaluation. A draft program is made from a needs assessment's ranked needs
(:func:`draft_program`), for the counselor to edit. No Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from counsel_desk.domain.akpd import NeedFigure
from counsel_desk.domain.enums import ServiceField, ServiceStrategy
from counsel_desk.domain.invisible import strip_invisible
from counsel_desk.domain.validation import Issue
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog, UserMessage

MAX_TOPIC: Final = 200
MAX_LEVEL: Final = 40
MAX_PERIODS: Final = 40
MAX_RPL_TEXT: Final = 4000
DEFAULT_START_MONTH: Final = 7  # the Indonesian school year starts in July
TEACHING_MONTHS: Final = 10  # the months a draft fills (the last two are for exams)
SESSIONS_PER_MONTH: Final = 2
CLASSROOM_SHARE: Final = 50.0  # a need at least this widely shared: the whole class
GROUP_SHARE: Final = 20.0  # below it, individual work, not in the program

RPL_KEYS: Final = (
    "objective",
    "method",
    "materials",
    "opening",
    "core",
    "closing",
    "evaluation",
)


@dataclass(frozen=True)
class Rpl:
    """The *rencana pelaksanaan layanan* of one planned session (every text may be empty
    while she drafts it)."""

    objective: str = ""
    method: str = ""
    materials: str = ""
    opening: str = ""
    core: str = ""
    closing: str = ""
    evaluation: str = ""

    def texts(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in RPL_KEYS}


@dataclass
class ProgramItem:
    """One planned activity of the program of ``school_year`` (the year it starts in:
    2026 for 2026/2027), in the month that starts on ``month``."""

    school_year: int
    month: dt.date
    field: ServiceField
    strategy: ServiceStrategy
    topic: str
    class_level: str = ""
    periods: int = 2
    rpl: Rpl = dataclasses.field(default_factory=Rpl)
    id: int | None = None

    def texts(self) -> list[tuple[str, str]]:
        """(key, text) of every free text, to check for names."""
        found = [("topic", self.topic), ("class_level", self.class_level)]
        found += [(f"rpl.{k}", v) for k, v in self.rpl.texts().items()]
        return [(k, v) for k, v in found if v]

    @property
    def has_rpl(self) -> bool:
        return ServiceStrategy(self.strategy) in RPL_STRATEGIES


RPL_STRATEGIES: Final = frozenset(
    {
        ServiceStrategy.CLASSROOM_GUIDANCE,
        ServiceStrategy.CROSS_CLASS_GUIDANCE,
        ServiceStrategy.GROUP_GUIDANCE,
    }
)


def school_months(school_year: int, start_month: int = DEFAULT_START_MONTH) -> list[dt.date]:
    """The twelve months of the school year that starts in ``start_month`` of
    ``school_year``, each as its first day."""
    months: list[dt.date] = []
    year, month = school_year, start_month
    for _ in range(12):
        months.append(dt.date(year, month, 1))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def semester_of(item: ProgramItem, start_month: int = DEFAULT_START_MONTH) -> int:
    """1 for the first six months of the school year, 2 for the rest."""
    months = school_months(item.school_year, start_month)
    return 1 if item.month in months[:6] else 2


def _err(path: str, text: str, **params: object) -> Issue:
    return Issue(path, UserMessage(text, **params))


def _one_line(text: str) -> str:
    return " ".join(strip_invisible(text).split())


def clean_program_item(item: ProgramItem) -> ProgramItem:
    one_line = _one_line
    return replace(
        item,
        field=ServiceField(item.field),
        strategy=ServiceStrategy(item.strategy),
        topic=one_line(item.topic),
        class_level=one_line(item.class_level),
        month=item.month.replace(day=1),
        rpl=Rpl(**{k: strip_invisible(v).strip() for k, v in item.rpl.texts().items()}),
    )


def validate_program_item(item: ProgramItem) -> list[Issue]:
    issues: list[Issue] = []
    if not item.topic.strip():
        issues.append(
            _err(
                "topic",
                QT_TRANSLATE_NOOP("BkProgram", "Say what the planned activity is about."),
            )
        )
    elif len(item.topic) > MAX_TOPIC:
        issues.append(
            _err(
                "topic",
                QT_TRANSLATE_NOOP("BkProgram", "A topic is at most {limit} characters long."),
                limit=MAX_TOPIC,
            )
        )
    if len(item.class_level) > MAX_LEVEL:
        issues.append(
            _err(
                "class_level",
                QT_TRANSLATE_NOOP("BkProgram", "A class level is at most {limit} characters."),
                limit=MAX_LEVEL,
            )
        )
    if not 1 <= item.periods <= MAX_PERIODS:
        issues.append(
            _err(
                "periods",
                QT_TRANSLATE_NOOP("BkProgram", "The length is 1 to {limit} JP."),
                limit=MAX_PERIODS,
            )
        )
    if not 0 <= item.month.year - item.school_year <= 1:
        issues.append(
            _err(
                "month",
                QT_TRANSLATE_NOOP(
                    "BkProgram", "The month is not in the school year {year}/{next}."
                ),
                year=item.school_year,
                next=item.school_year + 1,
            )
        )
    for key, text in item.rpl.texts().items():
        if len(text) > MAX_RPL_TEXT:
            issues.append(
                _err(
                    f"rpl.{key}",
                    QT_TRANSLATE_NOOP(
                        "BkProgram", "A part of the RPL is at most {limit} characters."
                    ),
                    limit=MAX_RPL_TEXT,
                )
            )
    return issues


# The draft RPL's texts, in the program's language (she rewrites them).
_DRAFT: Final = {
    "objective": QT_TRANSLATE_NOOP(
        "BkProgram",
        "After the session, students can say what helps with this need and choose one "
        "step to try themselves.",
    ),
    "method": QT_TRANSLATE_NOOP("BkProgram", "Short talk, discussion in small groups, reflection"),
    "materials": QT_TRANSLATE_NOOP(
        "BkProgram", "Slides or a poster, a worksheet, a whiteboard and markers"
    ),
    "opening": QT_TRANSLATE_NOOP(
        "BkProgram",
        "Greeting and prayer; checking who is present; an ice-breaker; agreeing the aim of "
        "the session.",
    ),
    "core": QT_TRANSLATE_NOOP(
        "BkProgram",
        "A short talk on the topic; groups discuss an example case on the worksheet; each "
        "group shares its answers; the counselor draws the points together.",
    ),
    "closing": QT_TRANSLATE_NOOP(
        "BkProgram",
        "Summing up together; each student writes one step to try; closing prayer.",
    ),
    "evaluation": QT_TRANSLATE_NOOP(
        "BkProgram",
        "Process: how students take part in the discussion. Result: the written step and "
        "a short reflection (what I understood, what I feel, what I will do).",
    ),
}


def draft_rpl(language: str) -> Rpl:
    words = Catalog.load(language).words(_DRAFT)
    return Rpl(**words)


def draft_program(
    needs: Sequence[NeedFigure],
    school_year: int,
    *,
    class_level: str = "",
    language: str = "en",
    start_month: int = DEFAULT_START_MONTH,
    periods: int = 2,
) -> list[ProgramItem]:
    """A draft program from ``needs`` (ranked, most shared first): a need shared by at
    least :data:`CLASSROOM_SHARE` % becomes classical guidance, one shared by at least
    :data:`GROUP_SHARE` % group guidance; each in turn takes the next free session of the
    teaching months (two a month, the first ten months of the year), so the most shared
    needs come first in the year. Hidden figures and rarer needs are left out (they are
    for individual work)."""
    months = school_months(school_year, start_month)[:TEACHING_MONTHS]
    slots = [m for m in months for _ in range(SESSIONS_PER_MONTH)]
    rpl = draft_rpl(language)
    program: list[ProgramItem] = []
    for figure in needs:
        share = figure.percent
        if share is None or share < GROUP_SHARE:
            continue
        if len(program) == len(slots):
            break
        strategy = (
            ServiceStrategy.CLASSROOM_GUIDANCE
            if share >= CLASSROOM_SHARE
            else ServiceStrategy.GROUP_GUIDANCE
        )
        program.append(
            ProgramItem(
                school_year,
                slots[len(program)],
                ServiceField(figure.item.field),
                strategy,
                figure.item.text[:MAX_TOPIC],
                class_level,
                periods,
                rpl,
            )
        )
    return program
