"""The *laporan pelaksanaan layanan BK* (issue 17, item 5): what the BK program did in a
month, a semester or a school year, for the school and the inspector (*pengawas*).

What it counts (docs/bk-reports.md says the same for the school):

* **Contacts by komponen × bidang × strategi.** A contact is a client session (a
  progress note, not struck through) that has a classification, or an activity of the
  log that has one. A row is a komponen with a strategi; its *contacts* column counts each
  contact once (the rows add up to the total), its bidang columns count a contact once
  for each of its bidang — a contact about *pribadi* and *belajar* is in both, so the
  bidang columns do not add up to the contacts.
* **Not yet classified**: sessions of the period without a classification, and
  activities without one (duties that are not counseling are never missing one).
* **Classical guidance by class**: activities of the kind *bimbingan klasikal* (or with
  that strategi), per class: how many, and the students reached (the students present,
  added up).
* **Home visits and case conferences**: sessions with that template or that strategi
  (and activities with that strategi); the students concerned.
* **Workload in JP**: activities' lesson periods, their minutes and the sessions'
  durations over the length of one JP, against 24 JP a week over the period's school
  weeks (working days Monday–Friday that are no public holiday, over 5).
* **ASCA use of time**: the time of each contact under its ASCA category (JP and share;
  no counts, which would regroup the contacts above); the share of direct and indirect
  services against the target of 80 %. A session without a
  classification has no category: it is left out of this split (and counted above).

Every count goes through the term report's suppression (``domain/reports.py``): 1–4 is
``<5``; where the rows add up to a published total, complementary cells are hidden as
``*``; time (JP) of a hidden cell is hidden too. A bidang count is a floor of its row, so
a hidden row hides its bidang, and a bidang total with a hidden cell in its column is
hidden; counts that repeat a hidden row (home visits, case conferences, the classes'
sessions) are hidden with it. The ASCA split publishes time only (JP and share), hidden
for a category of 1–4 contacts. Nothing names a student, a case code or a
date of birth: the facts that come in are client ids (never printed), dates, durations,
classifications, templates and the activities' class, count and length.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.bk_program import ProgramItem
from counsel_desk.domain.enums import (
    ActivityKind,
    ReferralAgency,
    ReferralOutcome,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    UseOfTime,
)
from counsel_desk.domain.reports import (
    Cell,
    Row,
    Suppression,
    Table,
    primary,
    suppress_additive,
)
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

DEFAULT_MINUTES_PER_PERIOD: Final = 40
MAX_MINUTES_PER_PERIOD: Final = 90
NORM_PERIODS_PER_WEEK: Final = 24
ASCA_TARGET_PERCENT: Final = 80
DEFAULT_YEAR_START: Final = (7, 15)  # (month, day): mid-July, as Indonesian schools
YEAR_START_MONTHS: Final = range(6, 10)  # June–September: semester 2 starts on 1 January
HOME_VISIT_TEMPLATE: Final = "home_visit"  # TemplateId.HOME_VISIT
CASE_CONFERENCE_TEMPLATE: Final = "case_conference"  # TemplateId.CASE_CONFERENCE
NO_CLASS: Final = "__none__"
SETTINGS_KEY: Final = "bk_report_settings"


# --- settings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BkSettings:
    """What the BK report needs to know about the school: the length of one lesson period
    (JP) in minutes, and the day its school year starts (month, day)."""

    minutes_per_period: int = DEFAULT_MINUTES_PER_PERIOD
    year_start_month: int = DEFAULT_YEAR_START[0]
    year_start_day: int = DEFAULT_YEAR_START[1]

    def to_json(self) -> dict[str, int]:
        return {
            "minutes_per_period": self.minutes_per_period,
            "year_start_month": self.year_start_month,
            "year_start_day": self.year_start_day,
        }

    @classmethod
    def from_json(cls, data: object) -> BkSettings:
        """The settings stored as ``to_json`` wrote them; the defaults for anything
        missing or not possible."""
        if not isinstance(data, dict):
            return cls()
        default = cls()
        values: dict[str, Any] = {}
        for key in ("minutes_per_period", "year_start_month", "year_start_day"):
            value = data.get(key)
            values[key] = value if isinstance(value, int) else getattr(default, key)
        found = cls(**values)
        return found if settings_problem(found) is None else default

    def year_start(self, year: int) -> dt.date:
        return dt.date(year, self.year_start_month, self.year_start_day)


def settings_problem(settings: BkSettings) -> UserMessage | None:
    """Why these settings cannot be kept, or None."""
    minutes = settings.minutes_per_period
    if not 1 <= minutes <= MAX_MINUTES_PER_PERIOD:
        return UserMessage(
            QT_TRANSLATE_NOOP(
                "BkReports",
                "One lesson period (JP) lasts from 1 to {most} minutes (40 in an SMP, 45 in "
                "an SMA); {minutes} is not possible.",
            ),
            most=MAX_MINUTES_PER_PERIOD,
            minutes=minutes,
        )
    month, day = settings.year_start_month, settings.year_start_day
    valid_day = 1 <= day <= calendar.monthrange(2001, month)[1] if 1 <= month <= 12 else False
    if month not in YEAR_START_MONTHS or not valid_day:
        return UserMessage(
            QT_TRANSLATE_NOOP(
                "BkReports",
                "The school year starts on a day from 1 June to 30 September (mid-July in "
                "Indonesia, August in many English-medium schools), so that its second "
                "semester starts in January.",
            )
        )
    return None


# --- periods ------------------------------------------------------------------------------


class PeriodKind(StrEnum):
    MONTH = "month"
    SEMESTER = "semester"
    YEAR = "year"


@dataclass(frozen=True)
class Period:
    """A month ("2026-11"), a semester of a school year ("2026-S1": from the year's start
    to 31 December 2026; "2026-S2": 1 January 2027 to the day before the next year starts)
    or a school year ("2026/2027")."""

    kind: PeriodKind
    key: str
    start: dt.date
    end: dt.date


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(
        PeriodKind.MONTH,
        f"{year:04d}-{month:02d}",
        dt.date(year, month, 1),
        dt.date(year, month, last),
    )


def semester_period(year: int, semester: int, settings: BkSettings) -> Period:
    """Semester 1 or 2 of the school year that starts in ``year``."""
    if semester == 1:
        start, end = settings.year_start(year), dt.date(year, 12, 31)
    else:
        start = dt.date(year + 1, 1, 1)
        end = settings.year_start(year + 1) - dt.timedelta(days=1)
    return Period(PeriodKind.SEMESTER, f"{year:04d}-S{semester}", start, end)


def year_period(year: int, settings: BkSettings) -> Period:
    """The school year that starts in ``year``."""
    return Period(
        PeriodKind.YEAR,
        f"{year:04d}/{year + 1:04d}",
        settings.year_start(year),
        settings.year_start(year + 1) - dt.timedelta(days=1),
    )


def school_year_of(day: dt.date, settings: BkSettings) -> int:
    """The year the school year holding ``day`` starts in."""
    return day.year if day >= settings.year_start(day.year) else day.year - 1


def period_of(day: dt.date, kind: PeriodKind, settings: BkSettings) -> Period:
    """The month, semester or school year that holds ``day``."""
    if kind is PeriodKind.MONTH:
        return month_period(day.year, day.month)
    year = school_year_of(day, settings)
    if kind is PeriodKind.YEAR:
        return year_period(year, settings)
    return semester_period(year, 1 if day.year == year else 2, settings)


def recent_periods(
    today: dt.date, kind: PeriodKind, settings: BkSettings, count: int
) -> list[Period]:
    """The period holding ``today`` and the ``count - 1`` before it, newest first."""
    found = [period_of(today, kind, settings)]
    while len(found) < count:
        found.append(period_of(found[-1].start - dt.timedelta(days=1), kind, settings))
    return found


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_SEMESTER = re.compile(r"^(\d{4})(?:/\d{4})?-S([12])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})/(\d{4})$")


def parse_period(text: str, settings: BkSettings) -> Period | None:
    """``2026-11`` (a month), ``2026-S1`` / ``2026-S2`` (a semester of the school year
    2026/2027) or ``2026/2027`` (a school year); None for anything else."""
    text = text.strip()
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        return month_period(year, month) if 1 <= month <= 12 and year >= 1900 else None
    if m := _SEMESTER.match(text):
        return semester_period(int(m[1]), int(m[2]), settings) if int(m[1]) >= 1900 else None
    if (m := _YEAR.match(text)) and int(m[2]) == int(m[1]) + 1 and int(m[1]) >= 1900:
        return year_period(int(m[1]), settings)
    return None


def school_days(start: dt.date, end: dt.date, is_holiday: Callable[[dt.date], bool]) -> int:
    """Working days (Monday–Friday) from ``start`` to ``end`` that are no holiday."""
    count = 0
    day = start
    while day <= end:
        if day.weekday() < 5 and not is_holiday(day):
            count += 1
        day += dt.timedelta(days=1)
    return count


# --- facts and the report -----------------------------------------------------------------


@dataclass(frozen=True)
class ContactFact:
    """One client session the report counts: no text, no name."""

    date: dt.date
    client_ids: frozenset[int]  # the record's client and, for a group, its members
    minutes: int | None
    service: ServiceClass | None
    template: str


@dataclass(frozen=True)
class Visits:
    """Home visits or case conferences: how many, and the students concerned."""

    contacts: Cell
    students: Cell


@dataclass(frozen=True)
class Workload:
    """Her time in JP (tenths of a JP are kept: 45 minutes of a 40-minute JP is 1.1)."""

    minutes_per_period: int
    school_weeks: float
    norm: float  # JP
    sessions: Cell  # how many sessions the JP of sessions come from
    session_periods: float
    session_periods_hidden: bool
    activity_periods: float
    total_hidden: bool
    untimed: int  # sessions and activities without a length

    @property
    def total(self) -> float:
        return round(self.session_periods + self.activity_periods, 1)

    @property
    def percent_of_norm(self) -> int | None:
        return round(100 * self.total / self.norm) if self.norm else None


@dataclass(frozen=True)
class AscaShare:
    category: UseOfTime
    contacts: Cell  # primary rule only: never published, it hides the time of 1–4
    periods: float  # JP
    percent: int  # of all the time with a category
    hidden: bool  # JP and share hidden: 1–4 contacts


UNKNOWN_OUTCOME: Final = "unknown"


@dataclass(frozen=True)
class ReferralFact:
    """What the report knows of a referral: its day, where it went, what came of it."""

    made_on: dt.date
    agency: ReferralAgency
    outcome: ReferralOutcome | None


def _referral_table(key: str, counts: dict[str, int], order: Sequence[str]) -> Table:
    """Referrals counted by one attribute: each row a referral count (of students, so
    1–4 are hidden, and more where the rows would give a hidden one away)."""
    keys = [k for k in order if counts.get(k)]
    values = [counts[k] for k in keys]
    states, hide = suppress_additive(values)
    rows = tuple(Row(k, (Cell(v, s),)) for k, v, s in zip(keys, values, states, strict=True))
    total = sum(values)
    return Table(
        key, ("referrals",), rows, Row("total", (_hidden_total(Cell(total, primary(total)), hide),))
    )


def referral_tables(period: Period, referrals: Iterable[ReferralFact]) -> tuple[Table, Table]:
    """The period's referrals by agency and by outcome."""
    found = [r for r in referrals if period.start <= r.made_on <= period.end]
    agencies: dict[str, int] = {}
    outcomes: dict[str, int] = {}
    for r in found:
        agency = ReferralAgency(r.agency).value
        outcome = ReferralOutcome(r.outcome).value if r.outcome is not None else UNKNOWN_OUTCOME
        agencies[agency] = agencies.get(agency, 0) + 1
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return (
        _referral_table("referrals_by_agency", agencies, [a.value for a in ReferralAgency]),
        _referral_table(
            "referrals_by_outcome", outcomes, [*(o.value for o in ReferralOutcome), UNKNOWN_OUTCOME]
        ),
    )


