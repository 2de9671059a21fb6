"""Reports → BK Program…: the program of a school year (*program tahunan*, and its two
semesters, *program semesteran*), issue 17.

She drafts it from the needs assessment's ranked needs (one class or all), edits each
planned activity — month, bidang, strategi, topic, class level, JP — and, for a
guidance session, its RPL BK (objective, method, materials, opening / core / closing
activities, evaluation), saves the whole program at once, and prints the program or
one session's RPL as PDF. Nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.akpd import FIELD_ORDER
from counsel_desk.domain.bk_program import MAX_PERIODS, RPL_KEYS, ProgramItem, Rpl, school_months
from counsel_desk.domain.enums import ServiceField, ServiceStrategy
from counsel_desk.services.needs import NeedsService
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.labels import name_of
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.prompter import Prompter


def _school_year_of(day: dt.date) -> int:
    return day.year if day.month >= 7 else day.year - 1


class ProgramDialog(QDialog):
    pdf_saved = Signal(Path)

    def __init__(
        self,
        service: Callable[[], NeedsService],
        ops: Operations,
        prompter: Prompter,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ops = ops
        self._prompter = prompter
        self._chooser = chooser
        self._language = language
        self.items: list[ProgramItem] = []
        self.dirty = False
        self.setObjectName("programDialog")
        self.setWindowTitle(self.tr("BK Program"))
        self.resize(1180, 620)

        # -- the year and the draft --------------------------------------------------
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("programYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(_school_year_of(today()))
        self.year_spin.setAccessibleName(self.tr("School year (the year it starts)"))
        self.year_spin.setAccessibleDescription(
            self.tr("The program shown is this school year's; 2026 is 2026/2027.")
        )
        self._year = self.year_spin.value()
        self.year_spin.valueChanged.connect(lambda _v: self._year_chosen())
        self.year_label = QLabel("", self)
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("programNeedsClass")
        self.class_combo.setAccessibleName(self.tr("Class whose needs the draft is made from"))
        self.class_combo.setAccessibleDescription(
            self.tr("The needs assessment of one class, or of all classes.")
        )
        self.level_edit = QLineEdit(self)
        self.level_edit.setObjectName("programLevel")
        self.level_edit.setPlaceholderText(self.tr("VIII"))
        self.level_edit.setAccessibleName(self.tr("Class level of the drafted sessions"))
        self.level_edit.setAccessibleDescription(
            self.tr("Written on each drafted session, for example VIII.")
        )
        self.level_edit.setMaximumWidth(90)
        self.draft_button = QPushButton(self.tr("&Draft from Needs"), self)
        self.draft_button.setObjectName("programDraft")
        self.draft_button.clicked.connect(lambda: self.make_draft())
        self.draft_button.setAccessibleDescription(
            self.tr("Replaces the table with a draft from the most shared needs (not saved yet).")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("School year:"), self))
        top.addWidget(self.year_spin)
        top.addWidget(self.year_label)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Needs of:"), self))
        top.addWidget(self.class_combo)
        top.addWidget(QLabel(self.tr("Class level:"), self))
        top.addWidget(self.level_edit)
        top.addWidget(self.draft_button)
        top.addStretch(1)

        # -- the program ---------------------------------------------------------------
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("programTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Field"),
                self.tr("Strategy"),
                self.tr("Topic"),
                self.tr("Class"),
                self.tr("JP"),
            ]
        )
        self.table.setAccessibleName(self.tr("Planned activities"))
        self.table.setAccessibleDescription(
            self.tr("The program month by month. Choose one to change it or print its RPL.")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        # -- one planned activity and its RPL -------------------------------------------
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("programMonth")
        self.month_combo.setAccessibleName(self.tr("Month"))
        self.month_combo.setAccessibleDescription(self.tr("The month the activity is planned for."))
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("programField")
        self.field_combo.setAccessibleName(self.tr("Field"))
        self.field_combo.setAccessibleDescription(self.tr("Personal, social, learning or career."))
        for field in FIELD_ORDER:
            self.field_combo.addItem(name_of(field), field)
        self.strategy_combo = QComboBox(self)
        self.strategy_combo.setObjectName("programStrategy")
        self.strategy_combo.setAccessibleName(self.tr("Strategy"))
        self.strategy_combo.setAccessibleDescription(
            self.tr("How the service is given: classical guidance, group guidance …")
        )
        for strategy in ServiceStrategy:
            self.strategy_combo.addItem(name_of(strategy), strategy)
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("programTopic")
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.setAccessibleDescription(
            self.tr("What the session is about; no student's name.")
        )
        self.item_level_edit = QLineEdit(self)
        self.item_level_edit.setObjectName("programItemLevel")
        self.item_level_edit.setAccessibleName(self.tr("Class level"))
        self.item_level_edit.setAccessibleDescription(
            self.tr("The class or level it is for, for example VIII.")
        )
        self.periods_spin = QSpinBox(self)
        self.periods_spin.setObjectName("programPeriods")
        self.periods_spin.setRange(1, MAX_PERIODS)
        self.periods_spin.setValue(2)
        self.periods_spin.setSuffix(self.tr(" JP"))
        self.periods_spin.setAccessibleName(self.tr("Length in lesson periods (JP)"))
        self.periods_spin.setAccessibleDescription(
            self.tr("How many lesson periods the session takes.")
        )
        labels = {
            "objective": self.tr("Objective:"),
            "method": self.tr("Method:"),
            "materials": self.tr("Media and materials:"),
            "opening": self.tr("Opening activities:"),
            "core": self.tr("Core activities:"),
            "closing": self.tr("Closing activities:"),
            "evaluation": self.tr("Evaluation:"),
        }
        self.rpl_edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month_combo)
        form.addRow(self.tr("Field:"), self.field_combo)
        form.addRow(self.tr("Strategy:"), self.strategy_combo)
        form.addRow(self.tr("Topic:"), self.topic_edit)
        form.addRow(self.tr("Class level:"), self.item_level_edit)
        form.addRow(self.tr("Length:"), self.periods_spin)
        rpl_title = QLabel(self.tr("Service plan (RPL BK)"), self)
        rpl_title.setObjectName("sectionTitle")
        form.addRow(rpl_title)
        for key in RPL_KEYS:
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"rpl_{key}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(54)
            edit.setAccessibleName(labels[key].rstrip(":"))
            edit.setAccessibleDescription(self.tr("Part of the session's RPL BK; may be empty."))
            self.rpl_edits[key] = edit
            form.addRow(labels[key], edit)
        form_body = QWidget(self)
        form_body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setObjectName("programForm")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_body)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("programAdd")
        self.add_button.clicked.connect(self.add_item)
        self.add_button.setAccessibleDescription(
            self.tr("Adds the form as a new planned activity.")
        )
        self.apply_button = QPushButton(self.tr("A&pply Changes"), self)
        self.apply_button.setObjectName("programApply")
        self.apply_button.clicked.connect(self.apply_item)
        self.apply_button.setAccessibleDescription(
            self.tr("Puts the form into the chosen activity.")
        )
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("programRemove")
        self.remove_button.clicked.connect(self.remove_item)
        self.remove_button.setAccessibleDescription(
            self.tr("Takes the chosen activity out of the program.")
        )
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.add_button)
        form_buttons.addWidget(self.apply_button)
        form_buttons.addWidget(self.remove_button)
        form_buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(form_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        # -- saving and printing ---------------------------------------------------------
        self.save_button = QPushButton(self.tr("&Save Program"), self)
        self.save_button.setObjectName("programSave")
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setAccessibleDescription(
            self.tr("Saves the whole program of the year at once.")
        )
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("programScope")
        self.scope_combo.setAccessibleName(self.tr("What the program PDF covers"))
        self.scope_combo.setAccessibleDescription(self.tr("The whole year, or one semester."))
        self.scope_combo.addItem(self.tr("The year (program tahunan)"), None)
        self.scope_combo.addItem(self.tr("Semester 1 (program semesteran)"), 1)
        self.scope_combo.addItem(self.tr("Semester 2 (program semesteran)"), 2)
        self.program_pdf_button = QPushButton(self.tr("Program &PDF…"), self)
        self.program_pdf_button.setObjectName("programPdf")
        self.program_pdf_button.clicked.connect(lambda: self.save_program_pdf())
        self.program_pdf_button.setAccessibleDescription(
            self.tr("Writes the program of the year or semester as a PDF where you choose.")
        )
        self.rpl_pdf_button = QPushButton(self.tr("RP&L PDF…"), self)
        self.rpl_pdf_button.setObjectName("rplPdf")
        self.rpl_pdf_button.clicked.connect(lambda: self.save_rpl_pdf())
        self.rpl_pdf_button.setAccessibleDescription(
            self.tr("Writes the chosen guidance session's RPL BK as a PDF where you choose.")
        )
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("hint")
        self.status_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.scope_combo)
        bottom.addWidget(self.program_pdf_button)
        bottom.addWidget(self.rpl_pdf_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._selected()

    # -- unsaved changes ---------------------------------------------------------------
    def _may_discard(self) -> bool:
        """No unsaved change, or she lets it go."""
        return not self.dirty or self._prompter.confirm(
            self,
            self.tr("BK Program"),
            self.tr(
                "The program of {year}/{next} has changes that are not saved. Leave them unsaved?"
            ).format(year=self._year, next=self._year + 1),
        )

    def _year_chosen(self) -> None:
        if self.year_spin.value() == self._year:
            return
        if not self._may_discard():
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self._year)
            self.year_spin.blockSignals(False)
            return
        self._year = self.year_spin.value()
        self.refresh()

    def reject(self) -> None:
        if self._may_discard():
            super().reject()

    # -- reading -------------------------------------------------------------------------
    @property
    def school_year(self) -> int:
        return self.year_spin.value()

    def refresh(self) -> None:
        """The saved program of the chosen year, and the classes that answered."""
        year = self.school_year
        self.year_label.setText(f"{year}/{year + 1}")
        start = self._ops.op(self, "", lambda: self._service().start_month()).result_or(7)
        self.month_combo.clear()
        for month in school_months(year, start):
            self.month_combo.addItem(f"{month:%Y-%m}", month)
        items = self._ops.op(
            self, self.tr("The program could not be read"), lambda: self._service().program(year)
        ).result_or(None)
        if items is not None:
            self.items = items
            self.dirty = False
            self._fill_table()
        classes = self._ops.op(self, "", lambda: self._service().classes()).result_or([])
        current = self.class_combo.currentData()
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("All classes"), None)
        for name in classes:
            self.class_combo.addItem(name, name)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(current)))

    def _fill_table(self, select: int | None = None) -> None:
        self.items.sort(key=lambda i: i.month)
        self.table.setRowCount(0)
        for item in self.items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [
                f"{item.month:%Y-%m}",
                name_of(item.field),
                name_of(item.strategy),
                item.topic,
                item.class_level,
                str(item.periods),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if select is not None and 0 <= select < len(self.items):
            self.table.selectRow(select)
        self._selected()

    def _row(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return rows.pop() if len(rows) == 1 else None

    def _selected(self) -> None:
        row = self._row()
        self.apply_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        self.rpl_pdf_button.setEnabled(row is not None and self.items[row].has_rpl)
        if row is None:
            return
        item = self.items[row]
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(item.month)))
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(item.field)))
        self.strategy_combo.setCurrentIndex(max(0, self.strategy_combo.findData(item.strategy)))
        self.topic_edit.setText(item.topic)
        self.item_level_edit.setText(item.class_level)
        self.periods_spin.setValue(item.periods)
        for key, edit in self.rpl_edits.items():
            edit.setPlainText(getattr(item.rpl, key))

    def _form_item(self, item_id: int | None) -> ProgramItem:
        month = self.month_combo.currentData()
        return ProgramItem(
            self.school_year,
            month if isinstance(month, dt.date) else dt.date(self.school_year, 7, 1),
            ServiceField(self.field_combo.currentData()),
            ServiceStrategy(self.strategy_combo.currentData()),
            self.topic_edit.text(),
            self.item_level_edit.text(),
            self.periods_spin.value(),
            Rpl(**{k: e.toPlainText() for k, e in self.rpl_edits.items()}),
            item_id,
        )

    # -- editing -------------------------------------------------------------------------
    def add_item(self) -> None:
        item = self._form_item(None)
        if not item.topic.strip():
            self.status_label.setText(self.tr("Say what the planned activity is about."))
            self.topic_edit.setFocus()
            return
        self.items.append(item)
        self.dirty = True
        self._fill_table(self.items.index(item))
        self.status_label.setText(self.tr("Added. Save the program to keep it."))

    def apply_item(self) -> None:
        row = self._row()
        if row is None:
            return
        item = self._form_item(self.items[row].id)
        if not item.topic.strip():
            self.status_label.setText(self.tr("Say what the planned activity is about."))
            self.topic_edit.setFocus()
            return
        self.items[row] = item
        self.dirty = True
        self._fill_table(self.items.index(item))
        self.status_label.setText(self.tr("Changed. Save the program to keep it."))

    def remove_item(self) -> None:
        row = self._row()
        if row is None:
            return
        del self.items[row]
        self.dirty = True
        self._fill_table()
        self.status_label.setText(self.tr("Removed. Save the program to keep it."))

    def make_draft(self) -> bool:
        """Replace the table with a draft from the ranked needs (not saved yet)."""
        if self.items and not self._prompter.confirm(
            self,
            self.tr("Draft from Needs"),
            self.tr(
                "The draft replaces the {count} planned activities shown. Activities already "
                "saved stay saved until you save the program."
            ).format(count=len(self.items)),
        ):
            return False
        class_name = self.class_combo.currentData()
        level = self.level_edit.text()
        year = self.school_year
        draft = self._ops.op(
            self,
            self.tr("No draft was made"),
            lambda: self._service().draft(
                year, class_name, class_level=level, language=self._language
            ),
        ).result_or(None)
        if draft is None:
            return False
        self.items = draft
        self.dirty = True
        self._fill_table()
        self.status_label.setText(
            self.tr(
                "A draft of {count} activities from the most shared needs. Edit it, then "
                "save the program."
            ).format(count=len(draft))
        )
        return True

    def save(self) -> bool:
        year = self.school_year
        items = list(self.items)
        saved = (
            self._ops.op(
                self,
                self.tr("The program was not saved"),
                lambda: self._service().save_program(year, items),
            )
            .disabling(self.save_button)
            .result_or(None)
        )
        if saved is None:
            return False
        row = self._row()
        self.items = saved
        self.dirty = False
        self._fill_table(row)
        self.status_label.setText(self.tr("The program is saved."))
        return True

    # -- printing ------------------------------------------------------------------------
    def _pdf_path(self, title: str, name: str) -> Path | None:
        path = self._chooser.save_file(
            self, title, Path.home() / name, self.tr("PDF files (*.pdf)")
        )
        if path is not None and path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        return path

    def _saved_first(self) -> bool:
        if self.dirty or any(i.id is None for i in self.items):
            return self.save()
        return True

    def save_program_pdf(self) -> Path | None:
        if not self._saved_first():
            return None
        year, semester = self.school_year, self.scope_combo.currentData()
        suffix = f"-s{semester}" if semester else ""
        path = self._pdf_path(self.tr("Save the Program as PDF"), f"program-bk-{year}{suffix}.pdf")
        if path is None:
            return None
        done = self._ops.op(
            self,
            self.tr("The PDF was not written"),
            lambda: self._service().write_program_pdf(
                year, path, language=self._language, semester=semester
            ),
        ).run()
        return self._written(path) if done else None

    def save_rpl_pdf(self) -> Path | None:
        row = self._row()
        if row is None or not self._saved_first():
            return None
        item = self.items[row]
        item_id = item.id
        assert item_id is not None
        path = self._pdf_path(
            self.tr("Save the RPL as PDF"), f"rpl-bk-{item.month:%Y-%m}-{row + 1}.pdf"
        )
        if path is None:
            return None
        done = self._ops.op(
            self,
            self.tr("The PDF was not written"),
            lambda: self._service().write_rpl_pdf(item_id, path, language=self._language),
        ).run()
        return self._written(path) if done else None

    def _written(self, path: Path) -> Path:
        self.status_label.setText(
            self.tr("Saved as {name}. The PDF is not encrypted; it names no student.").format(
                name=path.name
            )
        )
        self.pdf_saved.emit(path)
        return path

    def wipe(self) -> None:
        self.items = []
        self.table.setRowCount(0)
        for edit in self.rpl_edits.values():
            edit.clear()
