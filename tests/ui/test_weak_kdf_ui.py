"""Weak Argon2 settings in a vault's header (an old vault, a planted header) are said in
the window after unlock, with a Strengthen button that re-wraps the key off the GUI
thread with today's calibration. Vaults are made with cheap test settings (t=1, m=8 MiB)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from counsel_desk.services.vault_service import KdfParams
from counsel_desk.ui.dialogs.strengthen_key_dialog import StrengthenKeyDialog
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.vault.header import login_slot, read_header

from .conftest import PASSPHRASE, TODAY, make_vault, sample_clients, unlock

calibrated_on: list[bool] = []  # True: the calibration ran on the GUI thread


def todays_calibration(progress=None) -> KdfParams:
    """Stands in for this computer's calibration: RFC 9106's minimum (the least it gives)."""
    calibrated_on.append(threading.current_thread() is threading.main_thread())
    return KdfParams.recommended_minimum()


@pytest.fixture
def strong_window(qtbot, vault_service, settings, runner, prompter) -> Iterator[MainWindow]:
    win = MainWindow(
        vault_service, settings, runner, prompter, today=lambda: TODAY,
        calibrator=todays_calibration,
    )  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.wait_for_all(30000)


def login_kdf(path) -> KdfParams:
    header = read_header(path)
    return header.slot(login_slot(header)).kdf


def test_unlocking_a_vault_with_weak_argon2_settings_shows_a_banner_that_strengthens_them(
    qtbot, strong_window, tmp_path
):
    window = strong_window
    path = make_vault(tmp_path / "vault", sample_clients())
    assert not window.kdf_banner.isVisible()
    unlock(qtbot, window, path)
    banner = window.kdf_banner
    assert banner.isVisible()
    assert "t=1, m=8192 KiB, p=1" in banner.label.text()
    # One line in the status bar; what is recommended in the tooltip and for screen readers.
    assert "\n" not in banner.label.text() and not banner.label.wordWrap()
    assert banner.parent() is window.statusBar()
    assert "t=3, m=65536 KiB, p=4" in banner.label.toolTip()
    assert "t=3, m=65536 KiB, p=4" in banner.accessibleDescription()
    calibrated_on.clear()
    banner.button.click()
    dialogs = window.findChildren(StrengthenKeyDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    # A wrong passphrase: said in the dialog, nothing changed.
    before = (path / "vault.json").read_bytes()
    dialog.passphrase_edit.setText("not the passphrase at all, sorry")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=30000)
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert (path / "vault.json").read_bytes() == before
    assert banner.isVisible()
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.succeeded, timeout=60000):
        dialog.ok_button.click()
    assert calibrated_on and not any(calibrated_on)  # measured in a worker
    assert not banner.isVisible()
    assert "t=3, m=65536 KiB, p=4" in window.statusBar().currentMessage()
    assert login_kdf(path) == KdfParams.recommended_minimum()
    # The same passphrase still opens it, and the banner stays away.
    window.lock()
    assert not banner.isVisible()
    unlock(qtbot, window, path)
    assert window.is_unlocked and not banner.isVisible()
    assert window.client_model.rowCount() == len(sample_clients())


def test_a_vault_with_recommended_argon2_settings_shows_no_banner(qtbot, strong_window, tmp_path):
    window = strong_window
    path = make_vault(tmp_path / "vault", sample_clients())
    from counsel_desk.services.vault_service import VaultService

    service = VaultService()
    service.unlock(path, PASSPHRASE)
    service.strengthen(PASSPHRASE, calibrator=KdfParams.recommended_minimum)
    service.lock(backup=False)
    unlock(qtbot, window, path)
    assert window.is_unlocked and not window.kdf_banner.isVisible()
