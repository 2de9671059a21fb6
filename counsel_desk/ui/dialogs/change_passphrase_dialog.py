"""Change the vault's passphrase: the old one, the new one twice (same policy and meter
as when the vault was made); two Argon2 runs in a worker. Pre-ticked: also change the
vault's key (a key rotation that rewrites the database, with a new recovery key)."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from counsel_desk.i18n import CounselDeskError
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
                "Without changing the vault's key only the key that opens the records is "
                "wrapped again: a few seconds, but an old copy of vault.json (every "
                "backup holds one) with the old passphrase still opens today's records. Old "
                "backups always open with the passphrase they were made with."
            ),
        )
        self._vault = vault
        self._seconds = max(1, math.ceil(vault.estimated_rotation_seconds()))
        self._has_key_file = vault.has_key_file
        self.old_edit = PassphraseEdit(self)
        self.old_edit.setObjectName("oldPassphraseEdit")
        self.old_edit.setAccessibleDescription(self.tr("The passphrase the vault opens with now."))
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
        self.rotate_check = QCheckBox(self.tr("Also change the vault's key"), self)
        self.rotate_check.setObjectName("rotateKeyCheck")
        self.rotate_check.setChecked(True)
        # The explanation wraps below the box (a check box's own text never wraps, and
        # made this dialog wider than a laptop screen).
        self.rotate_hint = QLabel(
            self.tr(
                "Recommended if the old passphrase may have been seen; about {seconds} s "
                "for your vault; you get a new recovery key to print."
            ).format(seconds=self._seconds),
            self,
        )
        self.rotate_hint.setObjectName("hint")
        self.rotate_hint.setWordWrap(True)
        self.rotate_check.setAccessibleDescription(self.rotate_hint.text())
        self.form.addRow(self.rotate_check)
        self.form.addRow(self.rotate_hint)
        self.ok_button.setText(self.tr("Change Passphrase"))
        self.ok_button.setAccessibleDescription(
            self.tr("From now on the vault opens with the new passphrase only.")
        )
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
        rotate = self.rotate_check.isChecked()
        status = (
            self.tr(
                "Changing the passphrase and the vault's key (about {seconds} s; the records "
                "are re-encrypted)…"
            ).format(seconds=self._seconds)
            if rotate
            else self.tr("Changing the passphrase…")
        )
        self.run_task(
            status,
            self._vault.change_passphrase,
            self.old_edit.text(),
            self.fields.text(),
            keyfile=self.key_file.path if self._has_key_file else None,
            rotate_key=rotate,
        )

    def on_failure(self, error: CounselDeskError) -> None:
        super().on_failure(error)
        self.old_edit.clear()
        self.old_edit.setFocus()

    def wipe(self) -> None:
        self.old_edit.wipe()
        self.fields.wipe()
