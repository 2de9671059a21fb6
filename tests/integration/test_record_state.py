"""The record-state digest kept at each commit equals the one summed from the rows, after
any mix of writes: inserts, updates, deletes, cascades, REPLACE, a statement that fails
half-way, a transaction rolled back (vault/record_state.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.connection import DatabaseError
from counsel_desk.vault.record_state import NOT_RECORDS, full_sums, record_tables
from tests.integration.conftest import PASSPHRASE

NAMES = st.text(alphabet="abcÅé😀'\"\x00 ", min_size=1, max_size=6)

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.integers(1, 6), NAMES),
        st.tuples(st.just("rename"), st.integers(1, 6), NAMES),
        st.tuples(st.just("delete"), st.integers(1, 6), NAMES),
        st.tuples(st.just("replace"), st.integers(1, 6), NAMES),
        st.tuples(st.just("tag"), st.integers(1, 6), NAMES),
        st.tuples(st.just("failing"), st.integers(1, 6), NAMES),
        st.tuples(st.just("rolled_back"), st.integers(1, 6), NAMES),
        st.tuples(st.just("blob"), st.integers(1, 6), NAMES),
    ),
    max_size=12,
)


class Undone(Exception):
    pass


def _apply(vault: Vault, op: str, n: int, name: str) -> None:
    code = f"C-{n:04d}"
    now = "2025-09-01T10:00:00"
    insert = (
        "INSERT INTO clients (id, case_code, given_name, created_at, updated_at, uid, stamp) "
        "VALUES (?, ?, ?, ?, ?, cd_uid(), cd_stamp())"
    )
    try:
        with vault.transaction() as conn:
            if op == "insert":
                conn.execute(insert + " ON CONFLICT DO NOTHING", (n, code, name, now, now))
            elif op == "rename":
                conn.execute("UPDATE clients SET given_name = ? WHERE id = ?", (name, n))
            elif op == "delete":  # cascades to tags, contacts, …
                conn.execute("DELETE FROM clients WHERE id = ?", (n,))
            elif op == "replace":
                conn.execute(
                    insert.replace("INSERT", "INSERT OR REPLACE"), (n, code, name, now, now)
                )
            elif op == "tag":
                conn.execute(
                    "INSERT OR IGNORE INTO client_tags (client_id, position, tag) "
                    "SELECT id, 0, ? FROM clients WHERE id = ?",
                    (name, n),
                )
            elif op == "failing":  # the second row breaks UNIQUE: the statement is undone
                with pytest.raises(DatabaseError):
                    conn.execute(
                        insert + ", (?, ?, ?, ?, ?, cd_uid(), cd_stamp())",
                        (100 + n, f"X-{n}", name, now, now, 200 + n, f"X-{n}", name, now, now),
                    )
            elif op == "rolled_back":
                conn.execute(
                    insert + " ON CONFLICT DO NOTHING", (300 + n, f"R-{n}", name, now, now)
                )
                raise Undone
            elif op == "blob":
                conn.execute(
                    "INSERT INTO vault_settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (f"k{n}", name),
                )
    except Undone:
        pass


@settings(max_examples=25, deadline=None)
@given(OPERATIONS)
def test_the_digest_kept_at_each_commit_is_the_one_summed_from_the_rows(
    operations: list[tuple[str, int, str]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with Vault.create(Path(folder) / "v", PASSPHRASE, KdfParams.cheap_for_tests()) as vault:
            for op, n, name in operations:
                _apply(vault, op, n, name)
                with vault.reading() as conn:
                    kept = dict(vault._state.sums)  # type: ignore[union-attr]
                    assert full_sums(conn, vault._state_key) == kept, (op, n, name)
            assert vault.check_records(piece_rows=2) is None
        with Vault.open(Path(folder) / "v", PASSPHRASE) as vault:
            assert vault.rollback_problem is None


def test_a_record_written_outside_a_vault_transaction_is_refused(vault: Vault) -> None:
    with vault.reading() as conn, pytest.raises(DatabaseError):
        conn.execute(
            "INSERT INTO clients (case_code, given_name, created_at, updated_at) "
            "VALUES ('C-0100', 'x', 'now', 'now')"
        )


def test_every_table_but_meta_the_audit_log_and_the_search_indexes_is_a_record(
    vault: Vault,
) -> None:
    with vault.reading() as conn:
        names = {t.name for t in record_tables(conn)}
        every = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    derived = {n for n in every if n.startswith(("note_search", "profile_search"))}
    assert names == every - NOT_RECORDS - derived
    assert {"clients", "consents", "session_fields", "consent_attachments"} <= names
