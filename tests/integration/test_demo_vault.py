"""The demo vault shows the whole app (issue 23), read back through the services as the
window reads it, and its export-json re-imports to the same bytes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from counsel_desk.demo import DEMO_PASSPHRASE
from counsel_desk.demo.vault import DemoVaultService, build_demo_vault, make_demo_folder
from counsel_desk.domain.enums import ClientStatus, ConsentKind, SignatureMethod
from counsel_desk.domain.model import Client, Consent
from counsel_desk.domain.plans import MOOD, SupportPlan
from counsel_desk.domain.reminders import Reminder, ReminderKind
from counsel_desk.services.clients import AttentionItem, AttentionKind, ClientSummary
from counsel_desk.services.interchange import Export
from counsel_desk.services.plans import PlanRecord
from counsel_desk.services.retention import RetentionStatus
from counsel_desk.services.vault_service import KdfParams, VaultService


@dataclass
class DemoView:
    """What the demo's window shows, read once after unlocking."""

    today: dt.date
    export: Export
    summaries: list[ClientSummary]
    attention: list[AttentionItem]
    reminders: list[Reminder]
    consents: list[Consent]
    plans: dict[str, list[SupportPlan]]
    plan_records: dict[str, PlanRecord]
    retention: list[RetentionStatus]
    due: list[RetentionStatus]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoView]:
    tmp = tmp_path_factory.mktemp("demo")
    today = dt.date.today()
    folder = make_demo_folder(tmp / "data")
    build_demo_vault(folder, today=today, params=KdfParams.cheap_for_tests())
    service = DemoVaultService(folder)
    service.unlock(folder.vault_path, DEMO_PASSPHRASE)
    try:
        summaries = service.clients.list_summaries()
        yield DemoView(
            today=today,
            export=service.interchange.export(),
            summaries=summaries,
            attention=service.clients.attention(today),
            reminders=service.reminders.reminders(dt.datetime.combine(today, dt.time(8))),
            consents=[c for s in summaries for c in service.consents.consents(s.id)],
            plans={s.case_code: service.plans.versions(s.id) for s in summaries},
            plan_records={s.case_code: service.plans.record(s.id) for s in summaries},
            retention=service.retention.statuses(),
            due=service.retention.due_for_destruction(),
        )
    finally:
        service.lock(backup=False)


def test_every_dashboard_tile_of_the_demo_has_something_in_it(demo: DemoView) -> None:
    kinds = {item.kind for item in demo.attention}
    assert kinds == set(AttentionKind)


def test_every_kind_of_reminder_is_in_the_demo_dashboard(demo: DemoView) -> None:
    assert {r.kind for r in demo.reminders} == set(ReminderKind)


def test_the_demo_has_a_minor_without_guardian_consent_and_a_missing_consent(
    demo: DemoView,
) -> None:
    by_kind = {item.kind: item for item in demo.attention}
    minor = by_kind[AttentionKind.MINOR_WITHOUT_GUARDIAN_CONSENT]
    summary = next(s for s in demo.summaries if s.id == minor.client_id)
    assert summary.is_minor_on(demo.today)
    assert str(by_kind[AttentionKind.CONSENT_MISSING].detail) == (
        "Online sessions without consent to online counseling"
    )


def test_the_demo_has_support_plans_with_two_versions(demo: DemoView) -> None:
    revised = [v for v in demo.plans.values() if len(v) == 2]
    assert len(revised) >= 2
    assert all(v[1].reason for v in revised)


def test_the_demo_charts_have_a_line_of_ratings_mood_and_a_questionnaire(
    demo: DemoView,
) -> None:
    charted = [r for r in demo.plan_records.values() if r.versions]
    assert charted
    for record in charted:
        progress = record.progress()
        assert progress and all(len(points) >= 4 for points in progress.values())
        # A line that moves: not one score repeated.
        assert all(len({score for _, score, _ in points}) >= 2 for points in progress.values())
        lines = record.measure_lines()
        assert len(lines[MOOD]) >= 4 and len({s for _, s in lines[MOOD]}) >= 2
        assert any(name != MOOD and len(points) >= 2 for name, points in lines.items())


