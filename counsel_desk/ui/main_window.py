"""The main window: unlock screen, caseload, dashboard and client profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from counsel_desk.ui import settings as settings_options
from counsel_desk.ui.accessibility import AccessibleNames, describe_from_help, name_from_labels
from counsel_desk.ui.appearance import Appearance
from counsel_desk.ui.clipboard import SensitiveClipboard, sensitive_clipboard
from counsel_desk.ui.context import AppContext
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.icons import app_icon
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.plain_text import install_plain_text_labels
from counsel_desk.ui.plan_actions import PlanActions
from counsel_desk.ui.prompter import DialogPrompter, Prompter
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.supervision_actions import SupervisionActions
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.theme import styled, tone
from counsel_desk.ui.vault_actions import VaultActions
from counsel_desk.ui.vault_session import SessionViews, VaultSession
from counsel_desk.ui.views.unlock_view import UnlockView
from counsel_desk.ui.window_actions import WindowActions, WindowCommands

if TYPE_CHECKING:  # the workspace is imported and built after the first paint
    from counsel_desk.domain.reminders import Reminder
    from counsel_desk.services.vault_service import VaultService
    from counsel_desk.ui.dialogs.welcome_dialog import Calibrator
    from counsel_desk.ui.models.client_table_model import ClientTableModel
    from counsel_desk.ui.read_only import ReadOnlyGuard
    from counsel_desk.ui.spelling import Speller
    from counsel_desk.ui.views.caseload_view import CaseloadView
    from counsel_desk.ui.views.client_profile_view import ClientProfileView
    from counsel_desk.ui.views.dashboard_view import DashboardView
    from counsel_desk.ui.workspace import ClientWorkspace


def style_sheet() -> str:
    """The window's style sheet, built again when the theme changes (ui/theme.py)."""
    return f"""
QLabel#sectionTitle {{ font-weight: 600; font-size: 11pt; }}
QLabel#countLabel, QLabel#hint, QLabel#dateLabel, QLabel#profileFacts,
QLabel#vaultPathLabel {{ color: palette(placeholder-text); }}
QLabel#fieldError {{ color: {tone("error").name()}; }}
QLabel#profileCaseCode {{ color: palette(placeholder-text); font-size: 11pt; }}
QLabel#privacyPanel {{ color: palette(placeholder-text); font-size: 11pt; padding: 40px; }}
QFrame#unlockCard {{ background: palette(base); border: 1px solid palette(mid);
                    border-radius: 10px; }}
QLabel#emptyLabel {{ color: palette(placeholder-text); font-size: 11pt; }}
"""


