"""Screenshots of the demo (issue 23): its dashboard, a support plan with its progress
chart, the same client's mood and questionnaire charts, and the consents with a drawn
signature and a scanned form.

    python3 dev.py screenshots demo    # this one (all: without a name); Xvfb if need be
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_demo_screenshots.py

The demo vault exactly as ``counsel-desk --demo`` builds it (invented records, dated
relative to today), under a temporary HOME; windows are 1366×768 and grabbed with
``widget.grab()``, so no display is needed.
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
    work = isolated_home("counsel-desk-demo-shots-")

    from PySide6.QtCore import QEventLoop, QSettings

    from counsel_desk.demo import DEMO_PASSPHRASE
    from counsel_desk.demo.vault import (
        DemoVaultService,
        build_demo_vault,
        make_demo_folder,
        remove_demo_folder,
    )
    from counsel_desk.services.vault_service import KdfParams
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")

    def snap(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        shoot(widget, args.out / name, wait_ms=500)

    today = dt.date.today()
    folder = make_demo_folder()
    build_demo_vault(folder, today=today, params=KdfParams.cheap_for_tests())  # screenshots
    vault = DemoVaultService(folder)
    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner(app)
    window = MainWindow(vault, settings, runner)
    hide_weak_key_banner(window)  # cheap Argon2 settings, see there
    window.resize(1366, 768)
    window.unlock_view.set_vault_path(folder.vault_path)
    window.show()
    window.unlock_view.passphrase_edit.setText(DEMO_PASSPHRASE)
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(loop.quit)
    window.unlock_view.start_unlock()
    loop.exec()
    settle()
    snap(window, "demo-dashboard.png")

    with_plan = max(vault.clients.list_summaries(), key=lambda s: len(vault.plans.versions(s.id)))
    window.splitter.setSizes([420, 946])
    window.workspace.open_client(with_plan.id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_PLAN)
    settle()
    snap(window, "demo-plan.png")
    charts = profile.plan_view.chart_tabs  # each page: a chart with its table beside it
    charts.setCurrentWidget(profile.plan_view.measures_chart.parentWidget())
    settle()
    snap(window, "demo-mood.png")
    charts.setCurrentWidget(profile.plan_view.questionnaire_chart.parentWidget())
    settle()
    snap(window, "demo-questionnaires.png")
    charts.setCurrentWidget(profile.plan_view.progress_chart.parentWidget())

    signed = next(
        s
        for s in vault.clients.list_summaries()
        if any(c.attachments for c in vault.consents.consents(s.id))
    )
    window.workspace.open_client(signed.id)
    profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
    settle()
    snap(window, "demo-consents.png")

    window.lock()
    runner.wait_for_all()
    remove_demo_folder(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
