"""Career-interest inventory results (issue 20, item 4): all their SQL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from counsel_desk.domain.career_interests import CareerInterestResult
from counsel_desk.domain.screening import ScreeningEntry
from counsel_desk.vault.connection import Connection

_COLUMNS = "id, client_id, taken_on, answers, entry, struck_at, strike_reason"


def _result(row: tuple[Any, ...]) -> CareerInterestResult:
    return CareerInterestResult(
        client_id=int(row[1]),
        taken_on=dt.date.fromisoformat(row[2]),
        answers={str(k): int(v) for k, v in json.loads(row[3]).items()},
        entry=ScreeningEntry(row[4]),
        id=int(row[0]),
        struck_at=dt.datetime.fromisoformat(row[5]) if row[5] else None,
        strike_reason=row[6],
    )


class CareerInterestRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, result: CareerInterestResult, created_at: dt.datetime) -> int:
        cursor = self._conn.execute(
            "INSERT INTO career_interests (uid, stamp, client_id, taken_on, answers, entry, created_at, "
            "struck_at, strike_reason) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?)",
            (
                result.client_id,
                result.taken_on.isoformat(),
                json.dumps(result.answers, sort_keys=True),
                ScreeningEntry(result.entry).value,
                created_at.replace(microsecond=0).isoformat(),
                result.struck_at.replace(microsecond=0).isoformat() if result.struck_at else None,
                result.strike_reason,
            ),
        )
        return int(cursor.lastrowid or 0)

    def get(self, result_id: int) -> CareerInterestResult | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM career_interests WHERE id = ?", (result_id,)
        ).fetchone()
        return _result(row) if row else None

    def of_client(self, client_id: int) -> list[CareerInterestResult]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM career_interests WHERE client_id = ? ORDER BY taken_on, id",
            (client_id,),
        ).fetchall()
        return [_result(r) for r in rows]

    def strike(self, result_id: int, at: dt.datetime, reason: str) -> None:
        self._conn.execute(
            "UPDATE career_interests SET struck_at = ?, strike_reason = ? "
            "WHERE id = ? AND struck_at IS NULL",
            (at.replace(microsecond=0).isoformat(), reason, result_id),
        )
