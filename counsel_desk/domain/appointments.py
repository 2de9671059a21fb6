"""Appointments and the intake queue (issue 20, item 5).

An appointment is a meeting she books between lessons: with a client (shown by case code
everywhere outside the client's own profile), a group, a class ("VIII-B"), a parent
meeting, or something else. It has a day, a start and an end (the end after the start),
an optional place, a short purpose that keeps no names (the service checks it against the
vault as the activity log is checked) and a status. Two appointments conflict when they
overlap; touching (one ends at 10:00, the next starts at 10:00) is not a conflict, and a
cancelled appointment conflicts with nothing. Conflicts are shown, never refused.

An intake request is a student's request to talk (a paper slip, a message): a client of
the vault, or a name typed as it came (vault data, redacted like every name the vault
knows), the day it came, how, how urgent, a short reason. She works through the queue
(urgent first, then the oldest): schedules it (an appointment), opens a case, or closes
it with a reason.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final

from counsel_desk.domain.validation import Issue, Severity, validate_single_line
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MAX_PURPOSE: Final = 200
MAX_PLACE: Final = 80
MAX_SUBJECT: Final = 80
MAX_REASON: Final = 300
MAX_NAME: Final = 120
REMINDER_CHOICES: Final = (0, 5, 10, 15, 30, 60)  # minutes before; 0: none
DEFAULT_REMINDER: Final = 10


class AppointmentKind(StrEnum):
    """Who an appointment is with."""

    CLIENT = "client"  # konseling with one client (by case code)
    GROUP = "group"  # a counseling group
    CLASS = "class"  # a class, e.g. "VIII-B"
    PARENT_MEETING = "parent_meeting"  # with a client's parents
    OTHER = "other"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class IntakeChannel(StrEnum):
    """How a request to talk reached her."""

    SLIP = "slip"  # a paper slip in the BK box
    WHATSAPP = "whatsapp"
    IN_PERSON = "in_person"
    TEACHER_REFERRAL = "teacher_referral"  # a teacher (wali kelas) sent the student
    PARENT = "parent"
    OTHER = "other"


class IntakeUrgency(StrEnum):
    ROUTINE = "routine"
    SOON = "soon"  # within the week
    URGENT = "urgent"  # today


class IntakeState(StrEnum):
    OPEN = "open"
    SCHEDULED = "scheduled"  # an appointment was made for it
    CASE_OPENED = "case_opened"  # a case record was opened
    CLOSED = "closed"  # closed with a reason


# Kinds that are about one client of the vault.
CLIENT_KINDS: Final = frozenset({AppointmentKind.CLIENT, AppointmentKind.PARENT_MEETING})


@dataclass
class Appointment:
    """One booked meeting. ``client_id`` for a client or a parent meeting (its case code
    is ``case_code``, filled in when read), ``subject`` for a group's or a class's name
    ("VIII-B") or what an other appointment is; ``remind_minutes`` before the start
    (0: none)."""

    kind: AppointmentKind
    day: dt.date
    start: dt.time
    end: dt.time
    client_id: int | None = None
    subject: str = ""
    place: str = ""
    purpose: str = ""
    status: AppointmentStatus = AppointmentStatus.PLANNED
    remind_minutes: int = DEFAULT_REMINDER
    id: int | None = None
    case_code: str | None = None  # read with the appointment, never stored with it

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.end)

    @property
    def minutes(self) -> int:
        return (self.ends_at - self.starts_at) // dt.timedelta(minutes=1)

    def texts(self) -> list[tuple[str, str]]:
        """(key, text) of every free text, to check for names."""
        return [
            (key, value)
            for key, value in (
                ("subject", self.subject),
                ("place", self.place),
                ("purpose", self.purpose),
            )
            if value
        ]

    def moved(self, day: dt.date, start: dt.time) -> Appointment:
        """The same appointment on ``day`` at ``start``, as long as it was."""
        begins = dt.datetime.combine(day, start)
        ends = begins + (self.ends_at - self.starts_at)
        if ends.date() != day:
            ends = dt.datetime.combine(day, dt.time(23, 59))
        return replace(self, day=day, start=start, end=ends.time().replace(second=0))


def _err(path: str, text: str, **params: object) -> Issue:
    return Issue(path, UserMessage(text, **params), Severity.ERROR)


def _minute(value: dt.time) -> bool:
    return value.second == 0 and value.microsecond == 0 and value.tzinfo is None


def validate_appointment(appointment: Appointment) -> list[Issue]:
    """What is wrong with an appointment (its names are checked by the service)."""
    issues: list[Issue] = []
    if not (_minute(appointment.start) and _minute(appointment.end)):
        issues.append(_err("start", QT_TRANSLATE_NOOP("Appointments", "Times are whole minutes.")))
    if appointment.end <= appointment.start:
        issues.append(
            _err(
                "end",
                QT_TRANSLATE_NOOP(
                    "Appointments",
                    "The appointment ends at {end}, before or at its start ({start}): "
                    "give an end after the start.",
                ),
                start=appointment.start.strftime("%H:%M"),
                end=appointment.end.strftime("%H:%M"),
            )
        )
    kind = AppointmentKind(appointment.kind)
    if kind in CLIENT_KINDS and appointment.client_id is None:
        issues.append(
            _err("client", QT_TRANSLATE_NOOP("Appointments", "Choose the client (case code)."))
        )
    if kind not in CLIENT_KINDS and appointment.client_id is not None:
        issues.append(
            _err(
                "client",
                QT_TRANSLATE_NOOP(
                    "Appointments",
                    "Only an appointment with a client or a parent meeting names a client.",
                ),
            )
        )
    if kind in (AppointmentKind.GROUP, AppointmentKind.CLASS) and not appointment.subject.strip():
        issues.append(
            _err(
                "subject",
                QT_TRANSLATE_NOOP(
                    "Appointments", "Write the class (VIII-B) or the group this is with."
                ),
            )
        )
    for key, limit, text in (
        ("subject", MAX_SUBJECT, appointment.subject),
        ("place", MAX_PLACE, appointment.place),
        ("purpose", MAX_PURPOSE, appointment.purpose),
    ):
        issues += validate_single_line(text, key)
        if len(text) > limit:
            issues.append(
                _err(
                    key,
                    QT_TRANSLATE_NOOP("Appointments", "Keep it to {limit} characters."),
                    limit=limit,
                )
            )
    if appointment.remind_minutes not in REMINDER_CHOICES:
        issues.append(
            _err(
                "remind_minutes",
                QT_TRANSLATE_NOOP(
                    "Appointments", "A reminder comes 0, 5, 10, 15, 30 or 60 minutes before."
                ),
            )
        )
    return issues


def clean_appointment(appointment: Appointment) -> Appointment:
    return replace(
        appointment,
        kind=AppointmentKind(appointment.kind),
        status=AppointmentStatus(appointment.status),
        subject=appointment.subject.strip(),
        place=appointment.place.strip(),
        purpose=appointment.purpose.strip(),
    )


def overlaps(a: Appointment, b: Appointment) -> bool:
    """Whether ``a`` and ``b`` are at the same time: one starts before the other ends.
    Touching is not overlapping; a cancelled appointment overlaps nothing."""
    if AppointmentStatus.CANCELLED in (a.status, b.status):
        return False
    return a.day == b.day and a.start < b.end and b.start < a.end


def conflicts(appointments: Iterable[Appointment]) -> dict[int, set[int]]:
    """For each appointment (by its position in ``appointments``) that overlaps another,
    the positions of those it overlaps. One sweep per day, so a term's worth is quick."""
    items = list(appointments)
    found: dict[int, set[int]] = {}
    order = sorted(
        (
            i
            for i, a in enumerate(items)
            if a.status is not AppointmentStatus.CANCELLED and a.end > a.start
        ),
        key=lambda i: (items[i].day, items[i].start),
    )
    active: list[int] = []
    for i in order:
        a = items[i]
        active = [j for j in active if items[j].day == a.day and items[j].end > a.start]
        for j in active:
            found.setdefault(i, set()).add(j)
            found.setdefault(j, set()).add(i)
        active.append(i)
    return found


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday and the Saturday of ``day``'s week."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=5)


