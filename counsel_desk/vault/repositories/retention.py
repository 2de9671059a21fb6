"""Legal holds, the destruction log, and the secure destruction of a client's records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.vault.connection import Connection


@dataclass(frozen=True)
class RetentionRow:
    client_id: int
    case_code: str
    status: str
    opened_on: dt.date | None
    closed_on: dt.date | None
    date_of_birth: dt.date | None
    first_service: dt.date | None
    last_service: dt.date | None
    legal_hold_reason: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class DestructionRecord:
    case_code: str
    scope: str
    first_service: dt.date | None
    last_service: dt.date | None
    destroyed_on: dt.date
    rule: str


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class RetentionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def rows(self, client_id: int | None = None) -> list[RetentionRow]:
        sql = (
            "SELECT c.id, c.case_code, c.status, c.opened_on, c.closed_on, c.date_of_birth, "
            "min(s.date), max(s.date), c.legal_hold_reason, c.created_at "
            "FROM clients c LEFT JOIN sessions s ON s.client_id = c.id"
        )
        args: tuple[int, ...] = ()
        if client_id is not None:
            sql += " WHERE c.id = ?"
            args = (client_id,)
        sql += " GROUP BY c.id ORDER BY c.id"
        return [
            RetentionRow(
                r[0],
                r[1],
                r[2],
                _d(r[3]),
                _d(r[4]),
                _d(r[5]),
                _d(r[6]),
                _d(r[7]),
                r[8],
                dt.datetime.fromisoformat(r[9]),
            )
            for r in self._conn.execute(sql, args)
        ]

    def set_legal_hold(self, client_id: int, reason: str | None, since: dt.date) -> None:
        self._conn.execute(
            "UPDATE clients SET legal_hold_reason = ?, legal_hold_since = ? WHERE id = ?",
            (reason, since.isoformat() if reason else None, client_id),
        )

    def legal_hold(self, client_id: int) -> tuple[str, dt.date] | None:
        """The client's legal hold (reason, since), if there is one."""
        row = self._conn.execute(
            "SELECT legal_hold_reason, legal_hold_since FROM clients WHERE id = ?", (client_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return str(row[0]), dt.date.fromisoformat(row[1])

    def log_destruction(self, record: DestructionRecord) -> None:
        self._conn.execute(
            "INSERT INTO destruction_log (case_code, scope, first_service, last_service, "
            "destroyed_on, rule) VALUES (?, ?, ?, ?, ?, ?)",
            (
                record.case_code,
                record.scope,
                record.first_service.isoformat() if record.first_service else None,
                record.last_service.isoformat() if record.last_service else None,
                record.destroyed_on.isoformat(),
                record.rule,
            ),
        )

    def destruction_log(self) -> list[DestructionRecord]:
        return [
            DestructionRecord(r[0], r[1], _d(r[2]), _d(r[3]), dt.date.fromisoformat(r[4]), r[5])
            for r in self._conn.execute(
                "SELECT case_code, scope, first_service, last_service, destroyed_on, rule "
                "FROM destruction_log ORDER BY id"
            )
        ]

    def delete_client(self, client_id: int) -> None:
        """Delete a client and everything of it (the schema cascades), search index too."""
        self._conn.execute(
            "DELETE FROM note_search WHERE rowid IN (SELECT id FROM sessions WHERE client_id = ?)",
            (client_id,),
        )
        row = self._conn.execute("SELECT uid FROM clients WHERE id = ?", (client_id,)).fetchone()
        self._conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        if row is not None:
            # The client's tombstone is the one kept (issue 18): a later merge removes
            # all that was hers with it. Her records' tombstones would tell what kinds of
            # record she had (a duty action: a report was made) and when each was made.
            self._conn.execute(
                "DELETE FROM tombstones WHERE stamp = cd_stamp() AND uid IS NOT ?", (row[0],)
            )

    def compact(self) -> None:
        """After a destruction: merge the search index (dropping deleted entries), rebuild
        the file (VACUUM) and empty the write-ahead log. Outside any transaction; slow."""
        self._conn.execute("INSERT INTO note_search(note_search) VALUES ('optimize')")
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
