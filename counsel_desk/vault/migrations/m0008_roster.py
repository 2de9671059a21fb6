"""Schema 8: the class list (issue 20, item 1).

* ``roster_entries``: the students of the school's class lists — *roster entries*, not
  clients: no case record is opened for them. Name, NISN (10 digits, unique), NIPD, NIK,
  gender (``L``/``P``), birth place and date, class (*rombel*), the parents' and the
  guardian's names, phone, address and the school year of the list, with the time each
  was added and last changed. ``client_id``: the client opened for the student later
  ("Open a case for this student"), at most one; a destroyed record leaves the entry.
  Everyone named here is in the redaction identifier set (``vault/people_changes.py``
  watches the table like every table about people).
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE roster_entries (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
        nisn          TEXT UNIQUE CHECK (nisn IS NULL OR (length(nisn) = 10
                      AND nisn NOT GLOB '*[^0-9]*')),
        nipd          TEXT,
        nik           TEXT,
        gender        TEXT CHECK (gender IS NULL OR gender IN ('L', 'P')),
        birth_place   TEXT,
        birth_date    TEXT,
        class_name    TEXT,
        father_name   TEXT,
        mother_name   TEXT,
        guardian_name TEXT,
        phone         TEXT,
        address       TEXT,
        school_year   TEXT,
        client_id     INTEGER UNIQUE REFERENCES clients(id) ON DELETE SET NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX roster_entries_class ON roster_entries(class_name)",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
