"""Days of the school calendar identify no one (issue 16, item 5): a date among the exam
weeks and holidays she entered is printed as written, unless it is a birth date in the
records or written as one. Events that would keep too much are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor
from counsel_desk.domain.school_calendar import (
    MAX_DAYS,
    SchoolEvent,
    event_problem,
    events_from_json,
    tidy_event,
)

UAS = SchoolEvent("UAS semester 1", dt.date(2025, 12, 1), dt.date(2025, 12, 6))


def red(text: str, *events: SchoolEvent) -> str:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client(
                    "Budi",
                    family_name="Santoso",
                    case_code="A-1",
                    date_of_birth=dt.date(2011, 12, 4),
                )
            ]
        )
    )
    ids.keep_school_days(day for event in events for day in event.days())
    return Redactor(ids, language="id").redact(text, subject_client_case_code="A-1").text


@pytest.mark.parametrize(
    "text",
    [
        "Sejak UAS 2 Desember 2025 dia tidak bisa tidur.",
        "Ujian tanggal 3 Desember dia pingsan.",
        "On December 5, 2025 the exam ended.",
        "tanggal 2025-12-06 terakhir ujian",
    ],
)
def test_a_date_of_the_school_calendar_is_printed_as_written(text: str) -> None:
    assert red(text, UAS) == text
    assert red(text) != text  # without the calendar: a date, redacted


@pytest.mark.parametrize(
    "text",
    [
        "Ulang tahunnya 4 Desember.",  # the client's birthday falls in the exam week
        "Dia lahir 3 Desember 2025.",  # written as a birth
        "Sesi 9 Desember 2025.",  # the week after
    ],
)
def test_a_birth_date_or_another_day_is_redacted_all_the_same(text: str) -> None:
    assert "[TANGGAL]" in red(text, UAS)


def test_an_event_that_would_keep_too_much_or_makes_no_sense_is_refused() -> None:
    assert event_problem(UAS) is None
    long = SchoolEvent(
        "Semester", dt.date(2025, 7, 1), dt.date(2025, 7, 1) + dt.timedelta(MAX_DAYS)
    )
    assert "at most" in str(event_problem(long))
    backwards = SchoolEvent("UAS", dt.date(2025, 12, 6), dt.date(2025, 12, 1))
    assert "before the first day" in str(event_problem(backwards))
    assert "name" in str(event_problem(SchoolEvent(" ", UAS.first, UAS.last)))
    assert tidy_event(" UAS\u200b  semester 1 ", UAS.first, UAS.last) == UAS


def test_the_stored_calendar_leaves_out_what_is_no_event() -> None:
    stored = [UAS.to_json(), {"name": "x"}, "UAS", {"name": "PTS", "from": "2025-13-01", "to": "x"}]
    assert events_from_json(stored) == [UAS]
    assert events_from_json(None) == []


def test_a_day_that_does_not_exist_is_on_no_calendar() -> None:
    ids = IdentifierSet()
    ids.keep_school_days(UAS.days())
    assert ids.on_school_calendar(2, 12, 2025) and ids.on_school_calendar(2, 12, None)
    assert not ids.on_school_calendar(31, 2, 2025)  # 31 February: no day of the calendar
    assert not ids.on_school_calendar(7, 12, 2025) and not ids.on_school_calendar(7, 12, None)
