"""Reminders: what comes due in a caseload, and when a reminder clears.

Each rule takes the facts it needs and answers with the day the reminder is due (or
None when there is nothing to remind of). A reminder clears by itself when what it
asks for is done: the note is signed, the consent renewed, a risk assessment written,
the plan revised, the follow-up completed, the adult client's own consent signed.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.enums import ConsentKind, RiskLevel, SignerRelationship
from counsel_desk.domain.model import ADULT_AGE, Consent, SessionNote
from counsel_desk.domain.notes import session_end
from counsel_desk.domain.retention import add_years
from counsel_desk.i18n import UserMessage

UNSIGNED_AFTER = dt.timedelta(hours=24)
CONSENT_NOTICE_DAYS = 30
RISK_REVIEW_DAYS = {RiskLevel.HIGH: 7, RiskLevel.MODERATE: 14}
PLAN_REVIEW_NOTICE_DAYS = 7
FOLLOW_UP_NOTICE_DAYS = 7
TURNING_18_NOTICE_DAYS = 30
TURNING_18_GRACE_DAYS = 90


class ReminderKind(StrEnum):
    NOTE_UNSIGNED = "note_unsigned"
    CONSENT_EXPIRING = "consent_expiring"
    RISK_REVIEW = "risk_review"
    PLAN_REVIEW = "plan_review"
    FOLLOW_UP = "follow_up"
    TURNING_18 = "turning_18"


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    client_id: int
    case_code: str
    name: str
    due: dt.date
    detail: UserMessage
    # The follow-up's id (only follow-ups are completed by hand).
    ref_id: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.due < today


@dataclass(frozen=True)
class FollowUp:
    """Something the counselor means to do for a client by a day."""

    client_id: int
    due_on: dt.date
    text: str
    id: int | None = None
    created_at: dt.datetime | None = None
    done_at: dt.datetime | None = None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


def unsigned_note_due(note: SessionNote, now: dt.datetime) -> dt.datetime | None:
    """When an unsigned note became overdue (24 h after the session ended), if it has.
    Struck notes are signed by definition; drafts are what this is about."""
    if note.is_signed:
        return None
    due = session_end(note) + UNSIGNED_AFTER
    return due if now >= due else None


def consent_expiring(consents: Iterable[Consent], today: dt.date) -> list[Consent]:
    """Active consents that expire within 30 days and are not yet renewed by another
    active consent of the same kind lasting longer (or not expiring at all)."""
    consents = list(consents)
    found = []
    for consent in consents:
        if not consent.is_active_on(today) or consent.expires_on is None:
            continue
        if not 0 <= (consent.expires_on - today).days <= CONSENT_NOTICE_DAYS:
            continue
        renewed = any(
            other is not consent
            and other.kind is consent.kind
            and other.signed_on <= consent.expires_on + dt.timedelta(days=1)
            and other.is_active_on(max(today, other.signed_on))
            and (other.expires_on is None or other.expires_on > consent.expires_on)
            for other in consents
        )
        if not renewed:
            found.append(consent)
    return found


def risk_review_due(
    level: RiskLevel, last_assessed: dt.date | None, since: dt.date | None, today: dt.date
) -> dt.date | None:
    """High risk is reviewed every 7 days, moderate every 14: the day the next review
    is due, if that day has come (never assessed: due from ``since``, e.g. opening)."""
    days = RISK_REVIEW_DAYS.get(RiskLevel(level))
    if days is None:
        return None
    start = last_assessed or since or today
    due = start + dt.timedelta(days=days)
    return due if due <= today else None


def plan_review_due(review_due: dt.date | None, today: dt.date) -> dt.date | None:
    if review_due is None:
        return None
    return review_due if (review_due - today).days <= PLAN_REVIEW_NOTICE_DAYS else None


def follow_up_shown(follow_up: FollowUp, today: dt.date) -> bool:
    return not follow_up.is_done and (follow_up.due_on - today).days <= FOLLOW_UP_NOTICE_DAYS


def eighteenth_birthday(born: dt.date) -> dt.date:
    return add_years(born, ADULT_AGE)


def turning_18_due(
    born: dt.date | None, consents: Iterable[Consent], today: dt.date
) -> dt.date | None:
    """A client who turns 18 within 30 days (or did so in the last 90) and has not yet
    signed an informed consent of their own: from the 18th birthday on, consent comes
    from the client, not the guardian. Returns the birthday."""
    if born is None:
        return None
    birthday = eighteenth_birthday(born)
    days = (birthday - today).days
    if not -TURNING_18_GRACE_DAYS <= days <= TURNING_18_NOTICE_DAYS:
        return None
    window = birthday - dt.timedelta(days=TURNING_18_NOTICE_DAYS)
    own = any(
        c.kind is ConsentKind.INFORMED_CONSENT
        and c.signer_relationship is SignerRelationship.SELF
        and c.signed_on >= window
        and c.is_active_on(max(today, c.signed_on))
        for c in consents
    )
    return None if own else birthday
