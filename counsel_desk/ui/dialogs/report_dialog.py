"""Reports → Term Report…: a term's or a year's figures without identifiers, as bar
charts (QtCharts) and tables, and as a PDF where the counselor chooses.

Small counts are suppressed exactly as in the PDF (``domain/reports.py``): "<5" for a
count of 1–4, "*" for a cell hidden so that a "<5" cannot be worked out from a total.
The charts draw hidden cells as nothing. The figures are computed off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.reports import Table, TermReport, school_terms
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.reports import ReportService
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.tasks import Runner, Task
from counsel_desk.ui.widgets.charts import BarChart

AnyIndex = QModelIndex | QPersistentModelIndex


class FiguresModel(QAbstractTableModel):
    """One table of a report, as shown (suppressed cells as "<5" or "*")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []

    def set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._headers, self._rows = headers, rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def texts(self) -> list[list[str]]:
        return [list(r) for r in self._rows]


class _FiguresPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(self.tr("Chart"))
        # Tall enough for its value axis (seven labels) at 1280×680: squeezed by the table,
        # Qt elided every label of that axis to "…".
        self.chart.setMinimumHeight(240)
        self.model = FiguresModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Figures"))
        self.table.setAccessibleDescription(
            self.tr("The chart's numbers, a row for each; a hidden count is marked.")
        )
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)


