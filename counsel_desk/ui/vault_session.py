"""The vault's session in the window: unlocking and what follows it (the records' check,
the identifier set, a held note, recovered drafts), the first-run dialog, locking (by
hand, when idle, when the computer sleeps) with its automatic backup, the banners that say
what the disk allows, and a true state after an unexpected fault (issue 14: out of
``main_window.py``).

The window lays out the widgets (``SessionViews``) and answers the few requests of a
:class:`SessionHost`: show the unlock screen or the workspace, the menus' enabled state,
the status bar. Locked means locked: whatever fails after the unlock's first steps leaves
a window that can lock and locks itself when left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import LockResult
from counsel_desk.ui.context import AppContext
from counsel_desk.ui.dialogs.welcome_dialog import OPEN_EXISTING, WelcomeDialog
from counsel_desk.ui.idle import IdleWatcher
from counsel_desk.ui.operations import VaultOp, user_text
from counsel_desk.ui.system_lock import SystemLockWatcher
from counsel_desk.ui.translate import translate
from counsel_desk.ui.views.unlock_view import UnlockView
from counsel_desk.ui.widgets.kdf_banner import KdfBanner
from counsel_desk.ui.widgets.synced_folder_banner import SyncedFolderBanner

if TYPE_CHECKING:
    from counsel_desk.services.vault_service import VaultService
    from counsel_desk.ui.vault_actions import VaultActions
    from counsel_desk.ui.workspace import ClientWorkspace

LOCK_IN_WORKER_ABOVE_BYTES = 16 * 1024 * 1024
"""A vault bigger than this is closed (and backed up) in a worker after a lock."""

SPACE_RETRY_MS = 10_000
"""How often what a full disk refused (a note, audit entries) is tried again."""


@dataclass(frozen=True)
class SessionViews:
    """The widgets the window built for the session: the unlock screen and the status
    bar's state, storage and weak-key banners."""

    unlock_view: UnlockView
    state_label: QLabel
    storage_banner: QLabel
    kdf_banner: KdfBanner
    synced_banner: SyncedFolderBanner  # a vault in a Dropbox, OneDrive, … folder

    @classmethod
    def in_status_bar(cls, window: QMainWindow, unlock_view: UnlockView) -> SessionViews:
        """The state label and the banners, made and put in the window's status bar —
        there, not above the caseload, so the window still fits a laptop at 125 %."""
        bar = window.statusBar()
        state_label = QLabel(window)
        bar.addPermanentWidget(state_label)
        # A vault on a read-only disk, or one whose unlock could not be recorded (a full
        # disk), says so for as long as it stays open.
        storage_banner = QLabel(window)
        storage_banner.setWordWrap(True)
        storage_banner.setVisible(False)
        bar.insertPermanentWidget(0, storage_banner, 1)
        # Weak Argon2 settings (an old vault, a planted header) are said after unlock,
        # with a Strengthen button (ui/widgets/kdf_banner.py).
        kdf_banner = KdfBanner(window)
        bar.insertPermanentWidget(1, kdf_banner)
        # A vault in a synced folder says so while it is unlocked, with a button to move
        # it out (ui/widgets/synced_folder_banner.py).
        synced_banner = SyncedFolderBanner(window)
        bar.insertPermanentWidget(1, synced_banner)
        return cls(unlock_view, state_label, storage_banner, kdf_banner, synced_banner)


class SessionHost(Protocol):
    """What the session may ask of the window."""

    def window_widget(self) -> QWidget: ...

    def show_unlock_screen(self) -> None: ...

    def show_workspace(self) -> None:
        """The caseload and the Today view instead of the unlock screen."""
        ...

    def update_actions(self) -> None: ...

    def show_status(self, text: str, ms: int = 0) -> None: ...


