"""File ▸ Class List…: the students of the imported class lists (roster entries, not
clients) by class, with a search and a count, and "Open a Case for This Student", which
fills a new client's profile from the entry and links them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.model import Client
from counsel_desk.domain.roster import RosterEntry
from counsel_desk.services.roster import RosterService, classes_of, find_entries
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.widgets.record_table import record_table


class RosterListDialog(QDialog):
    def __init__(
        self,
        service: Callable[[], RosterService],
        ops: Operations,
        opened: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterListDialog")
        self.setWindowTitle(self.tr("Class List"))
        self.resize(900, 600)
        self._service = service
        self._ops = ops
        self._opened = opened
        self.entries: list[RosterEntry] = []
        self.shown: list[RosterEntry] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Class:"), self))
        self.class_combo = QComboBox(self)
        self.class_combo.currentIndexChanged.connect(lambda *_: self._filter())
        top.addWidget(self.class_combo)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a name or NISN"))
        self.search_edit.textChanged.connect(lambda *_: self._filter())
        top.addWidget(self.search_edit, 1)
        layout.addLayout(top)
        self.table = record_table(
            self,
            "rosterTable",
            [self.tr("Name"), self.tr("NISN"), self.tr("Class"), self.tr("Born"), self.tr("Case")],
            stretch=0,
            name=self.tr("Students"),
            description=self.tr("The students of the class lists; a case only when opened"),
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count_label = QLabel("", self)
        bottom.addWidget(self.count_label, 1)
        self.open_button = QPushButton(self.tr("&Open a Case for This Student"), self)
        self.open_button.clicked.connect(lambda *_: self.open_case())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        bottom.addWidget(self.open_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._update_buttons()

    def refresh(self) -> None:
        (
            self._ops.op(
                self, self.tr("The class list was not read"), lambda: self._service().entries()
            )
            .on_success(self._loaded)
            .run()
        )

    def _loaded(self, entries: list[RosterEntry]) -> None:
        self.entries = entries
        chosen = self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("All classes"), None)
        for name in classes_of(entries):
            self.class_combo.addItem(name, name)
        index = self.class_combo.findData(chosen)
        self.class_combo.setCurrentIndex(max(index, 0))
        self.class_combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.shown = find_entries(
            self.entries, class_name=self.class_combo.currentData(), text=self.search_edit.text()
        )
        self.table.setRowCount(len(self.shown))
        for row, entry in enumerate(self.shown):
            cells = (
                entry.name,
                entry.nisn or "",
                entry.class_name or "",
                format_date(entry.birth_date) if entry.birth_date else "",
                self.tr("opened") if entry.client_id is not None else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.count_label.setText(
            self.tr("{shown} of {total} students").format(
                shown=len(self.shown), total=len(self.entries)
            )
        )
        self._update_buttons()

    def chosen(self) -> RosterEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.shown[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        entry = self.chosen()
        self.open_button.setEnabled(entry is not None and entry.client_id is None)

    def open_case(self) -> None:
        entry = self.chosen()
        if entry is None or entry.id is None:
            return
        entry_id = entry.id
        (
            self._ops.op(
                self,
                self.tr("No case was opened"),
                lambda: self._service().open_case(entry_id),
            )
            .disabling(self.open_button)
            .on_success(self._case_opened)
            .run()
        )

    def _case_opened(self, client: Client) -> None:
        self.refresh()
        if client.id is not None:
            self._opened(client.id)