class ReportDialog(QDialog):
    report_ready = Signal()
    pdf_saved = Signal(object)  # Path
    failed = Signal(str)

    PRESETS = (
        "this_term",
        "last_term",
        "school_year",
        "last_school_year",
        "calendar_year",
        "custom",
    )

    def __init__(
        self,
        reports: Callable[[], ReportService],
        runner: Runner,
        chooser: Any,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Term Report"))
        self.resize(980, 660)
        self._reports = reports
        self._ops = Operations(runner, None)  # errors go to the status line
        self._chooser = chooser
        self._today = today
        self.report: TermReport | None = None

        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("reportPeriod")
        names = {
            "this_term": self.tr("This semester"),
            "last_term": self.tr("Last semester"),
            "school_year": self.tr("School year (July–June)"),
            "last_school_year": self.tr("Last school year"),
            "calendar_year": self.tr("Calendar year"),
            "custom": self.tr("Custom dates"),
        }
        for key in self.PRESETS:
            self.preset_combo.addItem(names[key], key)
        self.preset_combo.setAccessibleDescription(
            self.tr("The period the report counts; Custom dates lets you type both ends.")
        )
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit, name in ((self.start_edit, "reportStart"), (self.end_edit, "reportEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.setAccessibleName(self.tr("First day of the period"))
        self.start_edit.setAccessibleDescription(
            self.tr("The first day counted, as year-month-day.")
        )
        self.end_edit.setAccessibleName(self.tr("Last day of the period"))
        self.end_edit.setAccessibleDescription(self.tr("The last day counted, as year-month-day."))
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("showReportButton")
        self.show_button.setAccessibleName(self.tr("Show the report"))
        self.show_button.setAccessibleDescription(
            self.tr("Counts the sessions of the period and shows the figures below.")
        )
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguage")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setAccessibleName(self.tr("Language of the PDF"))
        self.language_combo.setAccessibleDescription(
            self.tr("The language the saved report is written in.")
        )
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.setObjectName("saveReportButton")
        self.save_button.setAccessibleDescription(
            self.tr("Saves the report shown as a PDF where you choose. It names no one.")
        )
        self.save_button.setEnabled(False)
        period = QHBoxLayout()
        period.addWidget(self.preset_combo)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end_edit)
        period.addWidget(self.show_button)
        period.addStretch(1)
        period.addWidget(QLabel(self.tr("PDF in:"), self))
        period.addWidget(self.language_combo)
        period.addWidget(self.save_button)

        self.summary_labels: dict[str, QLabel] = {}
        summary = QGridLayout()
        summary.setHorizontalSpacing(28)
        for column, (key, title) in enumerate(
            (
                ("clients", self.tr("Students served")),
                ("sessions", self.tr("Sessions")),
                ("minutes", self.tr("Time spent")),
                ("untimed", self.tr("Sessions without a duration")),
            )
        ):
            value = QLabel("—", self)
            value.setObjectName(f"summary_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            caption = QLabel(title, self)
            caption.setObjectName("hint")
            summary.addWidget(value, 0, column)
            summary.addWidget(caption, 1, column)
            self.summary_labels[key] = value
        summary.setColumnStretch(4, 1)

        self.pages: dict[str, _FiguresPage] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for key, title, tip in (
            ("by_month", self.tr("By month"), self.tr("Sessions and students, month by month")),
            (
                "by_kind",
                self.tr("By kind"),
                self.tr("Sessions by kind: individual, group, family, consultation"),
            ),
            ("by_modality", self.tr("By modality"), self.tr("Sessions by how you met")),
            ("by_tag", self.tr("By concern"), self.tr("Students by concern, from their tags")),
        ):
            page = _FiguresPage(self)
            self.pages[key] = page
            self.tabs.setTabToolTip(self.tabs.addTab(page, title), tip)

        self.rule_label = QLabel(
            self.tr(
                "No names, case codes or dates of birth. Counts of 1–4 are shown as “<5”; a "
                "cell that would let a hidden count be worked out from the total is shown as "
                "“*”. Concerns of fewer than 5 students are not named. Charts leave hidden "
                "cells out."
            ),
            self,
        )
        self.rule_label.setWordWrap(True)
        self.rule_label.setObjectName("hint")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleDescription(self.tr("Closes the report."))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.rule_label)
        layout.addLayout(bottom)

        self.preset_combo.currentIndexChanged.connect(lambda *_: self._preset_changed())
        self.show_button.clicked.connect(lambda *_: self.refresh())
        self.save_button.clicked.connect(lambda *_: self.save_pdf())
        self._preset_changed()

    # -- period -----------------------------------------------------------------------
    def _preset_changed(self) -> None:
        key = self.preset_combo.currentData()
        custom = key == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if not custom:
            start, end = school_terms(self._today())[key]
            self._set_dates(start, end)

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("custom"))
        self._set_dates(start, end)

    def period(self) -> tuple[dt.date, dt.date]:
        return py_date(self.start_edit.date()), py_date(self.end_edit.date())

    # -- figures ------------------------------------------------------------------------
    def refresh(self) -> Task[TermReport]:
        start, end = self.period()
        self.status_label.setText(self.tr("Counting…"))
        op = self._ops.op(self, "", lambda: self._reports().term_report(start, end))
        op.disabling(self.show_button).on_success(self._show_report).on_error(self._failed)
        return op.run_in_background()

    def _failed(self, error: CounselDeskError) -> None:
        text = user_text(error)
        self.status_label.setText(text)
        self.failed.emit(text)

    def _show_report(self, report: TermReport) -> None:
        self.report = report
        self.save_button.setEnabled(True)
        lang = "id" if self.tr("Sessions") == "Sesi" else "en"
        self.summary_labels["clients"].setText(report.clients.shown)
        self.summary_labels["sessions"].setText(report.sessions.shown)
        self.summary_labels["minutes"].setText(
            report.minutes.shown
            if report.minutes.hidden
            else self.tr("{hours} h {minutes} min").format(
                hours=report.minutes.value // 60, minutes=report.minutes.value % 60
            )
        )
        self.summary_labels["untimed"].setText(report.untimed_sessions.shown)
        for table in report.tables():
            self._fill(self.pages[table.key], table, lang)
        self.status_label.setText("")
        self.report_ready.emit()

    def _fill(self, page: _FiguresPage, table: Table, lang: str) -> None:
        column_titles = {
            "clients": self.tr("Students"),
            "sessions": self.tr("Sessions"),
            "minutes": self.tr("Minutes"),
        }
        first = {
            "by_month": self.tr("Month"),
            "by_kind": self.tr("Kind"),
            "by_modality": self.tr("Modality"),
            "by_tag": self.tr("Concern"),
        }[table.key]
        labels = [self._row_label(table, r.key, lang) for r in table.rows]
        rows = [
            [label] + [c.shown for c in r.cells]
            for label, r in zip(labels, table.rows, strict=True)
        ]
        if table.total is not None:
            rows.append([self.tr("Total")] + [c.shown for c in table.total.cells])
        page.model.set_rows([first] + [column_titles[c] for c in table.columns], rows)
        header = page.table.horizontalHeader()
        for section in range(page.model.columnCount()):
            header.setSectionResizeMode(
                section,
                QHeaderView.ResizeMode.Stretch if section == 0 else QHeaderView.ResizeMode.Fixed,
            )
            if section:
                page.table.setColumnWidth(section, 110)
        plotted = "clients" if table.key == "by_tag" else "sessions"
        index = table.columns.index(plotted)
        cells = [r.cells[index] for r in table.rows]
        short = labels
        if table.key == "by_month":
            short = [
                label.split()[0] if len(labels) <= 12 else f"{label.split()[0]} {label[-2:]}"
                for label in labels
            ]
        page.chart.set_bars(
            short,
            [c.value for c in cells],
            [c.shown if c.hidden else None for c in cells],
            title=column_titles[plotted],
        )

    def _row_label(self, table: Table, key: str, lang: str) -> str:
        if table.key in ("by_kind", "by_modality"):
            from counsel_desk.domain.enums import Modality, SessionKind
            from counsel_desk.ui.labels import modality_label, session_kind_label

            if table.key == "by_kind":
                return session_kind_label(SessionKind(key))
            return modality_label(Modality(key))
        if table.key == "by_tag" and key.startswith("__"):
            return self.tr("Other concerns (each fewer than 5 students)")
        from counsel_desk.export.report_pdf import row_label  # reportlab: not at launch

        return row_label(table, key, lang)

    # -- PDF ----------------------------------------------------------------------------
    def save_pdf(self) -> Task[Path] | None:
        report = self.report
        if report is None:
            return None
        language = str(self.language_combo.currentData())
        suggested = Path.home() / f"counseling-report-{report.start}-{report.end}.pdf"
        path = self._chooser.save_file(
            self, self.tr("Save the Report as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.status_label.setText(self.tr("Writing the PDF…"))
        op = self._ops.op(
            self, "", lambda: self._reports().write_pdf(report, path, language=language)
        )
        op.disabling(self.save_button).on_success(self._saved).on_error(self._failed)
        return op.run_in_background()

    def _saved(self, path: Path) -> None:
        self.status_label.setText(
            self.tr(
                "Saved. The PDF is not encrypted; it holds figures only, checked for names, "
                "case codes and dates of birth."
            )
        )
        self.pdf_saved.emit(path)
