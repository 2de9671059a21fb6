"""Consent forms in the window: record (typed, drawn, scan), bundles, revoke, expire,
print; and nothing of a signature, scan or printed form lands outside the vault or the
chosen path. Vaults use KdfParams.cheap_for_tests() (weak Argon2, for speed only)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest

from counsel_desk.domain.enums import ConsentKind, ConsentStatus, SignatureMethod
from counsel_desk.services.consents import ConsentService, text_sha256
from tests.ui.conftest import TODAY, make_vault, sample_clients, unlock

PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    path = make_vault(tmp_path / "v", sample_clients())
    unlock(qtbot, window, path)
    return window


def _consents(window, code: str):
    summary = next(s for s in window.client_model.summaries() if s.case_code == code)
    assert window.workspace.open_client(summary.id)
    window.profile_view.tabs.setCurrentIndex(window.profile_view.TAB_CONSENTS)
    return window.profile_view.consents_view, summary.id


def _ok(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_record_a_typed_consent_keeps_the_exact_text_and_its_hash(qtbot, opened) -> None:
    view, _client_id = _consents(opened, "C-0003")  # Ayu, grade 12, no date of birth
    dialog = view.open_consent_dialog(ConsentKind.INFORMED_CONSENT)
    dialog.set_language("id")
    assert "Persetujuan konseling (informed consent)" in dialog.form_text()
    assert "Ayu" in dialog.form_text()  # the client's details are filled in
    dialog.signer_edit.setText("Ayu")
    _ok(dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    consent = view.model.consents()[0]
    assert consent.method is SignatureMethod.TYPED
    assert consent.language == "id" and consent.template_version == "2"  # the kamu form
    assert consent.text == dialog.form_text()
    assert consent.text_sha256 == text_sha256(consent.text)
    assert "Persetujuan konseling (informed consent)" in view.details.toPlainText()


def test_a_drawn_signature_is_stored_in_the_vault_and_shown(qtbot, opened) -> None:
    view, _ = _consents(opened, "C-0003")
    dialog = view.open_consent_dialog(ConsentKind.SUPERVISION)
    dialog.method_tabs.setCurrentIndex(1)
    _ok(dialog)  # refused: nothing drawn yet
    assert "Draw the signature first." in dialog.error_label.text()
    dialog.pad.draw_path([(20, 80), (60, 40), (100, 90), (160, 50), (220, 85)])
    _ok(dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    consent = view.model.consents()[0]
    assert consent.method is SignatureMethod.DRAWN
    [attachment] = consent.attachments
    media, data = ConsentService(opened.vault.vault).attachment(attachment.id)
    assert media == "image/png" and data.startswith(b"\x89PNG")
    view.table.selectRow(0)
    assert view.signature_label.pixmap() is not None
    assert not view.signature_label.pixmap().isNull()


def test_a_minors_guardian_consent_and_assent_are_one_bundle(qtbot, opened) -> None:
    view, _ = _consents(opened, "C-0001")  # Budi, 14: a minor with a guardian listed
    dialog = view.open_consent_dialog(ConsentKind.GUARDIAN_CONSENT)
    assert dialog.assent_box.isChecked()
    assert dialog.signer_edit.text() == "Hartono Santoso"
    _ok(dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    guardian, assent = view.model.consents()
    assert guardian.kind is ConsentKind.GUARDIAN_CONSENT and assent.kind is ConsentKind.ASSENT
    assert guardian.bundle is not None and guardian.bundle == assent.bundle
    assert guardian.relationship_detail == "father"
    assert assent.signed_by == "Budi Santoso"


def test_attach_a_scan_revoke_and_expire(qtbot, opened, tmp_path: Path) -> None:
    view, _ = _consents(opened, "C-0003")
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned form\n%%EOF\n")
    dialog = view.open_consent_dialog(ConsentKind.ONLINE_COUNSELING)
    assert dialog.attach_file(scan)
    dialog.expires_check.setChecked(True)
    from PySide6.QtCore import QDate

    soon = TODAY + dt.timedelta(days=10)
    dialog.expires_edit.setDate(QDate(soon.year, soon.month, soon.day))
    _ok(dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    consent = view.model.consents()[0]
    assert consent.method is SignatureMethod.SCAN
    media, data = ConsentService(opened.vault.vault).attachment(consent.attachments[0].id)
    assert (media, data) == ("application/pdf", scan.read_bytes())

    # Expiring soon shows on the dashboard; past the date it is expired.
    items = opened.vault.clients.attention(TODAY)
    assert any(str(i.kind) == "consent_expiring" for i in items)
    service = ConsentService(opened.vault.vault)
    assert service.expire_due(soon + dt.timedelta(days=1)) == 1
    view.reload()
    assert view.model.consents()[0].status is ConsentStatus.EXPIRED

    # A second scan attached later to another consent, then that consent is revoked.
    dialog = view.open_consent_dialog(ConsentKind.SUPERVISION)
    _ok(dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    view.table.selectRow(1)
    png = tmp_path / "page.png"
    png.write_bytes(PNG_1PX)
    assert view.attach_scan(png)
    view.table.selectRow(1)
    revoke = view.open_revoke_dialog()
    revoke.accept()
    qtbot.waitUntil(lambda: view.model.consents()[1].status is ConsentStatus.REVOKED, timeout=10000)
    assert view.model.consents()[1].revoked_on == TODAY


def test_missing_consents_show_on_the_dashboard(qtbot, opened) -> None:
    items = opened.vault.clients.attention(TODAY)
    missing = {i.case_code for i in items if str(i.kind) == "consent_missing"}
    assert {"C-0002", "C-0003"} <= missing  # no informed consent on file


def test_printing_writes_only_the_chosen_pdf(qtbot, opened, tmp_path: Path) -> None:
    view, _ = _consents(opened, "C-0001")
    dialog = view.open_consent_dialog(ConsentKind.GUARDIAN_CONSENT)
    target = tmp_path / "out" / "form.pdf"
    target.parent.mkdir()
    task = view.print_form(dialog, target)
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert "not encrypted" in dialog.error_label.text()
    from pypdf import PdfReader

    reader = PdfReader(str(target))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Budi Santoso" in text
    assert "Budi" not in str(reader.metadata)
    # One set of fields for the parent to fill in, the date left blank for them.
    for label in ("Name of parent or guardian:", "Relationship to the student:", "Date:"):
        assert text.count(label) == 1, label
    assert text.count("Signature:") == 1 and "Name:" not in text
    assert TODAY.isoformat() not in text
    assert dialog.form_text().count(TODAY.isoformat()) == 1  # the dialog still dates it
    dialog.reject()


def test_no_scan_signature_or_printed_form_is_written_outside_the_vault(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    home = tmp_path / "home"
    temp.mkdir()
    home.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    vault_dir = tmp_path / "v"
    make_vault(vault_dir, sample_clients())
    unlock(qtbot, window, vault_dir)
    scan = tmp_path / "chosen" / "scan.pdf"
    scan.parent.mkdir()
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    before = {p for p in tmp_path.rglob("*")}

    view, _ = _consents(window, "C-0001")
    dialog = view.open_consent_dialog(ConsentKind.GUARDIAN_CONSENT)
    dialog.method_tabs.setCurrentIndex(1)
    dialog.pad.draw_path([(10, 60), (80, 30), (150, 70)])
    dialog.assent_pad.draw_path([(10, 40), (90, 70)])
    printed = tmp_path / "chosen" / "print.pdf"
    task = view.print_form(dialog, printed)
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    _ok(dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    view.table.selectRow(0)
    assert view.attach_scan(scan)

    new = {p for p in tmp_path.rglob("*")} - before
    vault_files = {p for p in new if vault_dir in p.parents}
    # Interface settings (QSettings: geometry and the like, never client data).
    settings_files = {p for p in new if tmp_path / "config" in p.parents}
    assert new - vault_files - settings_files == {printed}
    assert list(temp.iterdir()) == [] and list(home.iterdir()) == []
    assert os.environ["TMPDIR"] == str(temp)


def test_the_scan_and_the_printed_form_are_chosen_through_the_windows_file_chooser(
    qtbot, opened, tmp_path: Path
) -> None:
    """The consent dialog's Attach, the tab's Attach for a recorded consent and Print ask
    the window's chooser (a fake here: no real file dialog in a test, issue 14)."""
    from tests.ui.choosers import use_chooser

    view, _ = _consents(opened, "C-0003")
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned form\n%%EOF\n")
    chooser = use_chooser(opened, scan)
    dialog = view.open_consent_dialog(ConsentKind.ONLINE_COUNSELING)
    dialog.choose_scan()
    assert [kind for kind, *_ in chooser.asked] == ["open"]
    _ok(dialog)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert view.model.consents()[0].method is SignatureMethod.SCAN

    png = tmp_path / "page.png"
    png.write_bytes(PNG_1PX)
    use_chooser(opened, png)
    view.table.selectRow(0)
    view.choose_scan_for_selected()
    qtbot.waitUntil(lambda: len(view.model.consents()[0].attachments) == 2, timeout=10000)

    printed = tmp_path / "form.pdf"
    chooser = use_chooser(opened, printed)
    dialog = view.open_consent_dialog(ConsentKind.GUARDIAN_CONSENT)
    task = view.print_form(dialog)
    assert task is not None and chooser.asked[0][0] == "save"
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert printed.read_bytes().startswith(b"%PDF")
    use_chooser(opened, None)  # she cancels: nothing printed
    assert view.print_form(dialog) is None
    dialog.reject()


