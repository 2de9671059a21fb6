"""Records that can meet again (issue 18, item 1): a stable id for every record and a
last-change stamp from a hybrid logical clock.

* **uid**: a UUIDv7 (RFC 9562) — 48 bits of Unix time in milliseconds, the version and
  variant bits and 74 random bits, written as 36 lowercase characters
  (``0193a1b2-c3d4-7e5f-8a6b-9c0d1e2f3a4b``). It is drawn once, when the record is
  made, and never changes; two computers drawing ids at the same millisecond still
  differ (74 random bits). It carries the creation time to the millisecond and nothing
  else about the record.
* **stamp**: when the record last changed, as ``<UTC time to the ms>Z/<counter>/<device>``,
  e.g. ``2026-12-08T01:30:00.123Z/0000/3f2a9c1d4e5b6a70``: the time, a 4-hex-digit
  counter and the 16-hex-digit id of the computer that made the change. Stamps of one
  vault compare as plain strings in the order of the changes (all the fields have a
  fixed width): a hybrid logical clock never goes back, even when the computer's clock
  is set back (a year, a dead CMOS battery): it then counts on from the newest stamp it
  has given or seen. All the changes of one transaction share its stamp (one change,
  all of it or none).
* **device id**: 64 random bits drawn when the vault is made (or migrated), and again
  when a backup is restored on a computer: each copy of a vault that can change on its
  own stamps its changes with its own id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import time
import uuid
from collections.abc import Callable

from counsel_desk.vault.connection import Connection

UID_FUNCTION = "cd_uid"
UID_OF_FUNCTION = "cd_uid_of"
STAMP_FUNCTION = "cd_stamp"
META_DEVICE = "device_id"
META_CLOCK = "clock"

_COUNTER_MAX = 0xFFFF
_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})Z/([0-9a-f]{4})/([0-9a-f]{16})$")
_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[78][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
_DEVICE = re.compile(r"^[0-9a-f]{16}$")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# The last millisecond a stamp can say (its year has four digits).
_LAST_MS = int(
    (dt.datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=dt.UTC) - _EPOCH)
    / dt.timedelta(milliseconds=1)
)

WallClock = Callable[[], int]  # nanoseconds since the Unix epoch


def new_uid(now_ms: int | None = None) -> str:
    """A fresh UUIDv7."""
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    value = (ms & (2**48 - 1)) << 80 | 0x7 << 76 | secrets.randbits(12) << 64
    value |= 0b10 << 62 | secrets.randbits(62)
    return str(uuid.UUID(int=value))


def uid_of(parent: str, table: str) -> str:
    """The id of a record there is at most one of per ``parent`` record (a note's strike,
    its classification; a client's supervision context): a UUIDv8 (RFC 9562) from the
    SHA-256 of ``<parent uid>/<table>``, so that every copy of the vault gives it the same
    id, and it keeps it when it is removed and made again."""
    digest = hashlib.sha256(f"{parent}/{table}".encode("ascii")).digest()
    value = int.from_bytes(digest[:16], "big")
    value = value & ~(0xF << 76) | 0x8 << 76  # version 8
    value = value & ~(0b11 << 62) | 0b10 << 62  # the RFC variant
    return str(uuid.UUID(int=value))


def is_uid(text: object) -> bool:
    return isinstance(text, str) and _UID.match(text) is not None


def new_device_id() -> str:
    return secrets.token_hex(8)


def is_device_id(text: object) -> bool:
    return isinstance(text, str) and _DEVICE.match(text) is not None


def is_stamp(text: object) -> bool:
    return isinstance(text, str) and _STAMP.match(text) is not None


def format_stamp(ms: int, counter: int, device: str) -> str:
    moment = _EPOCH + dt.timedelta(milliseconds=ms)
    return f"{moment.strftime('%Y-%m-%dT%H:%M:%S')}.{ms % 1000:03d}Z/{counter:04x}/{device}"


def parse_stamp(text: str) -> tuple[int, int, str]:
    """(milliseconds since the epoch, counter, device id); ValueError if it is none."""
    found = _STAMP.match(text)
    if found is None:
        raise ValueError("not a stamp")
    moment = dt.datetime.strptime(found.group(1), "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=dt.UTC)
    ms = (moment - _EPOCH) // dt.timedelta(milliseconds=1)
    return ms, int(found.group(2), 16), found.group(3)


class HybridClock:
    """A hybrid logical clock for one device: ``tick()`` gives a stamp later than every
    stamp it gave or was shown (``observe``), close to the wall clock when that is ahead."""

    def __init__(self, device: str, wall: WallClock = time.time_ns) -> None:
        if not is_device_id(device):
            raise ValueError("not a device id")
        self.device = device
        self._wall = wall
        self._ms = 0
        self._counter = -1

    def observe(self, stamp: str) -> None:
        """Count on from ``stamp`` (given by this or another device) if it is newer."""
        ms, counter, _device = parse_stamp(stamp)
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    def tick(self) -> str:
        now = min(max(self._wall() // 1_000_000, 0), _LAST_MS)
        if now > self._ms:
            self._ms, self._counter = now, 0
        elif self._counter < _COUNTER_MAX:
            self._counter += 1
        else:  # 65,536 changes in one millisecond, or a clock far behind: the next one
            self._ms, self._counter = min(self._ms + 1, _LAST_MS), 0
        return format_stamp(self._ms, self._counter, self.device)


class TransactionStamps:
    """The stamp of the transaction under way: drawn from the clock at its first change,
    the same for all its changes, dropped when it ends (``end``)."""

    def __init__(self, clock: HybridClock) -> None:
        self.clock = clock
        self._current: str | None = None

    def current(self) -> str:
        if self._current is None:
            self._current = self.clock.tick()
        return self._current

    @property
    def drawn(self) -> str | None:
        """The transaction's stamp if one of its changes has drawn it."""
        return self._current

    def end(self) -> str | None:
        """End the transaction; the stamp it used, if any."""
        used, self._current = self._current, None
        return used


# A record's parts: (part table, its column naming the record, the record's table, and a
# condition on the record under which its stamp moves with them). A signed note's parts
# are locked with it (the triggers of schemas 1 and 4); its stamp is not touched.
_UNSIGNED = "signed_at IS NULL"
PARTS: tuple[tuple[str, str, str, str], ...] = (
    ("client_tags", "client_id", "clients", ""),
    ("contacts", "client_id", "clients", ""),
    ("other_people", "client_id", "clients", ""),
    ("session_fields", "session_id", "sessions", _UNSIGNED),
    ("session_measures", "session_id", "sessions", _UNSIGNED),
    ("objective_ratings", "session_id", "sessions", _UNSIGNED),
    ("group_members", "session_id", "sessions", _UNSIGNED),
    ("akpd_answers", "response_id", "akpd_responses", ""),
    ("sociometry_criteria", "round_id", "sociometry_rounds", ""),
    ("sociometry_members", "round_id", "sociometry_rounds", ""),
    ("sociometry_choices", "round_id", "sociometry_rounds", ""),
)
# Records there is at most one of per record of another table: (table, its column naming
# that record, that record's table). Their ids follow from that record's (``uid_of``).
ONE_PER: tuple[tuple[str, str, str], ...] = (
    ("note_strikes", "session_id", "sessions"),
    ("session_services", "session_id", "sessions"),
    ("supervision_context", "client_id", "clients"),
)
# Neither records nor parts: the vault's own bookkeeping, this computer's autosaves, the
# derived full-text indexes and the tombstones themselves.
NOT_SYNCED = frozenset(
    {
        "meta",
        "audit_log",
        "destruction_log",
        "referral_letter_numbers",
        "vault_settings",
        "note_autosaves",
        "tombstones",
    }
)
TOMBSTONES = "tombstones"


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA main.table_info("{table}")')]


def record_tables(conn: Connection) -> list[str]:
    """The tables whose rows are records: each has a ``uid`` and a ``stamp``."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    found = []
    for name in names:
        if name == TOMBSTONES or name.startswith("sqlite_"):
            continue
        if {"uid", "stamp"} <= set(_columns(conn, name)):
            found.append(name)
    return found


def install(conn: Connection, stamps: TransactionStamps) -> None:
    """Make this connection give records their ids and stamps: the SQL functions
    ``cd_uid()`` and ``cd_stamp()`` (the transaction's stamp) for the repositories'
    INSERTs, and TEMP triggers (the schema trusts no function of ours: ``trusted_schema``
    is off) that refuse a record without them, move the stamp of a record changed or
    whose parts changed, keep its uid, and leave a tombstone for a record deleted."""
    conn.create_function(UID_FUNCTION, 0, new_uid)
    conn.create_function(UID_OF_FUNCTION, 2, uid_of, deterministic=True)
    conn.create_function(STAMP_FUNCTION, 0, stamps.current)
    now = f"{STAMP_FUNCTION}()"
    recorded = record_tables(conn)
    for table in recorded:
        target = f'main."{table}"'
        # An update that changes nothing but when it was saved is no change: a save of an
        # unchanged form must not win a merge over a real edit on another computer.
        changed = " OR ".join(
            f'NEW."{c}" IS NOT OLD."{c}"'
            for c in _columns(conn, table)
            if c not in {"uid", "stamp", "updated_at"}
        )
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "cd_id_{table}_insert" BEFORE INSERT ON '
            f"{target} WHEN NEW.uid IS NULL OR NEW.stamp IS NULL BEGIN "
            "SELECT RAISE(ABORT, 'a record needs its uid and stamp'); END"
        )
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "cd_id_{table}_uid" BEFORE UPDATE OF uid ON '
            f"{target} WHEN NEW.uid IS NOT OLD.uid BEGIN "
            "SELECT RAISE(ABORT, 'a record keeps its uid'); END"
        )
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "cd_id_{table}_update" AFTER UPDATE ON '
            f"{target} WHEN NEW.stamp IS OLD.stamp AND OLD.stamp IS NOT {now} AND ({changed}) "
            "BEGIN "
            f"UPDATE {target} SET stamp = {now} WHERE rowid = NEW.rowid; END"
        )
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "cd_id_{table}_delete" AFTER DELETE ON '
            f"{target} BEGIN INSERT OR REPLACE INTO main.{TOMBSTONES} (uid, kind, stamp) "
            f"VALUES (OLD.uid, '{table}', {now}); END"
        )
    for table, _column, _record in ONE_PER:
        if table in recorded:
            # Made again (a classification set after being cleared): no longer deleted.
            conn.execute(
                f'CREATE TEMP TRIGGER IF NOT EXISTS "cd_id_{table}_again" AFTER INSERT ON '
                f'main."{table}" BEGIN DELETE FROM main.{TOMBSTONES} WHERE uid = NEW.uid; END'
            )
    for part, column, record, condition in PARTS:
        if record not in recorded:
            continue
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            # One look-up of the record: a part written just after its record, in the
            # same transaction (an import: most rows), costs no more.
            test = f"stamp IS NOT {now}" + (f" AND {condition}" if condition else "")
            when = f"(SELECT {test} FROM main.{record} WHERE id = {row}.{column})"
            conn.execute(
                f'CREATE TEMP TRIGGER IF NOT EXISTS "cd_id_{part}_{event.lower()}" AFTER '
                f'{event} ON main."{part}" WHEN {when} BEGIN UPDATE main.{record} SET '
                f"stamp = {now} WHERE id = {row}.{column}; END"
            )
