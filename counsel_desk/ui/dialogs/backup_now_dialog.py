"""Back Up Now: copy the vault (still encrypted) to one file of the user's choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from counsel_desk.i18n import shown_path
from counsel_desk.services.integrity import BackupInfo
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.theme import set_tone


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


class BackupNowDialog(TaskDialog):
    """Starts as soon as it is shown with a chosen file; ends with what was written."""

    def __init__(
        self, vault: VaultService, runner: TaskRunner, target: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            runner,
            parent,
            self.tr("Back Up Now"),
            self.tr(
                "The backup is a copy of the encrypted vault in one file. It opens with the "
                "passphrase (or recovery key) the vault has today."
            ),
        )
        self._vault = vault
        self.target = target
        self.target_label = QLabel(shown_path(target), self)
        self.target_label.setObjectName("backupTarget")
        self.target_label.setWordWrap(True)
        self.form.addRow(self.tr("Backup file:"), self.target_label)
        self.ok_button.setText(self.tr("Back Up"))
        self.ok_button.setAccessibleDescription(
            self.tr("Writes an encrypted copy of the vault to the backup file shown.")
        )
        self.info: BackupInfo | None = None
        self.done_label = QLabel(self)
        self.done_label.setObjectName("backupDone")
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)
        self.extra.addWidget(self.done_label)

    def can_submit(self) -> bool:
        return self.info is None

    def submit(self) -> None:
        self.run_task(self.tr("Backing up…"), self._vault.backup_to, self.target)

    def on_success(self, result: object) -> None:
        assert isinstance(result, BackupInfo)
        self.info = result
        self.done_label.setText(
            self.tr(
                "Backup saved: {name} ({size}). Keep it on another disk or a USB stick."
            ).format(name=shown_path(result.path.name), size=size_text(result.size))
        )
        set_tone(self.done_label, "success")
        self.done_label.setVisible(True)
        self.ok_button.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.succeeded.emit(result)
