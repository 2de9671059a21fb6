"""The last audit head this computer saw, per vault and per copy of the vault (issue 15).

The header keeps the audit chain's head, so a database copied back alone is noticed. A
database copied back *together with* its old header is not: both agree. This file,
``seen-heads.json`` in the user's data folder (not in the vault's folder, so a copy of
the vault does not carry it along), remembers the newest head this computer saw for each
copy of each vault; a vault whose chain no longer holds that head was rolled back.

A *copy* is the vault's id together with the folder it is in: a backup restored into
another folder, or a copy on a USB stick, is another copy with its own record. Only the
vault id (a random UUID), a SHA-256 of the folder's path, the sequence number and the
head's hash are kept: no client data, no names, no paths in clear.

The file is a help, never a gate: a damaged or unreadable one is ignored with a warning
(it is rewritten at the next lock), and a file that cannot be written costs only the
detection on this computer, never the unlock.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import threading
from pathlib import Path

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.paths import default_data_dir
from counsel_desk.private_files import private_dir, write_private

__all__ = [
    "SEEN_HEADS_FILE",
    "copy_key",
    "forget",
    "last_seen",
    "remember",
    "seen_heads_path",
    "take_problem",
]

SEEN_HEADS_FILE = "seen-heads.json"
_FORMAT = "counsel-desk-seen-heads"
_MAX_BYTES = 4 * 1024 * 1024

Head = tuple[int, str]

# The last problem with the file (damaged, unreadable, not writable), for a warning.
_problem: UserMessage | None = None
_problem_lock = threading.Lock()


def _note(template: str, path: Path, reason: str) -> None:
    global _problem
    with _problem_lock:
        if _problem is None:  # the first one says most (unreadable, so also not written)
            _problem = UserMessage(template, file=str(path), reason=reason)


def take_problem() -> UserMessage | None:
    """The problem met with the file since the last call (and forget it), or None."""
    global _problem
    with _problem_lock:
        problem, _problem = _problem, None
    return problem


_UNREADABLE = QT_TRANSLATE_NOOP(
    "VaultErrors",
    "{file} (where this computer remembers the vaults it opened, to notice an older copy put "
    "back) is damaged or unreadable ({reason}); it is ignored and written again at the next "
    "lock",
)
_UNWRITABLE = QT_TRANSLATE_NOOP(
    "VaultErrors",
    "{file} (where this computer remembers the vaults it opened, to notice an older copy put "
    "back) could not be written ({reason}); an older copy put back may go unnoticed here",
)


def seen_heads_path() -> Path:
    """``seen-heads.json`` in the per-user data folder (``$XDG_DATA_HOME/Counsel Desk``)."""
    return default_data_dir() / SEEN_HEADS_FILE


def copy_key(vault_id: str, folder: Path) -> str:
    """The record's key: the vault's id and a SHA-256 of its folder's real path."""
    return _key(vault_id, os.path.realpath(os.fspath(folder)))


def _key(vault_id: str, path: str) -> str:
    return f"{vault_id}/{hashlib.sha256(path.encode('utf-8', 'surrogateescape')).hexdigest()}"


def _copy_keys(vault_id: str, folder: Path) -> list[str]:
    """The keys of this copy: its real path's, and the path's as she opens it when that
    is a link. A vault folder replaced by a link to an older copy is the same path she
    always opens: its record still counts (attack F2)."""
    real = copy_key(vault_id, folder)
    given = _key(vault_id, os.path.abspath(os.fspath(folder)))
    return [real] if given == real else [real, given]


# A sequence number SQLite can hold (an entry's seq is an INTEGER): beyond it, damage.
_MAX_SEQ = 2**63 - 1


def read_small_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of a regular file, never blocking: a FIFO or a device
    put in its place is refused before a byte is read (the unlock must not wait for ever,
    attack F4)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(limit + 1)
    finally:
        os.close(fd)


def _load(path: Path) -> dict[str, Head]:
    try:
        raw = read_small_file(path, _MAX_BYTES)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        _note(_UNREADABLE, path, exc.strerror or type(exc).__name__)
        return {}
    try:
        if len(raw) > _MAX_BYTES:
            raise ValueError("too large")
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
            raise ValueError("not a seen-heads file")
        heads = doc.get("heads")
        if not isinstance(heads, dict):
            raise ValueError("no heads")
        out: dict[str, Head] = {}
        damaged = 0
        for key, value in heads.items():
            seq = value.get("seq") if isinstance(value, dict) else None
            head_hash = value.get("hash") if isinstance(value, dict) else None
            if (
                isinstance(seq, int)
                and not isinstance(seq, bool)
                and 0 <= seq <= _MAX_SEQ
                and isinstance(head_hash, str)
            ):
                out[str(key)] = (seq, head_hash)
            else:  # one damaged record costs its own copy's detection, not the others'
                damaged += 1
        if damaged:
            _note(_UNREADABLE, path, f"{damaged} damaged record(s)")
        return out
    except (ValueError, RecursionError, UnicodeDecodeError) as exc:
        _note(_UNREADABLE, path, str(exc) or type(exc).__name__)
        return {}


def _save(path: Path, heads: dict[str, Head]) -> None:
    doc = {
        "format": _FORMAT,
        "version": 1,
        "heads": {k: {"seq": s, "hash": h} for k, (s, h) in sorted(heads.items())},
    }
    try:
        private_dir(path.parent)
        write_private(path, json.dumps(doc, indent=1).encode("utf-8") + b"\n")
    except OSError as exc:  # a full or read-only disk: detection waits, unlocking does not
        _note(_UNWRITABLE, path, exc.strerror or type(exc).__name__)


def last_seen(vault_id: str, folder: Path) -> Head | None:
    """The newest head this computer saw for this copy, or None."""
    heads = _load(seen_heads_path())
    seen = [heads[k] for k in _copy_keys(vault_id, folder) if k in heads]
    return max(seen, default=None)


def remember(vault_id: str, folder: Path, seq: int, head_hash: str) -> None:
    """Record ``(seq, head_hash)`` as the newest head seen of this copy."""
    path = seen_heads_path()
    heads = _load(path)
    keys = _copy_keys(vault_id, folder)
    if all(heads.get(k) == (seq, head_hash) for k in keys):
        return
    for key in keys:
        heads[key] = (seq, head_hash)
    _save(path, heads)


def forget(vault_id: str, folder: Path) -> None:
    """Drop this copy's record (a restore into its folder is a deliberate new start)."""
    path = seen_heads_path()
    heads = _load(path)
    dropped = [heads.pop(k, None) for k in _copy_keys(vault_id, folder)]
    if any(d is not None for d in dropped):
        _save(path, heads)
