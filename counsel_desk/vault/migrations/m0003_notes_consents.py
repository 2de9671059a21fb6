"""Schema 3: what session notes and consent forms need.

* ``sessions`` gain the note class (progress / private process / sole possession), the
  online platform and identity check, the structured risk section and the SHA-256 of the
  signed content (set in the same UPDATE that signs; the lock trigger of schema 1 then
  keeps it for good).
* ``note_strikes``: a signed note is never deleted, only struck through with a reason;
  one row per note, inserted once, never changed.
* ``addenda.reason``; ``duty_actions``: the duty-to-warn / mandatory-report checklist,
  append-only (steps are often done after the note is signed).
* ``note_autosaves``: drafts autosaved while typing, inside the encrypted database, so
  that a crash or power cut loses seconds; offered again at the next unlock.
* ``consents`` rebuilt: the ``assent`` kind (a minor's own agreement, bundled with the
  guardian's consent), expiry, the exact text signed and its hash, the way it was
  signed, the bundle, the party an information release names. The signed text, its
  hash, signer and date can never be changed afterwards (trigger); revoking only sets
  status and date.
* ``consent_attachments``: drawn signatures (PNG) and scanned forms (PDF/image) as
  BLOBs inside the vault, never in a file of their own.
* ``profile_search``: an FTS5 index of the profiles (names, school, concern, contacts),
  kept in step by triggers.
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

_PROFILE_BODY = """
    SELECT c.id,
           c.case_code || ' ' || c.given_name || ' ' || coalesce(c.family_name, '') || ' ' ||
           coalesce(c.preferred_name, '') || ' ' || coalesce(c.school, '') || ' ' ||
           coalesce(c.grade, '') || ' ' || coalesce(c.referral_source, '') || ' ' ||
           coalesce(c.presenting_concern, '') || ' ' ||
           coalesce((SELECT group_concat(x.name, ' ') FROM contacts x
                     WHERE x.client_id = c.id), '') || ' ' ||
           coalesce((SELECT group_concat(p.name, ' ') FROM other_people p
                     WHERE p.client_id = c.id), '')
    FROM clients c WHERE c.id = {id}
