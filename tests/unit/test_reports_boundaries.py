"""Boundary rules of reports without identifiers (domain/reports.py), written to kill the
mutants that survived the older tests: both sides of every threshold, exact totals."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.enums import Modality, SessionKind
from counsel_desk.domain.reports import (
    COMPLEMENTARY_MARK,
    OTHER_TAGS,
    PRIMARY_MARK,
    SessionFact,
    Suppression,
    Table,
    build_report,
    months_between,
    primary,
    school_terms,
    suppress_additive,
)

MODALITY = next(iter(Modality))
KIND = next(iter(SessionKind))
P, C, N = Suppression.PRIMARY, Suppression.COMPLEMENTARY, Suppression.NONE


def _fact(
    day: dt.date,
    client: int,
    minutes: int | None = 30,
    modality: Modality = MODALITY,
    kind: SessionKind = KIND,
) -> SessionFact:
    return SessionFact(day, frozenset({client}), minutes, modality, kind)


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
    assert terms["last_school_year"] == (
        dt.date(year[0].year - 1, 7, 1),
        dt.date(year[0].year, 6, 30),
    )
    assert terms["calendar_year"] == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


# --- complementary suppression: the bound on what two small cells can share ---------------


@pytest.mark.parametrize(
    ("values", "states"),
    [
        ([1, 2, 10], [P, P, N]),  # sum 3: (1, 2) or (2, 1)
        ([2, 3, 10], [P, P, N]),  # sum 5: four ways
        ([3, 4, 10], [P, P, N]),  # sum 7: (3, 4) or (4, 3)
        ([1, 1, 10], [P, P, C]),  # sum 2: only (1, 1), so both would be pinned down
        ([4, 4, 10], [P, P, C]),  # sum 8: only (4, 4)
    ],
)
def test_two_small_cells_need_a_partner_only_when_their_sum_allows_one_split(
    values: list[int], states: list[Suppression]
) -> None:
    assert suppress_additive(values) == (states, False)


def test_the_complementary_partner_is_the_smallest_shown_cell_not_the_first() -> None:
    assert suppress_additive([3, 9, 6]) == ([P, N, C], False)


# --- the tables of a report: exact figures -------------------------------------------------

SEP, OCT, NOV = dt.date(2025, 9, 1), dt.date(2025, 10, 1), dt.date(2025, 11, 30)


def _shown_row(table: Table, key: str) -> list[str]:
    """What the dialog and the PDF print for one row of a table."""
    return [c.shown for c in next(r for r in table.rows if r.key == key).cells]


def test_each_month_row_counts_its_own_students_sessions_and_minutes_exactly() -> None:
    september = [
        _fact(SEP + dt.timedelta(days=c), c, m)
        for c, m in zip(range(1, 7), [10, 20, 30, 40, 50, None], strict=True)
    ]
    october = [_fact(OCT + dt.timedelta(days=i), 1 + i // 2, 45) for i in range(5)]  # 3 students
    report = build_report(SEP, NOV, september + october, {})
    month = report.by_month
    assert [r.key for r in month.rows] == ["2025-09", "2025-10", "2025-11"]
    shown = {r.key: [c.shown for c in r.cells] for r in month.rows}
    assert month.columns == ("clients", "sessions", "minutes")
    assert shown["2025-09"] == ["6", "6", "150"]  # the untimed session adds no minute
    assert shown["2025-10"] == [PRIMARY_MARK, "5", "225"]  # 3 students: hidden
    assert shown["2025-11"] == ["0", "0", "0"]  # a month without sessions shows zeros
    assert month.total is not None
    assert [c.shown for c in month.total.cells] == ["6", "11", "375"]
    assert not any(c.hidden for c in month.total.cells)
    assert (report.sessions.shown, report.minutes.value, report.minutes.hidden) == (
        "11",
        375,
        False,
    )


def test_the_month_tables_total_of_students_is_hidden_when_small() -> None:
    report = build_report(SEP, SEP, [_fact(SEP, 1 + i % 3) for i in range(6)], {})
    assert report.by_month.total is not None
    students, sessions, minutes = report.by_month.total.cells
    assert (students.value, students.shown) == (3, PRIMARY_MARK)
    assert (sessions.shown, minutes.shown) == ("6", "180")


def test_modality_and_kind_rows_count_sessions_and_minutes_exactly() -> None:
    facts = [_fact(SEP, c, 30, Modality.IN_PERSON, SessionKind.INDIVIDUAL) for c in range(1, 7)]
    facts += [_fact(SEP, c, 40, Modality.VIDEO, SessionKind.GROUP) for c in range(7, 12)]
    facts.append(_fact(SEP, 12, None, Modality.VIDEO, SessionKind.GROUP))
    report = build_report(SEP, SEP, facts, {})
    for table, first, second in [
        (report.by_modality, Modality.IN_PERSON, Modality.VIDEO),
        (report.by_kind, SessionKind.INDIVIDUAL, SessionKind.GROUP),
    ]:
        assert table.columns == ("sessions", "minutes")
        assert _shown_row(table, first) == ["6", "180"]
        assert _shown_row(table, second) == ["6", "200"]
        others = [r for r in table.rows if r.key not in (first.value, second.value)]
        assert others and all([c.shown for c in r.cells] == ["0", "0"] for r in others)
        assert table.total is not None
        assert [c.shown for c in table.total.cells] == ["12", "380"]


@pytest.mark.parametrize("untimed", [4, 5])
def test_every_untimed_session_is_counted_and_five_are_shown(untimed: int) -> None:
    facts = [_fact(SEP, c, None) for c in range(1, untimed + 1)] + [_fact(SEP, 9, 30)]
    report = build_report(SEP, SEP, facts, {})
    assert report.untimed_sessions.value == untimed
    assert report.untimed_sessions.shown == (PRIMARY_MARK if untimed < 5 else str(untimed))


# --- one published total, hidden everywhere at once -----------------------------------------

# Six sessions in September; in each case exactly one table can only keep its <5 cell safe
# by hiding the total (1 of 6 beside 5), and the other two tables are safe on their own.
ONE_TABLE_HIDES = {
    "by_month": [_fact(SEP, c) for c in range(1, 6)] + [_fact(OCT, 6)],
    "by_modality": [_fact(SEP, c) for c in range(1, 6)] + [_fact(SEP, 6, 30, Modality.PHONE)],
    "by_kind": [_fact(SEP, c) for c in range(1, 6)]
    + [_fact(SEP, 6, 30, MODALITY, SessionKind.FAMILY)],
}


@pytest.mark.parametrize("hiding", sorted(ONE_TABLE_HIDES))
def test_a_total_one_table_must_hide_is_hidden_in_every_table_and_the_headline(
    hiding: str,
) -> None:
    report = build_report(SEP, OCT, ONE_TABLE_HIDES[hiding], {})
    assert suppress_additive([5, 1])[1]  # why: 6 − 5 would give the 1 away
    for table in (report.by_month, report.by_modality, report.by_kind):
        assert table.total is not None
        sessions, minutes = table.total.cells[-2:]
        assert (sessions.shown, minutes.shown) == (COMPLEMENTARY_MARK, COMPLEMENTARY_MARK)
        assert (sessions.value, minutes.value) == (6, 180)
    assert (report.sessions.shown, report.minutes.shown) == (COMPLEMENTARY_MARK, COMPLEMENTARY_MARK)
    assert report.clients.shown == "6"


def test_hiding_the_total_keeps_the_table_its_rows_and_its_students_total() -> None:
    report = build_report(SEP, OCT, ONE_TABLE_HIDES["by_month"], {})
    month = report.by_month
    assert month.key == "by_month"
    assert month.columns == ("clients", "sessions", "minutes")
    assert [r.key for r in month.rows] == ["2025-09", "2025-10"]
    assert _shown_row(month, "2025-09") == ["5", COMPLEMENTARY_MARK, COMPLEMENTARY_MARK]
    assert _shown_row(month, "2025-10") == [PRIMARY_MARK, PRIMARY_MARK, COMPLEMENTARY_MARK]
    assert month.total is not None
    assert month.total.cells[0].shown == "6"  # students are not a sum of the rows


def test_a_small_total_is_shown_as_a_small_count_and_its_minutes_as_hidden() -> None:
    report = build_report(SEP, SEP, [_fact(SEP, c) for c in range(1, 4)], {})
    for table in (report.by_month, report.by_modality, report.by_kind):
        assert table.total is not None
        sessions, minutes = table.total.cells[-2:]
        assert (sessions.shown, minutes.shown) == (PRIMARY_MARK, COMPLEMENTARY_MARK)
    assert report.by_month.total is not None
    assert report.by_month.total.cells[0].shown == PRIMARY_MARK
    assert (report.sessions.shown, report.minutes.shown) == (PRIMARY_MARK, COMPLEMENTARY_MARK)


def test_a_hidden_total_of_zero_minutes_is_shown_as_zero() -> None:
    facts = [_fact(SEP, c, None) for c in range(1, 6)] + [_fact(SEP, 6, None, Modality.PHONE)]
    report = build_report(SEP, SEP, facts, {})
    for table in (report.by_month, report.by_modality, report.by_kind):
        assert table.total is not None
        sessions, minutes = table.total.cells[-2:]
        assert (sessions.shown, minutes.shown) == (COMPLEMENTARY_MARK, "0")
    assert (report.sessions.shown, report.minutes.shown) == (COMPLEMENTARY_MARK, "0")


# --- concern tags -------------------------------------------------------------------------


def test_rare_concern_tags_are_pooled_and_a_student_with_two_is_counted_once() -> None:
    facts = [_fact(SEP, c) for c in range(1, 6)]
    # grief {1, 2, 5} and divorce {3, 4, 5}: 3 students each, 5 students together
    tags = {1: ["grief"], 2: ["grief"], 3: ["divorce"], 4: ["divorce"], 5: ["grief", "divorce"]}
    rows = {r.key: r.cells[0] for r in build_report(SEP, SEP, facts, tags).by_tag.rows}
    assert list(rows) == [OTHER_TAGS]
    assert (rows[OTHER_TAGS].value, rows[OTHER_TAGS].shown) == (5, "5")


def test_named_concern_tags_are_listed_most_students_first_then_by_name_ignoring_case() -> None:
    facts = [_fact(SEP, c) for c in range(1, 18)]
    tags = (
        {c: ["Bullying"] for c in range(1, 6)}
        | {c: ["academic"] for c in range(6, 11)}
        | {c: ["grief"] for c in range(11, 18)}
    )
    table = build_report(SEP, SEP, facts, tags).by_tag
    assert [(r.key, r.cells[0].shown) for r in table.rows] == [
        ("grief", "7"),
        ("academic", "5"),
        ("Bullying", "5"),
    ]


def test_the_report_names_its_period_and_the_tables_the_dialog_and_pdf_look_up() -> None:
    report = build_report(SEP, NOV, [_fact(SEP, 1)], {})
    assert (report.start, report.end) == (SEP, NOV)
    assert [t.key for t in report.tables()] == ["by_month", "by_kind", "by_modality", "by_tag"]
