"""Optional measures of a session: the 0–10 mood scale, questionnaire totals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from counsel_desk.domain.plans import Measure
from counsel_desk.vault.connection import Connection


class MeasureRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def of_client(self, client_id: int) -> list[Measure]:
        """The measures of the client's own notes (struck-through notes left out)."""
        return [
            Measure(r[2], int(r[3]), int(r[0]), dt.date.fromisoformat(r[1]))
            for r in self._conn.execute(
                "SELECT s.id, s.date, m.instrument, m.score "
                "FROM session_measures m JOIN sessions s ON s.id = m.session_id "
                "WHERE s.client_id = ? "
                "AND s.id NOT IN (SELECT session_id FROM note_strikes) "
                "ORDER BY s.date, s.id, m.instrument",
                (client_id,),
            )
        ]

    def of_session(self, session_id: int) -> list[Measure]:
        return [
            Measure(r[0], int(r[1]), session_id)
            for r in self._conn.execute(
                "SELECT instrument, score FROM session_measures WHERE session_id = ? "
                "ORDER BY instrument",
                (session_id,),
            )
        ]

    def replace(self, session_id: int, measures: Sequence[Measure]) -> None:
        """Set the measures of a draft note (the database refuses for a signed one)."""
        self._conn.execute("DELETE FROM session_measures WHERE session_id = ?", (session_id,))
        self._conn.executemany(
            "INSERT INTO session_measures (session_id, instrument, score) VALUES (?, ?, ?)",
            [(session_id, m.instrument.strip(), m.score) for m in measures],
        )

    def instruments(self) -> list[str]:
        """Questionnaire names used before (for the editor's suggestions)."""
        return [
            str(r[0])
            for r in self._conn.execute(
                "SELECT DISTINCT instrument FROM session_measures WHERE instrument != 'mood' "
                "ORDER BY instrument"
            )
        ]
