"""Clients with their contacts, other people, tags, sessions and consents."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from counsel_desk.domain.enums import (
    ClientStatus,
    RiskLevel,
)
from counsel_desk.domain.invisible import normal_case_code
from counsel_desk.domain.model import Client, Consent, Contact
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.consents import ConsentRepository
from counsel_desk.vault.repositories.notes import SessionRepository

__all__ = ["ClientRepository", "ClientRow", "DraftRow", "SessionRepository"]

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
    "graduated_on",
)
_DATE_COLUMNS = {"date_of_birth", "opened_on", "closed_on", "graduated_on"}
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


# A client's parts (identity.PARTS), each table's columns in the order they are written.
_LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "contacts": ("client_id", "role", "position", "name", "relationship", "phone", "email"),
    "other_people": ("client_id", "position", "name"),
    "client_tags": ("client_id", "position", "tag"),
}


class ClientRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- reading -------------------------------------------------------------------

    def rows(self, ids: Iterable[int] | None = None) -> list[ClientRow]:
        """Every client's caseload line, or only those of ``ids`` (search results need a
        few dozen lines, not the whole caseload)."""
        wanted = None if ids is None else sorted({int(i) for i in ids})
        where = "" if wanted is None else f" WHERE c.id IN ({', '.join('?' * len(wanted))})"
        if wanted == []:
            return []
        sql = f"""
            SELECT c.id, c.case_code, c.given_name, c.family_name, c.preferred_name, c.grade,
                   c.school, c.status, c.risk_level, c.date_of_birth,
                   (SELECT max(s.date) FROM sessions s WHERE s.client_id = c.id),
                   c.opened_on, c.closed_on
            FROM clients c{where} ORDER BY c.id
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
            for r in self._conn.execute(sql, wanted or ())
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
        """The client whose case code is ``case_code``, compared in NFC: "José-1" typed
        with a decomposed é finds the client, also one whose code was saved decomposed
        before codes were kept in NFC (issue 15, item 14)."""
        wanted = normal_case_code(case_code)
        row = self._conn.execute("SELECT id FROM clients WHERE case_code = ?", (wanted,)).fetchone()
        if row:
            return int(row[0])
        for client_id, code in self._conn.execute("SELECT id, case_code FROM clients"):
            if normal_case_code(code) == wanted:
                return int(client_id)
        return None

    def case_codes(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT case_code FROM clients")}

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM clients").fetchone()[0])

    def next_case_code(self, taken: Iterable[str] = ()) -> str:
        return next(self.free_case_codes(taken))

    def free_case_codes(self, taken: Iterable[str] = ()) -> Iterator[str]:
        """New case codes, each above every code in the vault and in ``taken``: the
        vault's codes are read once, so giving codes to n clients is linear in n (an
        import of 20,000 clients without codes no longer reads them 20,000 times)."""
        highest = 0
        for code in [*self.case_codes(), *taken]:
            match = _CASE_CODE.match(code)
            if match:
                highest = max(highest, int(match.group(1)))
        return (f"C-{n:04d}" for n in itertools.count(highest + 1))

    def get(self, client_id: int) -> Client | None:
        found = self._load(client_id)
        return found[0] if found else None

    def all(self) -> list[Client]:
        return self._load(None)

    def all_profiles(self) -> list[Client]:
        """Every client with contacts, other people, tags and consents, but no notes:
        what the redaction identifier set is built from, without loading the notes."""
        return self._load(None, with_sessions=False)

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

    def _load(self, client_id: int | None, *, with_sessions: bool = True) -> list[Client]:
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
        for cid, consent in ConsentRepository(conn).load(client_id):
            clients[cid].consents.append(consent)
        if with_sessions:
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
            f"INSERT INTO clients (uid, stamp, {cols}, created_at, updated_at) VALUES (cd_uid(), cd_stamp(), {marks})",
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
        # Rewritten only when changed: an unchanged save moves no stamp (identity.py).
        if self._stored_lists(client.id) != self._list_rows(client.id, client):
            for table in _LIST_COLUMNS:
                self._conn.execute(f"DELETE FROM {table} WHERE client_id = ?", (client.id,))
            self._write_lists(client.id, client)

    def close_case(self, client_id: int, closed_on: dt.date) -> None:
        self._conn.execute(
            "UPDATE clients SET status = 'closed', closed_on = ?, updated_at = ? WHERE id = ?",
            (closed_on.isoformat(), _now(), client_id),
        )

    def move_class(self, client_id: int, grade: str) -> None:
        self._conn.execute(
            "UPDATE clients SET grade = ?, updated_at = ? WHERE id = ?",
            (grade, _now(), client_id),
        )

    def graduate(self, client_id: int, graduated_on: dt.date, closed_on: dt.date) -> None:
        """Mark the student graduated and close her case."""
        self._conn.execute(
            "UPDATE clients SET graduated_on = ?, status = 'closed', closed_on = ?,"
            " updated_at = ? WHERE id = ?",
            (graduated_on.isoformat(), closed_on.isoformat(), _now(), client_id),
        )

    def active_students(self) -> list[tuple[int, str, str | None, dt.date | None, str | None]]:
        """Each active client's id, case code, class, opening day and school, by case
        code."""
        return [
            (int(r[0]), str(r[1]), r[2], _date(r[3]), r[4])
            for r in self._conn.execute(
                "SELECT id, case_code, grade, opened_on, school FROM clients"
                " WHERE status = 'active' ORDER BY case_code"
            )
        ]

    def insert_consent(self, client_id: int, consent: Consent) -> int:
        return ConsentRepository(self._conn).insert(client_id, consent)

    @staticmethod
    def _column_value(client: Client, column: str) -> Any:
        value = getattr(client, column)
        if column in _DATE_COLUMNS:
            return _iso(value)
        if isinstance(value, RiskLevel | ClientStatus):
            return value.value
        return value

    @staticmethod
    def _list_rows(client_id: int, client: Client) -> dict[str, list[tuple[Any, ...]]]:
        """The rows of the client's parts, by table, as ``_stored_lists`` reads them."""
        contacts: list[tuple[Any, ...]] = []
        for role, people in (
            ("guardian", client.guardians),
            ("emergency", client.emergency_contacts),
        ):
            contacts += [
                (client_id, role, i, c.name, c.relationship, c.phone, c.email)
                for i, c in enumerate(people)
            ]
        return {
            "contacts": contacts,
            "other_people": [(client_id, i, n) for i, n in enumerate(client.other_people)],
            "client_tags": [(client_id, i, t) for i, t in enumerate(client.tags)],
        }

    def _stored_lists(self, client_id: int) -> dict[str, list[tuple[Any, ...]]]:
        return {
            table: [
                tuple(r)
                for r in self._conn.execute(
                    f"SELECT {', '.join(_LIST_COLUMNS[table])} FROM {table} WHERE client_id = ? "
                    f"ORDER BY {'role DESC, ' if table == 'contacts' else ''}position",
                    (client_id,),
                )
            ]
            for table in _LIST_COLUMNS
        }

    def _write_lists(self, client_id: int, client: Client) -> None:
        for table, rows in self._list_rows(client_id, client).items():
            columns = _LIST_COLUMNS[table]
            self._conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                rows,
            )
