"""The tamper-evident audit log.

Each entry records what happened (an action, the case code it concerns, a short detail),
never the content of a record. Entry *n* carries ``MAC_n = HMAC-SHA256(k, MAC_{n-1} ||
entry_n)`` where ``k`` is derived from the vault's data key; the newest entry's id and
MAC are kept in ``meta``. Editing, deleting, reordering or inserting an entry, or cutting
off the newest ones, breaks the chain and ``verify`` says where.

A key rotation gives the vault a new data key, and so a new chain key. The chain goes on
unbroken (the first entry under the new key is MACed over the last MAC under the old
one): each earlier *epoch* is kept in ``meta`` as ``audit_epochs`` (the last entry id it
covers and its chain key, stored only inside the encrypted database; a chain key does not
reveal the data key it came from).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault.connection import Connection


class AuditAction(StrEnum):
    VAULT_CREATED = "vault_created"
    UNLOCKED = "unlocked"
    LOCKED = "locked"
    PASSPHRASE_CHANGED = "passphrase_changed"
    RECOVERY_KEY_USED = "recovery_key_used"
    RECOVERY_KEY_REPLACED = "recovery_key_replaced"
    KEY_FILE_ADDED = "key_file_added"
    KEY_FILE_REMOVED = "key_file_removed"
    FAILED_UNLOCKS = "failed_unlocks"
    BACKUP_WRITTEN = "backup_written"
    RESTORED = "restored_from_backup"
    VAULT_MOVED = "vault_moved"
    CLIENT_DESTROYED = "client_destroyed"
    LEGAL_HOLD_SET = "legal_hold_set"
    LEGAL_HOLD_RELEASED = "legal_hold_released"
    SCHEMA_UPGRADED = "schema_upgraded"
    CLIENT_CREATED = "client_created"
    CLIENT_CHANGED = "client_changed"
    CLIENT_VIEWED = "client_viewed"
    PRINTED = "printed"
    CASE_CLOSED = "case_closed"
    SCHOOL_YEAR_STARTED = "school_year_started"
    NOTE_SAVED = "note_saved"
    NOTE_SIGNED = "note_signed"
    ADDENDUM_ADDED = "addendum_added"
    NOTE_STRUCK = "note_struck"
    DRAFT_DISCARDED = "draft_discarded"
    DUTY_ACTION_RECORDED = "duty_action_recorded"
    SERVICE_CLASSIFIED = "service_classified"
    ACTIVITY_SAVED = "activity_saved"
    ACTIVITY_DELETED = "activity_deleted"
    APPOINTMENT_SAVED = "appointment_saved"
    APPOINTMENT_MOVED = "appointment_moved"
    APPOINTMENT_DELETED = "appointment_deleted"
    INTAKE_SAVED = "intake_saved"
    CALENDAR_EXPORTED = "calendar_exported"
    AKPD_ITEMS_CHANGED = "akpd_items_changed"
    AKPD_ANSWERS_SAVED = "akpd_answers_saved"
    AKPD_ANSWERS_DELETED = "akpd_answers_deleted"
    PROGRAM_SAVED = "program_saved"
    REFERRAL_SAVED = "referral_saved"
    SCREENING_SAVED = "screening_saved"
    SCREENING_STRUCK = "screening_struck"
    CAREER_INTERESTS_SAVED = "career_interests_saved"
    CAREER_INTERESTS_STRUCK = "career_interests_struck"
    REFERRAL_LETTER_NUMBERED = "referral_letter_numbered"
    ROSTER_IMPORTED = "roster_imported"
    SOCIOMETRY_ROUND_SAVED = "sociometry_round_saved"
    SOCIOMETRY_ROUND_DELETED = "sociometry_round_deleted"
    SOCIOMETRY_ANSWER_SAVED = "sociometry_answer_saved"
    SOCIOMETRY_ANSWER_CLEARED = "sociometry_answer_cleared"
    CONSENT_SIGNED = "consent_signed"
    CONSENT_REVOKED = "consent_revoked"
    CONSENT_EXPIRED = "consent_expired"
    CONSENT_ATTACHMENT_ADDED = "consent_attachment_added"
    CASELOAD_IMPORTED = "caseload_imported"
    EXPORT_WRITTEN = "export_written"
    KEY_ROTATION_STARTED = "key_rotation_started"
    KEY_ROTATED = "key_rotated"
    AUDIT_ENTRIES_LOST = "audit_entries_lost"


def derive_audit_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, b"counsel-desk/audit-chain/v1", hashlib.sha256).digest()


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    action: str
    case_code: str | None
    detail: str | None


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    entries: int
    problem: UserMessage | None = None


def _entry_bytes(entry: AuditEntry) -> bytes:
    return json.dumps(
        [entry.id, entry.at, entry.action, entry.case_code, entry.detail],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


class AuditLog:
    def __init__(
        self,
        conn: Connection,
        key: bytes,
        vault_id: str,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._conn = conn
        self._key = key
        self._vault_id = vault_id
        self._clock = clock
        self._epochs: list[tuple[int, bytes]] | None = None

    def _load_epochs(self) -> list[tuple[int, bytes]]:
        if self._epochs is None:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'audit_epochs'").fetchone()
            epochs: list[tuple[int, bytes]] = []
            if row is not None:
                for up_to, key_hex in json.loads(row[0]):
                    epochs.append((int(up_to), bytes.fromhex(key_hex)))
            self._epochs = epochs
        return self._epochs

    def _key_for(self, entry_id: int) -> bytes:
        for up_to, key in self._load_epochs():
            if entry_id <= up_to:
                return key
        return self._key

    @property
    def _genesis(self) -> bytes:
        return hmac.new(self._key_for(1), self._vault_id.encode("utf-8"), hashlib.sha256).digest()

    def _mac(self, previous: bytes, entry: AuditEntry) -> bytes:
        key = self._key_for(entry.id)
        return hmac.new(key, previous + _entry_bytes(entry), hashlib.sha256).digest()

    def close_epoch(self) -> None:
        """Before a key rotation (in a transaction under the old key): keep the current
        chain key for the entries written so far. Harmless if the rotation never happens:
        the kept key is the one the data key still derives."""
        head_id, _ = self._head()
        epochs = [e for e in self._load_epochs() if e[0] < head_id]
        epochs.append((head_id, self._key_for(head_id)))
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_epochs', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (json.dumps([[up_to, key.hex()] for up_to, key in epochs]),),
        )
        self._epochs = epochs

    def _head(self) -> tuple[int, bytes]:
        rows = dict(
            self._conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('audit_head_id', 'audit_head_mac')"
            ).fetchall()
        )
        if not rows:
            return 0, self._genesis
        return int(rows["audit_head_id"]), bytes.fromhex(rows["audit_head_mac"])

    def head_matches_trail(self) -> bool:
        """Whether the head kept in ``meta`` is the trail's newest entry. Not so when the
        page of ``meta`` was copied back from an older state alone (a rollback): the next
        entry would take an id the trail already holds."""
        head_id, head_mac = self._head()
        row = self._conn.execute(
            "SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return head_id == 0
        return int(row[0]) == head_id and bytes(row[1]) == head_mac

    def append(
        self,
        action: AuditAction,
        case_code: str | None = None,
        detail: str | None = None,
        *,
        at_time: dt.datetime | None = None,
    ) -> None:
        """Add an entry. Call inside the transaction that made the change it records.
        ``at_time``: when it happened, for an entry that waited in memory (full disk)."""
        head_id, head_mac = self._head()
        at = (at_time or self._clock()).replace(microsecond=0).isoformat()
        entry = AuditEntry(head_id + 1, at, action.value, case_code, detail)
        mac = self._mac(head_mac, entry)
        self._conn.execute(
            "INSERT INTO audit_log (id, at, action, case_code, detail, mac) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (entry.id, entry.at, entry.action, entry.case_code, entry.detail, mac),
        )
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head_id', ?), ('audit_head_mac', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(entry.id), mac.hex()),
        )

    def entries(self, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT id, at, action, case_code, detail FROM audit_log ORDER BY id DESC"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        return [AuditEntry(*row) for row in self._conn.execute(sql, params)]

    def verify(self) -> AuditCheck:
        previous = self._genesis
        expected_id = 1
        count = 0
        cursor = self._conn.execute(
            "SELECT id, at, action, case_code, detail, mac FROM audit_log ORDER BY id"
        )
        for row in cursor:
            entry = AuditEntry(*row[:5])
            if entry.id != expected_id:
                return AuditCheck(
                    False,
                    count,
                    UserMessage(
                        QT_TRANSLATE_NOOP("Audit", "audit entry {id} is missing"), id=expected_id
                    ),
                )
            mac = self._mac(previous, entry)
            if not hmac.compare_digest(mac, bytes(row[5])):
                return AuditCheck(
                    False,
                    count,
                    UserMessage(
                        QT_TRANSLATE_NOOP("Audit", "audit entry {id} was altered"), id=entry.id
                    ),
                )
            previous = mac
            expected_id += 1
            count += 1
        head_id, head_mac = self._head()
        if head_id != count or not hmac.compare_digest(head_mac, previous):
            return AuditCheck(
                False,
                count,
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Audit",
                        "the newest audit entries were removed ({found} of {expected} remain)",
                    ),
                    found=count,
                    expected=head_id,
                ),
            )
        return AuditCheck(True, count)
