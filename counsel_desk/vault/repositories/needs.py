"""The needs assessment (AKPD) and the BK program: items, answers, planned activities."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counsel_desk.domain.akpd import AkpdResponse, NeedItem
from counsel_desk.domain.bk_program import RPL_KEYS, ProgramItem, Rpl
from counsel_desk.domain.enums import AkpdEntry, ServiceField, ServiceStrategy
from counsel_desk.vault.connection import Connection


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


class NeedsRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- items --------------------------------------------------------------------------
    def items(self) -> list[NeedItem]:
        """Every item, retired ones too, in the questionnaire's order."""
        rows = self._conn.execute(
            "SELECT id, field, text, position, retired FROM akpd_items "
            "ORDER BY CASE field WHEN 'personal' THEN 0 WHEN 'social' THEN 1 "
            "WHEN 'learning' THEN 2 ELSE 3 END, position, id"
        ).fetchall()
        return [NeedItem(ServiceField(r[1]), r[2], int(r[3]), bool(r[4]), int(r[0])) for r in rows]

    def insert_item(self, item: NeedItem) -> int:
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO akpd_items (uid, stamp, field, text, position, retired, created_at, updated_at) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?)",
            (ServiceField(item.field).value, item.text, item.position, int(item.retired), now, now),
        )
        return int(cursor.lastrowid or 0)

    def update_item(self, item: NeedItem) -> bool:
        cursor = self._conn.execute(
            "UPDATE akpd_items SET field = ?, text = ?, position = ?, retired = ?, "
            "updated_at = ? WHERE id = ?",
            (
                ServiceField(item.field).value,
                item.text,
                item.position,
                int(item.retired),
                _now(),
                item.id,
            ),
        )
        return bool(cursor.rowcount)

    def answered(self, item_id: int) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM akpd_answers WHERE item_id = ? LIMIT 1", (item_id,)
        ).fetchone()
        return row is not None

    def delete_item(self, item_id: int) -> bool:
        cursor = self._conn.execute("DELETE FROM akpd_items WHERE id = ?", (item_id,))
        return bool(cursor.rowcount)

    # -- answers ------------------------------------------------------------------------
    def responses(self, client_id: int | None = None) -> list[AkpdResponse]:
        where, args = ("WHERE client_id = ?", (client_id,)) if client_id is not None else ("", ())
        rows = self._conn.execute(
            f"SELECT id, class_name, taken_on, entry, client_id FROM akpd_responses {where} "
            "ORDER BY taken_on, id",
            args,
        ).fetchall()
        answers: dict[int, list[tuple[int, bool]]] = {}
        for response_id, item_id, need in self._conn.execute(
            "SELECT response_id, item_id, need FROM akpd_answers ORDER BY response_id, item_id"
        ).fetchall():
            answers.setdefault(int(response_id), []).append((int(item_id), bool(need)))
        found: list[AkpdResponse] = []
        for r in rows:
            mine = answers.get(int(r[0]), [])
            found.append(
                AkpdResponse(
                    r[1],
                    dt.date.fromisoformat(r[2]),
                    tuple(i for i, _ in mine),
                    frozenset(i for i, need in mine if need),
                    AkpdEntry(r[3]),
                    r[4],
                    int(r[0]),
                )
            )
        return found

    def insert_response(self, response: AkpdResponse) -> int:
        cursor = self._conn.execute(
            "INSERT INTO akpd_responses (uid, stamp, class_name, taken_on, entry, client_id, created_at) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?)",
            (
                response.class_name,
                response.taken_on.isoformat(),
                AkpdEntry(response.entry).value,
                response.client_id,
                _now(),
            ),
        )
        response_id = int(cursor.lastrowid or 0)
        self._conn.executemany(
            "INSERT INTO akpd_answers (response_id, item_id, need) VALUES (?, ?, ?)",
            [(response_id, i, int(i in response.needs)) for i in response.asked],
        )
        return response_id

    def delete_response(self, response_id: int) -> bool:
        cursor = self._conn.execute("DELETE FROM akpd_responses WHERE id = ?", (response_id,))
        return bool(cursor.rowcount)

    # -- the program --------------------------------------------------------------------
    def program(self, school_year: int | None = None) -> list[ProgramItem]:
        where, args = (
            ("WHERE school_year = ?", (school_year,)) if school_year is not None else ("", ())
        )
        rows = self._conn.execute(
            "SELECT id, school_year, month, field, strategy, topic, class_level, periods, "
            f"{', '.join(RPL_KEYS)} FROM program_items {where} ORDER BY school_year, month, id",
            args,
        ).fetchall()
        return [_program_item(tuple(r)) for r in rows]

    def replace_program(self, school_year: int, items: list[ProgramItem]) -> list[int]:
        """The program of ``school_year`` becomes ``items``: an item with an id keeps it
        (an activity's link to its RPL stays), the others are added, the rest removed."""
        kept = {i.id for i in items if i.id is not None}
        old = [
            int(r[0])
            for r in self._conn.execute(
                "SELECT id FROM program_items WHERE school_year = ?", (school_year,)
            ).fetchall()
        ]
        for item_id in old:
            if item_id not in kept:
                self._conn.execute("DELETE FROM program_items WHERE id = ?", (item_id,))
        ids: list[int] = []
        now = _now()
        for item in items:
            values = _program_values(item)
            if item.id is not None and item.id in old:
                self._conn.execute(
                    "UPDATE program_items SET school_year = ?, month = ?, field = ?, "
                    "strategy = ?, topic = ?, class_level = ?, periods = ?, "
                    + ", ".join(f"{k} = ?" for k in RPL_KEYS)
                    + ", updated_at = ? WHERE id = ?",
                    (*values, now, item.id),
                )
                ids.append(item.id)
            else:
                ids.append(self.insert_program_item(item))
        return ids

    def insert_program_item(self, item: ProgramItem) -> int:
        values = _program_values(item)
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO program_items (uid, stamp, school_year, month, field, strategy, topic, "
            f"class_level, periods, {', '.join(RPL_KEYS)}, created_at, updated_at) "
            f"VALUES (cd_uid(), cd_stamp(), {', '.join('?' * (len(values) + 2))})",
            (*values, now, now),
        )
        return int(cursor.lastrowid or 0)


def _program_values(item: ProgramItem) -> tuple[Any, ...]:
    return (
        item.school_year,
        item.month.isoformat()[:7],
        ServiceField(item.field).value,
        ServiceStrategy(item.strategy).value,
        item.topic,
        item.class_level,
        item.periods,
        *(getattr(item.rpl, k) for k in RPL_KEYS),
    )


def _program_item(row: tuple[Any, ...]) -> ProgramItem:
    return ProgramItem(
        int(row[1]),
        dt.date.fromisoformat(row[2] + "-01"),
        ServiceField(row[3]),
        ServiceStrategy(row[4]),
        row[5],
        row[6],
        int(row[7]),
        Rpl(*row[8:15]),
        int(row[0]),
    )
