"""Session notes: drafts, signing, addenda. A signed note is never edited again.

The rules are the domain's (``domain/validation.py``); the database enforces the lock a
second time with triggers, so no code path can edit a signed note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from counsel_desk.domain.model import Addendum, SessionNote
from counsel_desk.domain.validation import (
    Issue,
    NoteLockedError,
    ValidationError,
    ensure_editable,
    errors,
    raise_for_errors,
    signing_issues,
    validate_session,
    warnings,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository, SessionRepository
from counsel_desk.vault.vault import Vault

_C = "Notes"


class NoteNotFoundError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(UserMessage(QT_TRANSLATE_NOOP(_C, "That note is no longer in the vault.")))


class NoteService:
    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    def get(self, session_id: int) -> tuple[int, SessionNote]:
        with self._vault.reading() as conn:
            found = SessionRepository(conn).get(session_id)
        if found is None:
            raise NoteNotFoundError()
        return found

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
                                QT_TRANSLATE_NOOP(_C, "No client has the case code {code}."),
                                code=code,
                            ),
                        )
                    ]
                )
            ids.append(member)
        return ids

    def save_draft(self, client_id: int, note: SessionNote) -> tuple[SessionNote, list[Issue]]:
        """Create or update a draft note. Refuses a signed note (NoteLockedError)."""
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
            case_code = client.case_code if client else None
            self._vault.audit.append(AuditAction.NOTE_SAVED, case_code, f"note {note.id}")
        return note, warnings(issues)

    def sign(self, session_id: int) -> list[Issue]:
        """Sign and lock a draft. Needs the template's required fields; returns warnings
        (for example a minor seen without an active guardian consent)."""
        client_id, note = self.get(session_id)
        ensure_editable(note)
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
        issues = signing_issues(note, client)
        if errors(issues):
            raise ValidationError(errors(issues))
        with self._vault.transaction() as conn:
            SessionRepository(conn).sign(session_id, self._clock().replace(microsecond=0))
            self._vault.audit.append(
                AuditAction.NOTE_SIGNED,
                client.case_code if client else None,
                f"note {session_id}",
            )
        return warnings(issues)

    def add_addendum(self, session_id: int, text: str) -> Addendum:
        """Amend a signed note. The note itself stays as it was signed."""
        client_id, note = self.get(session_id)
        if not note.is_signed:
            raise NoteLockedError(
                UserMessage(QT_TRANSLATE_NOOP(_C, "This note is still a draft: edit it instead."))
            )
        if not text.strip():
            raise ValidationError(
                [Issue("text", UserMessage(QT_TRANSLATE_NOOP(_C, "An addendum cannot be empty.")))]
            )
        addendum = Addendum(written_at=self._clock().replace(microsecond=0), text=text)
        with self._vault.transaction() as conn:
            addendum = replace(
                addendum, id=SessionRepository(conn).add_addendum(session_id, addendum)
            )
            code = ClientRepository(conn).get(client_id)
            self._vault.audit.append(
                AuditAction.ADDENDUM_ADDED,
                code.case_code if code else None,
                f"note {session_id}",
            )
        return addendum
