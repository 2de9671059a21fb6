"""Backups: encrypted, restorable only when whole, rotated, made when the vault locks."""

from __future__ import annotations

import datetime as dt
import tarfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.services.vault_service import VaultService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault import backup as backup_module
from counsel_desk.vault.backup import (
    BackupInfo,
    Rotation,
    backups_to_delete,
    list_backups,
    read_manifest,
    write_backup,
)
from counsel_desk.vault.errors import VaultDamagedError, VaultExistsError, WrongPassphraseError
from tests.conftest import SAMPLE_CASELOAD, sample_exported_text
from tests.integration.conftest import PASSPHRASE, snapshot
from tests.leaks import readable_in


@pytest.fixture
def sample_vault(vault_path: Path, cheap: KdfParams) -> Path:
    with Vault.create(vault_path, PASSPHRASE, cheap) as vault:
        InterchangeService(vault).import_text(SAMPLE_CASELOAD.read_bytes())
    return vault_path


def test_backup_restores_to_the_same_records(sample_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "counsel.cdbackup"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        info = write_backup(vault, out)
    assert info.size == out.stat().st_size and read_manifest(out).vault_id == info.vault_id
    service = VaultService(backup_root=tmp_path / "auto")
    service.restore(out, tmp_path / "restored", PASSPHRASE)
    assert service.interchange.export_text() == sample_exported_text()
    assert service.vault.check_integrity() == []
    service.lock(backup=False)


def test_backup_holds_no_readable_client_data(sample_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.cdbackup"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        write_backup(vault, out)
    data = out.read_bytes()
    for secret in (b"Budi", b"Santoso", b"Hartono", b"cannot sleep", b"Merpati"):
        assert not readable_in(secret, data), secret


def test_restore_needs_the_passphrase_and_changes_nothing_when_wrong(
    sample_vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "b.cdbackup"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        write_backup(vault, out)
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassphraseError):
        VaultService().restore(out, tmp_path / "restored", "not the passphrase at all")
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "restored").exists()


def test_restore_refuses_to_overwrite_an_existing_vault(sample_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.cdbackup"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        write_backup(vault, out)
    before = snapshot(sample_vault)
    with pytest.raises(VaultExistsError):
        VaultService().restore(out, sample_vault, PASSPHRASE)
    assert snapshot(sample_vault) == before


@pytest.mark.parametrize("damage", ["flip-db-byte", "truncate", "not-a-backup", "swap-header"])
def test_damaged_backup_is_refused_before_anything_is_replaced(
    sample_vault: Path, tmp_path: Path, cheap: KdfParams, damage: str
) -> None:
    out = tmp_path / "b.cdbackup"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        write_backup(vault, out)
    data = bytearray(out.read_bytes())
    if damage == "flip-db-byte":
        data[len(data) // 2] ^= 0x01
        out.write_bytes(bytes(data))
    elif damage == "truncate":
        out.write_bytes(bytes(data[: len(data) // 3]))
    elif damage == "not-a-backup":
        out.write_bytes(b"PK\x03\x04 holiday photos")
    else:  # a backup whose header was replaced by another vault's
        other = tmp_path / "other"
        Vault.create(other, PASSPHRASE, cheap).close()
        with tarfile.open(out) as tar:
            members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
        members["vault.json"] = (other / "vault.json").read_bytes()
        import hashlib
        import io
        import json

        manifest = json.loads(members["manifest.json"])
        manifest["files"]["vault.json"] = hashlib.sha256(members["vault.json"]).hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()
        with tarfile.open(out, "w") as tar:
            for name, blob in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(blob)
                tar.addfile(info, io.BytesIO(blob))
    target = tmp_path / "restored"
    with pytest.raises(VaultDamagedError):
        VaultService().restore(out, target, PASSPHRASE)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restored")]


def test_locking_makes_an_automatic_backup(sample_vault: Path, tmp_path: Path) -> None:
    service = VaultService(backup_root=tmp_path / "auto")
    service.unlock(sample_vault, PASSPHRASE)
    folder = service.backup_folder()
    result = service.lock()
    assert result.backup is not None and result.backup_error is None
    assert [b.path for b in list_backups(folder)] == [result.backup.path]
    assert not service.is_unlocked


def test_two_locks_in_the_same_second_keep_two_automatic_backups(
    sample_vault: Path, tmp_path: Path
) -> None:
    moment = dt.datetime(2026, 3, 16, 10, 30, 5)
    service = VaultService(backup_root=tmp_path / "auto", clock=lambda: moment)
    made = []
    for _ in range(3):
        service.unlock(sample_vault, PASSPHRASE)
        result = service.lock()
        assert result.backup is not None
        made.append(result.backup.path)
    assert len(set(made)) == 3  # none replaced another
    assert sorted(b.path for b in list_backups(made[0].parent)) == sorted(made)


def test_automatic_backups_can_be_turned_off(sample_vault: Path, tmp_path: Path) -> None:
    service = VaultService(backup_root=tmp_path / "auto")
    service.unlock(sample_vault, PASSPHRASE)
    service.set_automatic_backups(False)
    assert service.lock().backup is None
    assert not (tmp_path / "auto").exists()


def test_a_failed_backup_never_stops_the_vault_from_locking(
    sample_vault: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "auto"
    blocker.write_text("a file where the backup folder should be")
    service = VaultService(backup_root=blocker)
    service.unlock(sample_vault, PASSPHRASE)
    result = service.lock()
    assert result.backup is None and result.backup_error is not None
    assert not service.is_unlocked


def _info(when: dt.datetime) -> BackupInfo:
    return BackupInfo(Path(f"auto-{when:%Y%m%d-%H%M%S}.cdbackup"), "v", when, 2, 1)


def test_rotation_keeps_the_last_ten_and_one_a_day_for_thirty_days() -> None:
    now = dt.datetime(2025, 9, 30, 18, 0)
    backups = [_info(now - dt.timedelta(hours=6 * i)) for i in range(200)]  # 4 a day, 50 days
    doomed = {b.path for b in backups_to_delete(backups, Rotation(), now.date())}
    kept = [b for b in backups if b.path not in doomed]
    assert backups[:10] == kept[:10]
    days = {b.created_at.date() for b in kept}
    assert len(days) == 30 and min(days) == now.date() - dt.timedelta(days=29)
    for day in days:  # the newest of each day is the one kept
        newest = max(b.created_at for b in backups if b.created_at.date() == day)
        assert any(b.created_at == newest for b in kept)
    assert len(kept) == 10 + 30 - 3  # the first ten span the three newest days


def test_rotation_in_the_vault_service_deletes_old_automatic_backups(
    sample_vault: Path, tmp_path: Path
) -> None:
    times = iter(dt.datetime(2025, 9, 1, 8, 0) + dt.timedelta(days=d) for d in range(100))
    current = [dt.datetime(2025, 9, 1)]

    def clock() -> dt.datetime:
        return current[0]

    service = VaultService(backup_root=tmp_path / "auto", clock=clock)
    service.unlock(sample_vault, PASSPHRASE)
    from counsel_desk.vault.backup import Rotation as R

    service.set_rotation(R(keep_last=3, keep_daily_days=0))
    folder = service.backup_folder()
    service.lock()
    for _ in range(5):
        current[0] = next(times)
        service.unlock(sample_vault, PASSPHRASE)
        service.lock()
    assert len(list_backups(folder)) == 3


def test_failed_unlocks_are_recorded_at_the_next_unlock(sample_vault: Path) -> None:
    service = VaultService()
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            service.unlock(sample_vault, "guessing wrongly again")
    service.unlock(sample_vault, PASSPHRASE)
    entries = service.audit_entries(3)  # newest first: the unlock, then the attempts
    assert [(e.action, e.detail) for e in entries[:2]] == [
        ("unlocked", None),
        ("failed_unlocks", "3"),
    ]
    service.lock(backup=False)


class _HeldWrite:
    """A backup whose archive-writing phase (the slow one on a USB stick) waits until the
    test lets it go: ``writing`` is set once the backup is in that phase."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.writing = threading.Event()
        self.go = threading.Event()
        real = backup_module._write_archive

        def held(*args: Any) -> None:
            self.writing.set()
            assert self.go.wait(timeout=60), "the test never let the backup go on"
            real(*args)

        monkeypatch.setattr(backup_module, "_write_archive", held)

    def start(self, work: Callable[[], BackupInfo]) -> Callable[[], BackupInfo]:
        """Run ``work`` in a thread, return once it is writing; the returned call lets
        it go and gives its result (or raises its error)."""
        outcome: list[BackupInfo | BaseException] = []

        def run() -> None:
            try:
                outcome.append(work())
            except BaseException as exc:  # handed to the test thread below
                outcome.append(exc)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        assert self.writing.wait(timeout=60), "the backup never reached its write phase"

        def finish() -> BackupInfo:
            self.go.set()
            thread.join(timeout=60)
            assert outcome, "the backup did not end"
            if isinstance(outcome[0], BaseException):
                raise outcome[0]
            return outcome[0]

        return finish


def _in_another_thread(work: Callable[[], object]) -> bool:
    """Whether ``work`` completes while the test thread waits (a deadlock guard, not a
    speed limit: it either finishes at once or waits for the vault's lock forever)."""
    done = threading.Event()
    threading.Thread(target=lambda: (work(), done.set()), daemon=True).start()
    return done.wait(timeout=30)


def test_a_note_is_saved_while_a_backup_is_being_written_and_the_backup_still_restores(
    sample_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = VaultService(backup_root=tmp_path / "auto")
    service.unlock(sample_vault, PASSPHRASE)
    held = _HeldWrite(monkeypatch)
    finish = held.start(lambda: service.backup_to(tmp_path / "usb" / "slow.cdbackup"))

    def save_a_new_client_and_her_note() -> None:
        client, _ = service.clients.save_profile(
            Client(given_name="Wulan", family_name="Mid-Backup", date_of_birth=dt.date(2010, 5, 1)),
            today=dt.date(2025, 8, 1),
        )
        assert client.id is not None
        service.notes.save_draft(
            client.id,
            SessionNote(date=dt.date(2025, 8, 1), template=TemplateId.SOAP, fields={"plan": "p"}),
        )

    assert _in_another_thread(save_a_new_client_and_her_note)  # not held behind the backup
    assert not held.go.is_set()  # ...while the backup was still writing
    made = finish()
    assert "Mid-Backup" in service.interchange.export_text()
    service.lock(backup=False)

    restorer = VaultService(backup_root=tmp_path / "auto")
    restorer.restore(made.path, tmp_path / "restored", PASSPHRASE)
    assert restorer.verify() == []
    # The backup is the vault as it was when the backup began: whole, without the note.
    assert restorer.interchange.export_text() == sample_exported_text()
    restorer.lock(backup=False)


def test_the_vault_locks_while_a_backup_is_being_written_and_the_backup_is_whole(
    sample_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = VaultService(backup_root=tmp_path / "auto")
    service.unlock(sample_vault, PASSPHRASE)
    held = _HeldWrite(monkeypatch)
    finish = held.start(lambda: service.backup_to(tmp_path / "usb" / "slow.cdbackup"))
    assert _in_another_thread(lambda: service.lock(backup=False))
    assert not service.is_unlocked and not held.go.is_set()
    made = finish()  # the vault was locked meanwhile: the backup is made all the same
    restorer = VaultService(backup_root=tmp_path / "auto")
    restorer.restore(made.path, tmp_path / "restored", PASSPHRASE)
    assert restorer.verify() == []
    assert restorer.interchange.export_text() == sample_exported_text()
    restorer.lock(backup=False)
