"""Small dialogs of the notes: an addendum (text and reason), a strike-through reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class AddendumDialog(QDialog):
    """An addendum to a signed note: what is added, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendumDialog")
        self.setWindowTitle(self.tr("Add an Addendum"))
        intro = QLabel(
            self.tr(
                "The signed note stays exactly as it was signed. The addendum is added "
                "below it with today's date and time."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("addendumText")
        self.text_edit.setMinimumHeight(120)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("addendumReason")
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. information received after the session; correction")
        )
        form = QFormLayout()
        form.addRow(self.tr("Addendum:"), self.text_edit)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Addendum"))
        self.buttons.accepted.connect(self._accept_if_filled)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def _accept_if_filled(self) -> None:
        if self.text_edit.toPlainText().strip():
            self.accept()

    def values(self) -> tuple[str, str]:
        return self.text_edit.toPlainText(), self.reason_edit.text()


class StrikeDialog(QDialog):
    """Striking a signed note through: it stays in the record, marked, with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strikeDialog")
        self.setWindowTitle(self.tr("Strike Through a Signed Note"))
        intro = QLabel(
            self.tr(
                "A signed note is never deleted. It stays in the record, struck through, "
                "with the reason and today's date."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("strikeReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. written in the wrong client's record"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Strike Through"))
        self.buttons.accepted.connect(self._accept_if_filled)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason_edit)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 160)

    def _accept_if_filled(self) -> None:
        if self.reason_edit.text().strip():
            self.accept()

    def reason(self) -> str:
        return self.reason_edit.text()
