"""domain/bk_reports.py (issue 17, item 5): periods of the school year, the settings'
limits, school weeks, and the suppression of the BK service report's cells — a bidang
count never bounds a hidden row, a small sessions count hides the sessions' JP."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.bk_reports import (
    BkSettings,
    ContactFact,
    PeriodKind,
    ReferralFact,
    build_bk_report,
    is_empty,
    parse_period,
    period_of,
    recent_periods,
    school_days,
    settings_problem,
)
from counsel_desk.domain.enums import (
    ActivityKind,
    ReferralAgency,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    UseOfTime,
)
from counsel_desk.domain.school_services import ServiceClass

D = dt.date
JULY = BkSettings()
AUGUST = BkSettings(45, 8, 1)


def test_periods_of_a_school_year_from_mid_july():
    assert (parse_period("2026-11", JULY).start, parse_period("2026-11", JULY).end) == (
        D(2026, 11, 1),
        D(2026, 11, 30),
    )
    s1, s2 = parse_period("2026-S1", JULY), parse_period("2026-s2", JULY)
    assert (s1.start, s1.end) == (D(2026, 7, 15), D(2026, 12, 31))
    assert (s2.start, s2.end) == (D(2027, 1, 1), D(2027, 7, 14))  # to the next year's start
    year = parse_period("2026/2027", JULY)
    assert (year.kind, year.start, year.end) == (PeriodKind.YEAR, D(2026, 7, 15), D(2027, 7, 14))
    assert parse_period("2026/2027-S2", JULY) == s2
    for wrong in ("2026-13", "2026/2028", "November", "2026-S3", "", "0999-01"):
        assert parse_period(wrong, JULY) is None, wrong


def test_an_english_medium_school_starts_in_august():
    assert parse_period("2026-S1", AUGUST).start == D(2026, 8, 1)
    assert period_of(D(2026, 7, 20), PeriodKind.YEAR, AUGUST).key == "2025/2026"
    assert period_of(D(2026, 7, 20), PeriodKind.YEAR, JULY).key == "2026/2027"
    assert period_of(D(2027, 2, 1), PeriodKind.SEMESTER, JULY).key == "2026-S2"
    assert [p.key for p in recent_periods(D(2027, 2, 1), PeriodKind.SEMESTER, JULY, 3)] == [
        "2026-S2",
        "2026-S1",
        "2025-S2",
    ]
    assert [p.key for p in recent_periods(D(2026, 1, 5), PeriodKind.MONTH, JULY, 2)] == [
        "2026-01",
        "2025-12",
    ]


@pytest.mark.parametrize("minutes", [0, -5, 91, 240])
def test_a_jp_of_no_length_or_longer_than_90_minutes_is_refused(minutes):
    problem = settings_problem(BkSettings(minutes_per_period=minutes))
    assert problem is not None and f"{minutes} is not possible" in str(problem)


def test_settings_limits_and_what_a_damaged_value_gives():
    for fine in (BkSettings(1), BkSettings(90), BkSettings(40, 6, 1), BkSettings(40, 9, 30)):
        assert settings_problem(fine) is None
    for wrong in (BkSettings(40, 5, 31), BkSettings(40, 10, 1), BkSettings(40, 6, 31)):
        assert "1 June to 30 September" in str(settings_problem(wrong))
    assert BkSettings.from_json(AUGUST.to_json()) == AUGUST
    assert BkSettings.from_json({"minutes_per_period": 0}) == BkSettings()
    assert BkSettings.from_json("nonsense") == BkSettings()


def test_school_days_leave_out_weekends_and_holidays():
    # November 2026: 21 weekdays; the 10th (Hari Pahlawan) as a holiday here.
    assert school_days(D(2026, 11, 1), D(2026, 11, 30), lambda d: False) == 21
    assert school_days(D(2026, 11, 1), D(2026, 11, 30), lambda d: d.day == 10) == 20


def _service(strategy, *fields, component=ServiceComponent.RESPONSIVE):
    return ServiceClass(component, strategy, tuple(fields))


NOV_2 = D(2026, 11, 2)


def _sessions(n, service, minutes=40, day=NOV_2, start=0):
    return [ContactFact(day, frozenset({start + i}), minutes, service, "free") for i in range(n)]


def test_a_bidang_count_never_bounds_a_hidden_row():
    """8 career guidance contacts, 6 individual (pribadi + belajar), 1 home visit: the 1
    is <5, the 6 is hidden with it — and so are its bidang, or "6 pribadi" would say the
    row holds at least 6 and 15 − 8 − 6 would give the home visit away."""
    facts = _sessions(
        6,
        _service(
            ServiceStrategy.INDIVIDUAL_COUNSELING, ServiceField.PERSONAL, ServiceField.LEARNING
        ),
    )
    facts += _sessions(1, _service(ServiceStrategy.HOME_VISIT, ServiceField.SOCIAL), start=10)
    guidance = _service(
        ServiceStrategy.CLASSROOM_GUIDANCE, ServiceField.CAREER, component=ServiceComponent.BASIC
    )
    activities = [
        Activity(ActivityKind.CLASSROOM_GUIDANCE, D(2026, 11, 3 + i), "x", "IX-A", 30, 1, None, "", guidance)
        for i in range(8)
    ]  # fmt: skip
    period = parse_period("2026-11", JULY)
    report = build_bk_report(period, facts, activities, JULY, 21)
    cells = {r.key: [c.shown for c in r.cells] for r in report.by_service.rows}
    assert cells["responsive/home_visit"] == ["0", "<5", "0", "0", "<5"]
    assert cells["responsive/individual_counseling"] == ["*", "0", "*", "0", "*"]
    assert cells["basic/classroom_guidance"] == ["0", "0", "0", "8", "8"]
    assert [c.shown for c in report.by_service.total.cells] == ["*", "<5", "*", "8", "15"]
    # One class: its 8 sessions shown; 8 × 30 students reached.
    assert [c.shown for c in report.by_class.rows[0].cells] == ["8", "240"]


def test_few_sessions_hide_their_jp_and_the_total():
    facts = _sessions(3, _service(ServiceStrategy.INDIVIDUAL_COUNSELING, ServiceField.PERSONAL))
    duty = Activity(ActivityKind.NON_COUNSELING_DUTY, D(2026, 11, 4), "Piket", minutes=80)
    report = build_bk_report(parse_period("2026-11", JULY), facts, [duty], JULY, 20)
    load = report.workload
    assert load.sessions.shown == "<5"
    assert load.session_periods_hidden and load.total_hidden
    assert (load.session_periods, load.activity_periods, load.norm) == (3.0, 2.0, 96.0)
    shares = {s.category: s for s in report.asca}
    # 120 min counseling and 80 min duty: 60 % direct.
    assert shares[UseOfTime.NON_COUNSELING].contacts.shown == "<5"
    assert report.asca_direct_indirect_percent == 60 and not report.asca_meets_target()
    assert report.unclassified_activities.value == 0  # a duty is never missing a classification


def test_unclassified_sessions_are_counted_and_left_out_of_the_asca_split():
    facts = _sessions(5, None, minutes=30)
    facts += _sessions(5, _service(ServiceStrategy.CONSULTATION, ServiceField.LEARNING), start=5)
    report = build_bk_report(parse_period("2026-11", JULY), facts, [], JULY, 20)
    assert report.unclassified_sessions.shown == "5"
    assert report.contacts.shown == "5"
    shares = {s.category: s for s in report.asca}
    assert shares[UseOfTime.INDIRECT_CONSULTATION].percent == 100
    assert report.asca_direct_indirect_percent == 100
    assert report.workload.total == 8.8  # (5 × 30 + 5 × 40) min of 40


def test_outside_the_period_is_left_out_and_an_empty_period_is_empty():
    period = parse_period("2026-11", JULY)
    facts = _sessions(5, None, day=D(2026, 10, 31))
    report = build_bk_report(period, facts, [], JULY, 21)
    assert report.sessions.value == 0 and report.asca_direct_indirect_percent is None
    assert is_empty([], []) and not is_empty(facts, [])


def test_a_month_with_only_referrals_in_it_still_has_a_report():
    """She referred two students and saw no one else: the month is not empty."""
    period = parse_period("2026-11", JULY)
    made = [ReferralFact(D(2026, 11, d), ReferralAgency.PSYCHOLOGIST, None) for d in (1, 30)]
    assert not is_empty([], [], period, made[:1]) and not is_empty([], [], period, made[1:])
    outside = [
        ReferralFact(D(2026, 10, 31), ReferralAgency.PSYCHOLOGIST, None),
        ReferralFact(D(2026, 12, 1), ReferralAgency.PSYCHOLOGIST, None),
    ]
    assert is_empty([], [], period, outside)
    assert is_empty([], [], None, made)  # no period given: sessions and activities only


def test_counts_that_repeat_a_hidden_row_are_hidden_with_it():
    """Home visits and the classes' sessions are also rows of the contacts table: when the
    table hides such a row, its count elsewhere is hidden too."""
    facts = _sessions(20, _service(ServiceStrategy.INDIVIDUAL_COUNSELING, ServiceField.PERSONAL))
    facts += _sessions(1, _service(ServiceStrategy.MEDIATION, ServiceField.SOCIAL), start=40)
    visit = _service(ServiceStrategy.HOME_VISIT, ServiceField.SOCIAL)
    facts += [ContactFact(NOV_2, frozenset({50 + i}), 60, visit, "home_visit") for i in range(6)]
    guidance = _service(
        ServiceStrategy.CLASSROOM_GUIDANCE, ServiceField.CAREER, component=ServiceComponent.BASIC
    )
    activities = [
        Activity(ActivityKind.CLASSROOM_GUIDANCE, D(2026, 11, 3 + i), "x", "IX-A", 30, 1, None, "", guidance)
        for i in range(10)
    ]  # fmt: skip
    report = build_bk_report(parse_period("2026-11", JULY), facts, activities, JULY, 20)
    cells = {r.key: r.cells[-1].shown for r in report.by_service.rows}
    # [10, 20, 6, 1] over 37: the 1 needs a second hidden cell, the smallest: the 6 visits.
    assert cells == {
        "basic/classroom_guidance": "10",
        "responsive/individual_counseling": "20",
        "responsive/home_visit": "*",
        "responsive/mediation": "<5",
    }
    assert report.home_visits.contacts.shown == "*"
    assert report.home_visits.students.shown == "*"
    assert report.case_conferences.contacts.shown == "0"
    assert report.by_class.total.cells[0].shown == "10"  # its row is shown
    # ASCA regroups the same contacts (visits and mediation are consultation): it shows
    # time only, or "7" there would be 6 + the hidden "<5".
    from counsel_desk.export.bk_report_texts import asca_rows

    rows = asca_rows(report, "en")
    assert rows[0] == ["Category", "JP", "Share of time"]
    assert ["Indirect: consultation and collaboration", "10", "25 %"] in rows  # 400 of 1600 min


def test_the_classes_total_is_hidden_with_a_hidden_guidance_row():
    facts = _sessions(20, _service(ServiceStrategy.INDIVIDUAL_COUNSELING, ServiceField.PERSONAL))
    facts += _sessions(1, _service(ServiceStrategy.MEDIATION, ServiceField.SOCIAL), start=40)
    guidance = _service(
        ServiceStrategy.CLASSROOM_GUIDANCE, ServiceField.CAREER, component=ServiceComponent.BASIC
    )
    activities = [
        Activity(ActivityKind.CLASSROOM_GUIDANCE, D(2026, 11, 3 + i), "x", cls, 30, 1, None, "", guidance)
        for i, cls in enumerate(["IX-A"] * 5 + ["IX-B"] * 5)
    ]  # fmt: skip
    report = build_bk_report(parse_period("2026-11", JULY), facts, activities, JULY, 20)
    cells = {r.key: r.cells[-1].shown for r in report.by_service.rows}
    assert cells["basic/classroom_guidance"] == "*" and cells["responsive/mediation"] == "<5"
    # 5 + 5 would say 10: the classes' sessions are hidden with their row.
    assert [[c.shown for c in r.cells] for r in report.by_class.rows] == [
        ["*", "150"],
        ["*", "150"],
    ]
    assert report.by_class.total.cells[0].shown == "*"