def due_reminders(appointments: Sequence[Appointment], now: dt.datetime) -> list[Appointment]:
    """The planned appointments whose reminder time has come and that have not begun."""
    return [
        a
        for a in appointments
        if a.status is AppointmentStatus.PLANNED
        and a.remind_minutes > 0
        and a.starts_at - dt.timedelta(minutes=a.remind_minutes) <= now < a.starts_at
    ]


@dataclass
class IntakeRequest:
    """A student's request to talk. ``client_id`` when she is a client of the vault,
    else ``name`` as it came (vault data: in the redaction identifier set)."""

    received_on: dt.date
    channel: IntakeChannel
    urgency: IntakeUrgency = IntakeUrgency.ROUTINE
    reason: str = ""
    client_id: int | None = None
    name: str = ""
    state: IntakeState = IntakeState.OPEN
    closed_reason: str = ""
    appointment_id: int | None = None
    id: int | None = None
    case_code: str | None = None  # read with the request, never stored with it

    def texts(self) -> list[tuple[str, str]]:
        return [("reason", self.reason)] if self.reason else []


_URGENCY_ORDER: Final = {IntakeUrgency.URGENT: 0, IntakeUrgency.SOON: 1, IntakeUrgency.ROUTINE: 2}


def queue_order(requests: Iterable[IntakeRequest]) -> list[IntakeRequest]:
    """Open requests first, urgent before soon before routine, then the oldest."""
    return sorted(
        requests,
        key=lambda r: (
            r.state is not IntakeState.OPEN,
            _URGENCY_ORDER[IntakeUrgency(r.urgency)],
            r.received_on,
            r.id or 0,
        ),
    )


