"""The unlock screen: shown at start and whenever the vault is locked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import CounselDeskError, shown_path
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.icons import app_icon
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.tasks import Runner, Task
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit


def _short_path(path: Path) -> str:
    """The path with the home folder written as ~ (shorter, and as users know it)."""
    try:
        return shown_path(
            Path("~") / path.expanduser().resolve().relative_to(Path.home().resolve())
        )
    except (ValueError, OSError, RuntimeError):
        return shown_path(path)


class UnlockView(QWidget):
    """Passphrase in, Argon2 in a worker, ``unlocked`` out."""

    unlocked = Signal()
    create_requested = Signal()
    recover_requested = Signal()

    def __init__(self, vault: VaultService, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        # The unlock's errors are shown on this screen, under the passphrase.
        self._ops = Operations(runner, None)
        self._unlocking: VaultOp[None] | None = None
        self._path: Path | None = None

        card = QFrame(self)
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(480)
        card.setMinimumWidth(420)
        self._card = card

        logo = QLabel(card)
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("Counsel Desk"), card)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle = QLabel(self.tr("Your case records are locked."), card)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        # Shown only for the demo vault (``counsel-desk --demo``): its passphrase is no
        # secret, the records are invented. Never shown for any other vault.
        self.demo_banner = QLabel(card)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.demo_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #fff4ce; color: #5c4400;"
            " border: 1px solid #e0c060; border-radius: 6px; padding: 8px; }"
        )
        self.demo_banner.setVisible(False)
        self._demo: tuple[Path, str] | None = None

        self.path_label = QLabel(card)
        self.path_label.setObjectName("vaultPathLabel")
        self.path_label.setWordWrap(True)
        self.path_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.path_label, None, "color: palette(placeholder-text);")

        self.passphrase_edit = PassphraseEdit(card)
        self.passphrase_edit.setObjectName("unlockPassphraseEdit")
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setMinimumHeight(30)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleDescription(
            self.tr(
                "Opens the vault with the passphrase typed (and the key file, if it needs one)."
            )
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(30)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.unlock_button)

        # Key file (second factor): shown when the vault needs one, or on request.
        self._key_file_shown = False
        self._pending_lock: Task[Any] | None = None  # the previous session still closing
        self._unlock_when_closed = False
        self._chooser = FileChooser()
        self.key_file = KeyFilePicker(self._chooser, card)
        self.key_file.setObjectName("unlockKeyFile")
        self.key_file.path_edit.setPlaceholderText(self.tr("Key file"))
        self.key_file.setVisible(False)
        self.use_key_file_button = QPushButton(self.tr("Use a key file"), card)
        self.use_key_file_button.setObjectName("useKeyFileButton")
        self.use_key_file_button.setAccessibleDescription(
            self.tr("Shows a field to choose the key file this vault needs besides the passphrase.")
        )
        self.use_key_file_button.setFlat(True)
        self.recover_button = QPushButton(self.tr("Forgot passphrase? Use recovery key…"), card)
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setAccessibleDescription(
            self.tr("Opens the vault with its recovery key and lets you choose a new passphrase.")
        )
        self.recover_button.setFlat(True)
        key_links = QHBoxLayout()
        key_links.addWidget(self.use_key_file_button)
        key_links.addStretch(1)
        key_links.addWidget(self.recover_button)

        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        self.message_label = QLabel(card)
        self.message_label.setObjectName("unlockMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message_label.setMinimumHeight(36)

        self.other_button = QPushButton(self.tr("Open Another Vault…"), card)
        self.other_button.setFlat(True)
        self.other_button.setAccessibleDescription(
            self.tr("Chooses another vault folder to unlock instead of this one.")
        )
        self.new_button = QPushButton(self.tr("Create a New Vault…"), card)
        self.new_button.setFlat(True)
        self.new_button.setAccessibleDescription(
            self.tr("Creates a new, empty encrypted vault with its own passphrase.")
        )
        links = QHBoxLayout()
        links.addWidget(self.other_button)
        links.addStretch(1)
        links.addWidget(self.new_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 20)
        inner.setSpacing(10)
        inner.addWidget(logo)
        inner.addWidget(title)
        inner.addWidget(self.subtitle)
        inner.addWidget(self.demo_banner)
        inner.addSpacing(8)
        inner.addLayout(row)
        inner.addWidget(self.key_file)
        inner.addLayout(key_links)
        inner.addWidget(self.busy)
        inner.addWidget(self.message_label)
        inner.addWidget(self.path_label)
        inner.addSpacing(6)
        inner.addLayout(links)

        # 480 wide, or what its links need (Indonesian's are longer: they were cut at
        # both ends).
        card.setMaximumWidth(max(480, card.minimumSizeHint().width()))

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self.start_unlock)
        self.passphrase_edit.returnPressed.connect(self.start_unlock)
        self.other_button.clicked.connect(self._choose_other)
        self.new_button.clicked.connect(self.create_requested)
        self.use_key_file_button.clicked.connect(lambda: self.show_key_file(True))
        self.recover_button.clicked.connect(self.recover_requested)

    # -- state ------------------------------------------------------------------------
    @property
    def vault_path(self) -> Path | None:
        return self._path

    def set_vault_path(self, path: Path | None) -> None:
        self._path = path
        if path is None:
            self.path_label.setText(self.tr("No vault chosen yet."))
        else:
            self.path_label.setText(self.tr("Vault: {path}").format(path=_short_path(path)))
        self.unlock_button.setEnabled(path is not None and not self.is_busy)
        self._update_key_file()
        self._update_demo_banner()

    def set_demo(self, path: Path | None, passphrase: str = "") -> None:
        """Show the demo banner (with its passphrase) while ``path`` is the chosen vault."""
        self._demo = (path, passphrase) if path is not None else None
        self._update_demo_banner()

    def _update_demo_banner(self) -> None:
        demo = self._demo
        shown = demo is not None and self._path is not None and self._path == demo[0]
        if shown and demo is not None:
            self.demo_banner.setText(
                self.tr("Demo vault — synthetic data\nPassphrase: {passphrase}").format(
                    passphrase=demo[1]
                )
            )
        self.demo_banner.setVisible(shown)

    def set_preparing(self, preparing: bool, text: str = "") -> None:
        """A busy indicator while something slow happens before unlocking is possible
        (the demo vault being built)."""
        self._set_busy(preparing)
        self.set_message(text)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        set_tone(self.message_label, "error" if error else None)

    def stand_aside_for(self, dialog: QDialog) -> None:
        """Hide the unlock card while ``dialog`` (the first-run welcome) is open: its
        rounded edge showed above the dialog's title as a stray empty box. It comes back
        when the dialog closes."""
        self._card.setVisible(False)
        dialog.finished.connect(lambda _result: self._card.setVisible(True))

    @property
    def card_visible(self) -> bool:
        return not self._card.isHidden()

    def focus_passphrase(self) -> None:
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def is_busy(self) -> bool:
        return self._unlocking is not None and self._unlocking.running

    # -- unlocking --------------------------------------------------------------------
    @Slot()
    def start_unlock(self) -> None:
        if self.is_busy or self._path is None:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.set_message(self.tr("Enter the vault's passphrase."), error=True)
            return
        if self._pending_lock is not None:  # unlock once the last session has closed
            self._unlock_when_closed = True
            self._set_busy(True)
            self.set_message(self.tr("Finishing the automatic backup…"))
            return
        keyfile = self.key_file.path if self._key_file_shown else None
        if self._key_file_shown and keyfile is None and self._requires_key_file():
            self.set_message(self.tr("This vault also needs its key file: choose it."), error=True)
            return
        self._set_busy(True)
        self.set_message(self.tr("Unlocking…"))
        path = self._path
        op = self._ops.op(self, "", lambda: self._vault.unlock(path, passphrase, keyfile))
        self._unlocking = op
        op.on_done(self._unlock_ended).on_success(self._succeeded).on_error(self._failed)
        op.run_in_background()

    def _unlock_ended(self) -> None:
        self._set_busy(False)
        self.passphrase_edit.wipe()

    def _succeeded(self, _result: None) -> None:
        self.set_message("")
        self.unlocked.emit()

    def _failed(self, error: CounselDeskError) -> None:
        self.set_message(user_text(error), error=True)
        self.focus_passphrase()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._path is not None)
        self.other_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        self.key_file.setEnabled(not busy)
        self.use_key_file_button.setEnabled(not busy)
        self.recover_button.setEnabled(not busy and self._path is not None)

    # -- key file, recovery, the previous session closing -----------------------------
    def set_chooser(self, chooser: FileChooser) -> None:
        self.key_file.chooser = chooser
        self._chooser = chooser

    def _requires_key_file(self) -> bool:
        try:
            return self._path is not None and self._vault.requires_key_file(self._path)
        except Exception:  # an unreadable header: unlocking will say what is wrong
            return False

    def _update_key_file(self) -> None:
        self.show_key_file(self._requires_key_file() or self.key_file.path is not None)

    def show_key_file(self, shown: bool) -> None:
        self._key_file_shown = shown
        self.key_file.setVisible(shown)
        self.use_key_file_button.setVisible(not shown)

    @property
    def key_file_shown(self) -> bool:
        return self._key_file_shown

    def wait_for(self, task: Task[Any]) -> None:
        """The vault is still closing (a big vault's automatic backup): an unlock asked
        for meanwhile starts when ``task`` ends."""
        self._pending_lock = task
        task.finished.connect(self._previous_closed)
        task.failed.connect(self._previous_closed)

    @Slot(object)
    def _previous_closed(self, _result: object) -> None:
        self._pending_lock = None
        if self._unlock_when_closed:
            self._unlock_when_closed = False
            self._set_busy(False)
            self.start_unlock()

    def _choose_other(self) -> None:
        start = self._path.parent if self._path else None
        folder = self._chooser.folder(self, self.tr("Open a vault"), start)
        if folder is not None:
            self.choose_vault(folder)

    def choose_vault(self, folder: Path) -> bool:
        if not self._vault.looks_like_vault(folder):
            self.set_message(
                self.tr("That folder is not a Counsel Desk vault. Choose the vault's folder."),
                error=True,
            )
            return False
        self.set_vault_path(folder)
        self.set_message("")
        self.focus_passphrase()
        return True
