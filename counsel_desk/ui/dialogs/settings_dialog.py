"""Settings: auto-lock, privacy mode at start, language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui.settings import MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES, AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(440)

        self.auto_lock_spin = QSpinBox(self)
        self.auto_lock_spin.setObjectName("autoLockSpin")
        self.auto_lock_spin.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setValue(settings.auto_lock_minutes)
        self.privacy_check = QCheckBox(
            self.tr("Start in privacy mode (case codes, no names)"), self
        )
        self.privacy_check.setChecked(settings.privacy_mode)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System default"), None)
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Lock the vault after:"), self.auto_lock_spin)
        form.addRow("", self.privacy_check)
        form.addRow(self.tr("Language:"), self.language_combo)
        note = QLabel(self.tr("A new language is used the next time Counsel Desk starts."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.auto_lock_minutes = self.auto_lock_spin.value()
        self._settings.privacy_mode = self.privacy_check.isChecked()
        self._settings.language = self.language_combo.currentData()
        super().accept()