"""


def _reindex_profile(ident: str) -> str:
    return (
        f"DELETE FROM profile_search WHERE rowid = {ident};\n"
        f"INSERT INTO profile_search (rowid, body) {_PROFILE_BODY.format(id=ident)};"
    )


STATEMENTS: tuple[str, ...] = (
    # --- notes ---------------------------------------------------------------------------
    """ALTER TABLE sessions ADD COLUMN note_class TEXT NOT NULL DEFAULT 'progress'
       CHECK (note_class IN ('progress', 'process', 'sole_possession'))""",
    "ALTER TABLE sessions ADD COLUMN platform TEXT",
    """ALTER TABLE sessions ADD COLUMN identity_check TEXT
       CHECK (identity_check IN ('seen_on_video', 'code_word', 'school_account', 'other'))""",
    "ALTER TABLE sessions ADD COLUMN risk_self_harm INTEGER",
    "ALTER TABLE sessions ADD COLUMN risk_harm_others INTEGER",
    "ALTER TABLE sessions ADD COLUMN risk_abuse INTEGER",
    """ALTER TABLE sessions ADD COLUMN risk_level TEXT
       CHECK (risk_level IN ('none', 'low', 'moderate', 'high'))""",
    "ALTER TABLE sessions ADD COLUMN risk_actions TEXT",
    "ALTER TABLE sessions ADD COLUMN content_hash TEXT",
    "ALTER TABLE addenda ADD COLUMN reason TEXT",
    """
    CREATE TABLE note_strikes (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        struck_at  TEXT NOT NULL,
        reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0)
    ) STRICT
    """,
    """
    CREATE TRIGGER note_strikes_only_signed BEFORE INSERT ON note_strikes
    WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NULL
    BEGIN
        SELECT RAISE(ABORT, 'only a signed note is struck through');
    END
    """,
    """
    CREATE TRIGGER note_strikes_final BEFORE UPDATE ON note_strikes
    BEGIN
        SELECT RAISE(ABORT, 'a strike is never edited');
    END
    """,
    """
    CREATE TABLE duty_actions (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step       TEXT NOT NULL,
        done_at    TEXT NOT NULL,
        note       TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    "CREATE INDEX duty_actions_session ON duty_actions(session_id)",
    """
    CREATE TRIGGER duty_actions_append_only BEFORE UPDATE ON duty_actions
    BEGIN
        SELECT RAISE(ABORT, 'duty actions are never edited');
    END
    """,
    """
    CREATE TABLE note_autosaves (
        id         INTEGER PRIMARY KEY,
        client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
        payload    TEXT NOT NULL,
        saved_at   TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX note_autosaves_client ON note_autosaves(client_id)",
    # --- consents: rebuilt for the new kind in its CHECK ----------------------------------
    """
    CREATE TABLE consents_v3 (
        id                  INTEGER PRIMARY KEY,
        client_id           INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        kind                TEXT NOT NULL CHECK (kind IN ('informed_consent',
                            'guardian_consent', 'online_counseling',
                            'release_of_information', 'supervision', 'assent')),
        template_version    TEXT NOT NULL,
        signed_by           TEXT NOT NULL,
        signer_relationship TEXT NOT NULL
                            CHECK (signer_relationship IN ('self', 'guardian', 'other')),
        signed_on           TEXT NOT NULL,
        status              TEXT NOT NULL CHECK (status IN ('active', 'revoked', 'expired')),
        revoked_on          TEXT,
        notes               TEXT,
        expires_on          TEXT,
        relationship_detail TEXT,
        language            TEXT,
        text                TEXT,
        text_sha256         TEXT,
        method              TEXT CHECK (method IN ('typed', 'drawn', 'scan')),
        bundle              TEXT,
        released_to         TEXT
    ) STRICT
    """,
    """
    INSERT INTO consents_v3 (id, client_id, kind, template_version, signed_by,
                             signer_relationship, signed_on, status, revoked_on, notes)
    SELECT id, client_id, kind, template_version, signed_by, signer_relationship, signed_on,
           status, revoked_on, notes
    FROM consents
    """,
    "DROP TABLE consents",
    "ALTER TABLE consents_v3 RENAME TO consents",
    "CREATE INDEX consents_client ON consents(client_id)",
    """
    CREATE TRIGGER consents_signed_text_final BEFORE UPDATE ON consents
    WHEN NEW.text IS NOT OLD.text OR NEW.text_sha256 IS NOT OLD.text_sha256
         OR NEW.signed_by IS NOT OLD.signed_by OR NEW.signed_on IS NOT OLD.signed_on
         OR NEW.kind IS NOT OLD.kind OR NEW.template_version IS NOT OLD.template_version
    BEGIN
        SELECT RAISE(ABORT, 'a signed consent keeps the text it was signed under');
    END
    """,
    """
    CREATE TABLE consent_attachments (
        id         INTEGER PRIMARY KEY,
        consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('signature', 'scan')),
        media_type TEXT NOT NULL,
        data       BLOB NOT NULL,
        added_at   TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX consent_attachments_consent ON consent_attachments(consent_id)",
    # --- profile search ----------------------------------------------------------------
    """
    CREATE VIRTUAL TABLE profile_search USING fts5(
        body,
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    f"CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN "
    f"{_reindex_profile('NEW.id')} END",
    f"CREATE TRIGGER clients_search_update AFTER UPDATE ON clients BEGIN "
    f"{_reindex_profile('NEW.id')} END",
    "CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN "
    "DELETE FROM profile_search WHERE rowid = OLD.id; END",
    f"CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN "
    f"{_reindex_profile('NEW.client_id')} END",
    f"CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN "
    f"{_reindex_profile('OLD.client_id')} END",
    f"CREATE TRIGGER other_people_search_insert AFTER INSERT ON other_people BEGIN "
    f"{_reindex_profile('NEW.client_id')} END",
    f"CREATE TRIGGER other_people_search_delete AFTER DELETE ON other_people BEGIN "
    f"{_reindex_profile('OLD.client_id')} END",
    f"INSERT INTO profile_search (rowid, body) {_PROFILE_BODY.format(id='c.id')}",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