class MainWindow(QMainWindow):
    """Everything after start-up. Holds client data only while the vault is unlocked.

    The window builds and lays out the widgets, the menus (ui/window_actions.py) and the
    actions; what happens in them lives in two controllers: the vault's session — unlock,
    lock, banners, faults (ui/vault_session.py) — and the workspace — the caseload, the
    Today view and the client on screen (ui/workspace.py).

    The unlock screen, the menus and the status bar are built here; the workspace (its
    views, their modules, its controller) once the unlock screen has been painted (what
    ``app.main`` asks, ui/first_paint.py) or as soon as anything asks for it, whichever
    comes first (issue 14: launch)."""

    def __init__(
        self,
        vault: VaultService,
        settings: AppSettings,
        runner: TaskRunner | None = None,
        prompter: Prompter | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        calibrator: Calibrator | None = None,
        idle_timeout_ms: int | None = None,
        chooser: FileChooser | None = None,
    ) -> None:
        super().__init__()
        # The theme and text size, now and as Settings or the system change them.
        Appearance(settings, self._redraw_record, self)  # kept alive by its parent
        install_plain_text_labels()  # names and notes are never shown as rich text
        runner = runner or TaskRunner(self)
        prompter = prompter or DialogPrompter()
        # The services and seams, built once and handed to the actions (ui/context.py);
        # file dialogs behind a seam (tests plug in a fake); the clipboard guard.
        self.context = AppContext(
            vault=vault,
            settings=settings,
            runner=runner,
            ops=Operations(runner, prompter),  # vault work: ui/operations.py
            prompter=prompter,
            chooser=chooser or FileChooser(),
            clipboard=sensitive_clipboard(),
            today=today,
            calibrator=calibrator,
        )
        # The Share dialog (a PDF's password on screen) closes and is wiped at lock.
        self.context.chooser.track_dialogs(self.track_vault_dialog)
        self.setWindowTitle(self.tr("Counsel Desk"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 680)  # a 1366×768 laptop less taskbar and title bar

        self.unlock_view = UnlockView(vault, self.runner, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.unlock_view)
        self.setCentralWidget(self.pages)
        styled(self, style_sheet)
        self._workspace: ClientWorkspace | None = None  # build_workspace
        self._splitter: QSplitter | None = None  # the workspace's page

        # Keys, backups, audit and retention; supervision export and the full record;
        # plans, reminders and reports: each given the context and this window as host.
        self.vault_actions = VaultActions(self.context, self)
        self.supervision_actions = SupervisionActions(self.context, self)
        self.plan_actions = PlanActions(self.context, self)
        # The window's own commands, its menus and toolbar (ui/window_actions.py).
        self.menu_actions = WindowActions(
            self,
            WindowCommands(
                new_client=lambda: self.workspace.new_client(),
                save=lambda: self.workspace.save(),
                close_case=lambda: self.workspace.close_case(),
                show_dashboard=lambda: self.workspace.show_dashboard(),
                show_search=lambda: self.workspace.show_search(),
                focus_filter=self._focus_filter,
                set_privacy=self.set_privacy,
                lock=self.lock,
                new_vault=lambda: self.session.run_welcome(),
                show_settings=self.show_settings,
                show_about=self.show_about,
                quit=self.close,
            ),
        )
        self.menu_actions.build_menus(
            self.vault_actions, self.supervision_actions, self.plan_actions
        )
        bars = SessionViews.in_status_bar(self, self.unlock_view)
        self.state_label, self.storage_banner = bars.state_label, bars.storage_banner
        self.kdf_banner, self.synced_banner = bars.kdf_banner, bars.synced_banner
        self.synced_banner.move_requested.connect(self.vault_actions.move_out_of_synced_folder)
        self.session = VaultSession(
            self.context,
            bars,
            self,
            lambda: self.workspace,
            self.vault_actions,
            idle_timeout_ms=idle_timeout_ms,
        )
        self.idle = self.session.idle
        AccessibleNames(self)  # every window's controls named (kept alive by its parent)
        settings.changed.connect(self._setting_changed)

        self.unlock_view.set_vault_path(settings.last_vault_path)
        self.menu_actions.privacy_action.setChecked(settings.privacy_mode)
        self._apply_privacy(settings.privacy_mode)
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.session.show_locked()

    # -- the workspace, built after the first paint ----------------------------------------
    @property
    def workspace_built(self) -> bool:
        return self._workspace is not None

    def build_workspace(self) -> ClientWorkspace:
        """The caseload, the Today view and the profile, and their controller: built
        once, the first time anything needs them (or after the first paint)."""
        if self._workspace is not None:
            return self._workspace
        from counsel_desk.ui.workspace import ClientWorkspace, WorkspaceViews

        # Laid out away from the window, then put in it: the window's style sheet polishes
        # the views once, not again at each stack, splitter and tab they are moved into.
        holder = QWidget()
        views = WorkspaceViews.side_by_side(holder, self.context.today)
        views.client_model.setParent(self)
        self.pages.addWidget(views.splitter)
        holder.deleteLater()
        self._splitter = views.splitter
        self._workspace = workspace = ClientWorkspace(self.context, views, self)
        self._wire_actions()
        self.profile_view.sessions_view.editor.focus_toggled.connect(self.set_writing_focus)
        self._apply_privacy(self.privacy)
        if self.isVisible():  # AccessibleNames named the window's controls when shown
            name_from_labels(views.splitter)
            describe_from_help(views.splitter)
        return workspace

    @property
    def workspace(self) -> ClientWorkspace:
        return self.build_workspace()

    @property
    def client_model(self) -> ClientTableModel:
        return self.workspace.client_model

    @property
    def caseload_view(self) -> CaseloadView:
        return self.workspace.caseload_view

    @property
    def dashboard_view(self) -> DashboardView:
        return self.workspace.dashboard_view

    @property
    def profile_view(self) -> ClientProfileView:
        return self.workspace.profile_view

    @property
    def right_stack(self) -> QStackedWidget:
        return self.workspace.right_stack

    @property
    def splitter(self) -> QSplitter:
        self.build_workspace()
        assert self._splitter is not None
        return self._splitter

    @property
    def read_only_guard(self) -> ReadOnlyGuard:
        return self.workspace.read_only_guard

    @property
    def speller(self) -> Speller:
        return self.workspace.speller

    # -- the context's members, read-only ----------------------------------------------
    @property
    def vault(self) -> VaultService:
        return self.context.vault

    @property
    def settings(self) -> AppSettings:
        return self.context.settings

    @property
    def runner(self) -> TaskRunner:
        return self.context.runner

    @property
    def ops(self) -> Operations:
        return self.context.ops

    @property
    def prompter(self) -> Prompter:
        return self.context.prompter

    @property
    def chooser(self) -> FileChooser:
        return self.context.chooser

    @property
    def clipboard(self) -> SensitiveClipboard:
        return self.context.clipboard

    # -- state ------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return (
            self.vault.is_unlocked
            and self.workspace_built
            and self.pages.currentWidget() is self.splitter
        )

    def update_actions(self) -> None:
        unlocked = self.vault.is_unlocked and not self.lock_pending
        built = self.workspace_built  # no profile is shown before it is
        profile = unlocked and built and self.workspace.profile_shown
        client = self.profile_view.client if built else None
        self.menu_actions.update_enabled(
            unlocked=unlocked,
            lock_pending=self.lock_pending,
            profile_dirty=self.profile_view.is_dirty if profile else None,
            case_open=client is not None
            and client.id is not None
            and str(client.status) == "active",
            read_only=self.vault.read_only,
        )
        self.vault_actions.update_enabled(unlocked, read_only=self.vault.read_only)
        self.supervision_actions.update_enabled(unlocked)
        self.plan_actions.update_enabled(unlocked)

    def show_unlock_screen(self) -> None:
        self.pages.setCurrentWidget(self.unlock_view)
        self.menu_actions.toolbar.setVisible(False)

    def show_workspace(self) -> None:
        self.pages.setCurrentWidget(self.splitter)
        self.menu_actions.toolbar.setVisible(True)
        self.right_stack.setCurrentWidget(self.dashboard_view)
        self.workspace.apply_read_only()

    # -- privacy ----------------------------------------------------------------------
    @Slot(bool)
    def set_privacy(self, on: bool) -> None:
        if self.menu_actions.privacy_action.isChecked() != on:
            self.menu_actions.privacy_action.setChecked(on)  # re-enters through toggled
            return
        self.settings.privacy_mode = on
        self._apply_privacy(on)

    def _apply_privacy(self, on: bool) -> None:
        if self.workspace_built:  # else applied when it is built
            self.caseload_view.set_privacy(on)
            self.dashboard_view.set_privacy(on)
            self.profile_view.set_privacy(on)
        self.plan_actions.set_privacy(on)
        self.menu_actions.show_privacy(on)

    @property
    def privacy(self) -> bool:
        return self.menu_actions.privacy_action.isChecked()

    # -- dialogs and settings -------------------------------------------------------------
    def show_settings(self) -> None:
        unlocked = self.vault.is_unlocked and not self.lock_pending
        # A read-only vault's settings cannot be saved: only the app's own pages then.
        writable = unlocked and not self.vault.read_only
        from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, vault=self.vault if writable else None)
        if writable:  # its Backups and Retention pages come from the vault
            self.vault_actions.track(dialog)
        dialog.exec()

    def show_about(self) -> None:
        from counsel_desk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _focus_filter(self) -> None:
        if self.vault.is_unlocked:
            self.caseload_view.filter_edit.setFocus()
            self.caseload_view.filter_edit.selectAll()

    def _setting_changed(self, option: object) -> None:
        if option is settings_options.AUTO_LOCK:
            self.idle.set_timeout_minutes(self.settings.auto_lock_minutes)
            self.session.update_status()
        elif option is settings_options.PRIVACY and self.privacy != self.settings.privacy_mode:
            self.set_privacy(self.settings.privacy_mode)

    def _redraw_record(self) -> None:
        """What was drawn as HTML with the old theme's colours, drawn again."""
        if self.workspace_built and self.profile_view.client is not None:
            self.profile_view.redraw()

    def _wire_actions(self) -> None:
        """The views' requests to the actions; the plan tab's services."""
        profile = self.profile_view
        profile.supervision_requested.connect(self.supervision_actions.export_for_supervision)
        profile.full_record_requested.connect(self.supervision_actions.print_full_record)
        plans = self.plan_actions
        self.workspace.reloaded.connect(plans.refresh_reminders)
        plan_view = profile.plan_view
        plan_view.set_services(lambda: self.vault.plans, lambda: self.vault.reminders)
        plan_view.set_error_handler(lambda title, text: self.prompter.error(self, title, text))
        plan_view.message.connect(lambda text: self.show_status(text, 6000))
        plan_view.plan_changed.connect(plans.refresh_reminders)
        editor = profile.sessions_view.editor
        editor.progress.set_service(lambda: self.vault.plans)
        editor.progress.error.connect(lambda text: editor.status_label.setText(text))
        profile.sessions_view.notes_changed.connect(plans.notes_changed)
        profile.referrals_view.referrals_changed.connect(plans.refresh_reminders)
        self.dashboard_view.reminders.follow_up_done.connect(plans.complete_follow_up)

    def set_writing_focus(self, on: bool) -> None:
        """Distraction-free writing: the caseload, the toolbar and the profile's tabs
        step aside while a note is written; Esc, F11 or a lock brings them back."""
        self.caseload_view.setVisible(not on)
        self.menu_actions.toolbar.setVisible(not on and self.vault.is_unlocked)
        self.profile_view.tabs.tabBar().setVisible(not on)

    # -- the actions' host (WindowHost, ui/context.py) ----------------------------------
    def today(self) -> dt.date:
        return self.context.today()

    def window_widget(self) -> QWidget:
        return self

    def current_client_id(self) -> int | None:
        return self.workspace.current_client_id() if self.workspace_built else None

    def resolve_unsaved_changes(self) -> bool:
        return not self.workspace_built or self.workspace.resolve_unsaved_changes()

    def show_status(self, text: str, ms: int = 0) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    def vault_state_changed(self) -> None:
        self.update_actions()
        self.session.show_storage_banner()  # and the weak-key-settings banner

    @property
    def lock_pending(self) -> bool:
        return self.session.lock_pending

    @Slot()
    def lock(self) -> None:
        self.session.lock()

    def track_vault_dialog(self, dialog: QDialog) -> None:
        self.vault_actions.track(dialog)
        from counsel_desk.ui.widgets.kiosk import KioskShell

        if isinstance(dialog, KioskShell):
            # A student at the kiosk: what Alt+Tab or a task-bar preview shows of the
            # window behind it is the privacy view, whatever she had on screen.
            self._apply_privacy(True)
            dialog.finished.connect(lambda *_: self._kiosk_ended())
            dialog.destroyed.connect(lambda *_: self._kiosk_ended())

    def _kiosk_ended(self) -> None:
        if self.vault.is_unlocked:
            self._apply_privacy(self.privacy)

    def start_session_note(self, client_id: int) -> bool:
        if not self.workspace.start_session_note(client_id):
            return False
        self.raise_()
        self.activateWindow()
        return True

    def client_changed(self, client_id: int) -> None:
        self.workspace.client_changed(client_id)

    @Slot(int)
    def client_destroyed(self, client_id: int) -> None:
        self.session.forget_resume(client_id)
        self.workspace.client_destroyed(client_id)

    def show_reminders(self, reminders: Sequence[Reminder]) -> None:
        self.dashboard_view.reminders.set_items(reminders)

    def reload_plan(self) -> None:
        plan_view = self.profile_view.plan_view
        if plan_view.record is not None:
            plan_view.reload()

    def unlocked_by_dialog(self, vault_path: Path | None = None) -> None:
        self.session.unlocked_by_dialog(vault_path)

    def recover_from_fault(self) -> str:
        """After an unexpected error in a slot: a true state again (ui/vault_session.py)."""
        return self.session.recover_from_fault()

    # -- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unlock_view.is_busy:
            event.ignore()
            return
        if self.vault.is_unlocked and not self.resolve_unsaved_changes():
            event.ignore()
            return
        if self.vault.is_unlocked:
            self.profile_view.sessions_view.editor.flush()
        if not self.workspace.may_lose_unsaved_note():
            event.ignore()
            return
        self.settings.window_geometry = QByteArray(self.saveGeometry())
        self.settings.sync()
        self.session.close()
        event.accept()
