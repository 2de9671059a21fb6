"""Each kind of reminder appears on the dashboard and clears once resolved. Cheap Argon2
(KdfParams.cheap_for_tests) through tests/ui/conftest.py."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.enums import ConsentKind, RiskLevel, SignerRelationship
from counsel_desk.domain.model import Client, RiskAssessment, SessionNote
from counsel_desk.domain.plans import Goal, Objective, SupportPlan, revise
from counsel_desk.domain.reminders import ReminderKind
from counsel_desk.services.consents import ConsentDraft
from tests.ui.conftest import TODAY, make_vault, unlock
from tests.ui.waiting import today_view_read

NOW = dt.datetime.combine(TODAY, dt.time(10, 0))


def _clients() -> list[Client]:
    return [
        Client(given_name="Dewi", opened_on=dt.date(2025, 7, 1)),  # notes, consent, plan
        Client(
            given_name="Rina",
            opened_on=dt.date(2025, 8, 1),
            risk_level=RiskLevel.HIGH,
        ),
        Client(given_name="Agus", date_of_birth=dt.date(2007, 9, 25), opened_on=TODAY),
    ]


def _ids(window) -> dict[str, int]:
    return {s.given_name: s.id for s in window.vault.clients.list_summaries()}


def _kinds(qtbot, window) -> list[tuple[ReminderKind, int]]:
    window.workspace.refresh()
    today_view_read(qtbot, window)
    return [(r.kind, r.client_id) for r in window.dashboard_view.reminders.model.items()]


def test_each_reminder_appears_and_clears(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "v", _clients()))
    ids = _ids(window)
    dewi, rina, agus = ids["Dewi"], ids["Rina"], ids["Agus"]
    kinds = _kinds(qtbot, window)
    # Rina: high risk and never assessed; Agus turns 18 on 2025-09-25.
    assert (ReminderKind.RISK_REVIEW, rina) in kinds
    assert (ReminderKind.TURNING_18, agus) in kinds
    assert not any(c == dewi for _, c in kinds)

    # A note not signed 24 hours after the session.
    notes = window.vault.notes
    draft, _ = notes.save_draft(
        dewi, SessionNote(date=TODAY - dt.timedelta(days=2), fields={"text": "Met."})
    )
    assert (ReminderKind.NOTE_UNSIGNED, dewi) in _kinds(qtbot, window)
    notes.sign(draft.id)
    assert (ReminderKind.NOTE_UNSIGNED, dewi) not in _kinds(qtbot, window)

    # A consent expiring within 30 days; renewing it clears the reminder.
    consents = window.vault.consents
    consents.sign(
        dewi,
        ConsentDraft(
            ConsentKind.ONLINE_COUNSELING,
            "en",
            "Dewi",
            dt.date(2024, 10, 1),
            expires_on=TODAY + dt.timedelta(days=20),
        ),
    )
    assert (ReminderKind.CONSENT_EXPIRING, dewi) in _kinds(qtbot, window)
    consents.sign(
        dewi,
        ConsentDraft(
            ConsentKind.ONLINE_COUNSELING,
            "en",
            "Dewi",
            TODAY,
            expires_on=TODAY + dt.timedelta(days=365),
        ),
    )
    assert (ReminderKind.CONSENT_EXPIRING, dewi) not in _kinds(qtbot, window)

    # A plan review within 7 days; the revised plan moves it on.
    plans = window.vault.plans
    saved, _ = plans.save_version(
        dewi,
        SupportPlan(
            goals=[Goal("Settle in", [Objective("x")], review_date=TODAY + dt.timedelta(days=3))]
        ),
    )
    assert (ReminderKind.PLAN_REVIEW, dewi) in _kinds(qtbot, window)
    revised = revise(saved)
    revised.goals[0].review_date = TODAY + dt.timedelta(days=60)
    plans.save_version(dewi, revised, "Reviewed with Dewi")
    assert (ReminderKind.PLAN_REVIEW, dewi) not in _kinds(qtbot, window)

    # A follow-up the counselor set, completed from the dashboard.
    window.vault.reminders.add_follow_up(dewi, TODAY + dt.timedelta(days=1), "Call the guardian")
    panel = window.dashboard_view.reminders
    assert (ReminderKind.FOLLOW_UP, dewi) in _kinds(qtbot, window)
    row = panel.row_of(ReminderKind.FOLLOW_UP, dewi)
    assert "Call the guardian" in panel.model.index(row, 3).data()
    panel.select_row(row)
    assert panel.done_button.isEnabled()
    panel.done_button.click()
    assert (ReminderKind.FOLLOW_UP, dewi) not in _kinds(qtbot, window)

    # A risk assessment in a note clears the risk review.
    risk_note, _ = notes.save_draft(
        rina,
        SessionNote(
            date=TODAY,
            fields={"text": "Safety plan reviewed."},
            risk=RiskAssessment(level=RiskLevel.HIGH, actions_taken="Safety plan"),
        ),
    )
    assert (ReminderKind.RISK_REVIEW, rina) not in _kinds(qtbot, window)

    # Agus signs his own informed consent: the turning-18 reminder clears.
    consents.sign(
        agus,
        ConsentDraft(
            ConsentKind.INFORMED_CONSENT,
            "id",
            "Agus",
            TODAY,
            signer_relationship=SignerRelationship.SELF,
        ),
    )
    assert (ReminderKind.TURNING_18, agus) not in _kinds(qtbot, window)
    del risk_note


def test_reminders_open_the_client_and_respect_privacy(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "v", _clients()))
    panel = window.dashboard_view.reminders
    rina = _ids(window)["Rina"]
    row = panel.row_of(ReminderKind.RISK_REVIEW, rina)
    assert row >= 0 and "Rina" in panel.model.index(row, 2).data()
    window.set_privacy(True)
    assert "Rina" not in panel.model.index(row, 2).data()
    assert not any("Rina" in t for t in window.dashboard_view.visible_texts())
    window.set_privacy(False)
    with qtbot.waitSignal(window.dashboard_view.client_activated, timeout=2000):
        panel.table.doubleClicked.emit(panel.model.index(row, 1))
    assert window.profile_view.client_id == rina
    window.lock()
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=10000)
    assert panel.model.rowCount() == 0


def test_risk_review_due_after_seven_days(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "v", _clients()))
    rina = _ids(window)["Rina"]
    window.vault.notes.save_draft(
        rina,
        SessionNote(
            date=TODAY - dt.timedelta(days=8),
            fields={"text": "x"},
            risk=RiskAssessment(level=RiskLevel.HIGH),
        ),
    )
    items = window.vault.reminders.reminders(NOW)
    due = [r for r in items if r.kind is ReminderKind.RISK_REVIEW and r.client_id == rina]
    assert due and due[0].due == TODAY - dt.timedelta(days=1)
