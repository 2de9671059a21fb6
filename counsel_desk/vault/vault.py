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
import hmac
import os
import re
import secrets
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.private_files import fsync_dir, private_dir
from counsel_desk.vault import failed_unlocks, identity, migrations, record_state, seen_heads
from counsel_desk.vault.audit import AuditAction, AuditCheck, AuditLog, derive_audit_key
from counsel_desk.vault.connection import (
    Connection,
    DatabaseError,
    open_database,
    rekey_database,
)
from counsel_desk.vault.credentials import (
    Credentials,
    new_recovery_key,
    parse_recovery_key,
    read_key_file,
    write_new_key_file,
)
from counsel_desk.vault.errors import (
    KeyFileNotExpectedError,
    StorageError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultTooNewError,
    WrongPassphraseError,
    WrongPassphraseOrKeyFileError,
    WrongRecoveryKeyError,
    not_a_vault,
)
from counsel_desk.vault.header import (
    DATABASE_FILE,
    HEADER_FILE,
    PASSPHRASE_KEYFILE_SLOT,
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    VaultHeader,
    head_key,
    head_mac,
    login_slot,
    read_header,
    state_mac,
    unwrap_key,
    wrap_key,
    write_header,
)
from counsel_desk.vault.kdf import KEY_BYTES, KdfParams, check_bounds
from counsel_desk.vault.people_changes import PeopleChanges
from counsel_desk.vault.record_state import (
    META_KEY,
    META_KEY_REKEYED,
    RecordState,
    combined_digest,
    derive_state_key,
    differing_tables,
    full_sums,
    mismatch_problem,
    newest_audit,
    read_state_texts,
    record_tables,
    row_hash,
    sum_rows,
    write_meta,
)
from counsel_desk.vault.storage_errors import (
    DISK_CAUSES,
    Cause,
    cause_of,
    folder_is_read_only,
    has_room_for_rewrite,
    no_space_error,
    storage_error,
)
from counsel_desk.vault.synced_folders import refuse_synced

Clock = Callable[[], dt.datetime]

# An empty file in the vault's folder, ``audit-lost-<count>-<random>``, says that
# <count> audit entries waited in memory for a full disk and the vault closed first.
# An empty file needs no free space; the next unlock that can write records the loss in
# the audit log and removes the file. It holds a number only, nothing of a client.
_LOST_MARKER = re.compile(r"^audit-lost-([0-9]{1,9})-[0-9a-f]{8}$")

T = TypeVar("T")


# meta: the header has carried the audit head since (attack F3, _note_header_carries_head)
META_KEY_HEADER_HEAD = "header_carries_head"


# How long a write waits for another program's write lock (sqlite3's default busy
# timeout), and how long once this vault has found it held (see ``_held_elsewhere``).
_BUSY_TIMEOUT_MS = 5000
_BUSY_WAIT_MS = 100


@dataclass(frozen=True)
class _WaitingEntry:
    """An audit entry the disk refused (full): written by the next transaction."""

    action: AuditAction
    case_code: str | None
    detail: str | None
    at: dt.datetime
    markers: tuple[Path, ...] = ()  # the lost-entry files this entry reports


def resolve_vault_folder(path: Path) -> Path:
    """The vault folder for a path the user named: the folder, or its header file."""
    path = Path(path).expanduser()
    if path.name == HEADER_FILE and path.is_file():
        return path.parent
    return path


def looks_like_vault(path: Path) -> bool:
    folder = resolve_vault_folder(path)
    return (folder / HEADER_FILE).is_file() and (folder / DATABASE_FILE).is_file()


def _storage_error(exc: OSError, folder: Path | None = None) -> VaultError:
    return storage_error(exc, folder)


def _audit_head_rolled_back() -> VaultDamagedError:
    return VaultDamagedError(
        UserMessage(
            QT_TRANSLATE_NOOP(
                "VaultErrors",
                "The vault's database was altered: the part that keeps the newest entry of "
                "its audit trail is older than the trail itself, as when part of the file is "
                "copied back from an older state (a rollback). Nothing was changed. Restore "
                "the vault from a backup, and keep this copy for an investigation.",
            )
        )
    )


