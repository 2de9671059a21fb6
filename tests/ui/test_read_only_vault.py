"""A vault on a read-only disk (a tmpfs remounted read-only: a write-protected stick) in
the window (issue 21): not only a banner, every editing control is disabled and stays
so when a view would enable it again, while the supervision summary and the full record
are still exported to a writable folder; nothing is written into the vault's folder."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from counsel_desk.ui.main_window import MainWindow
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture

from .choosers import use_chooser
from .conftest import unlock
from .test_supervision_export import QUESTION, client_id, open_dialog, pdf_words, review
from .test_supervision_export import sample_vault as make_sample_vault


def test_on_a_read_only_vault_every_editing_control_is_disabled_and_exports_still_work(
    qtbot,
    window: MainWindow,
    small_disk: SmallDisk,  # noqa: F811
    prompter,
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    path = make_sample_vault(small_disk.root / "v")
    small_disk.read_only()
    unlock(qtbot, window, path)
    assert window.workspace.open_client(client_id(window))
    profile = window.profile_view
    sessions = profile.sessions_view

    for action in (
        window.menu_actions.new_client_action,
        window.menu_actions.save_action,
        window.menu_actions.close_case_action,
        window.vault_actions.change_passphrase_action,
        window.vault_actions.add_key_file_action,
        window.vault_actions.due_action,
    ):
        assert not action.isEnabled(), action.text()
    assert window.supervision_actions.export_action.isEnabled()
    assert window.supervision_actions.full_record_action.isEnabled()
    assert profile.export_button.isEnabled()
    for control in (
        profile.grade_edit,
        profile.save_button,
        profile.close_case_button,
        sessions.new_button,
        sessions.editor,
        profile.consents_view.new_button,
        profile.plan_view.edit_button,
        window.dashboard_view.reminders.done_button,
    ):
        assert not control.isEnabled(), control.objectName() or type(control).__name__
    guarded = window.read_only_guard.guarded
    assert len(guarded) > 20
    for widget in guarded:
        if isinstance(widget, QAbstractItemView):  # read and scrolled, never edited
            assert widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        else:
            assert not widget.isEnabled(), widget.objectName() or type(widget).__name__
    assert profile.guardians_editor.view in guarded
    # A view enabling its own button again (here: the client shown anew) is overruled.
    assert profile.client is not None
    sessions.show_client(profile.client)
    assert not sessions.new_button.isEnabled()
    assert sessions.timeline.isEnabled() and sessions.count() > 0  # notes can be read
    assert profile.tabs.isEnabled()

    out = tmp_path / "exports"
    out.mkdir()
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["question"].setPlainText(QUESTION)
    review(qtbot, dialog)
    dialog._chooser = use_chooser(window, out / "for-supervisor")
    with qtbot.waitSignal(dialog.export_done, timeout=30000):
        dialog.save_pdf()
    assert "Session 1" in pdf_words(out / "for-supervisor.pdf")
    dialog.close()

    use_chooser(window, out / "record")
    task = window.supervision_actions.print_full_record()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert "Budi" in pdf_words(out / "record.pdf")
    assert prompter.errors == []
    assert sorted(p.name for p in path.iterdir()) == ["records.db", "vault.json"]

    window.lock()
    assert window.read_only_guard.guarded == []
    assert not window.read_only_guard.is_on
