"""Attacks on the move out of a synced folder (docs/attacks-2026-12-07c.md): what a
hostile or unlucky environment does around ``vault/move.py``."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault import move as move_module
from counsel_desk.vault.errors import StorageError, VaultDamagedError
from counsel_desk.vault.move import move_vault
from tests.integration.conftest import PASSPHRASE
from tests.integration.test_cli import run
from tests.integration.test_synced_guard import _opener, _syncthing, _with_sample

if sys.platform == "win32":  # pragma: no cover
    pytest.skip("POSIX folders and links", allow_module_level=True)


@pytest.fixture
def synced_vault(tmp_path: Path, cheap: KdfParams) -> Path:
    share = tmp_path / "Sync"
    _with_sample(share / "Vault", cheap)
    _syncthing(share)
    return share / "Vault"


def test_an_older_copy_put_back_at_the_old_place_after_a_move_raises_the_rollback_alarm(
    tmp_path: Path, synced_vault: Path
) -> None:
    # The sync client (or its "restore deleted files", or someone with the account)
    # brings an older copy of both files back where the vault used to be.
    older = tmp_path / "older"
    shutil.copytree(synced_vault, older)
    with Vault.open(synced_vault, PASSPHRASE):  # its head moves on (unlocked, locked)
        pass
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, tmp_path / "Safe", _opener)
        moved.close()
    assert gone
    shutil.copytree(older, synced_vault)
    with Vault.open(synced_vault, PASSPHRASE) as put_back:
        assert put_back.rollback_problem is not None


def test_a_vault_moved_away_and_back_again_opens_without_a_rollback_alarm(
    tmp_path: Path, cheap: KdfParams
) -> None:
    first = _with_sample(tmp_path / "First", cheap)
    with Vault.open(first, PASSPHRASE) as vault:
        there, _ = move_vault(vault, tmp_path / "Second", _opener)
    with there:
        pass
    with Vault.open(tmp_path / "Second", PASSPHRASE) as vault:
        back, gone = move_vault(vault, first, _opener)
    with back:
        assert gone and back.rollback_problem is None
    with Vault.open(first, PASSPHRASE) as again:
        assert again.rollback_problem is None


def test_the_move_is_recorded_in_the_audit_trail_without_a_path(
    tmp_path: Path, synced_vault: Path
) -> None:
    target = tmp_path / "Safe" / "Vault"
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, _ = move_vault(vault, target, _opener)
    with moved:
        entries = moved.audit.entries()
        assert moved.audit.verify().ok
    assert [e.action for e in entries].count("vault_moved") == 1
    (entry,) = [e for e in entries if e.action == "vault_moved"]
    assert entry.case_code is None and entry.detail is None  # no folder, no user name


@pytest.fixture
def empty_drive(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An empty file system of its own, mounted at a folder (a fresh USB stick)."""
    import subprocess

    mount = tmp_path / "usb"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32m", "none", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mounting a file system needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=False)


def test_the_top_of_an_empty_drive_is_refused_before_anything_is_copied(
    tmp_path: Path, synced_vault: Path, empty_drive: Path
) -> None:
    # Accepted before: the copy was staged beside it, on the other disk, and the rename
    # over the mount point failed only after the vault had been closed.
    copied: list[str] = []
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        with pytest.raises(StorageError) as caught:
            move_vault(vault, empty_drive, _opener, step=copied.append)
        assert vault.is_open
    assert "top of a drive" in str(caught.value)
    assert copied == [] and list(empty_drive.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Sync", "usb"]


def test_a_new_folder_on_an_empty_drive_takes_the_vault(
    synced_vault: Path, empty_drive: Path
) -> None:
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, empty_drive / "Counsel Desk", _opener)
    with moved:
        assert gone and moved.check_integrity() == []


