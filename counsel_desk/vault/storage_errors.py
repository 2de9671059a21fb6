"""What a failed read or write of the vault's files means, told by its cause.

A full disk, a read-only disk, a drive that went away or another program holding the
vault are not damage: telling the counselor to "restore from a backup" then would have her
replace a healthy vault with an older one. Only SQLCipher's page check, SQLite's own
corruption codes and a failed integrity check mean damage. Qt-free.
"""

from __future__ import annotations

import errno
import os
from enum import Enum

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault.errors import StorageError, VaultDamagedError, VaultError


class Cause(Enum):
    NO_SPACE = "no space"
    READ_ONLY = "read-only"
    DISK_GONE = "disk gone"
    BUSY = "busy"
    DAMAGED = "damaged"
    OTHER = "other"


# Causes that a statement's own error can have because of the disk, not of the statement.
DISK_CAUSES = frozenset({Cause.NO_SPACE, Cause.READ_ONLY, Cause.BUSY, Cause.DISK_GONE})

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_ERRNO_CAUSES: dict[int, Cause] = {
    errno.ENOSPC: Cause.NO_SPACE,
    errno.EDQUOT: Cause.NO_SPACE,
    errno.EROFS: Cause.READ_ONLY,
    errno.EACCES: Cause.READ_ONLY,
    errno.EPERM: Cause.READ_ONLY,
    errno.EIO: Cause.DISK_GONE,
    errno.ENOENT: Cause.DISK_GONE,
    errno.ENODEV: Cause.DISK_GONE,
    errno.ENXIO: Cause.DISK_GONE,
    errno.ESTALE: Cause.DISK_GONE,
}

_MESSAGES: dict[Cause, str] = {
    Cause.NO_SPACE: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The disk that holds the vault is full ({detail}). The records are not damaged and "
        "nothing of this change was saved. Free some space on that disk and try again.",
    ),
    Cause.READ_ONLY: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The vault's folder or disk is read-only ({detail}). The records are not damaged. "
        "Make the disk writable (for a USB stick, its write-protect switch), or copy the "
        "vault folder to a writable disk and open the copy.",
    ),
    Cause.DISK_GONE: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The disk that holds the vault cannot be reached ({detail}): it may have been "
        "removed or disconnected. Reconnect the drive and open the vault again.",
    ),
    Cause.BUSY: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Another program is using the vault right now ({detail}), perhaps another Counsel "
        "Desk window. Close the other window and try again.",
    ),
    Cause.DAMAGED: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The vault's database is damaged or was altered ({detail}). Restore it from a backup.",
    ),
    Cause.OTHER: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The vault could not read or write its files ({detail}). Nothing of this change was "
        "saved; try again.",
    ),
}


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def cause_of(exc: BaseException) -> Cause:
    """The cause of an ``OSError`` or an SQLite/SQLCipher error."""
    if isinstance(exc, OSError):
        return _ERRNO_CAUSES.get(exc.errno or 0, Cause.OTHER)
    code = _sqlite_code(exc)
    text = str(exc).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return Cause.NO_SPACE
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text:
        return Cause.READ_ONLY
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return Cause.BUSY
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return Cause.DAMAGED
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o" in text or "unable to open" in text:
        # SQLite does not say why an I/O call failed; the operating system can tell.
        return Cause.OTHER
    return Cause.OTHER


def refine(cause: Cause, folder: object | None) -> Cause:
    """An unspecific I/O error explained by what the vault's folder looks like now:
    gone, read-only or full. ``folder`` is a path (or None when unknown)."""
    if cause is not Cause.OTHER or folder is None:
        return cause
    path = os.fspath(folder)  # type: ignore[call-overload]
    if not os.path.isdir(path):
        return Cause.DISK_GONE
    try:
        stats = os.statvfs(path)
    except OSError as exc:
        return _ERRNO_CAUSES.get(exc.errno or 0, Cause.DISK_GONE)
    if stats.f_flag & os.ST_RDONLY or not os.access(path, os.W_OK):
        return Cause.READ_ONLY
    if stats.f_bavail * stats.f_frsize < _NEARLY_FULL:
        return Cause.NO_SPACE
    return cause


_NEARLY_FULL = 64 * 1024


def disk_is_full(folder: os.PathLike[str] | str) -> bool:
    """Whether the disk under ``folder`` has less than 64 KiB free (or cannot tell)."""
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < _NEARLY_FULL


# While a new vault is made there are no records yet to reassure her about: what is true
# is that no vault was made, and that another folder will do.
_CREATING_MESSAGES: dict[Cause, str] = {
    Cause.NO_SPACE: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The disk chosen for the new vault is full ({detail}). No vault was made there. Free "
        "some space on that disk, or choose a folder on another disk.",
    ),
    Cause.READ_ONLY: QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The folder chosen for the new vault is read-only ({detail}). No vault was made "
        "there. Choose a folder you can write to.",
    ),
}


def storage_error(
    exc: BaseException, folder: object | None = None, *, creating: bool = False
) -> VaultError:
    """The user-facing error for ``exc``: a :class:`VaultDamagedError` only for damage,
    otherwise a :class:`StorageError` whose message names the cause and what to do.
    ``creating``: the error came while a new vault was made in ``folder``."""
    cause = refine(cause_of(exc), folder)
    detail = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
    template = (_CREATING_MESSAGES if creating else _MESSAGES).get(cause, _MESSAGES[cause])
    message = UserMessage(template, detail=detail)
    if cause is Cause.DAMAGED:
        return VaultDamagedError(message)
    error = StorageError(message)
    error.cause = cause.value
    return error


def no_space_error(folder: object | None = None) -> VaultError:
    """The full-disk error, for a write that would not fit (found before it is tried)."""
    return storage_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), folder)


def folder_is_read_only(folder: os.PathLike[str] | str) -> bool:
    """Whether nothing can be written in ``folder`` (a read-only mount or no write access)."""
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return bool(stats.f_flag & os.ST_RDONLY) or not os.access(folder, os.W_OK)


def has_room_for_rewrite(folder: os.PathLike[str] | str) -> bool:
    """Whether the disk under the vault's ``folder`` has room for one more copy of its
    database (a new key rewrites every page into the write-ahead log first), with 64 KiB
    to spare. True when it cannot tell."""
    try:
        stats = os.statvfs(folder)
    except OSError:
        return True
    return stats.f_bavail * stats.f_frsize >= _database_size(folder) + _NEARLY_FULL


def _database_size(folder: os.PathLike[str] | str) -> int:
    size = 0
    for name in ("records.db", "records.db-wal"):
        try:
            size += os.stat(os.path.join(folder, name)).st_size
        except OSError:
            continue
    return size


def too_little_space_for_backups(folder: os.PathLike[str] | str) -> bool:
    """Whether the disk under the vault's ``folder`` has less free space than two backups
    of it need (a backup is about the size of ``records.db`` and its write-ahead log)."""
    size = _database_size(folder)
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 2 * size
