"""What reports without identifiers and the breach screen count: facts without text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.enums import Modality, SessionKind
from counsel_desk.domain.reports import SessionFact
from counsel_desk.vault.connection import Connection


@dataclass(frozen=True)
class VaultInventory:
    """What the vault holds, counted by kind (no names, no content)."""

    clients: int
    active_clients: int
    closed_clients: int
    dates_of_birth: list[dt.date]
    guardians: int
    emergency_contacts: int
    other_people: int
    notes: int
    signed_notes: int
    draft_notes: int
    autosaved_drafts: int
    addenda: int
    consents: int
    attachments: int
    attachment_bytes: int
    plan_versions: int
    measures: int
    follow_ups: int
    audit_entries: int
    first_record: dt.date | None
    last_record: dt.date | None


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


class ReportRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def session_facts(self, start: dt.date, end: dt.date) -> list[SessionFact]:
        """Record notes (progress class, not struck through) dated in the range, with the
        client and, for a group, the other members. Drafts count: the session happened."""
        members: dict[int, set[int]] = {}
        for sid, member in self._conn.execute(
            "SELECT g.session_id, g.member_client_id FROM group_members g "
            "JOIN sessions s ON s.id = g.session_id WHERE s.date BETWEEN ? AND ?",
            (start.isoformat(), end.isoformat()),
        ):
            members.setdefault(int(sid), set()).add(int(member))
        return [
            SessionFact(
                dt.date.fromisoformat(r[2]),
                frozenset({int(r[1]), *members.get(int(r[0]), set())}),
                r[3],
                Modality(r[4]),
                SessionKind(r[5]),
            )
            for r in self._conn.execute(
                "SELECT id, client_id, date, duration_minutes, modality, kind FROM sessions "
                "WHERE date BETWEEN ? AND ? AND note_class = 'progress' "
                "AND id NOT IN (SELECT session_id FROM note_strikes) ORDER BY date, id",
                (start.isoformat(), end.isoformat()),
            )
        ]

    def tags(self) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for client_id, tag in self._conn.execute(
            "SELECT client_id, tag FROM client_tags ORDER BY client_id, position"
        ):
            found.setdefault(int(client_id), []).append(str(tag))
        return found

    def inventory(self) -> VaultInventory:
        conn = self._conn

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0] or 0)

        dates = [
            d
            for row in conn.execute(
                "SELECT min(date), max(date) FROM sessions UNION ALL "
                "SELECT min(opened_on), max(coalesce(closed_on, opened_on)) FROM clients "
                "UNION ALL SELECT min(signed_on), max(signed_on) FROM consents"
            )
            for value in row
            if (d := _day(value)) is not None
        ]
        return VaultInventory(
            clients=one("SELECT count(*) FROM clients"),
            active_clients=one("SELECT count(*) FROM clients WHERE status = 'active'"),
            closed_clients=one("SELECT count(*) FROM clients WHERE status = 'closed'"),
            dates_of_birth=[
                dt.date.fromisoformat(r[0])
                for r in conn.execute(
                    "SELECT date_of_birth FROM clients WHERE date_of_birth IS NOT NULL"
                )
            ],
            guardians=one("SELECT count(*) FROM contacts WHERE role = 'guardian'"),
            emergency_contacts=one("SELECT count(*) FROM contacts WHERE role = 'emergency'"),
            other_people=one("SELECT count(*) FROM other_people"),
            notes=one("SELECT count(*) FROM sessions"),
            signed_notes=one("SELECT count(*) FROM sessions WHERE signed_at IS NOT NULL"),
            draft_notes=one("SELECT count(*) FROM sessions WHERE signed_at IS NULL"),
            autosaved_drafts=one("SELECT count(*) FROM note_autosaves"),
            addenda=one("SELECT count(*) FROM addenda"),
            consents=one("SELECT count(*) FROM consents"),
            attachments=one("SELECT count(*) FROM consent_attachments"),
            attachment_bytes=one("SELECT coalesce(sum(length(data)), 0) FROM consent_attachments"),
            plan_versions=one("SELECT count(*) FROM support_plans"),
            measures=one("SELECT count(*) FROM session_measures")
            + one("SELECT count(*) FROM objective_ratings"),
            follow_ups=one("SELECT count(*) FROM follow_ups"),
            audit_entries=one("SELECT count(*) FROM audit_log"),
            first_record=min(dates) if dates else None,
            last_record=max(dates) if dates else None,
        )
