"""Go back to the passphrase alone (proving both factors first)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit


class RemoveKeyFileDialog(TaskDialog):
    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        chooser: FileChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            parent,
            self.tr("Remove the Key File"),
            self.tr(
                "After this the passphrase alone opens the vault. Give the passphrase and "
                "the key file once more to confirm."
            ),
        )
        self._vault = vault
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.key_file = KeyFilePicker(chooser, self)
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.form.addRow(self.tr("Key file:"), self.key_file)
        self.passphrase_edit.setAccessibleDescription(
            self.tr("The vault's passphrase, to confirm it is you.")
        )
        self.ok_button.setText(self.tr("Remove Key File"))
        self.ok_button.setAccessibleDescription(
            self.tr("From now on the vault opens with the passphrase alone.")
        )
        self.passphrase_edit.textChanged.connect(self.refresh)
        self.key_file.changed.connect(self.refresh)
        self.refresh()

    def can_submit(self) -> bool:
        return bool(self.passphrase_edit.text()) and self.key_file.path is not None

    def submit(self) -> None:
        self.run_task(
            self.tr("Removing the key file…"),
            self._vault.remove_key_file,
            self.passphrase_edit.text(),
            self.key_file.path,
        )

    def on_failure(self, error: CounselDeskError) -> None:
        super().on_failure(error)
        self.passphrase_edit.clear()

    def wipe(self) -> None:
        self.passphrase_edit.wipe()
