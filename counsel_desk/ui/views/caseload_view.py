"""The caseload: filter box, active/closed/all, and the sortable client table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui.models.client_filter_proxy import ClientFilterProxy, StatusFilter
from counsel_desk.ui.models.client_table_model import ClientTableModel, Column


class CompactHeader(QHeaderView):
    """A header that keeps room for the sort arrow only on the sorted column.

    Qt widens every section by the arrow's width once sorting is on, which cost the
    caseload's Name column some 130 pixels: "Emily Carter-Nguyễn" no longer fitted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        # The arrow moves: measure the sections again.
        self.sortIndicatorChanged.connect(
            lambda *_: self.headerDataChanged(self.orientation(), 0, max(0, self.count() - 1))
        )

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        if self.isSortIndicatorShown() and logical_index != self.sortIndicatorSection():
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
            size.setWidth(max(self.minimumSectionSize(), size.width() - size.height() - margin))
        return size


class CaseloadView(QWidget):
    client_activated = Signal(int)

    def __init__(self, model: ClientTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(model)

        title = QLabel(self.tr("Caseload"), self)
        title.setObjectName("sectionTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("caseloadFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, case code or grade"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleDescription(
            self.tr("Which clients the caseload lists: active, closed or all.")
        )
        self.status_combo.addItem(self.tr("Active"), StatusFilter.ACTIVE)
        self.status_combo.addItem(self.tr("Closed"), StatusFilter.CLOSED)
        self.status_combo.addItem(self.tr("All"), StatusFilter.ALL)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_combo)

        self.table = QTableView(self)
        self.table.setObjectName("caseloadTable")
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setAccessibleDescription(
            self.tr("Your clients. Choose one to open the profile; a column header sorts.")
        )
        self.table.setHorizontalHeader(CompactHeader(self.table))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.CASE_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Size the columns from the rows on screen: by default Qt measures 1,000 rows
        # (each a dozen model calls) on every show and every keystroke of the filter.
        header.setResizeContentsPrecision(0)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        # A filter change removes and inserts rows in hundreds of runs: the count is
        # said once, after it (not once per run).
        self._counting = True
        self.filter_edit.textChanged.connect(
            lambda text: self._refilter(lambda: self.proxy.set_text_filter(text))
        )
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self._refilter(
                lambda: self.proxy.set_status_filter(self.status_combo.currentData())
            )
        )
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._update_count()

    def set_status_filter(self, value: StatusFilter) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(value))

    def set_privacy(self, on: bool) -> None:
        self.model.set_privacy(on)
        self.table.setColumnHidden(Column.NAME, on)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            Column.CASE_CODE,
            QHeaderView.ResizeMode.Stretch if on else QHeaderView.ResizeMode.ResizeToContents,
        )
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by case code or grade")
            if on
            else self.tr("Filter by name, case code or grade")
        )
        self._refilter(self.proxy.refresh)

    def select_client(self, client_id: int | None) -> None:
        if client_id is None:
            self.table.clearSelection()
            return
        row = self.proxy.proxy_row_of(client_id)
        if row >= 0:
            index = self.proxy.index(row, 0)
            self.table.selectRow(row)
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()

    def clear(self) -> None:
        self.filter_edit.clear()
        self.model.clear()

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.proxy.client_id_at(index.row())
        if client_id is not None:
            self.client_activated.emit(client_id)

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a change of the filter, then say the count once."""
        self._counting = False
        try:
            change()
        finally:
            self._counting = True
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        if not self._counting:
            return
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Clients: {total}").format(total=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
