"""Require a key file (for example on a USB stick) together with the passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit


class AddKeyFileDialog(TaskDialog):
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
            self.tr("Add a Key File"),
            self.tr(
                "From now on the vault opens only with the passphrase AND this key file. "
                "Keep the key file apart from the computer, for example on a USB stick "
                "you carry with you."
            ),
        )
        self._vault = vault
        self.create_radio = QRadioButton(self.tr("Create a new key file"), self)
        self.create_radio.setObjectName("createKeyFileRadio")
        self.create_radio.setAccessibleDescription(
            self.tr("Counsel Desk makes a new key file where you choose.")
        )
        self.existing_radio = QRadioButton(
            self.tr("Use an existing file (it must never change)"), self
        )
        self.existing_radio.setObjectName("existingKeyFileRadio")
        self.existing_radio.setAccessibleDescription(
            self.tr(
                "A file you already have becomes the key file; if it ever changes, it no "
                "longer opens the vault."
            )
        )
        self.create_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.create_radio)
        group.addButton(self.existing_radio)
        self.new_picker = KeyFilePicker(chooser, self, save=True)
        self.existing_picker = KeyFilePicker(chooser, self)
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleDescription(
            self.tr("The vault's passphrase, to confirm it is you.")
        )
        self.form.addRow(self.create_radio)
        self.form.addRow(self.tr("Save it as:"), self.new_picker)
        self.form.addRow(self.existing_radio)
        self.form.addRow(self.tr("File:"), self.existing_picker)
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        warning = QLabel(
            self.tr(
                "If the key file is lost or damaged, the passphrase alone no longer opens "
                "the vault. The recovery key still does: the vault's key is changed, so you "
                "get a new recovery key to print and keep safe. Make a copy of the key file "
                "and keep it somewhere else safe."
            ),
            self,
        )
        warning.setObjectName("keyFileWarning")
        warning.setWordWrap(True)
        set_tone(warning, "caution")
        self.extra.addWidget(warning)
        self.ok_button.setText(self.tr("Add Key File"))
        self.ok_button.setAccessibleDescription(
            self.tr(
                "From now on the vault opens only with the passphrase and this key file. "
                "You get a new recovery key."
            )
        )
        for signal in (
            self.create_radio.toggled,
            self.new_picker.changed,
            self.existing_picker.changed,
            self.passphrase_edit.textChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    @property
    def creating(self) -> bool:
        return self.create_radio.isChecked()

    def refresh(self) -> None:
        if hasattr(self, "new_picker"):
            self.new_picker.setEnabled(self.creating and not self.is_busy)
            self.existing_picker.setEnabled(not self.creating and not self.is_busy)
        super().refresh()

    def can_submit(self) -> bool:
        picker = self.new_picker if self.creating else self.existing_picker
        return picker.path is not None and bool(self.passphrase_edit.text())

    def submit(self) -> None:
        picker = self.new_picker if self.creating else self.existing_picker
        self.run_task(
            self.tr("Adding the key file…"),
            self._vault.add_key_file,
            self.passphrase_edit.text(),
            picker.path,
            create=self.creating,
        )

    def on_failure(self, error: CounselDeskError) -> None:
        super().on_failure(error)
        self.passphrase_edit.clear()

    def wipe(self) -> None:
        self.passphrase_edit.wipe()
