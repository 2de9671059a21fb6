"""The breach response screen: what the vault held (counts by kind, date range, backups
and where), the steps, and the notification letter in both languages without names.
Cheap Argon2 (KdfParams.cheap_for_tests) through tests/ui/conftest.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from counsel_desk.domain.enums import ConsentKind
from counsel_desk.domain.model import SessionNote
from counsel_desk.export.pdf_check import pdf_text
from counsel_desk.services.consents import ConsentDraft
from tests.ui.choosers import use_chooser
from tests.ui.conftest import TODAY, make_vault, sample_clients, unlock


def test_breach_screen_figures_steps_and_letter(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "v", sample_clients())
    unlock(qtbot, window, path)
    ids = {s.given_name: s.id for s in window.vault.clients.list_summaries()}
    notes = window.vault.notes
    first, _ = notes.save_draft(
        ids["Budi"], SessionNote(date=dt.date(2025, 8, 4), fields={"text": "a"})
    )
    notes.sign(first.id)
    notes.save_draft(ids["Siti"], SessionNote(date=dt.date(2025, 9, 10), fields={"text": "b"}))
    window.vault.consents.sign(
        ids["Ayu"], ConsentDraft(ConsentKind.INFORMED_CONSENT, "en", "Ayu", dt.date(2025, 1, 12))
    )
    window.vault.reminders.add_follow_up(ids["Ayu"], TODAY, "Check in")
    # An automatic backup is made on lock; unlock again to see it listed. (Making the
    # vault locked it once already: the list holds that backup too.)
    locked_at = dt.datetime.now().replace(microsecond=0)
    window.lock()
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=10000)
    unlock(qtbot, window, path)

    dialog = window.plan_actions.show_breach()
    counts = dialog.count_rows()
    assert counts["Clients"] == "3"
    assert counts["minors (under 18 today)"] == "1"  # Budi, born 2011 (TODAY 2025-09-15)
    assert counts["Guardians"] == "1"
    assert counts["Session notes"] == "2"
    assert counts["signed / drafts"] == "1 / 1"
    assert counts["Consents"] == "1"
    assert counts["Follow-ups"] == "1"
    assert counts["Attachments (signatures, scans)"].startswith("0 ")
    # Records from the earliest date (Ayu's case opened 2025-01-10) to the latest.
    assert dialog.facts.inventory.first_record == dt.date(2025, 1, 10)
    assert dialog.facts.inventory.last_record == dt.date(2025, 9, 10)
    backups = dialog.facts.backups
    assert backups and dialog.backups_model.rowCount() == len(backups)
    assert max(b.created_at for b in backups) >= locked_at
    listed = [dialog.backups_model.item(r, 2).text() for r in range(len(backups))]
    assert all(any(str(b.path) in text for text in listed) for b in backups)
    assert str(window.vault.backup_folder()) in dialog.vault_label.text()

    steps = [dialog.steps_model.item(r).text() for r in range(dialog.steps_model.rowCount())]
    assert any("3 × 24 hours" in s and "UU PDP" in s for s in steps)
    assert any("passphrase" in s for s in steps) and any("key file" in s for s in steps)
    assert any("ABKIN" in s for s in steps)

    # The letter: Indonesian first, filled with counts and dates, never a name.
    dialog.what_edit.setPlainText("Laptop guru BK hilang di kereta.")
    dialog.contact_edit.setText("Ruang BK, 024-555-0100")
    letter = dialog.preview.toPlainText()
    assert "3 × 24 jam" in letter and "UU No. 27 Tahun 2022" in letter
    assert "3 siswa (1 di antaranya" in letter
    assert "Laptop guru BK hilang di kereta." in letter
    # Nothing is stated as done that she has not ticked; the recovery key is named.
    assert "telah diganti" not in letter and "telah diberi tahu" not in letter
    assert "kunci pemulihan" in letter
    dialog.steps_model.item(1).setCheckState(Qt.CheckState.Checked)
    ticked = dialog.preview.toPlainText()
    assert "Frasa sandi brankas telah diganti" in ticked
    assert "Pimpinan sekolah telah diberi tahu" not in ticked
    dialog.steps_model.item(4).setCheckState(Qt.CheckState.Checked)
    assert "Pimpinan sekolah telah diberi tahu" in dialog.preview.toPlainText()
    dialog.steps_model.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.steps_model.item(4).setCheckState(Qt.CheckState.Unchecked)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    english = dialog.preview.toPlainText()
    assert "has been changed" not in english and "has been informed" not in english
    assert "recovery key" in english
    assert "within 3 × 24 hours" in english and "3 students (1 of them under 18" in english
    for name in ("Budi", "Santoso", "Siti", "Rahmawati", "Ayu", "Hartono"):
        assert name not in letter and name not in english

    out = tmp_path / "notice.pdf"
    use_chooser(window, out, tmp_path / "notice.txt")
    dialog._chooser = window.chooser
    assert dialog.save_letter() == out
    assert "within 3 × 24 hours" in " ".join(pdf_text(out)[0]).replace("\n", " ")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("id"))
    assert dialog.save_letter() == tmp_path / "notice.txt"
    assert "Pemberitahuan" in (tmp_path / "notice.txt").read_text(encoding="utf-8")

    window.lock()  # a lock closes the screen
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
