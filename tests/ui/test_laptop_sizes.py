"""Issue 19: every dialog and window opens within 1280×680 logical pixels (a 1366×768
laptop screen less taskbar and title bar, at 100 % scale) with its buttons on screen.

Each dialog is opened the way the counselor opens it (the window's own action where it has
one), then its size, its smallest size and where its buttons are compared with those
numbers; the offscreen platform's own screen size is not the laptop's, so it is not used.
And every control the keyboard reaches, in every view and dialog, has an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from counsel_desk.domain.enums import ConsentKind
from counsel_desk.domain.templates import TemplateId
from counsel_desk.ui.accessibility import unnamed_controls
from counsel_desk.ui.dialogs.about_dialog import AboutDialog
from counsel_desk.ui.dialogs.note_dialogs import AddendumDialog, SignNoteDialog, StrikeDialog
from counsel_desk.ui.dialogs.recover_dialog import RecoverDialog
from counsel_desk.ui.dialogs.remove_key_file_dialog import RemoveKeyFileDialog
from counsel_desk.ui.dialogs.restore_dialog import RestoreDialog
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.views.consents_view import RevokeDialog
from tests.ui.choosers import use_chooser

from .conftest import TODAY, make_vault, sample_clients, unlock

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1280, 680
AT_125_PERCENT = (int(LAPTOP_WIDTH / 1.25), int(LAPTOP_HEIGHT / 1.25))


def _budi(window: MainWindow) -> int:
    return next(s.id for s in window.client_model.summaries() if s.given_name == "Budi")


def _profile(window: MainWindow, tab: int) -> None:
    assert window.workspace.open_client(_budi(window))
    window.profile_view.tabs.setCurrentIndex(tab)


def _consent(window: MainWindow) -> QDialog:
    _profile(window, window.profile_view.TAB_CONSENTS)
    return window.profile_view.consents_view.open_consent_dialog(ConsentKind.GUARDIAN_CONSENT)


def _plan(window: MainWindow) -> QDialog:
    _profile(window, window.profile_view.TAB_PLAN)
    return window.profile_view.plan_view.open_editor()


def _career(window: MainWindow) -> QDialog:
    _profile(window, window.profile_view.TAB_SCREENING)
    career = window.profile_view.screening_view.open_career_interests()
    assert career is not None
    return career


def _follow_up(window: MainWindow) -> QDialog:
    _profile(window, window.profile_view.TAB_PLAN)
    return window.profile_view.plan_view.open_follow_up_dialog()


def _sign(window: MainWindow) -> QDialog:
    long_note = "<p>" + "Sebuah paragraf catatan yang panjang. " * 400 + "</p>"
    return SignNoteDialog(long_note, ["A warning that is long enough to wrap. " * 4], window)


def _back_up(window: MainWindow, tmp: Path) -> QDialog:
    use_chooser(window, tmp / "copy.cdbackup")
    return window.vault_actions.back_up_now()


DIALOGS: dict[str, Callable[..., QDialog | None]] = {
    "about": lambda w, t: AboutDialog(w),
    "settings": lambda w, t: SettingsDialog(w.settings, w, vault=w.vault),
    "search": lambda w, t: w.workspace.show_search(),
    "consent": lambda w, t: _consent(w),
    "supervision export": lambda w, t: w.supervision_actions.export_for_supervision(_budi(w)),
    "term report": lambda w, t: w.plan_actions.show_report(),
    "activity log": lambda w, t: w.plan_actions.show_activity_log(),
    "appointments": lambda w, t: w.plan_actions.show_appointments(),
    "bk service report": lambda w, t: w.plan_actions.show_bk_report(),
    "breach": lambda w, t: w.plan_actions.show_breach(),
    "plan editor": lambda w, t: _plan(w),
    "follow-up": lambda w, t: _follow_up(w),
    "sign note": lambda w, t: _sign(w),
    "audit trail": lambda w, t: w.vault_actions.show_audit(),
    "due for destruction": lambda w, t: w.vault_actions.show_due(),
    "new school year": lambda w, t: w.vault_actions.show_school_year(),
    "change passphrase": lambda w, t: w.vault_actions.change_passphrase(),
    "add key file": lambda w, t: w.vault_actions.add_key_file(),
    "replace recovery key": lambda w, t: w.vault_actions.replace_recovery_key(),
    "back up now": _back_up,
    "recovery key": lambda w, t: w.vault_actions.show_recovery_key("ABCD-" * 11 + "ABCD", t),
    "welcome": lambda w, t: w.session.make_welcome_dialog(),
    "addendum": lambda w, t: AddendumDialog(w),
    "strike through": lambda w, t: StrikeDialog(w),
    "revoke consent": lambda w, t: RevokeDialog(w, TODAY, TODAY),
    "restore": lambda w, t: RestoreDialog(w.vault, w.runner, w.chooser, w, today=TODAY),
    "recover": lambda w, t: RecoverDialog(w.vault, w.runner, t / "v", w),
    "remove key file": lambda w, t: RemoveKeyFileDialog(w.vault, w.runner, w.chooser, w),
    "needs assessment": lambda w, t: w.plan_actions.show_needs(),
    "bk program": lambda w, t: w.plan_actions.show_program(),
    "career interests": lambda w, t: _career(w),
}


@pytest.fixture
def unlocked(qtbot, window, tmp_path) -> Iterator[MainWindow]:
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    yield window


def _problems(widget: QWidget, width: int = LAPTOP_WIDTH, height: int = LAPTOP_HEIGHT) -> list[str]:
    """What would not fit a screen of ``width``×``height`` logical pixels."""
    problems: list[str] = []
    size, smallest = widget.size(), widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if size.width() > LAPTOP_WIDTH or size.height() > LAPTOP_HEIGHT:
        problems.append(f"opens at {size.width()}×{size.height()}")
    if smallest.width() > width or smallest.height() > height:
        problems.append(f"cannot be smaller than {smallest.width()}×{smallest.height()}")
    if size.width() > width or size.height() > height:
        # The window manager shrinks it to the screen: the buttons must stay on it.
        widget.resize(min(size.width(), width), min(size.height(), height))
        size = widget.size()
    inside = QRect(QPoint(0, 0), size)
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or button.window() is not widget:
            continue
        where = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
        if not inside.contains(where):
            problems.append(f"button {button.text()!r} at {where.getRect()} is off the dialog")
    return problems


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits_a_laptop_screen_with_its_buttons_visible(
    qtbot, unlocked, tmp_path, name
):
    dialog = DIALOGS[name](unlocked, tmp_path)
    assert dialog is not None, f"{name} did not open"
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _problems(dialog) == [], name
    # At 125 % display scale the same screen is 1024×544 logical pixels: the window
    # manager shrinks the dialog to it, its content may scroll, its buttons stay on it.
    assert _problems(dialog, *AT_125_PERCENT) == [], name


def test_the_main_window_fits_a_laptop_screen(qtbot, unlocked):
    assert _problems(unlocked) == []
    assert _problems(unlocked, *AT_125_PERCENT) == []


@pytest.mark.parametrize("name", list(DIALOGS))
def test_with_a_larger_text_size_every_dialog_keeps_its_buttons_on_the_screen(
    qtbot, qapp, unlocked, tmp_path, name
):
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.25)  # the system's text size at 125 %
    qapp.setFont(bigger)
    try:
        dialog = DIALOGS[name](unlocked, tmp_path)
        assert dialog is not None, f"{name} did not open"
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _problems(dialog) == [], name
    finally:
        qapp.setFont(font)


# -- accessibility: every control the keyboard reaches has a name a screen reader says --


def _described(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()} in {type(w.parent()).__name__}" for w in widgets]


def test_every_control_of_every_view_has_a_name(qtbot, unlocked: MainWindow):
    window = unlocked
    assert _described(unnamed_controls(window)) == [], "Today"
    budi = next(s.id for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(budi)
    tabs = window.profile_view.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        assert _described(unnamed_controls(window)) == [], tabs.tabText(tab)
    tabs.setCurrentIndex(window.profile_view.TAB_SESSIONS)
    sessions = window.profile_view.sessions_view
    sessions.new_note(TemplateId.SOAP)
    assert _described(unnamed_controls(window)) == [], "note editor"
    for key, edit in sessions.editor.field_edits.items():
        edit.setPlainText(f"isi {key}")
    assert sessions.sign()
    assert _described(unnamed_controls(window)) == [], "signed note"
    window.lock()
    assert _described(unnamed_controls(window)) == [], "unlock screen"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_of_every_dialog_has_a_name(qtbot, unlocked, tmp_path, name):
    dialog = DIALOGS[name](unlocked, tmp_path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _described(unnamed_controls(dialog)) == [], name
