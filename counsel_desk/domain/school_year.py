"""A new school year: every student moves up a class (issue 20, item 2).

In July an Indonesian school moves each class up one level — VII-B becomes VIII-B, X IPA 1
becomes XI IPA 1 — and the last class (IX at an SMP, XII at an SMA, 6 at an SD) leaves.
The counselor's records follow: an active client's class moves up the same way, a leaver
is marked graduated and her case is closed, so that its retention period starts.

A class is read as she writes it: a level in Roman numerals (``VIII``) or digits (``8``),
optionally after *Kelas*, *Grade*, *Class* or *Year*, then whatever names the parallel
class (``-B``, `` B``, ``B``, `` IPA 1``). The new class keeps every part but the level,
written the same way (Roman stays Roman, in the same case). A class that does not read so
("Tahfidz", "Akselerasi") is left as it is and listed, never guessed. Pure: no Qt.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from counsel_desk.domain.invisible import strip_invisible
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")
HIGHEST_LEVEL: Final = len(ROMAN)
# The last class of each kind of school: SD 6, SMP 9, SMA/SMK 12, a four-year SMK or a
# British "Year 13" 13. The guess for a caseload is the first of these at or above the
# highest class in it; she can pick another.
LAST_LEVELS: Final = (6, 9, 12, 13)

_ROMAN_PATTERN: Final = "|".join(sorted(ROMAN, key=len, reverse=True))
_CLASS: Final = re.compile(
    r"^(?P<prefix>(?:kelas|kls\.?|grade|class|year)\s*)?"
    rf"(?:(?P<roman>{_ROMAN_PATTERN})|(?P<digits>1[0-3]|[1-9]))"
    # after digits any letters ("7A", "10IPA1"); after a numeral one letter alone ("VIIB",
    # "XIA"), so that "IPA 1" or "Xavier" is no level
    r"(?P<rest>[\s./-].*|(?<=[0-9])[A-Za-z].*|(?<=[IVXivx])[A-Za-z](?:[\s./\d-].*)?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClassName:
    """A class read as a level and the words around it."""

    prefix: str
    level: int
    roman: bool
    lower: bool
    rest: str

    def with_level(self, level: int) -> str:
        if self.roman:
            numeral = ROMAN[level - 1]
            written = numeral.lower() if self.lower else numeral
        else:
            written = str(level)
        return f"{self.prefix}{written}{self.rest}"


def read_class(text: str) -> ClassName | None:
    """``text`` as a class level and its parallel, or None when it is not written so."""
    cleaned = " ".join(strip_invisible(text).split())
    found = _CLASS.match(cleaned)
    if found is None:
        return None
    roman = found.group("roman")
    if roman is not None:
        # "vii-b" and "VII-B" are both seen; "Vii" is a typo read as upper case.
        return ClassName(
            prefix=found.group("prefix") or "",
            level=ROMAN.index(roman.upper()) + 1,
            roman=True,
            lower=roman.islower(),
            rest=found.group("rest") or "",
        )
    return ClassName(
        prefix=found.group("prefix") or "",
        level=int(found.group("digits")),
        roman=False,
        lower=False,
        rest=found.group("rest") or "",
    )


# What a school's name says of its last class: "SMP Negeri 3 Semarang", "MTs Negeri 4
# Malang" end with IX; "SMA", "SMK", "MA" with XII; "SD", "MI" with 6.
_SCHOOL_LEVELS: Final = (
    (re.compile(r"\b(?:sd|sdn|sdit|mi|min|sekolah dasar)\b", re.IGNORECASE), 6),
    (re.compile(r"\b(?:smp|smpn|smpit|mts|mtsn|sltp)\b", re.IGNORECASE), 9),
    (re.compile(r"\b(?:sma|sman|smait|smk|smkn|ma|man|mak|slta)\b", re.IGNORECASE), 12),
)
# An international school's class says it: Years 1–13 (British), Grades 1–12.
_PREFIX_LEVELS: Final = {"year": 13, "grade": 12}


def school_last_level(school: str | None) -> int | None:
    """The last class of a school whose name says what kind it is; None otherwise."""
    if not school:
        return None
    cleaned = " ".join(strip_invisible(school).split())
    for pattern, level in _SCHOOL_LEVELS:
        if pattern.search(cleaned):
            return level
    return None


def last_level_of(student: Student, default: int) -> int:
    """The last class of ``student``'s school: what its name says (SMP: IX), else what
    her class says (Year 13, Grade 12), else ``default`` — the one she chose."""
    by_school = school_last_level(student.school)
    if by_school is not None:
        return by_school
    name = read_class(student.grade or "")
    if name is not None:
        prefix = name.prefix.strip().rstrip(".").casefold()
        if prefix in _PREFIX_LEVELS:
            return _PREFIX_LEVELS[prefix]
    return default


def guess_last_level(classes: Iterable[str]) -> int:
    """The last class of the school these classes are from: the first of ``LAST_LEVELS``
    at or above the highest level among them (an SMP's caseload with only VII and VIII in
    it still ends at IX); 12 when none can be read."""
    levels = [c.level for c in map(read_class, classes) if c is not None]
    if not levels:
        return 12
    highest = max(levels)
    return next(last for last in LAST_LEVELS if last >= highest)


class Step(enum.StrEnum):
    MOVES_UP = "moves_up"
    GRADUATES = "graduates"
    KEPT = "kept"


class KeptBecause(enum.StrEnum):
    NO_CLASS = "no_class"
    NOT_UNDERSTOOD = "not_understood"
    ABOVE_LAST = "above_last"


@dataclass(frozen=True)
class Student:
    """What the rollover needs of an active client (or a roster entry)."""

    id: int
    code: str
    grade: str | None
    opened_on: dt.date | None = None
    school: str | None = None


@dataclass(frozen=True)
class Change:
    student: Student
    step: Step
    new_grade: str | None = None
    kept_because: KeptBecause | None = None
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class Rollover:
    """The changes of one new school year, in the order of the students given."""

    year: int
    last_level: int
    graduation_day: dt.date
    changes: tuple[Change, ...]

    def of(self, step: Step) -> list[Change]:
        return [c for c in self.changes if c.step is step]


def plan_rollover(
    students: Sequence[Student], *, year: int, last_level: int, graduation_day: dt.date
) -> Rollover:
    """What a new school year starting in ``year`` does to each student: a class below
    her school's last class moves up, the last class graduates on ``graduation_day`` (a
    case opened after that day closes on the day it opened), anything else is kept. Her
    school's last class is what its name or her class says (``last_level_of``), else
    ``last_level``."""
    if not 1 <= last_level <= HIGHEST_LEVEL:
        raise ValueError(f"no school ends with class {last_level}")
    changes: list[Change] = []
    for student in students:
        grade = (student.grade or "").strip()
        if not grade:
            changes.append(Change(student, Step.KEPT, kept_because=KeptBecause.NO_CLASS))
            continue
        name = read_class(grade)
        if name is None:
            changes.append(Change(student, Step.KEPT, kept_because=KeptBecause.NOT_UNDERSTOOD))
        elif name.level > (last := last_level_of(student, last_level)):
            changes.append(Change(student, Step.KEPT, kept_because=KeptBecause.ABOVE_LAST))
        elif name.level == last:
            opened = student.opened_on
            closed = graduation_day if opened is None else max(graduation_day, opened)
            changes.append(Change(student, Step.GRADUATES, closed_on=closed))
        else:
            changes.append(
                Change(student, Step.MOVES_UP, new_grade=name.with_level(name.level + 1))
            )
    return Rollover(year, last_level, graduation_day, tuple(changes))


def class_label(level: int) -> str:
    """A level as a class list shows it: ``IX (9)``."""
    return f"{ROMAN[level - 1]} ({level})"


def already_started(year: int, last_started: int | None) -> UserMessage | None:
    """Why a school year starting in ``year`` cannot be started, or None."""
    if last_started is not None and year <= last_started:
        return UserMessage(
            QT_TRANSLATE_NOOP(
                "SchoolYear",
                "The school year {year}/{next} has already been started: every class moved"
                " up then. A school year is started once.",
            ),
            year=last_started,
            next=last_started + 1,
        )
    return None


def kept_reason(because: KeptBecause) -> UserMessage:
    return {
        KeptBecause.NO_CLASS: UserMessage(
            QT_TRANSLATE_NOOP("SchoolYear", "no class in the profile: kept as it is")
        ),
        KeptBecause.NOT_UNDERSTOOD: UserMessage(
            QT_TRANSLATE_NOOP("SchoolYear", "the class is not a level (VII, 8 …): kept as it is")
        ),
        KeptBecause.ABOVE_LAST: UserMessage(
            QT_TRANSLATE_NOOP("SchoolYear", "the class is above the school's last class: kept")
        ),
    }[because]
