"""Settings → Backups: automatic backups on lock, their rotation, where they are.

These settings live IN the vault (VaultService.set_rotation / set_automatic_backups), so
the page exists only while the vault is unlocked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import shown_path
from counsel_desk.services.integrity import Rotation
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.models.backup_list_model import BackupColumn, BackupListModel


def _short_path(path: Path) -> str:
    """The home folder written as ~ (shorter, and as people know it)."""
    try:
        return shown_path(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return shown_path(path)


class BackupSettingsPage(QWidget):
    def __init__(self, vault: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        rotation = vault.rotation()
        self.auto_check = QCheckBox(
            self.tr("Back up automatically when the vault locks or closes"), self
        )
        self.auto_check.setObjectName("autoBackupCheck")
        self.auto_check.setAccessibleDescription(
            self.tr("Tick it to make a backup each time the vault locks or Counsel Desk closes.")
        )
        self.auto_check.setChecked(vault.automatic_backups_enabled())
        self.keep_last_spin = QSpinBox(self)
        self.keep_last_spin.setObjectName("keepLastSpin")
        self.keep_last_spin.setRange(1, 1000)
        self.keep_last_spin.setValue(rotation.keep_last)
        self.keep_last_spin.setSuffix(self.tr(" backups"))
        self.keep_last_spin.setAccessibleDescription(
            self.tr("How many of the newest backups are always kept; older ones are deleted.")
        )
        self.daily_spin = QSpinBox(self)
        self.daily_spin.setObjectName("keepDailySpin")
        self.daily_spin.setRange(0, 3650)
        self.daily_spin.setValue(rotation.keep_daily_days)
        self.daily_spin.setSuffix(self.tr(" days"))
        self.daily_spin.setAccessibleDescription(
            self.tr("Besides the newest, one backup of each day is kept for this many days.")
        )
        for box in (self.keep_last_spin, self.daily_spin):
            box.setMinimumWidth(140)
            box.setMaximumWidth(180)
        folder = vault.backup_folder()
        self.folder_label = QLabel(_short_path(folder), self)
        self.folder_label.setToolTip(shown_path(folder))
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow("", self.auto_check)
        form.addRow(self.tr("Keep the newest:"), self.keep_last_spin)
        form.addRow(self.tr("And one a day for:"), self.daily_spin)
        form.addRow(self.tr("Backup folder:"), self.folder_label)

        self.model = BackupListModel(self)
        self.model.set_backups(vault.backups())
        self.table = QTableView(self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups of this vault"))
        self.table.setAccessibleDescription(
            self.tr("Each backup in the backup folder: when it was made, its size and file.")
        )
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BackupColumn.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupColumn.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupColumn.FILE, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.count_label.setText(
            self.tr("Backups of this vault: {count}").format(count=self.model.rowCount())
        )
        note = QLabel(
            self.tr(
                "Backups are encrypted like the vault and open with the passphrase (or "
                "recovery key) the vault had when they were made. Copy them to another "
                "disk from time to time: a backup on the same laptop does not survive its loss."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(note)
        self.auto_check.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        on = self.auto_check.isChecked()
        self.keep_last_spin.setEnabled(on)
        self.daily_spin.setEnabled(on)

    def apply(self) -> None:
        if not self._vault.is_unlocked:
            return
        self._vault.set_automatic_backups(self.auto_check.isChecked())
        self._vault.set_rotation(Rotation(self.keep_last_spin.value(), self.daily_spin.value()))