def validate_intake(request: IntakeRequest, *, today: dt.date | None = None) -> list[Issue]:
    issues: list[Issue] = []
    if request.client_id is None and not request.name.strip():
        issues.append(
            _err(
                "name",
                QT_TRANSLATE_NOOP(
                    "Appointments", "Choose the client, or write the student's name as it came."
                ),
            )
        )
    if request.client_id is not None and request.name.strip():
        issues.append(
            _err(
                "name",
                QT_TRANSLATE_NOOP(
                    "Appointments", "A request is from a client or from a name, not both."
                ),
            )
        )
    if today is not None and request.received_on > today:
        issues.append(
            _err("received_on", QT_TRANSLATE_NOOP("Appointments", "The day is in the future."))
        )
    for key, limit, text in (
        ("name", MAX_NAME, request.name),
        ("reason", MAX_REASON, request.reason),
        ("closed_reason", MAX_REASON, request.closed_reason),
    ):
        issues += validate_single_line(text, key)
        if len(text) > limit:
            issues.append(
                _err(
                    key,
                    QT_TRANSLATE_NOOP("Appointments", "Keep it to {limit} characters."),
                    limit=limit,
                )
            )
    if IntakeState(request.state) is IntakeState.CLOSED and not request.closed_reason.strip():
        issues.append(
            _err(
                "closed_reason",
                QT_TRANSLATE_NOOP("Appointments", "Say why the request is closed."),
            )
        )
    return issues


def clean_intake(request: IntakeRequest) -> IntakeRequest:
    return replace(
        request,
        channel=IntakeChannel(request.channel),
        urgency=IntakeUrgency(request.urgency),
        state=IntakeState(request.state),
        name=request.name.strip(),
        reason=request.reason.strip(),
        closed_reason=request.closed_reason.strip(),
    )