@dataclass(frozen=True)
class PlannedMonth:
    """One month of the program: the planned sessions (and their JP), and the activities
    of the month that carried one of them out (``Activity.rpl``). Counts of sessions,
    never of students: nothing to suppress."""

    month: dt.date  # its first day
    planned: int
    planned_periods: int
    done: int
    done_periods: float


def planned_vs_done(
    period: Period,
    items: Iterable[ProgramItem],
    activities: Iterable[Activity],
    minutes_per_period: int,
) -> tuple[PlannedMonth, ...]:
    """Each month of ``period`` with something planned or carried out. An activity counts
    in the month it took place, when it names a planned session of the program."""
    everything = list(items)
    planned = [i for i in everything if period.start <= i.month <= period.end]
    ids = {i.id for i in everything if i.id is not None}  # planned earlier, carried out now
    done = [
        a
        for a in activities
        if period.start <= a.date <= period.end and a.rpl is not None and a.rpl in ids
    ]
    months = sorted(
        {i.month.replace(day=1) for i in planned} | {a.date.replace(day=1) for a in done}
    )
    found: list[PlannedMonth] = []
    for month in months:
        these = [i for i in planned if i.month.replace(day=1) == month]
        carried = [a for a in done if a.date.replace(day=1) == month]
        minutes = sum(a.length_in_minutes(minutes_per_period) or 0 for a in carried)
        found.append(
            PlannedMonth(
                month=month,
                planned=len(these),
                planned_periods=sum(i.periods for i in these),
                done=len(carried),
                done_periods=_jp(minutes, minutes_per_period),
            )
        )
    return tuple(found)


