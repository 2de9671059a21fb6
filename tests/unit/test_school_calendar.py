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
    MAX_NAME_LENGTH,
    SchoolEvent,
    event_problem,
    events_from_json,
    sorted_events,
    tidy_event,
)
from counsel_desk.i18n import Catalog
from tests.translations import finished_translations

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


def _days_long(days: int, name: str = "UAS") -> SchoolEvent:
    first = dt.date(2025, 7, 1)
    return SchoolEvent(name, first, first + dt.timedelta(days - 1))


@pytest.mark.parametrize(
    ("event", "said"),
    [
        (SchoolEvent(" ", UAS.first, UAS.last), "Give the event a name."),
        (
            _days_long(1, "U" * (MAX_NAME_LENGTH + 1)),
            f"The event's name is one line of at most {MAX_NAME_LENGTH} characters.",
        ),
        (
            _days_long(1, "UAS\nsemester 1"),
            f"The event's name is one line of at most {MAX_NAME_LENGTH} characters.",
        ),
        (
            SchoolEvent("UAS", UAS.last, UAS.first),
            "The last day is before the first day.",
        ),
        (
            _days_long(MAX_DAYS + 1),
            f"An event is at most {MAX_DAYS} days long: enter a term's exam weeks and "
            "holidays, not the term itself (every date in it would be printed).",
        ),
    ],
)
def test_a_refused_event_says_why_in_her_words_and_in_indonesian(
    event: SchoolEvent, said: str
) -> None:
    problem = event_problem(event)
    assert problem is not None and str(problem) == said
    assert problem.context == "SchoolCalendar"
    assert (problem.context, problem.template) in finished_translations()
    assert Catalog.load("id").message(problem) != said


@pytest.mark.parametrize(
    "event",
    [
        _days_long(1),  # one day: the first is the last
        _days_long(MAX_DAYS),  # as long as an event may be
        _days_long(1, "U" * MAX_NAME_LENGTH),  # a name as long as it may be
    ],
)
def test_an_event_at_the_limits_is_kept(event: SchoolEvent) -> None:
    assert event_problem(event) is None


def test_a_stored_entry_with_a_name_that_is_no_text_or_a_refused_event_is_left_out() -> None:
    stored = [
        {"name": 5, "from": "2025-12-01", "to": "2025-12-06"},
        {"name": "UAS", "from": 1, "to": "2025-12-06"},
        {"name": "UAS", "from": "2025-12-01", "to": None},
        SchoolEvent("UAS", UAS.last, UAS.first).to_json(),  # backwards
        _days_long(MAX_DAYS + 1).to_json(),  # too long
        UAS.to_json(),
    ]
    assert events_from_json(stored) == [UAS]


def test_events_are_sorted_by_first_day_then_last_then_name_each_once() -> None:
    pts = SchoolEvent("PTS", dt.date(2025, 9, 22), dt.date(2025, 9, 26))
    short = SchoolEvent("Libur", UAS.first, UAS.first)
    other_name = SchoolEvent("bimbingan", UAS.first, UAS.last)
    assert sorted_events([UAS, pts, other_name, UAS, short]) == [
        pts,
        short,
        other_name,  # "bimbingan" before "UAS semester 1", whatever the case
        UAS,
    ]
