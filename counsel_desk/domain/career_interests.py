"""Career-interest inventory (issue 20, item 4): the public-domain RIASEC markers, scored
per Holland type and to the three-letter Holland code, with an explanation of each type.

**Source.** The 48 activity items of the *public domain RIASEC marker scales* (Armstrong,
Allison & Rounds, 2008, "Development and initial validation of brief public domain
RIASEC marker scales", *Journal of Vocational Behavior* 73, 287–299): eight activities
per type, which the authors selected from the Interest Profiler's 30-item RIASEC scales
and published as public domain measures (their abstract: "the development of these
brief public domain RIASEC interest measures addresses the copyright and length
limitations of current scales"). Public domain: no licence, fee or notice is required,
and a translation is allowed. Counsel Desk names the source all the same (``SOURCE``,
docs/career-interests.md). The item texts were checked against several independent
copies of the set (all giving the same 48 wordings); the paper's own appendix could not
be read here, and neither could its answer scale: ``SCALE`` is the five-point like–dislike
format of the Interest Profiler the items come from. docs/career-interests.md says so.

**Not the O*NET Interest Profiler.** The O*NET Interest Profiler itself is copyrighted by
the U.S. Department of Labor/ETA and O*NET is its trademark: it may be copied and
distributed whole, with its notices, but is not public domain and offers no licence for
a modified (translated) version, so it is not shipped here.

**English items only.** No published Indonesian version of these markers was found, and
a translation of our own would be an unvalidated instrument; the items and their answer
scale are shown in English, as the source text, and the screen says so (as the screening
questionnaires do). Everything around them — the names of the types, their explanations,
the code's explanation, buttons — is in the UI's language. A translation would be added
as data (``LANGUAGES``), marked as Counsel Desk's own, never typed on the spot.

**Scoring.** Each item is answered on a five-point scale (option index 0–4, scored 1–5);
a type's score is the sum of its eight items (8–40). The Holland code is the three
highest types, highest first. **Ties** (common with eight items a type) are never broken
silently: types with equal scores form one *tied group*, shown together in brackets in
the fixed R-I-A-S-E-C order, e.g. ``S(A/I)``; a group that reaches past the third
place is shown whole, so a code can hold more than three letters (``(R/I/A/S)``) but
never hides which of them are equal. No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from counsel_desk.domain.invisible import strip_invisible
from counsel_desk.domain.screening import ScreeningEntry
from counsel_desk.domain.validation import has_bidi_controls
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage, neutralise_bidi


class CareerInterestError(CounselDeskError):
    pass


def _refuse(template: str, **params: object) -> CareerInterestError:
    return CareerInterestError(UserMessage(template, **params))


class RiasecType(StrEnum):
    """Holland's six interest types, in the order of his hexagon."""

    R = "R"
    I = "I"  # noqa: E741 - Holland's letter
    A = "A"
    S = "S"
    E = "E"
    C = "C"


RIASEC_ORDER: Final[tuple[RiasecType, ...]] = tuple(RiasecType)


@dataclass(frozen=True)
class Item:
    key: str  # the source's own label: R1…R8, I1…, C8
    type: RiasecType
    text: str  # the published English wording, never translated here


