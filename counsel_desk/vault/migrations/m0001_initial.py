"""Schema 1: clients, contacts, sessions with template fields, addenda, consents, tags,
the append-only audit log, and the full-text index of notes."""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE clients (
        id                 INTEGER PRIMARY KEY,
        case_code          TEXT NOT NULL UNIQUE,
        given_name         TEXT NOT NULL,
        family_name        TEXT,
        preferred_name     TEXT,
        date_of_birth      TEXT,
        gender             TEXT,
        school             TEXT,
        grade              TEXT,
        student_number     TEXT,
        national_id        TEXT,
        phone              TEXT,
        email              TEXT,
        address            TEXT,
        referral_source    TEXT,
        presenting_concern TEXT,
        risk_level         TEXT NOT NULL DEFAULT 'none'
                           CHECK (risk_level IN ('none', 'low', 'moderate', 'high')),
        status             TEXT NOT NULL DEFAULT 'active'
                           CHECK (status IN ('active', 'closed')),
        opened_on          TEXT,
        closed_on          TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX clients_status ON clients(status)",
    """
    CREATE TABLE contacts (
        id           INTEGER PRIMARY KEY,
        client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        role         TEXT NOT NULL CHECK (role IN ('guardian', 'emergency')),
        position     INTEGER NOT NULL,
        name         TEXT NOT NULL,
        relationship TEXT,
        phone        TEXT,
        email        TEXT
    ) STRICT
    """,
    "CREATE INDEX contacts_client ON contacts(client_id, role, position)",
    """
    CREATE TABLE other_people (
        id        INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        name      TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX other_people_client ON other_people(client_id, position)",
    """
    CREATE TABLE client_tags (
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        tag       TEXT NOT NULL,
        PRIMARY KEY (client_id, tag)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX client_tags_tag ON client_tags(tag)",
    """
    CREATE TABLE sessions (
        id               INTEGER PRIMARY KEY,
        client_id        INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        date             TEXT NOT NULL,
        start_time       TEXT,
        duration_minutes INTEGER,
        modality         TEXT NOT NULL
                         CHECK (modality IN ('in_person', 'video', 'phone', 'chat')),
        kind             TEXT NOT NULL
                         CHECK (kind IN ('individual', 'group', 'family', 'consultation')),
        template         TEXT NOT NULL,
        risk_notes       TEXT,
        signed_at        TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX sessions_client_date ON sessions(client_id, date)",
    "CREATE INDEX sessions_drafts ON sessions(client_id) WHERE signed_at IS NULL",
    """
    CREATE TABLE session_fields (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        key        TEXT NOT NULL,
        value      TEXT NOT NULL,
        PRIMARY KEY (session_id, key)
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE group_members (
        session_id       INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        member_client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, member_client_id)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX group_members_member ON group_members(member_client_id)",
    """
    CREATE TABLE addenda (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        written_at TEXT NOT NULL,
        text       TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX addenda_session ON addenda(session_id)",
    """
    CREATE TABLE consents (
        id                  INTEGER PRIMARY KEY,
        client_id           INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        kind                TEXT NOT NULL CHECK (kind IN ('informed_consent',
                            'guardian_consent', 'online_counseling',
                            'release_of_information', 'supervision')),
        template_version    TEXT NOT NULL,
        signed_by           TEXT NOT NULL,
        signer_relationship TEXT NOT NULL
                            CHECK (signer_relationship IN ('self', 'guardian', 'other')),
        signed_on           TEXT NOT NULL,
        status              TEXT NOT NULL CHECK (status IN ('active', 'revoked', 'expired')),
        revoked_on          TEXT,
        notes               TEXT
    ) STRICT
    """,
    "CREATE INDEX consents_client ON consents(client_id)",
    # A signed note is locked: the row and its fields never change again, only addenda
    # are added. (Deleting a whole record, for retention, is a separate, audited act.)
    """
    CREATE TRIGGER sessions_signed_locked BEFORE UPDATE ON sessions
    WHEN OLD.signed_at IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'signed note is locked');
    END
    """,
    """
    CREATE TRIGGER session_fields_insert_locked BEFORE INSERT ON session_fields
    WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'signed note is locked');
    END
    """,
    """
    CREATE TRIGGER session_fields_update_locked BEFORE UPDATE ON session_fields
    WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'signed note is locked');
    END
    """,
    """
    CREATE TRIGGER addenda_only_signed BEFORE INSERT ON addenda
    WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NULL
    BEGIN
        SELECT RAISE(ABORT, 'addenda belong to signed notes');
    END
    """,
    """
    CREATE TRIGGER addenda_append_only BEFORE UPDATE ON addenda
    BEGIN
        SELECT RAISE(ABORT, 'addenda are never edited');
    END
    """,
    # The audit log holds what happened, never the content itself, and is append-only.
    # Each entry's MAC chains it to the one before (see vault/audit.py).
    """
    CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        action    TEXT NOT NULL,
        case_code TEXT,
        detail    TEXT,
        mac       BLOB NOT NULL
    ) STRICT
    """,
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
    # Full-text index of the note text, inside the encrypted database. Kept in step by
    # the session repository; rowid = sessions.id.
    """
    CREATE VIRTUAL TABLE note_search USING fts5(
        body,
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
