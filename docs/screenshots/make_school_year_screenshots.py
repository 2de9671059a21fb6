"""Screenshot of issue 20, item 2: Vault → New School Year…, its preview of every active
client's class now and after, in English and in Indonesian (the dialog fits 1280×680).

    python3 dev.py screenshots school_year    # this one; Xvfb if need be
    xvfb-run -a .venv/bin/python docs/screenshots/make_school_year_screenshots.py --language id

Like make_needs_screenshots.py: the demo caseload (fictional people) in a throw-away vault
under a temporary HOME.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from make_screenshots import (  # noqa: E402
    PASSPHRASE,
    hide_weak_key_banner,
    isolated_home,
    screenshot_application,
    settle,
    shoot,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--language", choices=("en", "id"), default="en")
    args = parser.parse_args()
    work = isolated_home()

    from PySide6.QtCore import QEventLoop, QSettings

    from counsel_desk.demo.caseload import build_demo_caseload
    from counsel_desk.export.interchange import dump_document
    from counsel_desk.paths import default_vault_path
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application(args.language)
    today = dt.date.today()
    vault_path = default_vault_path()
    builder = VaultService()
    builder.create(vault_path, PASSPHRASE, KdfParams.cheap_for_tests())  # screenshots only
    builder.interchange.import_text(dump_document(build_demo_caseload(today)))
    builder.lock()

    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = args.language
    runner = TaskRunner(app)
    window = MainWindow(VaultService(), settings, runner)
    hide_weak_key_banner(window)  # cheap Argon2 settings, see there
    window.resize(1280, 800)
    window.unlock_view.set_vault_path(vault_path)
    window.show()
    window.unlock_view.passphrase_edit.setText(PASSPHRASE)
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(loop.quit)
    window.unlock_view.start_unlock()
    loop.exec()
    settle()

    prefix = "" if args.language == "en" else "id-"
    dialog = window.vault_actions.show_school_year()
    assert dialog is not None
    dialog.resize(980, 620)
    dialog.move(0, 0)
    settle()
    shoot(dialog, args.out / f"{prefix}new-school-year.png", wait_ms=500)
    dialog.reject()
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
