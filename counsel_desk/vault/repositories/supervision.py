"""The supervision-only sections kept with each case (written in the export dialog)."""

from __future__ import annotations

import datetime as dt

from counsel_desk.vault.connection import Connection

CONTEXT_FIELDS = (
    "question",
    "background_strengths",
    "conceptualization",
    "goals",
    "interventions",
    "response_progress",
    "reactions",
    "plan",
)


class SupervisionContextRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, client_id: int) -> dict[str, str | None]:
        cols = ", ".join(CONTEXT_FIELDS)
        row = self._conn.execute(
            f"SELECT {cols} FROM supervision_context WHERE client_id = ?", (client_id,)
        ).fetchone()
        if row is None:
            return dict.fromkeys(CONTEXT_FIELDS)
        return dict(zip(CONTEXT_FIELDS, row, strict=True))

    def save(self, client_id: int, values: dict[str, str | None]) -> None:
        cols = ", ".join(CONTEXT_FIELDS)
        marks = ", ".join("?" for _ in CONTEXT_FIELDS)
        updates = ", ".join(f"{f} = excluded.{f}" for f in CONTEXT_FIELDS)
        self._conn.execute(
            f"INSERT INTO supervision_context (uid, stamp, client_id, {cols}, updated_at) "
            # One per client: its id follows from the client's (identity.py).
            "VALUES (cd_uid_of((SELECT uid FROM clients WHERE id = ?1), 'supervision_context'), "
            f"cd_stamp(), ?1, {marks}, ?) ON CONFLICT(client_id) DO UPDATE SET {updates}, "
            "updated_at = excluded.updated_at",
            (
                client_id,
                *(values.get(f) or None for f in CONTEXT_FIELDS),
                dt.datetime.now().replace(microsecond=0).isoformat(),
            ),
        )