@dataclass(frozen=True)
class BkReport:
    period: Period
    contacts: Cell  # classified contacts: sessions and activities
    sessions: Cell  # sessions of the period, classified or not
    activities: int  # activities of the period (no students: never suppressed)
    unclassified_sessions: Cell
    unclassified_activities: Cell
    by_service: Table  # rows "component/strategy", columns the four bidang + "contacts"
    by_class: Table  # rows class names, columns "sessions", "students"
    home_visits: Visits
    case_conferences: Visits
    workload: Workload
    asca: tuple[AscaShare, ...]
    asca_direct_indirect_percent: int | None
    # The program tahunan's planned sessions month by month, and those carried out.
    program: tuple[PlannedMonth, ...] = ()
    # Referrals made in the period, by agency and by outcome ("unknown": not known yet).
    referrals_by_agency: Table | None = None
    referrals_by_outcome: Table | None = None

    def asca_meets_target(self) -> bool:
        share = self.asca_direct_indirect_percent
        return share is not None and share >= ASCA_TARGET_PERCENT


def service_row_key(component: ServiceComponent, strategy: ServiceStrategy) -> str:
    return f"{component.value}/{strategy.value}"


def split_row_key(key: str) -> tuple[ServiceComponent, ServiceStrategy]:
    component, strategy = key.split("/")
    return ServiceComponent(component), ServiceStrategy(strategy)


