"""A referral in the window (issue 17, item 4): a release of information that says what
for and what may be shared, then the Referrals tab under it, then the numbered letter.
Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from counsel_desk.domain.enums import ConsentKind, DisclosureItem, ReferralAgency
from counsel_desk.domain.referrals import Letterhead
from tests.ui.choosers import use_chooser
from tests.ui.conftest import make_vault, sample_clients, unlock


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    summary = next(s for s in window.client_model.summaries() if s.case_code == "C-0003")
    assert window.workspace.open_client(summary.id)
    return window


def _record_release(qtbot, window) -> None:
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
    view = profile.consents_view
    dialog = view.open_consent_dialog(ConsentKind.RELEASE_OF_INFORMATION)
    dialog.set_language("id")
    assert dialog.purpose_edit.isVisibleTo(dialog)
    dialog.released_edit.setText("Psikolog Puskesmas Beji")
    dialog.purpose_edit.setText("Asesmen kecemasan")
    dialog.purpose_edit.textEdited.emit("Asesmen kecemasan")
    dialog.disclosure_checks[DisclosureItem.CONCERNS].setChecked(True)
    dialog.disclosure_checks[DisclosureItem.ATTENDANCE].setChecked(True)
    text = dialog.form_text()
    assert "Asesmen kecemasan" in text and "- Kehadiran" in text and "- Masalah" in text
    assert "Hasil asesmen" not in text
    dialog.signer_edit.setText("Ayu")
    # The letter is made on the vault's day (today's), after the window's TODAY: the
    # release must still run then, or nothing may be disclosed under it (attack F1).
    ends = dt.date.today() + dt.timedelta(days=90)
    dialog.expires_edit.setDate(QDate(ends.year, ends.month, ends.day))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    consent = view.model.consents()[0]
    assert consent.disclosures == (DisclosureItem.ATTENDANCE, DisclosureItem.CONCERNS)
    assert consent.expires_on is not None  # a release always ends


def test_a_referral_under_a_release_and_its_numbered_letter(qtbot, opened, tmp_path) -> None:
    profile = opened.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_REFERRALS)
    referrals = profile.referrals_view
    assert "No active release of information" in referrals.hint.text()
    assert not referrals.save_button.isEnabled()

    _record_release(qtbot, opened)
    profile.tabs.setCurrentIndex(profile.TAB_REFERRALS)
    qtbot.waitUntil(lambda: referrals.release_combo.count() == 1, timeout=10000)
    assert referrals.recipient_edit.text() == "Psikolog Puskesmas Beji"
    # Only what the release allows can be ticked.
    assert referrals.sent_checks[DisclosureItem.CONCERNS].isEnabled()
    assert not referrals.sent_checks[DisclosureItem.ASSESSMENT_RESULTS].isEnabled()
    assert not referrals.sent_checks[DisclosureItem.FULL_RECORD].isEnabled()
    referrals.agency_combo.setCurrentIndex(
        referrals.agency_combo.findData(ReferralAgency.PUSKESMAS)
    )
    referrals.reason_edit.setPlainText("Kecemasan berat menjelang ujian.")
    referrals.sent_checks[DisclosureItem.CONCERNS].setChecked(True)
    assert referrals.section_edits[DisclosureItem.CONCERNS].isVisibleTo(referrals)
    assert referrals.section_edits[DisclosureItem.ATTENDANCE].isHidden()
    referrals.section_edits[DisclosureItem.CONCERNS].setPlainText("Sering menangis di kelas.")
    referrals.follow_up_edit.set_value(dt.date.today() + dt.timedelta(days=14))
    assert referrals.save()
    assert referrals.count() == 1
    client_id = profile.client_id
    assert len(opened.vault.reminders.follow_ups(client_id)) == 1

    opened.vault.referrals.set_letterhead(
        Letterhead(school="SMP Negeri 1 Depok", short_name="SMPN 1")
    )
    out = tmp_path / "surat.pdf"
    chooser = use_chooser(opened, out)
    words: list[str] = []

    def protect(dialog) -> bool:  # the real Share dialog (issue 18): she ticks it
        assert dialog.recipient_edit.text() == "Psikolog Puskesmas Beji"  # the referral's
        dialog.protect_check.click()
        words.append(dialog.words_label.text())
        return True

    chooser.share_with = protect
    referrals.table.selectRow(0)
    assert referrals.letter_button.isEnabled()
    assert referrals.make_letter()
    qtbot.waitUntil(lambda: referrals.table.item(0, 3).text() != "", timeout=20000)
    number = referrals.table.item(0, 3).text()
    assert number.startswith("001/BK/SMPN 1/")
    from pypdf import PasswordType, PdfReader

    assert PdfReader(str(out)).decrypt("") == PasswordType.NOT_DECRYPTED
    reader = PdfReader(str(out))
    assert reader.decrypt(words[0]) != PasswordType.NOT_DECRYPTED
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert number in text and "Sering menangis di kelas." in text
    consents = profile.consents_view
    qtbot.waitUntil(lambda: consents.disclosures_model.rowCount() == 1, timeout=10000)
    row = [consents.disclosures_model.item(0, c).text() for c in range(5)]
    assert row[1] == f"Referral letter {number}" and row[2] == "Psikolog Puskesmas Beji"
    assert row[3].startswith("Release of information of ") and row[4] == "protected"


def test_a_referral_without_a_reason_is_refused_with_a_message(qtbot, opened) -> None:
    _record_release(qtbot, opened)
    profile = opened.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_REFERRALS)
    referrals = profile.referrals_view
    qtbot.waitUntil(lambda: referrals.release_combo.count() == 1, timeout=10000)
    assert not referrals.save()
    assert "why the case is referred" in referrals.status_label.text()
    assert referrals.count() == 0


def test_the_letterhead_is_kept_in_the_vault_from_the_settings(qtbot, opened) -> None:
    from counsel_desk.ui.dialogs.letterhead_page import LetterheadPage

    page = LetterheadPage(opened.vault)
    page.edits["school"].setText("SMP Negeri 1 Depok")
    page.edits["short_name"].setText("SMPN 1")
    assert "SMPN 1" in page.scheme_hint.text()
    page.apply()
    assert opened.vault.referrals.letterhead().school == "SMP Negeri 1 Depok"
    page.edits["scheme"].setText("BK/{year}")
    assert "{number}" in page.scheme_hint.text()
