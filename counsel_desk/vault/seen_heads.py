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

import hashlib
import json
import os
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
    real = os.path.realpath(os.fspath(folder))
    return f"{vault_id}/{hashlib.sha256(real.encode('utf-8', 'surrogateescape')).hexdigest()}"


def _load(path: Path) -> dict[str, Head]:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_BYTES + 1)
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
        for key, value in heads.items():
            if not isinstance(value, dict):
                continue
            seq, head_hash = value.get("seq"), value.get("hash")
            if isinstance(seq, int) and not isinstance(seq, bool) and isinstance(head_hash, str):
                out[str(key)] = (seq, head_hash)
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
    return _load(seen_heads_path()).get(copy_key(vault_id, folder))


def remember(vault_id: str, folder: Path, seq: int, head_hash: str) -> None:
    """Record ``(seq, head_hash)`` as the newest head seen of this copy."""
    path = seen_heads_path()
    heads = _load(path)
    key = copy_key(vault_id, folder)
    if heads.get(key) == (seq, head_hash):
        return
    heads[key] = (seq, head_hash)
    _save(path, heads)


def forget(vault_id: str, folder: Path) -> None:
    """Drop this copy's record (a restore into its folder is a deliberate new start)."""
    path = seen_heads_path()
    heads = _load(path)
    if heads.pop(copy_key(vault_id, folder), None) is not None:
        _save(path, heads)
