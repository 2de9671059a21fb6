"""Whether a folder lies inside a folder that a sync client copies (issue 18, item 2).

A sync client (Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud/ownCloud,
Syncthing, Resilio) copies a file whenever it changes. A live SQLite database changes
in two files at once (``records.db`` and its write-ahead log): copied in the middle of a
write, or edited on two computers at once, it arrives damaged or one computer's work
silently wins. So a vault is never *made* in such a folder, and one found there is
offered a move out (``vault/move.py``). Backups are fine there: each is written whole
and renamed into place, never changed afterwards.

How a synced folder is recognised: walking up from the folder (the vault's, or the one
about to be made) to the root, each ancestor is looked at with a few ``lstat`` calls and
its name, never a scan of what lies below it. The markers, and where each comes from:

* **Dropbox** — every Dropbox folder holds a hidden file ``.dropbox`` and a hidden
  folder ``.dropbox.cache`` (Dropbox Help Center, "What is the .dropbox.cache folder?").
  The desktop app also lists its folders in ``info.json`` (``~/.dropbox/info.json``;
  on Windows ``%APPDATA%\\Dropbox\\info.json`` or ``%LOCALAPPDATA%\\Dropbox\\info.json``:
  ``{"personal": {"path": ...}, "business": {"path": ...}}``; Dropbox Help Center, "How
  to programmatically find the Dropbox folder paths"). The name "Dropbox" alone does
  *not* count: it is an ordinary word, and the markers are always there.
* **OneDrive** — no marker file; the client names its folder ``OneDrive`` (personal) or
  ``OneDrive - <organisation>`` (work or school), and on Windows sets the environment
  variables ``OneDrive``, ``OneDriveConsumer`` and ``OneDriveCommercial`` to those
  folders (Microsoft, "Redirect and move Windows known folders to OneDrive"). The exact
  names count: a folder called exactly "OneDrive" is the client's (or a copy of it).
* **Google Drive** — Drive for desktop keeps ``.tmp.drivedownload`` and
  ``.tmp.driveupload`` in a mirrored folder, and its root is called ``My Drive``
  (``G:\\My Drive`` on Windows, ``~/Library/CloudStorage/GoogleDrive-<account>/My Drive``
  on macOS); the older Backup and Sync used ``~/Google Drive`` (Google Drive Help, "Use
  Google Drive for desktop"). The names ``My Drive`` and ``Google Drive`` count, and
  ``Shared drives`` / ``Other computers`` at the top of a drive (``G:\\Shared drives``).
* **iCloud Drive** — macOS keeps it (and the apps' iCloud folders) in
  ``~/Library/Mobile Documents`` (the iCloud Drive root is
  ``com~apple~CloudDocs`` inside it); iCloud for Windows uses ``%USERPROFILE%\\iCloudDrive``
  (Apple Support, "Set up iCloud Drive"). ``Mobile Documents`` under ``Library`` and a
  folder named ``iCloudDrive`` count.
* **macOS File Provider** (Dropbox, OneDrive, Google Drive, Box … since macOS 12.3) —
  every folder directly under ``~/Library/CloudStorage`` is a synced root (Apple,
  "NSFileProviderReplicatedExtension"); its name says whose (``Dropbox``,
  ``OneDrive-Personal``, ``GoogleDrive-<account>``, ``Box-Box`` …), else "a cloud
  storage service".
* **Nextcloud / ownCloud** — the desktop client keeps its sync journal, an SQLite file
  ``.sync_<hash>.db`` (older clients ``._sync_<hash>.db``), in the root of every folder
  it syncs, and older clients a log ``.owncloudsync.log`` / ``.nextcloudsync.log``
  (Nextcloud desktop client manual, "The sync journal"). These names hold a hash, so
  each ancestor's *own* entries are listed once (``os.scandir``, names only, at most
  ``_MAX_LISTED`` of them), never anything below it.
* **Syncthing** — every shared folder holds the folder marker ``.stfolder`` (Syncthing
  documentation, "Folder marker": a folder without it is not synced, so the marker is
  reliable). The default name "Sync" does not count.
* **Resilio Sync** (and BitTorrent Sync before it) — every shared folder holds a hidden
  folder ``.sync`` with the files ``ID``, ``IgnoreList`` and ``StreamsList`` (Resilio
  Help Center, "Ignoring files: IgnoreList … created inside .sync directory in the root
  of syncing directory"); BitTorrent Sync 1.x wrote ``.SyncID`` and ``.SyncIgnore``
  beside the files. A bare ``.sync`` folder without one of these files does not count
  (other tools use the name). We found no source for a ``.rslsync`` marker, so none is
  looked for.

The path is looked at as given (made absolute) *and* with its symbolic links resolved:
a link from an ordinary folder into Dropbox is found through the resolved path, and a
folder reached through a link inside a synced folder through the given one. A folder
that does not exist yet (the vault about to be made) is looked at from its first
existing ancestor up. An ancestor that cannot be read (permissions) counts as showing
no marker there; nothing here raises for the file system.

Not recognised (said in docs/sync.md): Windows "known folders" that OneDrive redirects
(Documents, Desktop) when the path does not name the OneDrive folder, macOS Desktop &
Documents in iCloud, network drives, and clients not listed above.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault.errors import VaultError

__all__ = [
    "SyncService",
    "SyncedFolder",
    "SyncedFolderError",
    "find_synced_folder",
    "refuse_synced",
    "service_name",
]

# At most this many entries of one ancestor are listed for the Nextcloud journal's name.
_MAX_LISTED = 20_000


class SyncService(Enum):
    DROPBOX = "dropbox"
    ONEDRIVE = "onedrive"
    GOOGLE_DRIVE = "google-drive"
    ICLOUD = "icloud"
    NEXTCLOUD = "nextcloud"
    SYNCTHING = "syncthing"
    RESILIO = "resilio"
    CLOUD_STORAGE = "cloud-storage"  # another File Provider under ~/Library/CloudStorage


# The services' own names (not translated) and the one generic one (translated).
_NAMES: dict[SyncService, str] = {
    SyncService.DROPBOX: "Dropbox",
    SyncService.ONEDRIVE: "OneDrive",
    SyncService.GOOGLE_DRIVE: "Google Drive",
    SyncService.ICLOUD: "iCloud Drive",
    SyncService.NEXTCLOUD: "Nextcloud/ownCloud",
    SyncService.SYNCTHING: "Syncthing",
    SyncService.RESILIO: "Resilio Sync",
}
_GENERIC = QT_TRANSLATE_NOOP("SyncedFolders", "a cloud storage service")


def service_name(service: SyncService) -> str | UserMessage:
    """The service's name as shown: its own brand name, or a translated description."""
    if service in _NAMES:
        return _NAMES[service]
    return UserMessage(_GENERIC)


