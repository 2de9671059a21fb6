"""Which folders count as synced (vault/synced_folders.py): one tree per service, built
with its real markers, and the folders that only look like one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from counsel_desk.vault.synced_folders import (
    SyncedFolderError,
    SyncService,
    find_synced_folder,
    refuse_synced,
)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def found(path: Path, home: Path, environ: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return find_synced_folder(path, home=home, environ=environ or {})


def _file(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- one tree per service ------------------------------------------------------------


def test_a_dropbox_folder_is_found_by_its_dropbox_file(home: Path) -> None:
    root = _dir(home / "Work files")
    _file(root / ".dropbox", '{"ns": 1}')
    result = found(root / "School" / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.DROPBOX, root)


def test_a_dropbox_folder_is_found_by_its_cache_folder(home: Path) -> None:
    root = _dir(home / "Dropbox (Sekolah)")
    _dir(root / ".dropbox.cache")
    result = found(root / "Vault", home)
    assert result is not None and result.service is SyncService.DROPBOX


def test_a_folder_listed_in_dropbox_info_json_is_found_without_markers(home: Path) -> None:
    root = _dir(home / "Elsewhere" / "Box of files")
    _file(
        home / ".dropbox" / "info.json",
        json.dumps({"personal": {"path": str(root), "host": 1}, "business": {"path": 3}}),
    )
    result = found(root / "deep" / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.DROPBOX, root)


def test_a_damaged_dropbox_info_json_is_ignored(home: Path) -> None:
    _file(home / ".dropbox" / "info.json", "{not json")
    assert found(home / "Vault", home) is None


def test_windows_dropbox_info_json_in_appdata_counts(home: Path, tmp_path: Path) -> None:
    appdata = _dir(tmp_path / "AppData" / "Roaming")
    root = _dir(tmp_path / "D" / "Files")
    _file(appdata / "Dropbox" / "info.json", json.dumps({"business": {"path": str(root)}}))
    result = found(root / "Vault", home, {"APPDATA": str(appdata)})
    assert result is not None and result.root == root


@pytest.mark.parametrize("name", ["OneDrive", "onedrive", "OneDrive - SMP Negeri 3 Bandung"])
def test_onedrive_is_found_by_the_names_it_gives_its_folder(home: Path, name: str) -> None:
    root = _dir(home / name)
    result = found(root / "Documents" / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.ONEDRIVE, root)


@pytest.mark.parametrize("variable", ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"])
def test_onedrive_is_found_by_its_windows_environment_variables(
    home: Path, tmp_path: Path, variable: str
) -> None:
    root = _dir(tmp_path / "Users" / "bu-sari" / "Files of the school")
    result = found(root / "Vault", home, {variable: str(root)})
    assert result is not None
    assert (result.service, result.root) == (SyncService.ONEDRIVE, root)


@pytest.mark.parametrize("marker", [".tmp.drivedownload", ".tmp.driveupload"])
def test_google_drive_is_found_by_its_transfer_folders(home: Path, marker: str) -> None:
    root = _dir(home / "Drive mirror")
    _dir(root / marker)
    result = found(root / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.GOOGLE_DRIVE, root)


@pytest.mark.parametrize("name", ["My Drive", "Google Drive"])
def test_google_drive_is_found_by_the_names_of_its_root(home: Path, name: str) -> None:
    root = _dir(home / name)
    result = found(root / "Vault", home)
    assert result is not None and result.service is SyncService.GOOGLE_DRIVE


def test_google_drive_shared_drives_count_only_at_the_top_of_a_drive(home: Path) -> None:
    assert found(Path("/Shared drives/BK team/Vault"), home) is not None
    nested = _dir(home / "Shared drives")
    assert found(nested / "Vault", home) is None  # an ordinary folder of that name


def test_icloud_drive_on_a_mac_is_found_under_mobile_documents(home: Path) -> None:
    root = _dir(home / "Library" / "Mobile Documents")
    folder = root / "com~apple~CloudDocs" / "Counsel"
    result = found(folder, home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.ICLOUD, root)


def test_icloud_drive_on_windows_is_found_by_its_folder_name(home: Path) -> None:
    root = _dir(home / "iCloudDrive")
    result = found(root / "Vault", home)
    assert result is not None and result.service is SyncService.ICLOUD


@pytest.mark.parametrize(
    ("name", "service"),
    [
        ("GoogleDrive-bk@school.sch.id", SyncService.GOOGLE_DRIVE),
        ("OneDrive-Personal", SyncService.ONEDRIVE),
        ("Dropbox", SyncService.DROPBOX),
        ("Box-Box", SyncService.CLOUD_STORAGE),
    ],
)
def test_every_folder_in_macos_cloudstorage_is_a_synced_root(
    home: Path, name: str, service: SyncService
) -> None:
    root = _dir(home / "Library" / "CloudStorage" / name)
    result = found(root / "My files" / "Vault", home)
    assert result is not None
    # My Drive inside GoogleDrive-… is found first, and it is Google Drive too.
    assert result.service is service


@pytest.mark.parametrize(
    "marker", [".sync_3f2a9c81d0e4.db", "._sync_77aa.db", ".owncloudsync.log", ".nextcloudsync.log"]
)
def test_nextcloud_and_owncloud_are_found_by_their_journal_or_log(home: Path, marker: str) -> None:
    root = _dir(home / "Nextcloud")
    _file(root / marker)
    result = found(root / "BK" / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.NEXTCLOUD, root)


def test_syncthing_is_found_by_its_folder_marker(home: Path) -> None:
    root = _dir(home / "Sync")
    _dir(root / ".stfolder")
    result = found(root / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.SYNCTHING, root)


@pytest.mark.parametrize("inside", ["ID", "IgnoreList", "StreamsList"])
def test_resilio_is_found_by_its_sync_folder(home: Path, inside: str) -> None:
    root = _dir(home / "Shared")
    _file(root / ".sync" / inside)
    result = found(root / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.RESILIO, root)


def test_bittorrent_sync_markers_count_as_resilio(home: Path) -> None:
    root = _dir(home / "btsync")
    _file(root / ".SyncID")
    result = found(root / "Vault", home)
    assert result is not None and result.service is SyncService.RESILIO


# --- negatives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["dropbox-notes", "Dropbox", "Sync", "Nextcloud", "OneDrive backup", "my drive notes", "Box"],
)
def test_a_name_alone_that_could_be_anything_is_no_synced_folder(home: Path, name: str) -> None:
    folder = _dir(home / name)
    assert found(folder / "Vault", home) is None


def test_a_bare_sync_folder_without_resilio_files_is_no_synced_folder(home: Path) -> None:
    _dir(home / "project" / ".sync")
    assert found(home / "project" / "Vault", home) is None


def test_a_marker_below_the_vault_does_not_count(home: Path) -> None:
    vault = _dir(home / "Counsel Desk" / "Vault")
    _dir(vault / "old" / ".stfolder")
    assert found(vault, home) is None


def test_a_marker_in_a_sibling_folder_does_not_count(home: Path) -> None:
    _dir(home / "Music" / ".stfolder")
    assert found(home / "Counsel Desk" / "Vault", home) is None


def test_a_nextcloud_lookalike_name_does_not_count(home: Path) -> None:
    _file(home / "notes" / ".sync_notes.txt")
    _file(home / "notes" / "sync_3f2a.db")
    assert found(home / "notes" / "Vault", home) is None


# --- paths -----------------------------------------------------------------------------


def test_a_folder_that_does_not_exist_yet_is_judged_by_its_ancestors(home: Path) -> None:
    root = _dir(home / "Sync")
    _dir(root / ".stfolder")
    result = found(root / "not" / "made" / "yet" / "Vault", home)
    assert result is not None and result.root == root


def test_a_symlink_from_an_ordinary_folder_into_dropbox_is_followed(home: Path) -> None:
    dropbox = _dir(home / "Dropbox")
    _file(dropbox / ".dropbox")
    target = _dir(dropbox / "School")
    link = home / "Documents"
    link.symlink_to(target, target_is_directory=True)
    result = found(link / "Vault", home)
    assert result is not None
    assert (result.service, result.root) == (SyncService.DROPBOX, dropbox)


def test_a_folder_reached_through_a_link_inside_a_synced_folder_counts(
    home: Path, tmp_path: Path
) -> None:
    outside = _dir(tmp_path / "data")
    root = _dir(home / "Sync")
    _dir(root / ".stfolder")
    (root / "elsewhere").symlink_to(outside, target_is_directory=True)
    result = found(root / "elsewhere" / "Vault", home)
    assert result is not None and result.service is SyncService.SYNCTHING


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_ancestor_counts_as_no_marker(home: Path) -> None:
    locked = _dir(home / "locked")
    _dir(locked / ".stfolder")
    locked.chmod(0)
    try:
        assert found(locked / "Vault", home) is None
    finally:
        locked.chmod(0o700)


def test_a_marker_that_cannot_be_read_is_no_error(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    assert found(home / "Vault", home) is None


def test_each_ancestor_costs_a_few_stat_calls_and_no_walk(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = home.joinpath(*[f"level{n}" for n in range(12)])
    deep.mkdir(parents=True)
    for n in range(50):  # entries below the path are never looked at
        _dir(deep / f"child{n}" / ".stfolder")
    calls: list[str] = []
    real_lstat, real_scandir = os.lstat, os.scandir

    def counting_lstat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(os.fspath(path))
        return real_lstat(path, *args, **kwargs)

    listed: list[str] = []

    def counting_scandir(path):  # type: ignore[no-untyped-def]
        listed.append(os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "lstat", counting_lstat)
    monkeypatch.setattr(os, "scandir", counting_scandir)
    assert found(deep / "Vault", home) is None
    ancestors = len(Path(deep / "Vault").parents) + 1
    assert len(calls) <= 16 * ancestors
    assert len(listed) <= ancestors  # each ancestor's own names, once
    assert not any("child" in p for p in calls + listed)


def test_refusing_names_the_service_and_the_synced_root(tmp_path: Path) -> None:
    root = _dir(tmp_path / "Sync")
    _dir(root / ".stfolder")
    with pytest.raises(SyncedFolderError) as caught:
        refuse_synced(root / "Vault")
    text = str(caught.value)
    assert "Syncthing" in text and str(root) in text and "docs/sync.md" in text
    assert caught.value.found.root == root
