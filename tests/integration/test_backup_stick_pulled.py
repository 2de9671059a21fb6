# ruff: noqa: F811 - pytest fixtures imported by name are parameters below
"""A backup target that vanishes (issue 21): the USB stick pulled out mid-backup (the
stick, a tmpfs, lazily unmounted while the backup is being written; or the write failing
with EIO) gives a clear message, leaves nothing that rotation would count as a good
backup, does not stop a lock, and leaves the vault untouched."""

from __future__ import annotations

import errno
import os
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

from counsel_desk.services.vault_service import VaultService
from counsel_desk.vault import KdfParams, backup
from counsel_desk.vault.backup import list_backups, read_manifest, write_backup
from counsel_desk.vault.errors import StorageError, VaultDamagedError
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture
from tests.integration.conftest import PASSPHRASE, SAMPLE

DAMAGE = "damaged or was altered"


@pytest.fixture
def service(tmp_path: Path) -> VaultService:
    service = VaultService(backup_root=tmp_path / "unused")
    service.create(tmp_path / "vault", PASSPHRASE, KdfParams.cheap_for_tests())
    service.interchange.import_text(SAMPLE.read_text(encoding="utf-8"))
    return service


def _pull_the_stick_while_writing(monkeypatch: pytest.MonkeyPatch, stick: SmallDisk) -> None:
    """Unmount the stick (lazily: the backup's open file stays writable, its folder is
    gone) just as the database is being copied onto it."""
    real = backup._write_archive

    def pulled(*args: Any) -> None:
        result = subprocess.run(["umount", "-l", str(stick.root)], capture_output=True)
        assert result.returncode == 0, result.stderr
        real(*args)

    monkeypatch.setattr(backup, "_write_archive", pulled)


def test_a_stick_pulled_mid_backup_says_reconnect_and_the_vault_is_untouched(
    service: VaultService, small_disk: SmallDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = small_disk.root / "Backups"
    target.mkdir()
    before = service.interchange.export_text()  # every record, as exported
    _pull_the_stick_while_writing(monkeypatch, small_disk)
    with pytest.raises(StorageError) as caught:
        write_backup(service.vault, target / "monday.cdbackup")
    text = str(caught.value.message)
    assert "removed or cannot be reached" in text and "Reconnect the drive" in text
    assert "vault is unchanged" in text and DAMAGE not in text
    assert not target.exists()  # the stick is gone; nothing of it is left behind here
    assert service.interchange.export_text() == before
    assert service.verify() == []
    service.lock(backup=False)


def test_an_io_error_while_writing_a_backup_leaves_no_partial_file_and_rotation_counts_none(
    service: VaultService, small_disk: SmallDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = small_disk.root / "Backups"
    good = write_backup(service.vault, target / "first.cdbackup")
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        if os.path.realpath(f"/proc/self/fd/{fd}").startswith(str(target)):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(backup.os, "fsync", failing_fsync)
    with pytest.raises(StorageError) as caught:
        write_backup(service.vault, target / "second.cdbackup")
    monkeypatch.undo()
    assert "Reconnect the drive" in str(caught.value.message)
    assert sorted(p.name for p in target.iterdir()) == ["first.cdbackup"]
    assert [b.path for b in list_backups(target)] == [good.path]
    assert service.verify() == []
    service.lock(backup=False)


def test_a_backup_cut_short_is_never_counted_as_a_good_backup(
    service: VaultService, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    whole = write_backup(service.vault, folder / "auto-20260302-090000.cdbackup")
    service.lock(backup=False)
    with tarfile.open(whole.path) as tar:
        database_starts = tar.getmember("records.db").offset
    cut = folder / "auto-20260302-100000.cdbackup"
    # Cut where the database begins: the manifest and the header are whole, and tar
    # reads the file as if it had ended there.
    cut.write_bytes(whole.path.read_bytes()[:database_starts])
    with tarfile.open(cut) as tar:
        assert tar.getnames() == ["manifest.json", "vault.json"]
    with pytest.raises(VaultDamagedError):
        read_manifest(cut)
    assert [b.path for b in list_backups(folder)] == [whole.path]


def test_the_lock_goes_on_when_its_automatic_backup_loses_its_drive(
    tmp_path: Path, small_disk: SmallDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = VaultService(backup_root=small_disk.root / "Backups")
    service.create(tmp_path / "vault", PASSPHRASE, KdfParams.cheap_for_tests())
    _pull_the_stick_while_writing(monkeypatch, small_disk)
    result = service.lock()
    assert not service.is_unlocked  # locked all the same
    assert result.backup is None and result.backup_error is not None
    assert "Reconnect the drive" in str(result.backup_error)
    service.unlock(tmp_path / "vault", PASSPHRASE)
    assert service.verify() == []
    service.lock(backup=False)


def test_a_restore_whose_target_drive_is_pulled_says_reconnect_not_damaged(
    service: VaultService, small_disk: SmallDisk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = write_backup(service.vault, tmp_path / "good.cdbackup")
    target = small_disk.root / "restored"
    real = backup._read_manifest

    pulled_once: list[bool] = []

    def pulled(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        if target.exists() and not pulled_once:  # unpacking has begun on the stick
            done = subprocess.run(["umount", "-l", str(small_disk.root)], capture_output=True)
            assert done.returncode == 0, done.stderr
            pulled_once.append(True)
        return result

    monkeypatch.setattr(backup, "_read_manifest", pulled)
    with pytest.raises(StorageError) as caught:
        backup.unpack_backup(made.path, target)
    text = str(caught.value.message)
    assert "removed or cannot be reached" in text and "Reconnect the drive" in text
    assert DAMAGE not in text and "is damaged" not in text
    assert read_manifest(made.path).vault_id == made.vault_id  # the backup is still good


def test_a_restore_whose_backup_drive_fails_mid_read_says_reconnect_not_damaged(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = write_backup(service.vault, tmp_path / "good.cdbackup")
    real_open = tarfile.open

    class Failing:
        def __init__(self, tar: tarfile.TarFile) -> None:
            self._tar = tar

        def __getattr__(self, name: str) -> object:
            return getattr(self._tar, name)

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *exc: object) -> None:
            self._tar.close()

        def extractfile(self, member: tarfile.TarInfo) -> object:
            if member.name == "records.db":
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            return self._tar.extractfile(member)

    monkeypatch.setattr(backup.tarfile, "open", lambda *a, **k: Failing(real_open(*a, **k)))
    target = tmp_path / "restored"
    with pytest.raises(StorageError) as caught:
        backup.unpack_backup(made.path, target)
    text = str(caught.value.message)
    assert "Reconnect the drive" in text and "is damaged" not in text
    assert not target.exists()  # nothing half-restored is left
