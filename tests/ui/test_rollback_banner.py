"""A vault whose database and header were both copied back to an older state: the window
says so in a banner when it unlocks (issue 15, item 2); a restore says nothing of it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from counsel_desk.domain.enums import ClientStatus
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.main_window import MainWindow

from .choosers import use_chooser
from .conftest import PASSPHRASE, make_vault, sample_clients, unlock
from .test_backup_ui import back_up

FILES = ("records.db", "vault.json")


def lock(qtbot, window: MainWindow) -> None:
    window.lock()
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=30000)


def test_a_vault_copied_back_whole_unlocks_with_a_rollback_banner(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = make_vault(tmp_path / "vault", sample_clients())
    older = {name: (path / name).read_bytes() for name in FILES}
    unlock(qtbot, window, path)
    assert not window.storage_banner.isVisibleTo(window)
    lock(qtbot, window)
    for name, data in older.items():  # the old database together with its old header
        (path / name).write_bytes(data)
    for extra in ("records.db-wal", "records.db-shm"):
        (path / extra).unlink(missing_ok=True)
    unlock(qtbot, window, path)
    assert "Budi" in {s.given_name for s in window.client_model.summaries()}
    assert window.storage_banner.isVisibleTo(window)
    text = window.storage_banner.text()
    assert "rollback" in text and "older than this computer last saw" in text
    assert "restore your newest backup" in text


def test_a_restored_backup_unlocks_without_a_rollback_banner(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    backup = back_up(qtbot, window, tmp_path / "b.cdbackup").info.path
    window.prompter.confirm_answer = True
    target_parent = tmp_path / "restored"
    target_parent.mkdir()
    use_chooser(window, backup, target_parent)
    dialog = window.vault_actions.restore()
    dialog.backup_picker.choose_button.click()
    dialog.folder_button.click()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=30000)
    assert not window.storage_banner.isVisibleTo(window)
    restored = window.vault.path
    lock(qtbot, window)
    unlock(qtbot, window, restored)
    assert not window.storage_banner.isVisibleTo(window)


def test_a_single_data_page_put_back_shows_the_rollback_banner_once_the_check_ends(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Attack F1 through the window: the page holding a closed case, put back from before
    it was closed, passes every page check; the background record check notices it."""
    path = make_vault(tmp_path / "vault", sample_clients())
    before = (path / "records.db").read_bytes()
    service = VaultService()
    service.unlock(path, PASSPHRASE)
    try:
        budi = next(s for s in service.clients.list_summaries() if s.given_name == "Budi")
        service.clients.close_case(budi.id, dt.date(2025, 9, 1))
    finally:
        service.lock(backup=False)
    after = (path / "records.db").read_bytes()
    page = 4096
    differing = [
        n
        for n in range(min(len(before), len(after)) // page)
        if before[n * page : (n + 1) * page] != after[n * page : (n + 1) * page]
    ]
    for n in differing:
        spliced = after[: n * page] + before[n * page : (n + 1) * page] + after[(n + 1) * page :]
        (path / "records.db").write_bytes(spliced)
        for extra in ("records.db-wal", "records.db-shm"):
            (path / extra).unlink(missing_ok=True)
        copy = tmp_path / f"probe-{n}"  # which page is it? asked of a copy
        shutil.copytree(path, copy)
        probe = VaultService()
        try:
            probe.unlock(copy, PASSPHRASE)
        except CounselDeskError:
            continue  # the page of meta: no unlock at all
        try:
            summaries = probe.clients.list_summaries()
            budi_now = next(s for s in summaries if s.given_name == "Budi")
        finally:
            probe.lock(backup=False)
        if budi_now.status is not ClientStatus.ACTIVE:
            continue
        unlock(qtbot, window, path)
        qtbot.waitUntil(lambda: window.storage_banner.isVisibleTo(window), timeout=30000)
        text = window.storage_banner.text()
        assert "client profiles" in text and "rollback" in text
        return
    pytest.fail("no page put the case back to active")
