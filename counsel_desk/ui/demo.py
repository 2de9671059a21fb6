"""The window's side of ``counsel-desk --demo``.

A :class:`DemoSession` makes a fresh demo folder under the data folder, builds the demo
vault in it off the GUI thread (the unlock screen shows a busy indicator, then the demo
banner with the passphrase), and deletes the folder when the application quits
(``aboutToQuit``; ``atexit`` as a fallback). Its settings never remember a path inside
the demo folder, and its vault service keeps the demo vault's backups inside it.
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import signal
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal, Slot

from counsel_desk.demo import DEMO_PASSPHRASE
from counsel_desk.demo.vault import (
    DemoFolder,
    DemoVaultService,
    build_demo_vault,
    make_demo_folder,
    remove_demo_folder,
)
from counsel_desk.services.vault_service import KdfParams
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.operations import Operations, report_fault
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.tasks import Task, TaskRunner
from counsel_desk.ui.translate import error_text


class DemoSettings(AppSettings):
    """The application's settings, except that a vault inside the demo folder is never
    remembered as the last vault (the folder is gone after the demo)."""

    def __init__(
        self,
        folder: DemoFolder,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self._folder = folder

    @property
    def last_vault_path(self) -> Path | None:
        value: Path | None = super().last_vault_path
        if value is not None and self._folder.contains(value):
            return None
        return value

    @last_vault_path.setter
    def last_vault_path(self, value: Path | None) -> None:
        if value is not None and self._folder.contains(value):
            return
        AppSettings.last_vault_path.fset(self, value)  # type: ignore[attr-defined]


class DemoSession(QObject):
    """One demo: its folder, settings and vault service, from start to clean-up."""

    ready = Signal()
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        *,
        data_dir: Path | None = None,
        settings: QSettings | None = None,
        today: dt.date | None = None,
        params: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        # The unlock screen tells why the demo could not be made (never a message box);
        # a bug does too, before it is reported as one.
        self._ops = Operations(runner, None, fault=self._broke)
        self.folder = make_demo_folder(data_dir)
        # If Qt never gets to say goodbye (an exception, sys.exit), Python still does.
        self._atexit = functools.partial(remove_demo_folder, self.folder)
        atexit.register(self._atexit)
        self.settings = DemoSettings(self.folder, settings)
        self.vault = DemoVaultService(self.folder)
        self._today = today
        self._params = params
        self._window: MainWindow | None = None
        self._cleaned = False
        self._old_handlers: dict[int, Any] = {}
        self._wake: QTimer | None = None

    @property
    def vault_path(self) -> Path:
        return self.folder.vault_path

    def start(self, window: MainWindow) -> Task[Path]:
        """Build the demo vault in a worker; the unlock screen shows it being prepared."""
        self._window = window
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cleanup)
            self._quit_on_signals()
        # Qt adds " — Counsel Desk" (the application's display name) to the title.
        window.setWindowTitle(QCoreApplication.translate("Demo", "Demo (synthetic data)"))
        view = window.unlock_view
        view.set_demo(self.vault_path, DEMO_PASSPHRASE)
        view.set_vault_path(self.vault_path)
        view.set_preparing(
            True,
            QCoreApplication.translate("Demo", "Preparing the demo vault with invented records…"),
        )
        folder, today, params = self.folder, self._today, self._params
        return (
            self._ops.op(None, "", lambda: build_demo_vault(folder, today=today, params=params))
            .on_success(self._built)
            .on_error(self._failed)
            .run_in_background()
        )

    def _built(self, _vault: object) -> None:
        if self._window is not None:
            view = self._window.unlock_view
            view.set_preparing(False)
            view.focus_passphrase()
        self.ready.emit()

    def _broke(self, error: BaseException) -> None:
        self._failed(error)
        report_fault(error)

    def _failed(self, error: BaseException) -> None:
        if self._window is not None:
            text = error_text(error)
            self._window.unlock_view.set_preparing(
                False,
                QCoreApplication.translate(
                    "Demo", "The demo vault could not be made. {reason}"
                ).format(reason=text),
            )
            self._window.unlock_view.unlock_button.setEnabled(False)
        self.failed.emit(error)

    def _quit_on_signals(self) -> None:
        """SIGTERM (log-out, shutdown), SIGINT (Ctrl+C) and SIGHUP quit the event loop, so
        the demo folder is still deleted. Python runs signal handlers only when it gets
        control, hence the idle timer that hands it control four times a second."""
        if threading.current_thread() is not threading.main_thread():
            return
        for name in ("SIGTERM", "SIGINT", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is None:
                continue
            try:
                self._old_handlers[number] = signal.signal(number, self._on_signal)
            except (ValueError, OSError):
                continue
        self._wake = QTimer(self)
        self._wake.timeout.connect(lambda: None)
        self._wake.start(250)

    def _on_signal(self, _signum: int, _frame: FrameType | None) -> None:
        QCoreApplication.exit(0)  # emits aboutToQuit -> cleanup

    def _restore_signals(self) -> None:
        if self._wake is not None:
            self._wake.stop()
            self._wake = None
        for number, handler in self._old_handlers.items():
            try:
                signal.signal(number, handler)
            except (ValueError, OSError, TypeError):
                continue
        self._old_handlers.clear()

    @Slot()
    def cleanup(self) -> None:
        """Wait for the builder, close the vault, delete the demo folder. Idempotent."""
        if self._cleaned:
            return
        if threading.current_thread() is threading.main_thread():
            self._restore_signals()
        self.runner.wait_for_all()
        if self.vault.path is not None and self.folder.contains(self.vault.path):
            self.vault.lock(backup=False)
        if remove_demo_folder(self.folder):
            self._cleaned = True
            atexit.unregister(self._atexit)
