"""The kiosk: a full-screen dialog a student fills in on the counselor's screen.

It shows one form and nothing else — no caseload, no names, no menus. Escape and the
window's close do nothing; it is left only with the vault's passphrase (checked by the
vault service, off the GUI thread), and after :data:`KioskShell.WRONG_PASSPHRASES` wrong
ones the vault is locked (guessing at her screen ends there). Locking the vault (the
auto-lock too) closes it: the main window tracks it as a vault dialog and calls
:meth:`KioskShell.wipe` first.

Subclasses put their form into :attr:`KioskShell.body` and their own buttons into
:attr:`KioskShell.bottom`, and clear what a student typed in :meth:`clear_form`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import CounselDeskError
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.theme import set_tone


class KioskShell(QDialog):
    WRONG_PASSPHRASES = 5

    def __init__(
        self,
        verify: Callable[[str], None],
        ops: Operations,
        title: str,
        parent: QWidget | None = None,
        *,
        lock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._verify = verify
        self._lock = lock
        self._ops = ops
        self._may_close = False
        self._wrong_count = 0
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setModal(True)

        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("pageTitle")
        heading = self.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.7)
        heading.setBold(True)
        self.title_label.setFont(heading)
        self.title_label.setWordWrap(True)

        # -- the counselor's way out ---------------------------------------------------
        self.leave_button = QPushButton(self.tr("Counselor…"), self)
        self.leave_button.setObjectName("kioskLeave")
        self.leave_button.setFlat(True)
        self.leave_button.setAccessibleDescription(
            self.tr("For the counselor: asks for the vault's passphrase to leave the kiosk.")
        )
        self.leave_button.clicked.connect(self.ask_passphrase)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("kioskPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("The vault's passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase to leave the kiosk"))
        self.passphrase_edit.returnPressed.connect(self.leave)
        self.exit_button = QPushButton(self.tr("&Leave Kiosk"), self)
        self.exit_button.setObjectName("kioskExit")
        self.exit_button.clicked.connect(self.leave)
        self.exit_button.setAccessibleDescription(
            self.tr("Leaves the kiosk when the passphrase is the vault's.")
        )
        self.cancel_exit = QPushButton(self.tr("Back to the Form"), self)
        self.cancel_exit.setObjectName("kioskBack")
        self.cancel_exit.clicked.connect(self._hide_passphrase)
        self.cancel_exit.setAccessibleDescription(
            self.tr("Hides the passphrase field; the kiosk stays open.")
        )
        # Locking is always safe (unlocking asks for everything the vault needs): the
        # way out for a vault that opens with a key file too.
        self.lock_button = QPushButton(self.tr("Loc&k the Vault"), self)
        self.lock_button.setObjectName("kioskLock")
        self.lock_button.setAccessibleDescription(
            self.tr("Locks the vault, which closes the kiosk; unlock as usual to go on.")
        )
        self.lock_button.clicked.connect(self.lock_vault)
        self.lock_button.setVisible(lock is not None)
        self.exit_label = QLabel("", self)
        self.exit_label.setObjectName("kioskExitMessage")
        set_tone(self.exit_label, "error")
        self.exit_row = QWidget(self)
        row = QHBoxLayout(self.exit_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.exit_button)
        row.addWidget(self.cancel_exit)
        row.addWidget(self.lock_button)
        row.addWidget(self.exit_label, 1)
        self.exit_row.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout()
        self.bottom = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        layout.addLayout(self.bottom)
        layout.addWidget(self.exit_row)

    def big_font(self) -> QFont:
        """Large enough to read and tick from a step back, on a shared laptop."""
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        return big

    # -- leaving -------------------------------------------------------------------------
    def ask_passphrase(self) -> None:
        self.exit_row.setVisible(True)
        self.exit_label.clear()
        self.passphrase_edit.setFocus()

    def _hide_passphrase(self) -> None:
        self.passphrase_edit.clear()
        self.exit_row.setVisible(False)

    def leave(self) -> None:
        """Check the passphrase (slow: in the background) and close on a match."""
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        if not passphrase:
            return
        self.exit_label.setText(self.tr("Checking…"))
        (
            self._ops.op(self, "", lambda: self._verify(passphrase))
            .disabling(self.exit_button, self.passphrase_edit)
            .on_success(lambda _: self._release())
            .on_error(self._wrong)
            .run_in_background()
        )

    def lock_vault(self) -> None:
        if self._lock is not None:
            self._lock()

    def _wrong(self, error: CounselDeskError) -> None:
        self._wrong_count += 1
        if self._wrong_count >= self.WRONG_PASSPHRASES and self._lock is not None:
            self.lock_vault()
            return
        self.exit_label.setText(user_text(error))
        self.passphrase_edit.setFocus()

    def _release(self) -> None:
        self._may_close = True
        self.accept()

    def reject(self) -> None:  # Escape: stays (only the passphrase leaves)
        if self._may_close:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def clear_form(self) -> None:
        """Forget what a student entered (subclasses)."""

    def wipe(self) -> None:
        """At lock: nothing typed stays (the lock then hides and deletes the kiosk)."""
        self.passphrase_edit.clear()
        self.clear_form()