def test_a_half_written_header_left_by_a_crash_goes_with_the_old_copy(
    tmp_path: Path, synced_vault: Path
) -> None:
    # private_files' staging name: a header write cut short leaves the wrapped key in it,
    # in the synced folder, and kept the old folder from going.
    stale = synced_vault / ".0123456789abcdef.partial"
    stale.write_bytes((synced_vault / "vault.json").read_bytes()[:100])
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, tmp_path / "Safe", _opener)
    moved.close()
    assert gone and not synced_vault.exists()


def test_a_file_of_her_own_that_only_looks_like_a_staging_file_stays(
    tmp_path: Path, synced_vault: Path
) -> None:
    mine = synced_vault / "draft.partial"
    mine.write_text("mine")
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, tmp_path / "Safe", _opener)
    moved.close()
    assert not gone and sorted(p.name for p in synced_vault.iterdir()) == ["draft.partial"]


def test_a_target_inside_the_vault_folder_reached_by_another_path_is_refused(
    tmp_path: Path, synced_vault: Path
) -> None:
    # A bind mount (on Windows a subst drive or a junction) shows the vault's own folder
    # under another name: the "move" went into the old folder, still in the synced one.
    import subprocess

    alias = tmp_path / "alias"
    alias.mkdir()
    done = subprocess.run(
        ["mount", "--bind", str(synced_vault), str(alias)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip("a bind mount needs root")
    try:
        with Vault.open(synced_vault, PASSPHRASE) as vault:
            with pytest.raises(StorageError) as caught:
                moved, _ = move_vault(vault, alias / "Elsewhere" / "Vault", _opener)
                moved.close()  # (only when the refusal failed: lets the umount work)
            assert vault.is_open
        assert "own folder" in str(caught.value)
        assert sorted(p.name for p in synced_vault.iterdir()) == ["records.db", "vault.json"]
    finally:
        subprocess.run(["umount", "--lazy", str(alias)], check=False)


def test_cli_move_says_a_folder_name_with_a_line_break_on_one_line(
    tmp_path: Path,
    synced_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A name made to print a second, forged line ("...\ncounsel-desk-cli: error: ...").
    target = tmp_path / "Safe\ncounsel-desk-cli: error: vault damaged"
    code, _, err = run(monkeypatch, capsys, "move", synced_vault, target)
    assert code == 0, err
    said = [line for line in err.splitlines() if not line.startswith("warning:")]
    assert len(said) == 1 and "Safe<U+000A>counsel-desk-cli" in said[0]
    assert (target / "vault.json").is_file()  # the real folder is the one used


def test_cli_move_refusal_for_a_synced_target_with_a_line_break_is_one_line(
    tmp_path: Path,
    synced_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "Sync" / "Other\nfolder"
    code, _, err = run(monkeypatch, capsys, "move", synced_vault, target, stdin="")
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "Other<U+000A>folder" in err


def test_a_vault_opened_through_a_link_into_the_synced_folder_leaves_no_empty_folder_there(
    tmp_path: Path, synced_vault: Path
) -> None:
    # Before: the files went, the real folder stayed behind empty in the synced folder and
    # she was told it "held other files too".
    link = tmp_path / "Vault link"
    link.symlink_to(synced_vault)
    with Vault.open(link, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, tmp_path / "Safe", _opener)
    moved.close()
    assert gone and not synced_vault.exists()
    assert sorted(p.name for p in (tmp_path / "Sync").iterdir()) == [".stfolder"]
    assert link.is_symlink()  # her link is hers: left (it leads nowhere now)


def test_an_older_database_the_sync_client_writes_in_during_the_copy_is_not_taken(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sync client writes another computer's (older) records.db into the folder, as
    # they do (a temporary file renamed over it), while the move copies: the copy must not
    # become the vault, and the old copy must not be removed.
    older = tmp_path / "older.db"
    shutil.copyfile(synced_vault / "records.db", older)
    with Vault.open(synced_vault, PASSPHRASE):  # the head moves on here
        pass
    real_copy = move_module._copy_file

    def sync_client_meanwhile(source: Path, target: Path) -> str:
        if source.name == "records.db":
            swapped = source.with_name(".records.db.synctmp")
            shutil.copyfile(older, swapped)
            os.replace(swapped, source)
        return real_copy(source, target)

    monkeypatch.setattr(move_module, "_copy_file", sync_client_meanwhile)
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        with pytest.raises(VaultDamagedError):
            move_vault(vault, tmp_path / "Safe", _opener)
        assert vault.is_open
    assert not (tmp_path / "Safe").exists()
    assert (synced_vault / "vault.json").is_file() and (synced_vault / "records.db").is_file()


def test_an_older_pair_of_files_the_sync_client_writes_in_during_the_copy_is_not_taken(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both files of the other computer's older state: consistent with each other, whole,
    # the same vault. Only the head the open vault had tells the copy is not of it.
    older = tmp_path / "older"
    shutil.copytree(synced_vault, older)
    with Vault.open(synced_vault, PASSPHRASE):  # the head moves on here
        pass
    real_copy = move_module._copy_file

    def sync_client_meanwhile(source: Path, target: Path) -> str:
        swapped = source.with_name(f".{source.name}.synctmp")
        shutil.copyfile(older / source.name, swapped)
        os.replace(swapped, source)
        return real_copy(source, target)

    monkeypatch.setattr(move_module, "_copy_file", sync_client_meanwhile)
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        with pytest.raises(VaultDamagedError):
            move_vault(vault, tmp_path / "Safe", _opener)
        assert vault.is_open
    assert not (tmp_path / "Safe").exists()
    assert (synced_vault / "vault.json").is_file() and (synced_vault / "records.db").is_file()


def test_a_target_with_a_name_as_long_as_the_disk_allows_takes_the_vault(
    tmp_path: Path, synced_vault: Path
) -> None:
    # 250 bytes is a legal name; the staging folder beside it (".<name>.moving-<hex>")
    # was not, and the move failed with "try again", every time.
    target = tmp_path / ("Ü" * 125)
    with Vault.open(synced_vault, PASSPHRASE) as vault:
        moved, gone = move_vault(vault, target, _opener)
    with moved:
        assert gone and moved.folder == target


def test_a_vault_opens_and_is_looked_at_when_no_home_folder_can_be_found(
    tmp_path: Path, synced_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No HOME and no password-database entry (a sandboxed launcher, a container): the
    # detection raised RuntimeError, and the unlock with it. It must never lock her out.
    from counsel_desk.services.vault_service import VaultService

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    service = VaultService(backup_root=tmp_path / "backups")
    service.unlock(synced_vault, PASSPHRASE)
    found = service.synced_folder
    assert found is not None and found.root == synced_vault.parent  # Syncthing's marker
    service.lock(backup=False)
    VaultService.check_new_location(tmp_path / "Plain" / "Vault")  # refuses nothing


@pytest.mark.parametrize("planted", ["link to an empty folder", "link to nowhere"])
def test_a_link_planted_at_the_target_after_the_check_is_never_followed(
    tmp_path: Path, synced_vault: Path, planted: str
) -> None:
    # Held: the rename of the staging folder onto a link fails; nothing lands where the
    # link points, and the old copy is whole (closed: she unlocks it there again).
    elsewhere = tmp_path / "elsewhere"
    if planted == "link to an empty folder":
        elsewhere.mkdir()
    target = tmp_path / "Safe"

    def plant(name: str) -> None:
        if name == "closed":
            target.symlink_to(elsewhere)

    with Vault.open(synced_vault, PASSPHRASE) as vault, pytest.raises(StorageError):
        move_vault(vault, target, _opener, step=plant)
    assert not elsewhere.exists() or list(elsewhere.iterdir()) == []
    assert target.is_symlink()
    assert not [p for p in tmp_path.iterdir() if ".moving-" in p.name]
    with Vault.open(synced_vault, PASSPHRASE) as again:
        assert again.check_integrity() == []