def test_the_demo_has_follow_ups_due_today_and_overdue(demo: DemoView) -> None:
    follow_ups = [r for r in demo.reminders if r.kind is ReminderKind.FOLLOW_UP]
    assert any(r.due == demo.today for r in follow_ups)
    assert any(r.is_overdue(demo.today) for r in follow_ups)


def test_the_demo_has_a_drawn_signature_and_a_scanned_form(demo: DemoView) -> None:
    kinds = {(a.kind.value, c.method) for c in demo.consents for a in c.attachments}
    assert ("signature", SignatureMethod.DRAWN) in kinds
    assert ("scan", SignatureMethod.SCAN) in kinds


def test_the_demo_has_a_guardian_consent_signed_with_the_students_assent(
    demo: DemoView,
) -> None:
    bundles = {c.bundle for c in demo.consents if c.kind is ConsentKind.ASSENT and c.bundle}
    assert any(
        c.kind is ConsentKind.GUARDIAN_CONSENT and c.bundle in bundles for c in demo.consents
    )


def test_the_demo_has_a_release_of_information_naming_its_party(demo: DemoView) -> None:
    assert any(
        c.kind is ConsentKind.RELEASE_OF_INFORMATION and c.released_to for c in demo.consents
    )


def test_the_demo_shows_a_disclosure_log_with_a_protected_referral_letter(
    demo: DemoView,
) -> None:
    """Issue 18, item 6: the client whose release the referral relies on has the letter
    (protected, under the release) and the printed form in her disclosure log."""
    shared = [
        (client["case_code"], row)
        for client in json.loads(demo.export.text)["clients"]
        for row in client.get("disclosures", [])
    ]
    assert {row["document"] for _, row in shared} == {"referral_letter", "consent_form"}
    letter = next(row for _, row in shared if row["document"] == "referral_letter")
    assert letter["protected"] and letter["consent"] is not None and letter["reference"]


def test_the_demo_has_a_closed_case_due_for_destruction(demo: DemoView) -> None:
    assert demo.due
    closed = {s.id for s in demo.summaries if s.status is ClientStatus.CLOSED}
    assert all(s.client_id in closed and s.legal_hold_reason is None for s in demo.due)


def test_the_demo_has_a_legal_hold_keeping_a_case_past_its_date(demo: DemoView) -> None:
    held = [s for s in demo.retention if s.legal_hold_reason]
    assert len(held) == 1
    assert held[0].destroy_on is not None and held[0].destroy_on <= demo.today
    assert held[0].client_id not in {s.client_id for s in demo.due}


def test_the_demo_has_a_never_print_list(demo: DemoView) -> None:
    assert json.loads(demo.export.text)["never_print"]


def test_the_demo_export_counts_every_kind_it_holds(demo: DemoView) -> None:
    counts = demo.export.counts
    assert counts.clients == len(demo.summaries)
    assert counts.consents == len(demo.consents)
    assert counts.plan_versions == sum(len(v) for v in demo.plans.values()) >= 4
    assert counts.ratings >= 10 and counts.measures >= 10
    assert counts.follow_ups >= 3 and counts.attachments >= 3 and counts.legal_holds == 1
    assert counts.attachments == sum(len(c.attachments) for c in demo.consents)


def test_the_demo_export_re_imports_into_an_empty_vault_to_the_same_bytes(
    demo: DemoView, tmp_path: Path
) -> None:
    first = demo.export.text
    other = VaultService(backup_root=tmp_path / "backups")
    other.create(
        tmp_path / "empty", "an empty vault for the demo copy", KdfParams.cheap_for_tests()
    )
    try:
        other.interchange.import_text(first)
        assert other.interchange.export_text() == first
    finally:
        other.lock(backup=False)


