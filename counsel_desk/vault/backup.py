"""Encrypted backups: one file holding the vault's header and database as they are on
disk (encrypted), plus a manifest of SHA-256 sums.

A backup opens with the passphrase (or recovery key) the vault had when it was made.
Restoring checks the manifest, unpacks into a hidden staging folder beside the target,
opens it and runs the full integrity check, and only then renames it into place: a bad
backup never replaces anything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import secrets
import shutil
import tarfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.private_files import failure_reason, fsync_dir, private_dir, private_file
from counsel_desk.vault import migrations, seen_heads
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.errors import (
    StorageError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
)
from counsel_desk.vault.header import DATABASE_FILE, HEADER_FILE, MAX_HEADER_BYTES
from counsel_desk.vault.storage_errors import Cause, cause_of
from counsel_desk.vault.synced_folders import refuse_synced
from counsel_desk.vault.vault import Vault

BACKUP_FORMAT = "counsel-desk-backup/1"
BACKUP_SUFFIX = ".cdbackup"
MANIFEST = "manifest.json"
_CHUNK = 1024 * 1024
_MAX_MANIFEST_BYTES = 64 * 1024
_MEMBERS = (MANIFEST, HEADER_FILE, DATABASE_FILE)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: dt.datetime
    schema_version: int
    size: int


def _bad_backup(why: str | UserMessage) -> VaultDamagedError:
    return VaultDamagedError(
        UserMessage(
            QT_TRANSLATE_NOOP("Backups", "This backup cannot be used: {why}. Nothing was changed."),
            why=why,
        )
    )


@dataclass(frozen=True)
class _Snapshot:
    """The vault as it was at one moment: its header and its database file, both as they
    are on disk (the database encrypted), held in memory."""

    schema_version: int
    header: bytes
    database: bytes


def _snapshot(vault: Vault) -> _Snapshot:
    """Checkpoint and copy the vault's files into memory while its lock is held: the
    only part of a backup that makes autosave, the auto-lock and every read wait. The
    copy is the encrypted file's bytes, never plaintext; nothing is written to disk."""
    with vault.reading() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # pragma: no mutate (SQL ignores case)
        version = migrations.schema_version(conn)
        header = (vault.folder / HEADER_FILE).read_bytes()
        database = (vault.folder / DATABASE_FILE).read_bytes()
    return _Snapshot(version, header, database)


def write_backup(
    vault: Vault, out: Path, *, clock: Callable[[], dt.datetime] = dt.datetime.now
) -> BackupInfo:
    """Write a backup of ``vault`` to ``out`` (replaced atomically if it exists).

    The database is checkpointed and copied into memory while the vault's lock is held,
    so the copy is consistent; the hashing, the archive and the fsync to ``out`` (slow on
    a USB stick) run without the lock, so the vault can be read, written and locked
    meanwhile. Slow for a large vault: call it off the GUI thread.
    """
    out = Path(out).expanduser().absolute()
    created = clock().replace(microsecond=0)
    vault_id = vault.header.vault_id
    try:
        if not out.parent.exists():
            private_dir(out.parent)
        snap = _snapshot(vault)
        version = snap.schema_version
        manifest = {
            "format": BACKUP_FORMAT,
            "vault_id": vault_id,
            "created_at": created.isoformat(),
            "schema_version": version,
            "files": {
                HEADER_FILE: hashlib.sha256(snap.header).hexdigest(),
                DATABASE_FILE: hashlib.sha256(snap.database).hexdigest(),
            },
            "sizes": {HEADER_FILE: len(snap.header), DATABASE_FILE: len(snap.database)},
        }
        members = (
            # indentation is no part of the format: the manifest is read as JSON
            (MANIFEST, json.dumps(manifest, indent=2).encode()),  # pragma: no mutate
            (HEADER_FILE, snap.header),
            (DATABASE_FILE, snap.database),
        )
        with private_file(out) as raw:
            _write_archive(raw, members, created)
    except OSError as exc:
        raise _backup_not_written(exc, out.parent) from exc
    with suppress(VaultLockedError):  # locked meanwhile: the backup stands, unrecorded
        vault.record(AuditAction.BACKUP_WRITTEN, detail=out.name)  # waits on a full disk
    return BackupInfo(out, vault_id, created, version, out.stat().st_size)


