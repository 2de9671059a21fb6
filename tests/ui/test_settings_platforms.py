"""Settings → Sessions: the approved online platforms and the counselor's working hours,
kept in QSettings (AppSettings) and used by the note editor's boundary flags. No vault
is needed (these are preferences, not client data), so none is created here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QDialogButtonBox

from counsel_desk.domain.enums import Modality
from counsel_desk.domain.model import SessionNote
from counsel_desk.domain.notes import WorkingHours, boundary_flags
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
from counsel_desk.ui.settings import DEFAULT_PLATFORMS, AppSettings


def _dialog(qtbot, settings: AppSettings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: SettingsDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_sessions_tab_is_there_without_a_vault_and_shows_the_defaults(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    page = dialog.sessions_page
    assert dialog.tabs.indexOf(page) >= 0
    assert page.platforms() == list(DEFAULT_PLATFORMS)
    assert page.hours() == (dt.time(7, 0), dt.time(16, 0), frozenset(range(5)))
    assert [c.isChecked() for c in page.day_checks] == [True] * 5 + [False] * 2


def test_adding_and_removing_platforms_is_saved_on_ok(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    page = dialog.sessions_page
    assert not page.add_button.isEnabled()
    qtbot.keyClicks(page.platform_edit, "  Jitsi   Meet ")
    assert page.add_button.isEnabled()
    page.add_button.click()
    assert page.platform_edit.text() == ""
    assert page.platforms()[-1] == "Jitsi Meet"  # spaces tidied
    page.add_platform("ZOOM")  # already there, in another letter case: kept once
    assert sum(p.casefold() == "zoom" for p in page.platforms()) == 1

    row = page.platforms().index("Microsoft Teams")
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert "Microsoft Teams" not in page.platforms()

    assert settings.approved_platforms == list(DEFAULT_PLATFORMS)  # nothing saved yet
    _ok(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.approved_platforms == ["Google Meet", "Zoom", "Jitsi Meet"]


def test_a_platform_typed_but_not_added_is_kept_and_cancel_keeps_nothing(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    dialog.sessions_page.platform_edit.setText("WhatsApp Video")
    dialog.reject()
    assert "WhatsApp Video" not in settings.approved_platforms

    dialog = _dialog(qtbot, settings)
    dialog.sessions_page.platform_edit.setText("WhatsApp Video")
    _ok(dialog)
    assert settings.approved_platforms[-1] == "WhatsApp Video"


def test_restore_defaults_and_an_empty_list_both_persist(qtbot, tmp_path, settings) -> None:
    dialog = _dialog(qtbot, settings)
    page = dialog.sessions_page
    page.set_platforms([])
    _ok(dialog)
    settings.sync()
    reread = AppSettings(
        QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    )
    assert reread.approved_platforms == []  # every online platform is then flagged

    dialog = _dialog(qtbot, settings)
    dialog.sessions_page.defaults_button.click()
    _ok(dialog)
    assert settings.approved_platforms == list(DEFAULT_PLATFORMS)


def test_working_hours_and_days_are_saved(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    page = dialog.sessions_page
    page.start_edit.setTime(QTime(6, 30))
    page.end_edit.setTime(QTime(14, 0))
    page.day_checks[4].setChecked(False)  # Friday off
    page.day_checks[5].setChecked(True)  # Saturday school
    _ok(dialog)
    assert settings.working_hours == (
        dt.time(6, 30),
        dt.time(14, 0),
        frozenset({0, 1, 2, 3, 5}),
    )
    # The dialog opened again shows what was saved.
    again = _dialog(qtbot, settings)
    assert again.sessions_page.hours() == settings.working_hours


def test_hours_that_end_before_they_start_or_no_day_are_refused(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    page = dialog.sessions_page
    page.start_edit.setTime(QTime(15, 0))
    page.end_edit.setTime(QTime(8, 0))
    _ok(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "end after they start" in dialog.error_label.text()
    assert settings.working_hours[0] == dt.time(7, 0)

    page.end_edit.setTime(QTime(17, 0))
    for check in page.day_checks:
        check.setChecked(False)
    _ok(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "at least one working day" in dialog.error_label.text()

    page.day_checks[0].setChecked(True)
    _ok(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.working_hours == (dt.time(15, 0), dt.time(17, 0), frozenset({0}))


def test_settings_hold_no_client_data(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    dialog.sessions_page.add_platform("Zoom Sekolah")
    _ok(dialog)
    keys = settings.keys()
    assert "sessions/approved_platforms" in keys
    assert all(
        k.startswith(("sessions/", "security/", "ui/", "window/", "vault/", "settings/"))
        for k in keys
    )


def test_saved_preferences_drive_the_note_editors_flags(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    page = dialog.sessions_page
    page.set_platforms(["Jitsi Meet"])
    page.start_edit.setTime(QTime(8, 0))
    page.end_edit.setTime(QTime(12, 0))
    _ok(dialog)

    start, end, days = settings.working_hours
    hours = WorkingHours(start, end, days)
    monday = dt.date(2025, 9, 15)
    note = SessionNote(
        date=monday,
        start_time=dt.time(9, 0),
        duration_minutes=45,
        modality=Modality.VIDEO,
        platform="Zoom",
    )
    texts = [str(f) for f in boundary_flags(note, settings.approved_platforms, hours)]
    assert any("Zoom" in t and "approved" in t for t in texts)
    assert not any("working hours" in t for t in texts)
    late = SessionNote(
        date=monday,
        start_time=dt.time(11, 45),
        duration_minutes=30,
        modality=Modality.VIDEO,
        platform="jitsi meet",
    )
    texts = [str(f) for f in boundary_flags(late, settings.approved_platforms, hours)]
    assert not any("approved" in t for t in texts)  # letter case does not matter
    assert any("working hours" in t for t in texts)
