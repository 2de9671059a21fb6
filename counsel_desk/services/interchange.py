"""Import and export of counsel-desk/1 documents, whole and atomic."""

from __future__ import annotations

from dataclasses import dataclass, replace

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.validation import Issue
from counsel_desk.export.interchange import InterchangeError, dump_document, parse_document
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository, SessionRepository
from counsel_desk.vault.vault import Vault


@dataclass(frozen=True)
class ImportReport:
    clients: int
    sessions: int
    consents: int
    warnings: list[tuple[str, Issue]]


class InterchangeService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def import_text(self, text: str | bytes) -> ImportReport:
        """Import a whole document in one transaction: all of it, or nothing."""
        with self._vault.reading() as conn:
            existing = ClientRepository(conn).case_codes()
        parsed = parse_document(text, known_case_codes=existing)
        caseload = parsed.caseload
        for index, client in enumerate(caseload.clients, start=1):
            if client.case_code is not None and client.case_code in existing:
                raise InterchangeError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "Case code {code} is already in the vault; nothing was imported.",
                        ),
                        code=client.case_code,
                    ),
                    key="case_code",
                    client_number=index,
                    case_code=client.case_code,
                )
        sessions = consents = 0
        with self._vault.transaction() as conn:
            clients = ClientRepository(conn)
            notes = SessionRepository(conn)
            taken = {c.case_code for c in caseload.clients if c.case_code is not None}
            saved: list[tuple[int, Client]] = []
            for client in caseload.clients:
                if client.case_code is None:
                    code = clients.next_case_code(taken)
                    taken.add(code)
                    client = replace(client, case_code=code)
                saved.append((clients.insert(client), client))
            ids = {c.case_code: cid for cid, c in saved}
            for client_id, client in saved:
                for note in client.sessions:
                    members = [
                        ids.get(code) or clients.id_for_case_code(code)
                        for code in note.group_members
                    ]
                    notes.insert(client_id, note, [m for m in members if m is not None])
                    sessions += 1
                for consent in client.consents:
                    clients.insert_consent(client_id, consent)
                    consents += 1
            self._vault.audit.append(
                AuditAction.CASELOAD_IMPORTED,
                detail=f"{len(saved)} clients, {sessions} sessions, {consents} consents",
            )
        return ImportReport(len(caseload.clients), sessions, consents, parsed.warnings)

    def export_caseload(self) -> Caseload:
        with self._vault.reading() as conn:
            clients = ClientRepository(conn).all()
        return Caseload(clients)

    def export_text(self) -> str:
        """The whole vault as a counsel-desk/1 document. Call :meth:`record_export` once
        the caller has written it where the user asked."""
        return dump_document(self.export_caseload())

    def record_export(self, what: str) -> None:
        with self._vault.transaction():
            self._vault.audit.append(AuditAction.EXPORT_WRITTEN, detail=what)
