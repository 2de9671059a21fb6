"""Session notes: drafts and autosave, signing, addenda, strikes, the risk checklist,
and each client's timeline (including group notes kept in another member's record).

The rules are the domain's (``domain/validation.py``, ``domain/notes.py``); the database
enforces the lock a second time with triggers, so no code path can edit a signed note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from counsel_desk.domain.enums import DutyStep
from counsel_desk.domain.model import Addendum, DutyAction, SessionNote
from counsel_desk.domain.notes import (
    content_hash,
    follow_up_text,
    group_codes_seen_by,
    is_late_entry,
    latest_risk_level,
    note_from_payload,
    note_to_payload,
)
from counsel_desk.domain.reminders import FollowUp
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.validation import (
    Issue,
    NoteLockedError,
    ValidationError,
    ensure_editable,
    errors,
    raise_for_errors,
    signing_issues,
    validate_service,
    validate_session,
    warnings,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.notes import SessionRepository
from counsel_desk.vault.repositories.reminders import ReminderRepository
from counsel_desk.vault.vault import Vault


class NoteNotFoundError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(QT_TRANSLATE_NOOP("Notes", "That note is no longer in the vault."))
        )


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a client's timeline.

    ``note`` as the viewing client's record may show it: for a group note kept in
    another member's record, ``group_codes`` lists the other members by case code only
    (the record it is kept in included), never by name."""

    note: SessionNote
    owner_client_id: int
    owned: bool
    group_codes: list[str] = field(default_factory=list)
    late: bool = False
    autosave_id: int | None = None
    autosaved_at: dt.datetime | None = None

    @property
    def is_recovered(self) -> bool:
        return self.autosave_id is not None


@dataclass(frozen=True)
class RecoveredDraft:
    autosave_id: int
    client_id: int
    case_code: str
    note: SessionNote
    saved_at: dt.datetime


def _required(text: str, path: str, message: str) -> None:
    if not text.strip():
        raise ValidationError([Issue(path, UserMessage(message))])


