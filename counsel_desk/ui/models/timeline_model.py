"""A client's timeline of notes, newest first (one row per note)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from counsel_desk.domain.enums import NoteClass
from counsel_desk.domain.templates import template_for
from counsel_desk.services.notes import TimelineEntry
from counsel_desk.ui.labels import format_date, session_kind_label
from counsel_desk.ui.note_labels import note_class_label, note_state_labels
from counsel_desk.ui.theme import tone
from counsel_desk.ui.translate import translate

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def row_of(self, session_id: int | None = None, autosave_id: int | None = None) -> int:
        for row, entry in enumerate(self._entries):
            if autosave_id is not None and entry.autosave_id == autosave_id:
                return row
            if session_id is not None and entry.note.id == session_id and not entry.is_recovered:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        note = entry.note
        if role == Qt.ItemDataRole.DisplayRole:
            title = " · ".join(
                p
                for p in (
                    format_date(note.date),
                    translate(template_for(note.template).name, "NoteTemplates"),
                    session_kind_label(note.kind),
                )
                if p
            )
            badges = note_state_labels(entry)
            if NoteClass(note.note_class) is not NoteClass.PROGRESS:
                badges.insert(0, note_class_label(note.note_class))
            return title + ("\n" + " · ".join(badges) if badges else "")
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole:
            if note.is_struck:
                return tone("muted")  # and struck out: not the colour alone
            if NoteClass(note.note_class) is not NoteClass.PROGRESS:
                return tone("private")
            return None
        if role == Qt.ItemDataRole.FontRole and note.is_struck:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(note_state_labels(entry)) or None
        return None
