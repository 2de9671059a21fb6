"""Session notes in the window: templates, autosave, signing, addenda, late entries,
strike-through, group privacy and search. Vaults use KdfParams.cheap_for_tests() (weak
Argon2 on purpose, to keep the suite fast; the product calibrates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counsel_desk.domain.enums import SessionKind
from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.services.notes import NoteService
from counsel_desk.services.vault_service import KdfParams, VaultService
from tests.ui.conftest import PASSPHRASE, TODAY, make_vault, sample_clients, unlock


def _open(qtbot, window, case_code: str):
    summary = next(s for s in window.client_model.summaries() if s.case_code == case_code)
    assert window.workspace.open_client(summary.id)
    view = window.profile_view
    view.tabs.setCurrentIndex(view.TAB_SESSIONS)
    return view.sessions_view, summary.id


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    path = make_vault(tmp_path / "v", sample_clients())
    unlock(qtbot, window, path)
    return window


def _fill(editor, prefix: str) -> None:
    for key, edit in editor.field_edits.items():
        edit.setPlainText(f"{prefix} {key}")


@pytest.mark.parametrize("template", list(TemplateId))
def test_a_note_from_each_template_shows_its_fields_with_guidance_and_saves(
    qtbot, opened, template: TemplateId
) -> None:
    sessions, _client_id = _open(qtbot, opened, "C-0001")
    sessions.template_actions[template].trigger()
    editor = sessions.editor
    assert sessions.stack.currentWidget() is editor
    assert list(editor.field_edits) == list(template_for(template).keys)
    for spec in template_for(template).fields:
        assert editor.field_edits[spec.key].placeholderText() == spec.guidance
    _fill(editor, "isi")
    assert sessions.save_draft()
    entry = sessions.entry(0)
    assert entry.note.template is template
    assert entry.note.fields[template_for(template).keys[0]].startswith("isi")
    assert not entry.note.is_signed


def test_typing_is_autosaved_into_the_vault_within_three_seconds(qtbot, opened) -> None:
    from counsel_desk.ui.views.note_editor import AUTOSAVE_DELAY_MS

    sessions, client_id = _open(qtbot, opened, "C-0001")
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText("Budi cerita soal ujian")
    # The promise is the timer's setting; how soon a loaded machine runs it is not ours.
    assert sessions.editor.autosave_timer.isActive()
    assert sessions.editor.autosave_timer.interval() == AUTOSAVE_DELAY_MS <= 3000
    notes = NoteService(opened.vault.vault)
    qtbot.waitUntil(lambda: len(notes.recovered_drafts()) == 1, timeout=15000)
    recovered = notes.recovered_drafts()[0]
    assert recovered.note.fields["text"] == "Budi cerita soal ujian"
    assert recovered.client_id == client_id
    # Saving the draft replaces the autosave.
    assert sessions.save_draft()
    assert notes.recovered_drafts() == []


def test_focus_leaving_the_editor_autosaves_at_once(qtbot, opened) -> None:
    sessions, _ = _open(qtbot, opened, "C-0001")
    sessions.new_note(TemplateId.FREE)
    edit = sessions.editor.field_edits["text"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=10000)
    qtbot.keyClicks(edit, "ketik")
    assert sessions.editor.autosave_timer.isActive()
    opened.caseload_view.filter_edit.setFocus()
    qtbot.waitUntil(opened.caseload_view.filter_edit.hasFocus, timeout=5000)
    assert not sessions.editor.autosave_timer.isActive()  # not the timer: the focus did it
    notes = NoteService(opened.vault.vault)
    qtbot.waitUntil(lambda: len(notes.recovered_drafts()) == 1, timeout=10000)


def test_signing_locks_the_note_and_stores_its_hash_and_addenda_keep_time_and_reason(
    qtbot, opened
) -> None:
    sessions, _ = _open(qtbot, opened, "C-0003")  # Ayu, an adult: no consent warning
    sessions.template_actions[TemplateId.DAP].trigger()
    _fill(sessions.editor, "tertulis")
    assert sessions.sign()
    assert sessions.stack.currentWidget() is sessions.viewer  # read-only from now on
    entry = sessions.entry(0)
    assert entry.note.is_signed and entry.note.content_hash is not None
    assert len(entry.note.content_hash) == 64
    assert "tertulis data" in sessions.viewer.text()

    dialog = sessions.viewer.addendum_button.click() or sessions.active_dialog
    assert dialog is not None
    dialog.text_edit.setPlainText("Ibunya menelepon setelah sesi.")
    dialog.reason_edit.setText("informasi baru")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: sessions.entry(0).note.addenda != [], timeout=10000)
    text = sessions.viewer.text()
    assert "tertulis data" in text  # the original stays visible
    assert "Ibunya menelepon setelah sesi." in text
    assert "reason: informasi baru" in text


def test_a_note_signed_more_than_a_day_after_the_session_is_marked_late(qtbot, opened) -> None:
    sessions, _ = _open(qtbot, opened, "C-0003")
    sessions.new_note(TemplateId.FREE)
    old = TODAY - dt.timedelta(days=3)
    from PySide6.QtCore import QDate

    sessions.editor.date_edit.setDate(QDate(old.year, old.month, old.day))
    sessions.editor.field_edits["text"].setPlainText("ditulis terlambat")
    assert sessions.sign()
    assert sessions.entry(0).late
    assert "Late entry" in sessions.viewer.text()
    assert "Late entry" in sessions.model.index(0).data()


def test_a_signed_note_is_struck_through_with_a_reason_never_deleted(qtbot, opened) -> None:
    sessions, _ = _open(qtbot, opened, "C-0003")
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText("salah catat")
    assert sessions.sign()
    sessions.viewer.strike_button.click()
    dialog = sessions.active_dialog
    dialog.reason_edit.setText("ditulis di berkas konseli yang salah")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: sessions.entry(0).note.is_struck, timeout=10000)
    assert sessions.count() == 1  # still in the record
    assert "ditulis di berkas konseli yang salah" in sessions.viewer.text()
    assert sessions.model.index(0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not sessions.viewer.strike_button.isVisible()


def test_a_group_note_appears_in_each_members_record_by_case_code_only(qtbot, opened) -> None:
    sessions, _ = _open(qtbot, opened, "C-0001")
    sessions.new_note(TemplateId.FREE)
    editor = sessions.editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(SessionKind.GROUP))
    editor.members_edit.setText("C-0002, C-0003")
    editor.field_edits["text"].setPlainText("Kelompok belajar: cara mengatur waktu")
    assert sessions.sign()

    names = {"Budi", "Santoso", "Siti", "Rahmawati", "Ayu"}
    for code, others in (
        ("C-0001", {"C-0002", "C-0003"}),
        ("C-0002", {"C-0001", "C-0003"}),
        ("C-0003", {"C-0001", "C-0002"}),
    ):
        member_view, _ = _open(qtbot, opened, code)
        assert member_view.count() == 1
        entry = member_view.entry(0)
        assert set(entry.group_codes) == others
        member_view.timeline.setCurrentIndex(member_view.model.index(0))
        member_view.open_entry(entry)
        text = member_view.viewer.text()
        assert "Kelompok belajar" in text
        for other in others:
            assert other in text
        own_name = {"C-0001": {"Budi", "Santoso"}, "C-0002": {"Siti", "Rahmawati"}}.get(
            code, {"Ayu"}
        )
        assert not any(name in text for name in names - own_name)


def test_the_risk_section_opens_the_duty_checklist_and_sets_the_clients_risk(qtbot, opened) -> None:
    sessions, client_id = _open(qtbot, opened, "C-0003")
    sessions.new_note(TemplateId.FREE)
    editor = sessions.editor
    assert not editor.duty.isVisibleTo(editor)
    editor.abuse_check.setChecked(True)
    from counsel_desk.domain.enums import DutyStep, RiskLevel

    editor.level_combo.setCurrentIndex(editor.level_combo.findData(RiskLevel.HIGH))
    editor.field_edits["text"].setPlainText("Konseli bercerita tentang kekerasan di rumah")
    assert editor.duty.isVisibleTo(editor)
    assert DutyStep.REPORTED_TO_AUTHORITY in editor.duty.buttons
    editor.duty.buttons[DutyStep.REPORTED_TO_AUTHORITY].click()
    note = sessions.entry(0).note
    assert [a.step for a in note.duty_actions] == [DutyStep.REPORTED_TO_AUTHORITY]
    summary = next(s for s in opened.client_model.summaries() if s.id == client_id)
    assert summary.risk_level is RiskLevel.HIGH  # the caseload follows the assessment
    assert opened.profile_view.risk_combo.currentData() == RiskLevel.HIGH


def test_an_online_session_on_an_unapproved_platform_or_out_of_hours_is_flagged(
    qtbot, opened
) -> None:
    from counsel_desk.domain.enums import Modality

    sessions, _ = _open(qtbot, opened, "C-0001")
    sessions.new_note(TemplateId.FREE)
    editor = sessions.editor
    editor.modality_combo.setCurrentIndex(editor.modality_combo.findData(Modality.VIDEO))
    editor.platform_combo.setEditText("Zoom")
    assert "not in the approved" not in editor.flags_label.text()
    editor.platform_combo.setEditText("Discord")
    assert "“Discord” is not in the approved platforms" in editor.flags_label.text()
    from PySide6.QtCore import QTime

    editor.time_check.setChecked(True)
    editor.time_edit.setTime(QTime(21, 0))
    assert "outside your working hours" in editor.flags_label.text()


def test_start_from_my_last_note_copies_the_structure_not_the_text(qtbot, opened) -> None:
    sessions, _ = _open(qtbot, opened, "C-0001")
    sessions.template_actions[TemplateId.BIRP].trigger()
    _fill(sessions.editor, "lama")
    sessions.editor.duration_spin.setValue(40)
    assert sessions.save_draft()
    sessions.start_from_last()
    note = sessions.editor.note()
    assert note.id is None
    assert note.template is TemplateId.BIRP and note.duration_minutes == 40
    assert all(v == "" for v in note.fields.values())


def test_search_from_the_box_to_the_opened_note(qtbot, opened) -> None:
    sessions, client_id = _open(qtbot, opened, "C-0002")
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText("Siti takut presentasi di depan kelas")
    assert sessions.save_draft()
    opened.workspace.show_dashboard()

    assert opened.menu_actions.find_action.shortcut().toString() == "Ctrl+F"
    opened.menu_actions.find_action.trigger()
    qtbot.waitUntil(lambda: opened.workspace.search_dialog is not None, timeout=10000)
    dialog = opened.workspace.search_dialog
    qtbot.keyClicks(dialog.edit, 'presen"')  # a stray quote is only text, never an error
    qtbot.waitUntil(lambda: dialog.count_label.text() != "", timeout=10000)
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "takut presenta")  # the last word is a prefix
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=10000)
    html = dialog.model.index(0).data(Qt.ItemDataRole.UserRole + 2)
    assert "<b style='background-color:#ffe082; color:#111827'>presentasi</b>" in html
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened.profile_view.client_id == client_id, timeout=10000)
    assert opened.profile_view.tabs.currentIndex() == opened.profile_view.TAB_SESSIONS
    shown = opened.profile_view.sessions_view.editor.field_edits["text"].toPlainText()
    assert shown == "Siti takut presentasi di depan kelas"


@pytest.mark.parametrize(
    ("typed", "finds_the_note"),
    [
        ("AND", True),
        ("NEAR(", True),
        ("a OR", True),
        ("-x", True),
        ("col:val", True),
        ('"', False),  # nothing to search for: no result, never an error
        ("*", False),
        ("(((", False),
    ],
)
def test_search_syntax_typed_is_only_text(qtbot, opened, typed: str, finds_the_note) -> None:
    from counsel_desk.services.search import SearchService

    vault = opened.vault.vault
    client_id = next(s.id for s in opened.client_model.summaries() if s.given_name == "Ayu")
    text = "Ayu a AND NEAR( -x col:val ((( orang tua datang"
    note = NoteService(vault).save_draft(
        client_id, SessionNote(date=TODAY, template=TemplateId.FREE, fields={"text": text})
    )[0]
    hits = SearchService(vault).search(typed)  # FTS5 syntax would raise or match otherwise
    assert [h.session_id for h in hits] == ([note.id] if finds_the_note else [])


def test_locking_saves_pending_typing_into_the_vault_first(qtbot, window, tmp_path) -> None:
    path = make_vault(tmp_path / "v", sample_clients())
    unlock(qtbot, window, path)
    sessions, _ = _open(qtbot, window, "C-0001")
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText("baru saja diketik")
    window.lock()
    service = VaultService()
    service.unlock(path, PASSPHRASE)
    try:
        drafts = NoteService(service.vault).recovered_drafts()
        assert [d.note.fields["text"] for d in drafts] == ["baru saja diketik"]
    finally:
        service.lock()


def test_unlocking_offers_the_recovered_draft_and_opens_it(qtbot, window, prompter, tmp_path):
    path = make_vault(tmp_path / "v", [Client(given_name="Dewi", opened_on=TODAY)])
    service = VaultService()
    service.unlock(path, PASSPHRASE)
    client_id = service.clients.list_summaries()[0].id
    NoteService(service.vault).autosave(
        client_id, SessionNote(date=TODAY, fields={"text": "setengah jadi"})
    )
    service.lock()
    prompter.confirm_answer = True
    unlock(qtbot, window, path)
    assert "confirm" in prompter.asked
    sessions = window.profile_view.sessions_view
    assert window.profile_view.client_id == client_id
    assert sessions.stack.currentWidget() is sessions.editor
    assert sessions.editor.field_edits["text"].toPlainText() == "setengah jadi"
    assert sessions.save_draft()


def test_cheap_kdf_is_what_these_tests_use() -> None:
    assert KdfParams.cheap_for_tests().memory_kib < KdfParams.recommended_minimum().memory_kib
