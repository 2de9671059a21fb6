"""Issue 14, launch: the window builds the unlock screen, its menus and status bar; the
workspace (caseload, Today view, profile) is built after the unlock screen is painted, or
as soon as anything needs it. What she sees and can reach stays the same."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from counsel_desk.ui.first_paint import after_first_paint
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.models.client_table_model import Column

from .conftest import make_vault, sample_clients, unlock


def _menus(window: MainWindow) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """Each menu's title and its entries: text, shortcut, enabled."""
    found = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        entries = [
            (a.text(), a.shortcut().toString(), a.isEnabled())
            for a in menu.actions()
            if not a.isSeparator()
        ]
        found.append((action.text(), entries))
    return found


def test_the_unlock_screen_is_shown_without_building_the_workspace(qtbot, window):
    qtbot.wait(50)  # the window painted, its events handled
    assert window.pages.currentWidget() is window.unlock_view
    assert window.unlock_view.passphrase_edit.isEnabled()
    assert not window.workspace_built
    assert window.pages.count() == 1


def test_the_menus_and_their_shortcuts_are_all_there_before_the_workspace(
    qtbot, vault_service, settings, runner, prompter
):
    window = MainWindow(vault_service, settings, runner, prompter)
    qtbot.addWidget(window)
    before = _menus(window)
    titles = [title for title, _entries in before]
    assert len(titles) >= 6 and all(entries for _title, entries in before)
    assert any(shortcut for _t, entries in before for _e, shortcut, _on in entries)
    window.build_workspace()
    assert window.workspace_built
    assert _menus(window) == before


def test_unlocking_builds_the_workspace_and_shows_it(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    assert window.workspace_built
    assert window.is_unlocked
    assert window.pages.currentWidget() is window.splitter
    assert window.client_model.rowCount() == len(sample_clients())


def test_privacy_mode_chosen_before_is_on_in_a_workspace_built_later(
    qtbot, vault_service, settings, runner, prompter
):
    settings.privacy_mode = True
    window = MainWindow(vault_service, settings, runner, prompter)
    qtbot.addWidget(window)
    assert not window.workspace_built
    window.build_workspace()
    assert window.profile_view.privacy_active
    assert window.caseload_view.table.isColumnHidden(Column.NAME)


def test_work_after_the_first_paint_runs_once_after_it(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(20)
    assert calls == []  # not shown, never painted
    widget.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    widget.update()
    widget.repaint()
    qtbot.wait(20)
    assert calls == [True]
