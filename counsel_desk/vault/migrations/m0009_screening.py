"""Schema 9: screening instruments (issue 20, item 3).

* ``screenings``: a PHQ-9, PHQ-A or GAD-7 filled in for a client — the date, the answers
  (JSON: question key → option index), who filled it in (``counselor`` or ``kiosk``). The
  total, band and self-harm flag are computed from the answers, never stored apart from
  them. A result entered in error is struck (``struck_at``, ``strike_reason``), never
  deleted.
* ``recorded_results``: an instrument that may not be reproduced (AUM, DCM, ITP, another)
  — the date, its problem areas with counts (JSON list of [name, count]) and her summary.

Both go with the client when her record is destroyed (ON DELETE CASCADE).
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE screenings (
        id             INTEGER PRIMARY KEY,
        client_id      INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        instrument     TEXT NOT NULL CHECK (instrument IN ('phq9', 'phqa', 'gad7')),
        taken_on       TEXT NOT NULL,
        answers        TEXT NOT NULL,
        entry          TEXT NOT NULL CHECK (entry IN ('counselor', 'kiosk')),
        created_at     TEXT NOT NULL,
        struck_at      TEXT,
        strike_reason  TEXT
    )
    """,
    "CREATE INDEX screenings_client ON screenings(client_id, taken_on)",
    """
    CREATE TABLE recorded_results (
        id             INTEGER PRIMARY KEY,
        client_id      INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        instrument     TEXT NOT NULL CHECK (instrument IN
                       ('aum_umum', 'aum_ptsdl', 'dcm', 'itp', 'other')),
        other_name     TEXT NOT NULL DEFAULT '',
        taken_on       TEXT NOT NULL,
        areas          TEXT NOT NULL,
        summary        TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        struck_at      TEXT,
        strike_reason  TEXT
    )
    """,
    "CREATE INDEX recorded_results_client ON recorded_results(client_id, taken_on)",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
