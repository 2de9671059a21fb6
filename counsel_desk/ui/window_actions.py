"""The window's own commands — new client, save, close case, Today, search, filter,
privacy mode, lock, new vault, settings, about, quit — as actions with their shortcuts,
the menu bar they sit in beside the vault, supervision and plan actions, the toolbar, and
which of them the vault's state allows: kept out of ``main_window.py`` like
``vault_actions.py``. The window hands over what each command does (``WindowCommands``)
and says when its state changed (``update_enabled``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from counsel_desk.ui.icons import icon

if TYPE_CHECKING:
    from counsel_desk.ui.plan_actions import PlanActions
    from counsel_desk.ui.supervision_actions import SupervisionActions
    from counsel_desk.ui.vault_actions import VaultActions


@dataclass(frozen=True)
class WindowCommands:
    """What each of the window's commands does."""

    new_client: Callable[[], object]
    save: Callable[[], object]
    close_case: Callable[[], object]
    show_dashboard: Callable[[], object]
    show_search: Callable[[], object]
    focus_filter: Callable[[], object]
    set_privacy: Callable[[bool], object]
    lock: Callable[[], object]
    new_vault: Callable[[], object]
    show_settings: Callable[[], object]
    show_about: Callable[[], object]
    quit: Callable[[], object]


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, commands: WindowCommands) -> None:
        super().__init__(window)
        self._window = window
        self.new_client_action = self._action(
            self.tr("&New Client"),
            commands.new_client,
            QKeySequence.StandardKey.New,
            "new-client",
            self.tr("Add a new client to the caseload (Ctrl+N)"),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            commands.save,
            QKeySequence.StandardKey.Save,
            "save",
            self.tr("Save the client's profile (Ctrl+S)"),
        )
        self.close_case_action = self._action(
            self.tr("&Close Case…"),
            commands.close_case,
            None,
            "close-case",
            self.tr("Mark this client's case as closed"),
        )
        self.dashboard_action = self._action(
            self.tr("&Today"),
            commands.show_dashboard,
            "Ctrl+D",
            "today",
            self.tr("What needs your attention today (Ctrl+D)"),
        )
        self.find_action = self._action(
            self.tr("&Search Notes and Profiles…"),
            commands.show_search,
            QKeySequence.StandardKey.Find,
            None,
            self.tr("Search every note and profile (Ctrl+F)"),
        )
        self.filter_action = self._action(
            self.tr("&Filter Caseload"),
            commands.focus_filter,
            "Ctrl+Shift+F",
            None,
            self.tr("Filter the caseload (Ctrl+Shift+F)"),
        )
        self.privacy_action = self._action(
            self.tr("&Privacy Mode"),
            lambda: None,
            "Ctrl+Shift+P",
            "privacy",
            self.tr("Show case codes instead of names (Ctrl+Shift+P)"),
        )
        self.privacy_action.setCheckable(True)
        self.privacy_action.toggled.connect(commands.set_privacy)
        self.lock_action = self._action(
            self.tr("&Lock"),
            commands.lock,
            "Ctrl+L",
            "lock",
            self.tr("Lock the vault now (Ctrl+L)"),
        )
        self.new_vault_action = self._action(
            self.tr("New &Vault…"),
            commands.new_vault,
            None,
            None,
            self.tr("Create a new encrypted vault"),
        )
        self.settings_action = self._action(
            self.tr("&Settings…"), commands.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&About Counsel Desk"), commands.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit_action = self._action(
            self.tr("&Quit"), commands.quit, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.toolbar = self._toolbar()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda *_: slot())
        self._window.addAction(action)
        return action

    # -- menus and toolbar --------------------------------------------------------------
    def build_menus(
        self,
        vault: VaultActions,
        supervision: SupervisionActions,
        plans: PlanActions,
    ) -> None:
        """The menu bar: File, Client, View, then the vault's and the plans' menus, Help."""
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_vault_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        vault.add_file_entries(file_menu)
        plans.add_file_entries(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        client_menu = bar.addMenu(self.tr("&Client"))
        client_menu.addAction(self.new_client_action)
        client_menu.addAction(self.save_action)
        client_menu.addSeparator()
        client_menu.addAction(self.close_case_action)
        supervision.add_to_menu(client_menu)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.filter_action)
        view_menu.addSeparator()
        view_menu.addAction(self.privacy_action)
        vault.add_vault_menu(bar)
        plans.add_menu(bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"), self._window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.dashboard_action)
        toolbar.addAction(self.new_client_action)
        # No Save here: the profile has its own Save Profile button beside the form, and
        # two Save buttons left her guessing which one saves what (Ctrl+S is both).
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addAction(self.privacy_action)
        toolbar.addAction(self.lock_action)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    # -- state --------------------------------------------------------------------------
    def update_enabled(
        self,
        *,
        unlocked: bool,
        lock_pending: bool,
        profile_dirty: bool | None,
        case_open: bool,
        read_only: bool,
    ) -> None:
        """``profile_dirty`` is None when no profile is shown; ``case_open``: the profile
        shown is of a saved client whose case is active."""
        for action in (
            self.new_client_action,
            self.dashboard_action,
            self.find_action,
            self.filter_action,
            self.lock_action,
        ):
            action.setEnabled(unlocked)
        self.save_action.setEnabled(unlocked and bool(profile_dirty))
        self.close_case_action.setEnabled(unlocked and profile_dirty is not None and case_open)
        self.new_vault_action.setEnabled(not unlocked and not lock_pending)
        if unlocked and read_only:  # reading and exports work; nothing that writes
            for action in (self.new_client_action, self.save_action, self.close_case_action):
                action.setEnabled(False)

    def show_privacy(self, on: bool) -> None:
        """The privacy action says whether privacy mode is on."""
        self.privacy_action.setText(self.tr("Privacy On") if on else self.tr("&Privacy Mode"))
