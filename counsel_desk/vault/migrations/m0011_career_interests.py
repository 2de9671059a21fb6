"""Schema 11: the career-interest inventory (issue 20, item 4).

* ``career_interests``: the public-domain RIASEC markers filled in for a client — the
  date, the answers (JSON: item key → option index), who filled it in (``counselor`` or
  ``kiosk``). The six scores and the Holland code are computed from the answers, never
  stored apart from them. A result entered in error is struck (``struck_at``,
  ``strike_reason``), never deleted.

It goes with the client when her record is destroyed (ON DELETE CASCADE).
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE career_interests (
        id             INTEGER PRIMARY KEY,
        client_id      INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        taken_on       TEXT NOT NULL,
        answers        TEXT NOT NULL,
        entry          TEXT NOT NULL CHECK (entry IN ('counselor', 'kiosk')),
        created_at     TEXT NOT NULL,
        struck_at      TEXT,
        strike_reason  TEXT
    )
    """,
    "CREATE INDEX career_interests_client ON career_interests(client_id, taken_on)",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
