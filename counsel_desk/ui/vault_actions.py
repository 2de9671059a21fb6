"""The vault's own menu entries and their flows: keys (recovery key, key file,
passphrase), backups (Back Up Now, Restore), the audit trail and retention.

Kept out of ``main_window.py`` so the window stays about the caseload. Every dialog that
shows something from the vault is *tracked*: locking closes it at once (see
:meth:`close_vault_dialogs`). The recovery key dialog is not closed by a lock: it holds
no client data, and a key the counselor never saw would be lost.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar

from counsel_desk.i18n import shown_path
from counsel_desk.services.integrity import BACKUP_SUFFIX, BackupInfo
from counsel_desk.services.vault_service import KdfParams

if TYPE_CHECKING:
    from counsel_desk.ui.context import AppContext, WindowHost
    from counsel_desk.ui.dialogs.add_key_file_dialog import AddKeyFileDialog
    from counsel_desk.ui.dialogs.audit_dialog import AuditDialog
    from counsel_desk.ui.dialogs.backup_now_dialog import BackupNowDialog
    from counsel_desk.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
    from counsel_desk.ui.dialogs.credentials_dialog import CredentialsDialog
    from counsel_desk.ui.dialogs.move_vault_dialog import MoveVaultDialog
    from counsel_desk.ui.dialogs.recover_dialog import RecoverDialog
    from counsel_desk.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
    from counsel_desk.ui.dialogs.remove_key_file_dialog import RemoveKeyFileDialog
    from counsel_desk.ui.dialogs.restore_dialog import RestoreDialog
    from counsel_desk.ui.dialogs.retention_dialog import RetentionDialog
    from counsel_desk.ui.dialogs.school_year_dialog import SchoolYearDialog
    from counsel_desk.ui.dialogs.strengthen_key_dialog import StrengthenKeyDialog


def default_backup_name(day: dt.date) -> str:
    """A backup's suggested file name: a date, no client data."""
    return f"counsel-desk-backup-{day.isoformat()}{BACKUP_SUFFIX}"


