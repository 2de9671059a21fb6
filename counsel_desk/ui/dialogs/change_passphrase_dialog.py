"""Change the vault's passphrase: the old one, the new one twice (same policy and meter
as when the vault was made); two Argon2 runs in a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.new_passphrase import NewPassphraseFields
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit


class ChangePassphraseDialog(TaskDialog):
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
            self.tr("Change Passphrase"),
            self.tr(
                "The records are not re-encrypted: only the key that opens them is wrapped "
                "again, so this takes a few seconds whatever the size of the vault. Old "
                "backups still open with the passphrase they were made with."
            ),
        )
        self._vault = vault
        self._has_key_file = vault.has_key_file
        self.old_edit = PassphraseEdit(self)
        self.old_edit.setObjectName("oldPassphraseEdit")
        self.form.addRow(self.tr("Current passphrase:"), self.old_edit)
        self.key_file = KeyFilePicker(chooser, self)
        if self._has_key_file:
            self.form.addRow(self.tr("Key file:"), self.key_file)
        else:
            self.key_file.hide()
        self.fields = NewPassphraseFields(
            self, vault_words=vault.vault_words(), only_factor=not self._has_key_file
        )
        self.form.addRow(self.fields)
        self.ok_button.setText(self.tr("Change Passphrase"))
        self.old_edit.textChanged.connect(self.refresh)
        self.fields.changed.connect(self.refresh)
        self.key_file.changed.connect(self.refresh)
        self.refresh()

    def can_submit(self) -> bool:
        return (
            bool(self.old_edit.text())
            and self.fields.acceptable
            and self.fields.text() != self.old_edit.text()
            and (not self._has_key_file or self.key_file.path is not None)
        )

    def submit(self) -> None:
        self.run_task(
            self.tr("Changing the passphrase…"),
            self._vault.change_passphrase,
            self.old_edit.text(),
            self.fields.text(),
            keyfile=self.key_file.path if self._has_key_file else None,
        )

    def on_failure(self, error: object) -> None:
        super().on_failure(error)
        self.old_edit.clear()
        self.old_edit.setFocus()

    def wipe(self) -> None:
        self.old_edit.wipe()
        self.fields.wipe()
