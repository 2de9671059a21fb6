"""Recovery key, key file and passphrase change, driven through the window.

Vaults here use ``KdfParams.cheap_for_tests()`` (weak Argon2 settings that keep the suite
fast; the product calibrates); see conftest.py.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.dialogs.add_key_file_dialog import AddKeyFileDialog
from counsel_desk.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from counsel_desk.ui.dialogs.credentials_dialog import CredentialsDialog
from counsel_desk.ui.dialogs.recover_dialog import RecoverDialog
from counsel_desk.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from counsel_desk.ui.dialogs.remove_key_file_dialog import RemoveKeyFileDialog
from counsel_desk.vault import Vault

from .choosers import use_chooser
from .conftest import PASSPHRASE, TODAY, make_vault, sample_clients, unlock

NEW_PASSPHRASE = "lima burung hantu terbang di atas sawah"
KEY_PATTERN = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


def vault_with_key(path: Path) -> str:
    service = VaultService()
    key = service.create(path, PASSPHRASE, KdfParams.cheap_for_tests())
    for client in sample_clients():
        service.clients.save_profile(client, today=TODAY)
    service.lock(backup=False)
    return key


def create_through_welcome(qtbot, window, path: Path) -> None:
    dialog = window.session.make_welcome_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location_edit.setText(str(path))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=30000)
    assert window.session.handle_welcome_result(dialog, dialog.result())


def test_recovery_key_is_shown_once_after_create_and_needs_the_tick_to_close(
    qtbot, window, tmp_path
):
    create_through_welcome(qtbot, window, tmp_path / "vault")
    dialog = window.vault_actions.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    shown = dialog.key_label.text().replace("\n", "  ").split()
    key = "-".join(shown)
    assert KEY_PATTERN.match(key), key
    assert "nobody can recover" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.key_label))
    )
    # Escape, reject, done and the window's close do nothing without the tick.
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    dialog.done(QDialog.DialogCode.Rejected.value)
    assert not dialog.close()
    assert dialog.isVisible()
    dialog.stored_check.setChecked(True)
    assert dialog.close_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.vault_actions.recovery_dialog is None, timeout=5000)
    # The key it showed really opens the vault.
    window.lock()
    assert VaultService.requires_key_file(tmp_path / "vault") is False
    service = VaultService()
    service.recover(tmp_path / "vault", key, NEW_PASSPHRASE)
    service.lock(backup=False)


def test_recover_with_the_recovery_key_from_the_unlock_screen(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    key = vault_with_key(path)
    window.unlock_view.set_vault_path(path)
    window.unlock_view.recover_button.click()
    dialog = window.vault_actions.last_dialog
    assert isinstance(dialog, RecoverDialog) and dialog.isVisible()
    dialog.key_edit.setText(key.lower().replace("-", " "))  # as a person might type it
    dialog.fields.set_text("too short")
    assert not dialog.ok_button.isEnabled()  # the same policy as the welcome dialog
    assert dialog.fields.meter.problems_text()
    dialog.fields.set_text(NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.is_busy
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=30000)
    assert window.client_model.rowCount() == 3
    assert not window.vault_actions.open_dialogs()  # closed and deleted, key and all
    # The vault's key changed with it: a new recovery key is shown, once.
    qtbot.waitUntil(lambda: window.vault_actions.recovery_dialog is not None, timeout=30000)
    shown = window.vault_actions.recovery_dialog
    new_key = "-".join(shown.key_label.text().split())
    assert KEY_PATTERN.match(new_key) and new_key != key
    shown.stored_check.setChecked(True)
    shown.close_button.click()
    window.lock()
    unlock(qtbot, window, path, NEW_PASSPHRASE)
    assert window.is_unlocked


def test_a_wrong_recovery_key_is_refused_and_nothing_opens(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    vault_with_key(path)
    header = (path / "vault.json").read_bytes()
    window.unlock_view.set_vault_path(path)
    dialog = window.vault_actions.recover(path)
    dialog.key_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.fields.set_text(NEW_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=30000)
    assert dialog.isVisible() and dialog.error_label.text()
    assert not window.vault.is_unlocked
    assert (path / "vault.json").read_bytes() == header


def test_a_vault_with_a_key_file_shows_the_chooser_and_opens_only_with_it(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    keyfile = tmp_path / "usb" / "counsel-desk.key"
    keyfile.parent.mkdir()
    service = VaultService()
    service.unlock(path, PASSPHRASE)
    service.add_key_file(PASSPHRASE, keyfile)
    service.lock(backup=False)

    view = window.unlock_view
    view.set_vault_path(path)
    assert view.key_file_shown and not view.use_key_file_button.isVisible()
    view.passphrase_edit.setText(PASSPHRASE)
    view.unlock_button.click()
    assert "key file" in view.message_label.text()
    assert not window.vault.is_unlocked

    chooser = use_chooser(window, keyfile)
    view.key_file.choose_button.click()
    assert chooser.asked and view.key_file.path == keyfile
    view.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=30000):
        view.unlock_button.click()
    assert window.client_model.rowCount() == 3


def test_use_a_key_file_is_offered_when_the_vault_does_not_need_one(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault")
    view = window.unlock_view
    view.set_vault_path(path)
    assert not view.key_file_shown and not view.key_file.isVisibleTo(view)
    view.use_key_file_button.click()
    assert view.key_file_shown and view.key_file.isVisibleTo(view)


def test_add_and_remove_a_key_file_through_the_vault_menu(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    keyfile = tmp_path / "usb" / "vault.key"
    keyfile.parent.mkdir()
    use_chooser(window, keyfile, keyfile)
    assert window.vault_actions.add_key_file_action.isEnabled()
    assert not window.vault_actions.remove_key_file_action.isEnabled()

    window.vault_actions.add_key_file_action.trigger()
    dialog = window.vault_actions.last_dialog
    assert isinstance(dialog, AddKeyFileDialog)
    assert (
        "recovery key still does"
        in dialog.findChild(type(dialog.intro_label), "keyFileWarning").text()
    )
    dialog.new_picker.choose_button.click()
    assert dialog.new_picker.path == keyfile
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.succeeded, timeout=30000):
        dialog.ok_button.click()
    assert keyfile.is_file() and window.vault.has_key_file
    assert VaultService.requires_key_file(path)
    # Adding a key file changes the vault's key: a new recovery key is shown.
    shown = window.vault_actions.recovery_dialog
    assert shown is not None and KEY_PATTERN.match("-".join(shown.key_label.text().split()))
    shown.stored_check.setChecked(True)
    shown.close_button.click()
    assert window.vault_actions.remove_key_file_action.isEnabled()

    window.vault_actions.remove_key_file_action.trigger()
    dialog = window.vault_actions.last_dialog
    assert isinstance(dialog, RemoveKeyFileDialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.key_file.choose_button.click()
    with qtbot.waitSignal(dialog.succeeded, timeout=30000):
        dialog.ok_button.click()
    assert not VaultService.requires_key_file(path)


def test_change_the_passphrase_in_a_worker(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    dialog = window.vault_actions.change_passphrase()
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.old_edit.setText(PASSPHRASE)
    dialog.fields.set_text("Budi Santoso punya kucing oranye")  # a name from the vault
    assert not dialog.ok_button.isEnabled()
    dialog.fields.set_text(NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.is_busy and not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.succeeded, timeout=30000):
        pass
    assert "changed" in window.statusBar().currentMessage()
    window.lock()
    view = window.unlock_view
    view.set_vault_path(path)
    view.passphrase_edit.setText(PASSPHRASE)
    view.unlock_button.click()
    qtbot.waitUntil(lambda: not view.is_busy, timeout=30000)
    assert not window.vault.is_unlocked
    unlock(qtbot, window, path, NEW_PASSPHRASE)


def test_changing_the_passphrase_also_changes_the_vaults_key_unless_unticked(
    qtbot, window, tmp_path
):
    path = make_vault(tmp_path / "vault", sample_clients())
    old_header = (path / "vault.json").read_bytes()
    unlock(qtbot, window, path)
    dialog = window.vault_actions.change_passphrase()
    assert dialog.rotate_check.isChecked()
    assert "recovery key" in dialog.rotate_hint.text() and " s " in dialog.rotate_hint.text()
    dialog.old_edit.setText(PASSPHRASE)
    dialog.fields.set_text(NEW_PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.is_busy and "s;" in dialog.status_label.text()
    qtbot.waitUntil(lambda: window.vault_actions.recovery_dialog is not None, timeout=30000)
    new_key = "-".join(window.vault_actions.recovery_dialog.key_label.text().split())
    assert KEY_PATTERN.match(new_key)
    window.vault_actions.recovery_dialog.stored_check.setChecked(True)
    window.vault_actions.recovery_dialog.close_button.click()
    window.lock()
    # An old copy of the header with the old passphrase no longer opens the records.
    current = (path / "vault.json").read_bytes()
    (path / "vault.json").write_bytes(old_header)
    with pytest.raises(CounselDeskError):
        Vault.open(path, PASSPHRASE)
    (path / "vault.json").write_bytes(current)
    Vault.open(path, NEW_PASSPHRASE).close()

    unlock(qtbot, window, path, NEW_PASSPHRASE)
    header = (path / "vault.json").read_bytes()
    window.vault_actions.recovery_dialog = None
    dialog = window.vault_actions.change_passphrase()
    dialog.rotate_check.setChecked(False)
    dialog.old_edit.setText(NEW_PASSPHRASE)
    dialog.fields.set_text("another long passphrase, plain this time")
    dialog.ok_button.click()
    with qtbot.waitSignal(dialog.succeeded, timeout=30000):
        pass
    assert window.vault_actions.recovery_dialog is None
    window.lock()
    (path / "vault.json").write_bytes(header)
    Vault.open(path, NEW_PASSPHRASE).close()  # the plain change keeps the data key


def test_a_wrong_old_passphrase_changes_nothing(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault")
    unlock(qtbot, window, path)
    header = (path / "vault.json").read_bytes()
    dialog = window.vault_actions.change_passphrase()
    dialog.old_edit.setText("not the passphrase at all, sorry")
    dialog.fields.set_text(NEW_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=30000)
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert dialog.old_edit.text() == ""
    assert (path / "vault.json").read_bytes() == header


def test_replace_the_recovery_key_shows_the_new_one_and_saves_a_private_pdf(
    qtbot, window, tmp_path
):
    path = tmp_path / "vault"
    old_key = vault_with_key(path)
    unlock(qtbot, window, path)
    pdf = tmp_path / "out" / "key"
    pdf.parent.mkdir()
    use_chooser(window, pdf)
    window.vault_actions.replace_recovery_action.trigger()
    dialog = window.vault_actions.last_dialog
    assert isinstance(dialog, CredentialsDialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.vault_actions.recovery_dialog is not None, timeout=30000)
    shown = window.vault_actions.recovery_dialog
    new_key = "-".join(shown.key_label.text().split())
    assert KEY_PATTERN.match(new_key) and new_key != old_key

    shown.save_pdf_button.click()
    qtbot.waitUntil(lambda: not shown.is_saving, timeout=30000)
    assert shown.saved_pdf is not None, shown.note_label.text()
    written = pdf.with_name("key.pdf")
    assert shown.saved_pdf == written
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "NOT encrypted" in shown.note_label.text()
    reader = pypdf.PdfReader(str(written))
    text = "".join(page.extract_text() for page in reader.pages)
    assert " ".join(new_key.split("-")[:4]) in text
    assert path.name in text
    for name in ("Budi", "Santoso", "Siti", "Ayu"):
        assert name not in text
    assert new_key not in str(reader.metadata)
    shown.stored_check.setChecked(True)
    shown.close_button.click()

    window.lock()
    service = VaultService()
    service.recover(path, new_key, NEW_PASSPHRASE)
    service.lock(backup=False)


def test_copying_the_recovery_key_marks_it_sensitive_and_clears_it(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QApplication

    create_through_welcome(qtbot, window, tmp_path / "vault")
    dialog = window.vault_actions.recovery_dialog
    window.clipboard.timeout_ms = 300
    dialog.copy_button.click()
    mime = QApplication.clipboard().mimeData()
    assert KEY_PATTERN.match(mime.text())
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5000)
    dialog.stored_check.setChecked(True)
    dialog.accept()
