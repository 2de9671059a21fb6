"""Follow-ups the counselor sets, and the facts reminders are computed from."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counsel_desk.domain.model import SessionNote
from counsel_desk.domain.reminders import FollowUp
from counsel_desk.vault.connection import Connection


def _ts(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value is not None else None


class ReminderRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- follow-ups ------------------------------------------------------------------

    def follow_ups(
        self, client_id: int | None = None, *, open_only: bool = False
    ) -> list[FollowUp]:
        where: list[str] = []
        args: tuple[Any, ...] = ()
        if client_id is not None:
            where.append("client_id = ?")
            args = (client_id,)
        if open_only:
            where.append("done_at IS NULL")
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        return [
            FollowUp(
                int(r[1]),
                dt.date.fromisoformat(r[2]),
                r[3],
                int(r[0]),
                _ts(r[4]),
                _ts(r[5]),
            )
            for r in self._conn.execute(
                "SELECT id, client_id, due_on, text, created_at, done_at FROM follow_ups"
                f"{clause} ORDER BY due_on, id",
                args,
            )
        ]

    def get_follow_up(self, follow_up_id: int) -> FollowUp | None:
        row = self._conn.execute(
            "SELECT id, client_id, due_on, text, created_at, done_at FROM follow_ups WHERE id = ?",
            (follow_up_id,),
        ).fetchone()
        if row is None:
            return None
        return FollowUp(
            int(row[1]),
            dt.date.fromisoformat(row[2]),
            row[3],
            int(row[0]),
            _ts(row[4]),
            _ts(row[5]),
        )

    def insert_follow_up(self, follow_up: FollowUp, created_at: dt.datetime) -> int:
        cursor = self._conn.execute(
            "INSERT INTO follow_ups (uid, stamp, client_id, due_on, text, created_at) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?)",
            (
                follow_up.client_id,
                follow_up.due_on.isoformat(),
                follow_up.text,
                created_at.replace(microsecond=0).isoformat(),
            ),
        )
        return int(cursor.lastrowid or 0)

    def complete_follow_up(self, follow_up_id: int, done_at: dt.datetime) -> bool:
        cursor = self._conn.execute(
            "UPDATE follow_ups SET done_at = ? WHERE id = ? AND done_at IS NULL",
            (done_at.replace(microsecond=0).isoformat(), follow_up_id),
        )
        return bool(cursor.rowcount)

    # --- facts -----------------------------------------------------------------------

    def last_risk_assessments(self) -> dict[int, dt.date]:
        """Per client, the date of the latest note with a risk assessment (struck-through
        notes do not count)."""
        return {
            int(r[0]): dt.date.fromisoformat(r[1])
            for r in self._conn.execute(
                "SELECT client_id, max(date) FROM sessions WHERE risk_level IS NOT NULL "
                "AND id NOT IN (SELECT session_id FROM note_strikes) GROUP BY client_id"
            )
        }

    def unsigned_notes(self) -> list[tuple[int, SessionNote]]:
        """(client id, note) of every draft, with only what its due time needs."""
        return [
            (
                int(r[1]),
                SessionNote(
                    id=int(r[0]),
                    date=dt.date.fromisoformat(r[2]),
                    start_time=dt.time.fromisoformat(r[3]) if r[3] else None,
                    duration_minutes=r[4],
                ),
            )
            for r in self._conn.execute(
                "SELECT id, client_id, date, start_time, duration_minutes FROM sessions "
                "WHERE signed_at IS NULL ORDER BY date, id"
            )
        ]
