"""The caseload as a table: one row per client summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from counsel_desk.domain.enums import ClientStatus, RiskLevel
from counsel_desk.ui.labels import format_date, risk_colour, risk_icon, risk_label, status_label

if TYPE_CHECKING:
    from counsel_desk.services.clients import ClientSummary

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Hands the row's ClientSummary through any proxy."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts naturally (dates as ordinals, risk by severity, blanks last)."""
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3

# The roles data() answers; the views ask for a dozen others per cell (size hints,
# check state, background...), thousands of times for a large caseload: those return at once.
_ROLES = frozenset(
    {
        SUMMARY_ROLE,
        SORT_ROLE,
        CLIENT_ID_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)

_RISK_ORDER = {RiskLevel.NONE: 0, RiskLevel.LOW: 1, RiskLevel.MODERATE: 2, RiskLevel.HIGH: 3}

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CASE_CODE = 0
    NAME = 1
    GRADE = 2
    STATUS = 3
    RISK = 4
    LAST_SESSION = 5
    DAYS_SINCE = 6


class ClientTableModel(QAbstractTableModel):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._rows: list[ClientSummary] = []
        self._privacy = False
        self._today = today
        self._sort_keys: dict[int, list[Any]] = {}
        self._loaded: list[ClientSummary] = []  # in the order given (ties keep it)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # Counts the changes of the rows or of their search texts (ClientFilterProxy's
        # cached filter follows it).
        self.generation = 0

    # -- content ----------------------------------------------------------------------
    def set_summaries(self, summaries: Sequence[ClientSummary]) -> None:
        self.beginResetModel()
        self._loaded = list(summaries)
        self._rows = self._sorted()
        self._sort_keys = {}
        self.generation += 1
        self.endResetModel()

    # -- sorting ----------------------------------------------------------------------
    # The model sorts its own rows, with one Python sort by key (2 ms for 5,000 clients);
    # ClientFilterProxy keeps that order. Sorting in the proxy calls lessThan from C++
    # some 27,000 times for 5,000 clients, which cost more than 100 ms on every reload.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if 0 <= column < len(Column) else -1
        self._sort_order = order
        self._resort()

    def _sorted(self) -> list[ClientSummary]:
        if self._sort_column < 0:
            return list(self._loaded)
        column = Column(self._sort_column)
        keys = [self._sort_key(s, column) for s in self._loaded]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        try:
            order = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        except TypeError:
            order = sorted(range(len(keys)), key=lambda i: str(keys[i]), reverse=descending)
        return [self._loaded[i] for i in order]

    def _resort(self) -> None:
        """Re-order the rows in place, keeping selections (persistent indexes)."""
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._sorted()
        self._sort_keys = {}
        self.generation += 1
        moved = {id(s): row for row, s in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved[id(old[p.row()])], p.column()) for p in persistent],
        )
        self.layoutChanged.emit()

    def clear(self) -> None:
        """Forget every client (on lock)."""
        self.set_summaries([])

    def summaries(self) -> list[ClientSummary]:
        return list(self._rows)

    def accepted_rows(self, status: ClientStatus | None, words: Sequence[str]) -> list[bool]:
        """Per row, whether it passes the caseload's filter: ``status`` (None: any) and
        every one of ``words`` (folded) in its search text. One pass in Python per filter
        change; the filter proxy looks its rows up in it (ClientFilterProxy)."""
        texts = self.search_texts()
        return [
            (status is None or summary.status == status) and all(w in text for w in words)
            for summary, text in zip(self._rows, texts, strict=True)
        ]

    def search_texts(self) -> list[str]:
        """Per row, the folded text the filter searches (case code and grade, and the
        names unless privacy mode is on): built once per content or privacy change, not
        for every row at every keystroke."""
        key = -2 if self._privacy else -3
        texts = self._sort_keys.get(key)
        if texts is None:
            texts = self._sort_keys[key] = [self._search_text(s) for s in self._rows]
        return texts

    def _search_text(self, summary: ClientSummary) -> str:
        parts = [summary.case_code, summary.grade or ""]
        if not self._privacy:
            parts += [summary.display_name(), summary.preferred_name or ""]
        return " ".join(parts).casefold()

    def sort_keys(self, column: int) -> list[Any]:
        """The SORT_ROLE value of every row for ``column``, computed once per content
        change: sorting thousands of clients compares them tens of thousands of times."""
        keys = self._sort_keys.get(column)
        if keys is None:
            col = Column(column)
            keys = self._sort_keys[column] = [self._sort_key(s, col) for s in self._rows]
        return keys

    def row_of(self, client_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == client_id:
                return row
        return -1

    @property
    def privacy(self) -> bool:
        return self._privacy

    def set_privacy(self, on: bool) -> None:
        if on == self._privacy:
            return
        self._privacy = on
        self._sort_keys = {}
        self.generation += 1
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
            if self._sort_column == Column.NAME:  # names become case codes, or back
                self._resort()

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DAYS_SINCE:
            return self.tr("Days since the last session (or since the case opened)")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.CASE_CODE: self.tr("Case code"),
            Column.NAME: self.tr("Name"),
            Column.GRADE: self.tr("Grade"),
            Column.STATUS: self.tr("Status"),
            Column.RISK: self.tr("Risk"),
            Column.LAST_SESSION: self.tr("Last session"),
            Column.DAYS_SINCE: self.tr("Days"),
        }.get(Column(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == SUMMARY_ROLE:
            return summary
        if role == CLIENT_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if column == Column.RISK:
            level = RiskLevel(summary.risk_level)
            if role == Qt.ItemDataRole.ForegroundRole:
                return risk_colour(level)
            if role == Qt.ItemDataRole.DecorationRole:
                return risk_icon(level)
            if role == Qt.ItemDataRole.FontRole and level is RiskLevel.HIGH:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_SINCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, summary: ClientSummary, column: Column) -> str:
        if column == Column.CASE_CODE:
            return summary.case_code
        if column == Column.NAME:
            return summary.display_name(privacy=self._privacy)
        if column == Column.GRADE:
            return summary.grade or ""
        if column == Column.STATUS:
            return status_label(summary.status)
        if column == Column.RISK:
            return risk_label(summary.risk_level)
        if column == Column.LAST_SESSION:
            return format_date(summary.last_session)
        days = summary.days_since_last_contact(self._today())
        return "" if days is None else str(days)

    def _sort_key(self, summary: ClientSummary, column: Column) -> Any:
        if column == Column.RISK:
            return _RISK_ORDER[RiskLevel(summary.risk_level)]
        if column == Column.LAST_SESSION:
            return summary.last_session.toordinal() if summary.last_session else -1
        if column == Column.DAYS_SINCE:
            days = summary.days_since_last_contact(self._today())
            return 10**9 if days is None else days
        return self._display(summary, column).casefold()