# The items as Armstrong, Allison & Rounds (2008) published them, eight a type.
_ITEMS_BY_TYPE: Final[Mapping[RiasecType, tuple[str, ...]]] = {
    RiasecType.R: (
        "Test the quality of parts before shipment",
        "Lay brick or tile",
        "Work on an offshore oil-drilling rig",
        "Assemble electronic parts",
        "Operate a grinding machine in a factory",
        "Fix a broken faucet",
        "Assemble products in a factory",
        "Install flooring in houses",
    ),
    RiasecType.I: (
        "Study the structure of the human body",
        "Study animal behavior",
        "Do research on plants or animals",
        "Develop a new medical treatment or procedure",
        "Conduct biological research",
        "Study whales and other types of marine life",
        "Work in a biology lab",
        "Make a map of the bottom of an ocean",
    ),
    RiasecType.A: (
        "Conduct a musical choir",
        "Direct a play",
        "Design artwork for magazines",
        "Write a song",
        "Write books or plays",
        "Play a musical instrument",
        "Perform stunts for a movie or television show",
        "Design sets for plays",
    ),
    RiasecType.S: (
        "Give career guidance to people",
        "Do volunteer work at a non-profit organization",
        "Help people who have problems with drugs or alcohol",
        "Teach an individual an exercise routine",
        "Help people with family-related problems",
        "Supervise the activities of children at a camp",
        "Teach children how to read",
        "Help elderly people with their daily activities",
    ),
    RiasecType.E: (
        "Sell restaurant franchises to individuals",
        "Sell merchandise at a department store",
        "Manage the operations of a hotel",
        "Operate a beauty salon or barber shop",
        "Manage a department within a large company",
        "Manage a clothing store",
        "Sell houses",
        "Run a toy store",
    ),
    RiasecType.C: (
        "Generate the monthly payroll checks for an office",
        "Inventory supplies using a hand-held computer",
        "Use a computer program to generate customer bills",
        "Maintain employee records",
        "Compute and record statistical and other numerical data",
        "Operate a calculator",
        "Handle customers' bank transactions",
        "Keep shipping and receiving records",
    ),
}
ITEMS_PER_TYPE: Final = 8

# Presented one of each type in turn (R1, I1, A1, S1, E1, C1, R2, …), so that no block
# of eight similar activities comes together.
ITEMS: Final[tuple[Item, ...]] = tuple(
    Item(f"{t.value}{n + 1}", t, _ITEMS_BY_TYPE[t][n])
    for n in range(ITEMS_PER_TYPE)
    for t in RIASEC_ORDER
)
_BY_KEY: Final[Mapping[str, Item]] = {item.key: item for item in ITEMS}

STEM: Final = "How much would you like to do each of these activities?"
# The answer scale, worst to best; an answer is the option's index, scored index + 1.
SCALE: Final = ("Strongly dislike", "Dislike", "Unsure", "Like", "Strongly like")
MIN_SCORE: Final = ITEMS_PER_TYPE * 1
MAX_SCORE: Final = ITEMS_PER_TYPE * len(SCALE)

SOURCE: Final = (
    "Public domain RIASEC marker scales (activity items). Armstrong, P. I., Allison, W., "
    "& Rounds, J. (2008). Development and initial validation of brief public domain "
    "RIASEC marker scales. Journal of Vocational Behavior, 73, 287–299. Public domain."
)
LANGUAGES: Final[tuple[str, ...]] = ("en",)

ENGLISH_ONLY_NOTICE: Final = QT_TRANSLATE_NOOP(
    "CareerInterests",
    "The activities are shown in English, as their public-domain source publishes them: "
    "no published Indonesian version was found, and a translation of our own would not "
    "be the validated item set. Read an activity with the student if the English is "
    "hard. The explanation of the result is in your language.",
)


@dataclass(frozen=True)
class TypeInfo:
    """What a Holland type means, written for Counsel Desk (translatable, context
    "CareerInterests"): the interest, then school subjects, activities and fields of
    study and work that a student in Indonesia may recognise."""

    type: RiasecType
    name: str
    summary: str
    subjects: str
    activities: str
    fields: str


