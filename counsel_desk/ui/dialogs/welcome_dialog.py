"""First run: create a vault (or open an existing one)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.passphrase import PassphraseAssessment, assess_passphrase
from counsel_desk.i18n import CounselDeskError
from counsel_desk.paths import default_vault_path
from counsel_desk.services.vault_service import KdfParams, VaultService, calibrate
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.icons import app_icon
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.tasks import Runner
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.new_passphrase import show_match
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit
from counsel_desk.ui.widgets.strength_meter import StrengthMeter

T = TypeVar("T")

Calibrator = Callable[..., KdfParams]
"""``calibrator(progress=callable) -> KdfParams``; the product uses vault calibration."""

OPEN_EXISTING = 2
"""``exec()`` result when the user chose an existing vault instead of creating one."""


class WelcomeDialog(QDialog):
    """Choose a location and a passphrase; calibrate Argon2 and create the vault in a worker."""

    created = Signal(Path)

    def __init__(
        self,
        vault: VaultService,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        calibrator: Calibrator | None = None,
        location: Path | None = None,
        chooser: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._chooser = chooser or FileChooser()
        self._runner = runner
        self._calibrator = calibrator or _calibrate_one_second
        # Its errors are shown in the dialog itself; each step disables it while it runs.
        self._ops = Operations(runner, None)
        self._step: VaultOp[Any] | None = None
        self._assessment: PassphraseAssessment | None = None
        self.chosen_existing: Path | None = None
        self.created_path: Path | None = None
        # The new vault's recovery key, for the main window to show once; then dropped.
        self.recovery_key: str | None = None

        self.setWindowTitle(self.tr("Welcome to Counsel Desk"))
        self.setWindowIcon(app_icon())
        self.setModal(True)
        self.setMinimumWidth(620)

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Welcome to Counsel Desk"), self)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        title.setFont(title_font)
        intro = QLabel(
            self.tr(
                "Your case records are kept in an encrypted vault on this computer. "
                "Choose where the vault lives and a passphrase that only you know."
            ),
            self,
        )
        intro.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(title)
        heading.addWidget(intro)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.location_edit = QLineEdit(str(location or default_vault_path()), self)
        self.location_edit.setObjectName("locationEdit")
        self.location_edit.setAccessibleDescription(
            self.tr("The folder the new vault is made in; it must be new or empty.")
        )
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setAccessibleDescription(
            self.tr("Opens a file window to choose the vault's folder.")
        )
        location_row = QHBoxLayout()
        location_row.addWidget(self.location_edit, 1)
        location_row.addWidget(self.browse_button)

        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.repeat_edit = PassphraseEdit(self)
        self.repeat_edit.setObjectName("repeatEdit")
        self.passphrase_edit.setAccessibleDescription(
            self.tr(
                "Choose the passphrase that opens the vault, a few unrelated words; the "
                "meter below says how strong it is. It cannot be recovered without the "
                "recovery key."
            )
        )
        self.repeat_edit.setAccessibleDescription(
            self.tr("Type the passphrase once more, to be sure of it.")
        )
        self.meter = StrengthMeter(self)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchLabel")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Vault folder:"), location_row)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat passphrase:"), self.repeat_edit)
        form.addRow("", self.match_label)

        warning = QLabel(
            self.tr(
                "Nobody can open the vault without this passphrase or its recovery key, "
                "not even the makers of Counsel Desk. Whoever holds either can open it. "
                "Write the passphrase down and keep it somewhere safe."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setObjectName("hint")
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.setVisible(False)

        self.open_existing_button = QPushButton(self.tr("Open an Existing Vault…"), self)
        self.open_existing_button.setObjectName("openExistingButton")
        self.open_existing_button.setAccessibleDescription(
            self.tr("Chooses the folder of a vault you already have, instead of making one.")
        )
        self.cancel_button = QPushButton(self.tr("Quit"), self)
        self.cancel_button.setAccessibleDescription(
            self.tr("Closes this window without making a vault.")
        )
        self.create_button = QPushButton(self.tr("Create Vault"), self)
        self.create_button.setObjectName("createButton")
        self.create_button.setAccessibleDescription(
            self.tr("Makes the encrypted vault in the folder and shows its recovery key.")
        )
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_existing_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(line)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.status_label.setVisible(False)

        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.browse_button.clicked.connect(self._browse)
        self.open_existing_button.clicked.connect(self._choose_existing)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self.start_create)
        self._update()

    # -- input ------------------------------------------------------------------------
    @Slot()
    def _update(self) -> None:
        text = self.passphrase_edit.text()
        self._assessment = assess_passphrase(text) if text else None
        self.meter.show_assessment(self._assessment)
        show_match(self.match_label, text, self.repeat_edit.text())
        self.create_button.setEnabled(self._can_create())

    def _can_create(self) -> bool:
        return (
            not self.is_busy
            and self._assessment is not None
            and self._assessment.acceptable
            and self.repeat_edit.text() == self.passphrase_edit.text()
            and bool(self.location_edit.text().strip())
        )

    def _browse(self) -> None:
        start = Path(self.location_edit.text()).expanduser().parent
        folder = self._chooser.folder(self, self.tr("Choose where to keep the vault"), start)
        if folder is not None:
            self.location_edit.setText(str(folder / "Counsel Desk Vault"))

    def _choose_existing(self) -> None:
        folder = self._chooser.folder(self, self.tr("Open an existing vault"))
        if folder is not None:
            self.choose_existing(folder)

    def choose_existing(self, folder: Path) -> bool:
        """Use an existing vault instead of creating one (the dialog closes)."""
        if not self._vault.looks_like_vault(folder):
            self._show_error(
                self.tr("That folder is not a Counsel Desk vault. Choose the vault's folder.")
            )
            return False
        self.chosen_existing = folder
        self.done(OPEN_EXISTING)
        return True

    # -- creating ---------------------------------------------------------------------
    @Slot()
    def start_create(self) -> None:
        if not self._can_create():
            return
        path = Path(self.location_edit.text().strip()).expanduser()
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            self._show_error(
                self.tr("That folder already holds files. Choose a new or empty folder.")
            )
            return
        # A folder that Dropbox, OneDrive, Syncthing … copies is refused before the
        # calibration (docs/sync.md); the vault's creation checks again.
        location_ok = self._ops.op(self, "", lambda: self._vault.check_new_location(path))
        if not location_ok.on_error(self._failed).run():
            return
        # The status first: the dialog grows to fit it (two lines in Indonesian).
        self.status_label.setText(
            self.tr("Measuring this computer to choose strong key settings (Argon2id)…")
        )
        self._set_busy(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        passphrase = self.passphrase_edit.text()
        self._run_step(self._calibrator, lambda params: self._create(path, passphrase, params))
        assert self._step is not None
        self._step.with_progress(lambda f: self.progress.setValue(int(f * 80)))
        self._step.run_in_background()

    def _run_step(self, work: Callable[..., T], then: Callable[[T], object]) -> None:
        """One step of creating the vault: the dialog stays busy until it ends."""
        step = self._ops.op(self, "", work).on_success(then).on_error(self._failed)
        self._step = step.on_done(lambda: self._set_busy(False))

    def _create(self, path: Path, passphrase: str, params: KdfParams) -> None:
        self.status_label.setText(self.tr("Creating the encrypted vault…"))
        self._set_busy(True)
        self.progress.setValue(85)
        self._run_step(
            lambda: self._vault.create(path, passphrase, params),
            lambda key: self._created(path, key),
        )
        assert self._step is not None
        self._step.run_in_background()

    def _created(self, path: Path, recovery_key: str) -> None:
        self.recovery_key = recovery_key or None
        self.progress.setValue(100)
        self.passphrase_edit.wipe()
        self.repeat_edit.wipe()
        self.created_path = path
        self.created.emit(path)
        self.accept()

    def _failed(self, error: CounselDeskError) -> None:
        self._show_error(user_text(error))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """A shown progress bar, status or error makes the dialog taller, never squeezes
        the rows above it (wrapped labels over the strength meter, its verdict cut)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if self.height() < need:
            self.resize(self.width(), need)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.location_edit,
            self.browse_button,
            self.passphrase_edit,
            self.repeat_edit,
            self.open_existing_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self._can_create())
        self.progress.setVisible(busy)
        self.status_label.setVisible(busy)
        if busy:
            self.error_label.setVisible(False)
        self._grow_to_fit()

    @property
    def is_busy(self) -> bool:
        return self._step is not None and self._step.running

    def reject(self) -> None:
        if self.is_busy:  # Argon2 cannot be interrupted; let it finish
            return
        self.passphrase_edit.wipe()
        self.repeat_edit.wipe()
        super().reject()


def _calibrate_one_second(progress: Callable[[float], None] | None = None) -> KdfParams:
    return calibrate(1.0, progress)
