"""Clients with their contacts, other people, tags, sessions and consents."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Addendum, Client, Consent, Contact, SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.vault.connection import Connection

_CLIENT_COLUMNS = (
    "case_code",
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "gender",
    "school",
    "grade",
    "student_number",
    "national_id",
    "phone",
    "email",
    "address",
    "referral_source",
    "presenting_concern",
    "risk_level",
    "status",
    "opened_on",
    "closed_on",
)
_DATE_COLUMNS = {"date_of_birth", "opened_on", "closed_on"}
_CASE_CODE = re.compile(r"^C-(\d+)$")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


def _iso(value: dt.date | dt.datetime | dt.time | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class ClientRow:
    """A caseload line: what the list shows, without loading notes."""

    id: int
    case_code: str
    given_name: str
    family_name: str | None
    preferred_name: str | None
    grade: str | None
    school: str | None
    status: ClientStatus
    risk_level: RiskLevel
    date_of_birth: dt.date | None
    last_session: dt.date | None
    opened_on: dt.date | None
    closed_on: dt.date | None


@dataclass(frozen=True)
class DraftRow:
    session_id: int
    client_id: int
    date: dt.date


class ClientRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- reading -------------------------------------------------------------------

    def rows(self) -> list[ClientRow]:
        sql = """
            SELECT c.id, c.case_code, c.given_name, c.family_name, c.preferred_name, c.grade,
                   c.school, c.status, c.risk_level, c.date_of_birth,
                   (SELECT max(s.date) FROM sessions s WHERE s.client_id = c.id),
                   c.opened_on, c.closed_on
            FROM clients c ORDER BY c.id
        """
        return [
            ClientRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                ClientStatus(r[7]),
                RiskLevel(r[8]),
                _date(r[9]),
                _date(r[10]),
                _date(r[11]),
                _date(r[12]),
            )
            for r in self._conn.execute(sql)
        ]

    def drafts(self) -> list[DraftRow]:
        return [
            DraftRow(r[0], r[1], dt.date.fromisoformat(r[2]))
            for r in self._conn.execute(
                "SELECT id, client_id, date FROM sessions WHERE signed_at IS NULL ORDER BY date, id"
            )
        ]

    def clients_with_active_guardian_consent(self, day: dt.date) -> set[int]:
        iso = day.isoformat()
        return {
            int(r[0])
            for r in self._conn.execute(
                "SELECT DISTINCT client_id FROM consents WHERE kind = 'guardian_consent' "
                "AND signed_on <= ? AND (status = 'active' OR "
                "(status = 'revoked' AND revoked_on IS NOT NULL AND revoked_on > ?))",
                (iso, iso),
            )
        }

    def case_code_for(self, client_id: int) -> str | None:
        row = self._conn.execute(
            "SELECT case_code FROM clients WHERE id = ?", (client_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def id_for_case_code(self, case_code: str) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM clients WHERE case_code = ?", (case_code,)
        ).fetchone()
        return int(row[0]) if row else None

    def case_codes(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT case_code FROM clients")}

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM clients").fetchone()[0])

    def next_case_code(self, taken: Iterable[str] = ()) -> str:
        highest = 0
        for code in [*self.case_codes(), *taken]:
            match = _CASE_CODE.match(code)
            if match:
                highest = max(highest, int(match.group(1)))
        return f"C-{highest + 1:04d}"

    def get(self, client_id: int) -> Client | None:
        found = self._load(client_id)
        return found[0] if found else None

    def all(self) -> list[Client]:
        return self._load(None)

    def identifying_words(self) -> set[str]:
        """Names, nicknames, schools and contacts' names: words a passphrase must avoid."""
        words: set[str] = set()
        for row in self._conn.execute(
            "SELECT given_name, family_name, preferred_name, school FROM clients"
        ):
            words.update(v for v in row if v)
        for (name,) in self._conn.execute("SELECT name FROM contacts"):
            words.add(name)
        for (name,) in self._conn.execute("SELECT name FROM other_people"):
            words.add(name)
        return words

    def _load(self, client_id: int | None) -> list[Client]:
        conn = self._conn
        where = "" if client_id is None else " WHERE client_id = ?"
        args: tuple[Any, ...] = () if client_id is None else (client_id,)
        cols = ", ".join(_CLIENT_COLUMNS)
        clients: dict[int, Client] = {}
        client_sql = f"SELECT id, {cols} FROM clients"
        client_sql += "" if client_id is None else " WHERE id = ?"
        for row in conn.execute(client_sql + " ORDER BY id", args):
            values = dict(zip(_CLIENT_COLUMNS, row[1:], strict=True))
            for key in _DATE_COLUMNS:
                values[key] = _date(values[key])
            values["risk_level"] = RiskLevel(values["risk_level"])
            values["status"] = ClientStatus(values["status"])
            clients[row[0]] = Client(id=row[0], **values)
        if not clients:
            return []
        for cid, role, name, relationship, phone, email in conn.execute(
            "SELECT client_id, role, name, relationship, phone, email FROM contacts"
            f"{where} ORDER BY client_id, role, position",
            args,
        ):
            contact = Contact(name, relationship, phone, email)
            target = (
                clients[cid].guardians if role == "guardian" else clients[cid].emergency_contacts
            )
            target.append(contact)
        for cid, name in conn.execute(
            f"SELECT client_id, name FROM other_people{where} ORDER BY client_id, position", args
        ):
            clients[cid].other_people.append(name)
        for cid, tag in conn.execute(
            f"SELECT client_id, tag FROM client_tags{where} ORDER BY client_id, position", args
        ):
            clients[cid].tags.append(tag)
        for consent_row in conn.execute(
            "SELECT client_id, id, kind, template_version, signed_by, signer_relationship, "
            f"signed_on, status, revoked_on, notes FROM consents{where} ORDER BY client_id, id",
            args,
        ):
            cid = consent_row[0]
            clients[cid].consents.append(
                Consent(
                    id=consent_row[1],
                    kind=ConsentKind(consent_row[2]),
                    template_version=consent_row[3],
                    signed_by=consent_row[4],
                    signer_relationship=SignerRelationship(consent_row[5]),
                    signed_on=dt.date.fromisoformat(consent_row[6]),
                    status=ConsentStatus(consent_row[7]),
                    revoked_on=_date(consent_row[8]),
                    notes=consent_row[9],
                )
            )
        for note in SessionRepository(conn).load(client_id):
            clients[note[0]].sessions.append(note[1])
        return list(clients.values())

    # --- writing -------------------------------------------------------------------

    def insert(self, client: Client) -> int:
        """Insert the profile (not sessions or consents); ``client.case_code`` must be set."""
        if client.case_code is None:
            raise ValueError("case_code must be assigned before insert")
        now = _now()
        values = [self._column_value(client, c) for c in _CLIENT_COLUMNS]
        cols = ", ".join(_CLIENT_COLUMNS)
        marks = ", ".join("?" for _ in range(len(_CLIENT_COLUMNS) + 2))
        cursor = self._conn.execute(
            f"INSERT INTO clients ({cols}, created_at, updated_at) VALUES ({marks})",
            (*values, now, now),
        )
        client_id = int(cursor.lastrowid or 0)
        self._write_lists(client_id, client)
        return client_id

    def update_profile(self, client: Client) -> None:
        if client.id is None:
            raise ValueError("client has no id")
        assignments = ", ".join(f"{c} = ?" for c in _CLIENT_COLUMNS)
        values = [self._column_value(client, c) for c in _CLIENT_COLUMNS]
        self._conn.execute(
            f"UPDATE clients SET {assignments}, updated_at = ? WHERE id = ?",
            (*values, _now(), client.id),
        )
        for table in ("contacts", "other_people", "client_tags"):
            self._conn.execute(f"DELETE FROM {table} WHERE client_id = ?", (client.id,))
        self._write_lists(client.id, client)

    def close_case(self, client_id: int, closed_on: dt.date) -> None:
        self._conn.execute(
            "UPDATE clients SET status = 'closed', closed_on = ?, updated_at = ? WHERE id = ?",
            (closed_on.isoformat(), _now(), client_id),
        )

    def insert_consent(self, client_id: int, consent: Consent) -> int:
        cursor = self._conn.execute(
            "INSERT INTO consents (client_id, kind, template_version, signed_by, "
            "signer_relationship, signed_on, status, revoked_on, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                consent.kind.value,
                consent.template_version,
                consent.signed_by,
                consent.signer_relationship.value,
                consent.signed_on.isoformat(),
                consent.status.value,
                _iso(consent.revoked_on),
                consent.notes,
            ),
        )
        return int(cursor.lastrowid or 0)

    @staticmethod
    def _column_value(client: Client, column: str) -> Any:
        value = getattr(client, column)
        if column in _DATE_COLUMNS:
            return _iso(value)
        if isinstance(value, RiskLevel | ClientStatus):
            return value.value
        return value

    def _write_lists(self, client_id: int, client: Client) -> None:
        contacts: list[tuple[Any, ...]] = []
        for role, people in (
            ("guardian", client.guardians),
            ("emergency", client.emergency_contacts),
        ):
            contacts += [
                (client_id, role, i, c.name, c.relationship, c.phone, c.email)
                for i, c in enumerate(people)
            ]
        self._conn.executemany(
            "INSERT INTO contacts (client_id, role, position, name, relationship, phone, email)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            contacts,
        )
        self._conn.executemany(
            "INSERT INTO other_people (client_id, position, name) VALUES (?, ?, ?)",
            [(client_id, i, n) for i, n in enumerate(client.other_people)],
        )
        self._conn.executemany(
            "INSERT INTO client_tags (client_id, position, tag) VALUES (?, ?, ?)",
            [(client_id, i, t) for i, t in enumerate(client.tags)],
        )


