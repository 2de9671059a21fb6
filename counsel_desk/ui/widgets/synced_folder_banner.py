"""The bar that says the open vault lies in a synced folder (Dropbox, OneDrive, Syncthing
…), with a button to move it out (issue 18, item 2; docs/sync.md). It stays for as long
as the vault is unlocked there: a warning, never a question that blocks her work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from counsel_desk.i18n import shown_path
from counsel_desk.services.vault_service import SyncedFolder, service_name
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import translate


def synced_service_name(found: SyncedFolder) -> str:
    """The service's name in the interface's language (brand names stay as they are)."""
    name = service_name(found.service)
    return name if isinstance(name, str) else translate(name)


class SyncedFolderBanner(QFrame):
    """Hidden until :meth:`show_for` gets a synced folder; ``move_requested`` when the
    button is pressed."""

    move_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncedFolderBanner")
        self.label = QLabel(self)
        self.label.setObjectName("syncedFolderBannerText")
        # One line (the window must still fit a laptop at 125 %); the rest in the tooltip.
        self.label.setWordWrap(False)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.label, "warning")
        self.button = QPushButton(self.tr("Move the Vault Out of the Synced Folder…"), self)
        self.button.setObjectName("moveOutButton")
        self.button.setAccessibleDescription(
            self.tr(
                "Copies the vault to a folder you choose outside the synced folder, checks "
                "the copy, and only then removes the vault from the synced folder."
            )
        )
        self.button.clicked.connect(self.move_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setVisible(False)

    def show_for(self, found: SyncedFolder | None, *, can_write: bool = True) -> None:
        if found is None:
            self.label.clear()
            self.setVisible(False)
            return
        service = synced_service_name(found)
        self.label.setText(
            self.tr(
                "This vault is in a folder that {service} syncs: it can be damaged there."
            ).replace("{service}", service)
        )
        details = (
            self.tr(
                "{service} copies the folder {root} to other computers. A vault in use "
                "there can be damaged when it is copied in the middle of a change, or when "
                "two computers change it at once. Move it to a folder that is not synced; "
                "backups may still go to a synced folder (docs/sync.md)."
            )
            .replace("{service}", service)
            .replace("{root}", shown_path(found.root))
        )
        self.label.setToolTip(details)
        self.setAccessibleDescription(details)
        self.button.setEnabled(can_write)
        self.setVisible(True)
