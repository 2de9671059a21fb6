"""The BK program of a school year (*program tahunan* / *semesteran*) and the RPL BK of
one planned session (*rencana pelaksanaan layanan*), as PDF (issue 17, item 6).

Neither names a student: a program is planned activities per month, an RPL is a plan for
a class. The look is the school report's (``report_pdf.py``). No Qt, no vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from counsel_desk.domain.bk_program import (
    DEFAULT_START_MONTH,
    ProgramItem,
    school_months,
    semester_of,
)
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export.breach_letter import _MONTH_TEXTS
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog

_WORDS: Final = {
    "year_title": QT_TRANSLATE_NOOP("ProgramPdf", "BK annual program (program tahunan)"),
    "semester_title": QT_TRANSLATE_NOOP(
        "ProgramPdf", "BK semester program (program semesteran), semester {semester}"
    ),
    "school_year": QT_TRANSLATE_NOOP("ProgramPdf", "School year {year}/{next}"),
    "month": QT_TRANSLATE_NOOP("ProgramPdf", "Month"),
    "field": QT_TRANSLATE_NOOP("ProgramPdf", "Field"),
    "strategy": QT_TRANSLATE_NOOP("ProgramPdf", "Strategy"),
    "topic": QT_TRANSLATE_NOOP("ProgramPdf", "Topic"),
    "level": QT_TRANSLATE_NOOP("ProgramPdf", "Class"),
    "jp": QT_TRANSLATE_NOOP("ProgramPdf", "JP"),
    "total": QT_TRANSLATE_NOOP("ProgramPdf", "Total: {count} activities, {jp} JP"),
    "none": QT_TRANSLATE_NOOP("ProgramPdf", "Nothing planned"),
    "header": QT_TRANSLATE_NOOP("ProgramPdf", "BK program"),
    "footer": QT_TRANSLATE_NOOP("ProgramPdf", "No names: planned activities per class"),
    "page": QT_TRANSLATE_NOOP("ProgramPdf", "page {page} of {pages}"),
    "rpl_title": QT_TRANSLATE_NOOP("ProgramPdf", "Service plan (RPL BK): {strategy}"),
    "identity": QT_TRANSLATE_NOOP("ProgramPdf", "A. Identity"),
    "school": QT_TRANSLATE_NOOP("ProgramPdf", "School"),
    "year": QT_TRANSLATE_NOOP("ProgramPdf", "School year / semester"),
    "year_value": QT_TRANSLATE_NOOP("ProgramPdf", "{year}/{next}, semester {semester}"),
    "target": QT_TRANSLATE_NOOP("ProgramPdf", "Class"),
    "when": QT_TRANSLATE_NOOP("ProgramPdf", "Month"),
    "duration": QT_TRANSLATE_NOOP("ProgramPdf", "Duration"),
    "duration_value": QT_TRANSLATE_NOOP("ProgramPdf", "{jp} JP"),
    "counselor": QT_TRANSLATE_NOOP("ProgramPdf", "School counselor"),
    "plan": QT_TRANSLATE_NOOP("ProgramPdf", "B. The plan"),
    "objective": QT_TRANSLATE_NOOP("ProgramPdf", "Objective"),
    "method": QT_TRANSLATE_NOOP("ProgramPdf", "Method"),
    "materials": QT_TRANSLATE_NOOP("ProgramPdf", "Media and materials"),
    "steps": QT_TRANSLATE_NOOP("ProgramPdf", "C. Activities"),
    "opening": QT_TRANSLATE_NOOP("ProgramPdf", "Opening"),
    "core": QT_TRANSLATE_NOOP("ProgramPdf", "Core"),
    "closing": QT_TRANSLATE_NOOP("ProgramPdf", "Closing"),
    "evaluation": QT_TRANSLATE_NOOP("ProgramPdf", "D. Evaluation"),
    "approved": QT_TRANSLATE_NOOP("ProgramPdf", "Approved by the principal"),
    "empty": QT_TRANSLATE_NOOP("ProgramPdf", "(to be written)"),
}


@dataclass(frozen=True)
class ProgramInput:
    school_year: int
    items: list[ProgramItem]
    school: str = ""
    counselor: str = ""
    language: str = "en"
    semester: int | None = None  # None: the whole year
    start_month: int = DEFAULT_START_MONTH  # the school year's first month


@dataclass(frozen=True)
class RplInput:
    item: ProgramItem
    school: str = ""
    counselor: str = ""
    language: str = "en"
    start_month: int = DEFAULT_START_MONTH


def words(language: str) -> dict[str, str]:
    return Catalog.load(language).words(_WORDS)


def month_name(month: int, year: int, language: str) -> str:
    return f"{Catalog.load(language).translate('BreachLetter', _MONTH_TEXTS[month - 1])} {year}"


def _grid(rows: list[list[str]], widths: list[float], *, header: bool = True) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle

    from counsel_desk.export import pdf_common
    from counsel_desk.export.pdf_common import ACCENT, RULE, SHADE, markup

    st = pdf_common.styles()
    data = [
        [
            Paragraph(markup(cell), st.label if (header and r == 0) or c == 0 else st.cell)
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    table.setStyle(TableStyle(style))
    return table


def render_program_pdf(data: ProgramInput) -> bytes:
    """The program as PDF bytes: one row per planned activity, month by month."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from counsel_desk.export import pdf_common
    from counsel_desk.export.pdf_common import CONTENT_WIDTH, PageDecor, markup

    w = words(data.language)
    st = pdf_common.styles()
    year, language = data.school_year, data.language
    title = (
        w["year_title"]
        if data.semester is None
        else w["semester_title"].format(semester=data.semester)
    )
    story: list[Any] = [Paragraph(markup(title), st.title)]
    subtitle = w["school_year"].format(year=year, next=year + 1)
    if data.school:
        subtitle = f"{data.school} · {subtitle}"
    story.append(Paragraph(markup(subtitle), st.subtitle))
    start = data.start_month
    items = [
        i for i in data.items if data.semester is None or semester_of(i, start) == data.semester
    ]
    rows = [[w["month"], w["field"], w["strategy"], w["topic"], w["level"], w["jp"]]]
    months = sorted({*school_months(year, start), *(i.month for i in items)})
    for month in months:
        planned = [i for i in items if i.month == month]
        if data.semester is not None and not planned:
            continue
        label = month_name(month.month, month.year, language)
        if not planned:
            rows.append([label, "", "", w["none"], "", ""])
        for n, item in enumerate(planned):
            rows.append(
                [
                    label if n == 0 else "",
                    display_name(item.field, language),
                    display_name(item.strategy, language),
                    item.topic,
                    item.class_level,
                    str(item.periods),
                ]
            )
    widths = [0.15, 0.11, 0.17, 0.41, 0.09, 0.07]
    story.append(_grid(rows, [f * CONTENT_WIDTH for f in widths]))
    story += [
        Spacer(1, 3 * mm),
        Paragraph(
            markup(w["total"].format(count=len(items), jp=sum(i.periods for i in items))),
            st.body,
        ),
    ]
    story.append(KeepTogether(_signatures(w, data.counselor)))
    decor = PageDecor(
        header_left=w["header"],
        header_right=data.school,
        footer_left=w["footer"],
        page_template=w["page"],
    )
    return pdf_common.render(story, decor, title=title)


