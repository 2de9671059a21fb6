"""Issue 14, launch to a usable unlock screen: the first screen imports what it needs and
no PDF library. reportlab, pypdf and pdfminer together took about a third of a second at
every launch; they are imported when a PDF is made or read. A fresh interpreter, as at a
launch (this test process has imported everything already)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PDF_LIBRARIES = ("reportlab", "pypdf", "pdfminer", "openpyxl")  # openpyxl: the BK report

CHILD = """
import json, sys
from counsel_desk.app import create_application
app = create_application(sys.argv[:1])
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.tasks import TaskRunner
window = MainWindow(VaultService(), AppSettings(), TaskRunner(app))
window.show()
for _ in range(3):
    app.processEvents()
print(json.dumps({
    "unlock_screen": window.pages.currentWidget() is window.unlock_view,
    "loaded": sorted({m.split(".")[0] for m in sys.modules}),
}))
"""


def _child(tmp_path: Path, *args: str, home: bool = False) -> dict[str, object]:
    """Run ``python -c args[0] args[1:]`` as the app is run (offscreen, its own folders);
    what it printed last, as JSON."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    if home:
        env["HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-c", *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def test_the_unlock_screen_comes_up_without_importing_a_pdf_library(tmp_path: Path) -> None:
    found = _child(tmp_path, CHILD)
    assert found["unlock_screen"]
    assert [m for m in PDF_LIBRARIES if m in found["loaded"]] == []


DICTIONARIES_CHILD = """
import gc, json, os, sys, time
import counsel_desk.app as app_module
from counsel_desk.domain import wordlist
from PySide6.QtCore import QTimer

made = app_module.create_application
started = time.monotonic()

def check():
    if len(wordlist._loaded) == 2 or time.monotonic() - started > 90:
        print(json.dumps({"loaded": sorted(wordlist._loaded), "frozen": gc.get_freeze_count()}))
        sys.stdout.flush()
        os._exit(0)

def create_application(argv):
    app = made(argv)
    timer = QTimer(app)
    timer.timeout.connect(check)
    timer.start(100)  # fires in the welcome dialog's loop too
    return app

app_module.create_application = create_application
app_module.main(["counsel-desk"])
"""


def test_the_app_reads_the_dictionaries_by_itself_at_start_up_and_freezes_them(
    tmp_path: Path,
) -> None:
    """Before any vault is open (the unlock or welcome screen is up), the dictionaries are
    read in the background and frozen: what the freeze keeps from the collector for good
    then holds no record, and no export or import later stalls on the collector's passes
    over them."""
    found = _child(tmp_path, DICTIONARIES_CHILD, home=True)
    assert found["loaded"] == ["en", "id"]
    assert found["frozen"] > 100_000  # the dictionaries' objects


# Modules of the workspace (caseload, Today view, profile and its tabs, their services)
# and of the demo's clean-up: none is needed to show the unlock screen.
WORKSPACE_MODULES = (
    "counsel_desk.ui.workspace",
    "counsel_desk.ui.views.caseload_view",
    "counsel_desk.ui.views.dashboard_view",
    "counsel_desk.ui.views.client_profile_view",
    "counsel_desk.ui.views.sessions_view",
    "counsel_desk.ui.views.plan_view",
    "counsel_desk.services.clients",
    "counsel_desk.services.notes",
    "counsel_desk.demo.vault",
)

FIRST_PAINT_CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

WORKSPACE = json.loads(sys.argv[1])
found = {}
original_exec = QApplication.exec


def loaded():
    return sorted(m for m in WORKSPACE if m in sys.modules)


class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in found:
            found["at_paint"] = loaded()
            found["built_at_paint"] = window.workspace_built
            found["unlock_screen"] = window.pages.currentWidget() is window.unlock_view
            QTimer.singleShot(0, wait_for_workspace)
        return False


def wait_for_workspace(tries=[0]):
    tries[0] += 1
    if not window.workspace_built and tries[0] < 1500:  # nothing asks: built by itself
        QTimer.singleShot(20, wait_for_workspace)
        return
    found["later"] = loaded()
    print(json.dumps(found), flush=True)
    os._exit(0)


def exec_watching(*args):
    global window, watch
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    watch = Watch()
    window.unlock_view.installEventFilter(watch)
    return original_exec()


QApplication.exec = exec_watching
from counsel_desk.app import create_application, main
from counsel_desk.ui.settings import AppSettings
from PySide6.QtCore import QSettings
from pathlib import Path

create_application(["counsel-desk"])
AppSettings(QSettings()).last_vault_path = Path(sys.argv[2])
main(["counsel-desk"])
"""


def test_the_workspace_is_built_after_the_unlock_screen_is_painted(tmp_path: Path) -> None:
    """``app.main``: when the unlock screen is first painted, no module of the workspace
    has been imported; the workspace is then built without anything asking for it."""
    from counsel_desk.vault.kdf import KdfParams
    from counsel_desk.vault.vault import Vault

    vault = tmp_path / "vault"
    with Vault.create(vault, "correct horse battery staple", KdfParams.cheap_for_tests()):
        pass
    found = _child(tmp_path, FIRST_PAINT_CHILD, json.dumps(WORKSPACE_MODULES), str(vault))
    assert found["unlock_screen"]
    assert found["at_paint"] == []
    assert not found["built_at_paint"]
    assert found["later"] == sorted(WORKSPACE_MODULES)
