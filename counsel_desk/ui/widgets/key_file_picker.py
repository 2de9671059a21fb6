"""A file's location (a key file, a backup): a read-only path and a Choose… button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from counsel_desk.i18n import shown_path
from counsel_desk.ui.file_chooser import FileChooser


class KeyFilePicker(QWidget):
    """``save=True`` chooses where a NEW key file goes; otherwise an existing file.
    ``description`` says what Choose… is for (a key file by default)."""

    changed = Signal()

    def __init__(
        self,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        save: bool = False,
        title: str | None = None,
        filters: str = "",
        description: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.chooser = chooser
        self._save = save
        self._title = title
        self._filters = filters
        self._path: Path | None = None
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("keyFilePath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No key file chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseKeyFileButton")
        if description is None:
            description = (
                self.tr("Opens a file window to choose where the new key file is saved.")
                if save
                else self.tr("Opens a file window to choose the key file.")
            )
        self.choose_button.setAccessibleDescription(description)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.choose_button.clicked.connect(self.choose)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_edit.setText(shown_path(path) if path else "")
        self.changed.emit()

    def choose(self) -> None:
        if self._save:
            start = self._path or Path.home() / "counsel-desk.key"
            title = self._title or self.tr("Where should the new key file go?")
            path = self.chooser.save_file(self, title, start, self._filters)
        else:
            title = self._title or self.tr("Choose the key file")
            path = self.chooser.open_file(self, title, self._path, self._filters)
        if path is not None:
            self.set_path(path)
