"""The supervision summary as a PDF (issue 5): :func:`render_supervision_pdf` turns a
:class:`~counsel_desk.export.supervision_summary.SupervisionSummary` into PDF bytes
(deterministic, neutral metadata, embedded font); :func:`write_supervision_pdf` writes them
where asked. :func:`counsel_desk.export.pdf_check.write_supervision_pdf_checked` adds the
read-back self-check and is what the app and the CLI call. The summary itself, its
sections and their redaction, is prepared in ``supervision_summary`` (no reportlab), which
this module re-exports for its older callers. No Qt, no vault.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
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

from counsel_desk.domain.redaction import RedactionResult
from counsel_desk.export import pdf_common
from counsel_desk.export.pdf_common import ACCENT, RULE, SHADE, PageDecor, Styles, markup
from counsel_desk.export.supervision_summary import (
    ALL_SECTIONS,
    TITLE,
    Section,
    SummaryItem,
    SummarySection,
    SupervisionInput,
    SupervisionSummary,
    grade_level,
    prepare_supervision_summary,
    record_notes_only,
    school_setting,
    summary_words,
)

__all__ = [
    "ALL_SECTIONS",
    "TITLE",
    "Section",
    "SummaryItem",
    "SummarySection",
    "SupervisionInput",
    "SupervisionSummary",
    "grade_level",
    "prepare_supervision_summary",
    "record_notes_only",
    "render_supervision_pdf",
    "school_setting",
    "write_supervision_pdf",
]


# --- rendering ----------------------------------------------------------------------


def _redacted_markup(result: RedactionResult) -> str:
    """Redacted text as paragraph markup, each label set in the accent colour."""
    text = result.text
    out: list[str] = []
    position = 0
    colour = ACCENT.hexval()[2:]
    for span in result.spans:
        out.append(escape(text[position : span.redacted_start]))
        out.append(f'<font color="#{colour}"><b>{escape(span.label)}</b></font>')
        position = span.redacted_end
    out.append(escape(text[position:]))
    return "".join(out).strip().replace("\r\n", "\n").replace("\n", "<br/>")


def _item_markup(item: SummaryItem) -> str:
    if item.redacted is not None:
        return _redacted_markup(item.redacted)
    return markup(item.value or "")


def _table(
    items: tuple[SummaryItem, ...], st: Styles, width: float, columns: tuple[str, ...] = ()
) -> Table:
    data = [
        [
            Paragraph(markup(i.label or ""), st.cell_label),
            Paragraph(_item_markup(i), st.cell),
            *(Paragraph(markup(c), st.cell) for c in i.cells),
        ]
        for i in items
    ]
    n = max(len(row) for row in data)
    if n == 2:
        widths = [width * 0.32, width * 0.68]
    else:
        widths = [width * 0.32] + [width * 0.68 / (n - 1)] * (n - 1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if columns:
        data.insert(0, [Paragraph(markup(c), st.label) for c in columns])
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.white),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


class _Rule(Flowable):  # type: ignore[misc]
    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 1

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0, self.width, 0)


def _notice(text: str, st: Styles, width: float) -> Table:
    box = Table([[Paragraph(markup(text), st.small)]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box


def _story(summary: SupervisionSummary) -> list[Flowable]:
    st = pdf_common.styles()
    w = summary_words(summary.language)
    width = pdf_common.CONTENT_WIDTH
    story: list[Flowable] = [
        Paragraph(markup(w["title"]), st.title),
        Paragraph(
            markup(f"{w['case'].format(code=summary.case_code)} · {summary.subtitle}"), st.subtitle
        ),
        _notice(w["notice"], st, width),
        Spacer(1, 4 * mm),
    ]
    for section in summary.sections:
        if section.heading:
            story.append(CondPageBreak(40 * mm))
            story.append(Paragraph(markup(section.heading), st.h1))
        if section.table:
            story.append(_table(section.items, st, width, section.columns))
            continue
        if section.subheading:
            head: list[Flowable] = []
            if section.key is Section.SESSIONS:
                head += [Spacer(1, 2 * mm), _Rule(width)]
            head.append(Paragraph(markup(section.subheading), st.h2))
            if section.meta:
                head.append(Paragraph(markup(section.meta), st.small))
                head.append(Spacer(1, 1.5 * mm))
            first = section.items[0] if section.items else None
            if first is not None:
                head += _item_flowables(first, st)
            story.append(KeepTogether(head))
            for item in section.items[1:]:
                story.append(KeepTogether(_item_flowables(item, st)))
            continue
        for item in section.items:
            story.append(KeepTogether(_item_flowables(item, st)))
    return story


def _item_flowables(item: SummaryItem, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if item.label:
        out.append(Paragraph(markup(item.label), st.label))
    out.append(Paragraph(_item_markup(item), st.body))
    return out


def render_supervision_pdf(summary: SupervisionSummary) -> bytes:
    """The summary as PDF bytes; the same summary always gives the same bytes."""
    w = summary_words(summary.language)
    decor = PageDecor(
        header_left=w["title"],
        header_right=w["case"].format(code=summary.case_code),
        footer_left=w["footer"],
        page_template=w["page"],
    )
    return pdf_common.render(_story(summary), decor, title=w["title"])


def write_supervision_pdf(inp: SupervisionInput, output: Path | None = None) -> SupervisionSummary:
    """Prepare, render and write the summary at ``output`` (or ``inp.output``).

    Prefer :func:`counsel_desk.export.pdf_check.write_supervision_pdf_checked`, which
    also reads the file back and deletes it if any identifier survived.
    """
    path = output or inp.output
    if path is None:
        raise ValueError("no output path")
    summary = prepare_supervision_summary(inp)
    pdf_common.write_file(Path(path), render_supervision_pdf(summary))
    return summary
