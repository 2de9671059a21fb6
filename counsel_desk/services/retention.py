"""Retention: destruction dates, legal holds, the due list, and secure destruction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.retention import (
    CaseDates,
    RetentionPolicy,
    destruction_date,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.backup import BackupInfo, list_backups
from counsel_desk.vault.repositories.retention import (
    DestructionRecord,
    RetentionRepository,
    RetentionRow,
)
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.vault import Vault

POLICY_KEY = "retention_policy"


@dataclass(frozen=True)
class RetentionStatus:
    client_id: int
    case_code: str
    destroy_on: dt.date | None
    legal_hold_reason: str | None
    first_service: dt.date | None
    last_service: dt.date | None

    def is_due(self, today: dt.date) -> bool:
        return (
            self.destroy_on is not None
            and self.destroy_on <= today
            and self.legal_hold_reason is None
        )


@dataclass(frozen=True)
class DestructionPlan:
    """What a destruction will remove, for the confirmation the counselor reads."""

    client_id: int
    case_code: str
    sessions: int
    consents: int
    first_service: dt.date | None
    last_service: dt.date | None
    backups_still_holding: list[BackupInfo]


class LegalHoldError(CounselDeskError):
    pass


class RetentionService:
    def __init__(
        self,
        vault: Vault,
        backup_folder: Path | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._vault = vault
        self._backup_folder = backup_folder
        self._today = today

    # --- policy --------------------------------------------------------------------

    def policy(self) -> RetentionPolicy:
        with self._vault.reading() as conn:
            return RetentionPolicy.from_json(VaultSettingsRepository(conn).get(POLICY_KEY))

    def set_policy(self, policy: RetentionPolicy) -> None:
        with self._vault.transaction() as conn:
            VaultSettingsRepository(conn).set(POLICY_KEY, policy.to_json())

    # --- status --------------------------------------------------------------------

    def _status(self, row: RetentionRow, policy: RetentionPolicy) -> RetentionStatus:
        dates = CaseDates(row.closed_on, row.last_service, row.date_of_birth)
        return RetentionStatus(
            row.client_id,
            row.case_code,
            destruction_date(policy, dates),
            row.legal_hold_reason,
            row.first_service,
            row.last_service,
        )

    def statuses(self) -> list[RetentionStatus]:
        policy = self.policy()
        with self._vault.reading() as conn:
            rows = RetentionRepository(conn).rows()
        return [self._status(r, policy) for r in rows]

    def due_for_destruction(self) -> list[RetentionStatus]:
        today = self._today()
        return sorted(
            (s for s in self.statuses() if s.is_due(today)),
            key=lambda s: (s.destroy_on or today, s.case_code),
        )

    def set_legal_hold(self, client_id: int, reason: str) -> None:
        if not reason.strip():
            raise LegalHoldError(
                UserMessage(QT_TRANSLATE_NOOP("Retention", "Say why the case is on legal hold."))
            )
        with self._vault.transaction() as conn:
            repo = RetentionRepository(conn)
            repo.set_legal_hold(client_id, reason.strip(), self._today())
            code = repo.rows(client_id)[0].case_code
            self._vault.audit.append(AuditAction.LEGAL_HOLD_SET, code)

    def release_legal_hold(self, client_id: int) -> None:
        with self._vault.transaction() as conn:
            repo = RetentionRepository(conn)
            repo.set_legal_hold(client_id, None, self._today())
            code = repo.rows(client_id)[0].case_code
            self._vault.audit.append(AuditAction.LEGAL_HOLD_RELEASED, code)

    # --- destruction ---------------------------------------------------------------

    def plan_destruction(self, client_id: int) -> DestructionPlan:
        with self._vault.reading() as conn:
            rows = RetentionRepository(conn).rows(client_id)
            if not rows:
                raise LegalHoldError(
                    UserMessage(
                        QT_TRANSLATE_NOOP("Retention", "That client is no longer in the vault.")
                    )
                )
            sessions = conn.execute(
                "SELECT count(*) FROM sessions WHERE client_id = ?", (client_id,)
            ).fetchone()[0]
            consents = conn.execute(
                "SELECT count(*) FROM consents WHERE client_id = ?", (client_id,)
            ).fetchone()[0]
        row = rows[0]
        backups = []
        if self._backup_folder is not None:
            backups = [
                b
                for b in list_backups(self._backup_folder)
                if b.vault_id == self._vault.header.vault_id and b.created_at >= row.created_at
            ]
        return DestructionPlan(
            client_id,
            row.case_code,
            int(sessions),
            int(consents),
            row.first_service,
            row.last_service,
            backups,
        )

    def destroy_client(self, client_id: int, *, rule: str | None = None) -> DestructionRecord:
        """Destroy every record of a client for good: delete (secure_delete zeroes the
        freed pages), merge the search index, VACUUM, empty the WAL. Keeps a line in the
        destruction log (case code, dates of service, date destroyed). Refuses a case on
        legal hold. Slow (VACUUM): call it off the GUI thread."""
        today = self._today()
        rule = rule or self.policy().profile.value
        with self._vault.transaction() as conn:
            repo = RetentionRepository(conn)
            rows = repo.rows(client_id)
            if not rows:
                raise LegalHoldError(
                    UserMessage(
                        QT_TRANSLATE_NOOP("Retention", "That client is no longer in the vault.")
                    )
                )
            row = rows[0]
            if row.legal_hold_reason is not None:
                raise LegalHoldError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Retention", "{code} is on legal hold and cannot be destroyed."
                        ),
                        code=row.case_code,
                    )
                )
            record = DestructionRecord(
                row.case_code,
                "client",
                row.first_service,
                row.last_service,
                today,
                rule,
            )
            repo.delete_client(client_id)
            repo.log_destruction(record)
            self._vault.audit.append(AuditAction.CLIENT_DESTROYED, row.case_code)
        with self._vault.reading() as conn:
            RetentionRepository(conn).compact()
        return record

    def destruction_log(self) -> list[DestructionRecord]:
        with self._vault.reading() as conn:
            return RetentionRepository(conn).destruction_log()
