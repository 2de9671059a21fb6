"""Filtering and sorting of the caseload: status (active/closed/all) and typed text."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from counsel_desk.domain.enums import ClientStatus
from counsel_desk.ui.models.client_table_model import SORT_ROLE, SUMMARY_ROLE, ClientTableModel

if TYPE_CHECKING:
    from counsel_desk.services.clients import ClientSummary


class StatusFilter(Enum):
    ACTIVE = "active"
    CLOSED = "closed"
    ALL = "all"


class ClientFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = StatusFilter.ACTIVE
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def status_filter(self) -> StatusFilter:
        return self._status

    def set_status_filter(self, value: StatusFilter) -> None:
        self.beginFilterChange()
        self._status = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text_filter(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refresh(self) -> None:
        """Re-apply the filter (privacy mode changes what is searchable)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        summary: ClientSummary | None
        if isinstance(model, ClientTableModel):  # no Qt round trip per row
            summary = model.summary_at(source_row)
        else:
            summary = model.data(model.index(source_row, 0, source_parent), SUMMARY_ROLE)
        if summary is None:
            return False
        if self._status is StatusFilter.ACTIVE and summary.status != ClientStatus.ACTIVE:
            return False
        if self._status is StatusFilter.CLOSED and summary.status != ClientStatus.CLOSED:
            return False
        if not self._words:
            return True
        if isinstance(model, ClientTableModel):
            text = model.search_texts()[source_row]
        else:
            text = " ".join([summary.case_code, summary.display_name()]).casefold()
        return all(word in text for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A ClientTableModel sorts its own rows (much faster for a large caseload); the
        proxy then keeps the model's order. Other models are sorted here."""
        model = self.sourceModel()
        if isinstance(model, ClientTableModel):
            if super().sortColumn() != -1:
                super().sort(-1, order)
            model.sort(column, order)
            return
        super().sort(column, order)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        if isinstance(model, ClientTableModel) and left.column() == right.column():
            keys = model.sort_keys(left.column())  # computed once, not twice per comparison
            a, b = keys[left.row()], keys[right.row()]
        else:
            a = left.data(SORT_ROLE)
            b = right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def client_id_at(self, row: int) -> int | None:
        summary = self.index(row, 0).data(SUMMARY_ROLE)
        return None if summary is None else summary.id

    def proxy_row_of(self, client_id: int) -> int:
        for row in range(self.rowCount()):
            if self.client_id_at(row) == client_id:
                return row
        return -1

    def visible_summaries(self) -> list[ClientSummary]:
        return [self.index(r, 0).data(SUMMARY_ROLE) for r in range(self.rowCount())]
