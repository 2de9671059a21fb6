"""Move a vault to another folder, checked, and only then remove the old copy (issue 18,
item 2: "Move the vault out of the synced folder").

The order is what makes it safe:

1. The target is checked before anything is written: not inside a synced folder
   (``synced_folders.py``), not the vault's own folder or inside it, not a symbolic
   link, new or empty, and on a disk with room for the vault.
2. While the vault's lock is held (so nothing is written meanwhile) its write-ahead log
   is folded into ``records.db`` (``wal_checkpoint(TRUNCATE)``, checked complete) and
   the audit head written into the header; then ``vault.json``, ``records.db`` and any
   ``audit-lost-*`` marker are copied into a hidden staging folder beside the target
   (``.<name>.moving-<random>``), each file fsynced, read back and compared with the
   original by SHA-256.
3. The copy is opened with the same credentials (``opener``) and passes the full
   integrity check (page MACs, structure, audit chain) and has the same vault id.
4. The old vault is closed (still complete), the staging folder renamed to the target
   and its folder fsynced, and the vault opened there.
5. Only then are the old copy's files removed (the database first, so a half-removed old
   folder never looks like a vault), and its folder if nothing else is left in it.

Audit entries that wait in memory for a full disk (``Vault.write_waiting_audit``) must be
written first, or the move is refused: they would reach the old copy only.

A failure before step 4 (a full disk, a drive pulled out, a bad copy) removes the
staging folder (and any folder made for the target) and leaves the old vault open and
unchanged. A failure in step 4 (the rename, or opening the copy at its new place) removes
the new copy and leaves the old one whole but closed: she unlocks it where it was. A kill at any moment leaves
at least one complete vault: the old one until the new one is in place, and the new
one from then on (``tests/reliability/test_move_kill.py``).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.private_files import fsync_dir, private_dir, private_file
from counsel_desk.vault import seen_heads
from counsel_desk.vault.connection import DatabaseError
from counsel_desk.vault.errors import StorageError, VaultDamagedError, VaultExistsError
from counsel_desk.vault.header import DATABASE_FILE, HEADER_FILE
from counsel_desk.vault.storage_errors import no_space_error, storage_error
from counsel_desk.vault.synced_folders import refuse_synced
from counsel_desk.vault.vault import Vault

__all__ = ["MOVE_STEPS", "check_move_target", "move_vault"]

_CHUNK = 1024 * 1024
_MARGIN = 1024 * 1024  # free space beyond the vault's size that the target must have
_LOST = re.compile(r"^audit-lost-[0-9]{1,9}-[0-9a-f]{8}$")
# The files of a vault folder the move removes from the old place (nothing else).
_VAULT_FILES = (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm", HEADER_FILE)

MOVE_STEPS = ("checked", "copied", "verified", "closed", "renamed", "opened", "removed")
"""The points ``move_vault`` reports to its ``step`` callback, in order."""


def _refused(template: str, **params: object) -> StorageError:
    return StorageError(UserMessage(template, **params))


def _vault_size(folder: Path) -> int:
    size = 0
    for name in (HEADER_FILE, DATABASE_FILE, f"{DATABASE_FILE}-wal"):
        with suppress(OSError):
            size += (folder / name).stat().st_size
    return size


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def _free_space(folder: Path) -> int | None:
    """Free bytes on ``folder``'s disk, or None when it cannot tell (then the copy says)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_move_target(source: Path, target: Path) -> Path:
    """The absolute target for moving the vault at ``source`` to ``target``; raises when
    the target cannot take it (see the module's description, step 1). Writes nothing."""
    source = Path(os.path.realpath(source))
    target = Path(os.path.abspath(Path(target).expanduser()))
    if target.is_symlink():
        raise _refused(
            QT_TRANSLATE_NOOP(
                "VaultMove",
                "{folder} is a symbolic link: choose a real folder. Nothing was moved.",
            ),
            folder=str(target),
        )
    real_target = Path(os.path.realpath(target))
    if _inside(real_target, source):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "VaultMove",
                "{folder} is the vault's own folder or inside it: choose a folder elsewhere. "
                "Nothing was moved.",
            ),
            folder=str(target),
        )
    refuse_synced(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExistsError(str(target))
    needed = _vault_size(source) + _MARGIN
    free = _free_space(_existing_ancestor(target.parent))
    if free is not None and free < needed:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "VaultMove",
                "The disk of {folder} has {free} MB free; the vault needs {needed} MB. "
                "Choose a folder on another disk or free some space. Nothing was moved.",
            ),
            folder=str(target),
            free=free // 1_000_000,
            needed=-(-needed // 1_000_000),
        )
    return target


def _not_moved(exc: BaseException, folder: Path, *, closed: bool = False) -> StorageError:
    """The disk refused the copy: said by its cause, with what became of the vault."""
    cause = storage_error(exc, folder, creating=True)
    error = StorageError(
        UserMessage(
            QT_TRANSLATE_NOOP(
                "VaultMove",
                "The vault could not be moved: {problem} The vault stays where it was, "
                "unchanged; unlock it there again.",
            )
            if closed
            else QT_TRANSLATE_NOOP(
                "VaultMove",
                "The vault could not be moved: {problem} The vault stays where it was, "
                "open and unchanged.",
            ),
            problem=cause.message,
        )
    )
    error.cause = getattr(cause, "cause", "other")
    return error


