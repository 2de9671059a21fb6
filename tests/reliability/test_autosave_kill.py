"""A power cut loses seconds, never a session: a real app process is killed with SIGKILL
while a note is being typed, and reopening the vault offers the text back.

The vault uses KdfParams.cheap_for_tests() (weak Argon2, on purpose, for speed)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.ui import conftest as ui
from tests.ui.conftest import PASSPHRASE, make_vault, sample_clients, unlock

# The UI test fixtures (a main window with a fake prompter, settings in a temp folder).
isolated_settings = ui.isolated_settings
settings = ui.settings
prompter = ui.prompter
vault_service = ui.vault_service
runner = ui.runner
window = ui.window

CHILD = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.tasks import TaskRunner

vault_path, passphrase, settings_path = sys.argv[1], sys.argv[2], sys.argv[3]
app = QApplication([])
service = VaultService()
service.unlock(Path(vault_path), passphrase)
settings = AppSettings(QSettings(settings_path, QSettings.Format.IniFormat))
window = MainWindow(service, settings, TaskRunner(app))
window.show()
window.session.on_unlocked()
summary = next(s for s in window.client_model.summaries() if s.case_code == "C-0002")
window.workspace.open_client(summary.id)
sessions = window.profile_view.sessions_view
sessions.new_note(TemplateId.SOAP)


def type_note():
    sessions.editor.field_edits["subjective"].setPlainText("Siti cemas menjelang ujian akhir")
    sessions.editor.field_edits["plan"].setPlainText("Latihan napas; bertemu lagi Kamis")
    print("TYPED", flush=True)


# Connected after the sessions view's own autosave: printed once the text is in the vault.
sessions.editor.autosave_due.connect(lambda: print("AUTOSAVED", flush=True))


QTimer.singleShot(100, type_note)
app.exec()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_draft_survives_sigkill_and_is_offered_after_reopening(
    qtbot, window, prompter, tmp_path: Path
) -> None:
    path = make_vault(tmp_path / "vault", sample_clients())
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO_ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "child-config"),
    )
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), PASSPHRASE, str(tmp_path / "child.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def read_lines() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line.strip())
        lines.put("EOF")

    threading.Thread(target=read_lines, daemon=True).start()
    try:
        # Deadlines, not sleeps: a slow machine waits longer, a regression fails.
        assert lines.get(timeout=60) == "TYPED", child.stderr.read() if child.stderr else ""
        # How soon the autosave runs (1.5 s after typing) is the note editor's timer
        # (tests/ui/test_notes.py); here it only has to have landed before the kill.
        assert lines.get(timeout=60) == "AUTOSAVED"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    prompter.confirm_answer = True
    unlock(qtbot, window, path)  # opens the vault left behind by the killed process
    assert "confirm" in prompter.asked
    sessions = window.profile_view.sessions_view
    assert window.profile_view.client.case_code == "C-0002"
    assert sessions.stack.currentWidget() is sessions.editor
    fields = sessions.editor.field_edits
    assert fields["subjective"].toPlainText() == "Siti cemas menjelang ujian akhir"
    assert fields["plan"].toPlainText() == "Latihan napas; bertemu lagi Kamis"
    assert sessions.save_draft()
    assert sessions.entry(0).note.fields["plan"] == "Latihan napas; bertemu lagi Kamis"
