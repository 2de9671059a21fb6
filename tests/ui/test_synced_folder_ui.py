"""Issue 18, item 2 through the real window: the welcome dialog refuses a synced folder;
a vault found in one opens with a bar that stays, and its button moves the vault out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from counsel_desk.ui.dialogs.move_vault_dialog import MoveVaultDialog
from counsel_desk.ui.dialogs.welcome_dialog import WelcomeDialog

from .choosers import use_chooser
from .conftest import PASSPHRASE, make_vault, sample_clients, unlock


def _syncthing(folder: Path) -> Path:
    (folder / ".stfolder").mkdir(parents=True)
    return folder


def test_the_welcome_dialog_refuses_a_synced_folder_before_measuring_anything(
    qtbot, window, tmp_path
):
    share = _syncthing(tmp_path / "Sync")
    measured: list[object] = []

    def calibrator(progress=None):  # must never run for a refused folder
        measured.append(progress)
        raise AssertionError("calibrated for a refused folder")

    dialog = WelcomeDialog(window.vault, window.runner, window, calibrator=calibrator)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location_edit.setText(str(share / "Counsel Desk Vault"))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.create_button.click()
    assert dialog.error_label.isVisible()
    assert "Syncthing" in dialog.error_label.text()
    assert str(share) in dialog.error_label.text()
    assert measured == [] and not dialog.is_busy
    assert sorted(p.name for p in share.iterdir()) == [".stfolder"]
    assert dialog.create_button.isEnabled()  # she can choose another folder and go on


def _open_synced(qtbot, window, tmp_path) -> Path:
    share = tmp_path / "Sync"
    vault = make_vault(share / "Vault", sample_clients())
    _syncthing(share)
    unlock(qtbot, window, vault)
    return vault


def test_a_vault_in_a_synced_folder_opens_with_a_bar_that_names_the_service(
    qtbot, window, tmp_path
):
    _open_synced(qtbot, window, tmp_path)
    banner = window.synced_banner
    assert window.is_unlocked
    assert banner.isVisible()
    assert "Syncthing" in banner.label.text()
    assert str(tmp_path / "Sync") in banner.label.toolTip()
    assert banner.button.isEnabled()
    assert QApplication.activeModalWidget() is None  # a bar, not a question
    assert window.client_model.rowCount() == 3  # her records are there to work with
    window.workspace.refresh()
    assert banner.isVisible()  # it stays while the vault is unlocked there
    window.lock()
    assert not banner.isVisible()


def test_the_bar_moves_the_vault_out_and_goes_away(qtbot, window, tmp_path):
    old = _open_synced(qtbot, window, tmp_path)
    safe = tmp_path / "Safe"
    safe.mkdir()
    chooser = use_chooser(window, safe)
    window.synced_banner.button.click()
    dialog = window.findChild(MoveVaultDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Syncthing" in dialog.intro_label.text()
    dialog.choose_button.click()
    assert chooser.asked[0][0] == "folder"
    assert dialog.target == safe / "Vault"
    assert not dialog.ok_button.isEnabled()  # not without the passphrase
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.succeeded, timeout=60000) as moved:
        dialog.ok_button.click()
    assert moved.args == [safe / "Vault"]

    assert window.is_unlocked and window.vault.path == safe / "Vault"
    assert not window.synced_banner.isVisible()
    assert window.settings.last_vault_path == safe / "Vault"
    assert not old.exists()
    assert sorted(p.name for p in (tmp_path / "Sync").iterdir()) == [".stfolder"]
    assert window.client_model.rowCount() == 3

    # The new place is the one she unlocks next time.
    window.lock()
    assert window.unlock_view.vault_path == safe / "Vault"
    unlock(qtbot, window, safe / "Vault")
    assert window.is_unlocked and not window.synced_banner.isVisible()
    assert window.client_model.rowCount() == 3


def test_a_target_in_another_synced_folder_is_refused_in_the_dialog(qtbot, window, tmp_path):
    old = _open_synced(qtbot, window, tmp_path)
    dropbox = tmp_path / "Dropbox"
    dropbox.mkdir()
    (dropbox / ".dropbox").write_text("{}")
    use_chooser(window, dropbox)
    window.synced_banner.button.click()
    dialog = window.findChild(MoveVaultDialog)
    dialog.choose_button.click()
    dialog.passphrase_edit.setText(PASSPHRASE)
    assert dialog.target is None
    assert "Dropbox" in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    assert window.is_unlocked and window.vault.path == old
    assert window.synced_banner.isVisible()
    assert sorted(p.name for p in dropbox.iterdir()) == [".dropbox"]


def test_a_wrong_passphrase_is_said_in_the_dialog_and_nothing_moves(qtbot, window, tmp_path):
    old = _open_synced(qtbot, window, tmp_path)
    safe = tmp_path / "Safe"
    safe.mkdir()
    use_chooser(window, safe)
    window.synced_banner.button.click()
    dialog = window.findChild(MoveVaultDialog)
    dialog.choose_button.click()
    dialog.passphrase_edit.setText("this is not the passphrase of the vault")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=60000)
    assert "passphrase is not correct" in dialog.error_label.text()
    assert window.is_unlocked and window.vault.path == old
    assert sorted(p.name for p in safe.iterdir()) == []


def test_a_failure_after_the_old_copy_closed_shows_the_unlock_screen(
    qtbot, window, tmp_path, monkeypatch
):
    import errno
    import os

    from counsel_desk.vault import move as move_module

    old = _open_synced(qtbot, window, tmp_path)
    real_replace = os.replace

    def refuse_the_move(src, dst, *args, **kwargs):
        if Path(src).name.startswith(".Vault.moving-"):
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(move_module.os, "replace", refuse_the_move)
    safe = tmp_path / "Safe"
    safe.mkdir()
    use_chooser(window, safe)
    window.synced_banner.button.click()
    dialog = window.findChild(MoveVaultDialog)
    dialog.choose_button.click()
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.vault_closed, timeout=60000):
        dialog.ok_button.click()
    monkeypatch.undo()
    assert "unlock it there again" in window.statusBar().currentMessage()
    assert not window.vault.is_unlocked
    assert window.pages.currentWidget() is window.unlock_view
    assert window.client_model.rowCount() == 0
    unlock(qtbot, window, old)  # the old copy is whole and opens
    assert window.client_model.rowCount() == 3
