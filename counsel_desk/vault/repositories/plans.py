"""Support plan versions and the progress ratings given in session notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from counsel_desk.domain.plans import ObjectiveRating, SupportPlan, plan_from_json, plan_to_json
from counsel_desk.vault.connection import Connection


class PlanRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- versions --------------------------------------------------------------------

    def versions(self, client_id: int) -> list[SupportPlan]:
        """Every version of the client's plan, oldest first."""
        return [
            SupportPlan(
                id=int(r[0]),
                version=int(r[1]),
                created_at=dt.datetime.fromisoformat(r[2]),
                reason=r[3],
                goals=plan_from_json(r[4]),
            )
            for r in self._conn.execute(
                "SELECT id, version, created_at, reason, body FROM support_plans "
                "WHERE client_id = ? ORDER BY version",
                (client_id,),
            )
        ]

    def current(self, client_id: int) -> SupportPlan | None:
        row = self._conn.execute(
            "SELECT id, version, created_at, reason, body FROM support_plans "
            "WHERE client_id = ? ORDER BY version DESC LIMIT 1",
            (client_id,),
        ).fetchone()
        if row is None:
            return None
        return SupportPlan(
            id=int(row[0]),
            version=int(row[1]),
            created_at=dt.datetime.fromisoformat(row[2]),
            reason=row[3],
            goals=plan_from_json(row[4]),
        )

    def current_bodies(self) -> dict[int, SupportPlan]:
        """The current version of every client's plan (for reminders)."""
        found: dict[int, SupportPlan] = {}
        for client_id, pid, version, created_at, reason, body in self._conn.execute(
            "SELECT p.client_id, p.id, p.version, p.created_at, p.reason, p.body "
            "FROM support_plans p WHERE p.version = "
            "(SELECT max(q.version) FROM support_plans q WHERE q.client_id = p.client_id)"
        ):
            found[int(client_id)] = SupportPlan(
                id=int(pid),
                version=int(version),
                created_at=dt.datetime.fromisoformat(created_at),
                reason=reason,
                goals=plan_from_json(body),
            )
        return found

    def insert_version(self, client_id: int, plan: SupportPlan, created_at: dt.datetime) -> int:
        """Store ``plan`` as the next version; returns the version number."""
        row = self._conn.execute(
            "SELECT coalesce(max(version), 0) FROM support_plans WHERE client_id = ?",
            (client_id,),
        ).fetchone()
        version = int(row[0]) + 1
        self._conn.execute(
            "INSERT INTO support_plans (uid, stamp, client_id, version, created_at, reason, body) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?)",
            (
                client_id,
                version,
                created_at.replace(microsecond=0).isoformat(),
                plan.reason,
                plan_to_json(plan),
            ),
        )
        return version

    # --- ratings ---------------------------------------------------------------------

    def ratings(self, client_id: int) -> list[ObjectiveRating]:
        """Every rating in the client's own notes (struck-through notes left out)."""
        return [
            ObjectiveRating(r[2], int(r[3]), int(r[4]), int(r[0]), dt.date.fromisoformat(r[1]))
            for r in self._conn.execute(
                "SELECT s.id, s.date, x.objective_key, x.score, x.scale_max "
                "FROM objective_ratings x JOIN sessions s ON s.id = x.session_id "
                "WHERE s.client_id = ? "
                "AND s.id NOT IN (SELECT session_id FROM note_strikes) "
                "ORDER BY s.date, s.id",
                (client_id,),
            )
        ]

    def ratings_of_session(self, session_id: int) -> list[ObjectiveRating]:
        return [
            ObjectiveRating(r[0], int(r[1]), int(r[2]), session_id)
            for r in self._conn.execute(
                "SELECT objective_key, score, scale_max FROM objective_ratings "
                "WHERE session_id = ? ORDER BY objective_key",
                (session_id,),
            )
        ]

    def replace_ratings(self, session_id: int, ratings: Sequence[ObjectiveRating]) -> None:
        """Set the ratings of a draft note (the database refuses for a signed one)."""
        self._conn.execute("DELETE FROM objective_ratings WHERE session_id = ?", (session_id,))
        self._conn.executemany(
            "INSERT INTO objective_ratings (session_id, objective_key, score, scale_max) "
            "VALUES (?, ?, ?, ?)",
            [(session_id, r.objective_key, r.score, r.scale_max) for r in ratings],
        )
