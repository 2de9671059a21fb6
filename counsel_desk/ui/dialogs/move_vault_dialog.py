"""Move the vault out of a synced folder (issue 18, item 2; docs/sync.md): she chooses a
folder, the app checks it (not synced, not inside the vault, new or empty, room enough),
and with her passphrase once more the vault is copied, checked, opened at the new place
and only then removed from the synced folder — in a worker (``VaultService.move``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from counsel_desk.i18n import CounselDeskError, shown_path
from counsel_desk.services.vault_service import SyncedFolder, VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.operations import user_text
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit
from counsel_desk.ui.widgets.synced_folder_banner import synced_service_name


class MoveVaultDialog(TaskDialog):
    """``succeeded`` carries the vault's new folder; ``vault_closed`` (with the error's
    text) is emitted when a failure came after the old copy was closed (it stays whole:
    unlock it again)."""

    vault_closed = Signal(str)

    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        chooser: FileChooser,
        found: SyncedFolder,
        parent: QWidget | None = None,
    ) -> None:
        service = synced_service_name(found)
        super().__init__(
            runner,
            parent,
            self.tr("Move the Vault Out of the Synced Folder"),
            self.tr(
                "{service} copies the folder {root}. A vault in use there can be damaged "
                "when it is copied in the middle of a change, or when two computers change "
                "it at once. Choose a folder on this computer that is not synced: the vault "
                "is copied there, checked, and opened with your passphrase, and only then "
                "removed from the synced folder."
            )
            .replace("{service}", service)
            .replace("{root}", shown_path(found.root)),
        )
        self._vault = vault
        self._chooser = chooser
        self._source = vault.path or Path()
        self._target: Path | None = None
        self._has_key_file = vault.has_key_file

        self.target_edit = QLineEdit(self)
        self.target_edit.setObjectName("moveTargetEdit")
        self.target_edit.setReadOnly(True)
        self.target_edit.setPlaceholderText(self.tr("No folder chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseTargetButton")
        self.choose_button.setAccessibleDescription(
            self.tr("Opens a file window to choose where the vault goes.")
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.target_edit, 1)
        row.addWidget(self.choose_button)
        self.form.addRow(self.tr("New place:"), row)
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleDescription(
            self.tr("The vault's passphrase: the copy is opened with it before the old one goes.")
        )
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.key_file = KeyFilePicker(chooser, self)
        if self._has_key_file:
            self.form.addRow(self.tr("Key file:"), self.key_file)
        else:
            self.key_file.hide()
        self.ok_button.setText(self.tr("Move Vault"))
        self.ok_button.setAccessibleDescription(
            self.tr(
                "Copies the vault to the new place, checks the copy, and removes the vault "
                "from the synced folder."
            )
        )
        self.choose_button.clicked.connect(self.choose_target)
        self.passphrase_edit.textChanged.connect(self.refresh)
        self.key_file.changed.connect(self.refresh)
        self.refresh()

    @property
    def target(self) -> Path | None:
        return self._target

    def choose_target(self) -> None:
        folder = self._chooser.folder(self, self.tr("Choose where to keep the vault"), Path.home())
        if folder is not None:
            self.set_target(folder / self._source.name)

    def set_target(self, target: Path) -> bool:
        """Check ``target`` at once (quick, nothing written): a refusal is said here."""
        self._target = None
        self.target_edit.setText(shown_path(target))
        checked = self._ops.op(
            self, "", lambda: self._vault.check_move_target(self._source, target)
        )
        ok = checked.on_success(self._target_ok).on_error(self.on_failure).run()
        self.refresh()
        return ok

    def _target_ok(self, target: Path) -> None:
        self._target = target
        self.show_error("")

    def can_submit(self) -> bool:
        return (
            self._target is not None
            and bool(self.passphrase_edit.text())
            and (not self._has_key_file or self.key_file.path is not None)
        )

    def submit(self) -> None:
        if self._target is None:
            return
        self.run_task(
            self.tr("Copying the vault, checking the copy and opening it at the new place…"),
            self._vault.move,
            self._target,
            self.passphrase_edit.text(),
            self.key_file.path if self._has_key_file else None,
        )

    def on_failure(self, error: CounselDeskError) -> None:
        self.show_error(user_text(error))
        self.passphrase_edit.clear()
        if not self._vault.is_unlocked:
            self.wipe()
            self.vault_closed.emit(user_text(error))

    def wipe(self) -> None:
        self.passphrase_edit.wipe()