class VaultSession(QObject):
    """Unlock, lock and what the window shows of the vault's state."""

    def __init__(
        self,
        context: AppContext,
        views: SessionViews,
        host: SessionHost,
        workspace: Callable[[], ClientWorkspace],
        vault_actions: VaultActions,
        *,
        idle_timeout_ms: int | None = None,
    ) -> None:
        super().__init__(host.window_widget())
        self.context = context
        self.host = host
        self._window = host.window_widget()
        self._workspace = workspace  # the window builds it when first asked
        self.vault_actions = vault_actions
        self.unlock_view = views.unlock_view
        self.state_label = views.state_label
        self.storage_banner = views.storage_banner
        self.kdf_banner = views.kdf_banner
        self.synced_banner = views.synced_banner
        # Only the client id and tab survive a lock, in memory, never on disk.
        self._resume: tuple[int | None, int] | None = None
        self._locking = False  # inside lock(): a fault there finishes the lock
        self._lock_op: VaultOp[LockResult] | None = None  # a big vault closing in a worker
        self.lock_in_worker_above = LOCK_IN_WORKER_ABOVE_BYTES
        # While the disk is full: write what waits (audit entries, a refused note) again.
        self.space_retry = QTimer(self)
        self.space_retry.setInterval(SPACE_RETRY_MS)
        self.space_retry.timeout.connect(self.retry_after_full_disk)
        minutes = context.settings.auto_lock_minutes
        self.idle = IdleWatcher(idle_timeout_ms or minutes * 60_000, self._window)
        self.idle.idle.connect(self.auto_lock)
        self.system_lock = SystemLockWatcher(self._window)
        self.system_lock.lock_requested.connect(self.system_lock_requested)
        self.unlock_view.unlocked.connect(self.on_unlocked)
        self.unlock_view.create_requested.connect(self.run_welcome)
        self.unlock_view.recover_requested.connect(self._recover)
        self.unlock_view.set_chooser(context.chooser)
        self.kdf_banner.strengthen_requested.connect(vault_actions.strengthen_key)

    @property
    def vault(self) -> VaultService:
        return self.context.vault

    @property
    def workspace(self) -> ClientWorkspace:
        return self._workspace()

    # -- state --------------------------------------------------------------------------
    def update_status(self) -> None:
        if self.vault.is_unlocked:
            self.state_label.setText(
                self.tr("Unlocked · auto-lock after {minutes} min idle").format(
                    minutes=self.context.settings.auto_lock_minutes
                )
            )
        else:
            self.state_label.setText(self.tr("Locked"))
        self.show_storage_banner()

    def show_locked(self) -> None:
        self.host.show_unlock_screen()
        self.host.update_actions()
        self.update_status()
        self.unlock_view.focus_passphrase()

    def show_storage_banner(self) -> None:
        """A vault rolled back, on a read-only disk, or whose unlock could not be recorded
        (a full disk) says so for as long as it stays open; weak Argon2 settings too."""
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
            self.synced_banner.show_for(None)
        else:
            self.kdf_banner.show_for(vault.weak_kdf, can_write=not vault.read_only)
            self.synced_banner.show_for(self.vault.synced_folder, can_write=not vault.read_only)

    # -- unlocking ------------------------------------------------------------------------
    @Slot()
    def on_unlocked(self) -> None:
        path = self.vault.path or self.unlock_view.vault_path
        if path is not None:
            self.context.settings.last_vault_path = Path(path)
        # Auto-lock, the Lock action and a true status come first: whatever fails after
        # this (reading the caseload, reopening the last client) leaves an unlocked
        # window that can lock, and locks itself when left alone.
        self.idle.start()
        self.host.show_workspace()
        self.space_retry.start()
        self.host.update_actions()
        self.update_status()
        self.host.show_status(self.tr("Vault unlocked."), 4000)
        workspace = self.workspace
        workspace.speller.set_service(lambda: self.vault.spelling)
        workspace.refresh()
        resume, self._resume = self._resume, None
        if resume is not None and resume[0] is not None:
            try:
                workspace.open_at_tab(resume[0], resume[1])
            except BaseException:
                # Half a client is never left on screen; the error is still reported.
                workspace.show_today()
                self.host.update_actions()
                raise
        workspace.give_back_held_note()
        workspace.offer_recovered_drafts()
        self._check_records()

    def unlocked_by_dialog(self, vault_path: Path | None = None) -> None:
        """A dialog (recovery key, restore) unlocked the vault, at ``vault_path`` if it
        is another one than the unlock screen's: show the workspace."""
        if vault_path is not None:
            self.unlock_view.set_vault_path(vault_path)
        self.unlock_view.passphrase_edit.wipe()
        self.unlock_view.set_message("")
        self.on_unlocked()

    def _check_records(self) -> None:
        """Sum every record row against the vault's record-state digest, in the
        background (about a second for a career of records; the vault stays usable): a
        data page put back from an older state shows the rollback banner when it ends.
        Locked meanwhile, or a disk error: the next unlock checks again, nothing to say."""
        vault = self.vault
        if not vault.is_unlocked:
            return
        (
            self.context.ops.op(self._window, "", vault.check_records)
            .on_done(self._prepare_identifiers)
            .on_success(lambda problem: self.show_storage_banner() if problem else None)
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
        (
            self.context.ops.op(self._window, "", vault.supervision.identifiers)
            .on_error(lambda _error: None)
            .run_in_background()
        )

    @Slot()
    def retry_after_full_disk(self) -> None:
        """Write again what a full disk refused: the audit entries that wait, and the
        note being typed; the banner then says whether the disk is still full."""
        if not self.vault.is_unlocked or self.vault.read_only or self.lock_pending:
            return
        written = self.context.ops.op(self._window, "", self.vault.write_waiting_audit).on_error(
            lambda _error: None
        )
        if not written.run():
            return
        sessions = self.workspace.profile_view.sessions_view
        if sessions.autosave_failed:
            sessions.autosave()
        self.show_storage_banner()

    # -- the first-run dialog ---------------------------------------------------------------
    def run_welcome(self) -> bool:
        """The first-run dialog; True when a vault was created or chosen."""
        if self.vault.is_unlocked:
            return False
        dialog = self.make_welcome_dialog()
        return self.handle_welcome_result(dialog, dialog.exec())

    def make_welcome_dialog(self) -> WelcomeDialog:
        context = self.context
        dialog = WelcomeDialog(
            context.vault,
            context.runner,
            self._window,
            calibrator=context.calibrator,
            chooser=context.chooser,
        )
        self.unlock_view.stand_aside_for(dialog)
        return dialog

    def handle_welcome_result(self, dialog: WelcomeDialog, result: int) -> bool:
        """Go on after the welcome dialog closed with ``result``."""
        if result == QDialog.DialogCode.Accepted.value and dialog.created_path is not None:
            self.unlock_view.set_vault_path(dialog.created_path)
            self.on_unlocked()
            if dialog.recovery_key:  # shown once, then dropped
                self.vault_actions.show_recovery_key(dialog.recovery_key, dialog.created_path)
                dialog.recovery_key = None
            return True
        if result == OPEN_EXISTING and dialog.chosen_existing is not None:
            self.unlock_view.set_vault_path(dialog.chosen_existing)
            self.context.settings.last_vault_path = dialog.chosen_existing
            self.unlock_view.focus_passphrase()
            return True
        return False

    @Slot()
    def _recover(self) -> None:
        path = self.unlock_view.vault_path
        if path is not None:
            self.vault_actions.recover(path)

    # -- locking ------------------------------------------------------------------------
    @Slot()
    def lock(self) -> None:
        """Close the vault and forget every piece of client data the window holds."""
        if not self.vault.is_unlocked:
            # Already closed, perhaps beneath the window (a move that failed after it
            # closed the vault): nothing of a client may stay on screen all the same.
            self.space_retry.stop()
            self.idle.stop()
            self.vault_actions.close_vault_dialogs()
            self.workspace.forget_client_data()
            self.show_locked()
            return
        self._locking = True
        note = ""
        profile = self.workspace.profile_view
        # Keep the counselor's typing if it can be saved; otherwise it is dropped,
        # because nothing of a client may stay on screen or in memory once locked.
        if profile.is_dirty and not self.workspace.save_quietly():
            note = self.tr("Unsaved changes that could not be saved were discarded.")
        if self.workspace.profile_shown and profile.client_id:
            self._resume = (profile.client_id, profile.tabs.currentIndex())
        else:
            self._resume = None
        sessions = profile.sessions_view
        sessions.editor.flush()  # typing goes into the vault first
        unsaved = sessions.unsaved_note()
        if unsaved is not None:
            # The disk refused it: never dropped silently. It waits, encrypted under the
            # vault's key, in memory only, and comes back when the vault is unlocked.
            kept = (
                self.context.ops.op(
                    self._window, "", lambda: self.vault.hold_unsaved_note(*unsaved)
                )
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
        self.workspace.forget_client_data()
        self.unlock_view.set_message(note)
        self._close_vault(note)
        self._locking = False

    def forget_resume(self, client_id: int) -> None:
        """A destroyed client is not reopened at the next unlock."""
        if self._resume is not None and self._resume[0] == client_id:
            self._resume = None

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
        ops = self.context.ops
        backing_up = (
            ops.op(self._window, "", self.vault.automatic_backups_enabled)
            .on_error(lambda _error: None)  # unknown: the lock closes it here and now
            .result_or(False)
        )
        if backing_up and self._vault_bytes() > self.lock_in_worker_above:
            op = ops.op(self._window, "", self.vault.lock)
            self._lock_op = op
            op.on_success(lambda result: self._vault_closed(result, note))
            op.on_error(lambda error: self._vault_closed(None, note, error))
            self.unlock_view.wait_for(op.run_in_background())
            self.show_locked()
            self.host.show_status(self.tr("Vault locked. Backing up…"))
            return
        self.show_locked()
        self._window.repaint()  # the cleared window is painted before the backup runs
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
            self.host.show_status(self.tr("Vault locked. The automatic backup failed."))
        elif backup is not None:
            self.host.show_status(self.tr("Vault locked. Backed up automatically."), 8000)
        else:
            self.host.show_status(self.tr("Vault locked."), 4000)
        self.host.update_actions()
        self.update_status()

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
                        minutes=self.context.settings.auto_lock_minutes
                    )
                )

    def close(self) -> None:
        """The window closes: nothing of a client stays, the vault is locked (no backup
        wait: the app quits)."""
        self.idle.stop()
        self.vault_actions.close_vault_dialogs()
        self.workspace.forget_client_data()
        self.vault.lock()

    # -- after a fault --------------------------------------------------------------------
    def recover_from_fault(self) -> str:
        """After an unexpected error in a slot (the excepthook calls this): bring the
        window back to a true state, and say what was done, in the user's language.

        A half-run slot may have left the profile showing pieces of two clients, so the
        form is never saved: it is emptied and the client reloaded from the vault. If that
        fails too, the Today view is shown; if even that fails, the vault is locked."""
        workspace = self.workspace
        if self._locking or self.lock_pending or not self.vault.is_unlocked:
            # A lock that broke half-way is finished: locked means locked.
            self._locking = False
            self.idle.stop()
            try:
                workspace.forget_client_data()
            finally:
                if self.vault.is_unlocked and not self.lock_pending:
                    self._resume = None
                    self.vault.lock()
                self.show_locked()
            return ""
        client_id = workspace.current_client_id()
        dirty = workspace.profile_shown and workspace.profile_view.is_dirty
        note = ""
        try:
            workspace.forget_client_data()
            self.host.show_workspace()
            workspace.refresh()
            if client_id is not None and not workspace.open_client(client_id, ask=False):
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
                workspace.forget_client_data()
                workspace.refresh()
            except Exception:
                self._locking = True
                return self.recover_from_fault()
            note = self.tr(
                "This client's record could not be shown; the Today view is shown instead."
            )
        if not self.idle.is_running():
            self.idle.start()
        self.host.update_actions()
        self.update_status()
        return note
