"""Screenshots of the appointments (issue 20, item 5), in English and in Bahasa
Indonesia: the demo's week (case codes only, a conflict marked), the intake queue, and
the question the calendar export asks first (what is in the file and what is not).

    python3 dev.py screenshots appointments    # this one; Xvfb if need be
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_appointments_screenshots.py

The demo vault (invented records) under a temporary HOME; the Appointments window at
1280×680, the main window's size on a 1366×768 laptop; grabbed with ``widget.grab()``.
Files: appointments-*.png and id-appointments-*.png.
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
    hide_weak_key_banner,
    isolated_home,
    screenshot_application,
    settle,
    shoot,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    work = isolated_home("counsel-desk-appointments-shots-")

    from PySide6.QtCore import QEventLoop, QSettings

    from counsel_desk.app import load_translations
    from counsel_desk.demo import DEMO_PASSPHRASE
    from counsel_desk.demo.vault import DemoVaultService, build_demo_vault, make_demo_folder
    from counsel_desk.services.vault_service import KdfParams
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")
    folder = make_demo_folder()
    today = dt.date.today()  # the demo's week is this one
    build_demo_vault(folder, today=today, params=KdfParams.cheap_for_tests())

    for language, prefix in (("en", "appointments-"), ("id", "id-appointments-")):
        load_translations(app, language)
        vault = DemoVaultService(folder)
        settings = AppSettings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        settings.language = language
        window = MainWindow(vault, settings, TaskRunner(app), today=lambda: today)
        hide_weak_key_banner(window)  # cheap Argon2 settings, see there
        window.resize(1280, 680)
        window.unlock_view.set_vault_path(folder.vault_path)
        window.show()
        window.unlock_view.passphrase_edit.setText(DEMO_PASSPHRASE)
        loop = QEventLoop()
        window.unlock_view.unlocked.connect(loop.quit)
        window.unlock_view.start_unlock()
        loop.exec()

        dialog = window.plan_actions.show_appointments()
        assert dialog is not None
        dialog.resize(1280, 680)
        conflicted = sorted(dialog.week.conflicting_ids())
        if conflicted:
            dialog.week.select(conflicted[0])
        settle()
        shoot(dialog, args.out / f"{prefix}week.png", wait_ms=400)
        dialog.tabs.setCurrentIndex(1)
        dialog.queue.selectRow(0)
        settle()
        shoot(dialog, args.out / f"{prefix}queue.png", wait_ms=300)
        dialog.reject()
        window.lock()
        window.close()
        settle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