@dataclass(frozen=True)
class SyncedFolder:
    """``root`` is the folder that ``service`` synchronises, holding the folder asked about."""

    service: SyncService
    root: Path


class SyncedFolderError(VaultError):
    """A vault may not be made (created, restored, moved) inside a synced folder."""

    def __init__(self, folder: Path, found: SyncedFolder) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "SyncedFolders",
                    "{folder} is inside {service}'s synced folder {root}. A vault kept "
                    "there can be damaged when the sync program copies it while it is "
                    "being written, or when two computers change it at once. Choose a "
                    "folder outside it; nothing was changed. A backup may go to a synced "
                    "folder. See docs/sync.md.",
                ),
                folder=str(folder),
                service=service_name(found.service),
                root=str(found.root),
            )
        )
        self.found = found


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except (OSError, ValueError):
        return None


def _is_file(path: Path) -> bool:
    st = _lstat(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def _is_dir(path: Path) -> bool:
    st = _lstat(path)
    return st is not None and stat.S_ISDIR(st.st_mode)


def _exists(path: Path) -> bool:
    return _lstat(path) is not None


def _has_journal(folder: Path) -> bool:
    """Whether ``folder`` itself holds a Nextcloud/ownCloud sync journal (its entries
    only, names only, at most ``_MAX_LISTED``)."""
    try:
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= _MAX_LISTED:
                    return False
                name = entry.name
                if name.startswith((".sync_", "._sync_")) and name.endswith(".db"):
                    return True
    except (OSError, ValueError):
        return False
    return False


def _by_markers(folder: Path) -> SyncService | None:
    """The service whose marker ``folder`` holds, if any (a few lstat calls)."""
    if _is_dir(folder / ".stfolder") or _is_file(folder / ".stfolder"):
        return SyncService.SYNCTHING
    if _is_file(folder / ".dropbox") or _is_dir(folder / ".dropbox.cache"):
        return SyncService.DROPBOX
    if _is_dir(folder / ".tmp.drivedownload") or _is_dir(folder / ".tmp.driveupload"):
        return SyncService.GOOGLE_DRIVE
    resilio = folder / ".sync"
    if _is_dir(resilio) and any(
        _is_file(resilio / name) for name in ("ID", "IgnoreList", "StreamsList")
    ):
        return SyncService.RESILIO
    if _is_file(folder / ".SyncID") or _is_file(folder / ".SyncIgnore"):
        return SyncService.RESILIO  # BitTorrent Sync 1.x, Resilio's predecessor
    if _is_file(folder / ".owncloudsync.log") or _is_file(folder / ".nextcloudsync.log"):
        return SyncService.NEXTCLOUD
    if _has_journal(folder):
        return SyncService.NEXTCLOUD
    return None


def _cloud_storage_service(name: str) -> SyncService:
    lowered = name.casefold()
    if lowered.startswith("dropbox"):
        return SyncService.DROPBOX
    if lowered.startswith("onedrive"):
        return SyncService.ONEDRIVE
    if lowered.startswith("googledrive"):
        return SyncService.GOOGLE_DRIVE
    if lowered.startswith("icloud"):
        return SyncService.ICLOUD
    return SyncService.CLOUD_STORAGE


def _by_name(folder: Path) -> SyncService | None:
    """The service that names its root as ``folder`` is named (exact names only)."""
    name = folder.name.casefold()
    parent = folder.parent
    if name == "onedrive" or name.startswith("onedrive - "):
        return SyncService.ONEDRIVE
    if name in ("my drive", "google drive"):
        return SyncService.GOOGLE_DRIVE
    if name in ("shared drives", "other computers") and parent == parent.parent:
        return SyncService.GOOGLE_DRIVE  # G:\Shared drives: Drive for desktop's own drive
    if name == "iclouddrive":
        return SyncService.ICLOUD
    if name == "mobile documents" and parent.name.casefold() == "library":
        return SyncService.ICLOUD
    if parent.name.casefold() == "cloudstorage" and parent.parent.name.casefold() == "library":
        return _cloud_storage_service(folder.name)
    return None


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.fspath(a)) == os.path.normcase(os.fspath(b))


