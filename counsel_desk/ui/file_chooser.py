"""File and folder choices behind one small seam.

Dialogs and actions ask a :class:`FileChooser` instead of calling ``QFileDialog``
themselves; tests plug in a fake that answers at once, so no test opens a real modal
file dialog. The answers are paths the user chose; nothing here is remembered.

Qt's own (non-native) file dialog remembers the folders it visited in the user's
``QtProject.conf`` (``[FileDialog] history``, ``lastVisited``): a folder named after a
client would stay there in plain text. :func:`forget_file_dialog_history` removes that
group after every dialog (issue 15, item 8).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counsel_desk.domain.disclosures import Sharing

if TYPE_CHECKING:
    from counsel_desk.ui.dialogs.share_dialog import ShareRequest


def forget_file_dialog_history() -> None:
    """Remove what Qt's file dialog wrote about visited folders (``QtProject.conf``)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


class FileChooser:
    """The real thing: the platform's file dialogs."""

    def __init__(self) -> None:
        self._track: Callable[[QDialog], None] | None = None

    def track_dialogs(self, track: Callable[[QDialog], None]) -> None:
        """Hand each dialog of the vault's data it opens (the Share dialog, which shows
        a password) to ``track``, which closes and wipes it when the vault locks."""
        self._track = track

    def open_file(
        self, parent: QWidget | None, title: str, start: Path | None = None, filters: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()), filters)
        forget_file_dialog_history()
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        forget_file_dialog_history()
        return Path(name) if name else None

    def folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
        forget_file_dialog_history()
        return Path(name) if name else None

    def share(self, parent: QWidget | None, request: ShareRequest) -> Sharing | None:
        """How a PDF with a client's data is shared (to whom; with a password?), asked
        before its file name; None when she cancels."""
        from counsel_desk.ui.dialogs.share_dialog import ShareDialog

        dialog = ShareDialog(parent, request)
        if self._track is not None:
            self._track(dialog)  # a lock closes it and takes the words away
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            # A lock while it was open closed (and perhaps deleted) it: no export.
            if not accepted or not shiboken6.isValid(dialog) or dialog.wiped:
                return None
            return dialog.sharing()
        finally:
            if shiboken6.isValid(dialog):
                dialog.deleteLater()
