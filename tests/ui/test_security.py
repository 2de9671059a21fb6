"""Auto-lock, privacy mode, a GUI that never freezes, nothing sensitive in settings."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.models.client_table_model import Column

from .conftest import PASSPHRASE, TODAY, make_vault, sample_clients, unlock

NAMES = ("Budi", "Santoso", "Ucok", "Siti", "Rahmawati", "Ayu", "Hartono")


def test_auto_lock_after_a_shortened_idle_time(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    budi = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(budi.id)
    assert window.idle.is_running()
    # Shortened only now: a slow machine must not lock before the client is open.
    window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=5000)
    assert window.pages.currentWidget() is window.unlock_view
    assert window.client_model.rowCount() == 0
    assert window.profile_view.client is None
    assert "without activity" in window.unlock_view.message_label.text()
    # Unlocking returns to the client that was open.
    window.idle.set_timeout_ms(60_000)
    unlock(qtbot, window, path)
    assert window.profile_view.client_id == budi.id


def test_input_postpones_the_auto_lock(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    window.idle.set_timeout_ms(60_000)
    unlock(qtbot, window, path)
    for _ in range(3):
        qtbot.waitUntil(lambda: window.idle.remaining_ms < 59_900, timeout=5000)
        before = window.idle.remaining_ms
        qtbot.keyClicks(window.caseload_view.filter_edit, "a")
        assert window.idle.remaining_ms > before  # the wait starts again at each key
        assert window.vault.is_unlocked
    window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=5000)


def test_privacy_mode_hides_every_name_in_the_list_dashboard_and_profile(
    qtbot, window, tmp_path, settings
):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    budi = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(budi.id)
    assert window.profile_view.name_label.text() == "Budi Santoso"

    window.menu_actions.privacy_action.trigger()
    assert window.privacy and settings.privacy_mode

    # The caseload: no visible cell holds a name.
    table = window.caseload_view.table
    proxy = window.caseload_view.proxy
    visible = [
        str(proxy.index(r, c).data() or "")
        for r in range(proxy.rowCount())
        for c in range(proxy.columnCount())
        if not table.isColumnHidden(c)
    ]
    assert any(budi.case_code in text for text in visible)
    for name in NAMES:
        assert not any(name in text for text in visible), name
    # Even the name column's own data is the case code.
    assert proxy.index(0, Column.NAME).data() == proxy.index(0, Column.CASE_CODE).data()

    # Typing a name finds nobody while privacy mode is on.
    window.caseload_view.filter_edit.setText("Budi")
    assert proxy.rowCount() == 0
    window.caseload_view.filter_edit.clear()

    # The profile: header shows the case code; no visible widget shows a name.
    profile = window.profile_view
    assert profile.name_label.text() == budi.case_code
    for text in profile.visible_texts():
        for name in NAMES:
            assert name not in text, (name, text)
    for widget in [*window.findChildren(QLabel), *window.findChildren(QLineEdit)]:
        if widget.isVisible():
            for name in NAMES:
                assert name not in widget.text(), (name, widget.objectName())

    # The dashboard.
    window.workspace.show_dashboard()
    for text in window.dashboard_view.visible_texts():
        for name in NAMES:
            assert name not in text, (name, text)
    assert window.windowTitle() == "Counsel Desk"

    window.menu_actions.privacy_action.trigger()
    assert not window.privacy
    assert any("Budi Santoso" in t for t in window.dashboard_view.visible_texts())


def test_the_event_loop_keeps_turning_while_a_vault_unlocks(qtbot, window, tmp_path):
    # Real-ish Argon2 parameters (RFC 9106's second option), so the unlock takes a while.
    path = tmp_path / "vault"
    service = VaultService()
    service.create(path, PASSPHRASE, KdfParams(3, 65536, 4))
    service.lock()

    # Ticks count only while the vault is still locked: a GUI thread blocked by Argon2
    # would tick at most once, after the work (whatever the machine's speed).
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: None if window.vault.is_unlocked else ticks.append(1))
    timer.start()
    view = window.unlock_view
    view.set_vault_path(path)
    view.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=60000):
        view.unlock_button.click()
        assert view.busy.isVisible()
    timer.stop()
    assert len(ticks) >= 3, f"the GUI thread was blocked ({len(ticks)} ticks)"
    assert window.vault.is_unlocked


def test_settings_hold_only_interface_state(qtbot, window, tmp_path, settings):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    budi = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    window.workspace.open_client(budi.id)
    window.menu_actions.privacy_action.trigger()
    window.close()
    allowed = {
        "window/geometry",
        "window/state",
        "vault/last_path",
        "security/auto_lock_minutes",
        "security/privacy_mode",
        "ui/language",
        "settings/version",
    }
    assert set(settings.keys()) <= allowed
    stored = " ".join(str(v) for v in settings.all_values().values())
    for word in (*NAMES, budi.case_code, PASSPHRASE):
        assert word not in stored


def test_crash_dialog_shows_no_client_data(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from counsel_desk import app

    shown: list[str] = []

    def record(box: QMessageBox) -> int:  # the real dialog, built and read, not clicked
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook()
    try:
        raise ValueError("Budi Santoso said something confidential")
    except ValueError as exc:
        logs: list[str] = []
        monkeypatch.setattr(app.log, "error", lambda fmt, *args: logs.append(fmt % args))
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "Something went wrong inside Counsel Desk." in shown[0]
    for word in ("Budi", "Santoso", "confidential", "ValueError", "Traceback"):
        assert word not in shown[0]
    assert logs == ["unexpected error: ValueError"]


def test_the_dashboard_shows_the_injected_day_not_the_computer_clock(
    qtbot, vault_service, settings, runner, prompter, tmp_path
):
    import datetime as dt

    from PySide6.QtCore import QDate, QLocale

    from counsel_desk.ui.main_window import MainWindow

    path = make_vault(tmp_path / "vault", sample_clients())
    for day in (dt.date(2031, 2, 3), TODAY):
        window = MainWindow(vault_service, settings, runner, prompter, today=lambda d=day: d)
        qtbot.addWidget(window)
        unlock(qtbot, window, path)
        expected = QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)
        assert window.dashboard_view.date_label.text() == expected
        assert str(day.year) in expected
        window.lock()
