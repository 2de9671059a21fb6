"""Sociometry rounds, their questions, members and choices (schema 10)."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.enums import AkpdEntry
from counsel_desk.domain.sociometry import Answer, Criterion, Member, SociometryRound
from counsel_desk.vault.connection import Connection


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


class SociometryRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def round_ids(self) -> list[int]:
        """Every round, by day then as made."""
        return [
            int(r[0])
            for r in self._conn.execute(
                "SELECT id FROM sociometry_rounds ORDER BY held_on, id"
            ).fetchall()
        ]

    def rounds(self) -> list[SociometryRound]:
        return [r for r in (self.get(i) for i in self.round_ids()) if r is not None]

    def get(self, round_id: int) -> SociometryRound | None:
        head = self._conn.execute(
            "SELECT class_name, held_on, choices_per_criterion FROM sociometry_rounds WHERE id = ?",
            (round_id,),
        ).fetchone()
        if head is None:
            return None
        criteria = tuple(
            Criterion(r[0], bool(r[1]))
            for r in self._conn.execute(
                "SELECT text, positive FROM sociometry_criteria WHERE round_id = ? "
                "ORDER BY position",
                (round_id,),
            ).fetchall()
        )
        rows = self._conn.execute(
            "SELECT number, roster_entry_id, client_id, answered FROM sociometry_members "
            "WHERE round_id = ? ORDER BY number",
            (round_id,),
        ).fetchall()
        members = tuple(Member(int(r[0]), r[1], r[2]) for r in rows)
        chosen: dict[tuple[int, int], list[int]] = {}
        for chooser, criterion, number in self._conn.execute(
            "SELECT chooser, criterion, chosen FROM sociometry_choices WHERE round_id = ? "
            "ORDER BY chooser, criterion, rank",
            (round_id,),
        ).fetchall():
            chosen.setdefault((int(chooser), int(criterion)), []).append(int(number))
        answers = tuple(
            Answer(
                int(r[0]),
                tuple(tuple(chosen.get((int(r[0]), c), ())) for c in range(len(criteria))),
                AkpdEntry(r[3]),
            )
            for r in rows
            if r[3] is not None
        )
        return SociometryRound(
            head[0],
            dt.date.fromisoformat(head[1]),
            criteria,
            int(head[2]),
            members,
            answers,
            round_id,
        )

    def insert(self, round_: SociometryRound) -> int:
        """The round, its questions, members and answers."""
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO sociometry_rounds (uid, stamp, class_name, held_on, choices_per_criterion, "
            "created_at, updated_at) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?)",
            (round_.class_name, round_.held_on.isoformat(), round_.choices_per_criterion, now, now),
        )
        round_id = int(cursor.lastrowid or 0)
        self._conn.executemany(
            "INSERT INTO sociometry_criteria (round_id, position, text, positive) "
            "VALUES (?, ?, ?, ?)",
            [(round_id, n, c.text, int(c.positive)) for n, c in enumerate(round_.criteria)],
        )
        self._conn.executemany(
            "INSERT INTO sociometry_members (round_id, number, roster_entry_id, client_id) "
            "VALUES (?, ?, ?, ?)",
            [(round_id, m.number, m.roster_id, m.client_id) for m in round_.members],
        )
        for answer in round_.answers:
            self.replace_answer(round_id, answer)
        return round_id

    def update_head(self, round_id: int, class_name: str, held_on: dt.date) -> bool:
        cursor = self._conn.execute(
            "UPDATE sociometry_rounds SET class_name = ?, held_on = ?, updated_at = ? WHERE id = ?",
            (class_name, held_on.isoformat(), _now(), round_id),
        )
        return bool(cursor.rowcount)

    def replace_answer(self, round_id: int, answer: Answer) -> None:
        """The student's choices become ``answer``'s, and she has answered."""
        self._conn.execute(
            "DELETE FROM sociometry_choices WHERE round_id = ? AND chooser = ?",
            (round_id, answer.member),
        )
        self._conn.executemany(
            "INSERT INTO sociometry_choices (round_id, chooser, criterion, rank, chosen) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (round_id, answer.member, c, rank + 1, number)
                for c, picked in enumerate(answer.choices)
                for rank, number in enumerate(picked)
            ],
        )
        self._conn.execute(
            "UPDATE sociometry_members SET answered = ? WHERE round_id = ? AND number = ?",
            (AkpdEntry(answer.entry).value, round_id, answer.member),
        )
        self._touch(round_id)

    def clear_answer(self, round_id: int, number: int) -> bool:
        self._conn.execute(
            "DELETE FROM sociometry_choices WHERE round_id = ? AND chooser = ?",
            (round_id, number),
        )
        cursor = self._conn.execute(
            "UPDATE sociometry_members SET answered = NULL "
            "WHERE round_id = ? AND number = ? AND answered IS NOT NULL",
            (round_id, number),
        )
        self._touch(round_id)
        return bool(cursor.rowcount)

    def delete(self, round_id: int) -> bool:
        cursor = self._conn.execute("DELETE FROM sociometry_rounds WHERE id = ?", (round_id,))
        return bool(cursor.rowcount)

    def _touch(self, round_id: int) -> None:
        self._conn.execute(
            "UPDATE sociometry_rounds SET updated_at = ? WHERE id = ?", (_now(), round_id)
        )

    def rounds_of_client(self, client_id: int) -> list[tuple[int, int]]:
        """(round id, member number) of every round in which the client is a member,
        as herself or through the roster entry she was opened from."""
        rows = self._conn.execute(
            "SELECT m.round_id, m.number FROM sociometry_members m "
            "JOIN sociometry_rounds r ON r.id = m.round_id "
            "WHERE m.client_id = ? OR m.roster_entry_id IN "
            "(SELECT id FROM roster_entries WHERE client_id = ?) ORDER BY r.held_on, r.id",
            (client_id, client_id),
        ).fetchall()
        return [(int(r[0]), int(r[1])) for r in rows]
