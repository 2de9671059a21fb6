"""Screenshots of the whole 1366×768 screen in both themes and both languages (issue 19):
the Today view, a note being written (one word underlined by the spell check), a support
plan with its chart, and the supervision review with its highlights; plus the welcome
dialog over the window.

    python3 dev.py screenshots theme    # this one (all: without a name); Xvfb if need be
    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python docs/screenshots/make_theme_screenshots.py

The demo vault (invented records) under a temporary HOME; the main window at 1280×680
(a 1366×768 screen less taskbar and title bar), the whole screen grabbed. Files:
screen-<light|dark>-<name>.png and id-screen-<light|dark>-<name>.png. Without a display
(QT_QPA_PLATFORM=offscreen) the window's own rendering is saved instead.
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
)

NOTE = {
    "en": "Dewi came on her own and talked about her famly and a classmate.",
    "id": "Dewi datang sendiri dan bercerita tentang keluargnya dan teman sekelas.",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--languages", default="en,id")
    parser.add_argument("--themes", default="light,dark")
    args = parser.parse_args()
    work = isolated_home("counsel-desk-theme-shots-")

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from counsel_desk.app import load_translations
    from counsel_desk.demo import DEMO_PASSPHRASE
    from counsel_desk.demo.vault import (
        DemoVaultService,
        build_demo_vault,
        make_demo_folder,
        remove_demo_folder,
    )
    from counsel_desk.domain.templates import TemplateId
    from counsel_desk.services.vault_service import KdfParams
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")
    today = dt.date.today()
    folder = make_demo_folder()
    build_demo_vault(folder, today=today, params=KdfParams.cheap_for_tests())  # screenshots

    def screen_shot(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
        settle(500)
        screen = QGuiApplication.primaryScreen()
        # The laptop's 1366×768, whatever the X server's screen (dev.py's Xvfb: 1400×900).
        whole = screen.grabWindow(0, 0, 0, 1366, 768)
        pixmap = whole if app.platformName() == "xcb" else widget.grab()
        pixmap.save(str(path), "PNG")
        print(f"wrote {path} ({pixmap.width()}x{pixmap.height()})")

    for language, prefix in (("en", "screen-"), ("id", "id-screen-")):
        if language not in args.languages.split(","):
            continue
        load_translations(app, language)
        for theme in args.themes.split(","):
            settings = AppSettings(
                QSettings(
                    str(work / f"settings-{language}-{theme}.ini"), QSettings.Format.IniFormat
                )
            )
            settings.theme = theme
            settings.language = language  # as she chose it: a summary's headings follow it
            vault = DemoVaultService(folder)
            runner = TaskRunner(app)
            window = MainWindow(vault, settings, runner)
            hide_weak_key_banner(window)  # cheap Argon2 settings, see there
            window.move(0, 0)
            window.resize(1280, 680)
            window.unlock_view.set_vault_path(folder.vault_path)
            window.show()
            window.unlock_view.passphrase_edit.setText(DEMO_PASSPHRASE)
            loop = QEventLoop()
            window.unlock_view.unlocked.connect(loop.quit)
            window.unlock_view.start_unlock()
            loop.exec()

            def snap(name: str, widget=window, stem=f"{prefix}{theme}-") -> None:  # type: ignore[no-untyped-def]
                screen_shot(widget, args.out / f"{stem}{name}.png")

            snap("today")
            summaries = vault.clients.list_summaries()
            with_plan = max(summaries, key=lambda s: len(vault.plans.versions(s.id)))
            window.workspace.open_client(with_plan.id)
            profile = window.profile_view
            profile.tabs.setCurrentIndex(profile.TAB_PLAN)
            snap("plan")

            profile.tabs.setCurrentIndex(profile.TAB_SESSIONS)
            sessions = profile.sessions_view
            sessions.new_note(TemplateId.FREE)
            edit = sessions.editor.field_edits["text"]
            QTest.keyClicks(edit, NOTE[language])
            checker_language = sessions.editor.spelling_language()
            wait = QEventLoop()
            window.speller.changed.connect(wait.quit)
            if not window.speller.ready(checker_language):
                window.speller.checker(checker_language)
                wait.exec()
            snap("note")
            sessions.discard()

            export = window.supervision_actions.export_for_supervision()
            if export is not None:
                export.move(40, 20)
                done = QEventLoop()
                export.preview_ready.connect(done.quit)
                export.review()
                done.exec()
                snap("review", widget=export)
                export.reject()

            window.lock()
            runner.wait_for_all()
            window.close()
            window.deleteLater()
            settle()
    remove_demo_folder(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
