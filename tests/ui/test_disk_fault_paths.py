"""The essential paths through the window with the vault on a full disk and on a
read-only disk (issue 21, "Done when"): unlock, open a client, type a note, sign it,
record a consent, export a supervision summary, back up, lock and unlock again. What
can be done is done (reading, exports and backups to another disk); what cannot be
written is refused with the cause and what to do, never called damage, and loses
nothing; the records are the same once the disk is back."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from counsel_desk.domain.enums import ConsentKind
from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.vault import Vault
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture

from .choosers import use_chooser
from .conftest import PASSPHRASE, unlock
from .test_backup_ui import back_up
from .test_supervision_export import QUESTION, client_id, open_dialog, pdf_words, review
from .test_supervision_export import sample_vault as make_sample_vault

TEXT = "Ayu bercerita tentang ujian akhir dan rencana kuliahnya"
MISLEADING = ("damaged or was altered", "Restore it from a backup", "internal error")


def _export(path: Path) -> str:
    with Vault.open(path, PASSPHRASE, upgrade_and_record=False) as vault:
        return InterchangeService(vault).export(attachments=True).text


def _told_the_truth(prompter, cause: str) -> None:
    assert prompter.errors, "nothing was said"
    for _title, text in prompter.errors:
        assert cause in text, text
        assert not any(word in text for word in MISLEADING), text


def _export_a_supervision_summary(qtbot, window: MainWindow, out: Path) -> None:
    assert window.workspace.open_client(client_id(window, "C-0001"))
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["question"].setPlainText(QUESTION)
    review(qtbot, dialog)
    dialog._chooser = use_chooser(window, out / "for-supervisor")
    with qtbot.waitSignal(dialog.export_done, timeout=30000):
        dialog.save_pdf()
    dialog.close()
    assert "Session 1" in pdf_words(out / "for-supervisor.pdf")


def _open_ayu(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.workspace.open_client(client_id(window, "C-0003"))
    return window.profile_view


def test_on_a_full_disk_reading_exports_and_backups_work_and_every_write_is_said_as_full(
    qtbot,
    window: MainWindow,
    small_disk: SmallDisk,  # noqa: F811
    prompter,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    path = make_sample_vault(small_disk.root / "v")
    before = _export(path)
    small_disk.fill()
    unlock(qtbot, window, path)
    assert "full" in window.storage_banner.text()

    # Exports and a backup to another (writable) disk still work.
    out = tmp_path / "usb"
    out.mkdir()
    _export_a_supervision_summary(qtbot, window, out)
    backup = back_up(qtbot, window, out / "backup")
    assert backup.info is not None and backup.info.path.is_file()
    backup.close()
    # A backup onto the full disk itself is refused as such, and leaves nothing there.
    use_chooser(window, small_disk.root / "same-disk")
    dialog = window.vault_actions.back_up_now()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=30000)
    assert os.strerror(errno.ENOSPC) in dialog.error_label.text()
    assert not any(word in dialog.error_label.text() for word in MISLEADING)
    dialog.close()
    assert not (small_disk.root / "same-disk.cdbackup").exists()
    assert prompter.errors == []

    profile = _open_ayu(window)
    sessions = profile.sessions_view
    notes_before = sessions.count()
    # Type a note: refused with NOT SAVED, kept in the editor.
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText(TEXT)
    sessions.editor.flush()
    assert sessions.autosave_failed
    assert "NOT SAVED" in sessions.editor.status_label.text()
    # Sign it: refused, the text stays, nothing is signed.
    assert not sessions.sign()
    _told_the_truth(prompter, "full")
    assert sessions.editor.field_edits["text"].toPlainText() == TEXT
    assert sessions.stack.currentWidget() is sessions.editor
    prompter.errors.clear()

    # Record a consent: refused, none recorded, the form back as she filled it.
    profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
    consents = profile.consents_view
    had = consents.model.rowCount()
    dialog = consents.open_consent_dialog(ConsentKind.INFORMED_CONSENT)
    dialog.signer_edit.setText("Ayu")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    said = dialog.error_label.text()
    assert "full" in said and "Free some space" in said, said
    assert not any(word in said for word in MISLEADING), said
    assert dialog.isVisible() and dialog.signer_edit.text() == "Ayu"
    assert consents.model.rowCount() == had
    dialog.reject()
    assert prompter.errors == []

    # Another note or another client would replace the unsaved one: not silently.
    sessions.new_note(TemplateId.SOAP)
    assert sessions.editor.note().template is TemplateId.FREE
    assert sessions.editor.note().fields["text"] == TEXT
    first = sessions.model.entries()[0]
    sessions.open_entry(first)
    assert sessions.editor.note().fields.get("text") == TEXT
    prompter.confirm_answer = False
    assert not window.workspace.open_client(client_id(window, "C-0001"))
    assert prompter.asked == ["confirm"]
    assert profile.client_id == client_id(window, "C-0003")
    assert sessions.editor.field_edits["text"].toPlainText() == TEXT

    # Lock and unlock: the note typed on the full disk comes back.
    window.lock()
    assert window.vault.holds_a_note
    unlock(qtbot, window, path)
    assert sessions.editor.field_edits["text"].toPlainText() == TEXT
    assert "NOT SAVED" in sessions.editor.status_label.text()

    small_disk.free_up()
    window.session.retry_after_full_disk()
    assert not sessions.autosave_failed
    assert sessions.save_draft()
    assert sessions.count() == notes_before + 1
    assert prompter.errors == []
    window.lock()
    after = _export(path)
    assert after != before and TEXT in after  # the note she typed, added once space was back


def test_on_a_read_only_disk_editing_stays_off_across_a_lock_and_exports_and_backups_work(
    qtbot,
    window: MainWindow,
    small_disk: SmallDisk,  # noqa: F811
    prompter,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    path = make_sample_vault(small_disk.root / "v")
    before = _export(path)
    small_disk.read_only()
    files = sorted(p.name for p in path.iterdir())
    out = tmp_path / "usb"
    out.mkdir()

    for _cycle in range(2):  # the second time after a lock and an unlock
        unlock(qtbot, window, path)
        assert "read-only" in window.storage_banner.text()
        profile = _open_ayu(window)
        sessions = profile.sessions_view
        guard = window.read_only_guard
        assert guard.is_on and len(guard.guarded) > 20
        for widget in guard.guarded:
            if hasattr(widget, "editTriggers"):
                assert widget.editTriggers() == widget.EditTrigger.NoEditTriggers
            else:
                assert not widget.isEnabled(), widget.objectName() or type(widget).__name__
        for control in (
            sessions.new_button,
            sessions.editor,
            profile.consents_view.new_button,
            profile.save_button,
            window.menu_actions.new_client_action,
            window.menu_actions.save_action,
        ):
            assert not control.isEnabled(), control.objectName() or type(control).__name__
        # A note cannot be typed, so none can be signed: asking is refused as read-only.
        assert not sessions.sign()
        for _title, text in prompter.errors:
            assert "read-only" in text and not any(word in text for word in MISLEADING), text
        prompter.errors.clear()
        window.lock()

    unlock(qtbot, window, path)
    _export_a_supervision_summary(qtbot, window, out)
    backup = back_up(qtbot, window, out / "backup")
    assert backup.info is not None and backup.info.path.is_file()
    backup.close()
    assert prompter.errors == []
    window.lock()
    assert sorted(p.name for p in path.iterdir()) == files  # nothing written there
    small_disk.writable()
    assert _export(path) == before