TYPES: Final[Mapping[RiasecType, TypeInfo]] = {
    RiasecType.R: TypeInfo(
        RiasecType.R,
        QT_TRANSLATE_NOOP("CareerInterests", "Realistic"),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Likes practical, hands-on work with tools, machines, materials, plants or "
            "animals, and seeing a concrete result.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Physics, crafts and workshop (prakarya), physical education, informatics (hardware).",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Scouts (Pramuka), robotics, Paskibra, sports, school garden or farm.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "SMK: automotive, machining, electrical, building construction, "
            "agriculture, fisheries. University or polytechnic: mechanical, civil or "
            "electrical engineering, agriculture, forestry. Work: technician, mechanic, "
            "builder, pilot, farmer.",
        ),
    ),
    RiasecType.I: TypeInfo(
        RiasecType.I,
        QT_TRANSLATE_NOOP("CareerInterests", "Investigative"),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Likes observing, asking why, experimenting and solving problems with "
            "reasoning and evidence.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests", "Biology, chemistry, physics, mathematics, geography."
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Young scientists' club (KIR), science olympiad (OSN), astronomy or nature club.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "SMA with science subjects; SMK: laboratory analysis, pharmacy. University: "
            "medicine, pharmacy, biology, chemistry, statistics, computer science. Work: "
            "researcher, doctor, laboratory analyst, data analyst.",
        ),
    ),
    RiasecType.A: TypeInfo(
        RiasecType.A,
        QT_TRANSLATE_NOOP("CareerInterests", "Artistic"),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Likes creating and expressing: music, drawing, writing, acting, design, "
            "with room for imagination and few fixed rules.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Arts and culture (music, fine arts, dance, theatre), Indonesian and "
            "foreign languages and literature.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Choir, theatre, band, traditional dance, school magazine or journalism, "
            "photography, film.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "SMA with language subjects; SMK: visual communication design, multimedia, "
            "fashion, crafts. University: visual communication design (DKV), "
            "architecture, music, film, literature. Work: designer, musician, writer, "
            "content creator.",
        ),
    ),
    RiasecType.S: TypeInfo(
        RiasecType.S,
        QT_TRANSLATE_NOOP("CareerInterests", "Social"),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Likes helping, teaching, caring for and listening to people, and working "
            "with them rather than with things.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Civics (PPKn), religious education, sociology, Indonesian, physical education.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Youth Red Cross (PMR), peer counseling, OSIS, religious study group, volunteering.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "SMK: nursing, childcare, social work. University: teacher education, "
            "guidance and counseling, psychology, nursing, public health. Work: teacher, "
            "counselor, nurse, social worker.",
        ),
    ),
    RiasecType.E: TypeInfo(
        RiasecType.E,
        QT_TRANSLATE_NOOP("CareerInterests", "Enterprising"),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Likes leading, persuading, selling and starting things, taking decisions "
            "and risks to reach a goal.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Economics, entrepreneurship (kewirausahaan), Indonesian and English "
            "(speaking), sociology.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "OSIS, debate, school bazaar or market day, school cooperative, event committees.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "SMK: marketing, online business, hospitality, tourism. University: "
            "management, business, law, communication, international relations. Work: "
            "entrepreneur, manager, sales, lawyer.",
        ),
    ),
    RiasecType.C: TypeInfo(
        RiasecType.C,
        QT_TRANSLATE_NOOP("CareerInterests", "Conventional"),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Likes order and accuracy: working with numbers, records and clear "
            "procedures, and finishing tasks carefully.",
        ),
        QT_TRANSLATE_NOOP("CareerInterests", "Mathematics, economics and accounting, informatics."),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "Treasurer or secretary of OSIS or a club, school cooperative, library helper.",
        ),
        QT_TRANSLATE_NOOP(
            "CareerInterests",
            "SMK: accounting and finance, office management, logistics. University: "
            "accounting, taxation, banking, administration, library science. Work: "
            "accountant, bank officer, administrator, auditor.",
        ),
    ),
}

CODE_EXPLANATION: Final = QT_TRANSLATE_NOOP(
    "CareerInterests",
    "The Holland code lists the student's strongest interest types, the strongest "
    "first. It describes what she likes doing, not what she is able to do, and is a "
    "starting point for talking about subjects, study and work, not a verdict. Letters "
    "in brackets are tied: their scores are equal and their order (R-I-A-S-E-C) says "
    "nothing.",
)


def item(key: str) -> Item | None:
    return _BY_KEY.get(key)


@dataclass(frozen=True)
class HollandCode:
    """The top of the profile as groups of equal scores, highest first; each group's
    letters in R-I-A-S-E-C order. The groups cover at least the three highest places."""

    groups: tuple[tuple[RiasecType, ...], ...]

    @property
    def letters(self) -> tuple[RiasecType, ...]:
        return tuple(t for group in self.groups for t in group)

    @property
    def tied(self) -> bool:
        return any(len(group) > 1 for group in self.groups)

    def __str__(self) -> str:
        return "".join(
            g[0].value if len(g) == 1 else "(" + "/".join(t.value for t in g) + ")"
            for g in self.groups
        )


@dataclass(frozen=True)
class Profile:
    scores: Mapping[RiasecType, int]  # every type, MIN_SCORE…MAX_SCORE
    code: HollandCode