def _damaged_database(detail: str) -> VaultDamagedError:
    return VaultDamagedError(
        UserMessage(
            QT_TRANSLATE_NOOP(
                "VaultErrors",
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
        self._head_key = head_key(data_key)
        self._hold_key = _hold_key(data_key)
        # The record-state digest (record_state.py) as last committed; None while it is
        # not kept (read-only, verify, or once a problem was found: the evidence stays).
        self._state_key = derive_state_key(data_key)
        self._state: RecordState | None = None
        # What ``meta`` holds, for a vault that keeps no state (read-only, verify).
        self._stored: RecordState | None = None
        self._state_problem: UserMessage | None = None
        self._tracking = False  # the TEMP triggers are installed on this connection
        self._records_checked = False  # the rows were summed against the kept state
        self._in_transaction = False
        self._drop_rekeyed = False
        self._touched: set[str] = set()  # tables changed by commits (for check_records)
        # Set when the audit head could not be written to the header (disk full): it
        # waits in memory and is written at the next chance (lock, close, key change).
        # Set at unlock when the database is older than its header says (a rollback).
        self.rollback_problem: UserMessage | None = None
        # The newest head this computer saw of this copy of the vault (seen_heads.py).
        self._seen: tuple[int, str] | None = None
        # Why seen-heads.json could not be read or written, if it could not (a warning).
        self.seen_heads_problem: UserMessage | None = None
        # False for a read-only open (``verify``): then not even the header is written.
        self._records_head = True
        # Set only on the Vault that Vault.create returns: shown once, never stored.
        self.recovery_key: str | None = None
        # Audit entries the disk refused (full): kept in memory, in order, and written
        # first by the next transaction that commits (see ``record``).
        self._waiting: list[_WaitingEntry] = []
        # Another program (a second window, the CLI) held the write lock when this vault
        # last tried to write: until a write succeeds again, writes wait for it briefly
        # (``_BUSY_WAIT_MS``), not the usual 5 s each — the CLI told "another program is
        # using the vault" after 5 s, not after four such waits (unlock entry, the
        # command, its audit, the closing checkpoint).
        self._held_elsewhere = False
        # True when the vault's folder cannot be written: opened immutable, reading only.
        self.read_only = False
        # Work derived from the vault's people (the identifier set), kept while unlocked
        # and until a table they come from changes (``about_people``).
        self._people_changes: PeopleChanges | None = None
        self._about_people: dict[str, tuple[int, object]] = {}
        # What is being built for ``about_people`` now, by name: (version, done).
        self._building: dict[str, tuple[int, threading.Event]] = {}
        # The stamps of this copy's changes (identity.py), set once the schema has them.
        self._stamps: identity.TransactionStamps | None = None

    # --- life cycle ----------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, params: KdfParams, *, clock: Clock = dt.datetime.now
    ) -> Vault:
        """Make a new vault at ``path`` (a folder that does not exist or is empty).

        Built in a sibling staging folder and renamed into place at the end, so an
        interrupted creation never leaves a half-made vault under the chosen name.
        A folder inside a synced folder (Dropbox, OneDrive …) is refused first
        (:class:`~counsel_desk.vault.synced_folders.SyncedFolderError`).
        """
        check_bounds(params)
        folder = Path(path).expanduser().absolute()
        refuse_synced(folder)  # before anything is written (issue 18: docs/sync.md)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExistsError(str(folder))
        staging = folder.with_name(f".{folder.name}.creating-{secrets.token_hex(4)}")
        vault_id = str(uuid.uuid4())
        created_at = clock().replace(microsecond=0).isoformat()
        data_key = secrets.token_bytes(KEY_BYTES)
        try:
            if not folder.parent.exists():
                private_dir(folder.parent)
            staging.mkdir(mode=0o700)
            recovery_key = new_recovery_key()
            slots = (
                wrap_key(vault_id, data_key, PASSPHRASE_SLOT, Credentials(passphrase), params),
                wrap_key(
                    vault_id,
                    data_key,
                    RECOVERY_SLOT,
                    Credentials(recovery_key=parse_recovery_key(recovery_key)),
                    _recovery_params(params),
                ),
            )
            header = VaultHeader(vault_id, created_at, slots)
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
            raise storage_error(exc, folder.parent, creating=True) from exc
        except DatabaseError as exc:  # SQLite's "disk is full" while the vault is made
            shutil.rmtree(staging, ignore_errors=True)
            raise storage_error(exc, folder.parent, creating=True) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = cls.open(folder, passphrase, clock=clock, _data_key=data_key)
        vault.recovery_key = recovery_key
        return vault

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        keyfile: Path | None = None,
        clock: Clock = dt.datetime.now,
        upgrade_and_record: bool = True,
        check_records: bool = True,
        _data_key: bytes | None = None,
    ) -> Vault:
        """Unlock the vault at ``path``. A wrong passphrase changes no byte of any file.

        ``keyfile`` is needed when the vault was given one. ``upgrade_and_record=False``
        (for ``verify``) neither upgrades the schema nor records the unlock, so a suspect
        vault is only read. ``check_records=False`` leaves summing every record row
        against the vault's record-state digest (O(records): about a second for a career of
        records) to :meth:`check_records`, to run off the GUI thread once unlocked.
        """
        folder, header = _folder_and_header(path)
        if keyfile is not None and not any(
            s.name == PASSPHRASE_KEYFILE_SLOT for s in (*header.slots, *header.pending)
        ):
            raise KeyFileNotExpectedError()
        if _data_key is None:
            credentials = Credentials(
                passphrase, read_key_file(keyfile) if keyfile is not None else None
            )
            try:
                header, _data_key = _unlock(folder, header, login_slot, credentials)
            except WrongPassphraseError:
                failed_unlocks.count_failure(header.vault_id, folder)
                raise
        return cls._open_unwrapped(
            folder, header, _data_key, clock, upgrade_and_record, check_records
        )

    @classmethod
    def open_with_recovery_key(
        cls,
        path: Path,
        recovery_key: str,
        new_passphrase: str,
        params: KdfParams | None = None,
        *,
        clock: Clock = dt.datetime.now,
    ) -> Vault:
        """Open a vault whose passphrase is lost, and set ``new_passphrase``.

        The recovery key alone opens the vault, so afterwards the passphrase alone does too:
        a key file, if one was required, must be added again. Always a key rotation (see
        ``_rotate``): the old recovery key stops working, an old header no longer opens
        today's records, and the new recovery key is in ``recovery_key``: show it once.
        """
        folder, header = _folder_and_header(path)
        try:
            header, data_key = _unlock(
                folder,
                header,
                lambda _h: RECOVERY_SLOT,
                Credentials(recovery_key=parse_recovery_key(recovery_key)),
            )
        except WrongRecoveryKeyError:
            failed_unlocks.count_failure(header.vault_id, folder)
            raise
        old = header.slot(login_slot(header))
        vault = cls._open_unwrapped(folder, header, data_key, clock, True)
        try:
            vault.recovery_key = vault._rotate(
                header, PASSPHRASE_SLOT, Credentials(new_passphrase), params or old.kdf
            )
            with vault.transaction():
                vault.audit.append(AuditAction.RECOVERY_KEY_USED)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open_unwrapped(
        cls,
        folder: Path,
        header: VaultHeader,
        data_key: bytes,
        clock: Clock,
        upgrade_and_record: bool,
        check_records: bool = True,
    ) -> Vault:
        read_only = folder_is_read_only(folder)
        try:
            conn = open_database(folder / DATABASE_FILE, data_key, read_only=read_only)
        except DatabaseError as exc:
            raise storage_error(exc, folder) from exc
        try:
            vault = cls(folder, header, conn, data_key, clock)
            vault.read_only = read_only
            vault._check_and_upgrade(
                upgrade=upgrade_and_record and not read_only, check_records=check_records
            )
            seen_heads.take_problem()
            vault._seen = seen_heads.last_seen(header.vault_id, folder)
            vault.rollback_problem = vault.head_problem()
            # A read-only vault's header cannot be written: it keeps the head it has.
            vault._records_head = upgrade_and_record and not read_only
            if upgrade_and_record and not read_only:
                if not vault.audit.head_matches_trail():
                    raise _audit_head_rolled_back()
                vault._report_lost_entries()
                # Wrong passphrases since the last unlock, by the window or the CLI.
                failed = failed_unlocks.take(header.vault_id, folder)
                if failed:
                    vault.record(AuditAction.FAILED_UNLOCKS, detail=str(failed))
                # A full disk must not lock the counselor out of her records: the entry
                # waits in memory; the app warns that nothing can be saved for now.
                vault.record(AuditAction.UNLOCKED)
                if vault.rollback_problem is None:
                    vault._remember_head(vault._head_now())
            vault.seen_heads_problem = seen_heads.take_problem()
        except DatabaseError as exc:
            conn.close()
            raise storage_error(exc, folder) from exc
        except BaseException:
            conn.close()
            raise
        return vault

    @staticmethod
    def requires_key_file(path: Path) -> bool:
        """Whether unlocking the vault at ``path`` needs a key file (reads the header)."""
        _, header = _folder_and_header(path)
        return login_slot(header) == PASSPHRASE_KEYFILE_SLOT

    def _check_and_upgrade(self, *, upgrade: bool, check_records: bool = True) -> None:
        conn = self.conn
        version = migrations.schema_version(conn)
        if version > migrations.LATEST_VERSION:
            raise VaultTooNewError(version, migrations.LATEST_VERSION)
        if version < 1:
            raise _damaged_database("no schema")
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != self.header.vault_id:
            raise _damaged_database("the key file belongs to another vault")
        stored, problem = self._stored_state()
        migrating = upgrade and version < migrations.LATEST_VERSION
        if problem is None and stored is not None and (check_records or migrating):
            # Before any migration: it rewrites rows (the sums are of today's columns).
            problem = self._rows_problem(stored.sums, full_sums(conn, self._state_key))
            self._records_checked = True
        self._state_problem = problem
        self._stored = stored if problem is None else None
        if not upgrade:
            # Its writes fail as what they are (a read-only folder), not as a function
            # missing from the INSERTs.
            self._install_identity(conn)
            return
        with self._lock:
            applied = migrations.migrate(conn)
            self._install_identity(conn)
            if problem is None:
                if applied or stored is None:
                    # A vault from before the digest (recorded now, no alarm) or one just
                    # migrated: the rows as they are now are the state.
                    sums = full_sums(conn, self._state_key)
                    self._state = RecordState(stored.seq if stored else 0, None, sums)
                    self._records_checked = True
                else:
                    self._state = stored
                record_state.install_triggers(conn, self._hash_row)
                self._tracking = True
        if applied:
            with self.transaction():
                self.audit.append(AuditAction.SCHEMA_UPGRADED, detail=f"{version} -> {applied[-1]}")

    # --- record ids and stamps (identity.py) --------------------------------------------

    def _install_identity(self, conn: Connection) -> None:
        rows = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?)",
                (identity.META_DEVICE, identity.META_CLOCK),
            ).fetchall()
        )
        device = rows.get(identity.META_DEVICE)
        if not identity.is_device_id(device):
            return  # a schema from before record ids (read only), or a damaged meta
        clock = identity.HybridClock(str(device), wall=self._wall_ns)
        newest = rows.get(identity.META_CLOCK)
        if identity.is_stamp(newest):
            clock.observe(str(newest))
        self._stamps = identity.TransactionStamps(clock)
        identity.install(conn, self._stamps)

    def _wall_ns(self) -> int:
        return int(self._clock().timestamp() * 1_000_000_000)

    @property
    def device_id(self) -> str | None:
        """The id this copy of the vault stamps its changes with."""
        return self._stamps.clock.device if self._stamps is not None else None

    def take_new_device_id(self) -> str | None:
        """Stamp this copy's changes from now on with a new device id (a backup restored
        on another computer: the copy it came from goes on with the old one). None for a
        copy that cannot change (read-only)."""
        if self._stamps is None:
            return None
        device = identity.new_device_id()
        clock = identity.HybridClock(device, wall=self._wall_ns)
        clock.observe(self._stamps.clock.tick())  # never behind the old id's stamps
        with self.transaction() as conn:
            write_meta(conn, identity.META_DEVICE, device)
        self._stamps.clock = clock
        return device

    def _catch_up_clock(self, conn: Connection) -> None:
        """At a transaction's start: count on from the newest stamp any handle of this
        vault gave (the CLI beside the window commits between two of ours)."""
        if self._stamps is None:
            return
        row = conn.execute(
            "SELECT value FROM meta WHERE key = ?", (identity.META_CLOCK,)
        ).fetchone()
        if row is not None and identity.is_stamp(row[0]):
            self._stamps.clock.observe(str(row[0]))

    def _keep_clock(self, conn: Connection) -> None:
        """Before a commit: the newest stamp given, kept for the clock's next start (read
        at this transaction's start under its write lock, so never an older one)."""
        if self._stamps is not None and self._stamps.drawn is not None:
            write_meta(conn, identity.META_CLOCK, self._stamps.drawn)

    # --- the record-state digest (record_state.py) ------------------------------------

    def _hash_row(self, table: str, *values: object) -> bytes:
        """Called by the TEMP triggers for each row a statement writes."""
        if not self._in_transaction:
            # Every write of a record goes through ``transaction``, which keeps the digest.
            raise RuntimeError("a record was written outside Vault.transaction")
        return row_hash(self._state_key, table, values)

    def _fold_state(self, conn: Connection) -> RecordState | None:
        """Inside the transaction, before COMMIT: the new state, written to ``meta``."""
        if not self._tracking:
            return None
        if self._state is None:  # a problem was found: the digest is no longer moved
            record_state.discard_changes(conn)
            return None
        sums, touched = record_state.take_changes(conn, self._state.sums)
        self._touched |= touched
        state = RecordState(self._state.seq + 1, newest_audit(conn), sums)
        write_meta(conn, META_KEY, state.to_json(self._state_key, self.header.vault_id))
        if self._drop_rekeyed:
            conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY_REKEYED,))
        return state

    def _stored_state(self) -> tuple[RecordState | None, UserMessage | None]:
        """The state kept in ``meta`` and the checks that need no row summed: its MAC,
        the audit entry it was written with, and the state the header keeps."""
        conn = self.conn
        texts = read_state_texts(conn)
        self._drop_rekeyed = META_KEY_REKEYED in texts
        in_header = self.header.record_state
        text = texts.get(META_KEY)
        if text is None:
            if in_header is not None:
                return None, UserMessage(
                    QT_TRANSLATE_NOOP(
                        "VaultErrors",
                        "the database has no record of its own state although {file} records "
                        "one: it may have been copied back from an older state (a rollback).",
                    ),
                    file=HEADER_FILE,
                )
            return None, None  # a vault from before the digest: recorded at this unlock
        vault_id = self.header.vault_id
        stored = RecordState.from_json(text, self._state_key, vault_id)
        if stored is None and META_KEY_REKEYED in texts:
            # A key rotation stopped after its re-key and before its next commit.
            stored = RecordState.from_json(texts[META_KEY_REKEYED], self._state_key, vault_id)
        if stored is None:
            return None, UserMessage(
                QT_TRANSLATE_NOOP("VaultErrors", "the vault's record of its own state was altered")
            )
        if stored.audit != newest_audit(conn):
            return stored, UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "the vault's record of its own state is from another moment than its "
                    "audit trail: parts of the database may have been copied back from an "
                    "older state (a rollback).",
                )
            )
        if in_header is not None:
            seq, digest, mac = in_header
            audit = self.header.audit_head[:2] if self.header.audit_head else None
            expected = state_mac(self._head_key, vault_id, seq, digest, audit)
            if not hmac.compare_digest(
                mac.encode("utf-8", "surrogatepass"), expected.encode("ascii")
            ):
                return stored, UserMessage(
                    QT_TRANSLATE_NOOP(
                        "VaultErrors", "the record state kept in the vault's key file was altered"
                    )
                )
            if seq > stored.seq or (seq == stored.seq and digest != combined_digest(stored.sums)):
                return stored, UserMessage(
                    QT_TRANSLATE_NOOP(
                        "VaultErrors",
                        "the records are older than the vault's key file: {file} records "
                        "change {seq} as the newest at the last lock, but the database is at "
                        "change {found}. It may have been copied back from an older state (a "
                        "rollback): recent changes may be missing or undone.",
                    ),
                    file=HEADER_FILE,
                    seq=seq,
                    found=stored.seq,
                )
        return stored, None

    @staticmethod
    def _rows_problem(kept: Mapping[str, int], actual: Mapping[str, int]) -> UserMessage | None:
        differing = differing_tables(kept, actual)
        return mismatch_problem(differing) if differing else None

    def check_records(self, *, piece_rows: int = 2000) -> UserMessage | None:
        """Sum every record row and compare with the kept record-state digest, for a vault
        opened with ``check_records=False``. Slow (O(records)): run it off the GUI thread.
        It reads in short pieces, each under the vault's lock, so the vault stays usable
        meanwhile; a table written while it is read is read again. A problem found is set
        as ``rollback_problem`` (unless another is) and returned; from then on the digest is
        no longer moved, so the evidence stays."""
        with self._lock:
            if self._records_checked or self._expected() is None:
                return self._state_problem
            tables = record_tables(self.conn)
        differing: list[str] = []
        for table in tables:
            for _attempt in range(5):
                with self._lock:
                    self.conn  # noqa: B018 - raises when locked meanwhile
                    self._touched.discard(table.name)
                    key = self._state_key
                total, after, done = 0, None, False
                while True:
                    with self._lock:
                        conn = self.conn
                        expected = self._expected()
                        if expected is None:
                            return self._state_problem
                        if self._state_key is not key or table.name in self._touched:
                            break  # written (or re-keyed) meanwhile: read it again
                        part, after = sum_rows(conn, key, table, after, piece_rows)
                        total += part
                        if after is None:
                            if total % record_state.MODULUS != expected.sums.get(table.name, 0):
                                differing.append(table.name)
                            done = True
                            break
                if done:
                    break
            else:
                return None  # written all the time: left for the next unlock
        with self._lock:
            self._records_checked = True
            if differing and self._expected() is not None:
                self._state_problem = mismatch_problem(differing)
                self._state = self._stored = None  # never move the evidence
                if self.rollback_problem is None:
                    self.rollback_problem = self._state_problem
            return self._state_problem

    def _expected(self) -> RecordState | None:
        """The state the rows must match now: the one kept at each commit, or (a vault
        that keeps none, so nothing is written) the one ``meta`` held at unlock."""
        return self._state if self._tracking else self._stored

    def _header_state(self, head: tuple[int, str, str]) -> tuple[int, str, str] | None:
        if self._state is None:
            return None
        digest = combined_digest(self._state.sums)
        seq = self._state.seq
        return seq, digest, state_mac(self._head_key, self.header.vault_id, seq, digest, head[:2])

    def close(self) -> None:
        """Lock: checkpoint the write-ahead log and close the database. Audit entries
        still waiting for space are written now, or their loss is noted for the next
        unlock (``_LOST_MARKER``)."""
        with self._lock:
            if self._conn is None:
                return
            if not self.write_waiting_audit():
                self._note_lost_entries()
            with suppress(DatabaseError):
                self.write_head()
            conn, self._conn = self._conn, None
            self._about_people.clear()
            self._people_changes = None
            with suppress(DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            self._audit_key = b""
            self._head_key = b""
            self._hold_key = b""
            self._state_key = b""

    # --- rollback ------------------------------------------------------------------

    def _head_now(self) -> tuple[int, str, str] | None:
        row = self.conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        seq, head_hash = int(row[0]), bytes(row[1]).hex()
        return seq, head_hash, head_mac(self._head_key, self.header.vault_id, seq, head_hash)

    def write_head(self) -> None:
        """Keep the audit chain's head in the header (MACed), so that a database copied
        back from an older state is noticed. Called on lock and close (and after a key
        change). On a full disk the head waits in memory for the next chance."""
        with self._lock:
            if not self._records_head or self.head_problem() is not None:
                # Never overwrite the evidence of a rollback with the older head.
                return
            head = self._head_now()
            self._remember_head(head)
            if head is None:
                return
            state = self._header_state(head)
            if head == self.header.audit_head and state == self.header.record_state:
                return
            # Never write over a header changed behind our back: take its slots.
            try:
                on_disk = read_header(self.folder)
            except (OSError, VaultDamagedError):
                on_disk = self.header
            if on_disk.pending or on_disk.slots != self.header.slots:
                return
            new_header = replace(self.header, audit_head=head, record_state=state)
            try:
                write_header(self.folder, new_header)
            except StorageError:
                return  # a full disk: the next lock or close writes it
            self.header = new_header
            self._note_header_carries_head()

    def _note_header_carries_head(self) -> None:
        """Once the header carries the audit head, the database says so (attack F3): a
        header stripped of its head (a plain JSON edit) in front of a database copied back
        is then noticed, since only the data key can take the note out again. Written
        once in the vault's life; a full disk leaves it for the next lock."""
        conn = self.conn
        if conn.execute("SELECT 1 FROM meta WHERE key = ?", (META_KEY_HEADER_HEAD,)).fetchone():
            return
        with suppress(DatabaseError):
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')",
                (META_KEY_HEADER_HEAD,),
            )

    def _remember_head(self, head: tuple[int, str, str] | None) -> None:
        """Record ``head`` as the newest this computer saw of this copy (never fails)."""
        if head is None or self._seen == head[:2]:
            return
        seen_heads.remember(self.header.vault_id, self.folder, head[0], head[1])
        self._seen = (head[0], head[1])

    def head_problem(self) -> UserMessage | None:
        """Whether the database is older than the audit head its header records, or
        (database and header rolled back together) than this computer last saw."""
        problem = self._header_head_problem()
        if problem is None and self._state_problem is not None:
            problem = self._state_problem
        if problem is None and self._seen is not None:
            seq, head_hash = self._seen
            with self._lock:
                row = self.conn.execute("SELECT mac FROM audit_log WHERE id = ?", (seq,)).fetchone()
            if row is None or bytes(row[0]).hex() != head_hash:
                problem = UserMessage(
                    QT_TRANSLATE_NOOP(
                        "VaultErrors",
                        "this vault is older than this computer last saw it: audit entry "
                        "{seq} was the newest when it was last used here, but the vault does "
                        "not hold it. Its files may have been copied back from an older "
                        "state (a rollback): recent changes may be missing or undone.",
                    ),
                    seq=seq,
                )
        return problem

    def _header_head_problem(self) -> UserMessage | None:
        head = self.header.audit_head
        if head is None:
            with self._lock:
                noted = self.conn.execute(
                    "SELECT 1 FROM meta WHERE key = ?", (META_KEY_HEADER_HEAD,)
                ).fetchone()
            if noted is None:
                return None  # a new vault, or one not locked since its key rotation
            return UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "{file} has lost its record of the newest change although the database "
                    "says it had one: the key file was edited, and the database may have "
                    "been copied back from an older state (a rollback): recent changes may "
                    "be missing or undone.",
                ),
                file=HEADER_FILE,
            )
        seq, head_hash, mac = head
        with self._lock:
            expected = head_mac(self._head_key, self.header.vault_id, seq, head_hash)
            if not hmac.compare_digest(  # as bytes: a stored MAC may not be ASCII (F6)
                mac.encode("utf-8", "surrogatepass"), expected.encode("ascii")
            ):
                return UserMessage(
                    QT_TRANSLATE_NOOP(
                        "VaultErrors",
                        "the audit trail head recorded in the vault's key file was altered",
                    )
                )
            row = self.conn.execute("SELECT mac FROM audit_log WHERE id = ?", (seq,)).fetchone()
        if row is None or bytes(row[0]).hex() != head_hash:
            return UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "the database is older than its key file: {file} records audit entry "
                    "{seq} as the newest at the last lock, but the database does not hold "
                    "it. It may have been copied back from an older state (a rollback): "
                    "recent changes may be missing or undone.",
                ),
                file=HEADER_FILE,
                seq=seq,
            )
        return None

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
        """The connection, held for the duration of a read. A database error while
        reading becomes the same :class:`StorageError` as one while writing."""
        with self._lock:
            conn = self.conn
            try:
                yield conn
            except DatabaseError as exc:
                raise storage_error(exc, self.folder) from exc

    # --- held in memory across a lock ---------------------------------------------------

    def about_people(self, name: str, build: Callable[[], T]) -> T:
        """``build()``, kept under ``name`` while the vault is unlocked and no row of a
        table its people come from changed (``people_changes.py``: SQLite's own triggers
        count every change, by any code path). For work derived from who the vault knows
        (the identifier set of a supervision summary or a report): built once, not for
        every export. ``build`` runs outside the vault's lock; a change made meanwhile
        means the result is used this once and not kept. Asked while another thread
        builds it for the same state (the set prepared after an unlock, and the export
        dialog opened meanwhile), it waits for that build instead of making a second."""
        with self._lock:
            if self._people_changes is None:
                self._people_changes = PeopleChanges(self.conn)
            changes = self._people_changes
            version = changes.count
            kept = self._about_people.get(name)
            if kept is not None and kept[0] == version:
                return cast(T, kept[1])
            building = self._building.get(name)
            if building is None or building[0] != version:
                done = threading.Event()
                self._building[name] = (version, done)
                building = None
        if building is not None:
            building[1].wait()
            return self.about_people(name, build)  # kept by then, or it failed: build
        try:
            value = build()
            with self._lock:
                if self._people_changes is changes and changes.count == version:
                    self._about_people[name] = (version, value)
        finally:
            with self._lock:
                if self._building.get(name) == (version, done):
                    del self._building[name]
            done.set()
        return value

    def seal(self, data: bytes) -> bytes:
        """``data`` encrypted (AES-256-GCM) under a key derived from the vault's data key,
        to be held in memory while the vault is locked (a note a full disk refused): once
        locked, only this vault unlocked again opens it. Never written anywhere."""
        with self._lock:
            self.conn  # noqa: B018 - raises when locked
            nonce = secrets.token_bytes(12)
            aad = self.header.vault_id.encode("utf-8")
            return nonce + AESGCM(self._hold_key).encrypt(nonce, data, aad)

    def unseal(self, sealed: bytes) -> bytes | None:
        """What :meth:`seal` sealed, or None when this vault's key does not open it."""
        with self._lock:
            self.conn  # noqa: B018 - raises when locked
            aad = self.header.vault_id.encode("utf-8")
            try:
                return AESGCM(self._hold_key).decrypt(sealed[:12], sealed[12:], aad)
            except (InvalidTag, ValueError):
                return None

    # --- audit entries that wait for space ---------------------------------------------

    def record(
        self, action: AuditAction, case_code: str | None = None, detail: str | None = None
    ) -> bool:
        """Record in the audit log something that changed no record (an unlock, a view,
        an export, a print). Reading needs no free space: when the disk refuses the entry
        (full, read-only) it waits in memory, with its time, and is written first by the
        next transaction that commits, in order, so the chain stays whole. True when it
        (and every entry before it) is written now."""
        with self._lock:
            self.conn  # noqa: B018 - raises when locked
            self._waiting.append(_WaitingEntry(action, case_code, detail, self._clock()))
            return self.write_waiting_audit()

    def write_waiting_audit(self) -> bool:
        """Write the audit entries waiting for space; True when none is left waiting.

        With none waiting it returns at once, without the lock: the window asks every few
        seconds, and a long import holding the lock must not stall it (issue 14)."""
        if not self._waiting:
            return True
        with self._lock:
            if not self._waiting:
                return True
            if self.read_only or self._conn is None:
                return False
            try:
                with self.transaction():
                    pass  # the transaction writes what waits
            except StorageError:
                return False
            return not self._waiting

    @property
    def audit_waiting(self) -> int:
        """How many audit entries wait in memory for the disk to have space."""
        return len(self._waiting)

    def _write_waiting(self, waiting: list[_WaitingEntry]) -> None:
        log = self.audit
        for entry in waiting:
            log.append(entry.action, entry.case_code, entry.detail, at_time=entry.at)

    def _written(self, waiting: list[_WaitingEntry]) -> None:
        del self._waiting[: len(waiting)]
        for entry in waiting:
            for marker in entry.markers:
                with suppress(OSError):
                    marker.unlink()

    def _report_lost_entries(self) -> None:
        """At unlock: entries lost when the vault closed on a full disk are reported."""
        markers: list[Path] = []
        lost = 0
        with suppress(OSError):
            for path in self.folder.iterdir():
                match = _LOST_MARKER.match(path.name)
                if match is not None:
                    markers.append(path)
                    lost += int(match.group(1))
        if markers:
            self._waiting.append(
                _WaitingEntry(
                    AuditAction.AUDIT_ENTRIES_LOST,
                    None,
                    str(lost),
                    self._clock(),
                    tuple(sorted(markers)),
                )
            )

    def _note_lost_entries(self) -> None:
        lost = sum(1 for entry in self._waiting if not entry.markers)
        self._waiting.clear()
        if lost == 0 or self.read_only:
            return  # a read-only vault records nothing, as its banner says
        name = f"audit-lost-{lost}-{secrets.token_hex(4)}"
        with suppress(OSError):  # an empty file needs no free space
            (self.folder / name).touch(exist_ok=False)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One durable transaction: all of it is committed, or none of it. Audit entries
        waiting for space are written first, in it."""
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except DatabaseError as exc:
                if cause_of(exc) is Cause.BUSY and not self._held_elsewhere:
                    self._held_elsewhere = True
                    with suppress(DatabaseError):
                        conn.execute(f"PRAGMA busy_timeout = {_BUSY_WAIT_MS}")
                raise storage_error(exc, self.folder) from exc
            waiting = list(self._waiting)
            self._in_transaction = True
            try:
                self._catch_up_clock(conn)
                if waiting:
                    self._write_waiting(waiting)
                yield conn
                self._keep_clock(conn)
                state = self._fold_state(conn)
            except DatabaseError as exc:
                with suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                if cause_of(exc) in DISK_CAUSES:
                    # A statement refused by the disk (full, read-only, busy), not a bug.
                    raise storage_error(exc, self.folder) from exc
                raise
            except BaseException:
                with suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                raise
            finally:
                self._in_transaction = False
                if self._stamps is not None:
                    self._stamps.end()
            try:
                conn.execute("COMMIT")
            except DatabaseError as exc:
                with suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                raise storage_error(exc, self.folder) from exc
            if self._held_elsewhere:
                self._held_elsewhere = False
                with suppress(DatabaseError):
                    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            if state is not None:
                self._state = state
                self._drop_rekeyed = False
            if waiting:
                self._written(waiting)

    # --- keys ----------------------------------------------------------------------

    def _credentials(self, passphrase: str, keyfile: Path | None) -> Credentials:
        return Credentials(passphrase, read_key_file(keyfile) if keyfile is not None else None)

    def _unwrap_current(self, passphrase: str, keyfile: Path | None) -> tuple[VaultHeader, bytes]:
        """Re-read the header and prove the caller knows the passphrase (and key file)."""
        with self._lock:
            self.conn  # noqa: B018 - raises when locked
        current = read_header(self.folder)
        if keyfile is not None and login_slot(current) != PASSPHRASE_KEYFILE_SLOT:
            raise KeyFileNotExpectedError()
        data_key = unwrap_key(current, login_slot(current), self._credentials(passphrase, keyfile))
        return current, data_key

    def verify_passphrase(self, passphrase: str) -> None:
        """Raises what a wrong unlock raises unless ``passphrase`` opens this vault's
        passphrase slot. A vault that opens only with a key file as well refuses it (lock
        the vault instead: unlocking asks for both)."""
        with self._lock:
            self.conn  # noqa: B018 - raises when locked
        current = read_header(self.folder)
        if PASSPHRASE_SLOT not in {s.name for s in current.slots}:
            raise WrongPassphraseOrKeyFileError()
        unwrap_key(current, PASSPHRASE_SLOT, self._credentials(passphrase, None))

    def _replace_header(self, new_header: VaultHeader, action: AuditAction) -> None:
        write_header(self.folder, new_header)
        self.header = new_header
        with self.transaction():
            self.audit.append(action)

    def _rotate(
        self,
        current: VaultHeader,
        login_name: str,
        login_credentials: Credentials,
        login_params: KdfParams,
    ) -> str:
        """Give the vault a new random data key; return the new recovery key (show once).

        Crash-safe in four steps: (1) the header gets *pending* slots holding the new key
        (the old slots still open the old key); (2) the audit chain's epoch is closed and
        the start recorded, under the old key; (3) ``PRAGMA rekey`` re-encrypts every page
        in one transaction and the write-ahead log is checkpointed (verified complete);
        (4) the pending slots replace the old ones. Unlocking tries both sets against the
        database (see ``_unlock``), so a kill at any moment leaves exactly one of the old
        and new credentials working. Slow (every page is rewritten): off the GUI thread.
        """
        vault_id = current.vault_id
        new_key = secrets.token_bytes(KEY_BYTES)
        recovery_key = new_recovery_key()
        slots = (
            wrap_key(vault_id, new_key, login_name, login_credentials, login_params),
            wrap_key(
                vault_id,
                new_key,
                RECOVERY_SLOT,
                Credentials(recovery_key=parse_recovery_key(recovery_key)),
                _recovery_params(login_params),
            ),
        )
        with self._lock:
            # Every page is rewritten into the write-ahead log first: without room for a
            # second copy of the database SQLCipher fails half-way, and says "locked".
            if not has_room_for_rewrite(self.folder):
                raise no_space_error(self.folder)
            write_header(self.folder, replace(current, pending=slots))
            new_state_key = derive_state_key(new_key)
            rekeyed: RecordState | None = None
            with self.transaction() as conn:
                self.audit.append(AuditAction.KEY_ROTATION_STARTED)
                self.audit.close_epoch()
                if self._state is not None:
                    # The same records summed under the new key, kept for a crash between
                    # the re-key and the next commit (the state below is under the old one).
                    rekeyed = RecordState(
                        self._state.seq + 1, newest_audit(conn), full_sums(conn, new_state_key)
                    )
                    write_meta(conn, META_KEY_REKEYED, rekeyed.to_json(new_state_key, vault_id))
            try:
                rekey_database(self.conn, new_key)
            except DatabaseError as exc:
                if not has_room_for_rewrite(self.folder):  # it filled up meanwhile
                    raise no_space_error(self.folder) from exc
                raise storage_error(exc, self.folder) from exc
            self._audit_key = derive_audit_key(new_key)
            self._head_key = head_key(new_key)
            self._hold_key = _hold_key(new_key)
            self._state_key = new_state_key
            if rekeyed is not None and self._state is not None:
                self._state = rekeyed
                self._drop_rekeyed = True
            # The heads were MACed under the old key: the new header has none until
            # write_head below, so the database must not expect them meanwhile.
            try:
                self.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY_HEADER_HEAD,))
            except DatabaseError as exc:  # a full disk: the next unlock finishes the rotation
                raise storage_error(exc, self.folder) from exc
            new_header = VaultHeader(vault_id, current.created_at, slots)
            write_header(self.folder, new_header)
            self.header = new_header
            with self.transaction():
                self.audit.append(AuditAction.KEY_ROTATED)
            self.write_head()
        return recovery_key

    def estimated_rotation_seconds(self) -> float:
        """A rough, honest estimate of how long ``rotate_key`` takes for this vault."""
        size = 0
        for name in (DATABASE_FILE, DATABASE_FILE + "-wal"):
            with suppress(OSError):
                size += (self.folder / name).stat().st_size
        # Every page is decrypted, re-encrypted, written to the log and checkpointed
        # (twice written, fsynced): about 50 MB/s on a modest laptop disk, plus the Argon2
        # runs (about a second at the recommended settings).
        return 1.0 + size / (50 * 1024 * 1024)

    def change_passphrase(
        self,
        old_passphrase: str,
        new_passphrase: str,
        params: KdfParams | None = None,
        *,
        keyfile: Path | None = None,
        rotate_key: bool = False,
    ) -> str | None:
        """Re-wrap the data key under a new passphrase. Costs two Argon2 runs (check the
        old, wrap with the new); the database is untouched, the header replaced atomically.

        With ``rotate_key`` the vault also gets a new data key (see ``_rotate``), so an old
        header with the old passphrase no longer opens today's database; the new recovery
        key is returned (the old one stops working). Otherwise None."""
        current, data_key = self._unwrap_current(old_passphrase, keyfile)
        name = login_slot(current)
        if rotate_key:
            recovery = self._rotate(
                current,
                name,
                self._credentials(new_passphrase, keyfile),
                params or current.slot(name).kdf,
            )
            with self.transaction():
                self.audit.append(AuditAction.PASSPHRASE_CHANGED)
            return recovery
        slot = wrap_key(
            current.vault_id,
            data_key,
            name,
            self._credentials(new_passphrase, keyfile),
            params or current.slot(name).kdf,
        )
        self._replace_header(current.with_slot(slot), AuditAction.PASSPHRASE_CHANGED)
        return None

    @property
    def has_key_file(self) -> bool:
        return login_slot(self.header) == PASSPHRASE_KEYFILE_SLOT

    @property
    def weak_kdf(self) -> KdfParams | None:
        """The login slot's Argon2 settings when they are below RFC 9106's recommendation
        (the least calibration ever chooses), else None."""
        kdf = self.login_kdf
        return kdf if kdf.is_below_recommended else None

    @property
    def login_kdf(self) -> KdfParams:
        """The Argon2 settings of the slot the passphrase opens."""
        return self.header.slot(login_slot(self.header)).kdf

    def add_key_file(self, passphrase: str, keyfile: Path, *, create: bool = True) -> str:
        """Require ``keyfile`` with the passphrase from now on. With ``create`` a new random
        key file is written at ``keyfile`` (never overwriting); otherwise an existing file
        is used as it is (it must then never change).

        Always a key rotation (see ``_rotate``), or an old header would still open today's
        records without the file: returns the new recovery key, to show once."""
        current, _ = self._unwrap_current(passphrase, None)
        if login_slot(current) == PASSPHRASE_KEYFILE_SLOT:
            raise ValueError("the vault already has a key file")
        digest = write_new_key_file(keyfile) if create else read_key_file(keyfile)
        recovery_key = self._rotate(
            current,
            PASSPHRASE_KEYFILE_SLOT,
            Credentials(passphrase, digest),
            current.slot(PASSPHRASE_SLOT).kdf,
        )
        with self.transaction():
            self.audit.append(AuditAction.KEY_FILE_ADDED)
        return recovery_key

    def remove_key_file(self, passphrase: str, keyfile: Path) -> str | None:
        """Go back to the passphrase alone (proving both factors first). Always a key
        rotation (whoever copied the key file and an old header gains nothing): returns
        the new recovery key, or None when the vault had no key file."""
        current, _ = self._unwrap_current(passphrase, keyfile)
        if login_slot(current) != PASSPHRASE_KEYFILE_SLOT:
            return None
        recovery_key = self._rotate(
            current,
            PASSPHRASE_SLOT,
            Credentials(passphrase),
            current.slot(PASSPHRASE_KEYFILE_SLOT).kdf,
        )
        with self.transaction():
            self.audit.append(AuditAction.KEY_FILE_REMOVED)
        return recovery_key

    def replace_recovery_key(self, passphrase: str, keyfile: Path | None = None) -> str:
        """A new recovery key (the old one stops working). Shown once: print it.

        Always a key rotation (see ``_rotate``): whoever holds the old recovery key could
        unwrap the old data key from any old header, so the data key changes too."""
        current, _ = self._unwrap_current(passphrase, keyfile)
        name = login_slot(current)
        recovery_key = self._rotate(
            current, name, self._credentials(passphrase, keyfile), current.slot(name).kdf
        )
        with self.transaction():
            self.audit.append(AuditAction.RECOVERY_KEY_REPLACED)
        return recovery_key

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
                            QT_TRANSLATE_NOOP(
                                "VaultErrors", "encrypted pages fail their check: {detail}"
                            ),
                            detail="; ".join(str(c) for c in cipher[:3]),
                        )
                    )
                sqlite = [r[0] for r in conn.execute("PRAGMA integrity_check")]
                if sqlite != ["ok"]:
                    problems.append(
                        UserMessage(
                            QT_TRANSLATE_NOOP(
                                "VaultErrors", "database structure is damaged: {detail}"
                            ),
                            detail="; ".join(str(s) for s in sqlite[:3]),
                        )
                    )
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
                if fk:
                    problems.append(
                        UserMessage(
                            QT_TRANSLATE_NOOP("VaultErrors", "records point to missing records")
                        )
                    )
                audit: AuditCheck = self.audit.verify()
            except DatabaseError as exc:
                problems.append(
                    UserMessage(
                        QT_TRANSLATE_NOOP("VaultErrors", "unreadable: {detail}"), detail=str(exc)
                    )
                )
                return problems
        if not audit.ok and audit.problem is not None:
            problems.append(audit.problem)
        head = self.head_problem()
        if head is not None:
            problems.append(head)
        # Summed again, unless the unlock summed them and nothing can have been written.
        if self._state_problem is None and (self._tracking or not self._records_checked):
            state = self._fresh_state_problem()
            if state is not None:
                problems.append(state)
        return problems

    def _fresh_state_problem(self) -> UserMessage | None:
        """The record-state checks of an unlock, again, with every row summed."""
        with self.reading() as conn:
            stored, problem = self._stored_state()
            if problem is None and stored is not None:
                problem = self._rows_problem(stored.sums, full_sums(conn, self._state_key))
        return problem


def _hold_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, b"counsel-desk/held-in-memory/v1", "sha256").digest()


def _recovery_params(login: KdfParams) -> KdfParams:
    """The recovery key has 160 random bits: the RFC minimum is ample (cheap test
    settings stay cheap)."""
    return login if login.is_below_recommended else KdfParams.recommended_minimum()


def _unlock(
    folder: Path,
    header: VaultHeader,
    slot_of: Callable[[VaultHeader], str],
    credentials: Credentials,
) -> tuple[VaultHeader, bytes]:
    """The header in force and the data key that ``credentials`` open.

    Normally one slot of ``header``. While a key rotation was interrupted the header also
    holds pending slots for the new key: the database itself decides which key is in
    force (it opens under exactly one), and the header is settled accordingly, so the
    old credentials work until the re-key committed and the new ones from then on."""
    pending = header.pending_header()
    if pending is None:
        return header, unwrap_key(header, slot_of(header), credentials)
    candidates: list[tuple[VaultHeader, bytes]] = []
    first_error: Exception | None = None
    for candidate in (header.without_pending(), pending):
        try:
            candidates.append((candidate, unwrap_key(candidate, slot_of(candidate), credentials)))
        except (WrongPassphraseError, WrongRecoveryKeyError, VaultDamagedError) as exc:
            first_error = first_error or exc
    for candidate, key in candidates:
        try:
            conn = open_database(folder / DATABASE_FILE, key)
        except DatabaseError:
            continue
        try:
            if candidate is pending:
                # The re-key committed: finish folding the log in before the old slots go.
                busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy != 0 or log != done:
                    raise _damaged_database("the key rotation could not be finished")
        finally:
            conn.close()
        if candidate is pending:
            # MACed under the old key: the next lock writes them under the new one, and
            # until then the database must not expect them (see _note_header_carries_head)
            candidate = replace(candidate, audit_head=None, record_state=None)
            conn = open_database(folder / DATABASE_FILE, key)
            try:
                conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY_HEADER_HEAD,))
            except DatabaseError as exc:  # a full disk: finished at an unlock with room
                raise storage_error(exc, folder) from exc
            finally:
                conn.close()
        write_header(folder, candidate)
        return candidate, key
    if first_error is not None:
        raise first_error
    # The credentials unwrapped a key the database does not take: since the rotation
    # changed which key that is, these are the credentials no longer in force.
    raise WrongPassphraseError()


def _folder_and_header(path: Path) -> tuple[Path, VaultHeader]:
    folder = resolve_vault_folder(path)
    if not looks_like_vault(folder):
        raise not_a_vault(str(path))
    try:
        return folder, read_header(folder)
    except OSError as exc:
        raise _storage_error(exc) from exc
