"""Clients: the caseload list, profiles, closing a case, and what needs attention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from counsel_desk.domain.collector import collector_paused
from counsel_desk.domain.enums import ClientStatus, RiskLevel
from counsel_desk.domain.model import Client, age_on
from counsel_desk.domain.screening import ScreeningResult
from counsel_desk.domain.validation import (
    Issue,
    ValidationError,
    clean_record,
    raise_for_errors,
    validate_client,
    warnings,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository, ClientRow
from counsel_desk.vault.repositories.screening import ScreeningRepository
from counsel_desk.vault.vault import Vault

NO_RECENT_SESSION_DAYS = 30


@dataclass(frozen=True)
class ClientSummary:
    """One line of the caseload."""

    id: int
    case_code: str
    given_name: str
    family_name: str | None
    preferred_name: str | None
    grade: str | None
    status: ClientStatus
    risk_level: RiskLevel
    date_of_birth: dt.date | None
    last_session: dt.date | None
    school: str | None = None
    opened_on: dt.date | None = None

    @classmethod
    def from_row(cls, row: ClientRow) -> ClientSummary:
        return cls(
            id=row.id,
            case_code=row.case_code,
            given_name=row.given_name,
            family_name=row.family_name,
            preferred_name=row.preferred_name,
            grade=row.grade,
            status=row.status,
            risk_level=row.risk_level,
            date_of_birth=row.date_of_birth,
            last_session=row.last_session,
            school=row.school,
            opened_on=row.opened_on,
        )

    @property
    def full_name(self) -> str:
        parts = (self.given_name.strip(), (self.family_name or "").strip())
        return " ".join(p for p in parts if p)

    def display_name(self, *, privacy: bool = False) -> str:
        return self.case_code if privacy else self.full_name

    def days_since_last_contact(self, today: dt.date) -> int | None:
        """Days since the last session (or since the case opened, if none yet)."""
        last = self.last_session or self.opened_on
        return (today - last).days if last is not None else None

    def is_minor_on(self, day: dt.date) -> bool:
        age = age_on(self.date_of_birth, day)
        return age is not None and age < 18


class AttentionKind(StrEnum):
    SELF_HARM_SCREENING = "self_harm_screening"  # a self-harm answer, no risk note since
    DRAFT_NOTE = "draft_note"
    MINOR_WITHOUT_GUARDIAN_CONSENT = "minor_without_guardian_consent"
    HIGH_RISK = "high_risk"
    NO_RECENT_SESSION = "no_recent_session"
    CONSENT_MISSING = "consent_missing"
    CONSENT_EXPIRING = "consent_expiring"


@dataclass(frozen=True)
class AttentionItem:
    kind: AttentionKind
    client_id: int
    case_code: str
    name: str
    detail: UserMessage


class ClientNotFoundError(CounselDeskError):
    def __init__(self, client_id: int) -> None:
        super().__init__(
            UserMessage(QT_TRANSLATE_NOOP("Clients", "That client is no longer in the vault."))
        )
        self.client_id = client_id


class ClientService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list_summaries(self) -> list[ClientSummary]:
        with self._vault.reading() as conn:
            return [ClientSummary.from_row(r) for r in ClientRepository(conn).rows()]

    def get(self, client_id: int) -> Client:
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
        if client is None:
            raise ClientNotFoundError(client_id)
        return client

    def open_record(self, client_id: int) -> Client:
        """A client's record opened to be read on screen: recorded in the audit trail
        (who was looked at, by case code; never what was read)."""
        client = self.get(client_id)
        # On a full disk the entry waits in memory: reading needs no free space.
        self._vault.record(AuditAction.CLIENT_VIEWED, client.case_code)
        return client

    def next_case_code(self) -> str:
        with self._vault.reading() as conn:
            return ClientRepository(conn).next_case_code()

    def add_other_person(self, client_id: int, name: str, *, today: dt.date | None = None) -> bool:
        """Add a name to the client's "other people named" (once in any case); whether it
        was not there yet. Raises ValidationError as :meth:`save_profile` does."""
        client = self.get(client_id)
        if name.strip().casefold() in {p.strip().casefold() for p in client.other_people}:
            return False
        self.save_profile(replace(client, other_people=[*client.other_people, name]), today=today)
        return True

    def save_profile(
        self, client: Client, *, today: dt.date | None = None
    ) -> tuple[Client, list[Issue]]:
        """Create or update a client's profile (not its notes or consents).

        Raises ValidationError when the profile has errors; returns the saved client and
        the warnings. A new client without a case code gets the next free one.
        """
        profile = clean_record(replace(client, sessions=[], consents=[]))
        issues = validate_client(profile, today=today)
        raise_for_errors(issues)
        with self._vault.transaction() as conn:
            repo = ClientRepository(conn)
            if profile.case_code is None:
                profile = replace(profile, case_code=repo.next_case_code())
            assert profile.case_code is not None
            owner = repo.id_for_case_code(profile.case_code)
            if owner is not None and owner != profile.id:
                raise ValidationError(
                    [
                        Issue(
                            "case_code",
                            UserMessage(
                                QT_TRANSLATE_NOOP("Clients", "Case code {code} is already in use."),
                                code=profile.case_code,
                            ),
                        )
                    ]
                )
            if profile.id is None:
                profile = replace(profile, id=repo.insert(profile))
                self._vault.audit.append(AuditAction.CLIENT_CREATED, profile.case_code)
            else:
                if repo.get(profile.id) is None:
                    raise ClientNotFoundError(profile.id)
                repo.update_profile(profile)
                self._vault.audit.append(AuditAction.CLIENT_CHANGED, profile.case_code)
        assert profile.id is not None
        return self.get(profile.id), warnings(issues)

    def close_case(self, client_id: int, closed_on: dt.date) -> None:
        client = self.get(client_id)
        if client.opened_on and closed_on < client.opened_on:
            raise ValidationError(
                [
                    Issue(
                        "closed_on",
                        UserMessage(
                            QT_TRANSLATE_NOOP(
                                "Validation", "The case cannot close before it was opened."
                            )
                        ),
                    )
                ]
            )
        with self._vault.transaction() as conn:
            ClientRepository(conn).close_case(client_id, closed_on)
            self._vault.audit.append(
                AuditAction.CASE_CLOSED, client.case_code, closed_on.isoformat()
            )

    @collector_paused()  # every profile read: many objects, no cycles
    def attention(self, today: dt.date | None = None) -> list[AttentionItem]:
        """What needs the counselor today: drafts, minors without guardian consent,
        high-risk clients, active clients without a session for 30 days."""
        today = today or dt.date.today()
        with self._vault.reading() as conn:
            repo = ClientRepository(conn)
            rows = {r.id: ClientSummary.from_row(r) for r in repo.rows()}
            drafts = repo.drafts()
            guardian_ok = repo.clients_with_active_guardian_consent(today)
        items: list[AttentionItem] = []
        for draft in drafts:
            s = rows[draft.client_id]
            items.append(
                AttentionItem(
                    AttentionKind.DRAFT_NOTE,
                    s.id,
                    s.case_code,
                    s.full_name,
                    UserMessage(
                        QT_TRANSLATE_NOOP("Clients", "Note of {date} is still a draft"),
                        date=draft.date,
                    ),
                )
            )
        active = [s for s in rows.values() if s.status is ClientStatus.ACTIVE]
        for s in active:
            if s.is_minor_on(today) and s.id not in guardian_ok:
                items.append(
                    AttentionItem(
                        AttentionKind.MINOR_WITHOUT_GUARDIAN_CONSENT,
                        s.id,
                        s.case_code,
                        s.full_name,
                        UserMessage(
                            QT_TRANSLATE_NOOP("Clients", "Minor without active guardian consent")
                        ),
                    )
                )
        for s in active:
            if s.risk_level is RiskLevel.HIGH:
                items.append(
                    AttentionItem(
                        AttentionKind.HIGH_RISK,
                        s.id,
                        s.case_code,
                        s.full_name,
                        UserMessage(QT_TRANSLATE_NOOP("Clients", "High risk")),
                    )
                )
        for s in active:
            days = s.days_since_last_contact(today)
            if days is not None and days > NO_RECENT_SESSION_DAYS:
                items.append(
                    AttentionItem(
                        AttentionKind.NO_RECENT_SESSION,
                        s.id,
                        s.case_code,
                        s.full_name,
                        UserMessage(
                            QT_TRANSLATE_NOOP("Clients", "No session for {days} days"), days=days
                        ),
                    )
                )
        items += self._notes_and_consents_attention(rows, today)
        items += self._self_harm_screenings(rows, today)
        return items

    def _self_harm_screenings(
        self, rows: dict[int, ClientSummary], today: dt.date
    ) -> list[AttentionItem]:
        """A questionnaire with a self-harm answer and no note assessing self-harm written
        after it: it stays on the dashboard until one is (a kiosk closed by the lock, or a
        risk note discarded, must not leave it unseen). A note counts when it is dated
        after the questionnaire's day, or on that day and first saved after the
        questionnaire (a second kiosk in the afternoon is not assessed by the morning's
        note, even when that note is signed in the afternoon), and
        never while it is dated after today (a mistyped year, a planned session)."""
        with self._vault.reading() as conn:
            repo = ScreeningRepository(conn)
            results = repo.all_standing()
            assessments = repo.self_harm_assessments()

        def assessed(result: ScreeningResult, saved: dt.datetime) -> bool:
            return any(
                result.taken_on <= day <= today
                and (day > result.taken_on or written >= saved.replace(microsecond=0))
                for day, written in assessments.get(result.client_id, ())
            )

        latest: dict[int, ScreeningResult] = {}
        for result, saved in results:
            if result.score.self_harm and not assessed(result, saved):
                latest[result.client_id] = result  # results run by day: the last one stays
        items = []
        for client_id, result in latest.items():
            s = rows.get(client_id)
            if s is None:
                continue
            items.append(
                AttentionItem(
                    AttentionKind.SELF_HARM_SCREENING,
                    s.id,
                    s.case_code,
                    s.full_name,
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Clients",
                            "Self-harm answer on the {instrument} of {date}: no risk "
                            "assessment in a note since",
                        ),
                        instrument=result.definition.name,
                        date=result.taken_on,
                    ),
                )
            )
        return items

    def _notes_and_consents_attention(
        self, rows: dict[int, ClientSummary], today: dt.date
    ) -> list[AttentionItem]:
        """Unsaved notes recovered from autosave, and missing or expiring consents."""
        from counsel_desk.services.consents import ConsentService
        from counsel_desk.services.notes import NoteService

        items: list[AttentionItem] = []
        for draft in NoteService(self._vault).recovered_drafts():
            s = rows.get(draft.client_id)
            if s is None:
                continue
            items.append(
                AttentionItem(
                    AttentionKind.DRAFT_NOTE,
                    s.id,
                    s.case_code,
                    s.full_name,
                    UserMessage(
                        QT_TRANSLATE_NOOP("Clients", "Unsaved note of {date} recovered"),
                        date=draft.note.date,
                    ),
                )
            )
        for flag in ConsentService(self._vault).flags(today):
            s = rows.get(flag.client_id)
            if s is None:
                continue
            kind = (
                AttentionKind.CONSENT_EXPIRING if flag.expiring else AttentionKind.CONSENT_MISSING
            )
            items.append(AttentionItem(kind, s.id, s.case_code, s.full_name, flag.message))
        return items
