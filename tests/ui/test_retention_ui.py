"""Retention settings, the due list, legal hold, and secure destruction with a
confirmation that names what goes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from counsel_desk.domain.model import Client
from counsel_desk.domain.retention import RetentionPolicy, RetentionProfile
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.dialogs.destroy_dialog import DestroyDialog
from counsel_desk.ui.dialogs.retention_dialog import RetentionDialog
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog

from .conftest import PASSPHRASE, TODAY, sample_clients, unlock

NAMES = ("Budi", "Santoso", "Ucok", "Siti", "Rahmawati", "Ayu", "Hartono", "Rudi", "Hartanto")


def vault_with_an_old_closed_case(path) -> str:
    service = VaultService()
    service.create(path, PASSPHRASE, KdfParams.cheap_for_tests())
    for client in sample_clients():
        service.clients.save_profile(client, today=TODAY)
    old, _ = service.clients.save_profile(
        Client(
            given_name="Rudi", family_name="Hartanto", grade="9C", opened_on=dt.date(2012, 1, 9)
        ),
        today=TODAY,
    )
    service.clients.close_case(old.id, dt.date(2013, 6, 20))
    service.lock()  # one automatic backup, which still holds the old case
    return old.case_code


def no_name_in_any_title() -> None:
    for widget in QApplication.topLevelWidgets():
        for name in NAMES:
            assert name not in widget.windowTitle(), (name, widget.windowTitle())


def test_the_retention_profile_is_chosen_in_settings(qtbot, window, tmp_path):
    unlock_path = tmp_path / "vault"
    vault_with_an_old_closed_case(unlock_path)
    unlock(qtbot, window, unlock_path)
    dialog = SettingsDialog(window.settings, window, vault=window.vault)
    qtbot.addWidget(dialog)
    page = dialog.retention_page
    page.profile_combo.setCurrentIndex(page.profile_combo.findData("minor_clinical"))
    assert page.majority_spin.isVisibleTo(page) and page.adult_spin.isVisibleTo(page)
    assert not page.school_spin.isVisibleTo(page)
    page.majority_spin.setValue(5)
    assert "turns 18" in page.rule_label.text()
    dialog.accept()
    policy = window.vault.retention.policy()
    assert policy.profile is RetentionProfile.MINOR_CLINICAL
    assert policy.years_after_majority == 5


def test_legal_hold_then_destroy_with_a_confirmation_that_names_what_goes(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    code = vault_with_an_old_closed_case(path)
    unlock(qtbot, window, path)
    window.vault.retention.set_policy(RetentionPolicy(RetentionProfile.ADULT_CLINICAL))
    window.vault_actions.due_action.trigger()
    dialog = window.vault_actions.last_dialog
    assert isinstance(dialog, RetentionDialog)
    assert [s.case_code for s in dialog.model.statuses()] == [code]
    assert dialog.model.index(0, 1).data() == "2020-06-20"
    assert dialog.model.index(0, 2).data() == "Adult clinical"
    assert dialog.select_client(dialog.model.statuses()[0].client_id)
    assert dialog.destroy_button.isEnabled()

    # A legal hold keeps it; destruction is refused while it holds.
    assert not dialog.hold_button.isEnabled()  # a reason is needed
    dialog.reason_edit.setText("abuse report to the police, 2013")
    dialog.hold_button.click()
    assert dialog.model.index(0, 4).data().startswith("abuse report")
    assert not dialog.destroy_button.isEnabled() and dialog.release_button.isEnabled()
    dialog.release_button.click()
    assert dialog.model.index(0, 4).data() == ""
    assert dialog.destroy_button.isEnabled()

    dialog.destroy_button.click()
    confirm = dialog.destroy_dialog
    assert isinstance(confirm, DestroyDialog)
    summary = confirm.summary_label.text()
    assert code in confirm.intro_label.text()
    assert "0 session notes" in summary and "0 consent records" in summary
    assert "1 automatic backups still hold this case" in confirm.backups_label.text()
    for name in NAMES:
        assert name not in summary + confirm.backups_label.text()
    assert not confirm.ok_button.isEnabled()
    confirm.code_edit.setText(code[:-1])
    assert not confirm.ok_button.isEnabled()
    confirm.code_edit.setText(code)
    assert confirm.ok_button.isEnabled()
    no_name_in_any_title()
    with qtbot.waitSignal(dialog.destroyed_client, timeout=30000):
        confirm.ok_button.click()
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert dialog.log_model.rowCount() == 1
    assert dialog.log_model.index(0, 0).data() == code
    assert all(s.case_code != code for s in window.client_model.summaries())
    assert window.client_model.rowCount() == 3
    no_name_in_any_title()


def test_the_due_list_is_empty_when_nothing_is_due(qtbot, window, tmp_path):
    from .conftest import make_vault

    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    dialog = window.vault_actions.show_due()
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.destroy_button.isEnabled()
    dialog.show_all_check.setChecked(True)
    assert dialog.model.rowCount() == 0  # open cases have no destruction date


def test_in_indonesian_the_reason_of_a_hold_has_room_and_the_dialog_fits_at_125_percent(
    qtbot, qapp, window, tmp_path
):
    # The long Indonesian button labels once squeezed the reason's box to "A…".
    from PySide6.QtCore import QLocale

    from counsel_desk.app import load_translations

    from .conftest import make_vault

    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    load_translations(qapp, "id")
    try:
        dialog = window.vault_actions.show_due()
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.hold_button.text() == "Tangguhkan pemusnahan"
        assert dialog.reason_edit.width() >= 200
        assert dialog.minimumSizeHint().width() <= 1024  # a 1366×768 laptop at 125 %
        dialog.reject()
    finally:
        load_translations(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))
