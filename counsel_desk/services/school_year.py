"""Starting a new school year (issue 20, item 2): every active client's class moves up,
the last class graduates and its cases close.

``preview`` reads the vault and says what would change; ``start`` does exactly what a
preview of the same vault shows, in one transaction with its audit entries (one per case
closed, one for the year with the counts — never a name), and keeps the year as started so
that it cannot be started twice. The school year is the BK report's: it starts on the day
of Settings → BK Reports (mid-July by default), and a leaver graduates the day before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from counsel_desk.domain.bk_reports import SETTINGS_KEY as BK_SETTINGS_KEY
from counsel_desk.domain.bk_reports import BkSettings, school_year_of
from counsel_desk.domain.school_year import (
    HIGHEST_LEVEL,
    Rollover,
    Step,
    Student,
    already_started,
    guess_last_level,
    last_level_of,
    plan_rollover,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.vault import Vault

# The school years started so far: {"started": [2026, 2027]} in the vault's settings.
SETTINGS_KEY = "school_year"
# How long after its first day a school year still counts as the one to start.
JUST_BEGUN_DAYS = 61


class SchoolYearChangedError(CounselDeskError):
    """The vault changed between the preview and the start: nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "SchoolYear",
                    "The caseload changed since the preview was made: nothing was changed. "
                    "Look at the preview again, then start the school year.",
                )
            )
        )


@dataclass(frozen=True)
class SchoolYearState:
    """Where the vault stands: the years started so far and the year a rollover today
    would start."""

    started: tuple[int, ...]
    next_year: int
    settings: BkSettings
    # the years that may be started today: the running one and the next, if not started
    choices: tuple[int, ...] = ()

    @property
    def last_started(self) -> int | None:
        return _last(self.started)


def started_years(value: object) -> tuple[int, ...]:
    """The started years as the settings keep them; nothing for anything else."""
    if not isinstance(value, dict):
        return ()
    years = value.get("started")
    if not isinstance(years, list):
        return ()
    return tuple(sorted({y for y in years if isinstance(y, int) and not isinstance(y, bool)}))


def _students(conn: Connection) -> list[Student]:
    """The active clients, as the rollover sees them, by case code."""
    return [
        Student(id=client_id, code=code, grade=grade, opened_on=opened_on, school=school)
        for client_id, code, grade, opened_on, school in ClientRepository(conn).active_students()
    ]


def _kept(conn: Connection) -> tuple[BkSettings, tuple[int, ...]]:
    """The BK settings (the year's start) and the school years started so far."""
    settings = VaultSettingsRepository(conn)
    return (
        BkSettings.from_json(settings.get(BK_SETTINGS_KEY)),
        started_years(settings.get(SETTINGS_KEY)),
    )


def _last(started: tuple[int, ...]) -> int | None:
    return max(started) if started else None


class SchoolYearService:
    def __init__(self, vault: Vault, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._vault = vault
        self._today = today

    def state(self, today: dt.date | None = None) -> SchoolYearState:
        """The years started and the one to start next: the school year of ``today``
        in its first two months when it has not been started yet (she starts it in
        July or August), else the one after (she prepares it in June)."""
        day = today or self._today()
        with self._vault.reading() as conn:
            settings, started = _kept(conn)
        running = school_year_of(day, settings)
        current = running
        if day >= settings.year_start(current) + dt.timedelta(days=JUST_BEGUN_DAYS):
            current += 1
        last = _last(started)
        next_year = current if last is None or last < current else last + 1
        choices = tuple(y for y in (running, running + 1) if last is None or y > last)
        return SchoolYearState(started, next_year, settings, choices)

    def guessed_last_level(self) -> int:
        """The last class of the students whose school's name or class does not say it
        (guessed from their classes)."""
        with self._vault.reading() as conn:
            students = _students(conn)
        unsaid = [s.grade for s in students if s.grade and last_level_of(s, 0) == 0]
        return guess_last_level(unsaid)

    def preview(self, year: int, last_level: int, *, today: dt.date | None = None) -> Rollover:
        """What starting the school year ``year`` (2027 for 2027/2028) would change;
        refused when that year, or a later one, was started already, or when it is more
        than one year ahead. Leavers graduate the day before it starts, or ``today`` if
        that is earlier (no case closes in the future)."""
        day = today or self._today()
        if not 1 <= last_level <= HIGHEST_LEVEL:
            raise CounselDeskError(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "SchoolYear", "A school's last class is between I and XIII (1 and 13)."
                    )
                )
            )
        with self._vault.reading() as conn:
            settings, started = _kept(conn)
            students = _students(conn)
        problem = already_started(year, _last(started))
        if problem is not None:
            raise CounselDeskError(problem)
        if year > school_year_of(day, settings) + 1:
            raise CounselDeskError(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "SchoolYear",
                        "The school year {year}/{next} is more than a year away: start it"
                        " when the one before it ends.",
                    ),
                    year=year,
                    next=year + 1,
                )
            )
        graduation = min(settings.year_start(year) - dt.timedelta(days=1), day)
        return plan_rollover(students, year=year, last_level=last_level, graduation_day=graduation)

    def start(self, rollover: Rollover) -> None:
        """Carry out ``rollover`` (from ``preview``): all of it or, if the vault changed
        since (a client added, closed or moved), nothing."""
        with self._vault.transaction() as conn:
            repo = ClientRepository(conn)
            _, started = _kept(conn)
            problem = already_started(rollover.year, _last(started))
            if problem is not None:
                raise CounselDeskError(problem)
            if _students(conn) != [change.student for change in rollover.changes]:
                raise SchoolYearChangedError()
            for change in rollover.changes:
                student = change.student
                if change.step is Step.MOVES_UP:
                    assert change.new_grade is not None
                    repo.move_class(student.id, change.new_grade)
                elif change.step is Step.GRADUATES:
                    assert change.closed_on is not None
                    repo.graduate(student.id, rollover.graduation_day, change.closed_on)
                    self._vault.audit.append(
                        AuditAction.CASE_CLOSED, student.code, change.closed_on.isoformat()
                    )
            VaultSettingsRepository(conn).set(
                SETTINGS_KEY, {"started": sorted({*started, rollover.year})}
            )
            self._vault.audit.append(
                AuditAction.SCHOOL_YEAR_STARTED,
                None,
                json.dumps(
                    {
                        "year": rollover.year,
                        "last_class": rollover.last_level,
                        "moved_up": len(rollover.of(Step.MOVES_UP)),
                        "graduated": len(rollover.of(Step.GRADUATES)),
                        "kept": len(rollover.of(Step.KEPT)),
                    },
                    separators=(",", ":"),
                ),
            )
