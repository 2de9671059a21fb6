"""Screening results and the recorded results of instruments that may not be reproduced."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from counsel_desk.domain.screening import (
    InstrumentId,
    RecordedInstrument,
    RecordedResult,
    ScreeningEntry,
    ScreeningResult,
)
from counsel_desk.vault.connection import Connection


def _stamp(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _screening(row: tuple[Any, ...]) -> ScreeningResult:
    return ScreeningResult(
        client_id=int(row[1]),
        instrument=InstrumentId(row[2]),
        taken_on=dt.date.fromisoformat(row[3]),
        answers={str(k): int(v) for k, v in json.loads(row[4]).items()},
        entry=ScreeningEntry(row[5]),
        id=int(row[0]),
        struck_at=_stamp(row[6]),
        strike_reason=row[7],
    )


def _recorded(row: tuple[Any, ...]) -> RecordedResult:
    return RecordedResult(
        client_id=int(row[1]),
        instrument=RecordedInstrument(row[2]),
        other_name=row[3],
        taken_on=dt.date.fromisoformat(row[4]),
        areas=[(str(name), int(count)) for name, count in json.loads(row[5])],
        summary=row[6],
        id=int(row[0]),
        struck_at=_stamp(row[7]),
        strike_reason=row[8],
    )


_SCREENING = "id, client_id, instrument, taken_on, answers, entry, struck_at, strike_reason"
_RECORDED = (
    "id, client_id, instrument, other_name, taken_on, areas, summary, struck_at, strike_reason"
)


class ScreeningRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- questionnaires ------------------------------------------------------------
    def add(self, result: ScreeningResult, created_at: dt.datetime) -> int:
        cursor = self._conn.execute(
            "INSERT INTO screenings (uid, stamp, client_id, instrument, taken_on, answers, entry, "
            "created_at, struck_at, strike_reason) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                result.client_id,
                InstrumentId(result.instrument).value,
                result.taken_on.isoformat(),
                json.dumps(result.answers, sort_keys=True),
                ScreeningEntry(result.entry).value,
                created_at.replace(microsecond=0).isoformat(),
                result.struck_at.isoformat() if result.struck_at else None,
                result.strike_reason,
            ),
        )
        return int(cursor.lastrowid or 0)

    def get(self, result_id: int) -> ScreeningResult | None:
        row = self._conn.execute(
            f"SELECT {_SCREENING} FROM screenings WHERE id = ?", (result_id,)
        ).fetchone()
        return _screening(row) if row else None

    def of_client(self, client_id: int) -> list[ScreeningResult]:
        rows = self._conn.execute(
            f"SELECT {_SCREENING} FROM screenings WHERE client_id = ? ORDER BY taken_on, id",
            (client_id,),
        ).fetchall()
        return [_screening(r) for r in rows]

    def strike(self, result_id: int, at: dt.datetime, reason: str) -> None:
        self._conn.execute(
            "UPDATE screenings SET struck_at = ?, strike_reason = ? "
            "WHERE id = ? AND struck_at IS NULL",
            (at.replace(microsecond=0).isoformat(), reason, result_id),
        )

    def all_standing(self) -> list[tuple[ScreeningResult, dt.datetime]]:
        """Every result not struck, of every client, with when it was saved (the
        dashboard's self-harm check)."""
        rows = self._conn.execute(
            f"SELECT {_SCREENING}, created_at FROM screenings WHERE struck_at IS NULL "
            "ORDER BY taken_on, id"
        ).fetchall()
        return [(_screening(r), dt.datetime.fromisoformat(r[-1])) for r in rows]

    def self_harm_assessments(self) -> dict[int, list[tuple[dt.date, dt.datetime]]]:
        """Per client, the day and the first save of each note (not struck through) whose
        risk section says thoughts of self-harm were assessed (a note written in the
        morning and signed in the afternoon was still written in the morning)."""
        rows = self._conn.execute(
            "SELECT s.client_id, s.date, s.created_at FROM sessions s "
            "LEFT JOIN note_strikes k ON k.session_id = s.id "
            "WHERE s.risk_self_harm = 1 AND s.risk_level IS NOT NULL AND k.session_id IS NULL"
        ).fetchall()
        found: dict[int, list[tuple[dt.date, dt.datetime]]] = {}
        for client_id, day, saved in rows:
            found.setdefault(int(client_id), []).append(
                (dt.date.fromisoformat(day), dt.datetime.fromisoformat(saved))
            )
        return found

    # --- instruments that may not be reproduced ------------------------------------
    def add_recorded(self, result: RecordedResult, created_at: dt.datetime) -> int:
        cursor = self._conn.execute(
            "INSERT INTO recorded_results (uid, stamp, client_id, instrument, other_name, taken_on, "
            "areas, summary, created_at, struck_at, strike_reason) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                result.client_id,
                RecordedInstrument(result.instrument).value,
                result.other_name,
                result.taken_on.isoformat(),
                json.dumps([[n, c] for n, c in result.areas], ensure_ascii=False),
                result.summary,
                created_at.replace(microsecond=0).isoformat(),
                result.struck_at.isoformat() if result.struck_at else None,
                result.strike_reason,
            ),
        )
        return int(cursor.lastrowid or 0)

    def get_recorded(self, result_id: int) -> RecordedResult | None:
        row = self._conn.execute(
            f"SELECT {_RECORDED} FROM recorded_results WHERE id = ?", (result_id,)
        ).fetchone()
        return _recorded(row) if row else None

    def recorded_of_client(self, client_id: int) -> list[RecordedResult]:
        rows = self._conn.execute(
            f"SELECT {_RECORDED} FROM recorded_results WHERE client_id = ? ORDER BY taken_on, id",
            (client_id,),
        ).fetchall()
        return [_recorded(r) for r in rows]

    def strike_recorded(self, result_id: int, at: dt.datetime, reason: str) -> None:
        self._conn.execute(
            "UPDATE recorded_results SET struck_at = ?, strike_reason = ? "
            "WHERE id = ? AND struck_at IS NULL",
            (at.replace(microsecond=0).isoformat(), reason, result_id),
        )
