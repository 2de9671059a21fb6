"""The record-state digest: a keyed summary of every record row, so that an old page of
the database copied into today's file (a rollback of single pages) is noticed.

SQLCipher authenticates each 4 KiB page on its own: an old page of the same database
decrypts and passes every check. The audit chain's head covers only the audit log's
pages. This digest covers the rest: for each *record table* (every ordinary table but
``meta``, ``audit_log`` and the full-text indexes, which are derived) the sum, modulo
2**256, of ``HMAC-SHA256(k, "r" || row)`` over its rows, where ``row`` is the canonical
encoding of the table's name and the row's column values (below) and ``k`` a key derived
from the data key. A sum does not depend on the order of rows or pages, so VACUUM, a
re-key or a page split leave it as it is; any row added, removed or changed changes it.

It is kept incrementally: TEMP triggers (made per connection at unlock, so no schema
change and no effect on other tools) on every record table put the hash of each row
inserted, updated or deleted into a TEMP table; the vault's transaction folds them into
the sums and writes them to ``meta`` (``state_digest``) before it commits, with a
transaction number and the audit chain's newest entry, MACed. Because the TEMP table is
written by SQLite itself, a statement or transaction that is rolled back takes its row
hashes with it. Unlocking and ``verify`` recompute the sums from the tables and compare.

The canonical encoding of a row is Python's ``ascii()`` of the tuple ``(table, value, …)``
in the table's column order, where a value of a column that may hold text (one without
INTEGER, REAL or BLOB affinity) is taken as its UTF-8 bytes (``CAST(… AS BLOB)``), and
bytes longer than 1 KiB are replaced by the tuple ``("sha256", "<hex SHA-256 of them>")``.
``ascii()`` of strings, bytes, integers, floats, None and tuples is unambiguous
(``ast.literal_eval`` reads it back) and plain ASCII: it depends neither on the Unicode
tables of the Python that runs it nor on how a text reaches Python.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault.connection import Connection

MODULUS = 2**256
META_KEY = "state_digest"
# Written just before a key rotation's re-key, under the *new* key: the same records
# summed under the new key, used when a crash came between the re-key and the next commit.
META_KEY_REKEYED = "state_digest_rekeyed"
VERSION = 1
CHANGES_TABLE = "cd_row_changes"
HASH_FUNCTION = "cd_row_hash"
# Not records: the vault's own bookkeeping and the audit chain (which has its own MACs).
NOT_RECORDS = frozenset({"meta", "audit_log"})


def derive_state_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, b"counsel-desk/record-state/v1", hashlib.sha256).digest()


# BLOBs (and texts, which reach Python as their UTF-8 bytes) longer than this are hashed
# first: a scanned form of 20 MB is not escaped into 80 MB of text.
_LONG = 1024


def _canonical(table: str, values: Sequence[object]) -> bytes:
    if any(isinstance(v, bytes) and len(v) > _LONG for v in values):
        values = [
            ("sha256", hashlib.sha256(v).hexdigest())
            if isinstance(v, bytes) and len(v) > _LONG
            else v
            for v in values
        ]
    return b"r" + ascii((table, *values)).encode("ascii")


def row_hash(key: bytes, table: str, values: Sequence[object]) -> bytes:
    return hmac.digest(key, _canonical(table, values), "sha256")


@dataclass(frozen=True)
class RecordTable:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # what orders its rows: rowid, or a WITHOUT ROWID table's key
    texts: tuple[bool, ...]  # which columns may hold text

    def values(self, row: str = "") -> str:
        """The SQL for the row's values as they are summed, ``row`` "NEW." or "OLD." in a
        trigger: a text as its UTF-8 bytes (a function called from SQL gets a text only up
        to its first NUL character, a column read by SELECT all of it)."""
        return ", ".join(
            f"CAST({row}{_quote(c)} AS BLOB)" if text else f"{row}{_quote(c)}"
            for c, text in zip(self.columns, self.texts, strict=True)
        )


def record_tables(conn: Connection) -> list[RecordTable]:
    """Each record table with its columns, in the database's order, sorted by name."""
    tables: list[RecordTable] = []
    listed = conn.execute("PRAGMA main.table_list").fetchall()  # schema, name, type, ncol, wr
    for row in sorted(listed, key=lambda r: str(r[1])):
        name, kind, without_rowid = str(row[1]), row[2], bool(row[4])
        if kind != "table" or name in NOT_RECORDS or name.startswith("sqlite_"):
            continue
        info = conn.execute(f"PRAGMA main.table_info({_quote(name)})").fetchall()
        columns = tuple(str(r[1]) for r in info)
        texts = tuple(_may_hold_text(str(r[2])) for r in info)
        if without_rowid:
            key = tuple(str(r[1]) for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
        else:
            key = ("rowid",)
        tables.append(RecordTable(name, columns, key, texts))
    return tables


def _may_hold_text(declared: str) -> bool:
    """SQLite's affinity rules: INT... is integer, REAL/FLOA/DOUB real, BLOB blob."""
    upper = declared.upper()
    if "INT" in upper or "BLOB" in upper:
        return False
    return not any(word in upper for word in ("REAL", "FLOA", "DOUB"))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def full_sums(conn: Connection, key: bytes) -> dict[str, int]:
    """The sums recomputed from every row of every record table (O(records))."""
    sums: dict[str, int] = {}
    digest = hmac.digest
    for table in record_tables(conn):
        total = 0
        select = f"SELECT {table.values()} FROM main.{_quote(table.name)}"
        for row in conn.execute(select):
            total += int.from_bytes(digest(key, _canonical(table.name, row), "sha256"), "big")
        if total % MODULUS:
            sums[table.name] = total % MODULUS
    return sums


def sum_rows(
    conn: Connection, key: bytes, table: RecordTable, after: tuple[object, ...] | None, limit: int
) -> tuple[int, tuple[object, ...] | None]:
    """The sum over the next ``limit`` rows of ``table`` after the row keyed ``after``, and
    the key to go on from (None when the table is done): a scan in short pieces."""
    keys = ", ".join(map(_quote, table.key))
    where = ""
    if after is not None:
        where = f"WHERE ({keys}) > ({', '.join('?' for _ in table.key)}) "
    rows = conn.execute(
        f"SELECT {keys}, {table.values()} FROM main.{_quote(table.name)} "
        f"{where}ORDER BY {keys} LIMIT {int(limit)}",
        after or (),
    ).fetchall()
    n = len(table.key)
    digest = hmac.digest
    total = 0
    for row in rows:
        total += int.from_bytes(digest(key, _canonical(table.name, row[n:]), "sha256"), "big")
    return total % MODULUS, (tuple(rows[-1][:n]) if len(rows) == limit else None)


def install_triggers(conn: Connection, hash_row: Callable[..., bytes]) -> None:
    """Make this connection keep the row hashes of every change of a record table in
    ``temp.cd_row_changes``; ``hash_row(table, *values)`` is :func:`row_hash` under the
    current state key."""
    conn.create_function(HASH_FUNCTION, -1, hash_row)
    # A REPLACE that deletes a conflicting row fires its delete trigger only with this on.
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {CHANGES_TABLE} (tbl TEXT NOT NULL, "
        "sign INTEGER NOT NULL, h BLOB NOT NULL)"
    )
    for table in record_tables(conn):
        name = table.name.replace("'", "''")
        new, old = table.values("NEW."), table.values("OLD.")
        add = f"INSERT INTO temp.{CHANGES_TABLE} VALUES ('{name}', 1, {HASH_FUNCTION}('{name}', {new}));"
        remove = (
            f"INSERT INTO temp.{CHANGES_TABLE} VALUES ('{name}', -1, "
            f"{HASH_FUNCTION}('{name}', {old}));"
        )
        target = f"main.{_quote(table.name)}"
        for event, body in (("INSERT", add), ("DELETE", remove), ("UPDATE", remove + add)):
            trigger = _quote(f"cd_state_{table.name}_{event.lower()}")
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON {target} "
                f"BEGIN {body} END"
            )


