"""Schema 13: records that can meet again (issue 18, item 1).

* Every *record* table (below) gets ``uid`` (a UUIDv7, unique in its table, never
  changed) and ``stamp`` (the hybrid-logical-clock stamp of its last change); see
  ``vault/identity.py`` for both formats. The rows already there get a fresh uid each and
  the migration's stamp.
* A record's *parts* (a client's contacts, other people and tags; a note's fields,
  measures, ratings and group members; a needs survey's answers; a sociometry round's
  criteria, members and choices) have no id of their own: they are edited, saved and
  merged with the record they belong to, whose stamp moves when they change.
* ``tombstones``: one row per deleted or destroyed record — its uid, its table and the
  stamp of the deletion. Nothing else of the record is kept.
* ``meta``: ``device_id`` (this copy's 16 hex digits) and ``clock`` (the newest stamp
  given, so that the clock counts on from it after a restart).

Not records, and so neither: the vault's own bookkeeping (``meta``, the audit and
destruction logs, the letter-number register, the vault's settings) and the note
autosaves of this computer.
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection
from counsel_desk.vault.identity import (
    META_CLOCK,
    META_DEVICE,
    HybridClock,
    new_device_id,
    new_uid,
    uid_of,
)

# Records there is at most one of per record of another table: their ids follow from
# that record's (identity.uid_of), the same on every copy of the vault.
_ONE_PER: tuple[tuple[str, str, str], ...] = (
    ("note_strikes", "session_id", "sessions"),
    ("session_services", "session_id", "sessions"),
    ("supervision_context", "client_id", "clients"),
)

RECORD_TABLES: tuple[str, ...] = (
    "activities",
    "addenda",
    "akpd_items",
    "akpd_responses",
    "appointments",
    "career_interests",
    "clients",
    "consent_attachments",
    "consents",
    "disclosures",
    "duty_actions",
    "follow_ups",
    "intake_requests",
    "program_items",
    "recorded_results",
    "referrals",
    "roster_entries",
    "screenings",
    "sessions",
    "sociometry_rounds",
    "support_plans",
    # One per record of another table (_ONE_PER): after those records.
    "note_strikes",
    "session_services",
    "supervision_context",
)


def _update_triggers(conn: Connection, table: str) -> list[tuple[str, str]]:
    """The table's triggers that run before an update (some refuse every update)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?",
        (table,),
    ).fetchall()
    return [(str(n), str(s)) for n, s in rows if " BEFORE UPDATE" in str(s).upper()]


def apply(conn: Connection) -> None:
    device = new_device_id()
    stamp = HybridClock(device).tick()
    for table in RECORD_TABLES:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        conn.execute(f"ALTER TABLE {table} ADD COLUMN stamp TEXT")
        # Locked rows (signed notes, addenda, plan versions, …) refuse every update: the
        # triggers are set aside for the one that gives them their ids, then put back
        # exactly as they were.
        triggers = _update_triggers(conn, table)
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
        one_per = next(((c, r) for t, c, r in _ONE_PER if t == table), None)
        if one_per is None:
            ids = [(new_uid(), stamp, rowid) for rowid in rowids]
        else:  # after its records' ids: RECORD_TABLES lists those first
            column, record = one_per
            ids = [
                (uid_of(str(parent), table), stamp, rowid)
                for rowid, parent in conn.execute(
                    f"SELECT t.rowid, r.uid FROM {table} t JOIN {record} r ON r.id = t.{column}"
                )
            ]
        conn.executemany(f"UPDATE {table} SET uid = ?, stamp = ? WHERE rowid = ?", ids)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table}(uid)")
    conn.execute(
        """
        CREATE TABLE tombstones (
            uid   TEXT PRIMARY KEY,
            kind  TEXT NOT NULL,
            stamp TEXT NOT NULL
        ) WITHOUT ROWID
        """
    )
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [(META_DEVICE, device), (META_CLOCK, stamp)],
    )
