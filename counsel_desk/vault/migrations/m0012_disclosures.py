"""Schema 12: the disclosure log (issue 18, item 6).

* ``disclosures``: one row per PDF with a client's data that left the vault — when
  (``shared_at``, UTC, seconds), what (``document``: full record, consent form, referral
  letter, supervision summary; ``reference``: the letter's number or the consent form's
  kind), to whom (``recipient``, as she typed it; may be empty: for her own files), under
  which consent (``consent_id``: the release of information or supervision consent that
  covered it, NULL when none did — no foreign key, so that the log never stands in the
  way of anything done to a consent), and whether it was password-protected
  (``protected``; the password itself is never stored anywhere).

A row is never changed (trigger). It goes with the client when her record is destroyed
(ON DELETE CASCADE): the destruction log outlives it, as for every other record.
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE disclosures (
        id          INTEGER PRIMARY KEY,
        client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        shared_at   TEXT NOT NULL,
        document    TEXT NOT NULL CHECK (document IN
                        ('full_record', 'consent_form', 'referral_letter',
                         'supervision_summary')),
        reference   TEXT,
        recipient   TEXT NOT NULL DEFAULT '',
        consent_id  INTEGER,
        protected   INTEGER NOT NULL CHECK (protected IN (0, 1))
    )
    """,
    "CREATE INDEX disclosures_client ON disclosures(client_id, shared_at)",
    """
    CREATE TRIGGER disclosures_never_changed BEFORE UPDATE ON disclosures
    BEGIN
        SELECT RAISE(ABORT, 'a disclosure is never changed');
    END
    """,
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