class SessionRepository:
    """Session notes with their fields, group members, addenda and search index."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def load(self, client_id: int | None) -> list[tuple[int, SessionNote]]:
        """(client id, note) pairs in order, for one client or for all."""
        conn = self._conn
        where = "" if client_id is None else " WHERE s.client_id = ?"
        args: tuple[Any, ...] = () if client_id is None else (client_id,)
        notes: dict[int, tuple[int, SessionNote]] = {}
        for r in conn.execute(
            "SELECT s.id, s.client_id, s.date, s.start_time, s.duration_minutes, s.modality, "
            "s.kind, s.template, s.risk_notes, s.signed_at FROM sessions s"
            f"{where} ORDER BY s.client_id, s.id",
            args,
        ):
            notes[r[0]] = (
                r[1],
                SessionNote(
                    id=r[0],
                    date=dt.date.fromisoformat(r[2]),
                    start_time=dt.time.fromisoformat(r[3]) if r[3] is not None else None,
                    duration_minutes=r[4],
                    modality=Modality(r[5]),
                    kind=SessionKind(r[6]),
                    template=TemplateId(r[7]),
                    risk_notes=r[8],
                    signed_at=dt.datetime.fromisoformat(r[9]) if r[9] is not None else None,
                ),
            )
        if not notes:
            return []
        join = " JOIN sessions s ON s.id = x.session_id" + where
        for sid, key, value in conn.execute(
            f"SELECT x.session_id, x.key, x.value FROM session_fields x{join}", args
        ):
            notes[sid][1].fields[key] = value
        for sid, code in conn.execute(
            "SELECT x.session_id, c.case_code FROM group_members x "
            f"JOIN clients c ON c.id = x.member_client_id{join} ORDER BY x.session_id, x.position",
            args,
        ):
            notes[sid][1].group_members.append(code)
        for sid, aid, written_at, text in conn.execute(
            f"SELECT x.session_id, x.id, x.written_at, x.text FROM addenda x{join} "
            "ORDER BY x.session_id, x.id",
            args,
        ):
            notes[sid][1].addenda.append(
                Addendum(id=aid, written_at=dt.datetime.fromisoformat(written_at), text=text)
            )
        return list(notes.values())

    def insert(self, client_id: int, note: SessionNote, member_ids: Sequence[int]) -> int:
        """Insert a note; a signed one is written as a draft, then signed, so the lock
        triggers see the same order of events as in the app."""
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO sessions (client_id, date, start_time, duration_minutes, modality, "
            "kind, template, risk_notes, signed_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            (
                client_id,
                note.date.isoformat(),
                _iso(note.start_time),
                note.duration_minutes,
                note.modality.value,
                note.kind.value,
                note.template.value,
                note.risk_notes,
                now,
                now,
            ),
        )
        session_id = int(cursor.lastrowid or 0)
        self._conn.executemany(
            "INSERT INTO session_fields (session_id, key, value) VALUES (?, ?, ?)",
            [(session_id, k, v) for k, v in note.field_values().items()],
        )
        self._conn.executemany(
            "INSERT INTO group_members (session_id, position, member_client_id) VALUES (?, ?, ?)",
            [(session_id, i, m) for i, m in enumerate(member_ids)],
        )
        if note.signed_at is not None:
            self._conn.execute(
                "UPDATE sessions SET signed_at = ? WHERE id = ?",
                (_iso(note.signed_at), session_id),
            )
            self._conn.executemany(
                "INSERT INTO addenda (session_id, written_at, text) VALUES (?, ?, ?)",
                [(session_id, _iso(a.written_at), a.text) for a in note.addenda],
            )
        self.index(session_id, note)
        return session_id

    def get(self, session_id: int) -> tuple[int, SessionNote] | None:
        """(client id, note) for one session."""
        row = self._conn.execute(
            "SELECT client_id FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            return None
        for client_id, note in self.load(int(row[0])):
            if note.id == session_id:
                return client_id, note
        return None

    def update_draft(self, note: SessionNote, member_ids: Sequence[int]) -> None:
        """Rewrite a draft. The database refuses (by trigger) if the note is signed."""
        assert note.id is not None
        self._conn.execute(
            "UPDATE sessions SET date = ?, start_time = ?, duration_minutes = ?, "
            "modality = ?, kind = ?, template = ?, risk_notes = ?, updated_at = ? "
            "WHERE id = ?",
            (
                note.date.isoformat(),
                _iso(note.start_time),
                note.duration_minutes,
                note.modality.value,
                note.kind.value,
                note.template.value,
                note.risk_notes,
                _now(),
                note.id,
            ),
        )
        self._conn.execute("DELETE FROM session_fields WHERE session_id = ?", (note.id,))
        self._conn.executemany(
            "INSERT INTO session_fields (session_id, key, value) VALUES (?, ?, ?)",
            [(note.id, k, v) for k, v in note.field_values().items()],
        )
        self._conn.execute("DELETE FROM group_members WHERE session_id = ?", (note.id,))
        self._conn.executemany(
            "INSERT INTO group_members (session_id, position, member_client_id) VALUES (?, ?, ?)",
            [(note.id, i, m) for i, m in enumerate(member_ids)],
        )
        self.index(note.id, note)

    def sign(self, session_id: int, signed_at: dt.datetime) -> None:
        self._conn.execute(
            "UPDATE sessions SET signed_at = ?, updated_at = ? WHERE id = ?",
            (_iso(signed_at), _now(), session_id),
        )

    def add_addendum(self, session_id: int, addendum: Addendum) -> int:
        cursor = self._conn.execute(
            "INSERT INTO addenda (session_id, written_at, text) VALUES (?, ?, ?)",
            (session_id, _iso(addendum.written_at), addendum.text),
        )
        found = self.get(session_id)
        if found is not None:
            self.index(session_id, found[1])
        return int(cursor.lastrowid or 0)

    def index(self, session_id: int, note: SessionNote) -> None:
        self._conn.execute("DELETE FROM note_search WHERE rowid = ?", (session_id,))
        self._conn.execute(
            "INSERT INTO note_search (rowid, body) VALUES (?, ?)", (session_id, note.text())
        )

    def search(self, query: str, limit: int = 200) -> list[int]:
        """Session ids whose text matches an FTS5 ``query``, best first."""
        return [
            int(r[0])
            for r in self._conn.execute(
                "SELECT rowid FROM note_search WHERE note_search MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
        ]
