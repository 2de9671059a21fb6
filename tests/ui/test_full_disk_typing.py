"""Typing on a full disk loses nothing (issue 21), in the window on a real full disk (a
tmpfs filled to the last byte): a refused autosave leaves her text in the note with a
warning that stays, a manual lock and an auto-lock keep it encrypted in memory (never on
disk) and give it back at the next unlock, and it is saved once space returns."""

from __future__ import annotations

from pathlib import Path

from counsel_desk.domain.templates import TemplateId
from counsel_desk.ui.main_window import MainWindow
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture
from tests.leaks import readable_in

from .conftest import make_vault, sample_clients, unlock
from .test_notes import _open

TEXT = "Budi bercerita tentang ujian dan ayahnya yang pindah kerja"


def _nothing_of_the_note_on_disk(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            assert not readable_in(TEXT.encode(), path.read_bytes()), path


def test_a_note_typed_on_a_full_disk_survives_a_lock_and_an_auto_lock_and_is_saved_later(
    qtbot,
    window: MainWindow,
    small_disk: SmallDisk,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    path = make_vault(small_disk.root / "v", sample_clients())
    unlock(qtbot, window, path)
    sessions, client_id = _open(qtbot, window, "C-0001")
    sessions.new_note(TemplateId.FREE)
    small_disk.fill()
    sessions.editor.field_edits["text"].setPlainText(TEXT)
    sessions.editor.flush()  # the autosave, at once
    status = sessions.editor.status_label.text()
    assert "NOT SAVED" in status and "full" in status and "not damaged" in status
    assert "damaged or was altered" not in status
    assert sessions.autosave_failed
    window.session.retry_after_full_disk()  # still full: still not saved, still said
    assert sessions.autosave_failed and "NOT SAVED" in sessions.editor.status_label.text()
    assert sessions.editor.field_edits["text"].toPlainText() == TEXT

    window.lock()
    assert "kept, encrypted, in memory" in window.unlock_view.message_label.text()
    assert window.vault.holds_a_note
    sealed = window.vault._held_note[1]
    assert not readable_in(TEXT.encode(), sealed)
    assert sessions.editor.field_edits["text"].toPlainText() == ""  # the screen is empty
    _nothing_of_the_note_on_disk(tmp_path)

    unlock(qtbot, window, path)  # the disk is still full
    assert window.profile_view.client_id == client_id
    assert sessions.editor.field_edits["text"].toPlainText() == TEXT
    assert not window.vault.holds_a_note
    assert sessions.autosave_failed  # tried at once, refused again, said again

    window.session.auto_lock()
    assert window.vault.holds_a_note
    assert "kept, encrypted, in memory" in window.unlock_view.message_label.text()
    _nothing_of_the_note_on_disk(tmp_path)
    unlock(qtbot, window, path)
    assert sessions.editor.field_edits["text"].toPlainText() == TEXT

    small_disk.free_up()
    window.session.retry_after_full_disk()
    assert not sessions.autosave_failed
    assert "Autosaved" in sessions.editor.status_label.text()
    assert not window.storage_banner.isVisibleTo(window)  # the waiting audit is written
    assert sessions.save_draft()
    assert sessions.entry(0).note.fields["text"] == TEXT


def test_quitting_with_a_note_the_full_disk_refused_asks_first(
    qtbot,
    window: MainWindow,
    small_disk: SmallDisk,  # noqa: F811
    prompter,
) -> None:  # type: ignore[no-untyped-def]
    path = make_vault(small_disk.root / "v", sample_clients())
    unlock(qtbot, window, path)
    sessions, _ = _open(qtbot, window, "C-0001")
    sessions.new_note(TemplateId.FREE)
    small_disk.fill()
    sessions.editor.field_edits["text"].setPlainText(TEXT)
    sessions.editor.flush()
    prompter.confirm_answer = False
    window.close()
    assert prompter.asked == ["confirm"]
    assert window.isVisible() and window.vault.is_unlocked
    assert sessions.editor.field_edits["text"].toPlainText() == TEXT
