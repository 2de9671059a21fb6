"""A whole working session, as a counselor would have it, for the canary scan
(test_canary.py runs this in a fresh HOME and TMPDIR, then searches every file).

Create a vault where the app puts it, import the sample caseload, open the window,
edit a profile, write, sign and amend a note, autosave a draft, search, export a
supervision summary and a backup where Qt's own file dialog chose them, lock (which makes
an automatic backup), quit. Cheap Argon2 settings (a test).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.model import SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.supervision import SupervisionRequest
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.tasks import TaskRunner
from tests.conftest import SAMPLE_CASELOAD
from tests.ui.choosers import answer_file_dialog

PASSPHRASE = "canary session passphrase, long enough"


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(exports: Path) -> None:
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Counsel Desk")
    app.setApplicationName("Counsel Desk")
    vault = VaultService()
    runner = TaskRunner(app)
    window = MainWindow(vault, AppSettings(), runner)
    window.show()
    path = vault.default_vault_path()
    vault.create(path, PASSPHRASE, KdfParams.cheap_for_tests())
    vault.interchange.import_text(SAMPLE_CASELOAD.read_bytes())
    window.unlock_view.set_vault_path(path)
    window.session.on_unlocked()
    settle()
    budi = next(s for s in vault.clients.list_summaries() if s.case_code == "C-0001")
    window.workspace.open_client(budi.id, ask=False)
    settle()
    client = vault.clients.get(budi.id)
    client.grade = "9A"
    client.other_people.append("Kadek Wirawan")
    vault.clients.save_profile(client)
    note = SessionNote(
        date=dt.date(2025, 8, 18),
        template=TemplateId.FREE,
        fields={"text": "Budi told Kadek Wirawan about the panic before the Friday test."},
    )
    saved, _ = vault.notes.save_draft(budi.id, note)
    assert saved.id is not None
    vault.notes.sign(saved.id)
    vault.notes.add_addendum(saved.id, "Hartono Santoso called back in the evening.", "late call")
    draft = SessionNote(date=dt.date(2025, 8, 25), fields={"text": "Ucok unfinished draft words"})
    vault.notes.autosave(budi.id, draft)
    assert vault.search.search("panic")
    # Exports go where she chooses them in Qt's own file dialog (the window's real
    # chooser, typed into and accepted), into a folder named for the client as
    # counselors make them: the dialog must leave that folder nowhere (QtProject.conf).
    folder = exports / "Budi-Santoso"
    folder.mkdir(parents=True, exist_ok=True)
    chooser = FileChooser()
    answer_file_dialog(folder / "supervision.pdf")
    target = chooser.save_file(window, "Save", folder / "supervision.pdf", "PDF (*.pdf)")
    assert target == folder / "supervision.pdf", target
    vault.supervision.export(SupervisionRequest(budi.id), target)
    answer_file_dialog(folder / "chosen.cdbackup")
    target = chooser.save_file(window, "Back up", folder / "chosen.cdbackup")
    assert target == folder / "chosen.cdbackup", target
    vault.backup_to(target)
    window.lock()
    runner.wait_for_all(30000)
    settle()
    window.close()
    app.quit()
    print("session complete", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
