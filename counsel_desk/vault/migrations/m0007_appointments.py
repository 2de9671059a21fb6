"""Schema 7: appointments and the intake queue (issue 20, item 5).

* ``appointments``: what she booked — its kind (a client, a group, a class, a parent
  meeting, other), the client for a client's or a parent meeting, a subject (the class
  "VIII-B", the group), day, start and end (``HH:MM``, the end after the start), place,
  purpose (no names: the service checks it against the vault), status and the minutes
  before the start a reminder comes (0: none).
* ``intake_requests``: students' requests to talk — a client, or a name as it came (that
  name is a person the vault knows: redacted like every other), the day it came, how,
  how urgent, a short reason; its state (open, scheduled, case opened, closed with a
  reason) and the appointment made for it.

The schema number is the one ``migrations/__init__.py`` gives this step; nothing here
depends on it.
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE appointments (
        id             INTEGER PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('client', 'group', 'class',
                       'parent_meeting', 'other')),
        client_id      INTEGER REFERENCES clients(id) ON DELETE CASCADE,
        subject        TEXT NOT NULL,
        day            TEXT NOT NULL,
        start          TEXT NOT NULL CHECK (length(start) = 5),
        end            TEXT NOT NULL CHECK (length(end) = 5 AND end > start),
        place          TEXT NOT NULL,
        purpose        TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled',
                       'no_show')),
        remind_minutes INTEGER NOT NULL CHECK (remind_minutes BETWEEN 0 AND 60),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK ((client_id IS NOT NULL) = (kind IN ('client', 'parent_meeting')))
    ) STRICT
    """,
    "CREATE INDEX appointments_day ON appointments(day, start)",
    "CREATE INDEX appointments_client ON appointments(client_id)",
    """
    CREATE TABLE intake_requests (
        id             INTEGER PRIMARY KEY,
        client_id      INTEGER REFERENCES clients(id) ON DELETE CASCADE,
        name           TEXT NOT NULL,
        received_on    TEXT NOT NULL,
        channel        TEXT NOT NULL CHECK (channel IN ('slip', 'whatsapp', 'in_person',
                       'teacher_referral', 'parent', 'other')),
        urgency        TEXT NOT NULL CHECK (urgency IN ('routine', 'soon', 'urgent')),
        reason         TEXT NOT NULL,
        state          TEXT NOT NULL CHECK (state IN ('open', 'scheduled', 'case_opened',
                       'closed')),
        closed_reason  TEXT NOT NULL,
        appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK ((client_id IS NULL) <> (length(name) = 0))
    ) STRICT
    """,
    "CREATE INDEX intake_requests_client ON intake_requests(client_id)",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
