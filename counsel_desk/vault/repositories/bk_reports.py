"""What the BK service report counts of the sessions: facts without text (issue 17)."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.bk_reports import ContactFact
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.notes import service_from_row


class BkReportRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def contact_facts(self, start: dt.date, end: dt.date) -> list[ContactFact]:
        """Record notes (progress class, not struck through) dated in the range, with the
        client and, for a group, the other members, their classification and template.
        Drafts count: the session happened."""
        span = (start.isoformat(), end.isoformat())
        members: dict[int, set[int]] = {}
        for sid, member in self._conn.execute(
            "SELECT g.session_id, g.member_client_id FROM group_members g "
            "JOIN sessions s ON s.id = g.session_id WHERE s.date BETWEEN ? AND ?",
            span,
        ):
            members.setdefault(int(sid), set()).add(int(member))
        return [
            ContactFact(
                dt.date.fromisoformat(r[2]),
                frozenset({int(r[1]), *members.get(int(r[0]), set())}),
                r[3],
                service_from_row(r[5], r[6], r[7], r[8]) if r[5] is not None else None,
                str(r[4]),
            )
            for r in self._conn.execute(
                "SELECT s.id, s.client_id, s.date, s.duration_minutes, s.template, "
                "x.component, x.strategy, x.fields, x.use_of_time FROM sessions s "
                "LEFT JOIN session_services x ON x.session_id = s.id "
                "WHERE s.date BETWEEN ? AND ? AND s.note_class = 'progress' "
                "AND s.id NOT IN (SELECT session_id FROM note_strikes) ORDER BY s.date, s.id",
                span,
            )
        ]
