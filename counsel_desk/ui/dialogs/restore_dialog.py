"""Restore from Backup: a backup file, a NEW folder for the restored vault, and the
passphrase it was made with. The backup is checked whole before anything is put in place;
then the restored vault is unlocked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.integrity import BACKUP_SUFFIX
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit


class RestoreDialog(TaskDialog):
    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(
            runner,
            parent,
            self.tr("Restore from Backup"),
            self.tr(
                "The backup becomes a new vault in a new folder; no existing vault is "
                "replaced. It is checked for damage before it is put in place."
            ),
        )
        self._vault = vault
        self.chooser = chooser
        self.backup_picker = KeyFilePicker(
            chooser,
            self,
            title=self.tr("Choose a backup"),
            filters=self.tr("Counsel Desk backups (*{suffix});;All files (*)").format(
                suffix=BACKUP_SUFFIX
            ),
            description=self.tr("Opens a file window to choose the backup to restore."),
        )
        self.backup_picker.path_edit.setPlaceholderText(self.tr("No backup chosen"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("restoreFolderEdit")
        day = (today or dt.date.today()).isoformat()
        default = vault.default_vault_path()
        self.folder_edit.setText(
            str(default.with_name(self.tr("Restored Vault {date}").format(date=day)))
        )
        self.folder_edit.setAccessibleDescription(
            self.tr("The folder the restored vault is made in; it must be new or empty.")
        )
        self.folder_button = QPushButton(self.tr("Browse…"), self)
        self.folder_button.setAccessibleDescription(
            self.tr("Opens a file window to choose the new vault's folder.")
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleDescription(
            self.tr("The passphrase the vault had when the backup was made.")
        )
        self.key_file_check = QCheckBox(self.tr("The vault needed a key file"), self)
        self.key_file_check.setAccessibleDescription(
            self.tr("Tick it if the vault also needed a key file then; choose the file below.")
        )
        self.key_file = KeyFilePicker(chooser, self)
        self.key_file.setVisible(False)
        self.form.addRow(self.tr("Backup file:"), self.backup_picker)
        self.form.addRow(self.tr("New vault folder:"), folder_row)
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.form.addRow("", self.key_file_check)
        self.form.addRow("", self.key_file)
        self.ok_button.setText(self.tr("Restore"))
        self.ok_button.setAccessibleDescription(
            self.tr("Checks the backup and makes it a new vault in the folder chosen.")
        )
        self.folder_button.clicked.connect(self._choose_folder)
        self.key_file_check.toggled.connect(self.key_file.setVisible)
        for signal in (
            self.backup_picker.changed,
            self.folder_edit.textChanged,
            self.passphrase_edit.textChanged,
            self.key_file_check.toggled,
            self.key_file.changed,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def _choose_folder(self) -> None:
        current = Path(self.folder_edit.text()).expanduser()
        parent = self.chooser.folder(
            self, self.tr("Where should the restored vault go?"), current.parent
        )
        if parent is not None:
            self.folder_edit.setText(str(parent / current.name))

    @property
    def target(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def can_submit(self) -> bool:
        return (
            self.backup_picker.path is not None
            and bool(self.folder_edit.text().strip())
            and bool(self.passphrase_edit.text())
            and (not self.key_file_check.isChecked() or self.key_file.path is not None)
        )

    def submit(self) -> None:
        target = self.target
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            self.show_error(
                self.tr("That folder already exists and is not empty. Choose a new folder.")
            )
            return
        self.run_task(
            self.tr("Checking and restoring the backup…"),
            self._vault.restore,
            self.backup_picker.path,
            target,
            self.passphrase_edit.text(),
            self.key_file.path if self.key_file_check.isChecked() else None,
        )

    def on_failure(self, error: CounselDeskError) -> None:
        super().on_failure(error)
        self.passphrase_edit.clear()

    def wipe(self) -> None:
        self.passphrase_edit.wipe()
