"""Errors stay errors: a database that fails while reading gets the same clear message as
one that fails while writing, and an unexpected error in a slot never leaves the window
showing a client as if nothing happened (the main window's ``recover_from_fault``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from counsel_desk import app
from counsel_desk.services.clients import ClientService
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.prompter import UnsavedAnswer
from counsel_desk.ui.views.consents_view import ConsentsView
from tests.ui.test_languages import compiled_translation, language  # noqa: F401 - fixtures

from .conftest import FakePrompter, make_vault, sample_clients, unlock

SELECT, TRANSACTION = 21, 22  # SQLite authorizer action codes
NAMES = ("Budi", "Santoso", "Ucok", "Hartono")


def _refuse(window: MainWindow, action: int | None) -> None:
    """The vault's real connection refuses one kind of statement, as a failing disk does
    (None: accepts everything again)."""
    conn = window.vault.vault.conn
    conn.set_authorizer(None if action is None else lambda kind, *_: 1 if kind == action else 0)


def _client_id(window: MainWindow, given_name: str) -> int:
    return next(s.id for s in window.client_model.summaries() if s.given_name == given_name)


@pytest.fixture
def crash_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The real crash dialog is built; its texts are recorded instead of waiting for a
    click."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield shown


def _fault_in_a_slot(qtbot, slot: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Run ``slot`` from the event loop, as Qt runs any slot (its exception goes to the
    excepthook, not to the caller)."""
    done: list[bool] = []

    def run() -> None:
        done.append(True)
        slot()

    QTimer.singleShot(0, run)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.wait(10)


def test_a_failing_read_is_told_as_clearly_as_a_failing_write(qtbot, window, tmp_path, prompter):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    budi, siti = _client_id(window, "Budi"), _client_id(window, "Siti")
    assert window.workspace.open_client(budi)
    window.profile_view.grade_edit.selectAll()
    qtbot.keyClicks(window.profile_view.grade_edit, "9A")
    assert window.profile_view.is_dirty
    _refuse(window, TRANSACTION)
    assert not window.workspace.save()
    prompter.unsaved_answer = UnsavedAnswer.DISCARD  # she gives up the edit, opens Siti
    _refuse(window, SELECT)
    caseload = window.caseload_view
    caseload.select_client(siti)  # the row she clicked
    caseload.client_activated.emit(siti)  # pytest-qt fails the test on any slot exception
    _refuse(window, None)
    (save_title, save_text), *_, (open_title, _) = prompter.errors
    assert (save_title, open_title) == ("The profile was not saved", "Could not open the client")
    assert "could not read or write its files (not authorized)" in save_text
    # Every read that failed on the way (the discarded profile's notes and plan, the
    # client to open) says the same as the failed write.
    assert {text for _, text in prompter.errors} == {save_text}
    # The window tells the truth: Budi's profile as saved, and Budi selected.
    assert window.profile_view.client_id == budi
    assert prompter.asked == ["unsaved_changes"]
    assert window.profile_view.grade_edit.text() == "8B"
    rows = [i.row() for i in caseload.table.selectionModel().selectedRows()]
    assert rows == [caseload.proxy.proxy_row_of(budi)]


@pytest.mark.qt_no_exception_capture
def test_a_fault_while_showing_a_client_shows_neither_client(
    qtbot, window, tmp_path, crash_dialogs, monkeypatch
):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    app.install_excepthook(window.recover_from_fault)
    budi, siti = _client_id(window, "Budi"), _client_id(window, "Siti")
    assert window.workspace.open_client(budi)

    def broken(self: ConsentsView, client: object) -> None:  # like issue 13's KeyError
        raise KeyError("assent")

    monkeypatch.setattr(ConsentsView, "show_client", broken)
    _fault_in_a_slot(qtbot, lambda: window.workspace.open_client(siti))

    assert len(crash_dialogs) == 1
    assert "could not be shown" in crash_dialogs[0]
    assert window.right_stack.currentWidget() is window.dashboard_view
    assert window.profile_view.client is None
    for text in [*window.profile_view.visible_texts(), window.profile_view.name_label.text()]:
        assert not any(name in text for name in (*NAMES, "Siti", "Rahmawati")), text
    assert window.vault.is_unlocked and window.idle.is_running()
    assert window.client_model.rowCount() == 3
    monkeypatch.undo()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert window.workspace.open_client(siti)  # the rest of the app goes on working
    assert window.profile_view.name_label.text() == "Siti Rahmawati"


