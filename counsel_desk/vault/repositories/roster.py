"""The class list's roster entries (schema 8)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counsel_desk.domain.roster import RosterEntry
from counsel_desk.vault.connection import Connection

_FIELDS = (
    "name",
    "nisn",
    "nipd",
    "nik",
    "gender",
    "birth_place",
    "birth_date",
    "class_name",
    "father_name",
    "mother_name",
    "guardian_name",
    "phone",
    "address",
    "school_year",
    "client_id",
)
_COLUMNS = "id, " + ", ".join(_FIELDS)


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def _values(entry: RosterEntry) -> tuple[Any, ...]:
    return tuple(
        getattr(entry, f).isoformat()
        if f == "birth_date" and entry.birth_date is not None
        else getattr(entry, f)
        for f in _FIELDS
    )


def _entry(row: tuple[Any, ...]) -> RosterEntry:
    values = dict(zip(_FIELDS, row[1:], strict=True))
    born = values.pop("birth_date")
    return RosterEntry(
        id=int(row[0]),
        birth_date=dt.date.fromisoformat(born) if born else None,
        **values,
    )


class RosterRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def all(self) -> list[RosterEntry]:
        """Every entry, by class and name."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM roster_entries "
            "ORDER BY class_name IS NULL, class_name, name COLLATE NOCASE, id"
        ).fetchall()
        return [_entry(r) for r in rows]

    def in_order(self) -> list[RosterEntry]:
        """Every entry, in the order they were added (the interchange format's)."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM roster_entries ORDER BY id").fetchall()
        return [_entry(r) for r in rows]

    def get(self, entry_id: int) -> RosterEntry | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM roster_entries WHERE id = ?", (entry_id,)
        ).fetchone()
        return _entry(row) if row else None

    def insert(self, entry: RosterEntry) -> int:
        now = _now()
        cur = self._conn.execute(
            f"INSERT INTO roster_entries (uid, stamp, {', '.join(_FIELDS)}, created_at, updated_at) "
            f"VALUES (cd_uid(), cd_stamp(), {', '.join('?' * len(_FIELDS))}, ?, ?)",
            (*_values(entry), now, now),
        )
        return int(cur.lastrowid or 0)

    def update(self, entry: RosterEntry) -> bool:
        assignments = ", ".join(f"{f} = ?" for f in _FIELDS)
        cur = self._conn.execute(
            f"UPDATE roster_entries SET {assignments}, updated_at = ? WHERE id = ?",
            (*_values(entry), _now(), entry.id),
        )
        return cur.rowcount == 1

    def link(self, entry_id: int, client_id: int) -> bool:
        cur = self._conn.execute(
            "UPDATE roster_entries SET client_id = ?, updated_at = ? WHERE id = ?",
            (client_id, _now(), entry_id),
        )
        return cur.rowcount == 1
