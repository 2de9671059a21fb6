"""Prove you hold the vault's passphrase (and key file), then run one job with them:
used to replace the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from counsel_desk.i18n import CounselDeskError
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit

Job = Callable[[str, Path | None], Any]


class CredentialsDialog(TaskDialog):
    def __init__(
        self,
        runner: TaskRunner,
        chooser: FileChooser,
        parent: QWidget | None,
        *,
        title: str,
        intro: str,
        ok_text: str,
        ok_description: str = "",
        status: str,
        job: Job,
        needs_key_file: bool,
    ) -> None:
        super().__init__(runner, parent, title, intro)
        self._job = job
        self._status = status
        self._needs_key_file = needs_key_file
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.key_file = KeyFilePicker(chooser, self)
        if needs_key_file:
            self.form.addRow(self.tr("Key file:"), self.key_file)
        else:
            self.key_file.hide()
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleDescription(ok_description)
        self.passphrase_edit.setAccessibleDescription(
            self.tr("The vault's passphrase, to confirm it is you.")
        )
        self.passphrase_edit.textChanged.connect(self.refresh)
        self.key_file.changed.connect(self.refresh)
        self.refresh()

    def can_submit(self) -> bool:
        return bool(self.passphrase_edit.text()) and (
            not self._needs_key_file or self.key_file.path is not None
        )

    def submit(self) -> None:
        keyfile = self.key_file.path if self._needs_key_file else None
        self.run_task(self._status, self._job, self.passphrase_edit.text(), keyfile)

    def on_failure(self, error: CounselDeskError) -> None:
        super().on_failure(error)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()

    def wipe(self) -> None:
        self.passphrase_edit.wipe()
