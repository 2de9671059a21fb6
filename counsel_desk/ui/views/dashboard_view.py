"""Today: what needs the counselor's attention. Each item opens its client."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui.models.attention_model import (
    ITEM_ROLE,
    KIND_ORDER,
    KIND_TONES,
    AttentionModel,
    kind_label,
)
from counsel_desk.ui.qt_types import qt_date
from counsel_desk.ui.theme import set_tone, styled, tone
from counsel_desk.ui.widgets.reminders_panel import RemindersPanel

if TYPE_CHECKING:
    from counsel_desk.services.clients import AttentionItem


CARDS_PER_ROW = 4


class _KindFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: str | None = None

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.kind is None:
            return True
        model = self.sourceModel()
        item = model.data(model.index(source_row, 0, source_parent), ITEM_ROLE)
        return item is not None and str(item.kind) == self.kind


CARD_MIN_HEIGHT = 78


class _Card(QPushButton):
    """A count with its label; checkable, to show only that kind."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setCheckable(True)
        self.setObjectName("attentionCard")
        self.setMinimumHeight(CARD_MIN_HEIGHT)
        self.setMinimumWidth(120)
        tone_name = KIND_TONES[kind]
        styled(
            self,
            lambda: (
                "QPushButton#attentionCard { border: 1px solid palette(mid);"
                f" border-left: 5px solid {tone(tone_name).name()}; border-radius: 6px;"
                " background: palette(base); }"
                "QPushButton#attentionCard:checked { background: palette(alternate-base);"
                " border-color: palette(highlight); }"
            ),
        )
        self.count_label = QLabel("0", self)
        font = QFont(self.count_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.count_label.setFont(font)
        set_tone(self.count_label, tone_name, "background: transparent;")
        self.text_label = QLabel(kind_label(kind), self)
        self.text_label.setWordWrap(True)
        self.text_label.setStyleSheet("background: transparent;")
        for label in (self.count_label, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(14, 8, 10, 8)
        inner.setSpacing(0)
        inner.addWidget(self.count_label)
        inner.addWidget(self.text_label)
        self.setToolTip(kind_label(kind))
        self.count = 0
        self.setAccessibleName(f"{self.text_label.text()}: 0")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as its label needs at this width: a long label (longer in Indonesian)
        wraps onto a third line instead of being cut."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        text_width = self.width() - margins.left() - margins.right()
        text_height = self.text_label.heightForWidth(text_width)
        if text_height != self.text_label.minimumHeight():
            self.text_label.setMinimumHeight(text_height)  # the layout gives it its lines
        needed = (
            margins.top() + margins.bottom() + self.count_label.sizeHint().height() + text_height
        )
        height = max(CARD_MIN_HEIGHT, needed)
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def set_count(self, count: int) -> None:
        self.count = count
        self.count_label.setText(str(count))
        self.setAccessibleName(f"{self.text_label.text()}: {count}")


class DashboardView(QWidget):
    client_activated = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.model = AttentionModel(self)
        self.proxy = _KindFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(self.tr("Today"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("dateLabel")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.date_label)

        self.cards = {kind: _Card(kind, self) for kind in KIND_ORDER}
        # Two rows of four: seven cards in one row squeeze their labels onto two lines
        # and force the caseload beside them too narrow for its names.
        card_row = QGridLayout()
        card_row.setHorizontalSpacing(10)
        card_row.setVerticalSpacing(10)
        for i, card in enumerate(self.cards.values()):
            card_row.addWidget(card, i // CARDS_PER_ROW, i % CARDS_PER_ROW)
            card.toggled.connect(lambda checked, k=card.kind: self._card_toggled(k, checked))
        for column in range(CARDS_PER_ROW):
            card_row.setColumnStretch(column, 1)

        self.table = QTableView(self)
        self.table.setObjectName("attentionTable")
        self.table.setAccessibleName(self.tr("Needs attention"))
        self.table.setAccessibleDescription(
            self.tr("Clients who need something today. Enter opens the client chosen.")
        )
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The columns sized from the rows on screen: by default Qt measures 1,000 rows on
        # every refresh (1,700 items of a large caseload: 0.7 s with the window stopped).
        header.setResizeContentsPrecision(0)

        self.empty_label = QLabel(self.tr("Nothing needs your attention today."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyLabel")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        hint = QLabel(self.tr("Double-click an item to open the client."), self)
        hint.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(heading)
        # The vault's disk is too full for two backups (issue 21); set by the main window.
        self.space_label = QLabel(self)
        self.space_label.setObjectName("spaceWarning")
        self.space_label.setWordWrap(True)
        self.space_label.setVisible(False)
        layout.addWidget(self.space_label)
        layout.addLayout(card_row)
        layout.addWidget(self.stack, 1)
        # Reminders (issue 9): what comes due; filled by the main window's refresh.
        self.reminders = RemindersPanel(self, today=today)
        self.reminders.client_activated.connect(self.client_activated)
        layout.addWidget(self.reminders, 1)
        layout.addWidget(hint)

        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.set_items([])

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        self.model.set_items(items)
        counts = self.model.counts()
        for kind, card in self.cards.items():
            card.set_count(counts.get(kind, 0))
        self.date_label.setText(
            QLocale().toString(qt_date(self._today()), QLocale.FormatType.LongFormat)
        )
        self.stack.setCurrentWidget(self.table if items else self.empty_label)

    def set_low_space(self, low: bool) -> None:
        self.space_label.setText(
            self.tr(
                "The disk that holds the vault has less free space than two backups need. "
                "Free some space on it so that saving and backing up keep working."
            )
            if low
            else ""
        )
        self.space_label.setVisible(low)

    def clear(self) -> None:
        self.reminders.clear()
        for card in self.cards.values():
            card.setChecked(False)
        self.set_items([])

    def set_privacy(self, on: bool) -> None:
        self.model.set_privacy(on)
        self.reminders.set_privacy(on)

    def visible_texts(self) -> list[str]:
        return [
            str(self.proxy.index(r, c).data() or "")
            for r in range(self.proxy.rowCount())
            for c in range(self.proxy.columnCount())
        ] + [
            str(self.reminders.model.index(r, c).data() or "")
            for r in range(self.reminders.model.rowCount())
            for c in range(self.reminders.model.columnCount())
        ]

    def _card_toggled(self, kind: str, checked: bool) -> None:
        if checked:
            for other in self.cards.values():
                if other.kind != kind:
                    other.setChecked(False)
            self.proxy.set_kind(kind)
        elif self.proxy.kind == kind:
            self.proxy.set_kind(None)

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE) if index.isValid() else None
        if item is None:
            item = self.proxy.index(index.row(), 0).data(ITEM_ROLE)
        if item is not None:
            self.client_activated.emit(item.client_id)
