"""Screenshots of the BK service classification (issue 17), in English and in Bahasa
Indonesia: a note classified in the editor (komponen, strategi, bidang, the ASCA category
it follows), Service… on a signed note, the activity log refusing a student's name, a
release of information that says what may be shared, the Referrals tab under it, and the
numbered referral letter (needs pdftoppm, poppler-utils).

    python3 dev.py screenshots services    # this one (all: without a name); Xvfb if need be
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_services_screenshots.py

The demo vault (invented records) under a temporary HOME; the main window is 1280×680,
the size it opens at on a 1366×768 laptop; grabbed with ``widget.grab()``. Files:
services-*.png and id-services-*.png.
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
    work = isolated_home("counsel-desk-services-shots-")

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtTest import QTest

    from counsel_desk.app import load_translations
    from counsel_desk.demo import DEMO_PASSPHRASE
    from counsel_desk.demo.vault import DemoVaultService, build_demo_vault, make_demo_folder
    from counsel_desk.domain.enums import (
        ConsentKind,
        DisclosureItem,
        ReferralAgency,
        ServiceComponent,
        ServiceField,
        ServiceStrategy,
        SignerRelationship,
    )
    from counsel_desk.domain.referrals import Letterhead
    from counsel_desk.domain.templates import TemplateId
    from counsel_desk.services.vault_service import KdfParams
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application("en")
    folder = make_demo_folder()
    build_demo_vault(folder, today=dt.date.today(), params=KdfParams.cheap_for_tests())

    for language, prefix in (("en", "services-"), ("id", "id-services-")):
        load_translations(app, language)
        vault = DemoVaultService(folder)
        settings = AppSettings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        settings.language = language
        window = MainWindow(vault, settings, TaskRunner(app))
        hide_weak_key_banner(window)  # cheap Argon2 settings, see there
        window.resize(1280, 680)
        window.unlock_view.set_vault_path(folder.vault_path)
        window.show()
        window.unlock_view.passphrase_edit.setText(DEMO_PASSPHRASE)
        loop = QEventLoop()
        window.unlock_view.unlocked.connect(loop.quit)
        window.unlock_view.start_unlock()
        loop.exec()

        summary = window.client_model.summaries()[0]
        window.workspace.open_client(summary.id)
        profile = window.profile_view
        profile.tabs.setCurrentIndex(profile.TAB_SESSIONS)
        sessions = profile.sessions_view
        sessions.new_note(TemplateId.FREE)
        editor = sessions.editor
        QTest.keyClicks(
            editor.field_edits["text"],
            "Kunjungan rumah: bertemu ibunya, membahas jadwal belajar di rumah."
            if language == "id"
            else "Home visit: met her mother, talked about a study timetable at home.",
        )
        selector = editor.service_selector
        selector.component_combo.setCurrentIndex(
            selector.component_combo.findData(ServiceComponent.RESPONSIVE)
        )
        selector.strategy_combo.setCurrentIndex(
            selector.strategy_combo.findData(ServiceStrategy.HOME_VISIT)
        )
        selector.field_checks[ServiceField.SOCIAL].setChecked(True)
        selector.field_checks[ServiceField.LEARNING].setChecked(True)
        settle()
        shoot(window, args.out / f"{prefix}editor.png", wait_ms=400)

        sessions.sign()
        settle()
        sessions.viewer.service_button.click()
        dialog = sessions.active_dialog
        settle()
        shoot(dialog, args.out / f"{prefix}dialog.png", wait_ms=300)
        dialog.reject()
        shoot(window, args.out / f"{prefix}signed.png", wait_ms=300)

        # Reports → Activity Log…: classical guidance for a class, then a student's name.
        log = window.plan_actions.show_activity_log()
        assert log is not None
        log.class_edit.setText("VIII-B")
        log.topic_edit.setText(
            "Mengenal gaya belajar" if language == "id" else "Knowing how you learn"
        )
        log.students_spin.setValue(32)
        log.length_spin.setValue(2)
        log.selector.field_checks[ServiceField.LEARNING].setChecked(True)
        log.save()
        log.start_new()
        log.class_edit.setText("IX-A")
        student = summary.given_name.split()[0]
        log.topic_edit.setText(
            f"Bimbingan karier, {student} minta info SMK"
            if language == "id"
            else f"Careers talk, {student} asked about vocational schools"
        )
        log.length_spin.setValue(1)
        log.selector.field_checks[ServiceField.CAREER].setChecked(True)
        log.save()
        settle()
        shoot(log, args.out / f"{prefix}activity-log.png", wait_ms=300)
        for activity in vault.activities.activities():  # the next language starts afresh
            assert activity.id is not None
            vault.activities.delete(activity.id)
        log.reject()

        # A release of information that says what for and what may be shared.
        vault.referrals.set_letterhead(
            Letterhead(
                school="SMP Negeri 1 Depok",
                short_name="SMPN 1",
                address="Jl. Nusantara No. 1, Depok",
                phone="(021) 7777777",
                counselor="Sri Rahayu, S.Pd.",
            )
        )
        profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
        consent = profile.consents_view.open_consent_dialog(ConsentKind.RELEASE_OF_INFORMATION)
        consent.set_language(language)
        consent.released_edit.setText("Psikolog Puskesmas Beji")
        consent.purpose_edit.setText(
            "Asesmen kecemasan" if language == "id" else "Assessment of anxiety"
        )
        consent.disclosure_checks[DisclosureItem.CONCERNS].setChecked(True)
        consent.disclosure_checks[DisclosureItem.ATTENDANCE].setChecked(True)
        consent.signer_edit.setText("Ibu Panjaitan")
        consent.relationship_combo.setCurrentIndex(
            consent.relationship_combo.findData(SignerRelationship.GUARDIAN)
        )
        consent.detail_edit.setText("ibu" if language == "id" else "mother")
        settle()
        shoot(consent, args.out / f"{prefix}release.png", wait_ms=300)
        consent.buttons.button(consent.buttons.StandardButton.Ok).click()
        settle()

        # The Referrals tab under it, then the letter.
        profile.tabs.setCurrentIndex(profile.TAB_REFERRALS)
        referrals = profile.referrals_view
        referrals.reload()
        referrals.agency_combo.setCurrentIndex(
            referrals.agency_combo.findData(ReferralAgency.PUSKESMAS)
        )
        referrals.reason_edit.setPlainText(
            "Kecemasan berat menjelang ujian; sulit tidur dua minggu."
            if language == "id"
            else "Severe anxiety before the exams; two weeks of poor sleep."
        )
        referrals.sent_checks[DisclosureItem.CONCERNS].setChecked(True)
        referrals.section_edits[DisclosureItem.CONCERNS].setPlainText(
            "Sering menangis di kelas." if language == "id" else "Often cries in class."
        )
        referrals.save()
        settle()
        shoot(window, args.out / f"{prefix}referrals.png", wait_ms=400)
        saved = vault.referrals.referrals(profile.client_id or 0)[-1]
        assert saved.id is not None
        pdf = work / f"letter-{language}.pdf"
        vault.referrals.write_letter(saved.id, pdf, language=language)
        stem = args.out / f"{prefix}referral-letter"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        print(f"wrote {stem}.png")
        window.lock()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
