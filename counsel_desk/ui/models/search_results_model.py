"""Search hits as a list; each row's display is HTML with the matches highlighted."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from counsel_desk.domain.enums import NoteClass
from counsel_desk.services.search import MATCH_END, MATCH_START, HitKind, SearchHit
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.note_labels import note_class_label
from counsel_desk.ui.theme import MARK_BACKGROUND, MARK_TEXT

AnyIndex = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def highlighted_html(snippet: str) -> str:
    """The snippet escaped, then its match markers turned into highlighting."""
    escaped = html.escape(snippet.replace("\n", " "))
    mark = f"<b style='background-color:{MARK_BACKGROUND}; color:{MARK_TEXT}'>"
    return escaped.replace(MATCH_START, mark).replace(MATCH_END, "</b>")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchResults", text)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.privacy = False

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def _heading(self, hit: SearchHit) -> str:
        who = hit.case_code if self.privacy else f"{hit.client_name} · {hit.case_code}"
        if hit.kind is HitKind.PROFILE:
            return QCoreApplication.translate("SearchResults", "Profile of {who}").format(who=who)
        heading = QCoreApplication.translate("SearchResults", "Note of {date} · {who}").format(
            date=format_date(hit.date), who=who
        )
        if hit.note_class is not None and hit.note_class is not NoteClass.PROGRESS:
            heading += " · " + note_class_label(hit.note_class)
        return heading

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self._heading(hit)
                + "\n"
                + hit.snippet.replace(MATCH_START, "").replace(MATCH_END, "")
            )
        if role == HTML_ROLE:
            snippet = "" if self.privacy else highlighted_html(hit.snippet)
            return f"<b>{html.escape(self._heading(hit))}</b><br>{snippet}"
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints a row's HTML_ROLE (escaped text with highlighted matches)."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(100, option.rect.width() - 12))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 6, option.rect.height() - 4))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()) + 12, int(doc.size().height()) + 8)
