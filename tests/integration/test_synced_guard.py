"""Issue 18, item 2: no vault is made in a synced folder, one found there still opens and
can be moved out (checked, then the old copy removed), and backups may go there."""

from __future__ import annotations

import errno
import hashlib
import os
import sys
from pathlib import Path

import pytest

from counsel_desk.services.clients import ClientService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.services.vault_service import VaultService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault import move as move_module
from counsel_desk.vault.backup import restore_backup, write_backup
from counsel_desk.vault.errors import (
    StorageError,
    VaultDamagedError,
    VaultExistsError,
    WrongPassphraseError,
)
from counsel_desk.vault.move import move_vault
from counsel_desk.vault.synced_folders import SyncedFolderError
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture
from tests.integration.conftest import PASSPHRASE, SAMPLE, snapshot
from tests.integration.test_cli import CHEAP, run


def _syncthing(folder: Path) -> Path:
    (folder / ".stfolder").mkdir(parents=True)
    return folder


def _dropbox(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".dropbox").write_text("{}")
    (folder / ".dropbox.cache").mkdir()
    return folder


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _opener(folder: Path) -> Vault:
    return Vault.open(folder, PASSPHRASE)


def _with_sample(path: Path, cheap: KdfParams) -> Path:
    with Vault.create(path, PASSPHRASE, cheap) as vault:
        InterchangeService(vault).import_text(SAMPLE.read_bytes())
    return path


def _records(folder: Path) -> str:
    with Vault.open(folder, PASSPHRASE) as vault:
        return InterchangeService(vault).export_text()


# --- never made there ----------------------------------------------------------------


def test_creating_a_vault_in_a_syncthing_folder_is_refused_before_anything_is_written(
    tmp_path: Path, cheap: KdfParams
) -> None:
    share = _syncthing(tmp_path / "Sync")
    before = _tree(share)
    with pytest.raises(SyncedFolderError) as caught:
        Vault.create(share / "Counsel" / "Vault", PASSPHRASE, cheap)
    assert "Syncthing" in str(caught.value)
    assert _tree(share) == before  # no vault, no staging folder, not even its parent


def test_creating_through_a_symlink_into_dropbox_is_refused(
    tmp_path: Path, cheap: KdfParams
) -> None:
    dropbox = _dropbox(tmp_path / "Dropbox")
    (dropbox / "School").mkdir()
    link = tmp_path / "Documents"
    link.symlink_to(dropbox / "School", target_is_directory=True)
    with pytest.raises(SyncedFolderError) as caught:
        Vault.create(link / "Vault", PASSPHRASE, cheap)
    assert "Dropbox" in str(caught.value)
    assert not (dropbox / "School" / "Vault").exists()


def test_restoring_a_backup_into_a_synced_folder_is_refused(tmp_path: Path, vault: Vault) -> None:
    backup = write_backup(vault, tmp_path / "b.cdbackup").path
    share = _syncthing(tmp_path / "Sync")
    with pytest.raises(SyncedFolderError):
        restore_backup(backup, share / "Restored", _opener)
    assert _tree(share) == [".stfolder"]


def test_cli_init_in_a_dropbox_folder_exits_1_with_one_line_and_makes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dropbox = _dropbox(tmp_path / "Dropbox")
    before = _tree(dropbox)
    code, out, err = run(monkeypatch, capsys, "init", dropbox / "Vault", *CHEAP)
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Dropbox" in err and "docs/sync.md" in err and "Traceback" not in err
    assert _tree(dropbox) == before


def test_cli_init_refusal_is_said_in_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    share = _syncthing(tmp_path / "Sync")
    monkeypatch.setenv("LANGUAGE", "id")
    code, _, err = run(monkeypatch, capsys, "init", share / "Vault", *CHEAP)
    assert code == 1
    assert "brankas" in err.casefold() and "Syncthing" in err
    assert not (share / "Vault").exists()


# --- backups may go there --------------------------------------------------------------


def test_a_backup_into_a_dropbox_folder_is_written_and_restores_elsewhere(
    tmp_path: Path, cheap: KdfParams
) -> None:
    source = _with_sample(tmp_path / "Vault", cheap)
    dropbox = _dropbox(tmp_path / "Dropbox")
    with Vault.open(source, PASSPHRASE) as vault:
        info = write_backup(vault, dropbox / "Backups" / "today.cdbackup")
    assert info.path.is_file()
    with restore_backup(info.path, tmp_path / "Restored", _opener) as restored:
        assert InterchangeService(restored).export_text() == _records(source)


