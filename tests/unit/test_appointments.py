"""Appointments and the intake queue as rules (issue 20, item 5): an end at or before the
start is refused, overlaps are found at their boundaries (touching is no conflict, a
cancelled appointment conflicts with nothing), the queue puts urgent and old first."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings

from counsel_desk.domain.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeRequest,
    IntakeState,
    IntakeUrgency,
    conflicts,
    due_reminders,
    overlaps,
    queue_order,
    validate_appointment,
    validate_intake,
    week_of,
)
from tests.strategies import appointments

DAY = dt.date(2026, 12, 8)  # a Tuesday


def _at(start: str, end: str, **changes) -> Appointment:
    values = {
        "kind": AppointmentKind.CLASS,
        "day": DAY,
        "start": dt.time.fromisoformat(start),
        "end": dt.time.fromisoformat(end),
        "subject": "VIII-B",
    }
    values.update(changes)
    return Appointment(**values)


def _paths(appointment: Appointment) -> list[str]:
    return [i.path for i in validate_appointment(appointment)]


def test_an_appointment_that_ends_before_or_at_its_start_is_refused_with_its_times() -> None:
    assert _paths(_at("09:00", "09:40")) == []
    assert _paths(_at("09:00", "08:30")) == ["end"]
    same = validate_appointment(_at("09:00", "09:00"))
    assert [i.path for i in same] == ["end"]
    assert "09:00" in str(same[0].message)
    assert _paths(_at("09:00", "09:01")) == []


def test_a_client_appointment_needs_its_client_and_others_name_none() -> None:
    assert _paths(_at("09:00", "10:00", kind=AppointmentKind.CLIENT, subject="")) == ["client"]
    assert _paths(_at("09:00", "10:00", kind=AppointmentKind.CLIENT, client_id=3)) == []
    assert _paths(_at("09:00", "10:00", client_id=3)) == ["client"]
    assert _paths(_at("09:00", "10:00", subject=" ")) == ["subject"]
    assert _paths(_at("09:00", "10:00", purpose="two\nlines")) == ["purpose"]
    assert _paths(_at("09:00", "10:00", remind_minutes=7)) == ["remind_minutes"]


def test_overlap_is_found_at_the_boundaries_and_touching_is_not_a_conflict() -> None:
    a = _at("09:00", "10:00")
    assert not overlaps(a, _at("10:00", "10:30"))  # touching after
    assert not overlaps(a, _at("08:00", "09:00"))  # touching before
    assert overlaps(a, _at("09:59", "10:30"))
    assert overlaps(a, _at("08:00", "09:01"))
    assert overlaps(a, _at("09:15", "09:30"))  # inside
    assert overlaps(a, _at("08:00", "11:00"))  # around
    assert not overlaps(a, _at("09:15", "09:30", day=DAY + dt.timedelta(days=1)))
    assert not overlaps(a, _at("09:15", "09:30", status=AppointmentStatus.CANCELLED))


def test_conflicts_of_a_week_match_the_pairwise_rule() -> None:
    items = [
        _at("09:00", "10:00"),
        _at("10:00", "11:00"),
        _at("09:30", "10:15"),
        _at("07:00", "12:00", status=AppointmentStatus.CANCELLED),
        _at("13:00", "14:00"),
        _at("13:00", "14:00", day=DAY + dt.timedelta(days=1)),
        _at("07:00", "16:00"),
    ]
    expected: dict[int, set[int]] = {}
    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if i != j and overlaps(a, b):
                expected.setdefault(i, set()).add(j)
    assert conflicts(items) == expected
    assert 0 not in conflicts(items)[1] and 3 not in conflicts(items)


def test_moving_keeps_the_length_and_the_week_runs_monday_to_saturday() -> None:
    moved = _at("09:00", "09:40").moved(DAY + dt.timedelta(days=2), dt.time(13, 5))
    assert (moved.day, moved.start, moved.end) == (
        DAY + dt.timedelta(days=2),
        dt.time(13, 5),
        dt.time(13, 45),
    )
    assert week_of(DAY) == (dt.date(2026, 12, 7), dt.date(2026, 12, 12))
    assert week_of(dt.date(2026, 12, 13)) == (dt.date(2026, 12, 7), dt.date(2026, 12, 12))


def test_a_reminder_is_due_from_its_minutes_before_until_the_start() -> None:
    a = _at("09:00", "09:40", remind_minutes=10)
    at = dt.datetime.combine(DAY, dt.time(8, 49))
    assert due_reminders([a], at) == []
    assert due_reminders([a], at + dt.timedelta(minutes=1)) == [a]
    assert due_reminders([a], dt.datetime.combine(DAY, dt.time(9, 0))) == []
    assert due_reminders([_at("09:00", "09:40", remind_minutes=0)], at) == []


def _request(day: int, urgency: IntakeUrgency, **changes) -> IntakeRequest:
    values = {
        "received_on": dt.date(2026, 12, day),
        "channel": IntakeChannel.SLIP,
        "urgency": urgency,
        "name": "x",
    }
    values.update(changes)
    return IntakeRequest(**values)


def test_the_queue_puts_urgent_first_then_the_oldest_and_done_requests_last() -> None:
    old = _request(1, IntakeUrgency.ROUTINE, id=1)
    new_urgent = _request(5, IntakeUrgency.URGENT, id=2)
    soon = _request(3, IntakeUrgency.SOON, id=3)
    older_urgent = _request(2, IntakeUrgency.URGENT, id=4)
    done = _request(1, IntakeUrgency.URGENT, id=5, state=IntakeState.CLOSED)
    order = queue_order([old, new_urgent, soon, older_urgent, done])
    assert [r.id for r in order] == [4, 2, 3, 1, 5]


def test_a_request_is_from_a_client_or_a_name_and_a_closed_one_says_why() -> None:
    assert validate_intake(_request(1, IntakeUrgency.ROUTINE)) == []
    assert [i.path for i in validate_intake(_request(1, IntakeUrgency.ROUTINE, name=""))] == [
        "name"
    ]
    both = _request(1, IntakeUrgency.ROUTINE, client_id=1)
    assert [i.path for i in validate_intake(both)] == ["name"]
    closed = _request(1, IntakeUrgency.ROUTINE, state=IntakeState.CLOSED)
    assert [i.path for i in validate_intake(closed)] == ["closed_reason"]
    future = _request(9, IntakeUrgency.ROUTINE)
    assert [i.path for i in validate_intake(future, today=dt.date(2026, 12, 8))] == ["received_on"]


@settings(max_examples=60, deadline=None)
@given(items=appointments(max_size=16, with_ids=False))
def test_the_sweep_finds_exactly_the_pairs_that_overlap(items: list[Appointment]) -> None:
    expected: dict[int, set[int]] = {}
    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if i != j and overlaps(a, b):
                expected.setdefault(i, set()).add(j)
    assert conflicts(items) == expected
    for a in items:
        assert validate_appointment(a) == [] or a.subject != a.subject.strip()
