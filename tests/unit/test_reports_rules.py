"""The suppression rule of reports without identifiers (domain/reports.py), and the
reminder rules (domain/reminders.py). No Qt, no vault."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from counsel_desk.domain.enums import (
    ConsentKind,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Consent, SessionNote
from counsel_desk.domain.plans import (
    Goal,
    Objective,
    ObjectiveRating,
    SupportPlan,
    plan_from_json,
    plan_summary_text,
    plan_to_json,
    validate_plan,
)
from counsel_desk.domain.reminders import (
    consent_expiring,
    plan_review_due,
    risk_review_due,
    turning_18_due,
    unsigned_note_due,
)
from counsel_desk.domain.reports import (
    COMPLEMENTARY_MARK,
    OTHER_TAGS,
    PRIMARY_MARK,
    SessionFact,
    Suppression,
    build_report,
    school_terms,
    suppress_additive,
)

P, C, N = Suppression.PRIMARY, Suppression.COMPLEMENTARY, Suppression.NONE


def _recoverable(values, states) -> bool:
    """Brute force: can any hidden <5 cell be pinned down from the total and the shown
    cells, knowing <5 cells hold 1–4 and * cells at least 5?"""
    hidden = [i for i, s in enumerate(states) if s is not N]
    if not hidden or all(states[i] is not P for i in hidden):
        return False
    target = sum(values[i] for i in hidden)
    ranges = [range(1, 5) if states[i] is P else range(5, target + 1) for i in hidden]
    solutions = [combo for combo in itertools.product(*ranges) if sum(combo) == target]
    for pos, i in enumerate(hidden):
        if states[i] is P and len({s[pos] for s in solutions}) == 1:
            return True
    return False


def test_primary_and_complementary_suppression() -> None:
    states, hide_total = suppress_additive([12, 3, 0, 20])
    assert states == [C, P, N, N] and not hide_total  # 3 alone = total − shown; hide 12
    states, hide_total = suppress_additive([2, 2, 30])
    assert states[:2] == [P, P] and not hide_total
    states, hide_total = suppress_additive([1, 1, 30, 40])
    assert states == [P, P, C, N]  # two 1s would be pinned down by their sum of 2
    assert suppress_additive([0, 0, 9]) == ([N, N, N], False)
    assert suppress_additive([2, 1, 0]) == ([P, P, N], True)  # total 3 is itself small
    states, hide_total = suppress_additive([1, 5])
    assert hide_total  # 1 and 5 of 6: even hiding both pins the 1 down: hide the total


@pytest.mark.parametrize("values", [v for v in itertools.product(range(0, 9), repeat=3)])
def test_no_small_cell_can_be_recomputed(values) -> None:
    states, hide_total = suppress_additive(list(values))
    assert all(s is P for v, s in zip(values, states, strict=True) if 0 < v < 5)
    if not hide_total:
        assert not _recoverable(values, states)


def _fact(day, clients, minutes=45, modality=Modality.IN_PERSON, kind=SessionKind.INDIVIDUAL):
    return SessionFact(day, frozenset(clients), minutes, modality, kind)


def test_report_figures_and_suppression() -> None:
    d = dt.date
    facts = []
    # August: 10 individual sessions of clients 1..10, 45 min each
    facts += [_fact(d(2025, 8, i + 1), {i + 1}) for i in range(10)]
    # September: 6 sessions, 2 by phone; one group session with clients 1, 2, 3
    facts += [_fact(d(2025, 9, i + 1), {i + 1}, 30) for i in range(4)]
    facts += [_fact(d(2025, 9, 10), {5}, None, Modality.PHONE)]
    facts += [_fact(d(2025, 9, 11), {6}, 20, Modality.PHONE)]
    facts += [_fact(d(2025, 9, 12), {1, 2, 3}, 90, kind=SessionKind.GROUP)]
    # outside the range
    facts += [_fact(d(2025, 6, 30), {11})]
    tags = {i: ["academic"] for i in range(1, 8)}
    tags[1] = ["academic", "grief"]
    tags[2] = ["bullying"]
    report = build_report(d(2025, 7, 1), d(2025, 12, 31), facts, tags)

    assert report.clients.value == 10 and report.clients.shown == "10"
    assert report.sessions.shown == "17"
    assert report.minutes.value == 10 * 45 + 4 * 30 + 20 + 90
    assert report.untimed_sessions.shown == PRIMARY_MARK
    month = report.by_month
    assert [r.key for r in month.rows][:3] == ["2025-07", "2025-08", "2025-09"]
    assert month.cell("2025-07", "sessions").shown == "0"
    assert month.cell("2025-08", "sessions").shown == "10"
    assert month.cell("2025-09", "sessions").shown == "7"
    assert month.cell("2025-09", "clients").shown == "6"
    kind = report.by_kind
    assert kind.cell("individual", "sessions").value == 16
    # one group session: <5, and it could be worked out from 17 − 16, so 16 is hidden too
    assert kind.cell("group", "sessions").shown == PRIMARY_MARK
    assert kind.cell("individual", "sessions").suppression is Suppression.COMPLEMENTARY
    assert kind.cell("individual", "sessions").plotted == 0
    assert kind.cell("group", "minutes").shown == COMPLEMENTARY_MARK
    modality = report.by_modality
    assert modality.cell("phone", "sessions").shown == PRIMARY_MARK
    assert modality.cell("in_person", "sessions").shown == COMPLEMENTARY_MARK
    # tags: academic 6 clients named; grief and bullying (1 each) folded into "other"
    keys = [r.key for r in report.by_tag.rows]
    assert keys == ["academic", OTHER_TAGS]
    assert report.by_tag.cell(OTHER_TAGS, "clients").shown == PRIMARY_MARK
    assert "grief" not in keys and "bullying" not in keys


def test_tiny_caseload_hides_totals() -> None:
    d = dt.date
    report = build_report(
        d(2025, 1, 1), d(2025, 1, 31), [_fact(d(2025, 1, 5), {1}), _fact(d(2025, 1, 6), {1})], {}
    )
    assert report.clients.shown == PRIMARY_MARK
    assert report.sessions.shown == PRIMARY_MARK
    assert report.minutes.hidden
    assert report.by_month.total.cells[1].hidden


def test_school_terms() -> None:
    terms = school_terms(dt.date(2025, 9, 15))
    assert terms["this_term"] == (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
    assert terms["school_year"] == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    assert school_terms(dt.date(2026, 2, 1))["last_term"] == (
        dt.date(2025, 7, 1),
        dt.date(2025, 12, 31),
    )


# --- reminders ------------------------------------------------------------------------------


def test_reminder_rules() -> None:
    today = dt.date(2025, 9, 15)
    now = dt.datetime(2025, 9, 15, 10, 0)
    draft = SessionNote(date=dt.date(2025, 9, 14), start_time=dt.time(9), duration_minutes=45)
    assert unsigned_note_due(draft, now) is not None
    fresh = SessionNote(date=dt.date(2025, 9, 15), start_time=dt.time(8), duration_minutes=45)
    assert unsigned_note_due(fresh, now) is None
    expiring = Consent(
        ConsentKind.ONLINE_COUNSELING, "A", dt.date(2024, 10, 1), expires_on=dt.date(2025, 10, 1)
    )
    assert consent_expiring([expiring], today) == [expiring]
    renewal = Consent(
        ConsentKind.ONLINE_COUNSELING, "A", dt.date(2025, 9, 14), expires_on=dt.date(2026, 9, 14)
    )
    assert consent_expiring([expiring, renewal], today) == []
    assert risk_review_due(RiskLevel.HIGH, dt.date(2025, 9, 1), None, today) == dt.date(2025, 9, 8)
    assert risk_review_due(RiskLevel.HIGH, dt.date(2025, 9, 10), None, today) is None
    assert risk_review_due(RiskLevel.MODERATE, dt.date(2025, 9, 1), None, today) == dt.date(
        2025, 9, 15
    )
    assert risk_review_due(RiskLevel.LOW, None, dt.date(2020, 1, 1), today) is None
    assert plan_review_due(dt.date(2025, 9, 20), today) == dt.date(2025, 9, 20)
    assert plan_review_due(dt.date(2025, 10, 20), today) is None
    born = dt.date(2007, 10, 1)  # 18 on 2025-10-01
    assert turning_18_due(born, [], today) == dt.date(2025, 10, 1)
    own = Consent(
        ConsentKind.INFORMED_CONSENT,
        "Self",
        dt.date(2025, 9, 14),
        signer_relationship=SignerRelationship.SELF,
    )
    assert turning_18_due(born, [own], today) is None
    assert turning_18_due(dt.date(2010, 1, 1), [], today) is None


def test_plan_body_round_trip_and_summary() -> None:
    plan = SupportPlan(
        goals=[
            Goal(
                "Attend school every day",
                [Objective("Absences per week", 4, 4), Objective("Mood on arrival", 10, 7)],
                ["Morning check-in", "Guardian meeting"],
                dt.date(2025, 12, 1),
                dt.date(2025, 10, 1),
            )
        ],
        version=2,
    )
    assert validate_plan(plan) == []
    goals = plan_from_json(plan_to_json(plan))
    assert goals == plan.goals
    key = plan.goals[0].objectives[0].key
    ratings = [
        ObjectiveRating(key, 1, 4, 1, dt.date(2025, 9, 1)),
        ObjectiveRating(key, 3, 4, 2, dt.date(2025, 9, 8)),
    ]
    text = plan_summary_text(plan, ratings)
    assert "version 2" in text and "1/4 first, 3/4 latest (2 sessions)" in text
    assert "Morning check-in" in text
    assert validate_plan(SupportPlan(goals=[Goal("", [])]))


def test_indonesian_plan_summary_speaks_indonesian() -> None:
    plan = SupportPlan(
        goals=[
            Goal(
                "Masuk sekolah setiap hari",
                [Objective("Absen per minggu", 4, 4)],
                ["Sapaan pagi"],
                dt.date(2025, 12, 1),
                dt.date(2025, 10, 1),
            )
        ],
        version=3,
    )
    key = plan.goals[0].objectives[0].key
    ratings = [ObjectiveRating(key, 1, 4, 1, dt.date(2025, 9, 1))]
    text = plan_summary_text(plan, ratings, language="id")
    assert "Rencana dukungan (versi 3)" in text
    assert "nilai awal 1/4, terakhir 1/4 (1 sesi)" in text
    assert "tinjauan 2025-10-01" in text and "Intervensi: Sapaan pagi" in text
    for english in ("Goal", "version", "review", "rated", "Interventions"):
        assert english not in text
