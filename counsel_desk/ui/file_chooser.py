"""File and folder choices behind one small seam.

Dialogs and actions ask a :class:`FileChooser` instead of calling ``QFileDialog``
themselves; tests plug in a fake that answers at once, so no test opens a real modal
file dialog. The answers are paths the user chose; nothing here is remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


class FileChooser:
    """The real thing: the platform's file dialogs."""

    def open_file(
        self, parent: QWidget | None, title: str, start: Path | None = None, filters: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()), filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
        return Path(name) if name else None
