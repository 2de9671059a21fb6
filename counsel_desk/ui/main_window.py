"""The main window: unlock screen, caseload, dashboard and client profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from counsel_desk.domain.model import Client
from counsel_desk.domain.notes import WorkingHours
from counsel_desk.domain.reminders import Reminder
from counsel_desk.domain.templates import TemplateId
from counsel_desk.domain.validation import Issue, ValidationError
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.notes import RecoveredDraft
from counsel_desk.services.vault_service import LockResult, VaultService
from counsel_desk.ui import settings as settings_options
from counsel_desk.ui.accessibility import AccessibleNames
from counsel_desk.ui.clipboard import SensitiveClipboard, sensitive_clipboard
from counsel_desk.ui.context import AppContext
from counsel_desk.ui.dialogs.about_dialog import AboutDialog
from counsel_desk.ui.dialogs.search_dialog import SearchDialog
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
from counsel_desk.ui.dialogs.welcome_dialog import OPEN_EXISTING, Calibrator, WelcomeDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.icons import app_icon
from counsel_desk.ui.idle import IdleWatcher
from counsel_desk.ui.models.client_table_model import ClientTableModel
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.plain_text import install_plain_text_labels
from counsel_desk.ui.plan_actions import PlanActions
from counsel_desk.ui.prompter import DialogPrompter, Prompter, UnsavedAnswer
from counsel_desk.ui.read_only import ReadOnlyGuard
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.spelling import Speller
from counsel_desk.ui.supervision_actions import SupervisionActions
from counsel_desk.ui.system_lock import SystemLockWatcher
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.theme import ThemeChoice, apply_text_size, apply_theme, styled, tone
from counsel_desk.ui.translate import error_text, translate
from counsel_desk.ui.vault_actions import VaultActions
from counsel_desk.ui.views.caseload_view import CaseloadView
from counsel_desk.ui.views.client_profile_view import ClientProfileView
from counsel_desk.ui.views.dashboard_view import DashboardView
from counsel_desk.ui.views.unlock_view import UnlockView
from counsel_desk.ui.widgets.kdf_banner import KdfBanner
from counsel_desk.ui.widgets.kiosk import KioskShell
from counsel_desk.ui.window_actions import WindowActions, WindowCommands


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


LOCK_IN_WORKER_ABOVE_BYTES = 16 * 1024 * 1024
"""A vault bigger than this is closed (and backed up) in a worker after a lock."""

SPACE_RETRY_MS = 10_000
"""How often what a full disk refused (a note, audit entries) is tried again."""


class MainWindow(QMainWindow):
    """Everything after start-up. Holds client data only while the vault is unlocked."""

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
        app = QApplication.instance()
        if isinstance(app, QApplication):  # light or dark, hints and selections readable
            apply_theme(app, ThemeChoice(settings.theme))
            apply_text_size(app, settings.text_size_percent)
            hints = app.styleHints()
            if hints is not None:  # "System" follows the system's light or dark
                hints.colorSchemeChanged.connect(self._system_scheme_changed)
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
        # Only the client id and tab survive a lock, in memory, never on disk.
        self._resume: tuple[int | None, int] | None = None
        self._locking = False  # inside lock(): a fault there finishes the lock

        self.setWindowTitle(self.tr("Counsel Desk"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 680)  # a 1366×768 laptop less taskbar and title bar

        self.client_model = ClientTableModel(self, today=today)
        self.unlock_view = UnlockView(vault, self.runner, self)
        self.caseload_view = CaseloadView(self.client_model, self)
        self.dashboard_view = DashboardView(self, today=today)
        self.profile_view = ClientProfileView(self, today=today)
        self.right_stack = QStackedWidget(self)
        self.right_stack.addWidget(self.dashboard_view)
        self.right_stack.addWidget(self.profile_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.caseload_view)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([620, 660])
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.unlock_view)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        # The style sheet once the views are in place: set before, every view moved into
        # the stacks and the splitter was polished again (a fifth of the window's build).
        styled(self, style_sheet)

        # Keys, backups, audit and retention (ui/vault_actions.py); a big vault's closing
        # in a worker.
        self._lock_op: VaultOp[LockResult] | None = None  # a big vault closing in a worker
        self.lock_in_worker_above = LOCK_IN_WORKER_ABOVE_BYTES
        # The actions get the context and this window as their host (ui/context.py).
        self.vault_actions = VaultActions(self.context, self)
        self.supervision_actions = SupervisionActions(self.context, self)  # export, record
        self.plan_actions = PlanActions(self.context, self)  # plans, reminders, reports
        self._wire_actions()
        # The window's own commands, its menus and toolbar (ui/window_actions.py).
        self.menu_actions = WindowActions(
            self,
            WindowCommands(
                new_client=self.new_client,
                save=self.save,
                close_case=self.close_case,
                show_dashboard=self.show_dashboard,
                show_search=self.show_search,
                focus_filter=self._focus_filter,
                set_privacy=self.set_privacy,
                lock=self.lock,
                new_vault=self.run_welcome,
                show_settings=self.show_settings,
                show_about=self.show_about,
                quit=self.close,
            ),
        )
        self.menu_actions.build_menus(
            self.vault_actions, self.supervision_actions, self.plan_actions
        )
        self.state_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.state_label)
        # A vault on a read-only disk, or one whose unlock could not be recorded (a full
        # disk), says so for as long as it stays open.
        self.storage_banner = QLabel(self)
        self.storage_banner.setWordWrap(True)
        self.storage_banner.setVisible(False)
        self.statusBar().insertPermanentWidget(0, self.storage_banner, 1)
        # Weak Argon2 settings (an old vault, a planted header) are said after unlock,
        # with a Strengthen button (ui/widgets/kdf_banner.py); in the status bar, so the
        # window still fits a laptop screen at 125 %.
        self.kdf_banner = KdfBanner(self)
        self.statusBar().insertPermanentWidget(1, self.kdf_banner)
        # A read-only vault: every editing control stays disabled (ui/read_only.py).
        self.read_only_guard = ReadOnlyGuard(self)
        # While the disk is full: write what waits (audit entries, a refused note) again.
        self.space_retry = QTimer(self)
        self.space_retry.setInterval(SPACE_RETRY_MS)
        self.space_retry.timeout.connect(self.retry_after_full_disk)

        minutes = settings.auto_lock_minutes
        self.idle = IdleWatcher(idle_timeout_ms or minutes * 60_000, self)
        self.idle.idle.connect(self.auto_lock)
        AccessibleNames(self)  # every window's controls named (kept alive by its parent)
        settings.changed.connect(self._setting_changed)

        self.unlock_view.unlocked.connect(self._on_unlocked)
        self.kdf_banner.strengthen_requested.connect(self.vault_actions.strengthen_key)
        self.unlock_view.create_requested.connect(self.run_welcome)
        self.unlock_view.recover_requested.connect(self._recover)
        self.unlock_view.set_chooser(self.chooser)
        self.profile_view.consents_view.chooser = self.chooser
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self.system_lock_requested)
        self.caseload_view.client_activated.connect(self.open_client)
        self.dashboard_view.client_activated.connect(self.open_client)
        self.profile_view.dirty_changed.connect(self._update_actions)
        self.profile_view.save_requested.connect(self.save)
        self.profile_view.close_case_requested.connect(self.close_case)
        self._wire_notes_and_consents()

        self.unlock_view.set_vault_path(settings.last_vault_path)
        self.menu_actions.privacy_action.setChecked(settings.privacy_mode)
        self._apply_privacy(settings.privacy_mode)
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._show_locked()

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

    @property
    def calibrator(self) -> Calibrator | None:
        """What measures this computer for Argon2 (tests: a cheap stand-in)."""
        return self.context.calibrator

    # -- state ------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.vault.is_unlocked and self.pages.currentWidget() is self.splitter

    def _update_actions(self, *_args: object) -> None:
        unlocked = self.vault.is_unlocked and not self.lock_pending
        profile = unlocked and self.right_stack.currentWidget() is self.profile_view
        client = self.profile_view.client
        self.menu_actions.update_enabled(
            unlocked=unlocked,
            lock_pending=self.lock_pending,
            profile_dirty=self.profile_view.is_dirty if profile else None,
            case_open=client is not None
            and client.id is not None
            and str(client.status) == "active",
            read_only=self.vault.read_only,
        )
        self.vault_actions.update_enabled(unlocked)
        self.supervision_actions.update_enabled(unlocked)
        self.plan_actions.update_enabled(unlocked)
        if unlocked and self.vault.read_only:
            # Reading, exports and backups elsewhere work; nothing that writes the vault.
            actions = self.vault_actions
            for action in (
                actions.change_passphrase_action,
                actions.replace_recovery_action,
                actions.add_key_file_action,
                actions.remove_key_file_action,
                actions.due_action,
            ):
                action.setEnabled(False)

    def _apply_read_only(self) -> None:
        """On a read-only vault disable every editing control of the profile (notes,
        consents, plan included) and of the dashboard; the exports stay."""
        if not self.vault.read_only:
            return
        sessions = self.profile_view.sessions_view
        self.read_only_guard.set_read_only(
            True,
            roots=(self.profile_view, self.dashboard_view),
            containers=(sessions.editor, sessions.viewer.duty),
            keep=(self.profile_view.export_button,),
        )

    def _update_status(self) -> None:
        if self.vault.is_unlocked:
            self.state_label.setText(
                self.tr("Unlocked · auto-lock after {minutes} min idle").format(
                    minutes=self.settings.auto_lock_minutes
                )
            )
        else:
            self.state_label.setText(self.tr("Locked"))
        self._show_storage_banner()

    def _show_locked(self) -> None:
        self.pages.setCurrentWidget(self.unlock_view)
        self.menu_actions.toolbar.setVisible(False)
        self._update_actions()
        self._update_status()
        self.unlock_view.focus_passphrase()

    # -- unlocking ------------------------------------------------------------------------
    @Slot()
    def _on_unlocked(self) -> None:
        path = self.vault.path or self.unlock_view.vault_path
        if path is not None:
            self.settings.last_vault_path = Path(path)
        # Auto-lock, the Lock action and a true status come first: whatever fails after
        # this (reading the caseload, reopening the last client) leaves an unlocked
        # window that can lock, and locks itself when left alone.
        self.idle.start()
        self.pages.setCurrentWidget(self.splitter)
        self.menu_actions.toolbar.setVisible(True)
        self.right_stack.setCurrentWidget(self.dashboard_view)
        self._apply_read_only()
        self.space_retry.start()
        self._update_actions()
        self._update_status()
        self.statusBar().showMessage(self.tr("Vault unlocked."), 4000)
        self.speller.set_service(lambda: self.vault.spelling)
        self.refresh()
        resume, self._resume = self._resume, None
        if resume is not None and resume[0] is not None:
            try:
                if self.open_client(resume[0], ask=False):
                    self.profile_view.tabs.setCurrentIndex(resume[1])
            except BaseException:
                # Half a client is never left on screen; the error is still reported.
                self.profile_view.clear()
                self.right_stack.setCurrentWidget(self.dashboard_view)
                self._update_actions()
                raise
        self._give_back_held_note()
        self.offer_recovered_drafts()
        self._check_records()

    def _check_records(self) -> None:
        """Sum every record row against the vault's record-state digest, in the
        background (about a second for a career of records; the vault stays usable): a
        data page put back from an older state shows the rollback banner when it ends.
        Locked meanwhile, or a disk error: the next unlock checks again, nothing to say."""
        vault = self.vault
        if not vault.is_unlocked:
            return
        (
            self.ops.op(self, "", vault.check_records)
            .on_done(self._prepare_identifiers)
            .on_success(lambda problem: self._show_storage_banner() if problem else None)
            .on_error(lambda _error: None)
            .run_in_background()
        )

    def _prepare_identifiers(self) -> None:
        """The identifier set of supervision summaries (everyone the vault knows), built in
        the background once the records are checked, so that the session's first Export
        for Supervision… finds it ready instead of building it while the dialog opens and
        the texts are typed (a worker sharing the GIL with the window: issue 14). The
        vault keeps it until a record it comes from changes (``Vault.about_people``); a
        dialog opened meanwhile waits for this build. Locked meanwhile: nothing to say."""
        vault = self.vault
        if not vault.is_unlocked or self.lock_pending:
            return
        supervision = vault.supervision
        (
            self.ops.op(self, "", supervision.identifiers)
            .on_error(lambda _error: None)
            .run_in_background()
        )

    def _give_back_held_note(self) -> None:
        """A note the full disk refused when the vault locked goes back in the editor."""
        held = (
            self.ops.op(self, "", self.vault.take_held_note)
            .on_error(lambda _error: None)
            .result_or(None)
        )
        if held is None or not self.open_client(held.client_id, ask=False):
            return
        self.profile_view.tabs.setCurrentIndex(self.profile_view.TAB_SESSIONS)
        self.profile_view.sessions_view.restore_unsaved(held.autosave_id, held.note)

    @Slot()
    def retry_after_full_disk(self) -> None:
        """Write again what a full disk refused: the audit entries that wait, and the
        note being typed; the banner then says whether the disk is still full."""
        if not self.vault.is_unlocked or self.vault.read_only or self.lock_pending:
            return
        written = self.ops.op(self, "", self.vault.write_waiting_audit).on_error(
            lambda _error: None
        )
        if not written.run():
            return
        sessions = self.profile_view.sessions_view
        if sessions.autosave_failed:
            sessions.autosave()
        self._show_storage_banner()

    def _show_storage_banner(self) -> None:
        vault = self.vault.vault if self.vault.is_unlocked else None
        if vault is not None and vault.rollback_problem is not None:
            text = self.tr(
                "Warning: {problem} If you did not put an older copy back yourself, "
                "restore your newest backup."
            ).format(problem=translate(vault.rollback_problem))
        elif vault is not None and vault.read_only:
            text = self.tr(
                "This vault is on a read-only disk: it opened read-only and nothing can be "
                "saved. Exports to a writable folder still work."
            )
        elif vault is not None and vault.audit_waiting:
            text = self.tr(
                "The disk that holds the vault is full: reading works, but nothing can be "
                "saved until you free some space on it."
            )
        else:
            text = ""
        self.storage_banner.setText(text)
        self.storage_banner.setVisible(bool(text))
        if vault is None:
            self.kdf_banner.show_for(None)
        else:
            self.kdf_banner.show_for(vault.weak_kdf, can_write=not vault.read_only)

    def run_welcome(self) -> bool:
        """The first-run dialog; True when a vault was created or chosen."""
        if self.vault.is_unlocked:
            return False
        dialog = self.make_welcome_dialog()
        return self.handle_welcome_result(dialog, dialog.exec())

    def make_welcome_dialog(self) -> WelcomeDialog:
        dialog = WelcomeDialog(
            self.vault, self.runner, self, calibrator=self.calibrator, chooser=self.chooser
        )
        self.unlock_view.stand_aside_for(dialog)
        return dialog

    def handle_welcome_result(self, dialog: WelcomeDialog, result: int) -> bool:
        """Go on after the welcome dialog closed with ``result``."""
        if result == QDialog.DialogCode.Accepted.value and dialog.created_path is not None:
            self.unlock_view.set_vault_path(dialog.created_path)
            self._on_unlocked()
            if dialog.recovery_key:  # shown once, then dropped
                self.vault_actions.show_recovery_key(dialog.recovery_key, dialog.created_path)
                dialog.recovery_key = None
            return True
        if result == OPEN_EXISTING and dialog.chosen_existing is not None:
            self.unlock_view.set_vault_path(dialog.chosen_existing)
            self.settings.last_vault_path = dialog.chosen_existing
            self.unlock_view.focus_passphrase()
            return True
        return False

    # -- locking ------------------------------------------------------------------------
    @Slot()
    def lock(self) -> None:
        """Close the vault and forget every piece of client data the window holds."""
        if not self.vault.is_unlocked:
            self._show_locked()
            return
        self._locking = True
        note = ""
        # Keep the counselor's typing if it can be saved; otherwise it is dropped,
        # because nothing of a client may stay on screen or in memory once locked.
        if self.profile_view.is_dirty and not self._save_quietly():
            note = self.tr("Unsaved changes that could not be saved were discarded.")
        if self.right_stack.currentWidget() is self.profile_view and self.profile_view.client_id:
            self._resume = (self.profile_view.client_id, self.profile_view.tabs.currentIndex())
        else:
            self._resume = None
        sessions = self.profile_view.sessions_view
        sessions.editor.flush()  # typing goes into the vault first
        unsaved = sessions.unsaved_note()
        if unsaved is not None:
            # The disk refused it: never dropped silently. It waits, encrypted under the
            # vault's key, in memory only, and comes back when the vault is unlocked.
            kept = (
                self.ops.op(self, "", lambda: self.vault.hold_unsaved_note(*unsaved))
                .on_error(lambda _error: None)
                .run()
            )
            held = (
                self.tr(
                    "The note you were writing could not be saved (the disk is full). Its "
                    "text is kept, encrypted, in memory only: unlock the vault again to go "
                    "on with it; it is saved as soon as there is space. Quitting Counsel "
                    "Desk before that loses it."
                )
                if kept
                else self.tr("A note that could not be saved was discarded.")
            )
            note = " ".join(t for t in (note, held) if t)
        self.space_retry.stop()
        self.idle.stop()
        self.vault_actions.close_vault_dialogs()
        self._clear_client_data()
        self.unlock_view.set_message(note)
        self._close_vault(note)
        self._locking = False

    def _vault_bytes(self) -> int:
        path = self.vault.path
        try:
            return sum(f.stat().st_size for f in path.iterdir() if f.is_file()) if path else 0
        except OSError:
            return 0

    def _close_vault(self, note: str) -> None:
        """The widgets are empty already; now close the vault, making the automatic backup.
        A big vault's backup runs in a worker, so the screen is cleared at once; meanwhile
        the vault's actions are disabled and an unlock waits for it (``lock_pending``)."""
        backing_up = (
            self.ops.op(self, "", self.vault.automatic_backups_enabled)
            .on_error(lambda _error: None)  # unknown: the lock closes it here and now
            .result_or(False)
        )
        if backing_up and self._vault_bytes() > self.lock_in_worker_above:
            op = self.ops.op(self, "", self.vault.lock)
            self._lock_op = op
            op.on_success(lambda result: self._vault_closed(result, note))
            op.on_error(lambda error: self._vault_closed(None, note, error))
            self.unlock_view.wait_for(op.run_in_background())
            self._show_locked()
            self.statusBar().showMessage(self.tr("Vault locked. Backing up…"))
            return
        self._show_locked()
        self.repaint()  # the cleared window is painted before the backup runs
        self._vault_closed(self.vault.lock(), note)

    def _vault_closed(
        self, result: LockResult | None, note: str, error: CounselDeskError | None = None
    ) -> None:
        backup = result.backup if result is not None else None
        backup_error = result.backup_error if result is not None else None
        if error is not None or backup_error is not None:
            reason = (
                translate(backup_error)
                if backup_error is not None
                else user_text(error)
                if error is not None
                else ""
            )
            warning = self.tr("The automatic backup failed: {reason}").format(reason=reason)
            self.unlock_view.set_message(" ".join(t for t in (note, warning) if t), error=True)
            self.statusBar().showMessage(self.tr("Vault locked. The automatic backup failed."))
        elif backup is not None:
            self.statusBar().showMessage(self.tr("Vault locked. Backed up automatically."), 8000)
        else:
            self.statusBar().showMessage(self.tr("Vault locked."), 4000)
        self._update_actions()
        self._update_status()

    @property
    def lock_pending(self) -> bool:
        """The vault is still closing (its automatic backup) after a lock."""
        return self._lock_op is not None and self._lock_op.running

    @Slot(str)
    def system_lock_requested(self, reason: str) -> None:
        """The computer is going to sleep or its screen locked (ui/system_lock.py)."""
        if not self.vault.is_unlocked or self.lock_pending:
            return
        self.lock()
        if not self.unlock_view.message_label.text():
            self.unlock_view.set_message(
                self.tr("The vault locked because the computer went to sleep.")
                if reason == "sleep"
                else self.tr("The vault locked because the screen was locked.")
            )

    @Slot()
    def auto_lock(self) -> None:
        if self.vault.is_unlocked:
            self.lock()
            if not self.unlock_view.message_label.text():
                self.unlock_view.set_message(
                    self.tr("The vault locked itself after {minutes} min without activity.").format(
                        minutes=self.settings.auto_lock_minutes
                    )
                )

    def _clear_client_data(self) -> None:
        self.read_only_guard.set_read_only(False)  # the views set their own state again
        self.speller.set_service(None)  # her own words are forgotten until the next unlock
        self.profile_view.sessions_view.editor.forget_spelling_choices()
        self.profile_view.sessions_view.editor.focus_button.setChecked(False)
        self.profile_view.clear()
        self.caseload_view.clear()
        self.dashboard_view.clear()
        self.right_stack.setCurrentWidget(self.dashboard_view)
        self.clipboard.clear_if_ours()

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the caseload and the dashboard from the vault."""
        if not self.vault.is_unlocked:
            return

        def load() -> None:
            clients = self.vault.clients
            self.client_model.set_summaries(clients.list_summaries())
            self.dashboard_view.set_items(clients.attention(self.today()))
            self.dashboard_view.set_low_space(self.vault.low_on_space)
            self.plan_actions.refresh_reminders()

        self.ops.op(self, self.tr("Could not read the caseload"), load).run()
        current = self.profile_view.client_id
        self.caseload_view.select_client(
            current if self.right_stack.currentWidget() is self.profile_view else None
        )

    def resolve_unsaved_changes(self) -> bool:
        """Ask what to do with unsaved edits; False when the user cancels."""
        if not self.profile_view.is_dirty:
            return True
        answer = self.prompter.unsaved_changes(self)
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        if answer is UnsavedAnswer.DISCARD:
            client = self.profile_view.client
            if client is not None and client.id is not None:
                self.profile_view.show_client(client)
            else:
                self.profile_view.clear()
            return True
        return False

    @Slot(int)
    def open_client(self, client_id: int, *, ask: bool = True) -> bool:
        if not self.vault.is_unlocked:
            return False
        if (
            self.right_stack.currentWidget() is self.profile_view
            and self.profile_view.client_id == client_id
        ):
            return True
        if ask and not (self.resolve_unsaved_changes() and self._may_leave_unsaved_note()):
            self.caseload_view.select_client(self.profile_view.client_id)
            return False
        return (
            self.ops.op(
                self,
                self.tr("Could not open the client"),
                lambda: self.vault.clients.open_record(client_id),
            )
            .on_success(self._show_opened)
            .handle(CounselDeskError, lambda error: self._open_failed(error))
            .run()
        )

    def _open_failed(self, error: CounselDeskError) -> None:
        shown = self.right_stack.currentWidget() is self.profile_view
        self.caseload_view.select_client(self.profile_view.client_id if shown else None)
        self._error(self.tr("Could not open the client"), error)

    def _show_opened(self, client: Client) -> None:
        client_id = client.id
        tab = self.profile_view.tabs.currentIndex()
        self.profile_view.show_client(client)
        self.profile_view.tabs.setCurrentIndex(tab)
        self.right_stack.setCurrentWidget(self.profile_view)
        self.caseload_view.select_client(client_id)
        self._update_actions()

    @Slot()
    def new_client(self) -> None:
        if (
            not self.vault.is_unlocked
            or not self.resolve_unsaved_changes()
            or not self._may_leave_unsaved_note()
        ):
            return
        self.profile_view.start_new()
        self.right_stack.setCurrentWidget(self.profile_view)
        self.caseload_view.select_client(None)
        self._update_actions()

    @Slot()
    def show_dashboard(self) -> None:
        if not self.vault.is_unlocked or not self.resolve_unsaved_changes():
            return
        self.profile_view.clear()
        self.right_stack.setCurrentWidget(self.dashboard_view)
        self.refresh()
        self._update_actions()

    # -- changing ---------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        if not self.vault.is_unlocked or self.right_stack.currentWidget() is not self.profile_view:
            return False
        if self.profile_view.privacy_active:
            self.statusBar().showMessage(
                self.tr("Turn privacy mode off to edit and save a profile."), 5000
            )
            return False
        client = self.profile_view.collect()
        return (
            self.ops.op(
                self,
                self.tr("The profile was not saved"),
                lambda: self.vault.clients.save_profile(client, today=self.today()),
            )
            .handle(ValidationError, lambda error: self.profile_view.show_issues(error.issues))
            .on_success(lambda result: self._show_saved(*result))
            .run()
        )

    def _show_saved(self, saved: Client, warnings: list[Issue]) -> None:
        tab = self.profile_view.tabs.currentIndex()
        self.profile_view.show_client(saved)
        self.profile_view.tabs.setCurrentIndex(tab)
        self.profile_view.show_issues(list(warnings))
        self.refresh()
        self._update_actions()
        # What was saved, by name: a note being written is saved by its own Save Draft.
        self.statusBar().showMessage(self.tr("Profile saved."), 3000)

    def _save_quietly(self) -> bool:
        client = self.profile_view.collect()
        return (
            self.ops.op(
                self, "", lambda: self.vault.clients.save_profile(client, today=self.today())
            )
            .on_error(lambda _error: None)  # the caller says the typing was discarded
            .run()
        )

    @Slot()
    def close_case(self) -> None:
        client = self.profile_view.client
        if not self.vault.is_unlocked or client is None or client.id is None:
            return
        if not self.resolve_unsaved_changes():
            return
        day = self.prompter.closing_date(self, client.opened_on)
        if day is None:
            return
        client_id = client.id

        def close() -> Client:
            self.vault.clients.close_case(client_id, day)
            return self.vault.clients.get(client_id)

        self.ops.op(self, self.tr("The case was not closed"), close).handle(
            ValidationError, lambda error: self.profile_view.show_issues(error.issues)
        ).on_success(self._show_closed).run()

    def _show_closed(self, reloaded: Client) -> None:
        self.profile_view.show_client(reloaded)
        self.refresh()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Case closed."), 3000)

    # -- privacy ----------------------------------------------------------------------
    @Slot(bool)
    def set_privacy(self, on: bool) -> None:
        if self.menu_actions.privacy_action.isChecked() != on:
            self.menu_actions.privacy_action.setChecked(on)  # re-enters through toggled
            return
        self.settings.privacy_mode = on
        self._apply_privacy(on)

    def _apply_privacy(self, on: bool) -> None:
        self.caseload_view.set_privacy(on)
        self.dashboard_view.set_privacy(on)
        self.profile_view.set_privacy(on)
        self.plan_actions.set_privacy(on)
        self.menu_actions.show_privacy(on)

    @property
    def privacy(self) -> bool:
        return self.menu_actions.privacy_action.isChecked()

    # -- dialogs ------------------------------------------------------------------------
    def show_settings(self) -> None:
        unlocked = self.vault.is_unlocked and not self.lock_pending
        # A read-only vault's settings cannot be saved: only the app's own pages then.
        writable = unlocked and not self.vault.read_only
        dialog = SettingsDialog(self.settings, self, vault=self.vault if writable else None)
        if writable:  # its Backups and Retention pages come from the vault
            self.vault_actions.track(dialog)
        dialog.exec()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def _focus_filter(self) -> None:
        if self.vault.is_unlocked:
            self.caseload_view.filter_edit.setFocus()
            self.caseload_view.filter_edit.selectAll()

    def _setting_changed(self, option: object) -> None:
        if option is settings_options.AUTO_LOCK:
            self.idle.set_timeout_minutes(self.settings.auto_lock_minutes)
            self._update_status()
        elif option is settings_options.THEME:
            self.apply_theme()
        elif option is settings_options.TEXT_SIZE:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_text_size(app, self.settings.text_size_percent)
        elif option is settings_options.PRIVACY and self.privacy != self.settings.privacy_mode:
            self.set_privacy(self.settings.privacy_mode)

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self.settings.theme == ThemeChoice.SYSTEM:
            self.apply_theme()

    def apply_theme(self) -> None:
        """The theme chosen in Settings, on every window now; what was drawn as HTML with
        the theme's colours (the open note, plan version, consent) is drawn again."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        apply_theme(app, ThemeChoice(self.settings.theme))
        profile = self.profile_view
        if profile.client is not None:
            profile.redraw()

    # -- notes, consents, plans, search ---------------------------------------------------
    def _wire_actions(self) -> None:
        """The views' requests to the actions; the plan tab's services."""
        profile = self.profile_view
        profile.supervision_requested.connect(self.supervision_actions.export_for_supervision)
        profile.full_record_requested.connect(self.supervision_actions.print_full_record)
        plans = self.plan_actions
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

    def _wire_notes_and_consents(self) -> None:
        sessions = self.profile_view.sessions_view
        # Spell check of notes: dictionaries loaded in a worker, her words in the vault.
        self.speller = Speller(self.ops, self)
        sessions.editor.set_speller(self.speller)
        self.profile_view.set_speller(self.speller)
        sessions.set_service(lambda: self.vault.notes)
        sessions.set_preferences(lambda: self.settings.approved_platforms, self._working_hours)
        sessions.set_operations(self.ops)
        sessions.notes_changed.connect(self._notes_changed)
        sessions.editor.focus_toggled.connect(self.set_writing_focus)
        sessions.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        consents = self.profile_view.consents_view
        consents.set_service(lambda: self.vault.consents)
        consents.set_runner(self.runner)
        consents.set_disclosures(lambda: self.vault.disclosures)
        consents.consents_changed.connect(self._consents_changed)
        consents.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        referrals = self.profile_view.referrals_view
        referrals.set_service(lambda: self.vault.referrals)
        referrals.set_operations(self.ops)
        referrals.set_chooser(self.chooser)
        referrals.set_language(lambda: self.settings.language or "id")
        referrals.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        consents.consents_changed.connect(referrals.reload)  # a new release to rely on
        referrals.disclosures_changed.connect(consents.reload_disclosures)
        screening = self.profile_view.screening_view
        screening.set_service(lambda: self.vault.screening)
        screening.set_career_service(lambda: self.vault.career_interests)
        screening.set_operations(self.ops)
        screening.set_kiosk_hooks(
            lambda passphrase: self.vault.verify_passphrase(passphrase),
            self.lock,
            self.track_vault_dialog,
        )
        screening.message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def set_writing_focus(self, on: bool) -> None:
        """Distraction-free writing: the caseload, the toolbar and the profile's tabs
        step aside while a note is written; Esc, F11 or a lock brings them back."""
        self.caseload_view.setVisible(not on)
        self.menu_actions.toolbar.setVisible(not on and self.vault.is_unlocked)
        self.profile_view.tabs.tabBar().setVisible(not on)

    def _working_hours(self) -> WorkingHours:
        start, end, days = self.settings.working_hours
        return WorkingHours(start, end, days)

    def _notes_changed(self) -> None:
        self.refresh()
        client_id = self.profile_view.client_id
        if client_id is None or not self.vault.is_unlocked:
            return
        self.ops.op(self, "", lambda: self.vault.clients.get(client_id)).on_error(
            lambda _error: None  # the tab's own message said what failed
        ).on_success(self._show_note_counts).run()

    def _show_note_counts(self, client: Client) -> None:
        if not self.profile_view.is_dirty:
            self.profile_view.set_risk_level(client.risk_level)
        self.profile_view.tabs.setTabText(
            self.profile_view.TAB_SESSIONS,
            self.tr("Sessions ({count})").format(count=len(client.sessions)),
        )

    def _consents_changed(self) -> None:
        self.refresh()
        client_id = self.profile_view.client_id
        if client_id is not None:
            self.profile_view.tabs.setTabText(
                self.profile_view.TAB_CONSENTS,
                self.tr("Consents ({count})").format(
                    count=self.profile_view.consents_view.model.rowCount()
                ),
            )

    def make_search_dialog(self) -> SearchDialog:
        dialog = SearchDialog(lambda: self.vault.search, self, privacy=self.privacy)
        dialog.note_requested.connect(self.open_note)
        dialog.client_requested.connect(lambda cid: self.open_client(cid))
        return dialog

    @Slot()
    def show_search(self) -> SearchDialog | None:
        if not self.vault.is_unlocked:
            return None
        dialog = self.make_search_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault_actions.track(dialog)  # closed (and its results dropped) on lock
        self.search_dialog = dialog
        dialog.open()
        dialog.edit.setFocus()
        return dialog

    @Slot(int, int)
    def open_note(self, client_id: int, session_id: int) -> bool:
        """Open a client's record at one note (a search result)."""
        if not self.open_client(client_id):
            return False
        self.profile_view.tabs.setCurrentIndex(self.profile_view.TAB_SESSIONS)
        return self.profile_view.sessions_view.open_note(session_id)

    def offer_recovered_drafts(self) -> None:
        """After unlocking: notes being typed when the app was killed or the power went
        are in the vault's autosave; offer to open them."""

        def find() -> list[RecoveredDraft]:
            self.vault.consents.expire_due(self.today())
            return self.vault.notes.recovered_drafts()

        self.ops.op(self, "", find).on_error(lambda _error: None).on_success(
            self._offer_drafts
        ).run()

    def _offer_drafts(self, drafts: list[RecoveredDraft]) -> None:
        # The note given back after a lock is in the editor already.
        shown = self.profile_view.sessions_view.autosave_id
        drafts = [d for d in drafts if shown is None or d.autosave_id != shown]
        if not drafts:
            return
        first = drafts[0]
        who = first.case_code  # never a name in a message box
        text = self.tr(
            "A note for {client}, autosaved at {time}, was never saved: the app closed "
            "while it was being written. It is kept in the vault. Open it now?"
        ).format(client=who, time=first.saved_at.strftime("%Y-%m-%d %H:%M"))
        if len(drafts) > 1:
            text += "\n" + self.tr("Recovered notes: {count}").format(count=len(drafts))
        if not self.prompter.confirm(self, self.tr("Recovered note"), text):
            self.refresh()
            return
        if self.open_client(first.client_id, ask=False):
            self.profile_view.tabs.setCurrentIndex(self.profile_view.TAB_SESSIONS)
            self.profile_view.sessions_view.open_recovered(first.autosave_id)

    # -- the actions' host (WindowHost, ui/context.py) ----------------------------------
    def today(self) -> dt.date:
        return self.context.today()

    def window_widget(self) -> QWidget:
        return self

    def current_client_id(self) -> int | None:
        """The client whose profile is shown; None on the Today view or a new profile."""
        if self.right_stack.currentWidget() is not self.profile_view:
            return None
        return self.profile_view.client_id

    def show_status(self, text: str, ms: int = 0) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    def vault_state_changed(self) -> None:
        self._update_actions()
        self._show_storage_banner()  # and the weak-key-settings banner

    def track_vault_dialog(self, dialog: QDialog) -> None:
        self.vault_actions.track(dialog)
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
        if not self.open_client(client_id):
            return False
        profile = self.profile_view
        profile.tabs.setCurrentWidget(profile.sessions_view)
        profile.sessions_view.new_note(TemplateId.SOAP)
        self.raise_()
        self.activateWindow()
        return True

    @Slot(int)
    def client_changed(self, client_id: int) -> None:
        """A client's record changed outside the profile (the supervision dialog added a
        name): shown again if it is on screen and not being edited; the caseload too."""
        if not self.vault.is_unlocked:
            return
        profile = self.profile_view
        if profile.client_id == client_id and not profile.is_dirty:
            client = (
                self.ops.op(self, "", lambda: self.vault.clients.get(client_id))
                .on_error(lambda _error: None)  # gone meanwhile: nothing to show
                .result_or(None)
            )
            if client is None:
                return
            tab = profile.tabs.currentIndex()
            profile.show_client(client)
            profile.tabs.setCurrentIndex(tab)
        self.refresh()

    def show_reminders(self, reminders: Sequence[Reminder]) -> None:
        self.dashboard_view.reminders.set_items(reminders)

    def reload_plan(self) -> None:
        plan_view = self.profile_view.plan_view
        if plan_view.record is not None:
            plan_view.reload()

    @Slot()
    def _recover(self) -> None:
        path = self.unlock_view.vault_path
        if path is not None:
            self.vault_actions.recover(path)

    def unlocked_by_dialog(self, vault_path: Path | None = None) -> None:
        """A dialog (recovery key, restore) unlocked the vault, at ``vault_path`` if it
        is another one than the unlock screen's: show the workspace."""
        if vault_path is not None:
            self.unlock_view.set_vault_path(vault_path)
        self.unlock_view.passphrase_edit.wipe()
        self.unlock_view.set_message("")
        self._on_unlocked()

    @Slot(int)
    def client_destroyed(self, client_id: int) -> None:
        """A client's records were destroyed: nothing of them may stay on screen."""
        if self.profile_view.client_id == client_id:
            self.profile_view.clear()
            self.right_stack.setCurrentWidget(self.dashboard_view)
        if self._resume is not None and self._resume[0] == client_id:
            self._resume = None
        self.refresh()
        self._update_actions()

    def recover_from_fault(self) -> str:
        """After an unexpected error in a slot (the excepthook calls this): bring the
        window back to a true state, and say what was done, in the user's language.

        A half-run slot may have left the profile showing pieces of two clients, so the
        form is never saved: it is emptied and the client reloaded from the vault. If that
        fails too, the Today view is shown; if even that fails, the vault is locked."""
        if self._locking or self.lock_pending or not self.vault.is_unlocked:
            # A lock that broke half-way is finished: locked means locked.
            self._locking = False
            self.idle.stop()
            try:
                self._clear_client_data()
            finally:
                if self.vault.is_unlocked and not self.lock_pending:
                    self._resume = None
                    self.vault.lock()
                self._show_locked()
            return ""
        shown = self.right_stack.currentWidget() is self.profile_view
        client_id = self.profile_view.client_id if shown else None
        dirty = shown and self.profile_view.is_dirty
        note = ""
        try:
            self._clear_client_data()
            self.pages.setCurrentWidget(self.splitter)
            self.menu_actions.toolbar.setVisible(True)
            self.refresh()
            if client_id is not None and not self.open_client(client_id, ask=False):
                raise LookupError("the client could not be reopened")
            if client_id is not None:
                note = (
                    self.tr(
                        "The client's record was reloaded from the vault; changes on "
                        "screen that were not saved were discarded."
                    )
                    if dirty
                    else self.tr("The client's record was reloaded from the vault.")
                )
            elif dirty:  # a new client's profile, never saved
                note = self.tr("Changes on screen that were not saved were discarded.")
        except Exception:  # the same fault again: show nothing of the client
            try:
                self._clear_client_data()
                self.refresh()
            except Exception:
                self._locking = True
                return self.recover_from_fault()
            note = self.tr(
                "This client's record could not be shown; the Today view is shown instead."
            )
        if not self.idle.is_running():
            self.idle.start()
        self._update_actions()
        self._update_status()
        return note

    def _error(self, title: str, error: BaseException) -> None:
        self.prompter.error(self, title, error_text(error))

    def _may_leave_unsaved_note(self) -> bool:
        """Before another client replaces the note being typed: a note the disk refused
        would be lost with it (it is in the editor only); she is asked first."""
        sessions = self.profile_view.sessions_view
        sessions.editor.flush()  # one more try: the disk may have room again
        if not sessions.autosave_failed:
            return True
        return self.prompter.confirm(
            self,
            self.tr("Note not saved"),
            self.tr(
                "A note could not be saved because the disk is full. If you open another "
                "client now, its text is lost. Free some space so that it is saved first. "
                "Open the other client anyway?"
            ),
        )

    def _may_lose_unsaved_note(self) -> bool:
        """Before quitting: a note the disk refused (on screen, or held while locked) is
        lost with the app; she is asked first."""
        open_note = self.vault.is_unlocked and self.profile_view.sessions_view.autosave_failed
        if not open_note and not self.vault.holds_a_note:
            return True
        return self.prompter.confirm(
            self,
            self.tr("Note not saved"),
            self.tr(
                "A note could not be saved because the disk is full. If you quit now, its "
                "text is lost. Free some space (and unlock the vault) to save it first. "
                "Quit anyway?"
            ),
        )

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
        if not self._may_lose_unsaved_note():
            event.ignore()
            return
        self.settings.window_geometry = QByteArray(self.saveGeometry())
        self.settings.sync()
        self.idle.stop()
        self.vault_actions.close_vault_dialogs()
        self._clear_client_data()
        self.vault.lock()
        event.accept()
