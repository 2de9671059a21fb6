"""Strengthen the vault's key settings: the passphrase (and key file) once more, then
this computer's Argon2 calibration and the data key wrapped again, in a worker. Offered
by the window's banner when the vault's settings are below RFC 9106's recommendation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit


class StrengthenKeyDialog(TaskDialog):
    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        calibrator: Callable[[], KdfParams] | None = None,
    ) -> None:
        super().__init__(
            runner,
            parent,
            self.tr("Strengthen Key Settings"),
            self.tr(
                "The key that opens the records is wrapped again with settings measured on "
                "this computer (about one second to unlock). Your passphrase stays the same. "
                "Backups made before now keep their old, weaker settings."
            ),
        )
        self._vault = vault
        self._calibrator = calibrator
        self._has_key_file = vault.has_key_file
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.key_file = KeyFilePicker(chooser, self)
        if self._has_key_file:
            self.form.addRow(self.tr("Key file:"), self.key_file)
        else:
            self.key_file.hide()
        self.passphrase_edit.setAccessibleDescription(
            self.tr("The vault's passphrase, to confirm it is you.")
        )
        self.ok_button.setText(self.tr("Strengthen"))
        self.ok_button.setAccessibleDescription(
            self.tr(
                "Measures this computer and protects the passphrase with stronger key "
                "settings; the passphrase stays the same."
            )
        )
        self.passphrase_edit.textChanged.connect(self.refresh)
        self.key_file.changed.connect(self.refresh)
        self.refresh()

    def can_submit(self) -> bool:
        return bool(self.passphrase_edit.text()) and (
            not self._has_key_file or self.key_file.path is not None
        )

    def submit(self) -> None:
        self.run_task(
            self.tr("Measuring this computer and wrapping the key again…"),
            self._vault.strengthen,
            self.passphrase_edit.text(),
            self.key_file.path if self._has_key_file else None,
            self._calibrator,
        )

    def on_failure(self, error: CounselDeskError) -> None:
        super().on_failure(error)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()

    def wipe(self) -> None:
        self.passphrase_edit.wipe()
