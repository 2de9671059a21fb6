"""Charts of the client record and of the term report (QtCharts).

* :class:`LineChart` — values over session dates: progress on each objective of a plan,
  or measures (mood 0–10, questionnaire totals).
* :class:`BarChart` — a report's counts by category. Hidden (suppressed) cells are drawn
  as nothing and their category says "<5" or "*": a chart never shows a suppressed count.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from counsel_desk.ui.qt_types import qt_date
from counsel_desk.ui.theme import tone

# Tones of ui/theme.py, one per line: each readable on the chart's background (the
# palette's base) in the light and in the dark theme.
LINE_TONES = ("navy", "rose", "success", "warning", "private", "teal", "brown")


def line_colour(n: int) -> QColor:
    return tone(LINE_TONES[n % len(LINE_TONES)])


def nice_step(top: int) -> int:
    """A step of 1, 2 or 5 × 10^k giving about five intervals up to ``top``."""
    rough = max(1.0, top / 5)
    magnitude = 10 ** (len(str(int(rough))) - 1)
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= rough:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _ms(day: dt.date) -> float:
    return float(QDateTime(qt_date(day), QTime(12, 0)).toMSecsSinceEpoch())


class _ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(140)  # the plan tab fits a laptop at 125 % scale
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "LineChart", "A chart. The table next to it holds the same figures."
            )
        )
        self.apply_colours()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: ui/theme.py
            self.apply_colours()

    def apply_colours(self) -> None:
        """The chart in the theme now shown: background, text, grid and every series."""
        chart = self.chart()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        for n, series in enumerate(chart.series()):
            if isinstance(series, QLineSeries):
                pen = series.pen()
                pen.setColor(line_colour(n))
                series.setPen(pen)
            elif isinstance(series, QBarSeries):
                for bar_set in series.barSets():
                    bar_set.setColor(line_colour(0))
                    bar_set.setLabelColor(text)

    def _reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        return chart


class LineChart(_ChartView):
    """Named lines of (date, value) points, one colour each, on a 0..``y_max`` axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, list[tuple[dt.date, float]]] = {}
        # The same numbers as a table, for whoever cannot see the chart (``with_table``).
        self.figures = QStandardItemModel(0, 3, self)
        self.table: QTableView | None = None
        self._figure_headers()

    def _figure_headers(self) -> None:
        self.figures.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Date"), self.tr("Value")])

    def set_lines(
        self,
        lines: Mapping[str, Sequence[tuple[dt.date, float]]],
        *,
        y_max: float,
        title: str = "",
        y_title: str = "",
    ) -> None:
        chart = self._reset(title)
        self.lines = {name: list(points) for name, points in lines.items() if points}
        days = [d for points in self.lines.values() for d, _ in points]
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM yy")
        x_axis.setTickCount(6)
        y_axis = QValueAxis()
        pad = y_max * 0.04  # points on 0 and on the top are drawn whole
        y_axis.setRange(-pad, y_max + pad)
        y_axis.setLabelFormat("%d")
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        # About five steps: a 0–4 scale labels every score, a 0–10 one every other (eleven
        # labels do not fit a chart on a 768-pixel screen: Qt elides them all to "…").
        y_axis.setTickInterval(nice_step(math.ceil(y_max)))
        if y_title:
            y_axis.setTitleText(y_title)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        if days:
            first, last = min(days), max(days)
            if first == last:
                first, last = first - dt.timedelta(days=7), last + dt.timedelta(days=7)
            x_axis.setRange(
                QDateTime(qt_date(first), QTime(0, 0)), QDateTime(qt_date(last), QTime(23, 59))
            )
        for n, (name, points) in enumerate(self.lines.items()):
            series = QLineSeries()
            series.setName(name if len(name) <= 48 else name[:47] + "…")
            series.setPointsVisible(True)
            pen = series.pen()
            pen.setColor(line_colour(n))
            pen.setWidthF(2.2)
            series.setPen(pen)
            for day, value in points:
                series.append(_ms(day), float(value))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(bool(self.lines))
        self.apply_colours()
        self.figures.removeRows(0, self.figures.rowCount())
        locale = QLocale()
        for name, points in self.lines.items():
            for day, value in points:
                shown = locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
                number = f"{value:g}"
                line = QStandardItem(name)
                line.setToolTip(name)
                self.figures.appendRow([line, QStandardItem(shown), QStandardItem(number)])

    def clear(self) -> None:
        self.set_lines({}, y_max=4)


def with_table(chart: LineChart, parent: QWidget | None = None) -> QSplitter:
    """``chart`` with its numbers in a table beside it (a chart alone tells nothing to a
    screen reader, nor the exact values to anyone)."""
    pair = QSplitter(Qt.Orientation.Horizontal, parent)
    pair.addWidget(chart)
    table = QTableView(pair)
    table.setObjectName(f"{chart.objectName()}Figures")
    table.setModel(chart.figures)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    # A line's name can be a whole objective: it takes the room left and is elided (in
    # full in its tooltip), so the date and the value stay in view on a laptop.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAccessibleName(
        QCoreApplication.translate("LineChart", "{chart}, in numbers").format(
            chart=chart.accessibleName()
        )
    )
    table.setAccessibleDescription(
        QCoreApplication.translate(
            "LineChart", "Each point of the chart: its line, date and value."
        )
    )
    pair.addWidget(table)
    pair.setStretchFactor(0, 2)
    pair.setStretchFactor(1, 1)
    # 2:1 from the start, whatever the children ask for (a short line name made the
    # table ask for more than the chart, whose dates were then elided to "17 Ju…").
    pair.setSizes([2000, 1000])
    pair.setChildrenCollapsible(False)
    chart.table = table
    return pair


class BarChart(_ChartView):
    """Counts by category; a hidden cell draws no bar and its label carries the mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.categories: list[str] = []

    def set_bars(
        self,
        categories: Sequence[str],
        values: Sequence[int],
        marks: Sequence[str | None],
        *,
        title: str = "",
        series_name: str = "",
    ) -> None:
        chart = self._reset(title)
        self.categories = [f"{c} ({m})" if m else c for c, m in zip(categories, marks, strict=True)]
        self.values = [0 if m else int(v) for v, m in zip(values, marks, strict=True)]
        bar_set = QBarSet(series_name)
        bar_set.setColor(line_colour(0))
        bar_set.append([float(v) for v in self.values])
        series = QBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(self.categories)
        y_axis = QValueAxis()
        step = nice_step(max([5, *self.values]))
        ticks = -(-max([5, *self.values]) // step) + 1
        y_axis.setRange(0, step * ticks)
        y_axis.setTickCount(ticks + 1)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(False)
        self.apply_colours()
