"""The banner that says the vault's key settings are weak, with a Strengthen button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from counsel_desk.services.vault_service import KdfParams
from counsel_desk.ui.theme import set_tone


class KdfBanner(QFrame):
    """Hidden until :meth:`show_for` gets weak settings; ``strengthen_requested`` when the
    button is pressed."""

    strengthen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kdfBanner")
        self.label = QLabel(self)
        self.label.setObjectName("kdfBannerText")
        # One line (the window must still fit a laptop at 125 %); the rest in the tooltip.
        self.label.setWordWrap(False)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.label, "warning")
        self.button = QPushButton(self.tr("Strengthen…"), self)
        self.button.setObjectName("strengthenButton")
        self.button.setAccessibleDescription(
            self.tr(
                "Protects the passphrase with stronger key settings measured on this "
                "computer. The passphrase stays the same."
            )
        )
        self.button.clicked.connect(self.strengthen_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setVisible(False)

    def show_for(self, weak: KdfParams | None, *, can_write: bool = True) -> None:
        if weak is None:
            self.label.clear()
            self.setVisible(False)
            return
        self.label.setText(
            self.tr(
                "Weak key settings (Argon2id t={t}, m={m} KiB, p={p}): a stolen copy of "
                "this vault is cheaper to guess."
            ).format(t=weak.time_cost, m=weak.memory_kib, p=weak.parallelism)
        )
        details = self.tr(
            "This vault's passphrase is protected by weaker key settings than recommended "
            "(t=3, m=65536 KiB, p=4). Strengthen them with settings measured on this "
            "computer; your passphrase stays the same."
        )
        self.label.setToolTip(details)
        self.setAccessibleDescription(details)
        self.button.setEnabled(can_write)
        self.setVisible(True)