def _write_archive(raw: BinaryIO, members: Iterable[tuple[str, bytes]], when: dt.datetime) -> None:
    """The slow part of a backup (the archive onto its drive), run without the lock."""
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name, data in members:
            _add_bytes(tar, name, data, when)


def _backup_not_written(exc: OSError, folder: Path) -> StorageError:
    """Why a backup could not be written; a drive pulled out mid-backup said as such."""
    reason = failure_reason(exc)
    if cause_of(exc) is Cause.DISK_GONE or not folder.is_dir():
        return StorageError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "The backup could not be written: the drive it was going to was removed "
                    "or cannot be reached ({reason}). No backup was made there; the vault "
                    "is unchanged. Reconnect the drive and back up again.",
                ),
                reason=reason,
            )
        )
    return StorageError(
        UserMessage(
            QT_TRANSLATE_NOOP("Backups", "The backup could not be written: {reason}."),
            reason=reason,
        )
    )


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes, when: dt.datetime) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(when.timestamp())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _members(tar: tarfile.TarFile, backup_size: int) -> dict[str, tarfile.TarInfo]:
    """The backup's three members, read header by header (never the whole index: a
    hostile file may hold a million members). Anything else — another or a repeated
    name, a link, a sparse member, a member larger than the file it is in — refuses the
    backup before a byte is unpacked."""
    found: dict[str, tarfile.TarInfo] = {}
    while (member := tar.next()) is not None:
        if member.name not in _MEMBERS or member.name in found:
            raise _bad_backup(f"it holds an unexpected file ({member.name[:80]!r})")
        if not member.isreg() or member.issparse():
            raise _bad_backup(f"{member.name} is not a plain file")
        if member.size > backup_size:
            raise _bad_backup(f"{member.name} claims to be larger than the backup")
        if member.offset_data + member.size > backup_size:
            # A file cut short (a drive pulled out while it was copied) is no backup:
            # rotation must never count it as a good one.
            raise _bad_backup("it is incomplete")
        found[member.name] = member
    if set(found) != set(_MEMBERS):
        raise _bad_backup("a file is missing from it")
    if found[MANIFEST].size > _MAX_MANIFEST_BYTES:
        raise _bad_backup("its manifest is far too large")
    return found


def _read_manifest(tar: tarfile.TarFile, members: dict[str, tarfile.TarInfo]) -> dict[str, Any]:
    fh = tar.extractfile(members[MANIFEST])
    if fh is None:
        raise _bad_backup("its manifest is missing")
    # _members refused a manifest above the limit already: this cap never cuts
    manifest = json.loads(fh.read(_MAX_MANIFEST_BYTES + 1))  # pragma: no mutate
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise _bad_backup("it is not a Counsel Desk backup")
    return manifest


def read_manifest(path: Path) -> BackupInfo:
    """What a backup file says about itself (does not check the contents)."""
    try:
        size = Path(path).stat().st_size
        with tarfile.open(path, mode="r:") as tar:
            manifest = _read_manifest(tar, _members(tar, size))
    except (OSError, tarfile.TarError, KeyError, ValueError, RecursionError) as exc:
        raise _bad_backup("it is not a Counsel Desk backup or it is damaged") from exc
    try:
        created = dt.datetime.fromisoformat(manifest["created_at"])
        if created.tzinfo is not None:  # backups are named and rotated in local time
            created = created.astimezone().replace(tzinfo=None)
        return BackupInfo(
            Path(path),
            str(manifest["vault_id"]),
            created,
            int(manifest["schema_version"]),
            size,
        )
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        raise _bad_backup("its manifest is damaged") from exc


