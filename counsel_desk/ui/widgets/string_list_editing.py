"""Adding and removing short texts in a list (never-print words, approved platforms)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QLineEdit, QListView, QPushButton


def tidy_unique(values: list[str], *, sort: bool) -> list[str]:
    """Spaces tidied, blanks dropped, duplicates in any letter case kept once (the first
    spelling), in the given order or sorted ignoring case."""
    unique: dict[str, str] = {}
    for value in values:
        cleaned = " ".join(value.split())
        if cleaned:
            unique.setdefault(cleaned.casefold(), cleaned)
    found = list(unique.values())
    return sorted(found, key=str.casefold) if sort else found


def remove_selected_rows(view: QListView, model: QStringListModel) -> None:
    """Remove the rows chosen in ``view`` from ``model`` (from the last, so none shifts)."""
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()}, reverse=True)
    for row in rows:
        model.removeRows(row, 1)


class StringListEditing:
    """Mixin for a page with a QStringListModel shown in ``view``, a line ``entry`` to
    type a new value, and ``add_button`` / ``remove_button``. The page creates them and
    connects its signals to :meth:`add_from_edit`, :meth:`remove_selected` and
    :meth:`update_buttons`."""

    model: QStringListModel
    view: QListView
    entry: QLineEdit
    add_button: QPushButton
    remove_button: QPushButton
    keep_sorted = False

    def values(self) -> list[str]:
        return list(self.model.stringList())

    def set_values(self, values: list[str]) -> None:
        self.model.setStringList(tidy_unique(values, sort=self.keep_sorted))
        self.update_buttons()

    def add_value(self, value: str) -> None:
        self.set_values([*self.values(), value])
        cleaned = " ".join(value.split()).casefold()
        for row, existing in enumerate(self.values()):
            if existing.casefold() == cleaned:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def add_from_edit(self) -> None:
        text = self.entry.text()
        if text.strip():
            self.add_value(text)
            self.entry.clear()

    def remove_selected(self) -> None:
        remove_selected_rows(self.view, self.model)
        self.update_buttons()

    def update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(bool(self.entry.text().strip()))
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
