"""Appointments and the intake queue (schema 7)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counsel_desk.domain.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeRequest,
    IntakeState,
    IntakeUrgency,
)
from counsel_desk.vault.connection import Connection

_APPOINTMENT = (
    "a.id, a.kind, a.client_id, a.subject, a.day, a.start, a.end, a.place, a.purpose, "
    "a.status, a.remind_minutes, c.case_code"
)
_INTAKE = (
    "r.id, r.client_id, r.name, r.received_on, r.channel, r.urgency, r.reason, r.state, "
    "r.closed_reason, r.appointment_id, c.case_code"
)


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def _hhmm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _appointment(row: tuple[Any, ...]) -> Appointment:
    return Appointment(
        id=int(row[0]),
        kind=AppointmentKind(row[1]),
        client_id=row[2],
        subject=row[3],
        day=dt.date.fromisoformat(row[4]),
        start=dt.time.fromisoformat(row[5]),
        end=dt.time.fromisoformat(row[6]),
        place=row[7],
        purpose=row[8],
        status=AppointmentStatus(row[9]),
        remind_minutes=int(row[10]),
        case_code=row[11],
    )


def _appointment_values(a: Appointment) -> tuple[Any, ...]:
    return (
        AppointmentKind(a.kind).value,
        a.client_id,
        a.subject,
        a.day.isoformat(),
        _hhmm(a.start),
        _hhmm(a.end),
        a.place,
        a.purpose,
        AppointmentStatus(a.status).value,
        a.remind_minutes,
    )


def _intake(row: tuple[Any, ...]) -> IntakeRequest:
    return IntakeRequest(
        id=int(row[0]),
        client_id=row[1],
        name=row[2],
        received_on=dt.date.fromisoformat(row[3]),
        channel=IntakeChannel(row[4]),
        urgency=IntakeUrgency(row[5]),
        reason=row[6],
        state=IntakeState(row[7]),
        closed_reason=row[8],
        appointment_id=row[9],
        case_code=row[10],
    )


def _intake_values(r: IntakeRequest) -> tuple[Any, ...]:
    return (
        r.client_id,
        r.name,
        r.received_on.isoformat(),
        IntakeChannel(r.channel).value,
        IntakeUrgency(r.urgency).value,
        r.reason,
        IntakeState(r.state).value,
        r.closed_reason,
        r.appointment_id,
    )


class AppointmentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def all(
        self,
        start: dt.date | None = None,
        end: dt.date | None = None,
        *,
        client_id: int | None = None,
    ) -> list[Appointment]:
        """Appointments from ``start`` to ``end`` (both included), by day and time."""
        where: list[str] = []
        args: list[Any] = []
        if start is not None:
            where.append("a.day >= ?")
            args.append(start.isoformat())
        if end is not None:
            where.append("a.day <= ?")
            args.append(end.isoformat())
        if client_id is not None:
            where.append("a.client_id = ?")
            args.append(client_id)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        rows = self._conn.execute(
            f"SELECT {_APPOINTMENT} FROM appointments a LEFT JOIN clients c "
            f"ON c.id = a.client_id{clause} ORDER BY a.day, a.start, a.id",
            tuple(args),
        ).fetchall()
        return [_appointment(tuple(r)) for r in rows]

    def get(self, appointment_id: int) -> Appointment | None:
        row = self._conn.execute(
            f"SELECT {_APPOINTMENT} FROM appointments a LEFT JOIN clients c "
            "ON c.id = a.client_id WHERE a.id = ?",
            (appointment_id,),
        ).fetchone()
        return _appointment(tuple(row)) if row is not None else None

    def insert(self, appointment: Appointment) -> int:
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO appointments (uid, stamp, kind, client_id, subject, day, start, end, place, "
            "purpose, status, remind_minutes, created_at, updated_at) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_appointment_values(appointment), now, now),
        )
        return int(cursor.lastrowid or 0)

    def update(self, appointment: Appointment) -> bool:
        assert appointment.id is not None
        cursor = self._conn.execute(
            "UPDATE appointments SET kind = ?, client_id = ?, subject = ?, day = ?, start = ?, "
            "end = ?, place = ?, purpose = ?, status = ?, remind_minutes = ?, updated_at = ? "
            "WHERE id = ?",
            (*_appointment_values(appointment), _now(), appointment.id),
        )
        return bool(cursor.rowcount)

    def delete(self, appointment_id: int) -> bool:
        cursor = self._conn.execute("DELETE FROM appointments WHERE id = ?", (appointment_id,))
        return bool(cursor.rowcount)


class IntakeRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def all(self) -> list[IntakeRequest]:
        """Every request, as entered."""
        rows = self._conn.execute(
            f"SELECT {_INTAKE} FROM intake_requests r LEFT JOIN clients c "
            "ON c.id = r.client_id ORDER BY r.id"
        ).fetchall()
        return [_intake(tuple(r)) for r in rows]

    def get(self, request_id: int) -> IntakeRequest | None:
        row = self._conn.execute(
            f"SELECT {_INTAKE} FROM intake_requests r LEFT JOIN clients c "
            "ON c.id = r.client_id WHERE r.id = ?",
            (request_id,),
        ).fetchone()
        return _intake(tuple(row)) if row is not None else None

    def names(self) -> list[str]:
        """The names typed for requests of students who are not clients (yet)."""
        rows = self._conn.execute(
            "SELECT name FROM intake_requests WHERE length(name) > 0 ORDER BY id"
        ).fetchall()
        return [str(r[0]) for r in rows]

    def insert(self, request: IntakeRequest) -> int:
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO intake_requests (uid, stamp, client_id, name, received_on, channel, urgency, "
            "reason, state, closed_reason, appointment_id, created_at, updated_at) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_intake_values(request), now, now),
        )
        return int(cursor.lastrowid or 0)

    def update(self, request: IntakeRequest) -> bool:
        assert request.id is not None
        cursor = self._conn.execute(
            "UPDATE intake_requests SET client_id = ?, name = ?, received_on = ?, channel = ?, "
            "urgency = ?, reason = ?, state = ?, closed_reason = ?, appointment_id = ?, "
            "updated_at = ? WHERE id = ?",
            (*_intake_values(request), _now(), request.id),
        )
        return bool(cursor.rowcount)