def is_empty(
    sessions: Sequence[ContactFact],
    activities: Sequence[Activity],
    period: Period | None = None,
    referrals: Sequence[ReferralFact] = (),
) -> bool:
    """Nothing to report in ``period``: no session, no activity and no referral made in
    it (a month in which she only referred students still has a report)."""
    referred = period is not None and any(
        period.start <= r.made_on <= period.end for r in referrals
    )
    return not sessions and not activities and not referred


def _jp(minutes: int, minutes_per_period: int) -> float:
    return round(minutes / minutes_per_period, 1)


def _hidden_total(cell: Cell, hide: bool) -> Cell:
    if cell.hidden or not hide or not cell.value:
        return cell
    return Cell(cell.value, Suppression.COMPLEMENTARY)


def _complementary(cell: Cell) -> Suppression:
    """A cell's suppression once it must be hidden: "<5" stays, anything else is "*"."""
    return cell.suppression if cell.hidden else Suppression.COMPLEMENTARY


def _bidang_cell(value: int, hidden: bool) -> Cell:
    """``value`` with the primary rule, and hidden ("*") when ``hidden`` and not small."""
    state = primary(value)
    if hidden and state is Suppression.NONE and value:
        state = Suppression.COMPLEMENTARY
    return Cell(value, state)


def _service_table(services: list[ServiceClass]) -> tuple[Table, bool]:
    counts: dict[str, int] = {}
    by_field: dict[str, dict[ServiceField, int]] = {}
    for service in services:
        key = service_row_key(
            ServiceComponent(service.component), ServiceStrategy(service.strategy)
        )
        counts[key] = counts.get(key, 0) + 1
        fields = by_field.setdefault(key, {})
        for f in dict.fromkeys(ServiceField(a) for a in service.fields):
            fields[f] = fields.get(f, 0) + 1
    keys = [
        service_row_key(c, s)
        for c in ServiceComponent
        for s in ServiceStrategy
        if service_row_key(c, s) in counts
    ]
    values = [counts[k] for k in keys]
    states, hide_total = suppress_additive(values)
    columns = (*(f.value for f in ServiceField), "contacts")
    rows = []
    for key, value, state in zip(keys, values, states, strict=True):
        # A bidang count is a floor of its row's contacts: a row whose contacts are hidden
        # hides its bidang too, or "8 about karier" would bound a "*" and with the total
        # pin down a "<5".
        cells = [
            _bidang_cell(n, state is not Suppression.NONE)
            for n in (by_field[key].get(f, 0) for f in ServiceField)
        ]
        rows.append(Row(key, (*cells, Cell(value, state))))
    total = sum(values)
    # A bidang total would give a hidden cell of its column away (total − shown): it is
    # hidden whenever a cell of its column is.
    total_cells = []
    for column, f in enumerate(ServiceField):
        n = sum(by_field[k].get(f, 0) for k in keys)
        hidden = any(r.cells[column].hidden for r in rows)
        total_cells.append(_bidang_cell(n, hidden))
    total_state = primary(total)
    if hide_total and total_state is Suppression.NONE and total:
        total_state = Suppression.COMPLEMENTARY
    total_row = Row("total", (*total_cells, Cell(total, total_state)))
    return Table("by_service", columns, tuple(rows), total_row), hide_total


