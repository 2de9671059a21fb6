"""Opening the SQLCipher database with a raw key and the PRAGMAs every connection needs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlcipher3 import dbapi2

from counsel_desk.vault.kdf import KEY_BYTES
from counsel_desk.vault.storage_errors import disk_is_full

if TYPE_CHECKING:
    # sqlcipher3 has no type information; its connection has the standard library's API.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
else:
    Connection = dbapi2.Connection
    DatabaseError = dbapi2.DatabaseError

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

# Applied after the key, in this order, on every connection.
CONNECTION_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("cipher_log_level", "NONE"),
    ("foreign_keys", "ON"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("secure_delete", "ON"),
    ("temp_store", "MEMORY"),
    ("trusted_schema", "OFF"),
)


def _key_pragma(data_key: bytes) -> str:
    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    hex_key = data_key.hex()
    # Only 64 lowercase hex digits ever reach the PRAGMA: nothing else can be injected.
    if not _HEX_KEY.match(hex_key):
        raise ValueError("bad key encoding")
    return f"PRAGMA key = \"x'{hex_key}'\""


def rekey_database(conn: Connection, new_key: bytes) -> None:
    """Re-encrypt every page under ``new_key`` (one blocking call, one transaction), then
    fold the write-ahead log into the main file. Until the checkpoint has completed the
    main file still holds pages under the old key, so the caller must not let the old
    key go (promote a new header) before this returns."""
    conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    busy, log, checkpointed = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy != 0 or log != checkpointed:
        raise DatabaseError(
            f"the write-ahead log was not checkpointed ({busy}, {log}, {checkpointed})"
        )


def open_database(
    path: Path, data_key: bytes, *, create: bool = False, read_only: bool = False
) -> Connection:
    """Open (or, with ``create``, make) the encrypted database at ``path``.

    Without ``create`` a missing file is an error, never a new empty database: SQLite is
    opened in ``mode=rw``. The raw 256-bit key means SQLCipher runs no PBKDF2 of its own.
    The connection is in autocommit mode; callers use explicit transactions. It may be
    used from several threads, one at a time (the Vault serialises access with a lock).
    """
    if read_only:
        # A folder that cannot be written (a write-protected stick, a read-only share):
        # SQLite's immutable open reads the file as it is and writes no -wal or -shm.
        return _open(path, data_key, create=False, exclusive=False, immutable=True)
    try:
        return _open(path, data_key, create=create, exclusive=False)
    except DatabaseError:
        if create or not disk_is_full(path.parent):
            raise
    # A full disk has no room for the shared-memory index of the write-ahead log; in
    # exclusive locking mode SQLite keeps it in memory, so the vault still opens to read.
    return _open(path, data_key, create=False, exclusive=True)


def _open(
    path: Path, data_key: bytes, *, create: bool, exclusive: bool, immutable: bool = False
) -> Connection:
    mode = "rwc" if create else "rw"
    uri = path.resolve().as_uri() + (f"?mode={mode}" if not immutable else "?mode=ro&immutable=1")
    conn: Connection = sqlcipher3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(_key_pragma(data_key))
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        for name, value in CONNECTION_PRAGMAS:
            if immutable and name in ("journal_mode", "synchronous"):
                continue
            conn.execute(f"PRAGMA {name} = {value}")
        conn.enable_load_extension(False)
        # The first read decrypts page 1: a wrong key or a damaged file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode_now = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if not immutable and str(mode_now).lower() != "wal":
            raise DatabaseError(f"could not enable WAL (journal_mode={mode_now})")
    except BaseException:
        conn.close()
        raise
    return conn
