"""Settings: auto-lock, privacy mode at start, language; while the vault is unlocked
also its backups and retention (those live in the vault itself)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.backup_settings_page import BackupSettingsPage
from counsel_desk.ui.dialogs.kept_words_page import KeptWordsPage
from counsel_desk.ui.dialogs.letterhead_page import LetterheadPage
from counsel_desk.ui.dialogs.never_print_page import NeverPrintPage
from counsel_desk.ui.dialogs.retention_settings_page import RetentionSettingsPage
from counsel_desk.ui.dialogs.school_calendar_page import SchoolCalendarPage
from counsel_desk.ui.dialogs.sessions_settings_page import SessionsSettingsPage
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.settings import (
    MAX_AUTO_LOCK_MINUTES,
    MAX_TEXT_SIZE,
    MIN_AUTO_LOCK_MINUTES,
    MIN_TEXT_SIZE,
    AppSettings,
)
from counsel_desk.ui.tasks import SyncRunner
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import error_text


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        vault: VaultService | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._ops = Operations(SyncRunner(), None)  # errors: the line above the buttons
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(440)

        self.auto_lock_spin = QSpinBox(self)
        self.auto_lock_spin.setObjectName("autoLockSpin")
        self.auto_lock_spin.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setValue(settings.auto_lock_minutes)
        self.auto_lock_spin.setAccessibleDescription(
            self.tr("The vault locks itself after this many minutes without a key or a click.")
        )
        self.privacy_check = QCheckBox(
            self.tr("Start in privacy mode (case codes, no names)"), self
        )
        self.privacy_check.setAccessibleDescription(
            self.tr("Tick it to see case codes instead of names each time the vault opens.")
        )
        self.privacy_check.setChecked(settings.privacy_mode)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System default"), None)
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.setAccessibleDescription(
            self.tr("The language of Counsel Desk, used the next time it starts.")
        )

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Lock the vault after:"), self.auto_lock_spin)
        form.addRow("", self.privacy_check)
        form.addRow(self.tr("Language:"), self.language_combo)
        self.text_size_spin = QSpinBox(self)
        self.text_size_spin.setObjectName("textSizeSpin")
        self.text_size_spin.setRange(MIN_TEXT_SIZE, MAX_TEXT_SIZE)
        self.text_size_spin.setSingleStep(10)
        self.text_size_spin.setSuffix(" %")
        self.text_size_spin.setValue(settings.text_size_percent)
        self.text_size_spin.setAccessibleDescription(
            self.tr("The size of every text in Counsel Desk, from 90 to 200 per cent.")
        )
        form.addRow(self.tr("Text size:"), self.text_size_spin)
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.addItem(self.tr("System (light or dark)"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.theme_combo.setAccessibleDescription(
            self.tr("System follows the light or dark setting of this computer.")
        )
        form.addRow(self.tr("Theme:"), self.theme_combo)
        note = QLabel(self.tr("A new language is used the next time Counsel Desk starts."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Saves the settings of every page and closes the window.")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.tabs = QTabWidget(self)
        general = QWidget(self.tabs)
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(12, 12, 12, 12)
        general_layout.setSpacing(12)
        general_layout.addLayout(form)
        general_layout.addWidget(note)
        general_layout.addStretch(1)
        index = self.tabs.addTab(general, self.tr("General"))
        self.tabs.setTabToolTip(
            index, self.tr("Automatic lock, privacy mode, language, text size and theme")
        )
        # Approved platforms and working hours: preferences, no client data; always shown.
        self.sessions_page = SessionsSettingsPage(settings, self.tabs)
        index = self.tabs.addTab(self.sessions_page, self.tr("Sessions"))
        self.tabs.setTabToolTip(index, self.tr("Approved online platforms and your working hours"))
        self.backup_page: BackupSettingsPage | None = None
        self.retention_page: RetentionSettingsPage | None = None
        self.never_print_page: NeverPrintPage | None = None
        self.kept_words_page: KeptWordsPage | None = None
        self.school_calendar_page: SchoolCalendarPage | None = None
        self.letterhead_page: LetterheadPage | None = None
        if vault is not None and vault.is_unlocked:
            self.setMinimumWidth(620)
            self.backup_page = BackupSettingsPage(vault, self.tabs)
            self.retention_page = RetentionSettingsPage(vault, self.tabs)
            index = self.tabs.addTab(self.backup_page, self.tr("Backups"))
            self.tabs.setTabToolTip(index, self.tr("Automatic backups, and how many are kept"))
            index = self.tabs.addTab(self.retention_page, self.tr("Retention"))
            self.tabs.setTabToolTip(index, self.tr("How long closed cases are kept"))
            self.never_print_page = NeverPrintPage(vault, self.tabs)
            index = self.tabs.addTab(self.never_print_page, self.tr("Never Print"))
            self.tabs.setTabToolTip(index, self.tr("Words never printed in a supervision summary"))
            self.kept_words_page = KeptWordsPage(vault, self.tabs)
            index = self.tabs.addTab(self.kept_words_page, self.tr("Kept Words"))
            self.tabs.setTabToolTip(
                index, self.tr("Words that look like names but are no one's, printed as written")
            )
            self.school_calendar_page = SchoolCalendarPage(vault, self.tabs)
            index = self.tabs.addTab(self.school_calendar_page, self.tr("School Calendar"))
            self.tabs.setTabToolTip(
                index, self.tr("Exam weeks and holidays: their dates are printed as written")
            )
            self.letterhead_page = LetterheadPage(vault, self.tabs)
            index = self.tabs.addTab(self.letterhead_page, self.tr("Letters"))
            self.tabs.setTabToolTip(
                index, self.tr("The letterhead and numbering of referral letters")
            )
        # With every page the tab bar may scroll: its arrows say what they do.
        for button in self.tabs.tabBar().findChildren(QToolButton):
            left = button.objectName() == "ScrollLeftButton"
            button.setAccessibleName(self.tr("Earlier pages") if left else self.tr("Later pages"))
            button.setAccessibleDescription(
                self.tr("Shows the settings pages to the left.")
                if left
                else self.tr("Shows the settings pages to the right.")
            )
        self.error_label = QLabel(self)
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.auto_lock_minutes = self.auto_lock_spin.value()
        self._settings.privacy_mode = self.privacy_check.isChecked()
        self._settings.language = self.language_combo.currentData()
        if self.text_size_spin.value() != self._settings.text_size_percent:
            self._settings.text_size_percent = self.text_size_spin.value()
        if self.theme_combo.currentData() != self._settings.theme:
            self._settings.theme = self.theme_combo.currentData()
        pages = [
            page
            for page in (
                self.sessions_page,
                self.backup_page,
                self.retention_page,
                self.never_print_page,
                self.kept_words_page,
                self.school_calendar_page,
                self.letterhead_page,
            )
            if page is not None
        ]

        def apply_pages() -> bool:
            for page in pages:
                page.apply()
            return True

        if self._ops.op(self, "", apply_pages).on_error(self._show_error).result_or(False):
            super().accept()

    def _show_error(self, error: CounselDeskError) -> None:
        """A page its vault refused stays open with the reason; the dialog stays open."""
        self.error_label.setText(error_text(error))
        self.error_label.setVisible(True)
