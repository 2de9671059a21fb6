"""Schema 2: vault-wide settings, legal holds, the destruction log, and the
supervision-only sections kept with each case."""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    # Settings that belong to the records (retention profile, never-print words, backup
    # rotation) live in the vault, encrypted, not in the desktop's settings store.
    """
    CREATE TABLE vault_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT
    """,
    # A legal hold keeps a case past its destruction date (for example after an abuse
    # report). NULL: no hold.
    "ALTER TABLE clients ADD COLUMN legal_hold_reason TEXT",
    "ALTER TABLE clients ADD COLUMN legal_hold_since TEXT",
    # What was destroyed, and when; outlives the record. No name, no content.
    """
    CREATE TABLE destruction_log (
        id            INTEGER PRIMARY KEY,
        case_code     TEXT NOT NULL,
        scope         TEXT NOT NULL CHECK (scope IN ('client', 'sole_possession_notes')),
        first_service TEXT,
        last_service  TEXT,
        destroyed_on  TEXT NOT NULL,
        rule          TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TRIGGER destruction_log_append_only_update BEFORE UPDATE ON destruction_log
    BEGIN
        SELECT RAISE(ABORT, 'the destruction log is append-only');
    END
    """,
    """
    CREATE TRIGGER destruction_log_append_only_delete BEFORE DELETE ON destruction_log
    BEGIN
        SELECT RAISE(ABORT, 'the destruction log is append-only');
    END
    """,
    # Written in the supervision export dialog and kept for next time.
    """
    CREATE TABLE supervision_context (
        client_id            INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
        question             TEXT,
        background_strengths TEXT,
        conceptualization    TEXT,
        goals                TEXT,
        interventions        TEXT,
        response_progress    TEXT,
        reactions            TEXT,
        plan                 TEXT,
        updated_at           TEXT NOT NULL
    ) STRICT
    """,
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