def _copy_file(source: Path, target: Path) -> str:
    """Copy ``source`` to the new file ``target`` (fsynced); the SHA-256 of what was read."""
    digest = hashlib.sha256()
    with open(source, "rb") as src, private_file(target, replace=False) as out:
        while block := src.read(_CHUNK):
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _copy_damaged() -> VaultDamagedError:
    return VaultDamagedError(
        UserMessage(
            QT_TRANSLATE_NOOP(
                "VaultMove",
                "The copy in the new folder did not come out the same as the vault (its "
                "disk may be failing). The copy was removed; the vault stays where it was, "
                "unchanged.",
            )
        )
    )


def _copy_into(vault: Vault, staging: Path, step: Callable[[str], None]) -> None:
    """Steps 2 and 3, with the vault's lock held by the caller."""
    source = vault.folder
    if not vault.write_waiting_audit():
        # Audit entries a full disk refused would be written to the old copy only.
        raise no_space_error(source)
    with vault.reading() as conn:
        busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy != 0 or log != done:
            raise storage_error(DatabaseError("database is locked"), source)
    vault.write_head()
    names = [HEADER_FILE, DATABASE_FILE]
    wal = source / f"{DATABASE_FILE}-wal"
    if wal.exists() and wal.stat().st_size > 0:  # pragma: no cover - checkpointed above
        names.append(wal.name)
    names.extend(sorted(p.name for p in source.iterdir() if _LOST.match(p.name)))
    staging.mkdir(mode=0o700)
    sums = {name: _copy_file(source / name, staging / name) for name in names}
    fsync_dir(staging)
    step("copied")
    if any(_sha256(staging / name) != checksum for name, checksum in sums.items()):
        raise _copy_damaged()


def _verify(staging: Path, vault_id: str, opener: Callable[[Path], Vault]) -> None:
    try:
        with opener(staging) as copy:
            problems = copy.check_integrity()
            same = copy.header.vault_id == vault_id
    finally:
        seen_heads.forget(vault_id, staging)
    if problems or not same:
        raise _copy_damaged()


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, deepest first."""
    missing = []
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    return missing


def _undo(copy: Path, made: list[Path]) -> None:
    """Remove a copy this move made, and the folders it made for it (if still empty)."""
    shutil.rmtree(copy, ignore_errors=True)
    for folder in made:
        try:
            folder.rmdir()
        except OSError:
            break


def _remove_old(folder: Path) -> bool:
    """Remove the old copy's vault files (database first), then the folder if empty.
    True when the folder is gone; never raises."""
    for name in _VAULT_FILES:
        with suppress(FileNotFoundError, OSError):
            (folder / name).unlink()
    with suppress(OSError):
        for marker in folder.iterdir():
            if _LOST.match(marker.name):
                marker.unlink()
    fsync_dir(folder)
    try:
        folder.rmdir()
    except OSError:
        return not folder.exists()
    fsync_dir(folder.parent)
    return True


def move_vault(
    vault: Vault,
    target: Path,
    opener: Callable[[Path], Vault],
    *,
    step: Callable[[str], None] = lambda _name: None,
) -> tuple[Vault, bool]:
    """Move the open ``vault`` to the new folder ``target`` (see the module's
    description). ``opener`` opens a vault folder with the vault's credentials. Returns
    the vault opened at its new place and whether the old folder is gone (False when it
    held other files, which stay). ``vault`` is closed when this returns; on an error
    before the new copy is in place it is still open and unchanged. Slow (a copy, an
    integrity check and two Argon2 runs): off the GUI thread."""
    source = vault.folder
    vault_id = vault.header.vault_id
    target = check_move_target(source, target)
    step("checked")
    staging = target.with_name(f".{target.name}.moving-{secrets.token_hex(4)}")
    made = _missing_folders(target.parent)  # made here, removed again on a failure
    with vault.reading():  # the lock: nothing is written to the old copy from here on
        try:
            if made:  # an existing parent may be a link she made: left as it is
                private_dir(target.parent)
            _copy_into(vault, staging, step)
            _verify(staging, vault_id, opener)
            step("verified")
        except (OSError, DatabaseError) as exc:
            _undo(staging, made)
            raise _not_moved(exc, target.parent) from exc
        except BaseException:
            _undo(staging, made)
            raise
        vault.close()
        step("closed")
        try:
            if target.exists():
                target.rmdir()  # empty, checked above
            os.replace(staging, target)
            fsync_dir(target.parent)
        except OSError as exc:
            _undo(staging, made)
            raise _not_moved(exc, target.parent, closed=True) from exc
    step("renamed")
    try:
        moved = opener(target)
    except Exception as exc:
        # The old copy is whole and still where she opens it: the new one goes again.
        _undo(target, made)
        if isinstance(exc, OSError | DatabaseError):
            raise _not_moved(exc, target.parent, closed=True) from exc
        raise
    step("opened")
    seen_heads.forget(vault_id, source)
    gone = _remove_old(source)
    step("removed")
    return moved, gone
