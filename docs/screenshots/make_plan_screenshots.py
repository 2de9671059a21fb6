"""Screenshots of issue 9: a support plan with its progress chart, the dashboard's
reminders, and the term report.

    python3 dev.py screenshots plan    # this one (all: without a name); Xvfb if need be
    Xvfb :99 -screen 0 1400x900x24 &
    DISPLAY=:99 python docs/screenshots/make_plan_screenshots.py

Like make_screenshots.py: the sample caseload (fictional people) in a throw-away vault
under a temporary HOME, dated relative to today.
A support plan is added to one client, with weekly notes rating its objectives.
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
    args = parser.parse_args()
    work = isolated_home()

    from PySide6.QtCore import QEventLoop, QSettings

    from counsel_desk.demo.caseload import build_demo_caseload
    from counsel_desk.domain.model import SessionNote
    from counsel_desk.domain.plans import (
        MOOD,
        Goal,
        Measure,
        Objective,
        ObjectiveRating,
        SupportPlan,
    )
    from counsel_desk.domain.templates import TemplateId
    from counsel_desk.export.interchange import dump_document
    from counsel_desk.paths import default_vault_path
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")

    def snap(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        shoot(widget, args.out / name, wait_ms=500)

    today = dt.date.today()
    vault_path = default_vault_path()
    builder = VaultService()
    builder.create(vault_path, PASSPHRASE, KdfParams.cheap_for_tests())  # screenshots only
    builder.interchange.import_text(dump_document(build_demo_caseload(today)))
    client = next(
        s
        for s in builder.clients.list_summaries()
        if str(s.status) == "active" and str(s.risk_level) in ("none", "low")
    )
    plan, _ = builder.plans.save_version(
        client.id,
        SupportPlan(
            goals=[
                Goal(
                    "Feel calmer before and during exams",
                    [
                        Objective("Uses a breathing strategy when anxious", 4, 3),
                        Objective("Rates exam worry (lower is better, 0–4)", 4, 1),
                    ],
                    ["Relaxation training", "Study timetable with the homeroom teacher"],
                    today + dt.timedelta(days=70),
                    today + dt.timedelta(days=5),
                ),
                Goal(
                    "Rebuild friendships in class",
                    [Objective("Joins a group activity each week", 4, 3)],
                    ["Social-skills group", "Check-in with the homeroom teacher"],
                    today + dt.timedelta(days=90),
                    today + dt.timedelta(days=30),
                ),
            ]
        ),
    )
    keys = [o.key for _, o in plan.objectives()]
    scores = [(1, 4, 0, 3), (1, 3, 1, 4), (2, 3, 1, 5), (2, 2, 2, 5), (3, 2, 2, 7), (3, 1, 3, 7)]
    for week, (a, b, c, mood) in enumerate(scores):
        day = today - dt.timedelta(days=7 * (len(scores) - week) - 2)
        note, _ = builder.notes.save_draft(
            client.id,
            SessionNote(
                date=day,
                duration_minutes=45,
                template=TemplateId.FREE,
                fields={"text": "Practised breathing; reviewed the week."},
            ),
        )
        builder.plans.save_session_scores(
            note.id,
            [ObjectiveRating(k, v, 4) for k, v in zip(keys, (a, b, c), strict=True)],
            [Measure(MOOD, mood), Measure("SDQ", 22 - 2 * week)],
        )
        builder.notes.sign(note.id)
    builder.reminders.add_follow_up(
        client.id, today + dt.timedelta(days=2), "Meet the homeroom teacher about the timetable"
    )
    builder.lock()

    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    vault = VaultService()
    runner = TaskRunner(app)
    window = MainWindow(vault, settings, runner)
    hide_weak_key_banner(window)  # cheap Argon2 settings, see there
    window.resize(1280, 800)
    window.move(40, 30)
    window.unlock_view.set_vault_path(vault_path)
    window.show()
    window.unlock_view.passphrase_edit.setText(PASSPHRASE)
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(loop.quit)
    window.unlock_view.start_unlock()
    loop.exec()
    settle()
    snap(window, "reminders-dashboard.png")

    window.splitter.setSizes([420, 860])
    window.workspace.open_client(client.id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_PLAN)
    settle()
    snap(window, "support-plan.png")

    dialog = window.plan_actions.show_report()
    period = dialog.preset_combo.findData("school_year")
    dialog.preset_combo.setCurrentIndex(period)
    loop = QEventLoop()
    dialog.report_ready.connect(loop.quit)
    dialog.refresh()
    loop.exec()
    dialog.move(150, 60)
    settle()
    snap(dialog, "term-report.png")
    dialog.reject()

    breach = window.plan_actions.show_breach()
    breach.move(200, 80)
    breach.tabs.setCurrentIndex(2)
    settle()
    snap(breach, "breach-response.png")
    breach.reject()

    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
