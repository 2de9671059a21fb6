"""The activity log in the window (issue 17, item 2): classical guidance for a class, a
duty that is not counseling, no names. Vaults use KdfParams.cheap_for_tests() (weak
Argon2 on purpose, to keep the suite fast; the product calibrates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from counsel_desk.domain.enums import (
    ActivityKind,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    UseOfTime,
)
from counsel_desk.vault.audit import AuditAction
from tests.ui.conftest import make_vault, sample_clients, unlock


@pytest.fixture
def log(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    window.plan_actions.activity_action.trigger()
    dialog = window.plan_actions.activity_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _classical_guidance(dialog) -> None:
    _choose(dialog.kind_combo, ActivityKind.CLASSROOM_GUIDANCE)
    dialog.date_edit.setDate(QDate(2026, 11, 4))
    dialog.class_edit.setText("VIII-B")
    dialog.topic_edit.setText("Mengenal gaya belajar")
    dialog.students_spin.setValue(32)
    _choose(dialog.unit_combo, "periods")
    dialog.length_spin.setValue(2)
    dialog.selector.field_checks[ServiceField.LEARNING].setChecked(True)


def test_classical_guidance_for_a_class_is_logged_with_its_service(qtbot, window, log) -> None:
    # A new classical guidance comes classified as the school counts it.
    assert log.selector.service().component is ServiceComponent.BASIC
    assert log.selector.service().strategy is ServiceStrategy.CLASSROOM_GUIDANCE
    _classical_guidance(log)
    assert log.save()
    assert log.table.rowCount() == 1
    assert log.table.item(0, 3).text() == "Mengenal gaya belajar"
    assert log.table.item(0, 4).text() == "2 JP"
    (stored,) = window.vault.activities.activities()
    assert (stored.class_name, stored.students_present, stored.periods) == ("VIII-B", 32, 2)
    assert stored.minutes is None
    assert stored.service.fields == (ServiceField.LEARNING,)
    assert stored.asca is UseOfTime.DIRECT_INSTRUCTION
    actions = [e.action for e in window.vault.audit_entries()]
    assert AuditAction.ACTIVITY_SAVED.value in actions
    assert not any("gaya belajar" in (e.detail or "") for e in window.vault.audit_entries())


def test_a_students_name_in_an_activity_is_refused_with_her_case_code(qtbot, window, log) -> None:
    _classical_guidance(log)
    log.topic_edit.setText("Bimbingan untuk kelas Budi tentang gaya belajar")
    assert not log.save()
    assert "Budi" in log.status_label.text()
    assert "C-0001" in log.status_label.text()
    assert window.vault.activities.activities() == []
    assert log.table.rowCount() == 0
    # Lower case, in the notes, pasted with an invisible character: refused all the same.
    log.topic_edit.setText("Mengenal gaya belajar")
    log.notes_edit.setPlainText("ucok\u200b dan teman-temannya aktif")
    assert not log.save()
    assert window.vault.activities.activities() == []


def test_a_duty_that_is_not_counseling_has_no_service_and_counts_as_such(
    qtbot, window, log
) -> None:
    _choose(log.kind_combo, ActivityKind.NON_COUNSELING_DUTY)
    assert not log.selector.component_combo.isEnabled()
    log.topic_edit.setText("Pengawas ujian")
    _choose(log.unit_combo, "minutes")
    log.length_spin.setValue(120)
    assert log.save()
    (stored,) = window.vault.activities.activities()
    assert stored.service is None and stored.minutes == 120 and stored.periods is None
    assert stored.asca is UseOfTime.NON_COUNSELING


def test_an_activity_is_changed_and_deleted_after_she_confirms(
    qtbot, window, log, prompter
) -> None:
    _classical_guidance(log)
    assert log.save()
    log.table.selectRow(0)
    assert log.topic_edit.text() == "Mengenal gaya belajar"
    log.topic_edit.setText("Gaya belajar (lanjutan)")
    assert log.save()
    assert [a.topic for a in window.vault.activities.activities()] == ["Gaya belajar (lanjutan)"]
    prompter.confirm_answer = False
    assert not log.delete_current()
    assert len(window.vault.activities.activities()) == 1
    prompter.confirm_answer = True
    assert log.delete_current()
    assert window.vault.activities.activities() == []
    assert log.table.rowCount() == 0


def test_an_activity_in_the_future_is_refused_and_nothing_saved(qtbot, window, log) -> None:
    _classical_guidance(log)
    later = dt.date.today() + dt.timedelta(days=3)
    log.date_edit.setDate(QDate(later.year, later.month, later.day))
    assert not log.save()
    assert "future" in log.status_label.text()
    assert window.vault.activities.activities() == []


def test_locking_closes_the_activity_log(qtbot, window, log) -> None:
    window.lock()
    qtbot.waitUntil(lambda: not log.isVisible(), timeout=10000)
