"""The activity log: work of the BK program that is not about one client."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.enums import ActivityKind
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.notes import service_from_row, service_row

_COLUMNS = (
    "id, kind, date, topic, class_name, students_present, periods, minutes, notes, "
    "component, strategy, fields, use_of_time, rpl"
)


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def _values(activity: Activity) -> tuple[Any, ...]:
    service = service_row(activity.service) if activity.service is not None else (None,) * 4
    return (
        ActivityKind(activity.kind).value,
        activity.date.isoformat(),
        activity.topic,
        activity.class_name,
        activity.students_present,
        activity.periods,
        activity.minutes,
        activity.notes,
        *service,
        activity.rpl,
    )


def _activity(row: tuple[Any, ...]) -> Activity:
    return Activity(
        id=int(row[0]),
        kind=ActivityKind(row[1]),
        date=dt.date.fromisoformat(row[2]),
        topic=row[3],
        class_name=row[4],
        students_present=row[5],
        periods=row[6],
        minutes=row[7],
        notes=row[8],
        service=service_from_row(row[9], row[10], row[11], row[12]) if row[9] is not None else None,
        rpl=row[13],
    )


class ActivityRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def all(self, start: dt.date | None = None, end: dt.date | None = None) -> list[Activity]:
        """Activities from ``start`` to ``end`` (both included), oldest first."""
        where: list[str] = []
        args: list[str] = []
        if start is not None:
            where.append("date >= ?")
            args.append(start.isoformat())
        if end is not None:
            where.append("date <= ?")
            args.append(end.isoformat())
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM activities{clause} ORDER BY date, id", tuple(args)
        ).fetchall()
        return [_activity(tuple(r)) for r in rows]

    def get(self, activity_id: int) -> Activity | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM activities WHERE id = ?", (activity_id,)
        ).fetchone()
        return _activity(tuple(row)) if row is not None else None

    def insert(self, activity: Activity) -> int:
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO activities (uid, stamp, kind, date, topic, class_name, students_present, "
            "periods, minutes, notes, component, strategy, fields, use_of_time, rpl, created_at, "
            "updated_at) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_values(activity), now, now),
        )
        return int(cursor.lastrowid or 0)

    def update(self, activity: Activity) -> bool:
        assert activity.id is not None
        cursor = self._conn.execute(
            "UPDATE activities SET kind = ?, date = ?, topic = ?, class_name = ?, "
            "students_present = ?, periods = ?, minutes = ?, notes = ?, component = ?, "
            "strategy = ?, fields = ?, use_of_time = ?, rpl = ?, updated_at = ? WHERE id = ?",
            (*_values(activity), _now(), activity.id),
        )
        return bool(cursor.rowcount)

    def delete(self, activity_id: int) -> bool:
        cursor = self._conn.execute("DELETE FROM activities WHERE id = ?", (activity_id,))
        return bool(cursor.rowcount)
