"""Leaks through the desktop: the clipboard, sleep and screen lock, window titles."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from counsel_desk.ui.clipboard import KDE_HINT, MARKER, SensitiveClipboard
from counsel_desk.ui.system_lock import SystemLockWatcher, login1_session_path

from .conftest import make_vault, sample_clients, unlock

NAMES = ("Budi", "Santoso", "Ucok", "Siti", "Rahmawati", "Ayu", "Hartono")


@pytest.fixture
def guard(qapp):
    clipboard = SensitiveClipboard(timeout_ms=250)
    yield clipboard
    clipboard.clear_if_ours()
    clipboard.deleteLater()


def test_a_copy_is_marked_sensitive_and_cleared_after_the_timeout(qtbot, guard):
    guard.copy("Budi Santoso, 8B")
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == "Budi Santoso, 8B"
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    assert mime.hasFormat(MARKER)
    windows = [f for f in mime.formats() if "windows-mime" in f]
    assert any("CanIncludeInClipboardHistory" in f for f in windows)
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in windows)
    assert guard.holds_ours
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5000)


def test_something_copied_elsewhere_afterwards_is_left_alone(qtbot, guard):
    guard.copy("Siti Rahmawati")
    guard._adopting = True  # as if another application had set the clipboard
    QApplication.clipboard().setText("a recipe for nasi goreng")
    guard._adopting = False
    assert not guard.holds_ours
    assert not guard.clear_if_ours()
    assert QApplication.clipboard().text() == "a recipe for nasi goreng"


def test_ctrl_c_in_a_field_of_the_app_is_marked_and_timed_out_too(qtbot, window, guard):
    edit = QLineEdit(window)
    edit.setText("Hartono Santoso")
    edit.show()
    edit.selectAll()
    edit.copy()
    qtbot.waitUntil(lambda: QApplication.clipboard().mimeData().hasFormat(MARKER), timeout=5000)
    assert QApplication.clipboard().text() == "Hartono Santoso"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5000)


def test_locking_clears_our_copy_from_the_clipboard(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    window.clipboard.copy("Budi Santoso")
    assert QApplication.clipboard().text() == "Budi Santoso"
    window.lock()
    assert QApplication.clipboard().text() == ""


def test_sleep_and_screen_lock_lock_the_vault(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    window.session.system_lock._prepare_for_sleep(False)  # waking up does nothing
    assert window.is_unlocked
    window.session.system_lock._prepare_for_sleep(True)
    assert not window.vault.is_unlocked
    assert window.client_model.rowCount() == 0
    assert "sleep" in window.unlock_view.message_label.text()
    unlock(qtbot, window, path)
    window.session.system_lock._screensaver_active(True)
    assert not window.vault.is_unlocked
    assert "screen" in window.unlock_view.message_label.text()


def test_login1_session_paths_are_escaped_as_systemd_does():
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login1_session_path("c-1") == "/org/freedesktop/login1/session/c_2d1"


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dbus-daemon") is None,
    reason="needs dbus-daemon",
)
def test_dbus_screensaver_and_sleep_signals_reach_the_watcher(qtbot, qapp):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        listener = QDBusConnection.connectToBus(address, "cd-test-listener")
        sender = QDBusConnection.connectToBus(address, "cd-test-sender")
        assert listener.isConnected() and sender.isConnected()
        assert sender.registerService("org.freedesktop.ScreenSaver")
        assert sender.registerService("org.freedesktop.login1")
        watcher = SystemLockWatcher(system_bus=listener, session_bus=listener)
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in watcher.connected
        reasons: list[str] = []
        watcher.lock_requested.connect(reasons.append)
        for path, iface, name in (
            ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
            ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),
        ):
            signal = QDBusMessage.createSignal(path, iface, name)
            signal.setArguments([True])
            assert sender.send(signal)
        qtbot.waitUntil(lambda: len(reasons) == 2, timeout=5000)
        assert sorted(reasons) == ["screen", "sleep"]
    finally:
        QDBusConnection.disconnectFromBus("cd-test-listener")
        QDBusConnection.disconnectFromBus("cd-test-sender")
        daemon.terminate()
        daemon.wait(5)


def test_no_client_name_in_any_window_title_through_a_session(qtbot, window, tmp_path):
    seen: list[str] = []

    def titles() -> None:
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets())

    path = make_vault(tmp_path / "vault", sample_clients())
    titles()
    unlock(qtbot, window, path)
    titles()
    for summary in window.client_model.summaries():
        window.workspace.open_client(summary.id)
        titles()
    window.vault_actions.show_audit()
    window.vault_actions.show_due()
    titles()
    window.lock()
    titles()
    assert seen
    for title in seen:
        for name in NAMES:
            assert name not in title, title