def holland_code(scores: Mapping[RiasecType, int], places: int = 3) -> HollandCode:
    """The highest ``places`` types, ties grouped (see the module's docstring)."""
    groups: list[tuple[RiasecType, ...]] = []
    for value in sorted({scores[t] for t in RIASEC_ORDER}, reverse=True):
        if sum(len(g) for g in groups) >= places:
            break
        groups.append(tuple(t for t in RIASEC_ORDER if scores[t] == value))
    return HollandCode(tuple(groups))


def missing(answers: Mapping[str, int]) -> list[Item]:
    return [i for i in ITEMS if i.key not in answers]


def check_answers(answers: Mapping[str, int]) -> None:
    """Refuse an unknown item, an answer outside the scale or a missing item."""
    for key, value in answers.items():
        if item(str(key)) is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("CareerInterests", "The inventory has no item “{key}”."),
                key=str(key)[:20],
            )
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(SCALE):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "CareerInterests", "The answer to item {key} is not one of its choices."
                ),
                key=key,
            )
    gaps = missing(answers)
    if gaps:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "CareerInterests",
                "The inventory is not complete: answer item {keys} too; scores of some "
                "items are not the inventory's scores.",
            ),
            keys=", ".join(i.key for i in gaps),
        )


def profile(answers: Mapping[str, int]) -> Profile:
    """The six scores and the Holland code of complete answers."""
    check_answers(answers)
    scores = {t: 0 for t in RIASEC_ORDER}
    for entry in ITEMS:
        scores[entry.type] += answers[entry.key] + 1
    return Profile(scores, holland_code(scores))


@dataclass
class CareerInterestResult:
    """One filled-in inventory of one client; the scores and code are computed."""

    client_id: int
    taken_on: dt.date
    answers: dict[str, int]
    entry: ScreeningEntry = ScreeningEntry.COUNSELOR
    id: int | None = None
    struck_at: dt.datetime | None = None
    strike_reason: str | None = None

    @property
    def profile(self) -> Profile:
        return profile(self.answers)

    @property
    def is_struck(self) -> bool:
        return self.struck_at is not None


def check_result(result: CareerInterestResult, today: dt.date) -> None:
    if str(result.entry) not in {e.value for e in ScreeningEntry}:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "CareerInterests", "“{entry}” is not a way the inventory is filled in."
            ),
            entry=str(result.entry)[:40],
        )
    if result.taken_on > today:
        raise _refuse(
            QT_TRANSLATE_NOOP("CareerInterests", "The inventory's date is in the future.")
        )
    if result.taken_on.year < 1990:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "CareerInterests", "The inventory's date is before 1990: check the year."
            )
        )
    check_answers(result.answers)


MAX_REASON: Final = 500


def clean_strike_reason(reason: str) -> str:
    """Why a result is struck, as it is kept (one line, invisible characters gone), or a
    refusal: typed in the window or read from a file alike."""
    if has_bidi_controls(reason):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "CareerInterests",
                "“{text}” holds an invisible text-direction character (such as U+202E), "
                "which can make it read differently than it is: remove it.",
            ),
            text=neutralise_bidi(reason)[:40],
        )
    text = " ".join(strip_invisible(reason).split())
    if not text:
        raise _refuse(
            QT_TRANSLATE_NOOP("CareerInterests", "Say why the result is struck (what was wrong).")
        )
    if len(text) > MAX_REASON:
        raise _refuse(
            QT_TRANSLATE_NOOP("CareerInterests", "The reason is longer than {n} characters."),
            n=MAX_REASON,
        )
    return text


def check_strike(result: CareerInterestResult, today: dt.date) -> str | None:
    """A strike as a file gives it: never on a day after today nor before the result's
    own day, with a reason as the window takes one (the reason kept, or None)."""
    if result.struck_at is None:
        return result.strike_reason
    if result.struck_at.date() > today:
        raise _refuse(
            QT_TRANSLATE_NOOP("CareerInterests", "The result is struck on a day in the future.")
        )
    if result.struck_at.date() < result.taken_on:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "CareerInterests", "The result is struck before the day it was taken."
            )
        )
    return clean_strike_reason(result.strike_reason or "")


def standing(results: Sequence[CareerInterestResult]) -> list[CareerInterestResult]:
    """The results not struck, in date order."""
    return sorted((r for r in results if not r.is_struck), key=lambda r: (r.taken_on, r.id or 0))
