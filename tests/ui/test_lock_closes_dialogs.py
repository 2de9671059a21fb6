"""Every dialog a profile tab opens over client data closes when the vault locks, by
Ctrl+L or by the idle auto-lock (issue 19): the addendum and strike-through of a signed
note, the signing question, the plan editor, a follow-up, a consent being recorded or
revoked. What was typed in it is on no window afterwards. Cheap Argon2 through
tests/ui/conftest.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit

from counsel_desk.domain.enums import ConsentKind
from counsel_desk.domain.templates import TemplateId
from counsel_desk.ui.main_window import MainWindow
from tests.ui.conftest import make_vault, sample_clients, unlock

SECRET = "Rahasia-Lock-Test-7391"


def _open(window: MainWindow, code: str, tab: int) -> None:
    summary = next(s for s in window.client_model.summaries() if s.case_code == code)
    assert window.workspace.open_client(summary.id)
    window.profile_view.tabs.setCurrentIndex(tab)


def _signed_note(window: MainWindow) -> None:
    _open(window, "C-0003", window.profile_view.TAB_SESSIONS)  # Ayu, an adult
    sessions = window.profile_view.sessions_view
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText("Catatan yang ditandatangani")
    assert sessions.sign()


def _addendum(window: MainWindow) -> QDialog:
    _signed_note(window)
    dialog = window.profile_view.sessions_view.open_addendum_dialog()
    dialog.text_edit.setPlainText(SECRET)
    return dialog


def _strike(window: MainWindow) -> QDialog:
    _signed_note(window)
    dialog = window.profile_view.sessions_view.open_strike_dialog()
    dialog.reason_edit.setText(SECRET)
    return dialog


def _sign_question(window: MainWindow) -> QDialog:
    _open(window, "C-0003", window.profile_view.TAB_SESSIONS)
    sessions = window.profile_view.sessions_view
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText(SECRET)
    dialog = sessions.ask_to_sign()
    assert dialog is not None
    return dialog


def _plan_editor(window: MainWindow) -> QDialog:
    _open(window, "C-0001", window.profile_view.TAB_PLAN)
    dialog = window.profile_view.plan_view.open_editor()
    assert dialog is not None
    dialog.goal_editors[0].text_edit.setText(SECRET)
    return dialog


def _follow_up(window: MainWindow) -> QDialog:
    _open(window, "C-0001", window.profile_view.TAB_PLAN)
    dialog = window.profile_view.plan_view.open_follow_up_dialog()
    assert dialog is not None
    dialog.text_edit.setText(SECRET)
    return dialog


def _consent(window: MainWindow) -> QDialog:
    _open(window, "C-0003", window.profile_view.TAB_CONSENTS)
    dialog = window.profile_view.consents_view.open_consent_dialog(ConsentKind.INFORMED_CONSENT)
    assert dialog is not None
    dialog.signer_edit.setText(SECRET)
    return dialog


def _revoke(window: MainWindow) -> QDialog:
    _open(window, "C-0003", window.profile_view.TAB_CONSENTS)
    view = window.profile_view.consents_view
    record = view.open_consent_dialog(ConsentKind.INFORMED_CONSENT)
    assert record is not None
    record.signer_edit.setText("Ayu")
    record.buttons.button(record.buttons.StandardButton.Ok).click()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    dialog = view.open_revoke_dialog()
    assert dialog is not None
    return dialog


DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "addendum": _addendum,
    "strike-through": _strike,
    "sign question": _sign_question,
    "plan editor": _plan_editor,
    "follow-up": _follow_up,
    "consent": _consent,
    "revoke consent": _revoke,
}


def _typed_anywhere(text: str) -> list[str]:
    """Where ``text`` is still typed in a visible window."""
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        shown = [e.text() for e in top.findChildren(QLineEdit) if e.isVisible()]
        shown += [e.toPlainText() for e in top.findChildren(QPlainTextEdit) if e.isVisible()]
        shown += [e.toPlainText() for e in top.findChildren(QTextEdit) if e.isVisible()]
        if any(text in s for s in shown):
            found.append(type(top).__name__)
    return found


@pytest.mark.parametrize("how", ["Ctrl+L", "auto-lock"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_dialog_over_client_data_closes_when_the_vault_locks(
    qtbot, window: MainWindow, tmp_path: Path, name: str, how: str
) -> None:
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    dialog = DIALOGS[name](window)
    assert dialog.isVisible()
    if how == "Ctrl+L":
        window.menu_actions.lock_action.trigger()
    else:
        window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=10000)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible(), name
    visible = [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible()
    ]
    assert visible == [], visible
    assert _typed_anywhere(SECRET) == []
    views = window.profile_view
    assert views.sessions_view.active_dialog is None
    assert views.sessions_view.sign_dialog is None
    assert views.plan_view.active_dialog is None
    assert views.consents_view.active_dialog is None
