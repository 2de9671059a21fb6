"""pytest-qt fixtures: offscreen Qt, settings in a temporary folder, cheap Argon2.

Every test that creates a vault here uses ``KdfParams.cheap_for_tests()`` — weak
parameters that keep the suite fast; the product never uses them (it calibrates).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from counsel_desk.domain.enums import RiskLevel
from counsel_desk.domain.model import Client, Contact
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.prompter import UnsavedAnswer
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.tasks import TaskRunner
from tests.ui.choosers import FakeChooser
from tests.ui.waiting import today_view_read

TODAY = dt.date(2025, 9, 15)
PASSPHRASE = "tiga kucing makan nasi goreng pedas"


def cheap_calibrator(progress=None) -> KdfParams:
    """Stands in for calibration in tests: reports progress, returns cheap parameters."""
    if progress is not None:
        for step in (0.0, 0.5, 1.0):
            progress(step)
    return KdfParams.cheap_for_tests()


class FakePrompter:
    """Answers every question at once, and records that it was asked."""

    def __init__(self) -> None:
        self.unsaved_answer = UnsavedAnswer.CANCEL
        self.closing_answer: dt.date | None = None
        self.confirm_answer = True
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []

    def unsaved_changes(self, parent):
        self.asked.append("unsaved_changes")
        return self.unsaved_answer

    def confirm(self, parent, title, text):
        self.asked.append("confirm")
        return self.confirm_answer

    def closing_date(self, parent, earliest):
        self.asked.append("closing_date")
        return self.closing_answer

    def error(self, parent, title, text):
        self.errors.append((title, text))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings never touch the developer's own: XDG_CONFIG_HOME and the paths are temp."""
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    QCoreApplication.setOrganizationName("Counsel Desk Tests")
    QCoreApplication.setApplicationName(f"ui-{os.getpid()}")
    yield config


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(
        QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    )


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def vault_service() -> Iterator[VaultService]:
    service = VaultService()
    yield service
    service.lock()


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_all(30000)


@pytest.fixture
def window(qtbot, vault_service, settings, runner, prompter) -> Iterator[MainWindow]:
    win = MainWindow(
        vault_service,
        settings,
        runner,
        prompter,
        today=lambda: TODAY,
        calibrator=cheap_calibrator,
        chooser=FakeChooser(),  # answers given by use_chooser (tests/ui/choosers.py)
    )
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)  # shortcuts need an active window
    yield win
    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    runner.wait_for_all(30000)


def make_vault(path: Path, clients: list[Client] = (), passphrase: str = PASSPHRASE) -> Path:
    """A vault with ``clients``, made through the services (cheap Argon2, test only)."""
    service = VaultService()
    service.create(path, passphrase, KdfParams.cheap_for_tests())
    try:
        for client in clients:
            service.clients.save_profile(client, today=TODAY)
    finally:
        service.lock()
    return path


def sample_clients() -> list[Client]:
    return [
        Client(
            given_name="Budi",
            family_name="Santoso",
            preferred_name="Ucok",
            date_of_birth=dt.date(2011, 3, 9),
            school="SMP Negeri 3 Semarang",
            grade="8B",
            guardians=[Contact("Hartono Santoso", "father", "+62 811-2233-4455")],
            opened_on=dt.date(2025, 7, 14),
        ),
        Client(
            given_name="Siti",
            family_name="Rahmawati",
            grade="9A",
            opened_on=dt.date(2025, 8, 1),
            risk_level=RiskLevel.HIGH,
        ),
        Client(given_name="Ayu", grade="12C", opened_on=dt.date(2025, 1, 10)),
    ]


def unlock(qtbot, window: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:
    view = window.unlock_view
    view.set_vault_path(path)
    view.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(view.unlocked, timeout=30000):
        view.unlock_button.click()
    # The Today view (attention items, reminders) is read in the background after it.
    today_view_read(qtbot, window)
