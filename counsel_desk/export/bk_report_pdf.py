"""The BK service report (*laporan pelaksanaan layanan BK*) as PDF, in the term report's
look (``report_pdf.py``): a summary, contacts by komponen × strategi × bidang, classical
guidance by class, home visits and case conferences, the workload in JP against the norm,
and the ASCA use-of-time split with its bar chart. Counts only; suppressed counts are
"<5" and "*", and the chart draws a hidden cell as nothing. No Qt, no vault."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from counsel_desk.domain.bk_reports import ASCA_TARGET_PERCENT, BkReport
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export import pdf_common
from counsel_desk.export.bk_report_texts import (
    asca_headline,
    asca_rows,
    class_rows,
    period_line,
    program_rows,
    referral_rows,
    service_rows,
    summary_rows,
    visit_rows,
    words,
    workload_rows,
)
from counsel_desk.export.pdf_common import ACCENT, FONT, MUTED, PageDecor, markup
from counsel_desk.export.report_pdf import _grid

__all__ = ["render_bk_report_pdf"]

SUM_COLOUR = colors.HexColor("#2e7d5b")


def _asca_chart(report: BkReport, language: str) -> Drawing:
    width = pdf_common.CONTENT_WIDTH
    height = 68 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.42, 14
    chart.width, chart.height = width * 0.55, height - 30
    shares = list(reversed(report.asca))  # the first category on top
    # On top, the sum the target is about; the dashed rule marks the target.
    chart.data = [
        [0 if s.hidden else s.percent for s in shares] + [report.asca_direct_indirect_percent or 0]
    ]
    chart.categoryAxis.categoryNames = [
        display_name(s.category, language) + (f" ({s.contacts.shown})" if s.hidden else "")
        for s in shares
    ] + [words(language)["asca_sum"]]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.bars[(0, len(shares))].fillColor = SUM_COLOUR
    drawing.add(chart)
    # The target of direct + indirect time, as a dashed rule across the bars.
    target_x = chart.x + chart.width * ASCA_TARGET_PERCENT / 100
    drawing.add(
        Line(
            target_x, chart.y, target_x, chart.y + chart.height, strokeColor=MUTED,
            strokeWidth=0.6, strokeDashArray=[2, 2],
        )
    )  # fmt: skip
    drawing.add(
        String(
            target_x - 8, chart.y + chart.height + 3, f"{ASCA_TARGET_PERCENT} %",
            fontName=FONT, fontSize=7, fillColor=MUTED,
        )
    )  # fmt: skip
    drawing.add(
        String(
            0, height - 8, words(language)["asca_chart"], fontName=FONT, fontSize=8.5,
            fillColor=MUTED,
        )
    )  # fmt: skip
    return drawing


def _story(report: BkReport, language: str) -> list[Flowable]:
    st = pdf_common.styles()
    w = words(language)
    width = pdf_common.CONTENT_WIDTH

    def grid(rows: list[list[str]], first: float, total: bool) -> Flowable:
        rest = (width * (1 - first)) / max(1, len(rows[0]) - 1)
        return _grid(rows, st, [width * first] + [rest] * (len(rows[0]) - 1), total)

    summary = [[w["summary"], ""], *summary_rows(report, language)]
    story: list[Flowable] = [
        Paragraph(markup(w["title"]), st.title),
        Paragraph(markup(period_line(report, language)), st.subtitle),
        _grid(summary, st, [width * 0.7, width * 0.3], False),
        CondPageBreak(50 * mm),
        Paragraph(markup(w["by_service"]), st.h1),
    ]
    if report.by_service.rows:
        story += [
            grid(service_rows(report, language), 0.42, True),
            Spacer(1, 2 * mm),
            Paragraph(markup(w["service_note"]), st.small),
        ]
    else:
        story.append(Paragraph(markup(w["no_contacts"]), st.body))
    story += [CondPageBreak(40 * mm), Paragraph(markup(w["by_class"]), st.h1)]
    if report.by_class.rows:
        story.append(grid(class_rows(report, language), 0.5, True))
    else:
        story.append(Paragraph(markup(w["no_guidance"]), st.body))
    story += [CondPageBreak(40 * mm), Paragraph(markup(w["referrals"]), st.h1)]
    referrals = referral_rows(report, language)
    if referrals:
        story.append(grid(referrals, 0.5, True))
    else:
        story.append(Paragraph(markup(w["no_referrals"]), st.body))
    story += [CondPageBreak(40 * mm), Paragraph(markup(w["program"]), st.h1)]
    if report.program:
        story.append(grid(program_rows(report, language), 0.3, True))
    else:
        story.append(Paragraph(markup(w["no_program"]), st.body))
    story += [
        CondPageBreak(30 * mm),
        KeepTogether(
            [Paragraph(markup(w["visits"]), st.h1), grid(visit_rows(report, language), 0.5, False)]
        ),
        CondPageBreak(60 * mm),
        KeepTogether(
            [
                Paragraph(markup(w["workload"]), st.h1),
                _grid(workload_rows(report, language), st, [width * 0.7, width * 0.3], True),
            ]
        ),
        CondPageBreak(110 * mm),
        Paragraph(markup(w["asca"]), st.h1),
        Paragraph(markup(asca_headline(report, language)), st.body),
        Spacer(1, 2 * mm),
        grid(asca_rows(report, language), 0.52, False),
        Spacer(1, 3 * mm),
        _asca_chart(report, language),
        Spacer(1, 5 * mm),
        Paragraph(markup(w["rule"]), st.small),
    ]
    return story


def render_bk_report_pdf(report: BkReport, *, language: str = "en") -> bytes:
    """The report as PDF bytes (deterministic for a given report)."""
    w = words(language)
    decor = PageDecor(
        header_left=w["header"],
        header_right=f"{report.period.start.isoformat()} – {report.period.end.isoformat()}",
        footer_left=w["footer"],
        page_template=w["page"],
    )
    return pdf_common.render(_story(report, language), decor, title=w["header"])