def _class_table(guidance: list[Activity]) -> tuple[Table, bool]:
    sessions: dict[str, int] = {}
    students: dict[str, int] = {}
    for a in guidance:
        key = (a.class_name or "").strip() or NO_CLASS
        sessions[key] = sessions.get(key, 0) + 1
        students[key] = students.get(key, 0) + (a.students_present or 0)
    keys = sorted((k for k in sessions if k != NO_CLASS), key=str.casefold)
    if NO_CLASS in sessions:
        keys.append(NO_CLASS)
    session_values = [sessions[k] for k in keys]
    student_values = [students[k] for k in keys]
    session_states, hide_s = suppress_additive(session_values)
    student_states, hide_p = suppress_additive(student_values)
    rows = tuple(
        Row(k, (Cell(s, ss), Cell(p, ps)))
        for k, s, ss, p, ps in zip(
            keys, session_values, session_states, student_values, student_states, strict=True
        )
    )
    total_s, total_p = sum(session_values), sum(student_values)
    total = Row(
        "total",
        (
            _hidden_total(Cell(total_s, primary(total_s)), hide_s),
            _hidden_total(Cell(total_p, primary(total_p)), hide_p),
        ),
    )
    return Table("by_class", ("sessions", "students"), rows, total), hide_s


def _visits(
    sessions: list[ContactFact],
    activities: list[Activity],
    template: str,
    strategy: ServiceStrategy,
    by_service: Table,
) -> Visits:
    """How many, and the students concerned. When the contacts table hides a row of this
    strategi, these are hidden too: "5 home visits" next to a "*" row would give it away,
    and with the total a "<5" beside it."""
    hidden = any(
        split_row_key(r.key)[1] is strategy and r.cells[-1].hidden for r in by_service.rows
    )
    found = [
        s
        for s in sessions
        if s.template == template
        or (s.service is not None and ServiceStrategy(s.service.strategy) is strategy)
    ]
    logged = [
        a
        for a in activities
        if a.service is not None and ServiceStrategy(a.service.strategy) is strategy
    ]
    count = len(found) + len(logged)
    students: set[int] = set()
    for s in found:
        students |= s.client_ids
    return Visits(
        _bidang_cell(count, hidden),
        _bidang_cell(len(students), hidden),
    )


def _asca(
    sessions: list[ContactFact], activities: list[Activity], minutes_per_period: int
) -> tuple[tuple[AscaShare, ...], int | None]:
    """Time by ASCA category. No counts are published here: the categories regroup the
    contacts of the table above, and a count next to its rows would give a hidden row
    away. The time of a category of 1–4 contacts is hidden."""
    contacts: dict[UseOfTime, int] = {}
    minutes: dict[UseOfTime, int] = {}
    for s in sessions:
        if s.service is None:
            continue
        category = s.service.asca
        contacts[category] = contacts.get(category, 0) + 1
        minutes[category] = minutes.get(category, 0) + (s.minutes or 0)
    for a in activities:
        category = a.asca
        contacts[category] = contacts.get(category, 0) + 1
        minutes[category] = minutes.get(category, 0) + (
            a.length_in_minutes(minutes_per_period) or 0
        )
    categories = list(UseOfTime)
    values = [contacts.get(c, 0) for c in categories]
    states = [primary(v) for v in values]
    all_minutes = sum(minutes.values())
    shares = []
    for category, value, state in zip(categories, values, states, strict=True):
        spent = minutes.get(category, 0)
        shares.append(
            AscaShare(
                category,
                Cell(value, state),
                _jp(spent, minutes_per_period),
                round(100 * spent / all_minutes) if all_minutes else 0,
                state is not Suppression.NONE,
            )
        )
    direct = sum(m for c, m in minutes.items() if c.is_direct_or_indirect)
    share = round(100 * direct / all_minutes) if all_minutes else None
    return tuple(shares), share


