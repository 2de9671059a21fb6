"""File ▸ Import Class List… (issue 20, item 1): a school's class list (CSV or XLSX) read
off the GUI thread, its columns mapped (she may change any; an unknown header is
"ignore"), each row previewed — new, already in the vault, changed, refused with its
reasons — and, once she fixed a cell or skipped each refused row, imported in one
transaction. Nothing is written before she presses Import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.roster import (
    Column,
    RosterPreview,
    RowResult,
    RowStatus,
    changed_names,
    column_letter,
)
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.roster import RosterImport, RosterRequest, RosterService
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.labels import name_of
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.translate import translate
from counsel_desk.ui.widgets.record_table import record_table


class RosterImportDialog(QDialog):
    def __init__(
        self,
        service: Callable[[], RosterService],
        ops: Operations,
        chooser: FileChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImportDialog")
        self.setWindowTitle(self.tr("Import Class List"))
        self.resize(1100, 640)
        self._service = service
        self._ops = ops
        self._chooser = chooser
        self.request: RosterRequest | None = None
        self.preview: RosterPreview | None = None
        self.imported: RosterImport | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose File…"), self)
        self.choose_button.clicked.connect(lambda *_: self.choose())
        self.file_label = QLabel(self.tr("No file chosen: a CSV or XLSX class list."), self)
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("School year:"), self))
        self.year_edit = QLineEdit(self)
        self.year_edit.setMaximumWidth(110)
        self.year_edit.editingFinished.connect(self._year_changed)
        top.addWidget(self.year_edit)
        layout.addLayout(top)

        layout.addWidget(QLabel(self.tr("Columns of the file and what each holds:"), self))
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setObjectName("rosterMappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header in the file"), self.tr("Field")]
        )
        self.mapping_table.setMaximumHeight(160)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.mapping_table)
        self._combos: list[QComboBox] = []

        self.table = record_table(
            self,
            "rosterPreviewTable",
            [self.tr("Row"), self.tr("State"), self.tr("Name"), self.tr("Class"), self.tr("Why")],
            stretch=4,
            name=self.tr("Preview"),
            description=self.tr("Every row of the class list and what importing it would do"),
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel("", self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        fix = QHBoxLayout()
        fix.addWidget(QLabel(self.tr("Fix the chosen row:"), self))
        self.fix_column = QComboBox(self)
        for column in Column:
            if column is not Column.IGNORE:
                self.fix_column.addItem(name_of(column), column)
        self.fix_edit = QLineEdit(self)
        self.fix_button = QPushButton(self.tr("&Fix Cell"), self)
        self.fix_button.clicked.connect(lambda *_: self.fix_cell())
        self.skip_button = QPushButton(self.tr("&Skip Row"), self)
        self.skip_button.clicked.connect(lambda *_: self.toggle_skip())
        fix.addWidget(self.fix_column)
        fix.addWidget(self.fix_edit, 1)
        fix.addWidget(self.fix_button)
        fix.addWidget(self.skip_button)
        layout.addLayout(fix)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(lambda *_: self.import_rows())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- reading ----------------------------------------------------------------------
    def choose(self) -> None:
        path = self._chooser.open_file(
            self, self.tr("Import Class List"), filters=self.tr("Class lists (*.xlsx *.csv)")
        )
        if path is None:
            return
        self.file_label.setText(path.name)
        (
            self._ops.op(
                self, self.tr("The class list was not read"), lambda: self._service().read(path)
            )
            .disabling(self.choose_button, self.import_button)
            .on_success(self._read)
            .run_in_background()
        )

    def _read(self, request: RosterRequest) -> None:
        self.request = request
        self.year_edit.setText(request.school_year)
        self.mapping_table.setRowCount(len(request.sheet.headers))
        self._combos = []
        for index, (header, column) in enumerate(
            zip(request.sheet.headers, request.mapping, strict=False)
        ):
            self.mapping_table.setItem(index, 0, QTableWidgetItem(column_letter(index)))
            self.mapping_table.setItem(index, 1, QTableWidgetItem(header))
            combo = QComboBox(self.mapping_table)
            for choice in Column:
                combo.addItem(name_of(choice), choice)
            combo.setCurrentIndex(combo.findData(column))
            combo.currentIndexChanged.connect(lambda *_: self._mapping_changed())
            self.mapping_table.setCellWidget(index, 2, combo)
            self._combos.append(combo)
        self.refresh_preview()

    def _mapping_changed(self) -> None:
        if self.request is None:
            return
        mapping = tuple(Column(c.currentData()) for c in self._combos)
        self.request = replace(self.request, mapping=mapping)
        self.refresh_preview()

    def _year_changed(self) -> None:
        if self.request is not None and self.year_edit.text().strip() != self.request.school_year:
            self.request = replace(self.request, school_year=self.year_edit.text().strip())
            self.refresh_preview()

    def refresh_preview(self) -> None:
        request = self.request
        if request is None:
            return
        self.preview = None
        self._update_buttons()
        (
            self._ops.op(
                self, self.tr("The preview was not made"), lambda: self._service().preview(request)
            )
            .on_success(self._show)
            .on_error(self._refused)
            .run_in_background()
        )

    def _refused(self, error: CounselDeskError) -> None:
        """A mapping without a name column: said here, where she changes it."""
        self.summary_label.setText(translate(error.message))
        self.table.setRowCount(0)

    def _show(self, preview: RosterPreview) -> None:
        self.preview = preview
        self.table.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            cells = (str(row.number), name_of(row.status), *self._texts(row))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.summary_label.setText(
            self.tr(
                "{rows} rows: {new} new, {changed} changed, {same} already in the vault, "
                "{refused} refused, {skipped} skipped. Nothing is written until you press "
                "Import; no case is opened."
            ).format(
                rows=len(preview.rows),
                new=preview.count(RowStatus.NEW),
                changed=preview.count(RowStatus.CHANGED),
                same=preview.count(RowStatus.SAME),
                refused=preview.count(RowStatus.REFUSED),
                skipped=preview.count(RowStatus.SKIPPED),
            )
        )
        self._update_buttons()

    def _texts(self, row: RowResult) -> tuple[str, str, str]:
        entry = row.entry
        name = entry.name if entry else row.values.get(Column.NAME, "")
        class_name = (entry.class_name or "") if entry else row.values.get(Column.CLASS, "")
        if row.status is RowStatus.CHANGED:
            why = ", ".join(translate(n) for n in changed_names(row.changed))
        else:
            why = " ".join(translate(p) for p in row.problems)
        return name, class_name, why

    # -- fixing -----------------------------------------------------------------------
    def _chosen(self) -> RowResult | None:
        if self.preview is None:
            return None
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.preview.rows[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        row = self._chosen()
        if row is not None and row.problems:
            self.fix_edit.clear()
        self._update_buttons()

    def fix_cell(self) -> None:
        row = self._chosen()
        if row is None or self.request is None:
            return
        column = Column(self.fix_column.currentData())
        edits = dict(self.request.edits or {})
        edits[(row.number, column)] = self.fix_edit.text()
        self.request = replace(self.request, edits=edits)
        self.refresh_preview()

    def toggle_skip(self) -> None:
        row = self._chosen()
        if row is None or self.request is None:
            return
        skip = set(self.request.skip) ^ {row.number}
        self.request = replace(self.request, skip=frozenset(skip))
        self.refresh_preview()

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = preview is not None and not preview.refused and bool(preview.to_write)
        self.import_button.setEnabled(ready)
        chosen = self._chosen() is not None
        self.fix_button.setEnabled(chosen and self.mapping_has(self.fix_column.currentData()))
        self.skip_button.setEnabled(chosen)

    def mapping_has(self, column: object) -> bool:
        return self.request is not None and column in self.request.mapping

    # -- importing --------------------------------------------------------------------
    def import_rows(self) -> None:
        request = self.request
        if request is None:
            return
        (
            self._ops.op(
                self,
                self.tr("The class list was not imported"),
                lambda: self._service().import_rows(request),
            )
            .disabling(self.import_button, self.choose_button)
            .on_success(self._imported)
            .run_in_background()
        )

    def _imported(self, done: RosterImport) -> None:
        self.imported = done
        self.accept()