def unpack_backup(path: Path, target: Path) -> BackupInfo:
    """Unpack a backup into the new folder ``target``, checking every file's SHA-256.

    Only the expected regular files are extracted, by name: nothing in the archive can
    write outside ``target``.
    """
    info = read_manifest(path)
    if target.exists():
        raise VaultExistsError(str(target))
    try:
        target.mkdir(mode=0o700, parents=True)
    except OSError as exc:  # a read-only or full disk: said as the unpacking refused
        raise _not_unpacked(exc) from exc
    try:
        with tarfile.open(path, mode="r:") as tar:
            members = _members(tar, info.size)
            manifest = _read_manifest(tar, members)
            expected = manifest.get("files")
            if not isinstance(expected, dict) or set(expected) != {HEADER_FILE, DATABASE_FILE}:
                raise _bad_backup("its manifest lists the wrong files")
            if not all(isinstance(v, str) for v in expected.values()):
                raise _bad_backup("its manifest is damaged")
            sizes = manifest.get("sizes")  # in backups since issue 15; older ones have none
            if sizes is not None and (
                not isinstance(sizes, dict)
                or any(sizes.get(n) != members[n].size for n in (HEADER_FILE, DATABASE_FILE))
            ):
                raise _bad_backup("a file is not the size its manifest says")
            if members[HEADER_FILE].size > MAX_HEADER_BYTES:
                raise _bad_backup(f"{HEADER_FILE} is far too large")
            for name, checksum in expected.items():
                member = members[name]
                source = tar.extractfile(member)
                if source is None:
                    raise _bad_backup(f"{name} is missing")
                digest = hashlib.sha256()
                # target was made just now: there is nothing to replace either way
                with private_file(target / name, replace=False) as out:  # pragma: no mutate
                    # in chunks for memory only: read at once, the same bytes are written
                    read = source.read  # pragma: no mutate
                    for block in iter(lambda: read(_CHUNK), b""):  # noqa: B023  # pragma: no mutate
                        digest.update(block)
                        out.write(block)
                if digest.hexdigest() != checksum:
                    raise _bad_backup(f"{name} does not match its checksum")
    except (OSError, tarfile.TarError, KeyError, ValueError, RecursionError) as exc:
        # The folder made above, or the backup, gone: a drive pulled out mid-restore.
        vanished = not target.is_dir() or not Path(path).is_file()
        shutil.rmtree(target, ignore_errors=True)
        if isinstance(exc, OSError) and (not isinstance(exc, FileNotFoundError) or vanished):
            # A full, read-only or vanished disk is said as such, never as a damaged backup.
            raise _not_unpacked(exc, vanished=vanished) from exc
        raise _bad_backup("it is damaged") from exc
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return info


def _not_unpacked(exc: OSError, *, vanished: bool = False) -> StorageError:
    reason = failure_reason(exc)
    if vanished or cause_of(exc) is Cause.DISK_GONE:
        return StorageError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "The backup could not be unpacked: a drive it was read from or written "
                    "to was removed or cannot be reached ({reason}). Nothing was restored "
                    "and nothing was left behind. Reconnect the drive and restore again.",
                ),
                reason=reason,
            )
        )
    return StorageError(
        UserMessage(
            QT_TRANSLATE_NOOP("Backups", "The backup could not be unpacked: {reason}."),
            reason=reason,
        )
    )


