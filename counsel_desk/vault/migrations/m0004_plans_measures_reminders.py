"""Schema 4: support plans, progress ratings, measures and follow-ups.

* ``support_plans``: one row per *version* of a client's plan; the goals, objectives
  and interventions as JSON (``domain/plans.py``). A version is never edited (trigger):
  a revision inserts the next version, so every earlier one stays readable.
* ``objective_ratings``: progress on an objective (by its stable key) rated in a
  session note, on the objective's scale (0–4 or 0–10).
* ``session_measures``: optional scores of a session: the 0–10 mood scale
  (``instrument = 'mood'``) or a questionnaire by name with its total.
* Ratings and measures belong to the note: once it is signed, they are locked with it
  (triggers refuse inserts and updates, as for the note's fields).
* ``follow_ups``: what the counselor means to do for a client by a day; completed, not
  deleted.
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection


def _locked(table: str, event: str, ref: str) -> str:
    return f"""
    CREATE TRIGGER {table}_{event.lower()}_locked BEFORE {event} ON {table}
    WHEN (SELECT signed_at FROM sessions WHERE id = {ref}.session_id) IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'signed note is locked');
    END
    """


STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE support_plans (
        id         INTEGER PRIMARY KEY,
        client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        version    INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL,
        reason     TEXT,
        body       TEXT NOT NULL,
        UNIQUE (client_id, version)
    ) STRICT
    """,
    """
    CREATE TRIGGER support_plans_never_edited BEFORE UPDATE ON support_plans
    BEGIN
        SELECT RAISE(ABORT, 'a plan version is never edited: revise the plan');
    END
    """,
    """
    CREATE TABLE objective_ratings (
        session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        objective_key TEXT NOT NULL,
        score         INTEGER NOT NULL,
        scale_max     INTEGER NOT NULL CHECK (scale_max IN (4, 10)),
        CHECK (score BETWEEN 0 AND scale_max),
        PRIMARY KEY (session_id, objective_key)
    ) STRICT, WITHOUT ROWID
    """,
    _locked("objective_ratings", "INSERT", "NEW"),
    _locked("objective_ratings", "UPDATE", "OLD"),
    """
    CREATE TABLE session_measures (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        instrument TEXT NOT NULL CHECK (length(trim(instrument)) > 0),
        score      INTEGER NOT NULL CHECK (score >= 0),
        PRIMARY KEY (session_id, instrument)
    ) STRICT, WITHOUT ROWID
    """,
    _locked("session_measures", "INSERT", "NEW"),
    _locked("session_measures", "UPDATE", "OLD"),
    """
    CREATE TABLE follow_ups (
        id         INTEGER PRIMARY KEY,
        client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        due_on     TEXT NOT NULL,
        text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
        created_at TEXT NOT NULL,
        done_at    TEXT
    ) STRICT
    """,
    "CREATE INDEX follow_ups_open ON follow_ups(client_id) WHERE done_at IS NULL",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
