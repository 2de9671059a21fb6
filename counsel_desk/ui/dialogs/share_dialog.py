"""How she shares one PDF: to whom, and whether it is protected with a password
(issue 18, item 6).

Asked before the file name, by every export of a PDF with a client's data (full record,
consent form, referral letter, supervision summary). The password is made by the app —
five words of the document's language (``export/pdf_protect.py``) — shown here in large
type, with New words and Copy (the clipboard guard clears it after 30 s). It is never
stored: not in the vault, the settings, a log or the audit trail; once the dialog and
the export are done, nothing keeps it. She cannot type her own: a typed password cannot
be measured honestly, and she may draw new words as often as she likes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.disclosures import MAX_RECIPIENT, Sharing, recipient_issues
from counsel_desk.domain.validation import ValidationError
from counsel_desk.export.pdf_protect import WORDS_PER_PASSWORD, entropy_bits, generate_password
from counsel_desk.ui.clipboard import SensitiveClipboard, sensitive_clipboard
from counsel_desk.ui.operations import user_text
from counsel_desk.ui.theme import set_tone


@dataclass(frozen=True)
class ShareRequest:
    """What is being shared: its name as she sees it ("the referral letter"), the
    language of the document (the words are drawn in it) and who receives it, when the
    record already says (a referral's recipient)."""

    document: str
    language: str
    recipient: str = ""


class ShareDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        request: ShareRequest,
        clipboard: SensitiveClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share a PDF"))
        self._request = request
        self._clipboard = clipboard or sensitive_clipboard()
        self._password: str | None = None
        self.wiped = False  # a lock closed it: its answer is void

        intro = QLabel(
            self.tr(
                "You are about to save {document}. It holds the client's data: say who "
                "receives it, for the disclosure log, and protect it with a password if "
                "it leaves your hands."
            ).format(document=request.document),
            self,
        )
        intro.setWordWrap(True)

        self.recipient_edit = QLineEdit(request.recipient, self)
        self.recipient_edit.setObjectName("shareRecipient")
        self.recipient_edit.setMaxLength(MAX_RECIPIENT)
        self.recipient_edit.setPlaceholderText(
            self.tr("a role or a name, e.g. “Puskesmas psychologist”; empty: for my own files")
        )
        self.recipient_edit.setAccessibleName(self.tr("Who receives it"))
        form = QFormLayout()
        form.addRow(self.tr("Who receives it:"), self.recipient_edit)

        self.protect_check = QCheckBox(self.tr("Protect with a password"), self)
        self.protect_check.setObjectName("shareProtect")
        self.protect_check.setAccessibleDescription(
            self.tr("Encrypts the PDF with AES-256. It opens only with the words shown below.")
        )

        self.words_label = QLabel(self)
        self.words_label.setObjectName("shareWords")
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 1.9)
        big.setBold(True)
        self.words_label.setFont(big)
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label.setMinimumHeight(self.words_label.fontMetrics().height() + 8)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_hint = QLabel(
            self.tr(
                "{count} words, all in small letters, one space between them (about "
                "{bits} bits: far too many to guess). Read them to the recipient over the "
                "phone, or send them another way than the PDF: never in the same e-mail "
                "or chat. They are shown only now; Counsel Desk does not keep them."
            ).format(count=WORDS_PER_PASSWORD, bits=int(entropy_bits(request.language))),
            self,
        )
        self.words_hint.setWordWrap(True)
        self.new_words_button = QPushButton(self.tr("New words"), self)
        self.new_words_button.setObjectName("shareNewWords")
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("shareCopy")
        self.copy_button.setAccessibleName(self.tr("Copy the password"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts the password on the clipboard for a short time, then clears it.")
        )
        self.card = QFrame(self)
        self.card.setObjectName("shareCard")
        self.card.setStyleSheet(
            "QFrame#shareCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(16, 14, 16, 12)
        card_layout.addWidget(self.words_label)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.new_words_button)
        buttons_row.addWidget(self.copy_button)
        card_layout.addLayout(buttons_row)

        self.plain_note = QLabel(
            self.tr("Not protected: anyone who gets the file, or a copy of it, can read it."),
            self,
        )
        self.plain_note.setObjectName("sharePlainNote")
        self.plain_note.setWordWrap(True)
        set_tone(self.plain_note, "caution")
        self.limits_note = QLabel(
            self.tr(
                "The password protects the file on its way and where it is kept. Whoever "
                "opens it can still print it or save a copy without the password."
            ),
            self,
        )
        self.limits_note.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("shareStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Choose where to save…"))
        self.save_button.setObjectName("shareSave")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.protect_check)
        layout.addWidget(self.card)
        layout.addWidget(self.words_hint)
        layout.addWidget(self.limits_note)
        layout.addWidget(self.plain_note)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.protect_check.toggled.connect(self._protect_toggled)
        self.new_words_button.clicked.connect(self.new_words)
        self.copy_button.clicked.connect(self.copy_words)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(620)
        self._protect_toggled(False)

    # -- what she sees --------------------------------------------------------------
    @property
    def password(self) -> str | None:
        """The words shown, while "Protect with a password" is ticked."""
        return self._password if self.protect_check.isChecked() else None

    @Slot(bool)
    def _protect_toggled(self, on: bool) -> None:
        if on and self._password is None:
            self.new_words()
        for widget in (self.card, self.words_hint, self.limits_note):
            widget.setVisible(on)
        self.plain_note.setVisible(not on)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its wrapped texts need at its width (adjustSize would narrow it
        and cut the wrapped lines)."""
        layout = self.layout()
        if layout is None:
            return
        width = max(self.width(), self.minimumWidth())
        layout.activate()
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    @Slot()
    def new_words(self) -> None:
        if self._clipboard.holds_ours:
            self._clipboard.clear_if_ours()  # the old words are no use to anyone now
        self._password = generate_password(self._request.language)
        self.words_label.setText(self._password)
        self.status_label.clear()

    @Slot()
    def copy_words(self) -> None:
        if self._password is None:
            return
        self._clipboard.copy(self._password)
        seconds = max(1, self._clipboard.timeout_ms // 1000)
        self.status_label.setText(
            self.tr("Copied. The clipboard is cleared in {seconds} seconds.").format(
                seconds=seconds
            )
        )

    @Slot()
    def _accept_if_valid(self) -> None:
        issues = recipient_issues(self.recipient_edit.text().strip())
        if issues:
            self.status_label.setText(user_text(ValidationError(issues)))
            self.recipient_edit.setFocus()
            return
        self.accept()

    def sharing(self) -> Sharing:
        """Her answer (read once the dialog was accepted)."""
        if self.wiped:  # never a plain export in place of the protected one she chose
            raise RuntimeError("the Share dialog was closed by a lock")
        return Sharing(self.recipient_edit.text().strip(), self.password)

    def wipe(self) -> None:
        """At lock (the window's tracked dialogs): the words leave the screen, the
        dialog and the clipboard; what she typed goes too, and the export ends."""
        self.wiped = True
        if self._clipboard.holds_ours:
            self._clipboard.clear_if_ours()
        self._password = None
        self.words_label.clear()
        self.recipient_edit.clear()
        self.status_label.clear()

    def done(self, result: int) -> None:
        # The words leave the screen with the dialog; the caller holds them only for
        # the export it runs.
        super().done(result)
        self.words_label.clear()
