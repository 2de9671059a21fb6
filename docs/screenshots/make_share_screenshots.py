"""Screenshots of sharing a PDF safely (issue 18, item 6) on a 1366×768 laptop, in
English and in Bahasa Indonesia: the Share dialog with "Protect with a password" ticked
(the five words in large type, New words, Copy), the dialog unticked (the warning), and
a client's Consents tab with the disclosure log under her consents.

    python3 dev.py screenshots share    # this one (all: without a name); Xvfb if need be
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_share_screenshots.py

The demo vault (invented records) under a temporary HOME; the main window is 1280×680
(a 1366×768 screen less taskbar and title bar), the dialog over it; grabbed with
``widget.grab()``, so no display is needed. The words shown are drawn as the app draws
them, so they differ at every run. Files: share-*.png and id-share-*.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
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
    work = isolated_home("counsel-desk-share-shots-")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings

    from counsel_desk.app import load_translations
    from counsel_desk.demo import DEMO_PASSPHRASE
    from counsel_desk.demo.vault import (
        DemoVaultService,
        build_demo_vault,
        make_demo_folder,
        remove_demo_folder,
    )
    from counsel_desk.domain.disclosures import Sharing
    from counsel_desk.domain.enums import ConsentKind, DisclosureItem
    from counsel_desk.export.pdf_protect import generate_password
    from counsel_desk.services.supervision import SupervisionRequest
    from counsel_desk.services.vault_service import KdfParams
    from counsel_desk.ui.dialogs.share_dialog import ShareDialog, ShareRequest
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")
    today = dt.date.today()
    folder = make_demo_folder()
    build_demo_vault(folder, today=today, params=KdfParams.cheap_for_tests())  # screenshots
    out_pdfs = Path(tempfile.mkdtemp(prefix="counsel-desk-share-pdfs-"))

    for language, prefix in (("en", "share-"), ("id", "id-share-")):
        load_translations(app, language)

        def snap(widget, name: str, prefix: str = prefix) -> None:  # type: ignore[no-untyped-def]
            shoot(widget, args.out / f"{prefix}{name}", wait_ms=400)

        vault = DemoVaultService(folder)
        settings = AppSettings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        settings.language = language
        runner = TaskRunner(app)
        window = MainWindow(vault, settings, runner)
        hide_weak_key_banner(window)
        window.resize(1280, 680)
        window.unlock_view.set_vault_path(folder.vault_path)
        window.show()
        window.unlock_view.passphrase_edit.setText(DEMO_PASSPHRASE)
        loop = QEventLoop()
        window.unlock_view.unlocked.connect(loop.quit)
        window.unlock_view.start_unlock()
        loop.exec()
        runner.wait_for_all()

        # The demo client with a release of information that allows the full record.
        chosen = None
        for summary in vault.clients.list_summaries():
            client = vault.clients.get(summary.id)
            if any(
                c.kind is ConsentKind.RELEASE_OF_INFORMATION
                and DisclosureItem.FULL_RECORD in c.disclosures
                for c in client.consents
            ):
                chosen = client
                break
        if chosen is None:  # the demo's release allows less: any client with a release
            chosen = next(
                vault.clients.get(s.id)
                for s in vault.clients.list_summaries()
                if any(
                    c.kind is ConsentKind.RELEASE_OF_INFORMATION
                    for c in vault.clients.get(s.id).consents
                )
            )
        if language == "en":  # two PDFs shared before: the log has something to show
            vault.supervision.export_full_record(
                chosen.id,
                out_pdfs / "record.pdf",
                sharing=Sharing("Psikolog Puskesmas Beji", generate_password("id")),
            )
            vault.supervision.export(
                SupervisionRequest(chosen.id), out_pdfs / "summary.pdf", sharing=Sharing()
            )
        assert window.workspace.open_client(chosen.id)
        profile = window.profile_view
        profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
        settle()
        snap(window, "disclosures.png")

        # The Share dialog over the window, as "Print Full Record…" opens it.
        document = QCoreApplication.translate(
            "SupervisionActions", "the full record of {code}"
        ).format(code=chosen.case_code)
        dialog = ShareDialog(window, ShareRequest(document, language))
        dialog.recipient_edit.setText(
            "Psikolog Puskesmas Beji" if language == "id" else "School psychologist, Dr. Sari"
        )
        dialog.show()
        settle()
        snap(dialog, "dialog-plain.png")
        dialog.protect_check.click()
        settle()
        snap(dialog, "dialog.png")
        dialog.reject()

        window.lock()
        runner.wait_for_all()
        vault.lock()
        window.close()
        window.deleteLater()
        settle(100)

    remove_demo_folder(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
