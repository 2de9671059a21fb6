"""Back Up Now, Restore from Backup, automatic backups on lock, and their settings —
through the window. Cheap Argon2 (``KdfParams.cheap_for_tests()``) as in conftest.py."""

from __future__ import annotations

import stat

from counsel_desk.services.integrity import Rotation
from counsel_desk.ui.dialogs.backup_now_dialog import BackupNowDialog
from counsel_desk.ui.dialogs.restore_dialog import RestoreDialog
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
from tests.leaks import readable_in

from .choosers import use_chooser
from .conftest import PASSPHRASE, make_vault, sample_clients, unlock

NAMES = ("Budi", "Santoso", "Siti", "Rahmawati", "Ayu", "Hartono")


def back_up(qtbot, window, target) -> BackupNowDialog:
    chooser = use_chooser(window, target)
    dialog = window.vault_actions.back_up_now()
    assert isinstance(dialog, BackupNowDialog)
    kind, _title, suggested = chooser.asked[0]
    assert kind == "save" and suggested.name == "counsel-desk-backup-2025-09-15.cdbackup"
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=30000)
    return dialog


def test_back_up_now_writes_an_encrypted_file_and_says_how_big(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    shown: list[str] = []  # status messages time out; a loaded machine may miss them
    window.statusBar().messageChanged.connect(shown.append)
    dialog = back_up(qtbot, window, tmp_path / "usb" / "my-backup")
    written = tmp_path / "usb" / "my-backup.cdbackup"
    assert dialog.info.path == written and written.is_file()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "my-backup.cdbackup" in dialog.done_label.text()
    assert any(unit in dialog.done_label.text() for unit in ("KiB", "MiB", "KB", "MB", "bytes"))
    data = written.read_bytes()
    for name in NAMES:
        assert not readable_in(name.encode(), data), name
    dialog.cancel_button.click()  # "Close"
    assert any("Backup saved" in message for message in shown)


def test_restore_checks_the_backup_and_unlocks_the_restored_vault(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    backup = back_up(qtbot, window, tmp_path / "b.cdbackup").info.path
    window.prompter.confirm_answer = True
    target_parent = tmp_path / "new-laptop"
    target_parent.mkdir()
    use_chooser(window, backup, target_parent)
    dialog = window.vault_actions.restore()
    assert "confirm" in window.prompter.asked  # the open vault is locked first
    assert not window.vault.is_unlocked
    assert isinstance(dialog, RestoreDialog)
    dialog.backup_picker.choose_button.click()
    dialog.folder_button.click()
    target = dialog.target
    assert target.parent == target_parent and not target.exists()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=30000)
    assert window.vault.path == target.absolute()
    assert window.client_model.rowCount() == 3
    assert window.settings.last_vault_path == target.absolute()


def test_restore_with_a_wrong_passphrase_creates_nothing(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    backup = back_up(qtbot, window, tmp_path / "b.cdbackup").info.path
    window.lock()
    use_chooser(window, backup)
    dialog = window.vault_actions.restore()
    dialog.backup_picker.choose_button.click()
    dialog.folder_edit.setText(str(tmp_path / "restored"))
    dialog.passphrase_edit.setText("this is not the passphrase of it")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=30000)
    assert dialog.error_label.text()
    assert not (tmp_path / "restored").exists()
    assert not window.vault.is_unlocked
    # An existing, non-empty folder is refused before any work starts.
    dialog.folder_edit.setText(str(path))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert not dialog.is_busy and "not empty" in dialog.error_label.text()


def test_locking_backs_up_automatically_and_says_so(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))

    def written() -> int:
        return sum(e.action == "backup_written" for e in window.vault.audit_entries())

    before = written()
    window.lock()
    assert "Backed up automatically" in window.statusBar().currentMessage()
    unlock(qtbot, window, tmp_path / "vault")
    assert written() == before + 1
    assert window.vault.backups()


def test_a_failed_automatic_backup_is_a_visible_warning(qtbot, window, tmp_path, monkeypatch):
    unlock(qtbot, window, make_vault(tmp_path / "vault"))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(window.vault, "backup_folder", lambda vault=None: blocker / "sub")
    window.lock()
    assert not window.vault.is_unlocked
    assert "automatic backup failed" in window.unlock_view.message_label.text()
    assert "failed" in window.statusBar().currentMessage()


def test_a_big_vault_closes_in_a_worker_after_the_screen_is_cleared(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    budi = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    window.workspace.open_client(budi.id)
    window.session.lock_in_worker_above = 0  # every vault counts as big
    window.lock()
    # At once: nothing of a client on screen, the vault's actions off.
    assert window.pages.currentWidget() is window.unlock_view
    assert window.client_model.rowCount() == 0 and window.profile_view.client is None
    assert window.lock_pending
    assert not window.menu_actions.new_client_action.isEnabled()
    assert not window.vault_actions.backup_action.isEnabled()
    assert not window.vault_actions.restore_action.isEnabled()
    # An unlock asked for meanwhile waits for the backup, then goes ahead.
    unlock(qtbot, window, path)
    assert not window.lock_pending
    assert window.profile_view.client_id == budi.id


def test_backup_settings_live_in_the_vault_and_list_the_backups(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    window.lock()
    unlock(qtbot, window, path)
    dialog = SettingsDialog(window.settings, window, vault=window.vault)
    qtbot.addWidget(dialog)
    page = dialog.backup_page
    assert page is not None and dialog.retention_page is not None
    # Making the vault locked it once and the window once: a backup each, never merged.
    assert page.model.rowCount() == len(window.vault.backups()) >= 1
    assert page.folder_label.toolTip() == str(window.vault.backup_folder())
    assert page.keep_last_spin.value() == 10 and page.daily_spin.value() == 30
    page.keep_last_spin.setValue(4)
    page.daily_spin.setValue(7)
    page.auto_check.setChecked(False)
    assert not page.keep_last_spin.isEnabled()
    dialog.accept()
    assert window.vault.rotation() == Rotation(4, 7)
    assert not window.vault.automatic_backups_enabled()
    window.lock()
    assert "Backed up" not in window.statusBar().currentMessage()
    # Locked: the Settings dialog shows only the interface's own settings.
    locked = SettingsDialog(window.settings, window, vault=window.vault)
    qtbot.addWidget(locked)
    assert locked.backup_page is None and locked.retention_page is None
    assert [locked.tabs.widget(i) for i in range(locked.tabs.count())][1:] == [
        locked.sessions_page  # platforms and working hours: preferences, no vault needed
    ]
