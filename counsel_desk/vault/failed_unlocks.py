"""Failed unlocks, counted on this computer until the next unlock records them (issue 14,
item 5).

A wrong passphrase changes no byte of the vault (nothing can be written without its key),
so an attempt is counted here, in ``failed-unlocks.json`` in the user's data folder beside
``seen-heads.json``, and the next successful unlock — in the window or the CLI, whichever
comes first — writes one ``failed_unlocks`` entry with the count into the vault's audit
trail and clears it. The file holds only the vault's id, a SHA-256 of its folder's path
(``seen_heads.copy_key``) and a count: no names, no paths in clear; it is written 0600.

Like seen-heads.json it is a help, never a gate: a damaged, unreadable or unwritable file
costs the count, never an unlock; an attempt that cannot be counted is not counted.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from counsel_desk.paths import default_data_dir
from counsel_desk.private_files import private_dir, write_private
from counsel_desk.vault.seen_heads import copy_key, read_small_file

__all__ = ["FAILED_UNLOCKS_FILE", "count_failure", "failed_unlocks_path", "take"]

FAILED_UNLOCKS_FILE = "failed-unlocks.json"
_FORMAT = "counsel-desk-failed-unlocks"
_MAX_BYTES = 1024 * 1024
_MAX_COUNT = 10**9  # beyond it the file is damage, not attempts
_lock = threading.Lock()


def failed_unlocks_path() -> Path:
    return default_data_dir() / FAILED_UNLOCKS_FILE


def _load(path: Path) -> dict[str, int]:
    try:
        doc = json.loads(read_small_file(path, _MAX_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError, UnicodeDecodeError):
        return {}  # missing, damaged or unreadable: no count (never a refusal)
    counts = doc.get("counts") if isinstance(doc, dict) and doc.get("format") == _FORMAT else {}
    if not isinstance(counts, dict):
        return {}
    return {
        str(k): v
        for k, v in counts.items()
        if isinstance(v, int) and not isinstance(v, bool) and 0 < v <= _MAX_COUNT
    }


def _save(path: Path, counts: dict[str, int]) -> None:
    doc = {"format": _FORMAT, "version": 1, "counts": dict(sorted(counts.items()))}
    try:
        private_dir(path.parent)
        write_private(path, json.dumps(doc, indent=1).encode("utf-8") + b"\n")
    except OSError:
        pass  # a full or read-only disk: this attempt goes uncounted, the unlock is not hurt


def count_failure(vault_id: str, folder: Path) -> None:
    """One more failed unlock of this copy of the vault."""
    path = failed_unlocks_path()
    with _lock:
        counts = _load(path)
        key = copy_key(vault_id, folder)
        counts[key] = min(counts.get(key, 0) + 1, _MAX_COUNT)
        _save(path, counts)


def take(vault_id: str, folder: Path) -> int:
    """The failed unlocks of this copy counted so far, forgotten from now on."""
    path = failed_unlocks_path()
    with _lock:
        counts = _load(path)
        count = counts.pop(copy_key(vault_id, folder), 0)
        if count:
            _save(path, counts)
    return count
