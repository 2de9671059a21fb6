"""Reports → BK Service Report…: the *laporan pelaksanaan layanan BK* of a month, a
semester or a school year (``domain/bk_reports.py``), its tables and the ASCA chart on
screen, and as PDF or XLSX where the counselor chooses.

The length of one JP and the day the school year starts are kept in the vault's own
settings (``BkReportService.save_settings``); the periods offered follow them. Small
counts are suppressed exactly as in the files ("<5", "*"); the chart draws hidden cells
as nothing. Counting and writing run off the GUI thread (``ui/operations.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.bk_reports import (
    MAX_MINUTES_PER_PERIOD,
    YEAR_START_MONTHS,
    BkReport,
    BkSettings,
    Period,
    PeriodKind,
    recent_periods,
)
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.bk_reports import BkReportService
from counsel_desk.ui.dialogs.report_dialog import FiguresModel, _FiguresPage
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.tasks import Runner, Task

_RECENT = {PeriodKind.MONTH: 12, PeriodKind.SEMESTER: 6, PeriodKind.YEAR: 4}


class _TablePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FiguresModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Figures"))
        self.table.setAccessibleDescription(
            self.tr("The report's numbers, a row for each; a hidden count is marked.")
        )
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.model.set_rows(rows[0], rows[1:])
        header = self.table.horizontalHeader()
        for section in range(self.model.columnCount()):
            header.setSectionResizeMode(
                section,
                QHeaderView.ResizeMode.Stretch if section == 0 else QHeaderView.ResizeMode.Fixed,
            )
            if section:
                self.table.setColumnWidth(section, 120)


class BkReportDialog(QDialog):
    report_ready = Signal()
    file_saved = Signal(object)  # Path
    settings_saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        reports: Callable[[], BkReportService],
        runner: Runner,
        chooser: Any,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bkReportDialog")
        self.setWindowTitle(self.tr("BK Service Report"))
        self.resize(1000, 660)
        self._reports = reports
        self._ops = Operations(runner, None)  # errors go to the status line
        self._chooser = chooser
        self._today = today
        self.report: BkReport | None = None
        self.settings = BkSettings()

        # -- the school's settings, kept in the vault --
        self.jp_spin = QSpinBox(self)
        self.jp_spin.setObjectName("bkJpMinutes")
        self.jp_spin.setRange(1, MAX_MINUTES_PER_PERIOD)
        self.jp_spin.setSuffix(self.tr(" min"))
        self.jp_spin.setAccessibleName(self.tr("Length of one lesson period (JP)"))
        self.jp_spin.setAccessibleDescription(
            self.tr("Minutes in one JP: 40 in an SMP, 45 in an SMA. Kept in the vault.")
        )
        self.start_day = QSpinBox(self)
        self.start_day.setObjectName("bkYearStartDay")
        self.start_day.setRange(1, 31)
        self.start_day.setAccessibleName(self.tr("Day the school year starts"))
        self.start_day.setAccessibleDescription(self.tr("The day of the month, 1 to 31."))
        self.start_month = QComboBox(self)
        self.start_month.setObjectName("bkYearStartMonth")
        month_names = {
            6: self.tr("June"),
            7: self.tr("July"),
            8: self.tr("August"),
            9: self.tr("September"),
        }
        for month in YEAR_START_MONTHS:
            self.start_month.addItem(month_names[month], month)
        self.start_month.setAccessibleName(self.tr("Month the school year starts"))
        self.start_month.setAccessibleDescription(
            self.tr("Mid-July in Indonesia; many English-medium schools start in August.")
        )
        self.save_settings_button = QPushButton(self.tr("Keep Settings"), self)
        self.save_settings_button.setObjectName("bkSaveSettings")
        self.save_settings_button.setAccessibleDescription(
            self.tr("Keeps the JP length and the year's start in the vault.")
        )
        settings_row = QHBoxLayout()
        settings_row.addWidget(QLabel(self.tr("One JP:"), self))
        settings_row.addWidget(self.jp_spin)
        settings_row.addSpacing(16)
        settings_row.addWidget(QLabel(self.tr("School year starts on:"), self))
        settings_row.addWidget(self.start_day)
        settings_row.addWidget(self.start_month)
        settings_row.addWidget(self.save_settings_button)
        settings_row.addStretch(1)

        # -- the period and the files --
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("bkPeriodKind")
        for kind, name in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.SEMESTER, self.tr("Semester")),
            (PeriodKind.YEAR, self.tr("School year")),
        ):
            self.kind_combo.addItem(name, kind.value)
        self.kind_combo.setAccessibleName(self.tr("Kind of period"))
        self.kind_combo.setAccessibleDescription(
            self.tr("A month, a semester or a whole school year.")
        )
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("bkPeriod")
        self.period_combo.setMinimumContentsLength(26)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setAccessibleDescription(
            self.tr("Which month, semester or school year the report counts.")
        )
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("bkShowButton")
        self.show_button.setAccessibleName(self.tr("Show the report"))
        self.show_button.setAccessibleDescription(
            self.tr("Counts the sessions and activities of the period and shows the figures.")
        )
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("bkLanguage")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setAccessibleName(self.tr("Language of the file"))
        self.language_combo.setAccessibleDescription(
            self.tr("The language the saved report is written in.")
        )
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("bkSavePdf")
        self.pdf_button.setAccessibleDescription(
            self.tr("Saves the report shown as a PDF where you choose. It names no one.")
        )
        self.xlsx_button = QPushButton(self.tr("Save XLSX…"), self)
        self.xlsx_button.setObjectName("bkSaveXlsx")
        self.xlsx_button.setAccessibleDescription(
            self.tr("Saves the report shown as a spreadsheet where you choose. It names no one.")
        )
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(False)
        period_row = QHBoxLayout()
        period_row.addWidget(self.kind_combo)
        period_row.addWidget(self.period_combo)
        period_row.addWidget(self.show_button)
        period_row.addStretch(1)
        period_row.addWidget(QLabel(self.tr("File in:"), self))
        period_row.addWidget(self.language_combo)
        period_row.addWidget(self.pdf_button)
        period_row.addWidget(self.xlsx_button)

        # -- headline figures --
        self.summary_labels: dict[str, QLabel] = {}
        summary = QGridLayout()
        summary.setHorizontalSpacing(28)
        for column, (key, title) in enumerate(
            (
                ("contacts", self.tr("Classified contacts")),
                ("unclassified", self.tr("Sessions not yet classified")),
                ("workload", self.tr("Workload (JP) / norm")),
                ("asca", self.tr("Direct + indirect (target ≥ 80 %)")),
            )
        ):
            value = QLabel("—", self)
            value.setObjectName(f"bk_summary_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            caption = QLabel(title, self)
            caption.setObjectName("hint")
            summary.addWidget(value, 0, column)
            summary.addWidget(caption, 1, column)
            self.summary_labels[key] = value

        self.tabs = QTabWidget(self)
        self.pages: dict[str, _TablePage] = {}
        for key, title, tip in (
            (
                "by_service",
                self.tr("By service"),
                self.tr("Contacts by komponen, strategi and bidang"),
            ),
            ("by_class", self.tr("Classical guidance"), self.tr("Classical guidance by class")),
            (
                "referrals",
                self.tr("Referrals"),
                self.tr("Referrals of the period by agency and by outcome"),
            ),
            (
                "program",
                self.tr("Program"),
                self.tr("The program's planned sessions and those carried out, by month"),
            ),
            ("visits", self.tr("Visits and conferences"), self.tr("Home visits, case conferences")),
            ("workload", self.tr("Workload"), self.tr("Lesson periods (JP) against the norm")),
        ):
            page = _TablePage(self)
            self.pages[key] = page
            self.tabs.setTabToolTip(self.tabs.addTab(page, title), tip)
        self.asca_page = _FiguresPage(self)
        self.tabs.setTabToolTip(
            self.tabs.addTab(self.asca_page, self.tr("ASCA use of time")),
            self.tr("Share of time by ASCA category"),
        )

        self.rule_label = QLabel(
            self.tr(
                "No names, case codes or dates of birth. Counts of 1–4 are shown as “<5”; a "
                "cell that would let a hidden count be worked out from the total is shown as "
                "“*”. The ASCA split shows time only. A contact with two bidang counts once "
                "for each."
            ),
            self,
        )
        self.rule_label.setWordWrap(True)
        self.rule_label.setObjectName("hint")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("bkReportStatus")
        self.status_label.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleDescription(self.tr("Closes the report."))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)

        form = QFormLayout()
        form.addRow(self.tr("School:"), settings_row)
        form.addRow(self.tr("Period:"), period_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.rule_label)
        layout.addLayout(bottom)

        self.kind_combo.currentIndexChanged.connect(lambda *_: self._fill_periods())
        self.show_button.clicked.connect(lambda *_: self.refresh())
        self.save_settings_button.clicked.connect(lambda *_: self.save_settings())
        self.pdf_button.clicked.connect(lambda *_: self.save_file("pdf"))
        self.xlsx_button.clicked.connect(lambda *_: self.save_file("xlsx"))

    # -- settings ---------------------------------------------------------------------
    def load_settings(self) -> None:
        """Read the vault's settings into the fields and offer the periods they give."""
        op = self._ops.op(self, "", lambda: self._reports().settings())
        op.on_success(self._show_settings).on_error(self._failed).run()

    def _show_settings(self, settings: BkSettings) -> None:
        self.settings = settings
        self.jp_spin.setValue(settings.minutes_per_period)
        self.start_day.setValue(settings.year_start_day)
        self.start_month.setCurrentIndex(
            max(0, self.start_month.findData(settings.year_start_month))
        )
        self._fill_periods()

    def save_settings(self) -> bool:
        wanted = BkSettings(
            self.jp_spin.value(), int(self.start_month.currentData()), self.start_day.value()
        )
        op = self._ops.op(self, "", lambda: self._reports().save_settings(wanted))
        op.on_success(self._settings_kept).on_error(self._failed)
        return op.run()

    def _settings_kept(self, settings: BkSettings) -> None:
        self._show_settings(settings)
        self.status_label.setText(self.tr("Kept in the vault."))
        self.settings_saved.emit()

    # -- period -----------------------------------------------------------------------
    def _fill_periods(self) -> None:
        kind = PeriodKind(str(self.kind_combo.currentData()))
        self.period_combo.clear()
        for period in recent_periods(self._today(), kind, self.settings, _RECENT[kind]):
            label = f"{period.key} ({period.start.isoformat()} – {period.end.isoformat()})"
            self.period_combo.addItem(label, period)

    def set_period(self, kind: PeriodKind, key: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        for index in range(self.period_combo.count()):
            if self.period_combo.itemData(index).key == key:
                self.period_combo.setCurrentIndex(index)
                return
        raise KeyError(key)

    def period(self) -> Period:
        found = self.period_combo.currentData()
        assert isinstance(found, Period)
        return found

    # -- figures ------------------------------------------------------------------------
    def refresh(self) -> Task[BkReport]:
        period = self.period()
        self.status_label.setText(self.tr("Counting…"))
        op = self._ops.op(self, "", lambda: self._reports().report(period))
        op.disabling(self.show_button).on_success(self._show_report).on_error(self._empty)
        return op.run_in_background()

    def _failed(self, error: CounselDeskError) -> None:
        text = user_text(error)
        self.status_label.setText(text)
        self.failed.emit(text)

    def _empty(self, error: CounselDeskError) -> None:
        self.report = None
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(False)
        for label in self.summary_labels.values():
            label.setText("—")
        self._failed(error)

    def _show_report(self, report: BkReport) -> None:
        from counsel_desk.export import bk_report_texts as texts

        self.report = report
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(True)
        # The tables speak the window's language (the translator installed), as the
        # term report's do; the file's language is chosen below them.
        lang = "id" if self.tr("Month") == "Bulan" else "en"
        load = report.workload
        self.summary_labels["contacts"].setText(report.contacts.shown)
        self.summary_labels["unclassified"].setText(report.unclassified_sessions.shown)
        self.summary_labels["workload"].setText(
            f"{texts.jp_text(load.total, load.total_hidden, lang)} / {texts.number(load.norm, lang)}"
        )
        self.summary_labels["asca"].setText(texts.percent_text(report.asca_direct_indirect_percent))
        self.pages["by_service"].set_rows(texts.service_rows(report, lang))
        self.pages["by_class"].set_rows(texts.class_rows(report, lang))
        self.pages["program"].set_rows(texts.program_rows(report, lang))
        referral_rows = texts.referral_rows(report, lang)
        self.pages["referrals"].set_rows(referral_rows or [[texts.words(lang)["no_referrals"]]])
        self.pages["visits"].set_rows(texts.visit_rows(report, lang))
        self.pages["workload"].set_rows(texts.workload_rows(report, lang))
        rows = texts.asca_rows(report, lang)
        self.asca_page.model.set_rows(rows[0], rows[1:])
        header = self.asca_page.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section in range(1, len(rows[0])):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Fixed)
            self.asca_page.table.setColumnWidth(section, 120)
        self.asca_page.chart.set_bars(
            [r[0].split(":")[-1].strip() for r in rows[1:]],
            [0 if s.hidden else s.percent for s in report.asca],
            [s.contacts.shown if s.hidden else None for s in report.asca],
            title=self.tr("Share of time (%)"),
        )
        missing = report.unclassified_sessions.value
        self.status_label.setText(
            self.tr(
                "Sessions of the period not yet classified: {count}. Classify them in their "
                "notes (komponen, bidang, strategi)."
            ).format(count=missing)
            if missing
            else ""
        )
        self.report_ready.emit()

    # -- files --------------------------------------------------------------------------
    def save_file(self, kind: str) -> Task[Path] | None:
        report = self.report
        if report is None:
            return None
        language = str(self.language_combo.currentData())
        stem = f"bk-report-{report.period.key.replace('/', '-')}"
        if kind == "pdf":
            title, filters = self.tr("Save the Report as PDF"), self.tr("PDF files (*.pdf)")
        else:
            title, filters = (
                self.tr("Save the Report as a Spreadsheet"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        path = self._chooser.save_file(self, title, Path.home() / f"{stem}.{kind}", filters)
        if path is None:
            return None
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        self.status_label.setText(self.tr("Writing the file…"))

        def work() -> Path:
            service = self._reports()
            if kind == "pdf":
                return service.write_pdf(report, path, language=language)
            return service.write_xlsx(report, path, language=language)

        op = self._ops.op(self, "", work)
        op.disabling(self.pdf_button, self.xlsx_button).on_success(self._saved).on_error(
            self._failed
        )
        return op.run_in_background()

    def _saved(self, path: Path) -> None:
        self.status_label.setText(
            self.tr(
                "Saved. The file is not encrypted; it holds figures only, checked for names, "
                "case codes and dates of birth."
            )
        )
        self.file_saved.emit(path)
