"""The vault: a folder holding the key header and the encrypted database.

```
MyVault/              the folder the user names
  vault.json          header: vault id, Argon2id settings and salt, the wrapped data key
  records.db          SQLCipher 4 database, keyed with the raw 256-bit data key
  records.db-wal/-shm SQLite's write-ahead log while open (encrypted too)
```
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault import migrations
from counsel_desk.vault.audit import AuditAction, AuditCheck, AuditLog, derive_audit_key
from counsel_desk.vault.connection import Connection, DatabaseError, open_database
from counsel_desk.vault.errors import (
    NotAVaultError,
    StorageError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultTooNewError,
)
from counsel_desk.vault.header import (
    DATABASE_FILE,
    HEADER_FILE,
    PASSPHRASE_SLOT,
    VaultHeader,
    fsync_dir,
    read_header,
    unwrap_with_passphrase,
    wrap_with_passphrase,
    write_header,
)
from counsel_desk.vault.kdf import KEY_BYTES, KdfParams, check_bounds

_C = "VaultErrors"
Clock = Callable[[], dt.datetime]


def resolve_vault_folder(path: Path) -> Path:
    """The vault folder for a path the user named: the folder, or its header file."""
    path = Path(path).expanduser()
    if path.name == HEADER_FILE and path.is_file():
        return path.parent
    return path


def looks_like_vault(path: Path) -> bool:
    folder = resolve_vault_folder(path)
    return (folder / HEADER_FILE).is_file() and (folder / DATABASE_FILE).is_file()


def _storage_error(exc: OSError) -> StorageError:
    return StorageError(
        UserMessage(
            QT_TRANSLATE_NOOP(_C, "The disk refused the write: {reason}. Nothing was saved."),
            reason=exc.strerror or str(exc),
        )
    )


def _damaged_database(detail: str) -> VaultDamagedError:
    return VaultDamagedError(
        UserMessage(
            QT_TRANSLATE_NOOP(
                _C,
                "The vault's database is damaged or was altered ({detail}). Restore it from a "
                "backup.",
            ),
            detail=detail,
        )
    )


class Vault:
    """An unlocked vault. Thread-safe: one statement or transaction at a time."""

    def __init__(
        self,
        folder: Path,
        header: VaultHeader,
        conn: Connection,
        data_key: bytes,
        clock: Clock,
    ) -> None:
        self.folder = folder
        self.header = header
        self._conn: Connection | None = conn
        self._lock = threading.RLock()
        self._clock = clock
        self._audit_key = derive_audit_key(data_key)

    # --- life cycle ----------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, params: KdfParams, *, clock: Clock = dt.datetime.now
    ) -> Vault:
        """Make a new vault at ``path`` (a folder that does not exist or is empty).

        Built in a sibling staging folder and renamed into place at the end, so an
        interrupted creation never leaves a half-made vault under the chosen name.
        """
        check_bounds(params)
        folder = Path(path).expanduser().absolute()
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExistsError(str(folder))
        staging = folder.with_name(f".{folder.name}.creating-{secrets.token_hex(4)}")
        vault_id = str(uuid.uuid4())
        created_at = clock().replace(microsecond=0).isoformat()
        data_key = secrets.token_bytes(KEY_BYTES)
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            staging.mkdir(mode=0o700)
            slot = wrap_with_passphrase(vault_id, data_key, passphrase, params)
            header = VaultHeader(vault_id, created_at, (slot,))
            conn = open_database(staging / DATABASE_FILE, data_key, create=True)
            with suppress(OSError):  # not every file system has POSIX modes
                os.chmod(staging / DATABASE_FILE, 0o600)
            try:
                migrations.migrate(conn)
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)",
                    (vault_id, created_at),
                )
                AuditLog(conn, derive_audit_key(data_key), vault_id, clock).append(
                    AuditAction.VAULT_CREATED
                )
                conn.execute("COMMIT")
            finally:
                conn.close()
            write_header(staging, header)
            if folder.exists():
                folder.rmdir()  # empty, checked above
            os.replace(staging, folder)
            fsync_dir(folder.parent)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise _storage_error(exc) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(folder, passphrase, clock=clock, _data_key=data_key)

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        clock: Clock = dt.datetime.now,
        upgrade_and_record: bool = True,
        _data_key: bytes | None = None,
    ) -> Vault:
        """Unlock the vault at ``path``. A wrong passphrase changes no byte of any file.

        ``upgrade_and_record=False`` (for ``verify``) neither upgrades the schema nor
        records the unlock, so a suspect vault is only read.
        """
        folder = resolve_vault_folder(path)
        if not looks_like_vault(folder):
            raise NotAVaultError(str(path))
        try:
            header = read_header(folder)
        except OSError as exc:
            raise _storage_error(exc) from exc
        data_key = _data_key or unwrap_with_passphrase(header, passphrase)
        try:
            conn = open_database(folder / DATABASE_FILE, data_key)
        except DatabaseError as exc:
            raise _damaged_database(str(exc)) from exc
        try:
            vault = cls(folder, header, conn, data_key, clock)
            vault._check_and_upgrade(upgrade=upgrade_and_record)
            if upgrade_and_record:
                with vault.transaction():
                    vault.audit.append(AuditAction.UNLOCKED)
        except DatabaseError as exc:
            conn.close()
            raise _damaged_database(str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        return vault

    def _check_and_upgrade(self, *, upgrade: bool) -> None:
        conn = self.conn
        version = migrations.schema_version(conn)
        if version > migrations.LATEST_VERSION:
            raise VaultTooNewError(version, migrations.LATEST_VERSION)
        if version < 1:
            raise _damaged_database("no schema")
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != self.header.vault_id:
            raise _damaged_database("the key file belongs to another vault")
        if not upgrade:
            return
        with self._lock:
            applied = migrations.migrate(conn)
        if applied:
            with self.transaction():
                self.audit.append(AuditAction.SCHEMA_UPGRADED, detail=f"{version} -> {applied[-1]}")

    def close(self) -> None:
        """Lock: checkpoint the write-ahead log and close the database."""
        with self._lock:
            if self._conn is None:
                return
            conn, self._conn = self._conn, None
            with suppress(DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            self._audit_key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    # --- access --------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLockedError()
        return self._conn

    @property
    def audit(self) -> AuditLog:
        return AuditLog(self.conn, self._audit_key, self.header.vault_id, self._clock)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """The connection, held for the duration of a read."""
        with self._lock:
            yield self.conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One durable transaction: all of it is committed, or none of it."""
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except DatabaseError as exc:
                raise _storage_from_db(exc) from exc
            try:
                yield conn
            except BaseException:
                with suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except DatabaseError as exc:
                with suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                raise _storage_from_db(exc) from exc

    # --- keys ----------------------------------------------------------------------

    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str, params: KdfParams | None = None
    ) -> None:
        """Re-wrap the data key under a new passphrase. Costs two Argon2 runs (check the
        old, wrap with the new); the database is untouched, the header replaced atomically."""
        with self._lock:
            self.conn  # noqa: B018 - raises when locked
        current = read_header(self.folder)
        data_key = unwrap_with_passphrase(current, old_passphrase)
        slot = current.slot(PASSPHRASE_SLOT)
        new_slot = wrap_with_passphrase(
            current.vault_id, data_key, new_passphrase, params or slot.kdf
        )
        new_header = current.with_slot(new_slot)
        write_header(self.folder, new_header)
        self.header = new_header
        with self.transaction():
            self.audit.append(AuditAction.PASSPHRASE_CHANGED)

    # --- integrity -----------------------------------------------------------------

    def check_integrity(self) -> list[UserMessage]:
        """SQLCipher's page MACs, SQLite's structure, and the audit chain."""
        problems: list[UserMessage] = []
        with self.reading() as conn:
            try:
                cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
                if cipher:
                    problems.append(
                        UserMessage(
                            QT_TRANSLATE_NOOP(_C, "encrypted pages fail their check: {detail}"),
                            detail="; ".join(str(c) for c in cipher[:3]),
                        )
                    )
                sqlite = [r[0] for r in conn.execute("PRAGMA integrity_check")]
                if sqlite != ["ok"]:
                    problems.append(
                        UserMessage(
                            QT_TRANSLATE_NOOP(_C, "database structure is damaged: {detail}"),
                            detail="; ".join(str(s) for s in sqlite[:3]),
                        )
                    )
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
                if fk:
                    problems.append(
                        UserMessage(QT_TRANSLATE_NOOP(_C, "records point to missing records"))
                    )
                audit: AuditCheck = self.audit.verify()
            except DatabaseError as exc:
                problems.append(
                    UserMessage(QT_TRANSLATE_NOOP(_C, "unreadable: {detail}"), detail=str(exc))
                )
                return problems
        if not audit.ok and audit.problem is not None:
            problems.append(audit.problem)
        return problems


def _storage_from_db(exc: DatabaseError) -> StorageError:
    return StorageError(
        UserMessage(
            QT_TRANSLATE_NOOP(
                _C, "The vault could not save: {reason}. Nothing of this change was saved."
            ),
            reason=str(exc),
        )
    )
