"""A passphrase field with a show/hide toggle; never truncated (no max length)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from counsel_desk.ui.icons import icon


class PassphraseEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(32767)  # QLineEdit's own ceiling; the policy accepts 4096
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAccessibleDescription(
            self.tr("Type the passphrase; it is hidden. The button at the end shows it.")
        )
        self._toggle = QAction(icon("privacy"), self.tr("Show passphrase"), self)
        self._toggle.setCheckable(True)
        self._toggle.toggled.connect(self._set_visible)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _set_visible(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._toggle.setText(self.tr("Hide passphrase") if shown else self.tr("Show passphrase"))

    def wipe(self) -> None:
        """Clear the text and hide it again."""
        self.clear()
        self._toggle.setChecked(False)
