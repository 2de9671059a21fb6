"""Issue 19: a counselor's day on a 1366×768 laptop — no dead ends, no surprises.

Each test does what she does (types, clicks) in the real window and checks what she sees.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import Qt

from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.views.consents_view import ConsentsView

from .conftest import PASSPHRASE, make_vault, sample_clients

NAMES = ("Budi", "Santoso", "Ucok", "Hartono")


@pytest.fixture
def unexpected_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Errors that reach the excepthook (a slot's bug), recorded by type only; no
    recovery hook is installed, so what the window shows is the window's own doing."""
    seen: list[str] = []

    def record(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        seen.append(kind.__name__)

    monkeypatch.setattr(sys, "excepthook", record)
    yield seen


def _type_passphrase_and_unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.unlock_view
    view.passphrase_edit.setFocus()
    qtbot.keyClicks(view.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=30000):
        qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)


@pytest.mark.qt_no_exception_capture
def test_unlock_that_fails_reopening_the_last_client_is_still_truly_unlocked(
    qtbot, window, tmp_path, unexpected_errors, monkeypatch
):
    path = make_vault(tmp_path / "v", sample_clients())
    window.unlock_view.set_vault_path(path)
    _type_passphrase_and_unlock(qtbot, window)
    budi = next(s.id for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.open_client(budi)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.vault.is_unlocked

    def broken(self: ConsentsView, client: object) -> None:  # a bug like issue 13's
        raise KeyError("assent")

    monkeypatch.setattr(ConsentsView, "show_client", broken)
    _type_passphrase_and_unlock(qtbot, window)
    qtbot.wait(10)

    assert unexpected_errors == ["KeyError"]  # the bug is still reported
    assert window.vault.is_unlocked
    # Auto-lock is armed, the Lock action and the toolbar work, the status tells the truth.
    assert window.idle.is_running()
    assert window.lock_action.isEnabled()
    assert window.toolbar.isVisible()
    assert window.state_label.text().startswith("Unlocked")
    # Nothing of the half-opened client stays on screen: the Today view is shown.
    assert window.right_stack.currentWidget() is window.dashboard_view
    assert window.profile_view.client is None
    for text in [*window.profile_view.visible_texts(), window.profile_view.name_label.text()]:
        assert not any(name in text for name in NAMES), text
    # And Lock (Ctrl+L) locks.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.vault.is_unlocked
    assert window.state_label.text() == "Locked"
