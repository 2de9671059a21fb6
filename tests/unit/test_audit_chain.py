"""The audit chain at its edges: the exact MACs of docs/formats.md and the module's
description, what verify says for each kind of tampering (which entry, how many remain),
and the chain across key rotations (epochs).

On a plain SQLite database with the vault's two tables, so mutation testing of
vault/audit.py can afford them for every mutant (docs/testing.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterator

import pytest

from counsel_desk.vault.audit import AuditAction, AuditEntry, AuditLog, derive_audit_key

VAULT_ID = "9b0c0f4e-0000-4000-8000-000000000001"
KEY = derive_audit_key(bytes(range(32)))
NEW_KEY = derive_audit_key(bytes(32))
NOON = dt.datetime(2025, 7, 14, 12, 0, 0, 987654)


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")
    db.execute(
        "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT "
        "NULL, case_code TEXT, detail TEXT, mac BLOB NOT NULL) STRICT"
    )
    yield db
    db.close()


def _log(conn: sqlite3.Connection, key: bytes = KEY, vault_id: str = VAULT_ID) -> AuditLog:
    return AuditLog(conn, key, vault_id, clock=lambda: NOON)


def _fill(log: AuditLog, count: int) -> None:
    for n in range(count):
        log.append(AuditAction.CLIENT_CHANGED, f"C-{n:03d}", f"detail {n}")


def _mac(key: bytes, previous: bytes, fields: list[object]) -> bytes:
    message = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, previous + message, hashlib.sha256).digest()


def _macs(conn: sqlite3.Connection) -> list[bytes]:
    return [bytes(r[0]) for r in conn.execute("SELECT mac FROM audit_log ORDER BY id")]


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def test_the_chain_key_is_the_documented_hmac_of_the_data_key() -> None:
    data_key = bytes(range(32))
    expected = hmac.new(data_key, b"counsel-desk/audit-chain/v1", hashlib.sha256).digest()
    assert derive_audit_key(data_key) == expected


def test_each_entry_is_macd_over_the_previous_mac_and_its_own_fields(
    conn: sqlite3.Connection,
) -> None:
    log = _log(conn)
    log.append(AuditAction.VAULT_CREATED)
    log.append(AuditAction.NOTE_SAVED, "C-1", "Catatan: “é” ✓")
    genesis = hmac.new(KEY, VAULT_ID.encode(), hashlib.sha256).digest()
    first = _mac(KEY, genesis, [1, "2025-07-14T12:00:00", "vault_created", None, None])
    second = _mac(KEY, first, [2, "2025-07-14T12:00:00", "note_saved", "C-1", "Catatan: “é” ✓"])
    assert _macs(conn) == [first, second]
    assert _meta(conn) == {"audit_head_id": "2", "audit_head_mac": second.hex()}


def test_an_entry_records_the_time_to_the_second_or_the_time_it_happened(
    conn: sqlite3.Connection,
) -> None:
    log = _log(conn)
    log.append(AuditAction.UNLOCKED)
    log.append(AuditAction.LOCKED, at_time=dt.datetime(2024, 1, 2, 3, 4, 5, 600))
    assert [(e.id, e.at, e.action) for e in log.entries()] == [
        (2, "2024-01-02T03:04:05", "locked"),
        (1, "2025-07-14T12:00:00", "unlocked"),
    ]


def test_entries_are_newest_first_and_limited_to_the_count_asked(
    conn: sqlite3.Connection,
) -> None:
    log = _log(conn)
    _fill(log, 4)
    assert [e.id for e in log.entries()] == [4, 3, 2, 1]
    assert [e.id for e in log.entries(2)] == [4, 3]
    assert [e.id for e in log.entries(1)] == [4]
    assert log.entries(2)[1] == AuditEntry(
        3, "2025-07-14T12:00:00", "client_changed", "C-002", "detail 2"
    )


def test_an_empty_log_and_a_whole_log_verify_with_their_exact_count(
    conn: sqlite3.Connection,
) -> None:
    log = _log(conn)
    check = log.verify()
    assert check.ok and check.entries == 0 and check.problem is None
    _fill(log, 5)
    check = log.verify()
    assert check.ok and check.entries == 5 and check.problem is None


@pytest.mark.parametrize(
    "column, value",
    [
        ("at", "2025-07-14T12:00:01"),
        ("action", "client_viewed"),
        ("case_code", "C-999"),
        ("case_code", None),
        ("detail", "detail 9"),
        ("detail", None),
        ("mac", b"\x00" * 32),
    ],
)
@pytest.mark.parametrize("entry", [1, 3, 5])
def test_any_field_of_any_entry_edited_is_found_at_that_entry(
    conn: sqlite3.Connection, column: str, value: object, entry: int
) -> None:
    log = _log(conn)
    _fill(log, 5)
    conn.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", (value, entry))
    check = log.verify()
    assert not check.ok
    assert check.entries == entry - 1
    assert str(check.problem) == f"audit entry {entry} was altered"


@pytest.mark.parametrize("entry", [1, 2, 4])
def test_a_deleted_entry_is_named_as_missing(conn: sqlite3.Connection, entry: int) -> None:
    log = _log(conn)
    _fill(log, 5)
    conn.execute("DELETE FROM audit_log WHERE id = ?", (entry,))
    check = log.verify()
    assert not check.ok and check.entries == entry - 1
    assert str(check.problem) == f"audit entry {entry} is missing"


def test_cutting_off_the_newest_entries_says_how_many_remain(conn: sqlite3.Connection) -> None:
    log = _log(conn)
    _fill(log, 5)
    conn.execute("DELETE FROM audit_log WHERE id >= 4")
    check = log.verify()
    assert not check.ok and check.entries == 3
    assert str(check.problem) == "the newest audit entries were removed (3 of 5 remain)"


def test_cutting_off_every_entry_is_found(conn: sqlite3.Connection) -> None:
    log = _log(conn)
    _fill(log, 2)
    conn.execute("DELETE FROM audit_log")
    check = log.verify()
    assert not check.ok and check.entries == 0
    assert str(check.problem) == "the newest audit entries were removed (0 of 2 remain)"


def test_a_head_that_does_not_match_the_newest_entry_is_found(conn: sqlite3.Connection) -> None:
    log = _log(conn)
    _fill(log, 3)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head_mac'", ("00" * 32,))
    check = log.verify()
    assert not check.ok and check.entries == 3
    assert "were removed (3 of 3 remain)" in str(check.problem)


def test_an_entry_appended_without_its_head_is_found(conn: sqlite3.Connection) -> None:
    log = _log(conn)
    _fill(log, 3)
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'audit_head_id'")
    check = log.verify()
    assert not check.ok
    assert "(3 of 2 remain)" in str(check.problem)


@pytest.mark.parametrize("other", ["key", "vault"])
def test_a_log_checked_under_another_key_or_vault_fails_at_its_first_entry(
    conn: sqlite3.Connection, other: str
) -> None:
    _fill(_log(conn), 3)
    log = _log(conn, key=NEW_KEY) if other == "key" else _log(conn, vault_id="another-vault")
    check = log.verify()
    assert not check.ok and check.entries == 0
    assert str(check.problem) == "audit entry 1 was altered"


def test_the_chain_goes_on_unbroken_across_key_rotations(conn: sqlite3.Connection) -> None:
    before = _log(conn)
    _fill(before, 3)
    before.close_epoch()
    assert json.loads(_meta(conn)["audit_epochs"]) == [[3, KEY.hex()]]
    after = _log(conn, key=NEW_KEY)
    _fill(after, 2)
    third, fourth = _macs(conn)[2:4]
    fields = [4, "2025-07-14T12:00:00", "client_changed", "C-000", "detail 0"]
    assert fourth == _mac(NEW_KEY, third, fields)
    check = _log(conn, key=NEW_KEY).verify()
    assert check.ok and check.entries == 5

    third_key = derive_audit_key(b"\x07" * 32)
    _log(conn, key=NEW_KEY).close_epoch()
    assert json.loads(_meta(conn)["audit_epochs"]) == [[3, KEY.hex()], [5, NEW_KEY.hex()]]
    _fill(_log(conn, key=third_key), 1)
    assert _log(conn, key=third_key).verify() == _log(conn, key=third_key).verify()
    check = _log(conn, key=third_key).verify()
    assert check.ok and check.entries == 6


def test_an_entry_edited_on_either_side_of_a_rotation_is_found(conn: sqlite3.Connection) -> None:
    before = _log(conn)
    _fill(before, 3)
    before.close_epoch()
    _fill(_log(conn, key=NEW_KEY), 2)
    for entry in (3, 4):
        (kept,) = conn.execute("SELECT detail FROM audit_log WHERE id = ?", (entry,)).fetchone()
        conn.execute("UPDATE audit_log SET detail = 'x' WHERE id = ?", (entry,))
        check = _log(conn, key=NEW_KEY).verify()
        assert str(check.problem) == f"audit entry {entry} was altered"
        conn.execute("UPDATE audit_log SET detail = ? WHERE id = ?", (kept, entry))
    assert _log(conn, key=NEW_KEY).verify().ok


def test_closing_an_epoch_twice_at_the_same_entry_keeps_one_epoch(
    conn: sqlite3.Connection,
) -> None:
    """A rotation that was interrupted and tried again keeps the key of the entries."""
    log = _log(conn)
    _fill(log, 2)
    log.close_epoch()
    _log(conn).close_epoch()
    assert json.loads(_meta(conn)["audit_epochs"]) == [[2, KEY.hex()]]
    _fill(_log(conn, key=NEW_KEY), 1)
    assert _log(conn, key=NEW_KEY).verify().ok


def test_an_epoch_closed_on_an_empty_log_starts_the_chain_under_the_new_key(
    conn: sqlite3.Connection,
) -> None:
    log = _log(conn)
    log.close_epoch()
    assert json.loads(_meta(conn)["audit_epochs"]) == [[0, KEY.hex()]]
    fresh = _log(conn, key=NEW_KEY)
    _fill(fresh, 2)
    check = _log(conn, key=NEW_KEY).verify()
    assert check.ok and check.entries == 2
