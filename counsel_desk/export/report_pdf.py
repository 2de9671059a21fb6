"""The term or year report for the school: figures without identifiers, as PDF.

Counts only — no name, case code or date of birth appears; small counts are shown as
``<5`` and complementary cells as ``*`` (``domain/reports.py`` has the rule, and the PDF
repeats it in a footnote). Bar charts draw hidden cells as nothing. English or Bahasa
Indonesia. No Qt, no vault.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counsel_desk.domain.enums import Modality, SessionKind
from counsel_desk.domain.reports import OTHER_TAGS, THRESHOLD, TermReport
from counsel_desk.domain.reports import Table as ReportTable
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export import pdf_common
from counsel_desk.export.breach_letter import long_date
from counsel_desk.export.pdf_common import (
    ACCENT,
    FONT,
    MUTED,
    RULE,
    SHADE,
    PageDecor,
    Styles,
    markup,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog

__all__ = ["render_report_pdf"]

MAX_CHART_MONTHS = 24

# Each English text is marked once (context "ReportPdf"); its Indonesian is in
# resources/translations/counsel_desk_id.ts and is looked up when the PDF is made.
# Kinds of service and modalities are named by domain/vocabulary.py.
_TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ReportPdf", "Counseling services report"),
    "period": QT_TRANSLATE_NOOP("ReportPdf", "{start} – {end}"),
    "header": QT_TRANSLATE_NOOP("ReportPdf", "Counseling report"),
    "footer": QT_TRANSLATE_NOOP(
        "ReportPdf", "Figures only: no names, case codes or dates of birth"
    ),
    "page": QT_TRANSLATE_NOOP("ReportPdf", "page {page} of {pages}"),
    "summary": QT_TRANSLATE_NOOP("ReportPdf", "Summary"),
    "clients": QT_TRANSLATE_NOOP("ReportPdf", "Students served"),
    "sessions": QT_TRANSLATE_NOOP("ReportPdf", "Sessions"),
    "minutes": QT_TRANSLATE_NOOP("ReportPdf", "Time spent"),
    "untimed": QT_TRANSLATE_NOOP("ReportPdf", "Sessions without a recorded duration"),
    "hours": QT_TRANSLATE_NOOP("ReportPdf", "{hours} h {minutes} min"),
    "by_month": QT_TRANSLATE_NOOP("ReportPdf", "By month"),
    "by_kind": QT_TRANSLATE_NOOP("ReportPdf", "By kind of service"),
    "by_modality": QT_TRANSLATE_NOOP("ReportPdf", "By modality"),
    "by_tag": QT_TRANSLATE_NOOP("ReportPdf", "Students by concern"),
    "month": QT_TRANSLATE_NOOP("ReportPdf", "Month"),
    "kind": QT_TRANSLATE_NOOP("ReportPdf", "Kind"),
    "modality": QT_TRANSLATE_NOOP("ReportPdf", "Modality"),
    "concern": QT_TRANSLATE_NOOP("ReportPdf", "Concern"),
    "total": QT_TRANSLATE_NOOP("ReportPdf", "Total"),
    "col_clients": QT_TRANSLATE_NOOP("ReportPdf", "Students"),
    "col_sessions": QT_TRANSLATE_NOOP("ReportPdf", "Sessions"),
    "col_minutes": QT_TRANSLATE_NOOP("ReportPdf", "Minutes"),
    "other": QT_TRANSLATE_NOOP("ReportPdf", "Other concerns (each fewer than 5 students)"),
    "no_tags": QT_TRANSLATE_NOOP("ReportPdf", "No concern tags recorded for the students served."),
    "chart": QT_TRANSLATE_NOOP("ReportPdf", "Sessions per month"),
    "rule": QT_TRANSLATE_NOOP(
        "ReportPdf",
        "Small counts are suppressed so that no student can be singled out: a count of 1–4 is "
        "shown as “<5”. Where a hidden count could be worked out from a total, further cells are "
        "hidden as “*” (complementary suppression), smallest first; minutes of hidden cells are "
        "hidden too. Concerns held by fewer than 5 students are not named. Charts leave hidden "
        "cells out. A session is a progress note (not struck through) dated in the period; a "
        "group session counts once, and each member as a student served.",
    ),
    "months": QT_TRANSLATE_NOOP("ReportPdf", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}


def words(language: str) -> dict[str, str]:
    return Catalog.load(language).words(_TEXTS)


def month_label(key: str, language: str) -> str:
    year, month = key.split("-")
    return f"{words(language)['months'].split()[int(month) - 1]} {year}"


def row_label(table: ReportTable, key: str, language: str) -> str:
    w = words(language)
    if table.key == "by_month":
        return month_label(key, language)
    if table.key == "by_tag":
        return w["other"] if key == OTHER_TAGS else key
    if table.key == "by_kind" and key in SessionKind._value2member_map_:
        return display_name(SessionKind(key), language)
    if table.key == "by_modality" and key in Modality._value2member_map_:
        return display_name(Modality(key), language)
    return key


def minutes_text(minutes: int, language: str) -> str:
    return words(language)["hours"].format(hours=minutes // 60, minutes=minutes % 60)


def _grid(rows: list[list[str]], st: Styles, widths: list[float], total: bool) -> Table:
    data = []
    for r, row in enumerate(rows):
        cells = []
        for _c, cell in enumerate(row):
            style = st.label if r == 0 else st.cell
            cells.append(Paragraph(markup(cell), style))
        data.append(cells)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if total:
        style.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _table(table: ReportTable, language: str, st: Styles) -> Table:
    w = words(language)
    first = {"by_month": w["month"], "by_kind": w["kind"], "by_modality": w["modality"]}.get(
        table.key, w["concern"]
    )
    header = [first] + [w[f"col_{c}"] for c in table.columns]
    rows = [header]
    for row in table.rows:
        rows.append([row_label(table, row.key, language)] + [c.shown for c in row.cells])
    if table.total is not None:
        rows.append([w["total"]] + [c.shown for c in table.total.cells])
    width = pdf_common.CONTENT_WIDTH
    rest = (width * 0.55) / max(1, len(table.columns))
    return _grid(rows, st, [width * 0.45] + [rest] * len(table.columns), table.total is not None)


def _month_chart(report: TermReport, language: str) -> Drawing:
    width = pdf_common.CONTENT_WIDTH
    drawing = Drawing(width, 58 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 40, 58 * mm - 40
    column = report.by_month.columns.index("sessions")
    values = [row.cells[column].plotted for row in report.by_month.rows]
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = [
        month_label(r.key, language).split()[0] for r in report.by_month.rows
    ] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    top = max([THRESHOLD, *values])
    step = max(1, -(-top // 5))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * 5
    chart.valueAxis.valueStep = step
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    drawing.add(
        String(
            0, 58 * mm - 8, words(language)["chart"], fontName=FONT, fontSize=8.5, fillColor=MUTED
        )
    )
    return drawing


def _story(report: TermReport, language: str) -> list[Flowable]:
    st = pdf_common.styles()
    w = words(language)
    width = pdf_common.CONTENT_WIDTH
    period = w["period"].format(
        start=long_date(report.start, language), end=long_date(report.end, language)
    )
    minutes = (
        report.minutes.shown
        if report.minutes.hidden
        else minutes_text(report.minutes.value, language)
    )
    summary = [
        [w["summary"], ""],
        [w["clients"], report.clients.shown],
        [w["sessions"], report.sessions.shown],
        [w["minutes"], minutes],
        [w["untimed"], report.untimed_sessions.shown],
    ]
    story: list[Flowable] = [
        Paragraph(markup(w["title"]), st.title),
        Paragraph(markup(period), st.subtitle),
        _grid(summary, st, [width * 0.6, width * 0.4], False),
    ]
    if len(report.by_month.rows) <= MAX_CHART_MONTHS:
        story += [Spacer(1, 4 * mm), _month_chart(report, language)]
    for table in (report.by_month, report.by_kind, report.by_modality):
        story += [
            CondPageBreak(40 * mm),
            KeepTogether([Paragraph(markup(w[table.key]), st.h1), _table(table, language, st)]),
        ]
    story += [CondPageBreak(30 * mm), Paragraph(markup(w["by_tag"]), st.h1)]
    if report.by_tag.rows:
        story.append(_table(report.by_tag, language, st))
    else:
        story.append(Paragraph(markup(w["no_tags"]), st.body))
    story += [Spacer(1, 5 * mm), Paragraph(markup(w["rule"]), st.small)]
    return story


def render_report_pdf(report: TermReport, *, language: str = "en") -> bytes:
    """The report as PDF bytes (deterministic for a given report)."""
    w = words(language)
    decor = PageDecor(
        header_left=w["header"],
        header_right=w["period"].format(start=report.start.isoformat(), end=report.end.isoformat()),
        footer_left=w["footer"],
        page_template=w["page"],
    )
    return pdf_common.render(_story(report, language), decor, title=w["header"])
