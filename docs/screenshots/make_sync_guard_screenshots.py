"""Screenshots of issue 18, item 2: a vault found in a synced folder (here a Dropbox
folder) opens with the bar that says so and its Move the Vault Out of the Synced
Folder… button, at 1366×768 (a school laptop), and the move dialog; in English and in
Indonesian.

    python3 dev.py screenshots sync_guard    # this one; Xvfb if need be
    xvfb-run -a .venv/bin/python docs/screenshots/make_sync_guard_screenshots.py --language id

The demo caseload (fictional people) in a throw-away vault under a temporary HOME; the
vault is made first and Dropbox's marker files added beside it afterwards, as when she
set up Dropbox on a folder that already held her vault (no vault is ever made there).
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
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application(args.language)
    dropbox = work / "home" / "Dropbox"
    vault_path = dropbox / "Counsel Desk Vault"
    builder = VaultService()
    builder.create(vault_path, PASSPHRASE, KdfParams.cheap_for_tests())  # screenshots only
    builder.interchange.import_text(dump_document(build_demo_caseload(dt.date.today())))
    builder.lock()
    (dropbox / ".dropbox").write_text("{}")  # Dropbox set up on the folder afterwards
    (dropbox / ".dropbox.cache").mkdir()

    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = args.language
    runner = TaskRunner(app)
    window = MainWindow(VaultService(), settings, runner)
    hide_weak_key_banner(window)  # cheap Argon2 settings
    window.resize(1366, 768)
    window.move(0, 0)
    window.unlock_view.set_vault_path(vault_path)
    window.show()
    window.unlock_view.passphrase_edit.setText(PASSPHRASE)
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(loop.quit)
    window.unlock_view.start_unlock()
    loop.exec()
    settle()
    assert window.synced_banner.isVisible(), "the synced-folder bar is not shown"

    prefix = "" if args.language == "en" else "id-"
    shoot(window, args.out / f"{prefix}synced-folder-bar.png", wait_ms=600)

    dialog = window.vault_actions.move_out_of_synced_folder()
    assert dialog is not None
    dialog.set_target(work / "home" / "Counsel Desk" / "Counsel Desk Vault")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.resize(640, dialog.sizeHint().height())
    settle()
    shoot(dialog, args.out / f"{prefix}move-out-of-synced-folder.png", wait_ms=500)
    dialog.reject()
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