class VaultActions(QObject):
    def __init__(self, context: AppContext, host: WindowHost) -> None:
        widget = host.window_widget()
        super().__init__(widget)
        self.context = context
        self.host = host
        self._dialog_parent = widget  # of the dialogs and shortcuts
        self._dialogs: list[QDialog] = []
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.last_dialog: QDialog | None = None

        def action(text: str, slot: object, tip: str = "") -> QAction:
            act = QAction(text, widget)
            if tip:
                act.setStatusTip(tip)
            act.triggered.connect(lambda *_: slot())  # type: ignore[operator]
            widget.addAction(act)
            return act

        self.backup_action = action(
            self.tr("&Back Up Now…"),
            self.back_up_now,
            self.tr("Save an encrypted copy of the vault"),
        )
        self.restore_action = action(
            self.tr("&Restore from Backup…"),
            self.restore,
            self.tr("Make a new vault from a backup and unlock it"),
        )
        self.change_passphrase_action = action(
            self.tr("Change &Passphrase…"), self.change_passphrase
        )
        self.add_key_file_action = action(
            self.tr("Add &Key File…"),
            self.add_key_file,
            self.tr("Require a key file with the passphrase"),
        )
        self.remove_key_file_action = action(self.tr("Remove Key &File…"), self.remove_key_file)
        self.replace_recovery_action = action(
            self.tr("Replace &Recovery Key…"), self.replace_recovery_key
        )
        self.audit_action = action(self.tr("&Audit Trail…"), self.show_audit)
        self.due_action = action(self.tr("&Due for Destruction…"), self.show_due)
        self.school_year_action = action(
            self.tr("New &School Year…"),
            self.show_school_year,
            self.tr("Every class moves up; the last class graduates and its cases close"),
        )
        self.school_year_action.setObjectName("newSchoolYearAction")

    # -- menus and state --------------------------------------------------------------
    def add_file_entries(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def add_vault_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("V&ault"))
        menu.addAction(self.change_passphrase_action)
        menu.addAction(self.add_key_file_action)
        menu.addAction(self.remove_key_file_action)
        menu.addAction(self.replace_recovery_action)
        menu.addSeparator()
        menu.addAction(self.audit_action)
        menu.addAction(self.due_action)
        menu.addSeparator()
        menu.addAction(self.school_year_action)
        return menu

    def update_enabled(self, unlocked: bool, *, read_only: bool = False) -> None:
        """Which actions the vault's state allows; on a read-only vault nothing that
        writes it (reading, exports and backups elsewhere still work)."""
        has_key_file = False
        if unlocked:
            try:
                has_key_file = self.context.vault.has_key_file
            except Exception:  # a vault closing under us: treat as locked
                unlocked = False
        for act in (
            self.backup_action,
            self.change_passphrase_action,
            self.replace_recovery_action,
            self.audit_action,
            self.due_action,
            self.school_year_action,
        ):
            act.setEnabled(unlocked)
        self.add_key_file_action.setEnabled(unlocked and not has_key_file)
        self.remove_key_file_action.setEnabled(unlocked and has_key_file)
        self.restore_action.setEnabled(not self.host.lock_pending and not self._busy())
        if unlocked and read_only:
            for act in (
                self.change_passphrase_action,
                self.replace_recovery_action,
                self.add_key_file_action,
                self.remove_key_file_action,
                self.due_action,
            ):
                act.setEnabled(False)

    def _busy(self) -> bool:
        return any(getattr(d, "is_busy", False) for d in self._dialogs)

    def track(self, dialog: QDialog) -> QDialog:
        """Close ``dialog`` when the vault locks; forget it when it closes."""
        self._dialogs.append(dialog)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    def open_dialogs(self) -> list[QDialog]:
        return list(self._dialogs)

    def close_vault_dialogs(self) -> None:
        """At lock: every tracked dialog goes, with whatever it showed or was typed."""
        for dialog in list(self._dialogs):
            self._dialogs.remove(dialog)
            wipe = getattr(dialog, "wipe", None)
            if callable(wipe):
                wipe()
            dialog.hide()
            dialog.setResult(QDialog.DialogCode.Rejected.value)
            dialog.deleteLater()

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.track(dialog)
        dialog.open()
        return dialog

    def _status(self, text: str, ms: int = 8000) -> None:
        self.host.show_status(text, ms)

    @property
    def _unlocked(self) -> bool:
        return self.context.vault.is_unlocked and not self.host.lock_pending

    # -- recovery key -----------------------------------------------------------------
    def show_recovery_key(
        self, recovery_key: str, folder: Path, *, replaced: bool = False
    ) -> RecoveryKeyDialog:
        from counsel_desk.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(
            recovery_key,
            folder,
            self.context.runner,
            self.context.chooser,
            self._dialog_parent,
            clipboard=self.context.clipboard,
            today=self.context.today(),
            replaced=replaced,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._recovery_closed)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _recovery_closed(self) -> None:
        self.recovery_dialog = None

    def recover(self, path: Path) -> RecoverDialog | None:
        """Unlock screen → "Forgot passphrase?": recovery key + new passphrase."""
        if self.context.vault.is_unlocked or self.host.lock_pending:
            return None
        from counsel_desk.ui.dialogs.recover_dialog import RecoverDialog

        dialog = RecoverDialog(self.context.vault, self.context.runner, path, self._dialog_parent)
        folder = path.parent if path.name == "vault.json" else path
        dialog.succeeded.connect(lambda result: self._recovered(result, folder))
        self._open(dialog)
        return dialog

    def _recovered(self, result: object, folder: Path) -> None:
        self.host.unlocked_by_dialog()
        self._status(
            self.tr(
                "Vault opened with the recovery key. Your new passphrase is set, and the "
                "vault's key was changed: the old recovery key no longer works."
            ),
            10000,
        )
        if isinstance(result, str) and result:
            self.show_recovery_key(result, folder, replaced=True)

    def replace_recovery_key(self) -> CredentialsDialog | None:
        if not self._unlocked:
            return None
        vault = self.context.vault
        from counsel_desk.ui.dialogs.credentials_dialog import CredentialsDialog

        dialog = CredentialsDialog(
            self.context.runner,
            self.context.chooser,
            self._dialog_parent,
            title=self.tr("Replace the Recovery Key"),
            intro=self.tr(
                "A new recovery key is made and shown once; the old one stops opening the "
                "vault. Do this if the old key may have been seen or lost. Backups made "
                "before today still open with the old key."
            ),
            ok_text=self.tr("Make a New Key"),
            ok_description=self.tr(
                "Makes a new recovery key and shows it once; the old key stops opening the vault."
            ),
            status=self.tr("Making a new recovery key…"),
            job=vault.replace_recovery_key,
            needs_key_file=vault.has_key_file,
        )
        folder = vault.path or Path()
        dialog.succeeded.connect(
            lambda key: self.show_recovery_key(str(key), folder, replaced=True)
        )
        self._open(dialog)
        return dialog

    # -- key file and passphrase ------------------------------------------------------
    def change_passphrase(self) -> ChangePassphraseDialog | None:
        if not self._unlocked:
            return None
        from counsel_desk.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(
            self.context.vault, self.context.runner, self.context.chooser, self._dialog_parent
        )
        folder = self.context.vault.path or Path()
        dialog.succeeded.connect(lambda result: self._passphrase_changed(result, folder))
        self._open(dialog)
        return dialog

    def _passphrase_changed(self, result: object, folder: Path) -> None:
        if isinstance(result, str):
            self._status(
                self.tr(
                    "The passphrase and the vault's key were changed. Backups made before "
                    "now still open with the old passphrase: make a new backup and delete "
                    "the old ones if the old passphrase may have been seen."
                )
            )
            self.show_recovery_key(result, folder, replaced=True)
        else:
            self._status(self.tr("The passphrase was changed."))

    def strengthen_key(self) -> StrengthenKeyDialog | None:
        """The weak-settings banner's Strengthen button: calibrate and wrap again."""
        if not self._unlocked or self.context.vault.read_only:
            return None
        from counsel_desk.ui.dialogs.strengthen_key_dialog import StrengthenKeyDialog

        dialog = StrengthenKeyDialog(
            self.context.vault,
            self.context.runner,
            self.context.chooser,
            self._dialog_parent,
            calibrator=self.context.calibrator,
        )
        dialog.succeeded.connect(self._strengthened)
        self._open(dialog)
        return dialog

    def _strengthened(self, params: object) -> None:
        self.host.vault_state_changed()
        if isinstance(params, KdfParams):
            self._status(
                self.tr("Key settings strengthened: Argon2id t={t}, m={m} KiB, p={p}.").format(
                    t=params.time_cost, m=params.memory_kib, p=params.parallelism
                )
            )

    def add_key_file(self) -> AddKeyFileDialog | None:
        if not self._unlocked or self.context.vault.has_key_file:
            return None
        from counsel_desk.ui.dialogs.add_key_file_dialog import AddKeyFileDialog

        dialog = AddKeyFileDialog(
            self.context.vault, self.context.runner, self.context.chooser, self._dialog_parent
        )
        dialog.succeeded.connect(lambda r: self._key_file_changed(r, added=True))
        self._open(dialog)
        return dialog

    def remove_key_file(self) -> RemoveKeyFileDialog | None:
        if not self._unlocked or not self.context.vault.has_key_file:
            return None
        from counsel_desk.ui.dialogs.remove_key_file_dialog import RemoveKeyFileDialog

        dialog = RemoveKeyFileDialog(
            self.context.vault, self.context.runner, self.context.chooser, self._dialog_parent
        )
        dialog.succeeded.connect(lambda r: self._key_file_changed(r, added=False))
        self._open(dialog)
        return dialog

    def _key_file_changed(self, result: object = None, *, added: bool) -> None:
        self.host.vault_state_changed()
        self._status(
            self.tr("Key file added: the vault now needs it to open.")
            if added
            else self.tr("Key file removed: the passphrase alone opens the vault.")
        )
        if isinstance(result, str) and result:
            # Adding or removing a key file changes the vault's key: a new recovery key.
            self.show_recovery_key(result, self.context.vault.path or Path())

    # -- backups ----------------------------------------------------------------------
    def back_up_now(self) -> BackupNowDialog | None:
        if not self._unlocked:
            return None
        suggested = Path.home() / default_backup_name(self.context.today())
        target = self.context.chooser.save_file(
            self._dialog_parent,
            self.tr("Back up the vault to"),
            suggested,
            self.tr("Counsel Desk backups (*{suffix})").format(suffix=BACKUP_SUFFIX),
        )
        if target is None:
            return None
        if not target.name.endswith(BACKUP_SUFFIX):
            target = target.with_name(target.name + BACKUP_SUFFIX)
        from counsel_desk.ui.dialogs.backup_now_dialog import BackupNowDialog

        dialog = BackupNowDialog(
            self.context.vault, self.context.runner, target, self._dialog_parent
        )
        dialog.succeeded.connect(self._backed_up)
        self._open(dialog)
        dialog.submit()
        return dialog

    @Slot(object)
    def _backed_up(self, info: object) -> None:
        from counsel_desk.ui.dialogs.backup_now_dialog import size_text

        if isinstance(info, BackupInfo):
            self._status(
                self.tr("Backup saved: {name} ({size}).").format(
                    name=shown_path(info.path.name), size=size_text(info.size)
                )
            )

    def restore(self) -> RestoreDialog | None:
        context = self.context
        if self.host.lock_pending:
            return None
        if context.vault.is_unlocked:
            if not context.prompter.confirm(
                self._dialog_parent,
                self.tr("Restore from Backup"),
                self.tr(
                    "The open vault is locked first (and backed up, if automatic backups "
                    "are on). The backup becomes a new vault beside it. Go on?"
                ),
            ):
                return None
            self.host.lock()
        from counsel_desk.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(
            context.vault,
            context.runner,
            context.chooser,
            self._dialog_parent,
            today=context.today(),
        )
        dialog.succeeded.connect(lambda _r, d=dialog: self._restored(d.target))
        self._open(dialog)
        return dialog

    def _restored(self, target: Path) -> None:
        self.host.unlocked_by_dialog(target)
        self._status(self.tr("The backup was checked and restored; this is the restored vault."))

    # -- a vault in a synced folder (docs/sync.md) ---------------------------------------
    def move_out_of_synced_folder(self) -> MoveVaultDialog | None:
        """The synced-folder bar's button: choose a folder, then copy, check, move."""
        context = self.context
        found = context.vault.synced_folder if self._unlocked else None
        if found is None or context.vault.read_only:
            return None
        if not self.host.resolve_unsaved_changes():
            return None
        from counsel_desk.ui.dialogs.move_vault_dialog import MoveVaultDialog

        dialog = MoveVaultDialog(
            context.vault, context.runner, context.chooser, found, self._dialog_parent
        )
        dialog.succeeded.connect(self._moved)
        dialog.vault_closed.connect(self._move_closed_the_vault)
        self._open(dialog)
        return dialog

    def _move_closed_the_vault(self, why: str) -> None:
        """The move failed after the vault was closed for it: the window locks (the old
        copy is whole) and says why until she unlocks it again."""
        self.host.lock()
        self._status(why, 0)

    def _moved(self, folder: object) -> None:
        if not isinstance(folder, Path):
            return
        self.host.unlocked_by_dialog(folder)
        kept = self.context.vault.moved_from_kept
        if kept is not None:  # her own files stay in the synced folder: she should know
            self._status(
                self.tr(
                    "The vault was moved to {folder} and checked; its copy in the synced "
                    "folder was removed. The old folder {old} holds other files too: they "
                    "were left there."
                ).format(folder=shown_path(folder), old=shown_path(kept)),
                0,
            )
            return
        self._status(
            self.tr(
                "The vault was moved to {folder} and checked; the copy in the synced folder "
                "was removed."
            ).format(folder=shown_path(folder)),
            10000,
        )

    # -- audit and retention ----------------------------------------------------------
    def show_audit(self) -> AuditDialog | None:
        if not self._unlocked:
            return None
        from counsel_desk.ui.dialogs.audit_dialog import AuditDialog

        dialog = AuditDialog(
            self.context.vault,
            self.context.runner,
            self.context.chooser,
            self._dialog_parent,
            today=self.context.today(),
        )
        self._open(dialog)
        return dialog

    def show_school_year(self) -> SchoolYearDialog | None:
        """Vault → New School Year…: unsaved profile edits first (saved over the new
        classes they would undo the rollover for that client)."""
        if not self._unlocked or not self.host.resolve_unsaved_changes():
            return None
        context, host = self.context, self.host

        def names() -> dict[int, str]:
            privacy = host.privacy
            return {
                s.id: s.display_name(privacy=privacy)
                for s in context.vault.clients.list_summaries()
            }

        from counsel_desk.ui.dialogs.school_year_dialog import SchoolYearDialog

        dialog = SchoolYearDialog(
            lambda: context.vault.school_year,
            names,
            context.ops,
            self._dialog_parent,
            today=context.today,
        )
        dialog.started.connect(self._school_year_started)
        self._open(dialog)
        dialog.load()
        return dialog

    def _school_year_started(self) -> None:
        current = self.host.current_client_id()
        self.host.client_changed(current if current is not None else -1)
        self._status(self.tr("The new school year has started: the classes moved up."))

    def show_due(self) -> RetentionDialog | None:
        if not self._unlocked:
            return None
        from counsel_desk.ui.dialogs.retention_dialog import RetentionDialog

        dialog = RetentionDialog(
            self.context.vault, self.context.runner, self._dialog_parent, today=self.context.today
        )
        dialog.destroyed_client.connect(self.host.client_destroyed)
        self._open(dialog)
        return dialog
