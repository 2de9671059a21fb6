"""A chart's numbers beside it (``with_table``): a long line name, such as a whole
objective, is elided so the date and the value stay in view (the demo plan's table at
1366×768 showed its first column only)."""

from __future__ import annotations

import datetime as dt

from counsel_desk.ui.widgets.charts import LineChart, with_table

OBJECTIVE = "Tidur sebelum pukul 22.00 minimal 4 malam sekolah per minggu, tanpa diingatkan"


def test_a_long_line_name_leaves_the_date_and_the_value_in_view(qtbot):
    chart = LineChart()
    chart.setObjectName("progressChart")
    pair = with_table(chart)
    qtbot.addWidget(pair)
    chart.set_lines(
        {OBJECTIVE: [(dt.date(2025, 9, 1), 75.0), (dt.date(2025, 9, 8), 50.0)]}, y_max=100
    )
    pair.resize(900, 300)
    pair.show()
    qtbot.waitExposed(pair)
    table = chart.table
    assert table is not None
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert right <= table.viewport().width()  # Value in view, no sideways scrolling
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance("8 Sep 2025")
    assert chart.figures.item(0, 0).toolTip() == OBJECTIVE  # the whole name on hover


def test_the_chart_keeps_the_larger_share_beside_a_table_of_short_names(qtbot):
    chart = LineChart()
    pair = with_table(chart)
    qtbot.addWidget(pair)
    chart.set_lines({"Mood": [(dt.date(2025, 9, 1), 3.0), (dt.date(2025, 9, 8), 6.0)]}, y_max=10)
    pair.resize(900, 300)
    pair.show()
    qtbot.waitExposed(pair)
    assert chart.width() > chart.table.width()
