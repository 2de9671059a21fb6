"""Screenshots of issue 17, item 5: the BK service report (laporan pelaksanaan layanan BK)
of this semester, in English and in Indonesian, at the laptop size (1280×680).

    python3 dev.py screenshots bk_report    # this one; Xvfb if need be
    xvfb-run -a .venv/bin/python docs/screenshots/make_bk_report_screenshots.py --language id

Like make_plan_screenshots.py: the demo caseload (fictional people) in a throw-away vault
under a temporary HOME, dated relative to today, with a few classical guidance sessions
added to the activity log.
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
    from counsel_desk.domain.activities import Activity
    from counsel_desk.domain.bk_reports import BkSettings, PeriodKind, period_of
    from counsel_desk.domain.enums import (
        ActivityKind,
        ServiceComponent,
        ServiceField,
        ServiceStrategy,
    )
    from counsel_desk.domain.school_services import ServiceClass
    from counsel_desk.export.interchange import dump_document
    from counsel_desk.paths import default_vault_path
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application(args.language)
    today = dt.date.today()
    semester = period_of(today, PeriodKind.SEMESTER, BkSettings())
    vault_path = default_vault_path()
    builder = VaultService()
    builder.create(vault_path, PASSPHRASE, KdfParams.cheap_for_tests())  # screenshots only
    builder.interchange.import_text(dump_document(build_demo_caseload(today)))
    for n, (cls, field) in enumerate(
        [("VIII-A", ServiceField.LEARNING), ("VIII-B", ServiceField.CAREER)] * 6
    ):
        day = max(semester.start, today - dt.timedelta(days=7 * (n + 1)))
        builder.activities.save(
            Activity(
                ActivityKind.CLASSROOM_GUIDANCE,
                day,
                "Gaya belajar" if field is ServiceField.LEARNING else "Cita-cita dan karier",
                class_name=cls,
                students_present=30 + n % 3,
                periods=2,
                service=ServiceClass(
                    ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (field,)
                ),
            )
        )
    builder.lock()

    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
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

    dialog = window.plan_actions.show_bk_report()
    assert dialog is not None
    dialog.set_period(PeriodKind.SEMESTER, semester.key)
    loop = QEventLoop()
    dialog.report_ready.connect(loop.quit)
    dialog.refresh()
    loop.exec()
    dialog.resize(1280, 680)
    dialog.move(0, 0)
    prefix = "" if args.language == "en" else "id-"
    for tab, name in ((0, "bk-report.png"), (4, "bk-report-asca.png")):
        dialog.tabs.setCurrentIndex(tab)
        settle()
        shoot(dialog, args.out / f"{prefix}{name}", wait_ms=500)
    dialog.reject()
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