def take_changes(conn: Connection, sums: Mapping[str, int]) -> tuple[dict[str, int], set[str]]:
    """``sums`` with the row changes of the open transaction folded in (the TEMP table is
    emptied), and the tables they changed."""
    rows = conn.execute(f"SELECT tbl, sign, h FROM temp.{CHANGES_TABLE}").fetchall()
    if not rows:
        return dict(sums), set()
    new = dict(sums)
    for table, sign, h in rows:
        new[table] = (new.get(table, 0) + int(sign) * int.from_bytes(h, "big")) % MODULUS
    conn.execute(f"DELETE FROM temp.{CHANGES_TABLE}")
    return {t: s for t, s in new.items() if s}, {str(r[0]) for r in rows}


def discard_changes(conn: Connection) -> None:
    conn.execute(f"DELETE FROM temp.{CHANGES_TABLE}")


def combined_digest(sums: Mapping[str, int]) -> str:
    """One hex digest of all the sums (what the header keeps)."""
    canonical = json.dumps(
        sorted((t, f"{s:064x}") for t, s in sums.items() if s), separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class RecordState:
    """The sums after transaction number ``seq``, when the audit chain's newest entry was
    ``audit`` (its id and hex MAC; None before the first entry)."""

    seq: int
    audit: tuple[int, str] | None
    sums: Mapping[str, int]

    def _mac(self, key: bytes, vault_id: str) -> str:
        message = json.dumps(
            [
                "counsel-desk/record-state",
                VERSION,
                vault_id,
                self.seq,
                list(self.audit) if self.audit else None,
                sorted((t, f"{s:064x}") for t, s in self.sums.items() if s),
            ],
            separators=(",", ":"),
        ).encode("ascii")
        return hmac.new(key, b"s" + message, hashlib.sha256).hexdigest()

    def to_json(self, key: bytes, vault_id: str) -> str:
        return json.dumps(
            {
                "version": VERSION,
                "seq": self.seq,
                "audit": list(self.audit) if self.audit else None,
                "tables": {t: f"{s:064x}" for t, s in sorted(self.sums.items()) if s},
                "mac": self._mac(key, vault_id),
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str, key: bytes, vault_id: str) -> RecordState | None:
        """The state, or None when it is unreadable or its MAC does not match ``key``."""
        try:
            doc = json.loads(text)
            if not isinstance(doc, dict) or doc.get("version") != VERSION:
                return None
            seq, audit, tables, mac = doc["seq"], doc["audit"], doc["tables"], doc["mac"]
            if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(mac, str):
                return None
            head: tuple[int, str] | None = None
            if audit is not None:
                head = (int(audit[0]), str(audit[1]))
            sums = {str(t): int(s, 16) for t, s in dict(tables).items()}
        except (ValueError, TypeError, KeyError, IndexError, RecursionError):
            return None
        state = cls(seq, head, sums)
        expected = state._mac(key, vault_id)
        if not hmac.compare_digest(mac.encode("utf-8", "surrogatepass"), expected.encode("ascii")):
            return None
        return state


def differing_tables(a: Mapping[str, int], b: Mapping[str, int]) -> list[str]:
    return sorted(t for t in set(a) | set(b) if a.get(t, 0) != b.get(t, 0))


def newest_audit(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), bytes(row[1]).hex())


def write_meta(conn: Connection, meta_key: str, text: str) -> None:
    """Set ``meta_key`` in ``meta`` (the digest, the device id, the clock)."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (meta_key, text),
    )


def read_state_texts(conn: Connection) -> dict[str, str]:
    return dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?)", (META_KEY, META_KEY_REKEYED)
        ).fetchall()
    )


# What each record table holds, as the user knows it: a mismatch names these, never a row.
KIND_NAMES: Mapping[str, str] = {
    "activities": QT_TRANSLATE_NOOP("RecordKinds", "the activity log"),
    "akpd_answers": QT_TRANSLATE_NOOP("RecordKinds", "needs-assessment answers"),
    "akpd_items": QT_TRANSLATE_NOOP("RecordKinds", "needs-assessment items"),
    "akpd_responses": QT_TRANSLATE_NOOP("RecordKinds", "needs assessments taken"),
    "addenda": QT_TRANSLATE_NOOP("RecordKinds", "addenda to notes"),
    "appointments": QT_TRANSLATE_NOOP("RecordKinds", "appointments"),
    "client_tags": QT_TRANSLATE_NOOP("RecordKinds", "client tags"),
    "clients": QT_TRANSLATE_NOOP("RecordKinds", "client profiles"),
    "consent_attachments": QT_TRANSLATE_NOOP("RecordKinds", "consent signatures and scans"),
    "consents": QT_TRANSLATE_NOOP("RecordKinds", "consents"),
    "contacts": QT_TRANSLATE_NOOP("RecordKinds", "guardians and emergency contacts"),
    "destruction_log": QT_TRANSLATE_NOOP("RecordKinds", "the destruction log"),
    "duty_actions": QT_TRANSLATE_NOOP("RecordKinds", "duty-to-warn steps"),
    "follow_ups": QT_TRANSLATE_NOOP("RecordKinds", "follow-ups"),
    "group_members": QT_TRANSLATE_NOOP("RecordKinds", "group session members"),
    "note_autosaves": QT_TRANSLATE_NOOP("RecordKinds", "autosaved drafts"),
    "note_strikes": QT_TRANSLATE_NOOP("RecordKinds", "struck-through notes"),
    "objective_ratings": QT_TRANSLATE_NOOP("RecordKinds", "progress ratings"),
    "intake_requests": QT_TRANSLATE_NOOP("RecordKinds", "requests to talk (intake)"),
    "other_people": QT_TRANSLATE_NOOP("RecordKinds", "other people named in records"),
    "program_items": QT_TRANSLATE_NOOP("RecordKinds", "the BK program"),
    "referral_letter_numbers": QT_TRANSLATE_NOOP("RecordKinds", "referral letter numbers"),
    "referrals": QT_TRANSLATE_NOOP("RecordKinds", "referrals"),
    "roster_entries": QT_TRANSLATE_NOOP("RecordKinds", "the class list"),
    "sociometry_choices": QT_TRANSLATE_NOOP("RecordKinds", "sociometry choices"),
    "sociometry_criteria": QT_TRANSLATE_NOOP("RecordKinds", "sociometry questions"),
    "sociometry_members": QT_TRANSLATE_NOOP("RecordKinds", "sociometry members"),
    "sociometry_rounds": QT_TRANSLATE_NOOP("RecordKinds", "sociometry rounds"),
    "session_fields": QT_TRANSLATE_NOOP("RecordKinds", "the text of session notes"),
    "session_measures": QT_TRANSLATE_NOOP("RecordKinds", "session measures"),
    "session_services": QT_TRANSLATE_NOOP("RecordKinds", "service classifications of sessions"),
    "sessions": QT_TRANSLATE_NOOP("RecordKinds", "session notes"),
    "supervision_context": QT_TRANSLATE_NOOP("RecordKinds", "supervision context"),
    "support_plans": QT_TRANSLATE_NOOP("RecordKinds", "support plans"),
    "vault_settings": QT_TRANSLATE_NOOP("RecordKinds", "vault settings"),
}


def kinds_message(tables: Sequence[str]) -> UserMessage | str:
    """The kinds of record of ``tables``, as one message ("consents, client profiles")."""
    names: list[UserMessage | str] = [
        UserMessage(KIND_NAMES[t]) if t in KIND_NAMES else t for t in tables
    ]
    joined = names[0]
    for more in names[1:]:
        joined = UserMessage("{first}, {then}", first=joined, then=more)
    return joined


def mismatch_problem(tables: Sequence[str]) -> UserMessage:
    return UserMessage(
        QT_TRANSLATE_NOOP(
            "VaultErrors",
            "these records do not match the vault's own record of them: {kinds}. Parts of "
            "the database may have been copied back from an older state (a rollback): they "
            "may show an older version than the audit trail records.",
        ),
        kinds=kinds_message(tables),
    )