def restore_backup(
    backup: Path,
    new_vault: Path,
    opener: Callable[[Path], Vault],
) -> Vault:
    """Restore ``backup`` as a new vault at ``new_vault`` (which must not exist, or be an
    empty folder). ``opener`` opens the unpacked copy (with the passphrase or recovery
    key); the copy must pass the full integrity check before it is moved into place.
    Returns the restored vault, open.
    """
    target = Path(new_vault).expanduser().absolute()
    if target.is_symlink():
        raise StorageError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{folder} is a symbolic link: restore into a new folder of its own. "
                    "Nothing was changed.",
                ),
                folder=str(target),
            )
        )
    refuse_synced(target)  # a restored vault is a live one: never in a synced folder
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExistsError(str(target))
    suffix = secrets.token_hex(4)  # pragma: no mutate (a random name: its length is no behaviour)
    staging = target.with_name(f".{target.name}.restoring-{suffix}")
    info = unpack_backup(backup, staging)
    try:
        with opener(staging) as vault:
            problems = vault.check_integrity()
            if vault.header.vault_id != info.vault_id:
                problems.append(
                    UserMessage(QT_TRANSLATE_NOOP("Backups", "it belongs to another vault"))
                )
            if not problems:
                # The restored copy changes on its own from now on: its own device id
                # (identity.py), given before the copy is put in place, so that no
                # restore cut short leaves a live copy stamping with the original's.
                vault.take_new_device_id()
        if problems:
            # Each problem is a message of its own, shown in her language (never its
            # English words joined into a string).
            why = problems[0]
            for more in problems[1:]:
                why = UserMessage("{first}; {then}", first=why, then=more)
            raise _bad_backup(why)
        if target.exists():
            target.rmdir()
        os.replace(staging, target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        seen_heads.forget(info.vault_id, staging)
    # A restore is deliberate: whatever this computer saw in that folder before is no
    # rollback. The open below records the restored head as the newest seen.
    seen_heads.forget(info.vault_id, target)
    vault = opener(target)
    with vault.transaction():
        vault.audit.append(AuditAction.RESTORED, detail=info.created_at.isoformat())
    return vault


# --- automatic backups -------------------------------------------------------------


@dataclass(frozen=True)
class Rotation:
    keep_last: int = 10
    keep_daily_days: int = 30


def auto_backup_name(when: dt.datetime, folder: Path | None = None) -> str:
    """``auto-YYYYMMDD-HHMMSS.cdbackup``; when ``folder`` already holds that name (two
    locks in one second), ``-2``, ``-3``, … is added: a backup never replaces another."""
    stem = f"auto-{when:%Y%m%d-%H%M%S}"
    name, n = f"{stem}{BACKUP_SUFFIX}", 1
    while folder is not None and (folder / name).exists():
        n += 1
        name = f"{stem}-{n}{BACKUP_SUFFIX}"
    return name


def list_backups(folder: Path) -> list[BackupInfo]:
    """The readable backups in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.glob(f"*{BACKUP_SUFFIX}"):
            try:
                found.append(read_manifest(path))
            except VaultDamagedError:
                continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def backups_to_delete(
    backups: Iterable[BackupInfo], rotation: Rotation, today: dt.date
) -> list[BackupInfo]:
    """Which automatic backups fall out of the rotation: keep the newest ``keep_last``,
    and the newest of each day for ``keep_daily_days`` days."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep = {b.path for b in ordered[: rotation.keep_last]}
    seen_days: set[dt.date] = set()
    for b in ordered:
        day = b.created_at.date()
        if (today - day).days < rotation.keep_daily_days and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    return [b for b in ordered if b.path not in keep]


def automatic_backup(
    vault: Vault,
    folder: Path,
    rotation: Rotation = Rotation(),
    *,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
) -> BackupInfo:
    """Back the vault up into ``folder`` and rotate the automatic backups there."""
    now = clock().replace(microsecond=0)
    try:
        private_dir(folder)
    except OSError as exc:
        raise StorageError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Backups", "The backup folder {folder} cannot be used: {reason}."
                ),
                folder=str(folder),
                reason=failure_reason(exc),
            )
        ) from exc
    info = write_backup(vault, folder / auto_backup_name(now, folder), clock=lambda: now)
    mine = [
        b
        for b in list_backups(folder)
        if b.vault_id == vault.header.vault_id and b.path.name.startswith("auto-")
    ]
    for old in backups_to_delete(mine, rotation, now.date()):
        with suppress(OSError):  # a backup that cannot be deleted now goes next time
            old.path.unlink(missing_ok=True)  # pragma: no mutate (gone: an OSError, suppressed)
    return info