def build_bk_report(
    period: Period,
    sessions: Iterable[ContactFact],
    activities: Iterable[Activity],
    settings: BkSettings,
    working_days: int,
    program: Iterable[ProgramItem] = (),
    referrals: Iterable[ReferralFact] = (),
) -> BkReport:
    """The figures of ``period`` with suppression applied. ``sessions`` and
    ``activities`` outside it are left out; ``working_days`` are the period's school days
    (``school_days``)."""
    facts = [s for s in sessions if period.start <= s.date <= period.end]
    logged = [a for a in activities if period.start <= a.date <= period.end]
    mpp = settings.minutes_per_period
    services = [s.service for s in facts if s.service is not None]
    services += [a.service for a in logged if a.service is not None]
    by_service, hide = _service_table(services)
    contacts_cell = by_service.total.cells[-1] if by_service.total is not None else Cell(0)

    guidance = [
        a
        for a in logged
        if ActivityKind(a.kind) is ActivityKind.CLASSROOM_GUIDANCE
        or (
            a.service is not None
            and ServiceStrategy(a.service.strategy) is ServiceStrategy.CLASSROOM_GUIDANCE
        )
    ]
    by_class, _hide_class = _class_table(guidance)
    if by_class.total is not None and any(
        split_row_key(r.key)[1] is ServiceStrategy.CLASSROOM_GUIDANCE and r.cells[-1].hidden
        for r in by_service.rows
    ):
        # The classes' sessions add up to that row's contacts (when all are classified):
        # shown, they would give the hidden row away. All are hidden with it.
        sessions_total, students_total = by_class.total.cells
        by_class = Table(
            by_class.key,
            by_class.columns,
            tuple(Row(r.key, (_hidden_total(r.cells[0], True), r.cells[1])) for r in by_class.rows),
            Row("total", (_hidden_total(sessions_total, True), students_total)),
        )

    unclassified = sum(1 for s in facts if s.service is None)
    unclassified_activities = sum(
        1
        for a in logged
        if a.service is None and ActivityKind(a.kind) is not ActivityKind.NON_COUNSELING_DUTY
    )
    session_count = Cell(len(facts), primary(len(facts)))
    unclassified_cell = Cell(unclassified, primary(unclassified))
    unclassified_activities_cell = Cell(unclassified_activities)
    if any(r.cells[-1].hidden for r in by_service.rows):
        # The sessions less those not yet classified are the classified ones, a sum of
        # rows of the table; the activities less theirs give the classified activities,
        # and the contacts total less them that sum again: hidden with the row, zeros too.
        session_count = Cell(len(facts), _complementary(session_count))
        unclassified_cell = Cell(unclassified, _complementary(unclassified_cell))
        unclassified_activities_cell = Cell(unclassified_activities, Suppression.COMPLEMENTARY)
    session_minutes = sum(s.minutes or 0 for s in facts)
    weeks = round(working_days / 5, 1)
    session_hidden = primary(len(facts)) is not Suppression.NONE  # JP hide with a small count
    workload = Workload(
        minutes_per_period=mpp,
        school_weeks=weeks,
        norm=round(NORM_PERIODS_PER_WEEK * working_days / 5, 1),
        sessions=session_count,
        session_periods=_jp(session_minutes, mpp),
        session_periods_hidden=session_hidden,
        activity_periods=round(
            sum(a.periods or 0 for a in logged)
            + sum(a.minutes or 0 for a in logged if a.periods is None) / mpp,
            1,
        ),
        total_hidden=session_hidden,
        untimed=sum(1 for s in facts if s.minutes is None)
        + sum(1 for a in logged if a.length_in_minutes(mpp) is None),
    )
    asca, share = _asca(facts, logged, mpp)
    by_agency, by_outcome = referral_tables(period, referrals)
    return BkReport(
        period=period,
        contacts=_hidden_total(contacts_cell, hide),
        sessions=session_count,
        activities=len(logged),
        unclassified_sessions=unclassified_cell,
        unclassified_activities=unclassified_activities_cell,
        by_service=by_service,
        by_class=by_class,
        home_visits=_visits(
            facts, logged, HOME_VISIT_TEMPLATE, ServiceStrategy.HOME_VISIT, by_service
        ),
        case_conferences=_visits(
            facts, logged, CASE_CONFERENCE_TEMPLATE, ServiceStrategy.CASE_CONFERENCE, by_service
        ),
        workload=workload,
        asca=asca,
        asca_direct_indirect_percent=share,
        program=planned_vs_done(period, list(program), logged, mpp),
        referrals_by_agency=by_agency,
        referrals_by_outcome=by_outcome,
    )
