"""Session notes: fields, group members, addenda, strikes, duty actions, autosaved
drafts and the full-text indexes (notes and profiles)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from counsel_desk.domain.enums import (
    DutyStep,
    IdentityCheck,
    Modality,
    NoteClass,
    RiskLevel,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    UseOfTime,
)
from counsel_desk.domain.model import Addendum, DutyAction, RiskAssessment, SessionNote
from counsel_desk.domain.notes import content_hash
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import TemplateId
from counsel_desk.vault.connection import Connection

# A note's classification is one per note: its id follows from the note's (identity.py),
# so that it stays the same when cleared and set again, and on every copy of the vault.
_SERVICE_UID = "cd_uid_of((SELECT uid FROM sessions WHERE id = ?1), 'session_services')"


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


def _ts(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value is not None else None


def service_row(service: ServiceClass) -> tuple[str, str, str, str | None]:
    """(component, strategy, fields, use_of_time) as the vault stores a classification:
    the bidang comma-separated in her order, ``NULL`` for a derived ASCA category."""
    return (
        ServiceComponent(service.component).value,
        ServiceStrategy(service.strategy).value,
        ",".join(ServiceField(a).value for a in service.fields),
        UseOfTime(service.use_of_time).value if service.use_of_time is not None else None,
    )


def service_from_row(
    component: str, strategy: str, areas: str, use_of_time: str | None
) -> ServiceClass:
    return ServiceClass(
        ServiceComponent(component),
        ServiceStrategy(strategy),
        tuple(ServiceField(a) for a in areas.split(",") if a),
        UseOfTime(use_of_time) if use_of_time is not None else None,
    )


_SESSION_COLUMNS = (
    "s.id, s.client_id, s.date, s.start_time, s.duration_minutes, s.modality, s.kind, "
    "s.template, s.risk_notes, s.signed_at, s.note_class, s.platform, s.identity_check, "
    "s.risk_self_harm, s.risk_harm_others, s.risk_abuse, s.risk_level, s.risk_actions, "
    "s.content_hash, s.follow_up_on"
)


def _risk_columns(note: SessionNote) -> tuple[Any, ...]:
    risk = note.risk
    if risk is None:
        return (None, None, None, None, None)
    return (
        int(risk.self_harm),
        int(risk.harm_to_others),
        int(risk.abuse_disclosed),
        RiskLevel(risk.level).value if risk.level is not None else None,
        risk.actions_taken,
    )


@dataclass(frozen=True)
class AutosaveRow:
    id: int
    client_id: int
    session_id: int | None
    payload: str
    saved_at: dt.datetime


@dataclass(frozen=True)
class SearchRow:
    kind: str  # "note" or "profile"
    rowid: int
    snippet: str


class SessionRepository:
    """Session notes with their fields, group members, addenda and search index."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- reading -------------------------------------------------------------------

    def load(
        self, client_id: int | None, *, session_ids: Sequence[int] | None = None
    ) -> list[tuple[int, SessionNote]]:
        """(client id, note) pairs in order, for one client, for all, or for given ids."""
        conn = self._conn
        if session_ids is not None:
            if not session_ids:
                return []
            marks = ", ".join("?" for _ in session_ids)
            where = f" WHERE s.id IN ({marks})"
            args: tuple[Any, ...] = tuple(session_ids)
        elif client_id is None:
            where, args = "", ()
        else:
            where, args = " WHERE s.client_id = ?", (client_id,)
        notes: dict[int, tuple[int, SessionNote]] = {}
        for r in conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions s{where} ORDER BY s.client_id, s.id", args
        ):
            risk = None
            if r[13] is not None:  # a risk section (its level may be "Not assessed": NULL)
                risk = RiskAssessment(
                    self_harm=bool(r[13]),
                    harm_to_others=bool(r[14]),
                    abuse_disclosed=bool(r[15]),
                    level=RiskLevel(r[16]) if r[16] is not None else None,
                    actions_taken=r[17] or "",
                )
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
                    signed_at=_ts(r[9]),
                    note_class=NoteClass(r[10]),
                    platform=r[11],
                    identity_check=IdentityCheck(r[12]) if r[12] is not None else None,
                    risk=risk,
                    content_hash=r[18],
                    follow_up_on=dt.date.fromisoformat(r[19]) if r[19] else None,
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
        for sid, aid, written_at, text, reason in conn.execute(
            f"SELECT x.session_id, x.id, x.written_at, x.text, x.reason FROM addenda x{join} "
            "ORDER BY x.session_id, x.id",
            args,
        ):
            notes[sid][1].addenda.append(
                Addendum(
                    id=aid,
                    written_at=dt.datetime.fromisoformat(written_at),
                    text=text,
                    reason=reason,
                )
            )
        for sid, struck_at, reason in conn.execute(
            f"SELECT x.session_id, x.struck_at, x.reason FROM note_strikes x{join}", args
        ):
            notes[sid][1].struck_at = dt.datetime.fromisoformat(struck_at)
            notes[sid][1].strike_reason = reason
        for sid, did, step, done_at, note in conn.execute(
            f"SELECT x.session_id, x.id, x.step, x.done_at, x.note FROM duty_actions x{join} "
            "ORDER BY x.session_id, x.done_at, x.id",
            args,
        ):
            notes[sid][1].duty_actions.append(
                DutyAction(DutyStep(step), dt.datetime.fromisoformat(done_at), note, did)
            )
        for sid, component, strategy, areas, use_of_time in conn.execute(
            "SELECT x.session_id, x.component, x.strategy, x.fields, x.use_of_time "
            f"FROM session_services x{join}",
            args,
        ):
            notes[sid][1].service = service_from_row(component, strategy, areas, use_of_time)
        return list(notes.values())

    def get(self, session_id: int) -> tuple[int, SessionNote] | None:
        """(client id, note) for one session."""
        found = self.load(None, session_ids=[session_id])
        return found[0] if found else None

    def group_sessions_of_member(self, client_id: int) -> list[tuple[int, SessionNote]]:
        """Group notes kept in another client's record that list ``client_id``."""
        ids = [
            int(r[0])
            for r in self._conn.execute(
                "SELECT session_id FROM group_members WHERE member_client_id = ?", (client_id,)
            )
        ]
        return self.load(None, session_ids=ids)

    def case_codes_of(self, client_ids: Sequence[int]) -> dict[int, str]:
        if not client_ids:
            return {}
        marks = ", ".join("?" for _ in client_ids)
        return {
            int(r[0]): str(r[1])
            for r in self._conn.execute(
                f"SELECT id, case_code FROM clients WHERE id IN ({marks})", tuple(client_ids)
            )
        }

    # --- writing -------------------------------------------------------------------

    def insert(
        self,
        client_id: int,
        note: SessionNote,
        member_ids: Sequence[int],
        while_draft: Callable[[int], None] | None = None,
        services: list[tuple[object, ...]] | None = None,
    ) -> int:
        """Insert a note; a signed one is written as a draft, then signed, so the lock
        triggers see the same order of events as in the app. ``while_draft`` (given the
        new row's id) runs before signing: what belongs to the note, such as its ratings
        and measures, is written then."""
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO sessions (uid, stamp, client_id, date, start_time, duration_minutes, modality, "
            "kind, template, risk_notes, signed_at, created_at, updated_at, note_class, "
            "platform, identity_check, risk_self_harm, risk_harm_others, risk_abuse, "
            "risk_level, risk_actions, follow_up_on) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                NoteClass(note.note_class).value,
                note.platform,
                note.identity_check.value if note.identity_check else None,
                *_risk_columns(note),
                _iso(note.follow_up_on),
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
        self._insert_duty_actions(session_id, note.duty_actions)
        if note.service is not None:  # a new row: nothing stored to compare with
            row = (session_id, *service_row(note.service), now)
            if services is not None:
                services.append(row)  # the caller inserts them all at once (an import)
            else:
                self.insert_services([row])
        if while_draft is not None:
            while_draft(session_id)
        if note.signed_at is not None:
            self.sign(session_id, note.signed_at, note.content_hash or content_hash(note))
            self._conn.executemany(
                "INSERT INTO addenda (uid, stamp, session_id, written_at, text, reason) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?)",
                [(session_id, _iso(a.written_at), a.text, a.reason) for a in note.addenda],
            )
            if note.struck_at is not None and note.strike_reason:
                self.strike(session_id, note.struck_at, note.strike_reason)
        self.index(session_id, note)
        return session_id

    def _insert_duty_actions(self, session_id: int, actions: Sequence[DutyAction]) -> None:
        self._conn.executemany(
            "INSERT INTO duty_actions (uid, stamp, session_id, step, done_at, note) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?)",
            [(session_id, a.step.value, _iso(a.done_at), a.note) for a in actions],
        )

    def _rewrite_part(
        self, table: str, columns: tuple[str, ...], session_id: int, rows: list[tuple[Any, ...]]
    ) -> None:
        """A draft's part (its fields, its group's members) written again only when it
        changed: an unchanged save moves no stamp (identity.py). ``rows`` in the order of
        ``columns[1]``, the first column the session's id."""
        stored = self._conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE session_id = ? ORDER BY {columns[1]}",
            (session_id,),
        ).fetchall()
        if [tuple(r) for r in stored] == rows:
            return
        self._conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (session_id,))
        self._conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            rows,
        )

    def update_draft(self, note: SessionNote, member_ids: Sequence[int]) -> None:
        """Rewrite a draft. The database refuses (by trigger) if the note is signed."""
        assert note.id is not None
        self._conn.execute(
            "UPDATE sessions SET date = ?, start_time = ?, duration_minutes = ?, "
            "modality = ?, kind = ?, template = ?, risk_notes = ?, updated_at = ?, "
            "note_class = ?, platform = ?, identity_check = ?, risk_self_harm = ?, "
            "risk_harm_others = ?, risk_abuse = ?, risk_level = ?, risk_actions = ?, "
            "follow_up_on = ? WHERE id = ?",
            (
                note.date.isoformat(),
                _iso(note.start_time),
                note.duration_minutes,
                note.modality.value,
                note.kind.value,
                note.template.value,
                note.risk_notes,
                _now(),
                NoteClass(note.note_class).value,
                note.platform,
                note.identity_check.value if note.identity_check else None,
                *_risk_columns(note),
                _iso(note.follow_up_on),
                note.id,
            ),
        )
        fields = sorted((note.id, k, v) for k, v in note.field_values().items())
        self._rewrite_part("session_fields", ("session_id", "key", "value"), note.id, fields)
        members = [(note.id, i, m) for i, m in enumerate(member_ids)]
        columns = ("session_id", "position", "member_client_id")
        self._rewrite_part("group_members", columns, note.id, members)
        self.set_service(note.id, note.service)
        self.index(note.id, note)

    def delete_draft(self, session_id: int) -> bool:
        """Discard a draft. A signed note is never deleted (only struck through)."""
        cursor = self._conn.execute(
            "DELETE FROM sessions WHERE id = ? AND signed_at IS NULL", (session_id,)
        )
        if cursor.rowcount:
            self._conn.execute("DELETE FROM note_search WHERE rowid = ?", (session_id,))
        return bool(cursor.rowcount)

    def sign(self, session_id: int, signed_at: dt.datetime, content_hash: str | None) -> None:
        self._conn.execute(
            "UPDATE sessions SET signed_at = ?, content_hash = ?, updated_at = ?, "
            # Its stamp in the same statement: once signed, the row takes no other update.
            "stamp = cd_stamp() WHERE id = ?",
            (_iso(signed_at), content_hash, _now(), session_id),
        )

    def add_addendum(self, session_id: int, addendum: Addendum) -> int:
        cursor = self._conn.execute(
            "INSERT INTO addenda (uid, stamp, session_id, written_at, text, reason) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?)",
            (session_id, _iso(addendum.written_at), addendum.text, addendum.reason),
        )
        found = self.get(session_id)
        if found is not None:
            self.index(session_id, found[1])
        return int(cursor.lastrowid or 0)

    def strike(self, session_id: int, struck_at: dt.datetime, reason: str) -> None:
        self._conn.execute(
            # One strike per note: its id follows from the note's (identity.py).
            "INSERT INTO note_strikes (uid, stamp, session_id, struck_at, reason) VALUES "
            "(cd_uid_of((SELECT uid FROM sessions WHERE id = ?1), 'note_strikes'), "
            "cd_stamp(), ?1, ?2, ?3)",
            (session_id, _iso(struck_at), reason),
        )

    def add_duty_action(self, session_id: int, action: DutyAction) -> int:
        cursor = self._conn.execute(
            "INSERT INTO duty_actions (uid, stamp, session_id, step, done_at, note) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?)",
            (session_id, action.step.value, _iso(action.done_at), action.note),
        )
        return int(cursor.lastrowid or 0)

    def insert_services(self, rows: Sequence[tuple[object, ...]]) -> None:
        """(session id, component, strategy, fields, use of time, changed at) of new
        sessions, in one statement run for each."""
        self._conn.executemany(
            "INSERT INTO session_services (uid, stamp, session_id, component, strategy, fields, "
            f"use_of_time, changed_at) VALUES ({_SERVICE_UID}, cd_stamp(), ?1, ?2, ?3, ?4, ?5, ?6)",
            rows,
        )

    def set_service(self, session_id: int, service: ServiceClass | None) -> bool:
        """Classify a session (``None``: not classified); signed or not. Whether the
        stored classification changed."""
        found = self._conn.execute(
            "SELECT component, strategy, fields, use_of_time FROM session_services "
            "WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if service is None:
            if found is None:
                return False
            self._conn.execute("DELETE FROM session_services WHERE session_id = ?", (session_id,))
            return True
        row = service_row(service)
        if found is not None and tuple(found) == row:
            return False
        self._conn.execute(
            "INSERT INTO session_services (uid, stamp, session_id, component, strategy, fields, "
            f"use_of_time, changed_at) VALUES ({_SERVICE_UID}, cd_stamp(), ?1, ?2, ?3, ?4, ?5, ?6) "
            "ON CONFLICT (session_id) DO UPDATE SET component = excluded.component, "
            "strategy = excluded.strategy, fields = excluded.fields, "
            "use_of_time = excluded.use_of_time, changed_at = excluded.changed_at",
            (session_id, *row, _now()),
        )
        return True

    def set_client_risk_level(self, client_id: int, level: RiskLevel) -> None:
        self._conn.execute(
            "UPDATE clients SET risk_level = ?, updated_at = ? WHERE id = ? AND risk_level != ?",
            (level.value, _now(), client_id, level.value),
        )

    # --- autosave ------------------------------------------------------------------

    def upsert_autosave(
        self,
        autosave_id: int | None,
        client_id: int,
        session_id: int | None,
        payload: str,
        saved_at: dt.datetime,
    ) -> int:
        if autosave_id is not None:
            cursor = self._conn.execute(
                "UPDATE note_autosaves SET payload = ?, saved_at = ?, session_id = ? WHERE id = ?",
                (payload, _iso(saved_at), session_id, autosave_id),
            )
            if cursor.rowcount:
                return autosave_id
        cursor = self._conn.execute(
            "INSERT INTO note_autosaves (client_id, session_id, payload, saved_at) "
            "VALUES (?, ?, ?, ?)",
            (client_id, session_id, payload, _iso(saved_at)),
        )
        return int(cursor.lastrowid or 0)

    def delete_autosave(self, autosave_id: int) -> None:
        self._conn.execute("DELETE FROM note_autosaves WHERE id = ?", (autosave_id,))

    def autosaves(self, client_id: int | None = None) -> list[AutosaveRow]:
        where = "" if client_id is None else " WHERE client_id = ?"
        args: tuple[Any, ...] = () if client_id is None else (client_id,)
        return [
            AutosaveRow(int(r[0]), int(r[1]), r[2], r[3], dt.datetime.fromisoformat(r[4]))
            for r in self._conn.execute(
                "SELECT id, client_id, session_id, payload, saved_at FROM note_autosaves"
                f"{where} ORDER BY saved_at, id",
                args,
            )
        ]

    # --- search --------------------------------------------------------------------

    def online_session_dates(self) -> dict[int, list[dt.date]]:
        """Per client, the days of sessions held by video, phone or chat."""
        found: dict[int, list[dt.date]] = {}
        for client_id, day in self._conn.execute(
            "SELECT client_id, date FROM sessions WHERE modality != 'in_person' "
            "ORDER BY client_id, date"
        ):
            found.setdefault(int(client_id), []).append(dt.date.fromisoformat(day))
        return found

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

    def search_snippets(self, query: str, start: str, end: str, limit: int = 50) -> list[SearchRow]:
        """Notes and profiles matching an FTS5 ``query``, best first, with a snippet whose
        matches are wrapped in ``start``/``end`` markers."""
        rows = [
            SearchRow("note", int(r[0]), str(r[1]))
            for r in self._conn.execute(
                "SELECT rowid, snippet(note_search, 0, ?, ?, '…', 12) FROM note_search "
                "WHERE note_search MATCH ? ORDER BY rank LIMIT ?",
                (start, end, query, limit),
            )
        ]
        rows += [
            SearchRow("profile", int(r[0]), str(r[1]))
            for r in self._conn.execute(
                "SELECT rowid, snippet(profile_search, 0, ?, ?, '…', 12) FROM profile_search "
                "WHERE profile_search MATCH ? ORDER BY rank LIMIT ?",
                (start, end, query, limit),
            )
        ]
        return rows

    def session_headers(self, session_ids: Sequence[int]) -> dict[int, tuple[int, dt.date, str]]:
        """session id -> (client id, date, note class) for search results."""
        if not session_ids:
            return {}
        marks = ", ".join("?" for _ in session_ids)
        return {
            int(r[0]): (int(r[1]), dt.date.fromisoformat(r[2]), str(r[3]))
            for r in self._conn.execute(
                f"SELECT id, client_id, date, note_class FROM sessions WHERE id IN ({marks})",
                tuple(session_ids),
            )
        }
