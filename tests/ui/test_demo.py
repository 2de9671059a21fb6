"""``counsel-desk --demo``: a throw-away vault of invented records, its passphrase on the
unlock screen, nothing of it left behind once the application has quit."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from counsel_desk.demo import DEMO_PASSPHRASE
from counsel_desk.domain.enums import RiskLevel
from counsel_desk.paths import default_data_dir
from counsel_desk.services.clients import AttentionKind
from counsel_desk.ui.demo import DemoSession
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.prompter import UnsavedAnswer
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.tasks import TaskRunner

from .conftest import FakePrompter
from .waiting import today_view_read


def quiet_prompter() -> FakePrompter:
    """For ``app.main``: no modal question; unsaved typing is discarded at the end."""
    prompter = FakePrompter()
    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    return prompter


def windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def give_up_after(seconds: float, seen: dict[str, object]) -> QTimer:
    """A demo that never gets ready must fail the test, not hang it: after ``seconds``
    the windows close and the application's event loop ends (``seen["gave_up"]``)."""

    def give_up() -> None:
        seen["gave_up"] = True
        for window in windows():  # made by main(prompter=quiet_prompter())
            window.close()
        QApplication.instance().exit(1)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(give_up)
    timer.start(int(seconds * 1000))
    return timer


def _all_settings_text(settings: AppSettings) -> str:
    return " ".join(f"{k}={v}" for k, v in settings.all_values().items())