def _signatures(w: dict[str, str], counselor: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from counsel_desk.export import pdf_common
    from counsel_desk.export.pdf_common import CONTENT_WIDTH, markup

    st = pdf_common.styles()
    cells = [
        [Paragraph(markup(w["approved"]), st.body), Paragraph(markup(w["counselor"]), st.body)],
        [Spacer(1, 12 * mm), Spacer(1, 12 * mm)],
        [Paragraph("……………………………", st.body), Paragraph(markup(counselor or "……………………………"), st.body)],
    ]
    table = Table(cells, colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 4 * mm), table]


def render_rpl_pdf(data: RplInput) -> bytes:
    """The RPL BK of one planned session: identity, objective, method and materials, the
    opening, core and closing activities, evaluation, and the signatures."""
    from reportlab.platypus import KeepTogether, Paragraph

    from counsel_desk.export import pdf_common
    from counsel_desk.export.pdf_common import CONTENT_WIDTH, PageDecor, markup

    w = words(data.language)
    st = pdf_common.styles()
    item, language = data.item, data.language
    strategy = display_name(item.strategy, language)
    title = w["rpl_title"].format(strategy=strategy)
    rpl = item.rpl

    def text(value: str) -> str:
        return value or w["empty"]

    label_width = 0.28 * CONTENT_WIDTH
    widths = [label_width, CONTENT_WIDTH - label_width]
    story: list[Any] = [
        Paragraph(markup(title), st.title),
        Paragraph(markup(w["identity"]), st.h1),
        _grid(
            [
                [w["school"], text(data.school)],
                [
                    w["year"],
                    w["year_value"].format(
                        year=item.school_year,
                        next=item.school_year + 1,
                        semester=semester_of(item, data.start_month),
                    ),
                ],
                [w["target"], text(item.class_level)],
                [w["when"], month_name(item.month.month, item.month.year, language)],
                [w["field"], display_name(item.field, language)],
                [w["topic"], item.topic],
                [w["duration"], w["duration_value"].format(jp=item.periods)],
                [w["counselor"], text(data.counselor)],
            ],
            widths,
            header=False,
        ),
        Paragraph(markup(w["plan"]), st.h1),
        _grid(
            [
                [w["objective"], text(rpl.objective)],
                [w["method"], text(rpl.method)],
                [w["materials"], text(rpl.materials)],
            ],
            widths,
            header=False,
        ),
        Paragraph(markup(w["steps"]), st.h1),
        _grid(
            [
                [w["opening"], text(rpl.opening)],
                [w["core"], text(rpl.core)],
                [w["closing"], text(rpl.closing)],
            ],
            widths,
            header=False,
        ),
    ]
    # The evaluation and the signatures stay on one page.
    story.append(
        KeepTogether(
            [
                Paragraph(markup(w["evaluation"]), st.h1),
                Paragraph(markup(text(rpl.evaluation)), st.body),
                *_signatures(w, data.counselor),
            ]
        )
    )
    decor = PageDecor(
        header_left=w["header"],
        header_right=data.school,
        footer_left=w["footer"],
        page_template=w["page"],
    )
    return pdf_common.render(story, decor, title=title)