def test_a_client_added_in_the_demo_gets_a_case_code_like_the_others(
    tmp_path: Path,
) -> None:
    folder = make_demo_folder(tmp_path / "data")
    build_demo_vault(folder, today=dt.date.today(), params=KdfParams.cheap_for_tests())
    service = DemoVaultService(folder)
    service.unlock(folder.vault_path, DEMO_PASSPHRASE)
    try:
        before = sorted(s.case_code for s in service.clients.list_summaries())
        added, _ = service.clients.save_profile(Client(given_name="Sari", family_name="Wulan"))
        after = {s.case_code for s in service.clients.list_summaries()}
    finally:
        service.lock(backup=False)
    highest = max(before, key=lambda code: int(code.removeprefix("C-")))
    assert added.case_code == f"C-{int(highest.removeprefix('C-')) + 1:04d}"
    # One format: every code, the new one too, is "C-" and the same number of digits.
    assert {len(code) for code in after} == {len(added.case_code)}, sorted(after)
    assert added.case_code in after


def test_the_demo_has_a_needs_assessment_and_a_program_drafted_from_it(demo: DemoView) -> None:
    records = demo.export.records
    assert len(records.akpd_items) == 32
    classes = {r.class_name for r in records.akpd_responses}
    assert classes == {"VIII-B", "VII-A"} and len(records.akpd_responses) == 62
    assert all(r.client_id is None for r in records.akpd_responses)  # kiosk and paper, anonymous
    assert records.bk_program and all(p.class_level == "VIII" for p in records.bk_program)
    assert all(p.rpl.objective for p in records.bk_program)


def test_the_demo_has_a_student_who_graduated_and_its_school_year_started(
    demo: DemoView,
) -> None:
    graduated = [c for c in demo.export.caseload.clients if c.graduated_on is not None]
    assert len(graduated) == 1 and graduated[0].status is ClientStatus.CLOSED
    assert demo.export.records.school_years


def test_the_demo_has_a_week_of_appointments_and_two_requests_to_talk(demo: DemoView) -> None:
    records = demo.export.records
    days = {a.day for a in records.appointments}
    assert len(days) == 6 and {d.weekday() for d in days} == set(range(6))
    assert {a.kind.value for a in records.appointments} == {
        "client",
        "class",
        "group",
        "parent_meeting",
        "other",
    }
    assert any(a.status.value == "cancelled" for a in records.appointments)
    assert len(records.intake) == 2
    assert [bool(r.name) for r in records.intake] == [True, False]


def test_the_demo_has_falling_phq_a_scores_a_kiosk_self_harm_answer_and_an_aum(
    demo: DemoView,
) -> None:
    screened = [c for c in demo.export.records.clients if c.screenings]
    assert screened and all(c.recorded_results for c in screened)
    totals = [
        [r.score.total for r in c.screenings if r.instrument.value == "phqa"] for c in screened
    ]
    assert all(len(t) >= 3 and t[0] > t[-1] for t in totals)  # the plan works
    first = [r for c in screened for r in c.screenings if r.entry.value == "kiosk"]
    assert any(r.score.self_harm for r in first)
    # ... and the plan's questionnaire chart carries the PHQ-A line.
    assert any("PHQ-A" in r.measure_lines() for r in demo.plan_records.values())


def test_the_demo_has_a_sociometry_round_of_its_class_list(demo: DemoView) -> None:
    from counsel_desk.domain.sociometry import analyse

    (round_,) = demo.export.records.sociometry
    assert round_.class_name == "VIII-D" and len(round_.members) == 6
    assert all(m.roster_id is not None for m in round_.members)
    gram = analyse(round_)
    assert gram.cliques == ((1, 3, 4),)
    assert gram.isolates() == [2]  # Ridwan, whom nobody chose
    assert gram.answered == 5 and round_.answer_of(6) is None  # Clara was absent
    assert {a.entry.value for a in round_.answers} == {"paper", "kiosk"}


def test_the_demo_has_a_career_interest_inventory_one_of_them_with_a_tie(demo: DemoView) -> None:
    inventories = [r for c in demo.export.records.clients for r in c.career_interests]
    codes = [str(r.profile.code) for r in inventories]
    assert len(codes) >= 2 and codes[0].startswith("SAI")
    assert any(r.profile.code.tied for r in inventories)
