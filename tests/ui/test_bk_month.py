"""A guru BK's month in the real window (issue 17, "Done when"): classical guidance for
class VIII-B in the activity log, a home visit with a follow-up, a case conference, a
referral to a psychologist under an active release of information with its numbered
letter, and the month's and the semester's report — none of which names a student.
Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate

from counsel_desk.domain.bk_reports import PeriodKind
from counsel_desk.domain.enums import (
    ActivityKind,
    ConsentKind,
    DisclosureItem,
    ReferralAgency,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SignerRelationship,
)
from counsel_desk.domain.referrals import ROMAN_MONTHS
from counsel_desk.domain.templates import TemplateId
from counsel_desk.export.pdf_check import pdf_text
from counsel_desk.ui.dialogs.letterhead_page import LetterheadPage
from tests.ui.choosers import use_chooser
from tests.ui.conftest import TODAY, make_vault, sample_clients, unlock


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _classify(selector, strategy: ServiceStrategy, area: ServiceField) -> None:
    _choose(selector.component_combo, ServiceComponent.RESPONSIVE)
    _choose(selector.strategy_combo, strategy)
    selector.field_checks[area].setChecked(True)


def _sign_note(qtbot, window, template: TemplateId, strategy: ServiceStrategy) -> None:
    sessions = window.profile_view.sessions_view
    window.profile_view.tabs.setCurrentIndex(window.profile_view.TAB_SESSIONS)
    sessions.template_actions[template].trigger()
    editor = sessions.editor
    for key, edit in editor.field_edits.items():
        edit.setPlainText(f"Ibu dan wali kelas hadir ({key}).")
    _classify(editor.service_selector, strategy, ServiceField.SOCIAL)
    if template is TemplateId.HOME_VISIT:
        editor.follow_up_edit.set_value(TODAY + dt.timedelta(days=14))
    assert sessions.sign()


def _words(path: Path) -> str:
    pages, meta = pdf_text(path)
    return " ".join(" ".join(pages).split()) + " " + " ".join(meta.values())


def test_a_guru_bks_month_is_recorded_and_reported_without_a_name(
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    plans = window.plan_actions

    # Classical guidance for VIII-B, in the activity log.
    log = plans.show_activity_log()
    _choose(log.kind_combo, ActivityKind.CLASSROOM_GUIDANCE)
    log.class_edit.setText("VIII-B")
    log.topic_edit.setText("Mengenal gaya belajar")
    log.students_spin.setValue(32)
    log.length_spin.setValue(2)
    log.selector.field_checks[ServiceField.LEARNING].setChecked(True)
    assert log.save()
    log.reject()

    # A home visit with a follow-up and a case conference, for Ayu (C-0003).
    summary = next(s for s in window.client_model.summaries() if s.case_code == "C-0003")
    assert window.workspace.open_client(summary.id)
    _sign_note(qtbot, window, TemplateId.HOME_VISIT, ServiceStrategy.HOME_VISIT)
    _sign_note(qtbot, window, TemplateId.CASE_CONFERENCE, ServiceStrategy.CASE_CONFERENCE)
    (follow_up,) = window.vault.reminders.follow_ups(summary.id)
    assert follow_up.due_on == TODAY + dt.timedelta(days=14)

    # A release of information, then the referral to a psychologist and its letter.
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
    consents = profile.consents_view
    release = consents.open_consent_dialog(ConsentKind.RELEASE_OF_INFORMATION)
    release.released_edit.setText("Psikolog Puskesmas Beji")
    release.purpose_edit.setText("Asesmen kecemasan")
    release.disclosure_checks[DisclosureItem.CONCERNS].setChecked(True)
    release.signer_edit.setText("Ayu")
    # The letter is made on the vault's day (today's), after the window's TODAY: the
    # release must still run then, or nothing may be disclosed under it (attack F1).
    ends = dt.date.today() + dt.timedelta(days=90)
    release.expires_edit.setDate(QDate(ends.year, ends.month, ends.day))
    _choose(release.relationship_combo, SignerRelationship.SELF)
    release.buttons.button(release.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10000)
    page = LetterheadPage(window.vault)
    page.edits["school"].setText("SMA Negeri 2 Depok")
    page.edits["short_name"].setText("SMAN 2")
    page.apply()
    profile.tabs.setCurrentIndex(profile.TAB_REFERRALS)
    referrals = profile.referrals_view
    qtbot.waitUntil(lambda: referrals.release_combo.count() == 1, timeout=10000)
    _choose(referrals.agency_combo, ReferralAgency.PSYCHOLOGIST)
    referrals.reason_edit.setPlainText("Kecemasan berat menjelang ujian.")
    referrals.sent_checks[DisclosureItem.CONCERNS].setChecked(True)
    referrals.section_edits[DisclosureItem.CONCERNS].setPlainText("Sering menangis di kelas.")
    assert referrals.save()
    letter = tmp_path / "surat.pdf"
    use_chooser(window, letter)
    referrals.table.selectRow(0)
    assert referrals.make_letter()
    qtbot.waitUntil(
        lambda: letter.exists() and bool(referrals.table.item(0, 3).text()), timeout=20000
    )
    written = dt.date.today()  # the letter is dated and numbered the day it is made
    number = f"001/BK/SMAN 2/{ROMAN_MONTHS[written.month - 1]}/{written.year}"
    assert referrals.table.item(0, 3).text() == number
    assert "Ayu" in _words(letter)  # the letter names her: the release allows it

    # The month's and the semester's report: figures, and no name, code or birth date.
    month, semester = tmp_path / "bulan.pdf", tmp_path / "semester.pdf"
    use_chooser(window, month, semester)
    report = plans.show_bk_report()
    report.set_period(PeriodKind.MONTH, f"{TODAY.year}-{TODAY.month:02d}")
    with qtbot.waitSignal(report.report_ready, timeout=10000):
        report.refresh()
    assert report.summary_labels["contacts"].text() == "<5"  # 3 contacts: suppressed
    with qtbot.waitSignal(report.file_saved, timeout=30000):
        report.save_file("pdf")
    report.set_period(PeriodKind.SEMESTER, f"{TODAY.year}-S1")
    with qtbot.waitSignal(report.report_ready, timeout=10000):
        report.refresh()
    with qtbot.waitSignal(report.file_saved, timeout=30000):
        report.save_file("pdf")
    for path in (month, semester):
        words = _words(path)
        assert "VIII-B" in words
        for client in window.vault.clients.list_summaries():
            assert client.given_name not in words and client.case_code not in words
            if client.date_of_birth is not None:
                assert client.date_of_birth.isoformat() not in words
    report.reject()
