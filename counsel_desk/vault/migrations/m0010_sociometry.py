"""Schema 10: sociometry (issue 20, item 4). Version 9 belongs to another change of
issue 20 built at the same time; the step's number is given only in
``migrations/__init__.py``.

* ``sociometry_rounds``: one round of one class — the class (*rombel*) as she wrote it,
  the day, and *N*, how many classmates a student may name per question.
* ``sociometry_criteria``: its questions in order (``position`` from 0), each positive or
  negative. She writes them; the service refuses one that names anyone the vault knows.
* ``sociometry_members``: the round's students by ``number`` (1, 2, 3 …: their key in the
  round, the label the homeroom teacher's version may show) and who each is — her roster
  entry, her client record, or both. No name is copied here. When the entry or the record
  leaves the vault (a destroyed record, a deleted entry) the reference becomes NULL: the
  member stays as a former member without identity, so her classmates' figures and the
  round's drawing do not change, and nothing names her. ``answered``: how her answer
  came in (``paper``, ``kiosk``), NULL while she has not answered — a kiosk lets a student
  answer once; the counselor clears an answer to let her answer again.
* ``sociometry_choices``: who named whom, per question, by rank (1 = first choice). A
  student never names herself (``CHECK``), names a classmate once per question, and
  only members of the same round (the composite keys).

The tables name no one (numbers and references only): they are listed in
``vault/people_changes.py`` as not about people.
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE sociometry_rounds (
        id                    INTEGER PRIMARY KEY,
        class_name            TEXT NOT NULL CHECK (length(trim(class_name)) > 0),
        held_on               TEXT NOT NULL,
        choices_per_criterion INTEGER NOT NULL CHECK (choices_per_criterion BETWEEN 1 AND 10),
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE sociometry_criteria (
        round_id INTEGER NOT NULL REFERENCES sociometry_rounds(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
        positive INTEGER NOT NULL CHECK (positive IN (0, 1)),
        PRIMARY KEY (round_id, position)
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE sociometry_members (
        round_id        INTEGER NOT NULL REFERENCES sociometry_rounds(id) ON DELETE CASCADE,
        number          INTEGER NOT NULL CHECK (number >= 1),
        roster_entry_id INTEGER REFERENCES roster_entries(id) ON DELETE SET NULL,
        client_id       INTEGER REFERENCES clients(id) ON DELETE SET NULL,
        answered        TEXT CHECK (answered IS NULL OR answered IN ('paper', 'kiosk')),
        PRIMARY KEY (round_id, number),
        UNIQUE (round_id, roster_entry_id),
        UNIQUE (round_id, client_id)
    ) STRICT
    """,
    "CREATE INDEX sociometry_members_roster ON sociometry_members(roster_entry_id)",
    "CREATE INDEX sociometry_members_client ON sociometry_members(client_id)",
    """
    CREATE TABLE sociometry_choices (
        round_id  INTEGER NOT NULL,
        chooser   INTEGER NOT NULL,
        criterion INTEGER NOT NULL,
        rank      INTEGER NOT NULL CHECK (rank >= 1),
        chosen    INTEGER NOT NULL,
        CHECK (chooser <> chosen),
        PRIMARY KEY (round_id, chooser, criterion, rank),
        UNIQUE (round_id, chooser, criterion, chosen),
        FOREIGN KEY (round_id, chooser) REFERENCES sociometry_members(round_id, number)
            ON DELETE CASCADE,
        FOREIGN KEY (round_id, chosen) REFERENCES sociometry_members(round_id, number)
            ON DELETE CASCADE,
        FOREIGN KEY (round_id, criterion) REFERENCES sociometry_criteria(round_id, position)
            ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID
    """,
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