@pytest.mark.qt_no_exception_capture
def test_a_fault_elsewhere_reloads_the_client_and_never_saves_the_screen(
    qtbot, window, tmp_path, crash_dialogs
):
    path = make_vault(tmp_path / "v", sample_clients())
    unlock(qtbot, window, path)
    app.install_excepthook(window.recover_from_fault)
    budi = _client_id(window, "Budi")
    assert window.workspace.open_client(budi)
    window.profile_view.given_name_edit.selectAll()
    qtbot.keyClicks(window.profile_view.given_name_edit, "Half-typed")
    assert window.profile_view.is_dirty

    _fault_in_a_slot(qtbot, lambda: 1 / 0)

    assert len(crash_dialogs) == 1
    assert "not saved were discarded" in crash_dialogs[0]
    assert window.profile_view.client_id == budi
    assert window.profile_view.given_name_edit.text() == "Budi"
    assert not window.profile_view.is_dirty
    assert window.right_stack.currentWidget() is window.profile_view
    assert ClientService(window.vault.vault).get(budi).given_name == "Budi"
    assert window.idle.is_running()


@pytest.mark.qt_no_exception_capture
def test_a_fault_while_a_new_client_is_typed_says_the_typing_was_discarded(
    qtbot, window, tmp_path, crash_dialogs
):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    app.install_excepthook(window.recover_from_fault)
    window.workspace.new_client()
    qtbot.keyClicks(window.profile_view.given_name_edit, "Dewi")
    assert window.profile_view.is_dirty
    _fault_in_a_slot(qtbot, lambda: 1 / 0)
    assert "not saved were discarded" in crash_dialogs[0]
    assert window.right_stack.currentWidget() is window.dashboard_view
    assert window.profile_view.given_name_edit.text() == ""
    assert window.client_model.rowCount() == 3  # nothing half-typed was saved


@pytest.mark.qt_no_exception_capture
def test_a_fault_during_a_lock_finishes_the_lock(
    qtbot, window, tmp_path, crash_dialogs, monkeypatch
):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    app.install_excepthook(window.recover_from_fault)
    assert window.workspace.open_client(_client_id(window, "Budi"))
    calls: list[int] = []
    original = window.dashboard_view.clear

    def fails_once() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("half-way through the lock")
        original()

    monkeypatch.setattr(window.dashboard_view, "clear", fails_once)
    _fault_in_a_slot(qtbot, window.lock)

    assert len(crash_dialogs) == 1
    assert not window.vault.is_unlocked
    assert window.pages.currentWidget() is window.unlock_view
    assert window.profile_view.client is None
    assert window.client_model.rowCount() == 0
    assert not window.idle.is_running()
    assert not window.menu_actions.lock_action.isEnabled()


@pytest.mark.qt_no_exception_capture
def test_a_fault_while_locked_stays_locked(qtbot, window, tmp_path, crash_dialogs):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    app.install_excepthook(window.recover_from_fault)
    window.lock()
    _fault_in_a_slot(qtbot, lambda: 1 / 0)
    assert len(crash_dialogs) == 1
    assert not window.vault.is_unlocked
    assert window.pages.currentWidget() is window.unlock_view
    assert window.client_model.rowCount() == 0


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_the_user_is_told_in_her_language(qtbot, language, tmp_path, crash_dialogs, settings):  # noqa: F811
    from counsel_desk.i18n import Catalog
    from counsel_desk.services.vault_service import VaultService

    service = VaultService()
    window = MainWindow(service, settings, prompter=FakePrompter())
    qtbot.addWidget(window)
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    app.install_excepthook(window.recover_from_fault)
    assert window.workspace.open_client(_client_id(window, "Budi"))
    _fault_in_a_slot(qtbot, lambda: 1 / 0)
    catalog = Catalog.load("id")
    expected = (
        catalog.translate("App", "Something went wrong inside Counsel Desk."),
        catalog.translate("MainWindow", "The client's record was reloaded from the vault."),
    )
    assert expected[1] != "The client's record was reloaded from the vault."
    assert all(text in crash_dialogs[0] for text in expected), crash_dialogs[0]
    assert "Something went wrong" not in crash_dialogs[0]
    window.prompter.unsaved_answer = UnsavedAnswer.DISCARD
    service.lock()
