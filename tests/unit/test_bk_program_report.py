"""The BK report's planned vs done (issue 17, item 5): the program tahunan's sessions of
each month of the period, and the activities of the log that carried one of them out."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.bk_program import ProgramItem
from counsel_desk.domain.bk_reports import (
    BkSettings,
    build_bk_report,
    month_period,
    planned_vs_done,
    semester_period,
)
from counsel_desk.domain.enums import ActivityKind, ServiceField, ServiceStrategy
from counsel_desk.export.bk_report_texts import program_rows

SETTINGS = BkSettings(40, 7, 15)


def _item(item_id: int, month: int, periods: int = 2, year: int = 2026) -> ProgramItem:
    return ProgramItem(
        school_year=2026,
        month=dt.date(year, month, 1),
        field=ServiceField.LEARNING,
        strategy=ServiceStrategy.CLASSROOM_GUIDANCE,
        topic=f"Topik {item_id}",
        periods=periods,
        id=item_id,
    )


def _done(day: dt.date, rpl: int | None, periods: int | None = 2, minutes: int | None = None):
    return Activity(
        kind=ActivityKind.CLASSROOM_GUIDANCE,
        date=day,
        topic="Bimbingan klasikal",
        class_name="VIII-B",
        periods=periods,
        minutes=minutes,
        rpl=rpl,
    )


PROGRAM = [_item(1, 8), _item(2, 8, 3), _item(3, 9), _item(4, 10)]
LOG = [
    _done(dt.date(2026, 8, 12), 1),
    _done(dt.date(2026, 8, 20), None),  # no planned session named: not counted as done
    _done(dt.date(2026, 9, 2), 2, periods=None, minutes=60),  # August's, carried out late
    _done(dt.date(2026, 9, 9), 99),  # names no session of the program
]


def test_each_month_counts_what_was_planned_and_what_carried_a_planned_session_out() -> None:
    semester = semester_period(2026, 1, SETTINGS)
    months = planned_vs_done(semester, PROGRAM, LOG, 40)
    assert [
        (m.month.month, m.planned, m.planned_periods, m.done, m.done_periods) for m in months
    ] == [
        (8, 2, 5, 1, 2.0),
        (9, 1, 2, 1, 1.5),  # 60 minutes at 40 a JP
        (10, 1, 2, 0, 0.0),
    ]


def test_a_month_reports_its_own_plan_only() -> None:
    september = month_period(2026, 9)
    (month,) = planned_vs_done(september, PROGRAM, LOG, 45)
    assert (month.planned, month.done, month.done_periods) == (1, 1, 1.3)


def test_the_report_carries_the_program_and_its_table_adds_up() -> None:
    semester = semester_period(2026, 1, SETTINGS)
    report = build_bk_report(semester, [], LOG, SETTINGS, 100, PROGRAM)
    rows = program_rows(report, "en")
    assert rows[0] == ["Month", "Planned", "Planned JP", "Carried out", "JP carried out"]
    assert rows[-1] == ["Total", "4", "9", "2", "3.5"]
    assert build_bk_report(semester, [], LOG, SETTINGS, 100).program == ()


def test_referrals_are_counted_by_agency_and_by_outcome_and_small_counts_hidden() -> None:
    from counsel_desk.domain.bk_reports import ReferralFact, referral_tables
    from counsel_desk.domain.enums import ReferralAgency, ReferralOutcome

    day = dt.date(2026, 9, 10)
    facts = [ReferralFact(day, ReferralAgency.PUSKESMAS, ReferralOutcome.SEEN)] * 7
    facts += [ReferralFact(day, ReferralAgency.PSYCHOLOGIST, ReferralOutcome.SEEN)] * 6
    facts += [ReferralFact(day, ReferralAgency.POLICE, None)] * 2  # 2: hidden
    facts += [ReferralFact(dt.date(2027, 2, 1), ReferralAgency.HOSPITAL, None)]  # not this semester
    by_agency, by_outcome = referral_tables(semester_period(2026, 1, SETTINGS), facts)
    shown = {r.key: r.cells[0].shown for r in by_agency.rows}
    assert shown["puskesmas"] == "7" and shown["police"] == "<5"
    # With the total shown, one more row is hidden so the police's 2 cannot be worked out.
    assert shown["psychologist"] == "*" or by_agency.total.cells[0].shown == "*"
    outcomes = {r.key: r.cells[0].shown for r in by_outcome.rows}
    assert outcomes["unknown"] == "<5"
    # 13 seen beside a shown total of 15 would give the 2 away: one of them is hidden.
    assert "*" in (outcomes["seen"], by_outcome.total.cells[0].shown)
    report = build_bk_report(semester_period(2026, 1, SETTINGS), [], LOG, SETTINGS, 100, (), facts)
    from counsel_desk.export.bk_report_texts import referral_rows

    rows = referral_rows(report, "id")
    assert rows[0] == ["Dialihtangankan ke", "Alih tangan kasus"]
    assert ["Puskesmas", "7"] in rows and ["Belum diketahui", "<5"] in rows