def test_cli_backup_into_a_syncthing_folder_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    assert run(monkeypatch, capsys, "init", vault, *CHEAP)[0] == 0
    share = _syncthing(tmp_path / "Sync")
    code, _, err = run(monkeypatch, capsys, "backup", vault, share / "v.cdbackup")
    assert code == 0, err
    assert (share / "v.cdbackup").is_file()


# --- one found there still opens ---------------------------------------------------------


def test_a_vault_already_in_a_synced_folder_still_opens_and_says_where(
    tmp_path: Path, cheap: KdfParams
) -> None:
    share = tmp_path / "Sync"
    _with_sample(share / "Vault", cheap)
    _syncthing(share)  # Syncthing was set up on the folder later
    service = VaultService(backup_root=tmp_path / "backups")
    service.unlock(share / "Vault", PASSPHRASE)
    found = service.synced_folder
    assert found is not None and found.root == share
    assert len(ClientService(service.vault).list_summaries()) > 0
    service.lock(backup=False)
    assert service.synced_folder is None


# --- moving it out -------------------------------------------------------------------


@pytest.fixture
def synced_vault(tmp_path: Path, cheap: KdfParams) -> Path:
    share = tmp_path / "Sync"
    _with_sample(share / "Vault", cheap)
    _syncthing(share)
    return share / "Vault"


def test_moving_the_vault_out_keeps_every_record_and_removes_the_old_copy(
    tmp_path: Path, synced_vault: Path
) -> None:
    records = _records(synced_vault)
    service = VaultService(backup_root=tmp_path / "backups")
    service.unlock(synced_vault, PASSPHRASE)
    steps: list[str] = []
    vault = service.vault
    moved, gone = move_vault(vault, tmp_path / "Safe" / "Vault", _opener, step=steps.append)
    try:
        assert steps == list(move_module.MOVE_STEPS)
        assert gone and not synced_vault.exists()
        assert moved.folder == tmp_path / "Safe" / "Vault"
        assert moved.check_integrity() == []
        assert sorted(p.name for p in (tmp_path / "Sync").iterdir()) == [".stfolder"]
    finally:
        moved.close()
    assert _records(tmp_path / "Safe" / "Vault") == records


def test_the_service_moves_and_stays_unlocked_at_the_new_place(
    tmp_path: Path, synced_vault: Path
) -> None:
    service = VaultService(backup_root=tmp_path / "backups")
    service.unlock(synced_vault, PASSPHRASE)
    new = service.move(tmp_path / "Safe" / "Vault", PASSPHRASE)
    assert service.is_unlocked and service.path == new == tmp_path / "Safe" / "Vault"
    assert service.synced_folder is None
    assert len(ClientService(service.vault).list_summaries()) > 0
    service.lock(backup=False)
    assert not synced_vault.exists()


