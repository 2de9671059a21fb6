"""The demo's folder and vault: made fresh under the data folder, deleted at the end.

The folder is ``<data folder>/Demo-<16 hex digits>`` and holds a marker file, the vault
(``Vault/``) and, should the user turn automatic backups back on, their backups
(``Backups/``), so that deleting the folder leaves nothing of the demo behind. Only a
folder with that name *and* the marker is ever deleted: never a folder the user made.

No temporary files (the project's rule): the demo lives where the application keeps its
data, and a demo that crashed is cleaned up at the next start once it is a day old.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_desk.demo import DEMO_PASSPHRASE, build_demo_caseload
from counsel_desk.demo.records import build_demo_records
from counsel_desk.export.interchange import dump_document
from counsel_desk.services.vault_service import KdfParams, VaultService

if TYPE_CHECKING:
    from counsel_desk.vault.vault import Vault

__all__ = [
    "DEMO_FOLDER_PREFIX",
    "DemoFolder",
    "DemoVaultService",
    "build_demo_vault",
    "is_demo_folder",
    "make_demo_folder",
    "remove_demo_folder",
    "remove_stale_demo_folders",
]

DEMO_FOLDER_PREFIX = "Demo-"
MARKER_FILE = "COUNSEL-DESK-DEMO.txt"
STALE_AFTER = dt.timedelta(days=1)
_NAME = re.compile(r"Demo-[0-9a-f]{16}")
_MARKER_TEXT = (
    "This folder holds the Counsel Desk demo: a vault of invented records.\n"
    "Counsel Desk deletes it when the demo closes (or, after a crash, a day later).\n"
)


@dataclass(frozen=True)
class DemoFolder:
    root: Path

    @property
    def vault_path(self) -> Path:
        return self.root / "Vault"

    @property
    def backup_root(self) -> Path:
        return self.root / "Backups"

    def contains(self, path: Path) -> bool:
        """True when ``path`` is this folder or inside it."""
        try:
            Path(path).expanduser().resolve().relative_to(self.root.resolve())
        except (ValueError, OSError, RuntimeError):
            return False
        return True


class DemoVaultService(VaultService):
    """The vault service of a demo session: backups of the demo vault (off, unless the
    user turns them on) stay inside the demo folder and go with it. Any other vault the
    user opens during the demo is backed up where it always is."""

    def __init__(self, folder: DemoFolder) -> None:
        super().__init__()
        self.demo_folder = folder

    def backup_folder(self, vault: Vault | None = None) -> Path:
        target = vault or self.vault
        if self.demo_folder.contains(target.folder):
            return self.demo_folder.backup_root / target.header.vault_id
        return super().backup_folder(vault)


def _data_dir(data_dir: Path | None) -> Path:
    if data_dir is not None:
        return data_dir
    from counsel_desk.paths import default_data_dir

    return default_data_dir()


def make_demo_folder(data_dir: Path | None = None) -> DemoFolder:
    """A new, empty demo folder (with its marker) under the data folder."""
    parent = _data_dir(data_dir)
    parent.mkdir(parents=True, exist_ok=True)
    while True:
        root = parent / f"{DEMO_FOLDER_PREFIX}{secrets.token_hex(8)}"
        try:
            root.mkdir(mode=0o700)
        except FileExistsError:
            continue
        break
    (root / MARKER_FILE).write_text(_MARKER_TEXT, encoding="utf-8")
    return DemoFolder(root)


def is_demo_folder(path: Path) -> bool:
    """A folder this module made: the demo's name and its marker file."""
    return bool(_NAME.fullmatch(path.name)) and (path / MARKER_FILE).is_file()


def remove_demo_folder(folder: DemoFolder | Path) -> bool:
    """Delete a demo folder and everything in it; True when it is gone.

    Idempotent, and safe to call from ``atexit``: nothing but the standard library."""
    root = folder.root if isinstance(folder, DemoFolder) else Path(folder)
    if not root.exists():
        return True
    if not is_demo_folder(root):
        return False
    shutil.rmtree(root, ignore_errors=True)
    return not root.exists()


def remove_stale_demo_folders(
    data_dir: Path | None = None,
    *,
    older_than: dt.timedelta = STALE_AFTER,
    now: float | None = None,
) -> list[Path]:
    """Delete demo folders left behind by a demo that crashed, once they are older than
    ``older_than`` (a younger one may belong to a demo that is still running)."""
    parent = _data_dir(data_dir)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = list(parent.glob(f"{DEMO_FOLDER_PREFIX}*"))
    except OSError:
        return removed
    for root in candidates:
        try:
            if not root.is_dir() or not is_demo_folder(root):
                continue
            age = now - (root / MARKER_FILE).stat().st_mtime
        except OSError:
            continue
        if age > older_than.total_seconds() and remove_demo_folder(root):
            removed.append(root)
    return removed


def build_demo_vault(
    folder: DemoFolder,
    *,
    today: dt.date | None = None,
    params: KdfParams | None = None,
    passphrase: str = DEMO_PASSPHRASE,
) -> Path:
    """Create the demo vault in ``folder``, fill it with the demo caseload and lock it.

    Argon2 with RFC 9106's minimum (not calibrated: the demo should open quickly and
    holds nothing secret); automatic backups off. Slow (Argon2 and an import of a few
    hundred notes): run off the GUI thread. Uses a service of its own, so the window's
    service is not touched from a worker thread.
    """
    caseload = build_demo_caseload(today)
    records = build_demo_records(caseload, today or dt.date.today())
    service = DemoVaultService(folder)
    service.create(folder.vault_path, passphrase, params or KdfParams.recommended_minimum())
    try:
        service.set_automatic_backups(False)
        service.interchange.import_text(dump_document(caseload, records))
    finally:
        service.lock(backup=False)
    return folder.vault_path
