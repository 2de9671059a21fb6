"""Screenshots of a counselor's day on a 1366×768 laptop (issue 19), in English and in
Bahasa Indonesia: a birth date typed and shown in words, the question before a note is
signed (with the consent warning), the consent dialog in two columns, the welcome dialog
while the vault is created, and an empty Sessions tab that says what to do.

    python3 dev.py screenshots laptop    # this one (all: without a name); Xvfb if need be
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_laptop_screenshots.py

The demo vault (invented records) under a temporary HOME; the main window is 1280×680,
the size it opens at (a 1366×768 screen less taskbar and title bar); grabbed with
``widget.grab()``, so no display is needed. Files: laptop-*.png and id-laptop-*.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import threading
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

NEW_PASSPHRASE = "tiga kucing makan nasi goreng pedas"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    work = isolated_home("counsel-desk-laptop-shots-")

    from PySide6.QtCore import QEventLoop, QSettings, Qt
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
    from counsel_desk.ui.dialogs.welcome_dialog import WelcomeDialog
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")
    today = dt.date.today()
    folder = make_demo_folder()
    build_demo_vault(folder, today=today, params=KdfParams.cheap_for_tests())  # screenshots

    for language, prefix in (("en", "laptop-"), ("id", "id-laptop-")):
        load_translations(app, language)

        def snap(widget, name: str, prefix: str = prefix) -> None:  # type: ignore[no-untyped-def]
            shoot(widget, args.out / f"{prefix}{name}", wait_ms=400)

        vault = DemoVaultService(folder)
        settings = AppSettings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        settings.language = language  # as she chose it
        runner = TaskRunner(app)
        window = MainWindow(vault, settings, runner)
        hide_weak_key_banner(window)  # cheap Argon2 settings, see there
        window.resize(1280, 680)
        window.unlock_view.set_vault_path(folder.vault_path)
        window.show()
        window.unlock_view.passphrase_edit.setText(DEMO_PASSPHRASE)
        loop = QEventLoop()
        window.unlock_view.unlocked.connect(loop.quit)
        window.unlock_view.start_unlock()
        loop.exec()

        # A new student, her birth date typed day first: the date in words beside it.
        window.workspace.new_client()
        profile = window.profile_view
        QTest.keyClicks(profile.given_name_edit, "Dewi")
        QTest.keyClicks(profile.family_name_edit, "Lestari")
        QTest.keyClicks(profile.grade_edit, "8A")
        field = profile.dob_edit.line_edit
        field.setFocus()
        QTest.keyClicks(field, "12/04/2011" if language == "id" else "2011-04-12")
        QTest.keyClick(field, Qt.Key.Key_Tab)
        settle()
        snap(window, "birth-date.png")
        window.workspace.save()

        # Her Sessions tab, empty: it says what to do.
        profile.tabs.setCurrentIndex(profile.TAB_SESSIONS)
        settle()
        snap(window, "empty-sessions.png")

        # A note, then "Sign and Lock…": what will be locked, and the consent warning.
        sessions = profile.sessions_view
        sessions.new_note(TemplateId.FREE)
        QTest.keyClicks(
            sessions.editor.field_edits["text"],
            "Dewi datang sendiri; cerita soal teman sekelas dan nilai matematika."
            if language == "id"
            else "Dewi came on her own; talked about a classmate and her maths marks.",
        )
        sessions.editor.sign_button.click()
        dialog = sessions.sign_dialog
        if dialog is not None:
            settle()
            snap(dialog, "sign-confirm.png")
            dialog.reject()

        # Record Consent: for a minor, the guardian consent with her assent.
        profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
        settle()
        consent = profile.consents_view.open_consent_dialog()
        if consent is not None:
            settle()
            snap(consent, "consent-dialog.png")
            consent.reject()

        window.lock()
        runner.wait_for_all()

        # The welcome dialog while the vault is created (calibration held back).
        release = threading.Event()

        def held(progress=None, release=release) -> KdfParams:  # type: ignore[no-untyped-def]
            release.wait(30)
            return KdfParams.cheap_for_tests()

        welcome = WelcomeDialog(
            vault, runner, window, calibrator=held, location=work / f"new-vault-{language}"
        )
        welcome.show()
        welcome.passphrase_edit.setText(NEW_PASSPHRASE)
        welcome.repeat_edit.setText(NEW_PASSPHRASE)
        welcome.start_create()
        welcome.progress.setValue(40)
        settle()
        snap(welcome, "welcome-creating.png")
        release.set()
        runner.wait_for_all()
        settle(100)
        vault.lock()
        welcome.deleteLater()
        window.close()
        window.deleteLater()
        settle(100)

    remove_demo_folder(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
