"""Shows a new recovery key, once: big monospace groups, Save as PDF…, Copy, and a tick
"I have stored the recovery key safely" without which the dialog does not close."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage, shown_path
from counsel_desk.private_files import failure_reason
from counsel_desk.ui.clipboard import SensitiveClipboard, sensitive_clipboard
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.icons import app_icon
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.qt_types import qt_date
from counsel_desk.ui.tasks import Runner, Task
from counsel_desk.ui.theme import set_tone


def _pdf_tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryPdf", text)


def _write_pdf(path: Path, key: str, vault_name: str, created: dt.date, date_text: str) -> int:
    """Write the sheet (in a worker); a disk that refuses it is told as the PDF not
    saved, with the reason."""
    try:
        from counsel_desk.export.recovery_pdf import write_recovery_pdf  # reportlab

        return write_recovery_pdf(path, key, vault_name, created, tr=_pdf_tr, date_text=date_text)
    except OSError as error:
        raise CounselDeskError(
            UserMessage(
                QT_TRANSLATE_NOOP("RecoveryKeyDialog", "The PDF could not be saved: {reason}."),
                reason=failure_reason(error),
            )
        ) from None


class RecoveryKeyDialog(QDialog):
    def __init__(
        self,
        recovery_key: str,
        vault_folder: Path,
        runner: Runner,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        clipboard: SensitiveClipboard | None = None,
        today: dt.date | None = None,
        replaced: bool = False,
    ) -> None:
        super().__init__(parent)
        self._key = recovery_key
        self._folder = vault_folder
        # The PDF's errors are shown on the note line under the buttons, never in a box.
        self._ops = Operations(runner, None)
        self._saving: VaultOp[int] | None = None
        self.chooser = chooser
        self._clipboard = clipboard or sensitive_clipboard()
        self._today = today or dt.date.today()
        self.saved_pdf: Path | None = None
        self.setWindowTitle(self.tr("Your Recovery Key"))
        self.setWindowIcon(app_icon())
        self.setModal(True)
        self.setMinimumWidth(640)
        # No close button in the title bar: the tick below is the way out.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

        title = QLabel(
            self.tr("Your new recovery key") if replaced else self.tr("Your recovery key"), self
        )
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            (self.tr("The old recovery key no longer opens the vault. ") if replaced else "")
            + self.tr(
                "If you ever forget the passphrase, this key opens the vault and lets you "
                "choose a new one. It is shown only now."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.key_label = QLabel(self._grouped(recovery_key), self)
        self.key_label.setObjectName("recoveryKeyLabel")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 2.0)
        mono.setBold(True)
        mono.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        card = QFrame(self)
        card.setObjectName("recoveryKeyCard")
        card.setStyleSheet(
            "QFrame#recoveryKeyCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 18, 16, 18)
        card_layout.addWidget(self.key_label)

        warning = QLabel(
            self.tr(
                "Without the passphrase and without this recovery key, nobody can recover "
                "the records — not you, not your school, not the makers of Counsel Desk. "
                "Print it or write it down, and keep it in a safe place away from this "
                "computer. Whoever holds the key can open the vault."
            ),
            self,
        )
        warning.setObjectName("recoveryWarning")
        warning.setWordWrap(True)
        set_tone(warning, "caution")

        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_pdf_button.setObjectName("savePdfButton")
        self.save_pdf_button.setAccessibleDescription(
            self.tr("Saves the recovery key as a PDF to print; delete the file once printed.")
        )
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts the recovery key on the clipboard for a short time, then clears it.")
        )
        self.note_label = QLabel(self)
        self.note_label.setObjectName("recoveryNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stored_check = QCheckBox(self.tr("I have stored the recovery key safely"), self)
        self.stored_check.setObjectName("storedCheck")
        self.stored_check.setAccessibleDescription(
            self.tr("Tick it once the key is printed or saved somewhere safe; then Close works.")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleDescription(
            self.tr("Closes the window. The recovery key is not shown again.")
        )
        self.close_button.setEnabled(False)
        self.close_button.setDefault(True)

        actions = QHBoxLayout()
        actions.addWidget(self.save_pdf_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stored_check)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(card)
        layout.addWidget(warning)
        layout.addLayout(actions)
        layout.addWidget(self.note_label)
        layout.addSpacing(6)
        layout.addLayout(bottom)

        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.copy_button.clicked.connect(self.copy_key)
        self.stored_check.toggled.connect(self._update)
        self.close_button.clicked.connect(self.accept)

    @staticmethod
    def _grouped(key: str) -> str:
        groups = key.split("-")
        return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))

    @Slot()
    def _update(self) -> None:
        self.close_button.setEnabled(self.can_close)

    @property
    def is_saving(self) -> bool:
        """The PDF is being written (the dialog does not close meanwhile)."""
        return self._saving is not None and self._saving.running

    @property
    def can_close(self) -> bool:
        return self.stored_check.isChecked() and not self.is_saving

    # -- copy and PDF -----------------------------------------------------------------
    @Slot()
    def copy_key(self) -> None:
        self._clipboard.copy(self._key)
        seconds = max(1, self._clipboard.timeout_ms // 1000)
        self._note(
            self.tr("Copied. The clipboard is cleared in {seconds} seconds.").format(
                seconds=seconds
            )
        )

    @Slot()
    def save_pdf(self) -> Task[int] | None:
        """Ask where, then write the PDF in a worker."""
        if self.is_saving:
            return None
        suggested = Path.home() / "counsel-desk-recovery-key.pdf"
        path = self.chooser.save_file(
            self, self.tr("Save the recovery key as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        date_text = QLocale().toString(qt_date(self._today), QLocale.FormatType.LongFormat)
        key, name, today = self._key, self._folder.name, self._today
        op = self._ops.op(self, "", lambda: _write_pdf(path, key, name, today, date_text))
        self._saving = op
        op.disabling(self.save_pdf_button).on_done(self._update)
        op.on_success(lambda _size: self._pdf_saved(path)).on_error(self._pdf_failed)
        task = op.run_in_background()
        self._update()
        return task

    def _pdf_saved(self, path: Path) -> None:
        self.saved_pdf = path
        self._note(
            self.tr(
                "Saved to {path}. This PDF is NOT encrypted: print it, keep the printout in "
                "a safe place, then delete the file."
            ).format(path=shown_path(path))
        )
        self._update()

    def _pdf_failed(self, error: CounselDeskError) -> None:
        self._note(user_text(error), error=True)

    def _note(self, text: str, *, error: bool = False) -> None:
        self.note_label.setText(text)
        set_tone(self.note_label, "error" if error else None)

    # -- closing only with the tick ---------------------------------------------------
    def accept(self) -> None:
        if not self.can_close:
            return
        self._key = ""
        self.key_label.clear()
        super().accept()

    def reject(self) -> None:  # Esc and the window manager's close
        if self.can_close:
            self.accept()

    def done(self, result: int) -> None:
        if not self.can_close:
            return
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.can_close:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.can_close:
            event.ignore()
            return
        super().keyPressEvent(event)