def test_a_wrong_passphrase_moves_nothing_and_the_vault_stays_open(
    tmp_path: Path, synced_vault: Path
) -> None:
    records = _records(synced_vault)
    service = VaultService(backup_root=tmp_path / "backups")
    service.unlock(synced_vault, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        service.move(tmp_path / "Safe" / "Vault", "not the passphrase at all, sorry")
    assert service.is_unlocked and service.path == synced_vault
    assert not (tmp_path / "Safe").exists()
    service.lock(backup=False)
    assert _records(synced_vault) == records


def _refused_move(vault_folder: Path, target: Path) -> Exception:
    with Vault.open(vault_folder, PASSPHRASE) as vault:
        before = snapshot(vault_folder)
        with pytest.raises((SyncedFolderError, StorageError, VaultExistsError)) as caught:
            move_vault(vault, target, _opener)
        assert vault.is_open  # still usable
        assert snapshot(vault_folder) == before
    return caught.value


def test_a_target_inside_another_synced_folder_is_refused(
    tmp_path: Path, synced_vault: Path
) -> None:
    other = _dropbox(tmp_path / "Dropbox")
    error = _refused_move(synced_vault, other / "Vault")
    assert isinstance(error, SyncedFolderError) and "Dropbox" in str(error)
    assert _tree(other) == [".dropbox", ".dropbox.cache"]


def test_a_target_reached_through_a_symlink_into_a_synced_folder_is_refused(
    tmp_path: Path, synced_vault: Path
) -> None:
    other = _dropbox(tmp_path / "Dropbox")
    (tmp_path / "Looks safe").symlink_to(other, target_is_directory=True)
    error = _refused_move(synced_vault, tmp_path / "Looks safe" / "Vault")
    assert isinstance(error, SyncedFolderError)


def test_a_target_inside_the_old_vault_folder_is_refused(tmp_path: Path, cheap: KdfParams) -> None:
    folder = _with_sample(tmp_path / "Vault", cheap)
    error = _refused_move(folder, folder / "inner")
    assert "inside it" in str(error)
    assert not (folder / "inner").exists()


def test_the_old_vault_folder_itself_is_refused_as_a_target(
    tmp_path: Path, cheap: KdfParams
) -> None:
    folder = _with_sample(tmp_path / "Vault", cheap)
    assert "inside it" in str(_refused_move(folder, folder))


def test_a_target_below_a_linked_folder_that_is_not_synced_is_fine(
    tmp_path: Path, synced_vault: Path
) -> None:
    (tmp_path / "data" / "docs").mkdir(parents=True)
    (tmp_path / "Documents").symlink_to(tmp_path / "data" / "docs", target_is_directory=True)
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, tmp_path / "Documents" / "Vault", _opener)
        moved.close()
    assert gone and (tmp_path / "data" / "docs" / "Vault" / "vault.json").is_file()


def test_a_target_that_holds_files_is_refused(tmp_path: Path, synced_vault: Path) -> None:
    (tmp_path / "Busy").mkdir()
    (tmp_path / "Busy" / "letter.docx").write_text("x")
    assert isinstance(_refused_move(synced_vault, tmp_path / "Busy"), VaultExistsError)


