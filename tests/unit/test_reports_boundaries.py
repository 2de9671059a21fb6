"""Boundary rules of reports without identifiers (domain/reports.py), written to kill the
mutants that survived the older tests: both sides of every threshold, exact totals."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.enums import Modality, SessionKind
from counsel_desk.domain.reports import (
    OTHER_TAGS,
    PRIMARY_MARK,
    SessionFact,
    Suppression,
    build_report,
    months_between,
    primary,
    school_terms,
    suppress_additive,
)

MODALITY = next(iter(Modality))
KIND = next(iter(SessionKind))


def _fact(day: dt.date, client: int, minutes: int | None = 30) -> SessionFact:
    return SessionFact(day, frozenset({client}), minutes, MODALITY, KIND)


@pytest.mark.parametrize(
    ("count", "hidden"), [(0, False), (1, True), (2, True), (4, True), (5, False), (6, False)]
)
def test_a_count_from_one_to_four_is_hidden_and_zero_or_five_is_shown(
    count: int, hidden: bool
) -> None:
    assert (primary(count) is Suppression.PRIMARY) is hidden


def test_a_report_of_one_student_does_not_publish_that_student() -> None:
    day = dt.date(2025, 8, 4)
    report = build_report(day, day, [_fact(day, 1)], {})
    assert report.clients.value == 1
    assert report.clients.shown == PRIMARY_MARK
    assert report.sessions.hidden


def test_sessions_on_the_first_and_last_day_of_the_range_count_and_those_outside_do_not() -> None:
    start, end = dt.date(2025, 7, 1), dt.date(2025, 12, 31)
    inside = [_fact(start, c) for c in range(1, 4)] + [_fact(end, c) for c in range(4, 7)]
    outside = [_fact(start - dt.timedelta(days=1), 7), _fact(end + dt.timedelta(days=1), 8)]
    report = build_report(start, end, inside + outside, {})
    assert report.sessions.value == 6
    assert report.clients.value == 6
    assert report.minutes.value == 6 * 30


def test_minutes_total_is_exact_and_an_untimed_session_adds_none() -> None:
    day = dt.date(2025, 9, 1)
    facts = [_fact(day, c, m) for c, m in enumerate([10, 20, 31, 45, 50], start=1)]
    facts.append(_fact(day, 6, None))
    report = build_report(day, day, facts, {})
    assert report.minutes.value == 156
    assert not report.minutes.hidden
    assert report.untimed_sessions.value == 1
    assert report.untimed_sessions.hidden


def test_a_concern_tag_is_named_from_five_students_and_folded_into_other_below() -> None:
    day = dt.date(2025, 9, 1)
    facts = [_fact(day, c) for c in range(1, 10)]
    tags = {c: ["bullying"] for c in range(1, 6)} | {c: ["grief"] for c in range(6, 10)}
    rows = {r.key: r.cells[0] for r in build_report(day, day, facts, tags).by_tag.rows}
    assert rows["bullying"].value == 5 and not rows["bullying"].hidden
    assert "grief" not in rows
    assert rows[OTHER_TAGS].value == 4 and rows[OTHER_TAGS].hidden


@pytest.mark.parametrize(
    ("values", "hide_total"), [([4, 0], True), ([1, 0], True), ([5, 0], False), ([0, 0], False)]
)
def test_a_total_below_five_is_hidden_and_five_is_not(values: list[int], hide_total: bool) -> None:
    assert suppress_additive(values)[1] is hide_total


def test_one_small_cell_beside_a_published_total_gets_a_complementary_partner() -> None:
    states, hide = suppress_additive([3, 6, 7])
    assert not hide
    assert states == [Suppression.PRIMARY, Suppression.COMPLEMENTARY, Suppression.NONE]


def test_months_between_crosses_the_new_year_and_includes_both_ends() -> None:
    assert months_between(dt.date(2025, 11, 30), dt.date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    assert months_between(dt.date(2025, 3, 31), dt.date(2025, 3, 1)) == ["2025-03"]


@pytest.mark.parametrize(
    ("today", "this_term", "last_term", "year"),
    [
        (
            dt.date(2025, 6, 30),
            (dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
            (dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
            (dt.date(2024, 7, 1), dt.date(2025, 6, 30)),
        ),
        (
            dt.date(2025, 7, 1),
            (dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
            (dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
            (dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
        ),
    ],
)
def test_the_school_term_turns_on_the_first_of_july(
    today: dt.date,
    this_term: tuple[dt.date, dt.date],
    last_term: tuple[dt.date, dt.date],
    year: tuple[dt.date, dt.date],
) -> None:
    terms = school_terms(today)
    assert terms["this_term"] == this_term
    assert terms["last_term"] == last_term
    assert terms["school_year"] == year
    assert terms["calendar_year"] == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
