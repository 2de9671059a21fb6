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
import counsel_desk.demo.vault  # app.main removes stale demo folders with it
window = MainWindow(VaultService(), AppSettings(), TaskRunner(app))
window.show()
for _ in range(3):
    app.processEvents()
print(json.dumps({
    "unlock_screen": window.pages.currentWidget() is window.unlock_view,
    "loaded": sorted({m.split(".")[0] for m in sys.modules}),
}))
"""


def test_the_unlock_screen_comes_up_without_importing_a_pdf_library(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
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
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env["HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-c", DICTIONARIES_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["loaded"] == ["en", "id"]
    assert found["frozen"] > 100_000  # the dictionaries' objects
