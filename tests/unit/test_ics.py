"""The appointments' calendar file (issue 20, item 5): RFC 5545 that a strict reader takes
back, lines of at most 75 octets ending in CRLF, a stable UID, floating local times, and
nothing but kinds, case codes and classes — never a purpose, a place or a name, even when
they hold one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given, settings

from counsel_desk.domain.appointments import Appointment, AppointmentKind, AppointmentStatus
from counsel_desk.export.ics import calendar_bytes, fold
from tests.ics_reader import events, parse, physical_lines, unescape
from tests.strategies import appointments

DAY = dt.date(2026, 12, 8)
NOW = dt.datetime(2026, 12, 7, 6, 30, tzinfo=dt.UTC)


def _week() -> list[Appointment]:
    return [
        Appointment(
            AppointmentKind.CLIENT,
            DAY,
            dt.time(9, 0),
            dt.time(9, 40),
            client_id=1,
            case_code="BK-007",
            place="Rumah Rina Wulandari",
            purpose="Rina sedih karena ayahnya",
            id=11,
        ),
        Appointment(
            AppointmentKind.CLASS,
            DAY,
            dt.time(10, 0),
            dt.time(11, 20),
            subject="VIII-B",
            purpose="Gaya belajar; dengan, koma",
            remind_minutes=0,
            id=12,
        ),
        Appointment(
            AppointmentKind.PARENT_MEETING,
            DAY + dt.timedelta(days=1),
            dt.time(13, 0),
            dt.time(13, 30),
            client_id=1,
            case_code="BK-007",
            status=AppointmentStatus.CANCELLED,
            id=13,
        ),
        Appointment(
            AppointmentKind.OTHER,
            DAY,
            dt.time(14, 0),
            dt.time(15, 0),
            subject="Budi Santoso",
            id=14,
        ),
    ]


def test_the_calendar_reads_back_with_case_codes_classes_and_floating_times() -> None:
    data = calendar_bytes(_week(), vault_id="vault-1", language="en", now=NOW)
    root = parse(data)
    assert root.get("VERSION") == "2.0"
    found = events(data)
    assert [unescape(e.get("SUMMARY")) for e in found] == [
        "Counseling — BK-007",
        "Class VIII-B",
        "Parent meeting — BK-007",
        "BK appointment",
    ]
    first = found[0]
    assert (first.get("DTSTART"), first.get("DTEND")) == ("20261208T090000", "20261208T094000")
    assert first.get("DTSTAMP") == "20261207T063000Z"
    assert [c.name for c in first.children] == ["VALARM"]
    assert first.children[0].get("TRIGGER") == "-PT10M"
    assert found[1].children == []  # no reminder asked
    assert found[2].get("STATUS") == "CANCELLED" and found[2].children == []
    assert all("TZID" not in k for e in found for k, _ in e.properties)


def test_the_calendar_in_indonesian_says_konseling() -> None:
    data = calendar_bytes(_week(), vault_id="vault-1", language="id", now=NOW)
    assert unescape(events(data)[0].get("SUMMARY")) == "Konseling — BK-007"


def test_no_purpose_place_or_name_reaches_the_calendar() -> None:
    data = calendar_bytes(_week(), vault_id="vault-1", language="en", now=NOW)
    text = b"".join(physical_lines(data)).decode("utf-8").lower()
    unfolded = "".join(
        line.decode()[1:] if line.startswith(b" ") else "\n" + line.decode()
        for line in physical_lines(data)
    ).lower()
    for word in ("rina", "wulandari", "ayah", "sedih", "gaya belajar", "koma", "rumah", "budi"):
        assert word not in text and word not in unfolded, word


def test_uids_are_stable_per_appointment_and_differ_between_vaults() -> None:
    once = [
        e.get("UID") for e in events(calendar_bytes(_week(), vault_id="v", language="en", now=NOW))
    ]
    later = NOW + dt.timedelta(days=3)
    again = [
        e.get("UID")
        for e in events(calendar_bytes(_week()[::-1], vault_id="v", language="en", now=later))
    ]
    other = [
        e.get("UID") for e in events(calendar_bytes(_week(), vault_id="w", language="en", now=NOW))
    ]
    assert once == again[::-1]
    assert len(set(once)) == 4
    assert not set(once) & set(other)


def test_long_lines_fold_at_75_octets_without_splitting_a_character() -> None:
    line = "SUMMARY:" + "Kelas VIII-B — é" * 10
    folded = fold(line)
    assert folded.endswith(b"\r\n")
    parts = folded[:-2].split(b"\r\n")
    assert len(parts) > 2
    assert all(len(p) <= 75 for p in parts)
    assert all(p.startswith(b" ") for p in parts[1:])
    assert len(parts[0]) >= 73  # filled, not broken early
    assert b"".join([parts[0], *(p[1:] for p in parts[1:])]).decode() == line
    # a class subject long enough to fold still reads back whole
    long_class = _week()[1]
    long_class.subject = "X-IPA-" + "ü" * 60
    data = calendar_bytes([long_class], vault_id="v", language="en", now=NOW)
    assert unescape(events(data)[0].get("SUMMARY")) == "Class " + long_class.subject


def test_text_values_are_escaped() -> None:
    odd = _week()[1]
    odd.subject = "IX,A;B\\C"
    data = calendar_bytes([odd], vault_id="v", language="en", now=NOW)
    summary = events(data)[0].get("SUMMARY")
    assert summary == "Class IX\\,A\\;B\\\\C"
    assert unescape(summary) == "Class IX,A;B\\C"


@settings(max_examples=40, deadline=None)
@given(items=appointments(max_size=6))
def test_any_week_reads_back_and_only_kind_code_class_and_times_reach_it(
    items: list[Appointment],
) -> None:
    data = calendar_bytes(items, vault_id="v", language="en", now=NOW)
    found = events(data)  # strict: CRLF, 75 octets, whole characters
    assert len(found) == len(items)
    for event, appointment in zip(found, items, strict=True):
        assert event.get("DTSTART") == f"{appointment.day:%Y%m%d}T{appointment.start:%H%M}00"
        if appointment.kind is AppointmentKind.CLASS:
            assert unescape(event.get("SUMMARY")) == f"Class {appointment.subject}"
    # Whatever the place, the purpose and (but for a class) the subject hold, the file is
    # the same bytes as without them: none of it reaches the calendar.
    blank = [
        replace(
            a,
            place="",
            purpose="",
            subject=a.subject if a.kind is AppointmentKind.CLASS else "",
        )
        for a in items
    ]
    assert calendar_bytes(blank, vault_id="v", language="en", now=NOW) == data
