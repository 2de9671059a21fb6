"""Reminders for the dashboard: unsigned notes, expiring consents, risk and plan reviews,
follow-ups, clients turning 18. Each clears by itself once resolved (see
``domain/reminders.py``); follow-ups are completed by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from counsel_desk.domain.collector import collector_paused
from counsel_desk.domain.enums import ClientStatus, RiskLevel
from counsel_desk.domain.reminders import (
    FollowUp,
    Reminder,
    ReminderKind,
    consent_expiring,
    follow_up_shown,
    plan_review_due,
    risk_review_due,
    turning_18_due,
    unsigned_note_due,
)
from counsel_desk.domain.validation import Issue, ValidationError
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.plans import PlanRepository
from counsel_desk.vault.repositories.reminders import ReminderRepository
from counsel_desk.vault.vault import Vault

KIND_ORDER = tuple(ReminderKind)


# The level as a word of its own, translated in the "Labels" context like the caseload's.
RISK_LEVEL_NAMES = {
    RiskLevel.NONE: QT_TRANSLATE_NOOP("Labels", "None"),
    RiskLevel.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    RiskLevel.MODERATE: QT_TRANSLATE_NOOP("Labels", "Moderate"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
}


class ReminderService:
    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    # --- follow-ups --------------------------------------------------------------------

    def add_follow_up(self, client_id: int, due_on: dt.date, text: str) -> FollowUp:
        text = text.strip()
        if not text or len(text) > 2000:
            raise ValidationError(
                [
                    Issue(
                        "text",
                        UserMessage(QT_TRANSLATE_NOOP("Reminders", "Say what the follow-up is.")),
                    )
                ]
            )
        with self._vault.transaction() as conn:
            code = ClientRepository(conn).case_code_for(client_id)
            if code is None:
                raise CounselDeskError(
                    UserMessage(
                        QT_TRANSLATE_NOOP("Reminders", "That client is no longer in the vault.")
                    )
                )
            repo = ReminderRepository(conn)
            new_id = repo.insert_follow_up(FollowUp(client_id, due_on, text), self._clock())
            self._vault.audit.append(AuditAction.CLIENT_CHANGED, code, "follow-up added")
            found = repo.get_follow_up(new_id)
        assert found is not None
        return found

    def complete_follow_up(self, follow_up_id: int) -> None:
        with self._vault.transaction() as conn:
            repo = ReminderRepository(conn)
            found = repo.get_follow_up(follow_up_id)
            if found is None or not repo.complete_follow_up(follow_up_id, self._clock()):
                return
            code = ClientRepository(conn).case_code_for(found.client_id)
            self._vault.audit.append(AuditAction.CLIENT_CHANGED, code, "follow-up completed")

    def follow_ups(self, client_id: int, *, open_only: bool = True) -> list[FollowUp]:
        with self._vault.reading() as conn:
            return ReminderRepository(conn).follow_ups(client_id, open_only=open_only)

    # --- the list ----------------------------------------------------------------------

    @collector_paused()  # every profile read: many objects, no cycles
    def reminders(self, now: dt.datetime | None = None) -> list[Reminder]:
        """Everything due (or coming due) today, most urgent first."""
        now = now or self._clock()
        today = now.date()
        with self._vault.reading() as conn:
            clients = {c.id: c for c in ClientRepository(conn).all_profiles()}
            drafts = ReminderRepository(conn).unsigned_notes()
            last_risk = ReminderRepository(conn).last_risk_assessments()
            plans = PlanRepository(conn).current_bodies()
            follow_ups = ReminderRepository(conn).follow_ups(open_only=True)
        found: list[Reminder] = []

        def add(
            kind: ReminderKind,
            client_id: int,
            due: dt.date,
            detail: UserMessage,
            ref: int | None = None,
        ) -> None:
            client = clients.get(client_id)
            if client is None:
                return
            found.append(
                Reminder(
                    kind, client_id, client.case_code or "", client.full_name, due, detail, ref
                )
            )

        for cid, note in drafts:
            due = unsigned_note_due(note, now)
            if due is not None:
                add(
                    ReminderKind.NOTE_UNSIGNED,
                    cid,
                    note.date,
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Reminders", "The note of {date} is not signed after 24 hours"
                        ),
                        date=note.date,
                    ),
                    note.id,
                )
        for client in clients.values():
            if client.id is None or client.status is not ClientStatus.ACTIVE:
                continue
            for consent in consent_expiring(client.consents, today):
                assert consent.expires_on is not None
                add(
                    ReminderKind.CONSENT_EXPIRING,
                    client.id,
                    consent.expires_on,
                    UserMessage(
                        QT_TRANSLATE_NOOP("Reminders", "A consent expires on {date}: renew it"),
                        date=consent.expires_on,
                    ),
                    consent.id,
                )
            level = RiskLevel(client.risk_level)
            risk_due = risk_review_due(level, last_risk.get(client.id), client.opened_on, today)
            if risk_due is not None:
                add(
                    ReminderKind.RISK_REVIEW,
                    client.id,
                    risk_due,
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Reminders", "{level} risk: no risk assessment since {date}"
                        )
                        if client.id in last_risk
                        else QT_TRANSLATE_NOOP(
                            "Reminders", "{level} risk: no risk assessment recorded"
                        ),
                        level=UserMessage(RISK_LEVEL_NAMES[level]),
                        date=last_risk.get(client.id) or today,
                    ),
                )
            plan = plans.get(client.id)
            if plan is not None:
                plan_due = plan_review_due(plan.review_due, today)
                if plan_due is not None:
                    add(
                        ReminderKind.PLAN_REVIEW,
                        client.id,
                        plan_due,
                        UserMessage(
                            QT_TRANSLATE_NOOP("Reminders", "Support plan review due on {date}"),
                            date=plan_due,
                        ),
                        plan.id,
                    )
            birthday = turning_18_due(client.date_of_birth, client.consents, today)
            if birthday is not None:
                add(
                    ReminderKind.TURNING_18,
                    client.id,
                    birthday,
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Reminders",
                            "Turns 18 on {date}: consent now comes from the client, "
                            "not the guardian",
                        ),
                        date=birthday,
                    ),
                )
        for follow_up in follow_ups:
            owner = clients.get(follow_up.client_id)
            if owner is None or owner.status is not ClientStatus.ACTIVE:
                continue
            if follow_up_shown(follow_up, today):
                add(
                    ReminderKind.FOLLOW_UP,
                    follow_up.client_id,
                    follow_up.due_on,
                    UserMessage(QT_TRANSLATE_NOOP("Reminders", "{text}"), text=follow_up.text),
                    follow_up.id,
                )
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        found.sort(key=lambda r: (r.due, order[r.kind], r.case_code))
        return found