class NoteService:
    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)

    # --- reading -------------------------------------------------------------------

    def get(self, session_id: int) -> tuple[int, SessionNote]:
        with self._vault.reading() as conn:
            found = SessionRepository(conn).get(session_id)
        if found is None:
            raise NoteNotFoundError()
        return found

    def timeline(self, client_id: int) -> list[TimelineEntry]:
        """The client's notes, newest first: their own, group notes of other records
        that list them, and drafts recovered from autosave (not saved yet)."""
        with self._vault.reading() as conn:
            repo = SessionRepository(conn)
            own = repo.load(client_id)
            shared = repo.group_sessions_of_member(client_id)
            owners = repo.case_codes_of([client_id, *{cid for cid, _ in shared}])
            autosaves = repo.autosaves(client_id)
        viewer = owners.get(client_id)
        entries: list[TimelineEntry] = []
        recovered_ids = {a.session_id for a in autosaves if a.session_id is not None}
        for cid, note in own:
            if note.id in recovered_ids:
                continue  # the recovered (newer) text stands in for it below
            entries.append(
                TimelineEntry(
                    note,
                    cid,
                    True,
                    [c for c in note.group_members if c != viewer],
                    is_late_entry(note),
                )
            )
        for cid, note in shared:
            codes = group_codes_seen_by(owners.get(cid, ""), note.group_members, viewer)
            entries.append(TimelineEntry(note, cid, False, codes, is_late_entry(note)))
        for row in autosaves:
            note = note_from_payload(row.payload)
            entries.append(
                TimelineEntry(
                    note,
                    client_id,
                    True,
                    [c for c in note.group_members if c != viewer],
                    False,
                    row.id,
                    row.saved_at,
                )
            )
        entries.sort(
            key=lambda e: (e.note.date, e.note.start_time or dt.time(0), e.note.id or 0),
            reverse=True,
        )
        return entries

    def last_note(self, client_id: int) -> SessionNote | None:
        """The client's most recent own note (for "start from my last note")."""
        with self._vault.reading() as conn:
            own = [n for _, n in SessionRepository(conn).load(client_id)]
        if not own:
            return None
        return max(own, key=lambda n: (n.date, n.start_time or dt.time(0), n.id or 0))

    # --- drafts --------------------------------------------------------------------

    def _member_ids(self, repo: ClientRepository, note: SessionNote) -> list[int]:
        ids = []
        for i, code in enumerate(note.group_members):
            member = repo.id_for_case_code(code)
            if member is None:
                raise ValidationError(
                    [
                        Issue(
                            f"group_members[{i}]",
                            UserMessage(
                                QT_TRANSLATE_NOOP("Notes", "No client has the case code {code}."),
                                code=code,
                            ),
                        )
                    ]
                )
            ids.append(member)
        return ids

    def _follow_risk(self, conn: Connection, client_id: int) -> None:
        """The client's risk level follows the latest assessment."""
        repo = SessionRepository(conn)
        level = latest_risk_level(n for _, n in repo.load(client_id))
        if level is not None:
            repo.set_client_risk_level(client_id, level)

    def save_draft(
        self, client_id: int, note: SessionNote, *, autosave_id: int | None = None
    ) -> tuple[SessionNote, list[Issue]]:
        """Create or update a draft note; the autosave it came from is then removed.
        Refuses a signed note (NoteLockedError)."""
        if note.id is not None:
            _, stored = self.get(note.id)
            ensure_editable(stored)
        ensure_editable(note)
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
        issues = validate_session(note, client, "")
        raise_for_errors(issues)
        with self._vault.transaction() as conn:
            clients = ClientRepository(conn)
            members = self._member_ids(clients, note)
            notes = SessionRepository(conn)
            if note.id is None:
                note = replace(note, id=notes.insert(client_id, note, members))
            else:
                notes.update_draft(note, members)
            if autosave_id is not None:
                notes.delete_autosave(autosave_id)
            self._follow_risk(conn, client_id)
            case_code = client.case_code if client else None
            self._vault.audit.append(AuditAction.NOTE_SAVED, case_code, f"note {note.id}")
        return note, warnings(issues)

    def autosave(self, client_id: int, note: SessionNote, autosave_id: int | None = None) -> int:
        """Keep the text being typed, inside the vault, without validating or auditing
        it: called every few seconds while typing. Returns the autosave's id."""
        with self._vault.transaction() as conn:
            return SessionRepository(conn).upsert_autosave(
                autosave_id, client_id, note.id, note_to_payload(note), self._now()
            )

    def discard_autosave(self, autosave_id: int) -> None:
        with self._vault.transaction() as conn:
            SessionRepository(conn).delete_autosave(autosave_id)

    def recovered_drafts(self) -> list[RecoveredDraft]:
        """Autosaved text that was never saved as a draft (the app was killed, the
        power went): offered to the counselor after unlocking."""
        with self._vault.reading() as conn:
            rows = SessionRepository(conn).autosaves()
            codes = SessionRepository(conn).case_codes_of(sorted({r.client_id for r in rows}))
        return [
            RecoveredDraft(
                r.id,
                r.client_id,
                codes.get(r.client_id, ""),
                note_from_payload(r.payload),
                r.saved_at,
            )
            for r in rows
        ]

    def discard_draft(self, session_id: int) -> None:
        """Throw away a draft that was never signed. Signed notes are never deleted."""
        client_id, note = self.get(session_id)
        ensure_editable(note)
        with self._vault.transaction() as conn:
            SessionRepository(conn).delete_draft(session_id)
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(AuditAction.DRAFT_DISCARDED, code, f"note {session_id}")

    # --- signing -------------------------------------------------------------------

    def signing_check(self, session_id: int) -> list[Issue]:
        """What signing the saved draft ``session_id`` would need (errors) and should give
        pause about (warnings, such as a minor seen without an active guardian consent),
        before anything is signed: the counselor sees them while she can still cancel."""
        client_id, note = self.get(session_id)
        ensure_editable(note)
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
        return signing_issues(note, client)

    def sign(self, session_id: int) -> list[Issue]:
        """Sign and lock a draft, storing the SHA-256 of its canonical content. Needs the
        template's required fields; returns warnings (for example a minor seen without
        an active guardian consent)."""
        client_id, note = self.get(session_id)
        ensure_editable(note)
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
        issues = signing_issues(note, client)
        if errors(issues):
            raise ValidationError(errors(issues))
        with self._vault.transaction() as conn:
            notes = SessionRepository(conn)
            notes.sign(session_id, self._now(), content_hash(note))
            if note.follow_up_on is not None:
                ReminderRepository(conn).insert_follow_up(
                    FollowUp(client_id, note.follow_up_on, follow_up_text(note)), self._now()
                )
            for row in notes.autosaves(client_id):
                if row.session_id == session_id:
                    notes.delete_autosave(row.id)
            self._follow_risk(conn, client_id)
            self._vault.audit.append(
                AuditAction.NOTE_SIGNED,
                client.case_code if client else None,
                f"note {session_id}",
            )
        return warnings(issues)

    def add_addendum(self, session_id: int, text: str, reason: str | None = None) -> Addendum:
        """Amend a signed note, with the time and (optionally) the reason. The note
        itself stays as it was signed."""
        client_id, note = self.get(session_id)
        if not note.is_signed:
            raise NoteLockedError(
                UserMessage(
                    QT_TRANSLATE_NOOP("Notes", "This note is still a draft: edit it instead.")
                )
            )
        _required(text, "text", QT_TRANSLATE_NOOP("Notes", "An addendum cannot be empty."))
        addendum = Addendum(
            written_at=self._now(), text=text, reason=(reason or "").strip() or None
        )
        with self._vault.transaction() as conn:
            addendum = replace(
                addendum, id=SessionRepository(conn).add_addendum(session_id, addendum)
            )
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(AuditAction.ADDENDUM_ADDED, code, f"note {session_id}")
        return addendum

    def strike(self, session_id: int, reason: str) -> None:
        """Strike a signed note through (written in the wrong record, say). It stays in
        the record, visibly struck, with the reason and time; it is never deleted."""
        client_id, note = self.get(session_id)
        if not note.is_signed:
            raise NoteLockedError(
                UserMessage(
                    QT_TRANSLATE_NOOP("Notes", "This note is still a draft: discard it instead.")
                )
            )
        if note.is_struck:
            raise NoteLockedError(
                UserMessage(QT_TRANSLATE_NOOP("Notes", "This note is already struck through."))
            )
        _required(
            reason,
            "reason",
            QT_TRANSLATE_NOOP("Notes", "Say why the note is struck through."),
        )
        with self._vault.transaction() as conn:
            notes = SessionRepository(conn)
            notes.strike(session_id, self._now(), reason.strip())
            self._follow_risk(conn, client_id)
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(AuditAction.NOTE_STRUCK, code, f"note {session_id}")

    def classify(self, session_id: int, service: ServiceClass | None) -> SessionNote:
        """Say which school counseling service a session was (``None``: not classified).
        Allowed on drafts and signed notes alike: the classification is bookkeeping for
        the school's reports, not part of what was signed. Audited when it changes."""
        client_id, note = self.get(session_id)
        if service is not None:
            raise_for_errors(validate_service(service, "service", of_client=True))
        with self._vault.transaction() as conn:
            if SessionRepository(conn).set_service(session_id, service):
                code = ClientRepository(conn).case_code_for(client_id)
                shown = service.strategy.value if service is not None else "none"
                self._vault.audit.append(
                    AuditAction.SERVICE_CLASSIFIED, code, f"note {session_id}: {shown}"
                )
        return replace(note, service=service)

    def record_duty_action(
        self,
        session_id: int,
        step: DutyStep,
        note: str = "",
        done_at: dt.datetime | None = None,
    ) -> DutyAction:
        """Record a duty-to-warn / mandatory-report step: what was done, and when.
        Allowed on drafts and signed notes alike (a report often follows the session)."""
        client_id, _ = self.get(session_id)
        action = DutyAction(DutyStep(step), (done_at or self._now()).replace(microsecond=0), note)
        with self._vault.transaction() as conn:
            action = replace(action, id=SessionRepository(conn).add_duty_action(session_id, action))
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(
                AuditAction.DUTY_ACTION_RECORDED, code, f"note {session_id}: {action.step.value}"
            )
        return action
