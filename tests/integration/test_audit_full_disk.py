# ruff: noqa: F811 - pytest fixtures imported by name are parameters below
"""Reading needs no free space (issue 21): on a real full disk (a tmpfs filled to the last
byte) the unlock, a record viewed and an export are kept in memory as audit entries, in
order and with their own times, and written when space returns; none is lost and the
chain stays whole. When the vault closes before space returns, the next unlock writes in
the audit log how many were lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counsel_desk.domain.model import Client
from counsel_desk.services.vault_service import VaultService
from counsel_desk.vault import KdfParams
from counsel_desk.vault.audit import AuditAction
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture
from tests.integration.conftest import PASSPHRASE

TODAY = dt.date(2026, 3, 2)


class Clock:
    """A clock that moves on one minute each time it is read."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def _vault_with_a_client(folder: Path, clock: Clock) -> int:
    service = VaultService(clock=clock)
    service.create(folder, PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        saved, _ = service.clients.save_profile(
            Client(given_name="Budi", family_name="Santoso", opened_on=TODAY), today=TODAY
        )
    finally:
        service.lock(backup=False)
    assert saved.id is not None
    return saved.id


def _newest(service: VaultService, count: int) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.case_code, e.detail) for e in service.audit_entries(count)][::-1]


def test_audit_entries_refused_by_a_full_disk_are_written_in_order_when_space_returns(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    clock = Clock()
    folder = small_disk.root / "vault"
    client_id = _vault_with_a_client(folder, clock)
    small_disk.fill()
    service = VaultService(backup_root=tmp_path / "backups", clock=clock)
    service.unlock(folder, PASSPHRASE)
    assert service.vault.audit_waiting == 1  # the unlock
    case_code = service.clients.open_record(client_id).case_code
    service.record_export("counsel-desk/2 JSON sha256:ab12")
    assert service.vault.audit_waiting == 3
    assert not service.vault.write_waiting_audit()  # still full: they keep waiting
    waited_at = [clock.now - dt.timedelta(minutes=n) for n in (2, 1, 0)]

    small_disk.free_up()
    assert service.vault.write_waiting_audit()
    assert service.vault.audit_waiting == 0
    assert _newest(service, 3) == [
        (AuditAction.UNLOCKED.value, None, None),
        (AuditAction.CLIENT_VIEWED.value, case_code, None),
        (AuditAction.EXPORT_WRITTEN.value, None, "counsel-desk/2 JSON sha256:ab12"),
    ]
    times = [dt.datetime.fromisoformat(e.at) for e in service.audit_entries(3)][::-1]
    assert times[1:] == waited_at[1:]  # each kept the time it happened
    assert service.verify() == []  # the chain is whole
    service.lock(backup=False)


def test_a_change_saved_after_space_returns_writes_the_waiting_entries_before_its_own(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    clock = Clock()
    folder = small_disk.root / "vault"
    client_id = _vault_with_a_client(folder, clock)
    small_disk.fill()
    service = VaultService(backup_root=tmp_path / "backups", clock=clock)
    service.unlock(folder, PASSPHRASE)
    client = service.clients.open_record(client_id)
    small_disk.free_up()
    service.clients.save_profile(client, today=TODAY)
    assert [a for a, _, _ in _newest(service, 3)] == [
        AuditAction.UNLOCKED.value,
        AuditAction.CLIENT_VIEWED.value,
        AuditAction.CLIENT_CHANGED.value,
    ]
    assert service.vault.audit_waiting == 0
    assert service.verify() == []
    service.lock(backup=False)


def test_entries_still_waiting_when_the_vault_closes_are_reported_lost_at_the_next_unlock(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    clock = Clock()
    folder = small_disk.root / "vault"
    client_id = _vault_with_a_client(folder, clock)
    small_disk.fill()
    service = VaultService(backup_root=tmp_path / "backups", clock=clock)
    service.unlock(folder, PASSPHRASE)
    service.clients.open_record(client_id)
    service.lock()  # still full: the unlock, the view and the lock's backup wait in vain
    markers = [p for p in folder.iterdir() if p.name.startswith("audit-lost-")]
    assert len(markers) == 1 and markers[0].stat().st_size == 0  # a number, nothing else

    small_disk.free_up()
    service.unlock(folder, PASSPHRASE)
    assert _newest(service, 2) == [
        (AuditAction.AUDIT_ENTRIES_LOST.value, None, "3"),
        (AuditAction.UNLOCKED.value, None, None),
    ]
    assert not [p for p in folder.iterdir() if p.name.startswith("audit-lost-")]
    assert service.verify() == []
    service.lock(backup=False)
    service.unlock(folder, PASSPHRASE)  # reported once, not at every unlock
    assert [a for a, _, _ in _newest(service, 3)] == [
        AuditAction.AUDIT_ENTRIES_LOST.value,
        AuditAction.UNLOCKED.value,
        AuditAction.UNLOCKED.value,
    ]
    service.lock(backup=False)


def test_asking_whether_audit_entries_wait_does_not_wait_behind_a_long_import(
    tmp_path: Path,
) -> None:
    """The window asks every few seconds whether entries wait for space; with none
    waiting the answer must not wait for the vault's lock, which an import holds for its
    whole transaction (the GUI stalled for the length of the import: bench, issue 14)."""
    import threading

    service = VaultService()
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    vault = service.vault
    holding, release = threading.Event(), threading.Event()

    def long_import() -> None:
        with vault.transaction():
            holding.set()
            release.wait(30)

    worker = threading.Thread(target=long_import)
    worker.start()
    try:
        assert holding.wait(10)
        answers: list[bool] = []
        asker = threading.Thread(target=lambda: answers.append(vault.write_waiting_audit()))
        asker.start()
        asker.join(10)  # a deadlock guard, not a timing: without the fix it waits for release
        assert answers == [True]
    finally:
        release.set()
        worker.join(30)
        service.lock()
