"""Screenshots of the supervision review (issue 16, issue 19), in English and in Bahasa
Indonesia: the review's side list with the descriptions that may single the student out
and a word printed as [PERSON ?] chosen (It's Not a Name, Always Keep This Word), the
Settings → Kept Words page after two words were kept, and the first page of the PDF
saved from that review.

    python3 dev.py screenshots review       # this one; starts Xvfb when DISPLAY is unset
    DISPLAY=:99 python docs/screenshots/make_review_screenshots.py   # needs pdftoppm

Like make_screenshots.py: the sample caseload (fictional people) in a throw-away vault
under a temporary HOME, dated relative to today, with cheap Argon2 settings (only these
screenshots open it). Windows are 1280×680, the laptop budget. Files:
review-side-list.png, review-kept-words.png, review-pdf.png and id-review-*.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from make_screenshots import (  # noqa: E402
    PASSPHRASE,
    find_sample,
    isolated_home,
    recent_caseload,
    screenshot_application,
    settle,
    shoot,
)

# The counselor's question, in the language of the summary: two words no record or
# dictionary knows (printed as [PERSON ?] until kept) and two descriptions that may
# single the student out (printed as written, listed for her to read).
QUESTION = {
    "en": (
        "Budi plays Genshin every night and falls asleep in class; his friends meet on "
        "Kahoot. He is the only Papuan student in 9C and the principal's son. How can I "
        "help him without making him stand out even more?"
    ),
    "id": (
        "Budi main Genshin tiap malam dan tertidur di kelas; teman-temannya ketemu di "
        "Kahoot. Dia satu-satunya siswa Papua di 9C, juga anak kepala sekolah. Bagaimana "
        "membantunya tanpa membuatnya makin menonjol?"
    ),
}
KEPT = ("Genshin", "Kahoot")


class SaveTo:
    """The file chooser of these shots: "Save PDF…" answers with one path, no dialog."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save_file(self, parent, title, suggested, filters=""):  # type: ignore[no-untyped-def]
        return self.path

    def open_file(self, parent, title, start=None, filters=""):  # type: ignore[no-untyped-def]
        return None

    def folder(self, parent, title, start=None):  # type: ignore[no-untyped-def]
        return None

    def track_dialogs(self, track):  # type: ignore[no-untyped-def]
        pass  # it opens no Share dialog to close at lock

    def share(self, parent, request):  # type: ignore[no-untyped-def]
        from counsel_desk.domain.disclosures import Sharing

        return Sharing()  # for her own files, no password: the shot shows the PDF


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--languages", default="en,id")
    args = parser.parse_args()
    work = isolated_home("counsel-desk-review-shots-")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QLabel, QScrollArea

    from counsel_desk.app import load_translations
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")
    sample = recent_caseload(find_sample(), dt.date.today())

    def wait(signal) -> None:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        signal.connect(loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    for language in args.languages.split(","):
        prefix = "" if language == "en" else f"{language}-"
        load_translations(app, language)
        vault_path = work / f"vault-{language}"
        builder = VaultService()
        builder.create(vault_path, PASSPHRASE, KdfParams.cheap_for_tests())  # screenshots
        builder.interchange.import_text(sample)
        builder.lock()

        settings = AppSettings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        settings.language = language  # the summary's headings in her language
        pdf = work / f"summary-{language}.pdf"
        vault = VaultService()
        runner = TaskRunner(app)
        window = MainWindow(vault, settings, runner, chooser=SaveTo(pdf))  # type: ignore[arg-type]
        window.resize(1280, 680)
        window.move(0, 0)
        window.unlock_view.set_vault_path(vault_path)
        window.show()
        window.unlock_view.passphrase_edit.setText(PASSPHRASE)
        done = QEventLoop()
        window.unlock_view.unlocked.connect(done.quit)
        window.unlock_view.start_unlock()
        done.exec()

        summary = next(s for s in window.client_model.summaries() if s.case_code == "C-0001")
        window.workspace.open_client(summary.id)
        export = window.supervision_actions.export_for_supervision()
        assert export is not None
        export.resize(1280, 680)
        export.move(0, 0)
        export.compose.text_edits["question"].setPlainText(QUESTION[language])
        export.review()
        wait(export.preview_ready)
        # The side list: what may single him out, and a word printed as [PERSON ?] chosen.
        assert export.review_page.descriptions(), "no description flagged"
        assert export.review_page.select_name(KEPT[0]), f"{KEPT[0]} not listed"
        assert (
            export.review_page.keep_button.isEnabled()
            and export.review_page.not_name_button.isEnabled()
        )
        # The side scrolls at 680 px: its buttons in view, the flagged descriptions above.
        # The side scrolls at 680 px: from "May single the student out" to its buttons.
        settle()  # laid out first: the scroll area needs the places of its widgets
        title = QCoreApplication.translate("SupervisionReviewPage", "May single the student out")
        side = export.findChild(QScrollArea, "reviewSide")
        heading = next(w for w in side.widget().findChildren(QLabel) if w.text() == title)
        side.verticalScrollBar().setValue(heading.y() - 8)
        shoot(export, args.out / f"{prefix}review-side-list.png")

        # Always Keep This Word, twice: printed as written from now on.
        for word in KEPT:
            if export.review_page.select_name(word):
                export.review_page.keep_button.click()
                wait(export.preview_ready)
        dialog = SettingsDialog(window.settings, export, vault=window.vault)
        page = dialog.kept_words_page
        assert page is not None and page.words() == list(KEPT)
        dialog.tabs.setCurrentWidget(page)
        dialog.resize(760, 520)
        dialog.move(260, 80)
        dialog.show()
        page.view.setCurrentIndex(page.model.index(0, 0))
        shoot(dialog, args.out / f"{prefix}review-kept-words.png")
        dialog.reject()

        # Save PDF…: written, read back and checked; its first page as an image.
        export.save_pdf()
        wait(export.export_done)
        shoot(export, work / f"saved-{language}.png")  # not kept: the result line
        stem = args.out / f"{prefix}review-pdf"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        print(f"wrote {stem}.png")
        export.reject()

        window.lock()
        runner.wait_for_all()
        window.close()
        window.deleteLater()
        settle(100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
