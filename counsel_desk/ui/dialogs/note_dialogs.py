"""Small dialogs of the notes: an addendum (text and reason), a strike-through reason, the
confirmation before a note is signed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui.spelling import Speller, attach_spell_check
from counsel_desk.ui.theme import styled, tone


class AddendumDialog(QDialog):
    """An addendum to a signed note: what is added, and why."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        speller: Speller | None = None,
        spelling_language: str = "",
    ) -> None:
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
        self.text_edit.setAccessibleDescription(
            self.tr("What to add to the signed note; it is dated and cannot be changed later.")
        )
        # spell-checked like the note it is added to
        self.highlighter = (
            attach_spell_check(self.text_edit, speller, spelling_language)
            if speller is not None
            else None
        )
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Adds the addendum below the signed note, with today's date and time.")
        )
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
    """Striking a signed note (or another record, by ``title`` and ``intro``) through: it
    stays in the record, marked, with the reason."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "", intro: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("strikeDialog")
        self.setWindowTitle(title or self.tr("Strike Through a Signed Note"))
        intro_label = QLabel(
            intro
            or self.tr(
                "A signed note is never deleted. It stays in the record, struck through, "
                "with the reason and today's date."
            ),
            self,
        )
        intro_label.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("strikeReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. written in the wrong client's record"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Strike Through"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Marks the note struck through with the reason typed. It is never deleted.")
        )
        self.buttons.accepted.connect(self._accept_if_filled)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
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


class SignNoteDialog(QDialog):
    """Before a note is signed: what will be locked, and what should give pause (a minor
    seen without an active guardian consent). Signing cannot be undone, so Cancel is the
    default button: Enter cancels, only a deliberate click or Alt-key signs."""

    def __init__(self, note_html: str, warnings: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signNoteDialog")
        self.setWindowTitle(self.tr("Sign and Lock the Note?"))
        intro = QLabel(
            self.tr(
                "Once signed, this note can no longer be changed or discarded. Anything "
                "you learn later is added as an addendum, with its date and time."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("signIntro")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("signWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        styled(
            self.warnings_label,
            lambda: (
                f"QLabel {{ border: 1px solid {tone('warning').name()}; border-radius: 4px;"
                " padding: 6px; background: palette(base); }"
            ),
        )
        if warnings:
            self.warnings_label.setText(
                "⚠ "
                + self.tr("Before you sign:")
                + "\n"
                + "\n".join(f"• {warning}" for warning in warnings)
            )
        self.warnings_label.setVisible(bool(warnings))
        self.warnings_label.setAccessibleName(self.tr("Warnings"))
        layout.addWidget(self.warnings_label)
        heading = QLabel(self.tr("This is what will be signed and locked:"), self)
        layout.addWidget(heading)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("signPreview")
        self.preview.setOpenLinks(False)
        self.preview.setHtml(note_html)
        self.preview.setAccessibleName(self.tr("The note to be signed"))
        self.preview.setAccessibleDescription(
            self.tr("Read it through: once signed, it can never be changed.")
        )
        heading.setBuddy(self.preview)
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign and Lock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("confirmSignButton")
        self.sign_button.setAccessibleDescription(
            self.tr(
                "Signs the note as shown and locks it for good; later changes can only be addenda."
            )
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button.setAutoDefault(False)
        self.sign_button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
