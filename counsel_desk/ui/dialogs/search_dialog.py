"""Ctrl+F: search every note and profile as you type; a result opens the note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from counsel_desk.services.search import HitKind, SearchHit, SearchService
from counsel_desk.ui.models.search_results_model import HIT_ROLE, HtmlDelegate, SearchResultsModel
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.tasks import SyncRunner

TYPING_PAUSE_MS = 120


class SearchDialog(QDialog):
    """Typing never waits: the query runs 120 ms after the last key (FTS5 answers in
    milliseconds), and what is typed is quoted so no character can break the query."""

    note_requested = Signal(int, int)  # client id, session id
    client_requested = Signal(int)

    def __init__(
        self,
        service: Callable[[], SearchService],
        parent: QWidget | None = None,
        *,
        privacy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search Notes and Profiles"))
        self._service = service
        self._ops = Operations(SyncRunner(), None)  # errors: the count line
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText(self.tr("Search every note and profile…"))
        self.edit.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.model.privacy = privacy
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(
            self.tr("Notes and profiles holding the words typed. Enter opens the one chosen.")
        )
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count_label)
        self.resize(720, 520)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run_query)
        self.edit.textChanged.connect(lambda *_: self.timer.start())
        self.edit.returnPressed.connect(self._open_first)
        self.results.activated.connect(self._activated)

    def run_query(self) -> None:
        text = self.edit.text()
        self._ops.op(
            self, "", lambda: self._service().search(text) if text.strip() else []
        ).on_success(lambda hits: self._show(text, hits)).on_error(
            lambda error: self.count_label.setText(user_text(error))
        ).run()

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.model.set_hits(hits)
        if text.strip():
            self.count_label.setText(self.tr("Results: {count}").format(count=len(hits)))
        else:
            self.count_label.setText("")
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _open_first(self) -> None:
        self.timer.stop()
        self.run_query()
        index = self.results.currentIndex()
        if index.isValid():
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        if hit.kind is HitKind.NOTE and hit.session_id is not None:
            self.note_requested.emit(hit.client_id, hit.session_id)
        else:
            self.client_requested.emit(hit.client_id)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.edit.hasFocus():
            self.results.setFocus()
            return
        super().keyPressEvent(event)