def _declared_roots(home: Path, environ: Mapping[str, str]) -> list[tuple[SyncService, Path]]:
    """Synced folders the clients themselves declare: OneDrive's environment variables
    (Windows) and the folders in Dropbox's ``info.json``."""
    roots: list[tuple[SyncService, Path]] = []
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        value = environ.get(variable)
        if value and os.path.isabs(value):
            roots.append((SyncService.ONEDRIVE, Path(value)))
    candidates = [home / ".dropbox" / "info.json"]
    for variable in ("APPDATA", "LOCALAPPDATA"):
        value = environ.get(variable)
        if value:
            candidates.append(Path(value) / "Dropbox" / "info.json")
    for info in candidates:
        roots.extend((SyncService.DROPBOX, p) for p in _dropbox_info_paths(info))
    return roots


def _dropbox_info_paths(info: Path) -> list[Path]:
    if not _is_file(info):
        return []
    try:
        with open(info, "rb") as fh:
            doc = json.loads(fh.read(64 * 1024))
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(doc, dict):
        return []
    found = []
    for account in doc.values():
        path = account.get("path") if isinstance(account, dict) else None
        if isinstance(path, str) and os.path.isabs(path):
            found.append(Path(path))
    return found


def _ancestors(path: Path) -> list[Path]:
    return [path, *path.parents]


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return path


def find_synced_folder(
    path: os.PathLike[str] | str,
    *,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> SyncedFolder | None:
    """The synced folder that holds ``path`` (which need not exist yet), or None.

    ``home`` and ``environ`` are the user's home folder and environment (tests give their
    own). Looks at each ancestor of the path as given and as resolved; fast (a few stat
    calls per ancestor, one listing of each ancestor's own names for Nextcloud)."""
    home = Path.home() if home is None else home
    environ = os.environ if environ is None else environ
    given = Path(os.path.abspath(os.fspath(Path(path).expanduser())))
    resolved = _resolved(given)
    declared = [
        (service, candidate)
        for service, root in _declared_roots(home, environ)
        for candidate in {root, _resolved(root)}
    ]
    chains = [_ancestors(resolved)]
    if resolved != given:
        chains.append(_ancestors(given))
    for chain in chains:
        for folder in chain:
            for service, root in declared:
                if _same(folder, root):
                    return SyncedFolder(service, folder)
            service_found = _by_name(folder) or (_by_markers(folder) if _exists(folder) else None)
            if service_found is not None:
                return SyncedFolder(service_found, folder)
    return None


def refuse_synced(path: os.PathLike[str] | str) -> None:
    """Raise :class:`SyncedFolderError` when ``path`` lies inside a synced folder."""
    found = find_synced_folder(path)
    if found is not None:
        raise SyncedFolderError(Path(os.path.abspath(os.fspath(path))), found)
