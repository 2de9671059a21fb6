"""Classifying a contact in the window (issue 17, item 1): the note editor's Service row,
and Service… on a signed note. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on
purpose, to keep the suite fast; the product calibrates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from counsel_desk.domain.enums import (
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    UseOfTime,
)
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import TemplateId
from counsel_desk.vault.audit import AuditAction
from tests.ui.conftest import make_vault, sample_clients, unlock


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    return window


def _sessions(window, case_code: str = "C-0003"):
    summary = next(s for s in window.client_model.summaries() if s.case_code == case_code)
    assert window.workspace.open_client(summary.id)
    view = window.profile_view
    view.tabs.setCurrentIndex(view.TAB_SESSIONS)
    return view.sessions_view


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_a_note_is_classified_in_the_editor_and_the_vault_keeps_it(qtbot, opened) -> None:
    sessions = _sessions(opened)
    sessions.template_actions[TemplateId.FREE].trigger()
    editor = sessions.editor
    selector = editor.service_selector
    assert selector.service() is None  # not classified until she says
    assert not selector.strategy_combo.isEnabled()
    for edit in editor.field_edits.values():
        edit.setPlainText("Kunjungan ke rumah, bertemu ibunya.")
    _choose(selector.component_combo, ServiceComponent.RESPONSIVE)
    _choose(selector.strategy_combo, ServiceStrategy.HOME_VISIT)
    selector.field_checks[ServiceField.SOCIAL].setChecked(True)
    selector.field_checks[ServiceField.LEARNING].setChecked(True)
    assert "Indirect: consultation and collaboration" in selector.asca_combo.itemText(0)
    _choose(selector.component_combo, ServiceComponent.INDIVIDUAL_PLANNING)
    assert "Direct: appraisal and advisement" in selector.asca_combo.itemText(0)
    _choose(selector.component_combo, ServiceComponent.RESPONSIVE)
    assert editor.is_dirty
    assert sessions.save_draft()
    stored = sessions.entry(0).note
    assert stored.service == ServiceClass(
        ServiceComponent.RESPONSIVE,
        ServiceStrategy.HOME_VISIT,
        (ServiceField.SOCIAL, ServiceField.LEARNING),
    )


def test_guidance_of_a_class_is_not_offered_in_a_students_note(qtbot, opened) -> None:
    sessions = _sessions(opened)
    sessions.template_actions[TemplateId.FREE].trigger()
    combo = sessions.editor.service_selector.strategy_combo
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert ServiceStrategy.CLASSROOM_GUIDANCE not in offered
    assert ServiceStrategy.GROUP_GUIDANCE not in offered
    assert ServiceStrategy.INDIVIDUAL_COUNSELING in offered


def test_a_group_note_says_group_counseling_is_not_group_guidance(qtbot, opened) -> None:
    sessions = _sessions(opened)
    sessions.template_actions[TemplateId.FREE].trigger()
    editor = sessions.editor
    selector = editor.service_selector
    assert selector.group_hint.isHidden()
    _choose(editor.kind_combo, SessionKind.GROUP)
    assert not selector.group_hint.isHidden()
    assert "Group guidance keeps no client records" in selector.group_hint.text()
    # Unclassified, the strategy offered follows the kind.
    assert selector.strategy_combo.currentData() == ServiceStrategy.GROUP_COUNSELING


def test_a_signed_note_is_classified_afterwards_and_shows_it(qtbot, opened) -> None:
    sessions = _sessions(opened)
    sessions.template_actions[TemplateId.FREE].trigger()
    for edit in sessions.editor.field_edits.values():
        edit.setPlainText("Konseling soal nilai.")
    assert sessions.sign()
    viewer = sessions.viewer
    assert sessions.stack.currentWidget() is viewer
    assert viewer.service_button.isVisibleTo(viewer)
    hash_before = sessions.entry(0).note.content_hash
    viewer.service_button.click()
    dialog = sessions.active_dialog
    selector = dialog.selector
    _choose(selector.component_combo, ServiceComponent.INDIVIDUAL_PLANNING)
    _choose(selector.strategy_combo, ServiceStrategy.INDIVIDUAL_COUNSELING)
    selector.field_checks[ServiceField.CAREER].setChecked(True)
    _choose(selector.asca_combo, UseOfTime.DIRECT_COUNSELING)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: sessions.entry(0).note.service is not None, timeout=10000)
    note = sessions.entry(0).note
    assert note.service.asca is UseOfTime.DIRECT_COUNSELING
    assert note.content_hash == hash_before
    text = viewer.text()
    assert "Individual planning and specialisation · Individual counseling · Career" in text
    assert "ASCA: Direct: counseling" in text
    actions = [e.action for e in opened.vault.audit_entries()]
    assert AuditAction.SERVICE_CLASSIFIED.value in actions


def test_a_service_without_an_area_is_refused_with_a_message_and_nothing_saved(
    qtbot, opened
) -> None:
    sessions = _sessions(opened)
    sessions.template_actions[TemplateId.FREE].trigger()
    editor = sessions.editor
    for edit in editor.field_edits.values():
        edit.setPlainText("Konsultasi dengan wali kelas.")
    _choose(editor.service_selector.component_combo, ServiceComponent.RESPONSIVE)
    assert not sessions.save_draft()
    assert "at least one area" in editor.status_label.text()
    assert sessions.count() == 0 or sessions.entry(0).note.id is None


def test_a_home_visit_is_written_under_its_headings_and_its_follow_up_becomes_a_reminder(
    qtbot, opened
) -> None:
    import datetime as dt

    sessions = _sessions(opened)
    sessions.template_actions[TemplateId.HOME_VISIT].trigger()
    editor = sessions.editor
    assert list(editor.field_edits) == [
        "present",
        "purpose",
        "observations",
        "agreements",
        "follow_up",
    ]
    assert not editor.follow_up_row.isHidden()
    texts = {
        "present": "Ibu (wali murid), wali kelas.",
        "purpose": "Siswa tidak masuk 6 hari.",
        "observations": "Ibu bekerja sampai malam.",
        "agreements": "Ibu memantau jam tidur.",
        "follow_up": "Telepon ibu soal kehadiran.",
    }
    for key, text in texts.items():
        editor.field_edits[key].setPlainText(text)
    day = editor.note().date + dt.timedelta(days=14)
    editor.follow_up_edit.set_value(day)
    assert editor.is_dirty
    assert sessions.sign()
    note = sessions.entry(0).note
    assert note.follow_up_on == day
    (follow_up,) = opened.vault.reminders.follow_ups(_client_id(opened))
    assert (follow_up.due_on, follow_up.text) == (day, "Telepon ibu soal kehadiran.")
    assert "Follow-up due" in sessions.viewer.text()
    # A template without a follow-up shows no day to pick.
    sessions.template_actions[TemplateId.SOAP].trigger()
    assert sessions.editor.follow_up_row.isHidden()


def _client_id(window, case_code: str = "C-0003") -> int:
    return next(s.id for s in window.client_model.summaries() if s.case_code == case_code)
