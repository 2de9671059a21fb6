"""Forgot the passphrase: open the vault with the recovery key and choose a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.widgets.new_passphrase import NewPassphraseFields


class RecoverDialog(TaskDialog):
    def __init__(
        self, vault: VaultService, runner: TaskRunner, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            runner,
            parent,
            self.tr("Use the Recovery Key"),
            self.tr(
                "Type the recovery key you printed or wrote down when the vault was made "
                "(dashes and letter case do not matter), then choose a new passphrase. "
                "The vault's key is changed too, so you get a new recovery key to print; "
                "the old one stops working."
            ),
        )
        self._vault = vault
        self._path = path
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.15)
        self.key_edit.setFont(mono)
        self.key_edit.setAccessibleDescription(
            self.tr(
                "Type the recovery key you printed or saved: groups of four letters and digits."
            )
        )
        self.fields = NewPassphraseFields(self)
        self.form.addRow(self.tr("Recovery key:"), self.key_edit)
        self.form.addRow(self.fields)
        note = QLabel(
            self.tr(
                "If the vault also needed a key file, it opens with the new passphrase alone "
                "afterwards: add a key file again from the Vault menu if you want one."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.extra.addWidget(note)
        self.ok_button.setText(self.tr("Recover and Unlock"))
        self.ok_button.setAccessibleDescription(
            self.tr("Opens the vault with the recovery key and sets the new passphrase.")
        )
        self.key_edit.textChanged.connect(self.refresh)
        self.fields.changed.connect(self.refresh)
        self.refresh()

    def can_submit(self) -> bool:
        cleaned = "".join(ch for ch in self.key_edit.text() if ch.isalnum())
        return len(cleaned) == 32 and self.fields.acceptable

    def submit(self) -> None:
        self.run_task(
            self.tr("Opening the vault with the recovery key…"),
            self._vault.recover,
            self._path,
            self.key_edit.text(),
            self.fields.text(),
        )

    def on_failure(self, error: CounselDeskError) -> None:
        super().on_failure(error)
        self.key_edit.setFocus()

    def wipe(self) -> None:
        self.key_edit.clear()
        self.fields.wipe()