def test_a_release_form_printed_with_a_password_needs_the_words_and_is_logged(
    qtbot, opened, tmp_path: Path
) -> None:
    """Issue 18, item 6: Print asks how the form is shared (the real Share dialog), then
    where; the PDF opens only with the words shown, and the Consents tab logs it."""
    from pypdf import PasswordType, PdfReader

    from tests.ui.choosers import use_chooser

    view, _ = _consents(opened, "C-0001")
    printed = tmp_path / "izin.pdf"
    chooser = use_chooser(opened, printed)
    words: list[str] = []

    def protect(share) -> bool:  # share: the ShareDialog
        share.recipient_edit.setText("Ibu Santoso (orang tua)")
        share.protect_check.click()
        words.append(share.words_label.text())
        return True

    chooser.share_with = protect
    dialog = view.open_consent_dialog(ConsentKind.RELEASE_OF_INFORMATION)
    task = view.print_form(dialog)
    assert task is not None and [kind for kind, *_ in chooser.asked] == ["save"]
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert PdfReader(str(printed)).decrypt("") == PasswordType.NOT_DECRYPTED
    reader = PdfReader(str(printed))
    assert reader.decrypt(words[0]) != PasswordType.NOT_DECRYPTED
    assert "Budi Santoso" in "\n".join(p.extract_text() for p in reader.pages)
    assert "protected with its password" in dialog.error_label.text()
    qtbot.waitUntil(lambda: view.disclosures_model.rowCount() == 1, timeout=10000)
    row = [view.disclosures_model.item(0, c).text() for c in range(5)]
    assert row[1] == "Consent form: Release of information"
    assert row[2] == "Ibu Santoso (orang tua)" and row[4] == "protected"
    dialog.reject()
