"""Writing files that hold client data or a secret, privately (issue 15, item 4).

Every such file the product writes — PDFs, the JSON export, backups, the audit CSV, the
recovery-key sheet, a new key file, the vault's header — goes through this module:

* it is built in memory (or streamed) into a **random-named** staging file in the target
  folder, opened with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and mode 0600, so a file or
  symbolic link planted under a predictable name never receives the plaintext;
* the staging file is fsynced, then renamed over the target (a rename replaces a symbolic
  link at the target, it never follows it), and the folder is fsynced;
* a target that *is* a symbolic link or not a regular file (a directory, a FIFO, a
  device) is refused before anything is written;
* the file ends up mode 0600 whatever the umask, also when it replaces a wider one;
* on any error the staging file is removed, and the target is as it was.

Folders that hold such files (the vault, ``Backups/``) are made with
:func:`private_dir`: mode 0700.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage

__all__ = [
    "FILE_MODE",
    "FOLDER_MODE",
    "FileWriteError",
    "UnsafeTargetError",
    "failure_reason",
    "fsync_dir",
    "private_dir",
    "private_file",
    "write_private",
]

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


_REASONS = {
    errno.ELOOP: QT_TRANSLATE_NOOP("Files", "it is a symbolic link, which is never followed"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Files", "it is not a folder"),
    errno.EINVAL: QT_TRANSLATE_NOOP("Files", "it is not a regular file"),
}


class UnsafeTargetError(OSError):
    """The chosen target is a symbolic link or not a regular file: nothing was written."""

    def __init__(self, code: int, path: Path) -> None:
        super().__init__(code, str(_REASONS[code]), str(path))


def failure_reason(exc: OSError) -> UserMessage | str:
    """Why ``exc`` happened, for a message: translated for the refusals of this module,
    the system's words otherwise."""
    if isinstance(exc, UnsafeTargetError) and exc.errno in _REASONS:
        return UserMessage(_REASONS[exc.errno])
    return exc.strerror or type(exc).__name__


class FileWriteError(CounselDeskError):
    """A file the user asked for could not be written; nothing was written."""

    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Files", "{name} could not be written: {reason}. Nothing was written."
                ),
                name=Path(path).name,
                reason=failure_reason(exc),
            )
        )


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _check_target(path: Path) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeTargetError(errno.ELOOP, path)
    if stat.S_ISDIR(st.st_mode):
        raise UnsafeTargetError(errno.EISDIR, path)
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeTargetError(errno.EINVAL, path)


def _open_new(path: Path) -> int:
    """A new file at ``path``, owner-only; fails if anything (even a dangling link) is
    there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY | _CLOEXEC
    fd = os.open(path, flags, FILE_MODE)
    if hasattr(os, "fchmod"):  # the umask may only narrow the mode; make it exactly 0600
        with contextlib.suppress(OSError):  # a folder that keeps no modes (FAT)
            os.fchmod(fd, FILE_MODE)
    return fd


@contextlib.contextmanager
def private_file(path: Path, *, replace: bool = True) -> Iterator[BinaryIO]:
    """A file object to write ``path``'s new content to; on a normal exit the content is
    fsynced and renamed into place, on an exception nothing is left behind.

    ``replace=False`` never overwrites: an existing target (of any kind) raises
    :class:`FileExistsError`. Raises :class:`UnsafeTargetError` for a symbolic link or a
    non-regular target, :class:`OSError` for everything else the system refuses.
    """
    path = Path(path)
    _check_target(path)
    if not replace and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    folder = path.parent
    staging = fd = None
    for _ in range(16):
        candidate = folder / f".{secrets.token_hex(8)}.partial"
        try:
            fd = _open_new(candidate)
        except FileExistsError:
            continue
        staging = candidate
        break
    if staging is None or fd is None:
        raise FileExistsError(errno.EEXIST, "no free staging name", str(folder))
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            _check_target(path)  # a symbolic link planted meanwhile is replaced, not followed
            os.replace(staging, path)
        else:
            _link_new(staging, path)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(staging)
        raise


def _link_new(staging: Path, path: Path) -> None:
    """Put ``staging`` at ``path`` unless something is there (a race-free "no overwrite")."""
    try:
        os.link(staging, path, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:
        # Folders without hard links (FAT, exFAT on a USB stick): the check above and a
        # rename are as close as they allow.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.replace(staging, path)
        return
    os.unlink(staging)


def write_private(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` at ``path`` privately (see the module's description)."""
    with private_file(path, replace=replace) as fh:
        fh.write(data)


def private_dir(folder: Path) -> Path:
    """Make ``folder`` and its missing parents owner-only (0700); an existing folder is
    left as it is, unless it is a symbolic link or not a folder, which is refused."""
    folder = Path(folder)
    if folder.is_symlink():
        raise UnsafeTargetError(errno.ELOOP, folder)
    if folder.exists():
        if not folder.is_dir():
            raise UnsafeTargetError(errno.ENOTDIR, folder)
        return folder
    if folder.parent != folder and not folder.parent.exists():
        private_dir(folder.parent)
    try:
        folder.mkdir(mode=FOLDER_MODE)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return folder
    with contextlib.suppress(OSError):
        os.chmod(folder, FOLDER_MODE)
    return folder