def test_demo_shows_its_passphrase_unlocks_a_full_caseload_and_leaves_nothing(
    qtbot, tmp_path: Path
) -> None:
    ini = QSettings(str(tmp_path / "config" / "demo.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    demo = DemoSession(runner, settings=ini)
    folder = demo.folder.root
    assert folder.parent == default_data_dir()  # under the app's data folder, not /tmp
    assert folder.name.startswith("Demo-")

    prompter = FakePrompter()
    window = MainWindow(demo.vault, demo.settings, runner, prompter)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(demo.ready, timeout=60000):
        demo.start(window)
        view = window.unlock_view
        assert view.busy.isVisible(), "a busy indicator while the vault is built"
        assert not view.unlock_button.isEnabled()

    # The unlock screen shows the demo banner with the passphrase.
    assert view.demo_banner.isVisible()
    assert DEMO_PASSPHRASE in view.demo_banner.text()
    assert "Demo" in view.demo_banner.text()
    assert not view.busy.isVisible()
    assert view.unlock_button.isEnabled()
    assert not demo.vault.is_unlocked  # built, then locked: the user unlocks it

    view.passphrase_edit.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=30000):
        view.unlock_button.click()
    assert window.is_unlocked

    summaries = window.client_model.summaries()
    assert len(summaries) >= 24, "dozens of clients"
    assert any(s.risk_level is RiskLevel.HIGH for s in summaries)
    today_view_read(qtbot, window)
    kinds = {item.kind for item in window.dashboard_view.model.items()}
    assert AttentionKind.HIGH_RISK in kinds
    assert AttentionKind.DRAFT_NOTE in kinds
    assert AttentionKind.NO_RECENT_SESSION in kinds
    assert AttentionKind.MINOR_WITHOUT_GUARDIAN_CONSENT in kinds
    assert not demo.vault.automatic_backups_enabled()

    # The demo's path is never remembered.
    assert demo.settings.last_vault_path is None
    assert str(folder) not in _all_settings_text(demo.settings)
    assert "Demo-" not in _all_settings_text(demo.settings)

    # Locking makes no backup, and the banner is back on the unlock screen.
    window.lock()
    assert view.demo_banner.isVisible()
    assert not demo.folder.backup_root.exists()

    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    window.close()
    demo.cleanup()  # connected to aboutToQuit
    assert not folder.exists()
    assert not any(default_data_dir().glob("Demo-*"))
    assert "Demo-" not in _all_settings_text(AppSettings(ini))


def test_the_banner_is_only_for_the_demo_vault(qtbot, tmp_path: Path) -> None:
    runner = TaskRunner()
    demo = DemoSession(
        runner, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(demo.vault, demo.settings, runner, FakePrompter())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(demo.ready, timeout=60000):
        demo.start(window)
    view = window.unlock_view
    assert view.demo_banner.isVisible()
    view.set_vault_path(tmp_path / "SomeoneElsesVault")
    assert not view.demo_banner.isVisible()
    # A real vault's path is still remembered during a demo.
    demo.settings.last_vault_path = tmp_path / "RealVault"
    assert demo.settings.last_vault_path == tmp_path / "RealVault"
    demo.settings.last_vault_path = demo.vault_path
    assert demo.settings.last_vault_path == tmp_path / "RealVault"
    window.close()
    demo.cleanup()
    assert not demo.folder.root.exists()


def test_counsel_desk_dash_dash_demo_end_to_end(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``main(["counsel-desk", "--demo"])``: the real composition root, quit through the
    window, the folder deleted by the aboutToQuit handler."""
    from counsel_desk import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    seen: dict[str, object] = {}
    stale = default_data_dir() / "Demo-00000000000000aa"
    stale.mkdir(parents=True)
    (stale / "COUNSEL-DESK-DEMO.txt").write_text("left by a crash")
    two_days_ago = dt.datetime.now().timestamp() - 2 * 86400
    os.utime(stale / "COUNSEL-DESK-DEMO.txt", (two_days_ago, two_days_ago))

    def drive() -> None:
        found = [w for w in windows() if w.isVisible()]
        if not found or not found[0].unlock_view.demo_banner.isVisible():
            QTimer.singleShot(50, drive)
            return
        window = found[0]
        view = window.unlock_view
        if not view.unlock_button.isEnabled():
            QTimer.singleShot(50, drive)
            return
        seen["banner"] = view.demo_banner.text()
        seen["folders"] = [p.name for p in default_data_dir().glob("Demo-*")]
        seen["title"] = window.windowTitle()
        view.passphrase_edit.setText(DEMO_PASSPHRASE)
        view.unlocked.connect(lambda: finish(window))
        view.unlock_button.click()

    def finish(window: MainWindow) -> None:
        seen["clients"] = window.client_model.rowCount()
        window.close()  # the last window: the application quits
        window.deleteLater()

    QTimer.singleShot(0, drive)
    QApplication.instance().setQuitOnLastWindowClosed(True)
    watchdog = give_up_after(120, seen)
    try:
        code = app_module.main(["counsel-desk", "--demo"], prompter=quiet_prompter())
    finally:
        watchdog.stop()
    assert "gave_up" not in seen, f"the demo never got to its unlock screen: {seen}"
    assert code == 0
    assert DEMO_PASSPHRASE in str(seen["banner"])
    assert "Demo" in str(seen["title"])
    assert len(seen["folders"]) == 1  # the stale one was removed, the new one made
    assert seen["clients"] >= 24
    assert not any(default_data_dir().glob("Demo-*"))
    settings = AppSettings()
    assert "Demo-" not in _all_settings_text(settings)
    assert settings.last_vault_path is None


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX")
def test_a_demo_ended_by_sigterm_still_deletes_its_folder(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsel_desk import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = signal.getsignal(signal.SIGTERM)
    seen: list[str] = []

    def drive() -> None:
        found = [w for w in windows() if w.isVisible()]
        if not found or not found[0].unlock_view.unlock_button.isEnabled():
            QTimer.singleShot(50, drive)
            return
        seen.extend(p.name for p in default_data_dir().glob("Demo-*"))
        os.kill(os.getpid(), signal.SIGTERM)  # as at log-out or shutdown

    QTimer.singleShot(0, drive)
    gave_up: dict[str, object] = {}
    watchdog = give_up_after(120, gave_up)
    try:
        code = app_module.main(["counsel-desk", "--demo"], prompter=quiet_prompter())
    finally:
        watchdog.stop()
    assert not gave_up, "the demo never got to its unlock screen"
    assert code == 0
    assert len(seen) == 1
    assert not any(default_data_dir().glob("Demo-*"))
    assert signal.getsignal(signal.SIGTERM) == before  # handlers restored
    for window in windows():
        window.close()
        window.deleteLater()
