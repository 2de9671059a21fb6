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
    """Typing never waits: the query runs 120 ms after the last key, in the background
    (with ``ops``; the window's own work goes on meanwhile), and what is typed is quoted
    so no character can break the query. Only the answer to what the box holds now is
    shown: an older query answering late is dropped."""

    note_requested = Signal(int, int)  # client id, session id
    client_requested = Signal(int)

    def __init__(
        self,
        service: Callable[[], SearchService],
        parent: QWidget | None = None,
        *,
        privacy: bool = False,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search Notes and Profiles"))
        self._service = service
        self._ops = ops or Operations(SyncRunner(), None)  # errors: the count line
        self._asked: str | None = None  # the query whose answer is awaited
        self._open_for: str | None = None  # Enter pressed on this text before its answer
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
        self._asked = text
        if self._open_for != text:
            self._open_for = None  # typed on after Enter: nothing opens by itself
        if not text.strip():
            self._show(text, [])
            return
        service = self._service
        self._ops.op(self, "", lambda: service().search(text)).on_success(
            lambda hits: self._show(text, hits)
        ).on_error(lambda error: self._refused(text, user_text(error))).run_in_background()

    @property
    def searching(self) -> bool:
        """A query is asked and its answer not shown yet."""
        return self._asked is not None

    def _refused(self, text: str, message: str) -> None:
        if text != self._asked:
            return
        self._asked = None
        self._open_for = None
        self.count_label.setText(message)

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        if text != self._asked:
            return  # typed on since: its own answer follows
        self._asked = None
        self.model.set_hits(hits)
        if text.strip():
            self.count_label.setText(self.tr("Results: {count}").format(count=len(hits)))
        else:
            self.count_label.setText("")
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        if self._open_for == text:
            self._open_for = None
            index = self.results.currentIndex()
            if index.isValid():
                self._activated(index)

    def _open_first(self) -> None:
        """Enter: the first result of what is typed, once it is known."""
        self.timer.stop()
        self._open_for = self.edit.text()
        self.run_query()

    def done(self, result: int) -> None:
        """Closed (by her, or by a lock): an answer still on its way is dropped."""
        self._asked = None
        self._open_for = None
        super().done(result)

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
