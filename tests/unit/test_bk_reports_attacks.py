"""Attacks on the BK service report's suppression (issue 17, attack F6): the sessions of
the period less those not yet classified are the classified sessions — a sum of rows of
the contacts table — and the activities less those not yet classified are the classified
activities, whose complement in the contacts total is that sum again. When the table
hides a row, these counts are hidden with it."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.bk_reports import BkSettings, ContactFact, build_bk_report, parse_period
from counsel_desk.domain.enums import ActivityKind, ServiceComponent, ServiceField, ServiceStrategy
from counsel_desk.domain.school_services import ServiceClass

SETTINGS = BkSettings()
COUNSELING = ServiceClass(
    ServiceComponent.RESPONSIVE, ServiceStrategy.INDIVIDUAL_COUNSELING, (ServiceField.PERSONAL,)
)
GUIDANCE = ServiceClass(
    ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (ServiceField.LEARNING,)
)


def _session(day: int, service: ServiceClass | None) -> ContactFact:
    return ContactFact(dt.date(2026, 11, day), frozenset({day}), 40, service, "")


def _guidance(day: int, service: ServiceClass | None = GUIDANCE) -> Activity:
    return Activity(
        ActivityKind.CLASSROOM_GUIDANCE,
        dt.date(2026, 11, day),
        "Gaya belajar",
        "VIII-B",
        30,
        2,
        service=service,
    )


def _report(sessions, activities=()):
    return build_bk_report(parse_period("2026-11", SETTINGS), sessions, activities, SETTINGS, 20)


def test_sessions_less_the_unclassified_do_not_give_a_hidden_row_away() -> None:
    # 2 of 8 sessions classified, as individual counseling: the row shows "<5"; 8 − 6 = 2.
    report = _report([_session(d, COUNSELING if d <= 2 else None) for d in range(1, 9)])
    (row,) = report.by_service.rows
    assert row.cells[-1].hidden
    assert report.sessions.hidden or report.unclassified_sessions.hidden


def test_the_classified_activities_do_not_give_the_sessions_rows_away() -> None:
    # 3 counseling sessions (hidden) beside 12 classified activities: contacts 15 is shown,
    # and 15 − (12 activities − 0 unclassified) = 3.
    report = _report(
        [_session(d, COUNSELING) for d in range(1, 4)], [_guidance(d) for d in range(1, 13)]
    )
    counseling = next(r for r in report.by_service.rows if "individual" in r.key)
    assert counseling.cells[-1].hidden
    assert not report.contacts.hidden
    assert report.unclassified_activities.hidden  # the activities' split is not given


def test_without_a_hidden_row_the_counts_are_shown() -> None:
    report = _report(
        [_session(d, COUNSELING if d <= 6 else None) for d in range(1, 13)],
        [_guidance(d) for d in range(1, 8)] + [_guidance(9, None)],
    )
    assert not any(r.cells[-1].hidden for r in report.by_service.rows)
    assert (report.sessions.shown, report.unclassified_sessions.shown) == ("12", "6")
    assert report.unclassified_activities.shown == "1"
