"""Appointments and the intake queue in the real window (issue 20, item 5): a week made
in the week view, a block moved by dragging it, the week exported to a calendar file
that a test parses and finds no name in; conflicts marked, names refused, privacy and
lock. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite
fast; the product calibrates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTime

from counsel_desk.domain.appointments import AppointmentKind, AppointmentStatus, IntakeState
from tests.ics_reader import events, unescape
from tests.ui.choosers import use_chooser
from tests.ui.conftest import TODAY, make_vault, sample_clients, unlock

MONDAY = TODAY  # 15 September 2025 is a Monday
NAMES = ("Budi", "Santoso", "Ucok", "Siti", "Rahmawati", "Ayu", "Hartono")


@pytest.fixture
def week(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    window.plan_actions.appointments_action.trigger()
    dialog = window.plan_actions.appointments_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.resize(1366, 720)
    return dialog


def _choose(combo, value) -> None:
    index = combo.findData(value)
    if index < 0:
        index = combo.findText(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _book(qtbot, dialog, day: dt.date, start: str, end: str, kind, **fields) -> int:
    """Double-click the empty week at ``day`` ``start`` (where a block is: New and the
    day), fill the form, save."""
    hour, minute = map(int, start.split(":"))
    at = dialog.week.point_of(day, dt.time(hour, minute + 1))
    if any(dialog.week.block_rect(a.id).contains(at) for a in dialog.week.appointments):
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        dialog.day_edit.setDate(day)
    else:
        qtbot.mouseDClick(dialog.week, Qt.MouseButton.LeftButton, pos=at)
    assert dialog.day_edit.date().toPython() == day
    _choose(dialog.kind_combo, kind)
    if "client" in fields:
        _choose(dialog.client_combo, fields["client"])
    dialog.subject_edit.setText(fields.get("subject", ""))
    dialog.start_edit.setTime(QTime.fromString(start, "HH:mm"))
    dialog.end_edit.setTime(QTime.fromString(end, "HH:mm"))
    dialog.place_edit.setText(fields.get("place", ""))
    dialog.purpose_edit.setText(fields.get("purpose", ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form_status.text() == "", dialog.form_status.text()
    chosen = dialog.week.selected_id
    assert chosen is not None
    return chosen


def _a_week(qtbot, dialog) -> dict[str, int]:
    day = {
        n: MONDAY + dt.timedelta(days=i) for i, n in enumerate(("mon", "tue", "wed", "thu", "fri"))
    }
    return {
        "budi": _book(
            qtbot,
            dialog,
            day["mon"],
            "09:00",
            "09:40",
            AppointmentKind.CLIENT,
            client="C-0001",
            place="Ruang BK",
            purpose="Tindak lanjut C-0001",
        ),
        "class": _book(
            qtbot, dialog, day["tue"], "10:00", "11:20", AppointmentKind.CLASS, subject="VIII-B"
        ),
        "parents": _book(
            qtbot,
            dialog,
            day["tue"],
            "11:00",
            "11:30",
            AppointmentKind.PARENT_MEETING,
            client="C-0002",
            purpose="Nilai turun",
        ),
        "siti": _book(
            qtbot, dialog, day["wed"], "07:30", "08:10", AppointmentKind.CLIENT, client="C-0002"
        ),
        "group": _book(
            qtbot,
            dialog,
            day["thu"],
            "12:00",
            "12:40",
            AppointmentKind.GROUP,
            subject="Kelompok belajar",
        ),
        "other": _book(
            qtbot, dialog, day["fri"], "13:00", "14:00", AppointmentKind.OTHER, subject="Rapat MGBK"
        ),
    }


def test_a_week_made_in_the_week_view_moved_by_drag_and_exported_to_ics_holds_no_name(
    qtbot, window, week, tmp_path: Path
) -> None:
    booked = _a_week(qtbot, week)
    assert len(week.week.appointments) == 6
    # The class and the parent meeting overlap on Tuesday: both marked, neither refused.
    assert week.week.conflicting_ids() == {booked["class"], booked["parents"]}
    assert "overlap" in week.conflict_label.text()

    # Drag Budi's block from Monday 09:00 to Thursday 14:15 (snapped to 15 minutes).
    block = week.week.block_rect(booked["budi"])
    grab = QPoint(block.center().x(), block.top() + 5)
    target = week.week.point_of(MONDAY + dt.timedelta(days=3), dt.time(14, 14))
    qtbot.mousePress(week.week, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(week.week, pos=grab + QPoint(0, 20))
    qtbot.mouseMove(week.week, pos=QPoint(target.x(), target.y() + 5))
    qtbot.mouseRelease(week.week, Qt.MouseButton.LeftButton, pos=QPoint(target.x(), target.y() + 5))
    moved = window.vault.appointments.get(booked["budi"])
    assert (moved.day, moved.start, moved.end) == (
        MONDAY + dt.timedelta(days=3),
        dt.time(14, 15),
        dt.time(14, 55),
    )
    details = [(e.action, e.detail) for e in window.vault.audit_entries()]
    assert (
        "appointment_moved",
        f"appointment {booked['budi']}: 2025-09-15 09:00 -> 2025-09-18 14:15",
    ) in details
    assert week.undo_button.isEnabled()

    # Export the week: the dialog says what is in it and what is not; the file has codes.
    chooser = use_chooser(window, tmp_path / "minggu-ini")
    window.prompter.asked.clear()
    qtbot.mouseClick(week.export_button, Qt.MouseButton.LeftButton)
    assert window.prompter.asked == ["confirm"] and chooser.answers == []
    data = (tmp_path / "minggu-ini.ics").read_bytes()
    found = events(data)
    assert sorted(unescape(e.get("SUMMARY")) for e in found) == sorted(
        [
            "Counseling — C-0001",
            "Class VIII-B",
            "Parent meeting — C-0002",
            "Counseling — C-0002",
            "Group counseling",
            "BK appointment",
        ]
    )
    text = data.decode("utf-8").replace("\r\n ", "").casefold()
    for secret in (*NAMES, "Tindak lanjut", "Ruang BK", "Nilai turun", "Kelompok belajar", "Rapat"):
        assert secret.casefold() not in text, secret


def test_undo_puts_a_dragged_appointment_back(qtbot, window, week) -> None:
    chosen = _book(qtbot, week, MONDAY, "09:00", "09:40", AppointmentKind.CLASS, subject="IX-A")
    assert week.move_appointment(chosen, MONDAY + dt.timedelta(days=1), dt.time(10, 0))
    qtbot.mouseClick(week.undo_button, Qt.MouseButton.LeftButton)
    back = window.vault.appointments.get(chosen)
    assert (back.day, back.start) == (MONDAY, dt.time(9, 0))
    assert not week.undo_button.isEnabled()


def test_a_students_name_in_the_purpose_is_refused_with_her_case_code(qtbot, window, week) -> None:
    week.start_new(MONDAY, dt.time(9, 0))
    _choose(week.kind_combo, AppointmentKind.CLIENT)
    _choose(week.client_combo, "C-0001")
    week.purpose_edit.setText("Bicara dengan ucok")
    assert not week.save()
    assert "C-0001" in week.form_status.text()
    week.end_edit.setTime(QTime(8, 30))
    week.purpose_edit.setText("")
    assert not week.save()
    assert "08:30" in week.form_status.text()
    assert window.vault.appointments.between(MONDAY, MONDAY + dt.timedelta(days=5)) == []


def test_arrow_keys_move_the_selection_and_enter_edits(qtbot, week) -> None:
    first = _book(qtbot, week, MONDAY, "09:00", "09:40", AppointmentKind.CLASS, subject="VII-A")
    second = _book(
        qtbot,
        week,
        MONDAY + dt.timedelta(days=1),
        "09:00",
        "09:40",
        AppointmentKind.CLASS,
        subject="VII-B",
    )
    week.week.setFocus()
    week.week.select(first)
    qtbot.keyClick(week.week, Qt.Key.Key_Right)
    assert week.week.selected_id == second
    assert "VII-B" in week.week.accessibleDescription()
    qtbot.keyClick(week.week, Qt.Key.Key_Up)
    assert week.week.selected_id == first
    with qtbot.waitSignal(week.week.edit_requested) as edited:
        qtbot.keyClick(week.week, Qt.Key.Key_Return)
    assert edited.args == [first]
    assert week.subject_edit.text() == "VII-A"


def test_an_appointment_marked_held_offers_its_session_note(qtbot, window, week) -> None:
    chosen = _book(qtbot, week, MONDAY, "09:00", "09:40", AppointmentKind.CLIENT, client="C-0001")
    _choose(week.status_combo, AppointmentStatus.HELD)
    window.prompter.confirm_answer = True
    assert week.save()
    assert window.vault.appointments.get(chosen).status is AppointmentStatus.HELD
    sessions = window.profile_view.sessions_view
    assert window.profile_view.client_id == window.vault.supervision.client_id_for("C-0001")
    assert window.profile_view.tabs.currentWidget() is sessions
    assert sessions.stack.currentWidget() is sessions.editor


def test_a_request_by_name_is_hidden_in_privacy_mode_scheduled_and_gone_at_lock(
    qtbot, window, week
) -> None:
    week.tabs.setCurrentIndex(1)
    week.request_name.setText("Dewi Lestari")
    week.request_reason.setText("Ingin bercerita")
    assert week.add_request()
    assert week.queue.item(0, 1).text() == "Dewi Lestari"
    window.set_privacy(True)
    assert week.queue.item(0, 1).text() == "•••"
    window.set_privacy(False)
    week.queue.selectRow(0)
    week.schedule_chosen()
    week.day_edit.setDate(week.day_edit.date())
    week.start_edit.setTime(QTime(12, 0))
    week.end_edit.setTime(QTime(12, 20))
    assert week.save()
    assert week.queue.rowCount() == 0
    (request,) = window.vault.appointments.requests(include_done=True)
    assert request.state is IntakeState.SCHEDULED and request.appointment_id is not None
    window.lock()
    assert not week.isVisible()
    assert week.week.appointments == [] and week.queue.rowCount() == 0