def test_a_target_that_is_a_symbolic_link_is_refused(tmp_path: Path, synced_vault: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    assert "symbolic link" in str(_refused_move(synced_vault, tmp_path / "link"))


def test_a_disk_without_room_for_the_vault_is_refused_before_copying(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(move_module, "_free_space", lambda _folder: 4096)
    error = _refused_move(synced_vault, tmp_path / "Safe" / "Vault")
    assert "MB free" in str(error)
    assert not (tmp_path / "Safe").exists()


def test_a_disk_that_fills_during_the_copy_leaves_the_old_vault_open_and_whole(
    synced_vault: Path,
    small_disk: SmallDisk,  # noqa: F811 - the fixture
) -> None:
    records = _records(synced_vault)
    target = small_disk.root / "Vault"
    with Vault.open(synced_vault, PASSPHRASE) as vault:

        def fill_after_the_check(name: str) -> None:
            if name == "checked":
                small_disk.fill()  # another program takes the space meanwhile

        with pytest.raises(StorageError) as caught:
            move_vault(vault, target, _opener, step=fill_after_the_check)
        assert "full" in str(caught.value) and "stays where it was" in str(caught.value)
        assert vault.is_open
        assert vault.check_integrity() == []
        ClientService(vault).list_summaries()  # still usable
    small_disk.free_up()
    assert sorted(p.name for p in small_disk.root.iterdir()) == []  # no staging left
    assert _records(synced_vault) == records


def test_a_copy_that_differs_from_the_vault_is_removed_and_the_vault_stays(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(move_module, "_sha256", lambda _path: "0" * 64)
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        with pytest.raises(VaultDamagedError) as caught:
            move_vault(vault, tmp_path / "Safe" / "Vault", _opener)
        assert "stays where it was" in str(caught.value)
        assert vault.is_open
    assert not (tmp_path / "Safe").exists()  # nor the folder made for it


def test_folders_made_for_a_failed_move_are_removed_again(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(move_module, "_sha256", lambda _path: "0" * 64)
    with Vault.open(synced_vault, PASSPHRASE) as vault, pytest.raises(VaultDamagedError):
        move_vault(vault, tmp_path / "New" / "deep" / "Vault", _opener)
    assert not (tmp_path / "New").exists()


def test_a_copy_that_cannot_be_opened_at_its_new_place_is_removed_and_the_old_stays(
    tmp_path: Path, synced_vault: Path
) -> None:
    records = _records(synced_vault)
    opened: list[Path] = []

    def opener(folder: Path) -> Vault:
        opened.append(folder)
        if folder == tmp_path / "Safe" / "Vault":
            raise OSError(errno.EIO, "Input/output error")
        return _opener(folder)

    with Vault.open(synced_vault, PASSPHRASE) as vault, pytest.raises(StorageError) as caught:
        move_vault(vault, tmp_path / "Safe" / "Vault", opener)
    assert "unlock it there again" in str(caught.value)
    assert len(opened) == 2  # the staging copy, then the new place
    assert not (tmp_path / "Safe").exists()
    assert _records(synced_vault) == records


def test_audit_entries_waiting_for_space_stop_the_move(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        monkeypatch.setattr(vault, "write_waiting_audit", lambda: False)
        with pytest.raises(StorageError) as caught:
            move_vault(vault, tmp_path / "Safe" / "Vault", _opener)
        assert "full" in str(caught.value)
        assert vault.is_open
    assert not (tmp_path / "Safe").exists()


def test_a_copy_that_fails_its_integrity_check_is_removed(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[Path] = []

    def damaged(self: Vault) -> list[object]:
        checked.append(self.folder)
        return ["a damaged page"]

    with Vault.open(synced_vault, PASSPHRASE) as vault:
        monkeypatch.setattr(Vault, "check_integrity", damaged)
        with pytest.raises(VaultDamagedError):
            move_vault(vault, tmp_path / "Safe" / "Vault", _opener)
        monkeypatch.undo()
        assert vault.is_open and vault.check_integrity() == []
    assert checked and checked[0].name.startswith(".Vault.moving-")
    assert not (tmp_path / "Safe").exists()  # nor the folder made for it


def test_other_files_in_the_old_folder_are_left_with_it(tmp_path: Path, synced_vault: Path) -> None:
    (synced_vault / "notes-to-self.txt").write_text("mine")
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, tmp_path / "Safe", _opener)
        moved.close()
    assert not gone
    assert sorted(p.name for p in synced_vault.iterdir()) == ["notes-to-self.txt"]


def test_cli_move_moves_the_vault_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "Sync"
    assert run(monkeypatch, capsys, "init", share / "Vault", *CHEAP)[0] == 0
    assert run(monkeypatch, capsys, "import", share / "Vault", SAMPLE)[0] == 0
    _syncthing(share)
    exported = tmp_path / "before.json"
    assert run(monkeypatch, capsys, "export-json", share / "Vault", exported)[0] == 0
    code, _, err = run(monkeypatch, capsys, "move", share / "Vault", tmp_path / "Safe")
    assert code == 0, err
    assert "old copy was removed" in err
    assert not (share / "Vault").exists()
    after = tmp_path / "after.json"
    assert run(monkeypatch, capsys, "export-json", tmp_path / "Safe", after)[0] == 0
    assert (
        hashlib.sha256(after.read_bytes()).digest()
        == hashlib.sha256(exported.read_bytes()).digest()
    )


def test_cli_move_into_a_synced_folder_is_one_line_and_asks_for_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, capsys, "init", tmp_path / "Vault", *CHEAP)[0] == 0
    dropbox = _dropbox(tmp_path / "Dropbox")
    code, _, err = run(monkeypatch, capsys, "move", tmp_path / "Vault", dropbox / "V", stdin="")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Dropbox" in err
    assert (tmp_path / "Vault" / "vault.json").is_file()


if sys.platform == "win32":  # pragma: no cover
    pytest.skip("POSIX folders and links", allow_module_level=True)


def test_a_rename_refused_after_the_old_copy_closed_leaves_it_whole_and_locked(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = _records(synced_vault)
    real_replace = os.replace

    def refuse_the_move(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(src).name.startswith(".Vault.moving-"):
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(move_module.os, "replace", refuse_the_move)
    service = VaultService(backup_root=tmp_path / "backups")
    service.unlock(synced_vault, PASSPHRASE)
    with pytest.raises(StorageError) as caught:
        service.move(tmp_path / "Safe" / "Vault", PASSPHRASE)
    monkeypatch.undo()
    assert "unlock it there again" in str(caught.value)
    assert not service.is_unlocked  # closed for the rename: she unlocks it again
    assert not (tmp_path / "Safe").exists()  # nor the folder made for it
    assert _records(synced_vault) == records
