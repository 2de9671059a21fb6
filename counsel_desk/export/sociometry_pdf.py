"""The homeroom teacher's version of a sociogram, as PDF (issue 20, item 4).

The drawing and a table of each student's received choices and labels, for the wali
kelas. Students are shown by the labels the counselor chose (``teacher_labels``): their
number key in the round (the key stays in the vault), their initials, or — only when she
ticked it — their full names. Never a case code: only clients have one, so a code would
tell the teacher which classmates see the counselor. The metadata says "Sociogram" and
nothing else. No Qt, no vault.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Final

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counsel_desk.domain.sociometry import Sociogram, layout
from counsel_desk.export import pdf_common
from counsel_desk.export.pdf_common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    SHADE,
    WARN,
    PageDecor,
    markup,
)
from counsel_desk.export.report_pdf import _grid
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog

__all__ = ["TeacherSociogram", "render_teacher_pdf"]

POSITIVE: Final = ACCENT
NEGATIVE: Final = WARN

_WORDS: Final = {
    "title": QT_TRANSLATE_NOOP("SociometryPdf", "Sociogram of class {name}"),
    "subtitle": QT_TRANSLATE_NOOP(
        "SociometryPdf", "Sociometry of {day}: {answered} of {members} students answered"
    ),
    "questions": QT_TRANSLATE_NOOP("SociometryPdf", "Questions"),
    "positive": QT_TRANSLATE_NOOP("SociometryPdf", "chooses (positive)"),
    "negative": QT_TRANSLATE_NOOP("SociometryPdf", "would rather not (negative)"),
    "drawing": QT_TRANSLATE_NOOP("SociometryPdf", "The sociogram"),
    "legend": QT_TRANSLATE_NOOP(
        "SociometryPdf",
        "Solid arrow: a positive choice. Dashed arrow: a negative choice. Solid line with "
        "two heads: a mutual choice. Double ring: a star; dashed ring: an isolate; "
        "thick ring with a cross: rejected. The more choices a student received, the "
        "nearer the centre.",
    ),
    "table": QT_TRANSLATE_NOOP("SociometryPdf", "Each student"),
    "student": QT_TRANSLATE_NOOP("SociometryPdf", "Student"),
    "received_positive": QT_TRANSLATE_NOOP("SociometryPdf", "Chosen"),
    "received_negative": QT_TRANSLATE_NOOP("SociometryPdf", "Rather not"),
    "mutual": QT_TRANSLATE_NOOP("SociometryPdf", "Mutual"),
    "label": QT_TRANSLATE_NOOP("SociometryPdf", "Position"),
    "clique": QT_TRANSLATE_NOOP("SociometryPdf", "Clique"),
    "star": QT_TRANSLATE_NOOP("SociometryPdf", "star"),
    "isolate": QT_TRANSLATE_NOOP("SociometryPdf", "isolated"),
    "rejected": QT_TRANSLATE_NOOP("SociometryPdf", "rejected"),
    "rules": QT_TRANSLATE_NOOP(
        "SociometryPdf",
        "A star received at least the mean plus one standard deviation of positive "
        "choices ({star} or more here); an isolate received none; rejected: at least two "
        "negative choices and the mean plus one standard deviation. A clique: three or more "
        "students who all chose each other.",
    ),
    "keys": QT_TRANSLATE_NOOP(
        "SociometryPdf",
        "Students are shown by a number (S01, S02, …); the key to the numbers stays with "
        "the counselor.",
    ),
    "initials": QT_TRANSLATE_NOOP(
        "SociometryPdf",
        "Students are shown by their initials; shared initials are numbered (BS-1, BS-2).",
    ),
    "names_banner": QT_TRANSLATE_NOOP(
        "SociometryPdf", "Full names shown — keep this sheet away from students"
    ),
    "care": QT_TRANSLATE_NOOP(
        "SociometryPdf",
        "Confidential, for the homeroom teacher: the students answered trusting that no "
        "classmate would see their choices. Use it to seat and group the class and to reach "
        "out to students who are alone, never to show the class.",
    ),
    "header": QT_TRANSLATE_NOOP("SociometryPdf", "Sociogram"),
    "footer": QT_TRANSLATE_NOOP("SociometryPdf", "Confidential — for the homeroom teacher"),
    "page": QT_TRANSLATE_NOOP("SociometryPdf", "page {page} of {pages}"),
}


def words(language: str) -> dict[str, str]:
    return Catalog.load(language).words(_WORDS)


@dataclass(frozen=True)
class TeacherSociogram:
    class_name: str
    held_on: dt.date
    questions: list[tuple[str, bool]]  # the analysed questions, positive or not
    gram: Sociogram
    labels: dict[int, str]  # member number → what the teacher sees
    full_names: bool = False
    numbers: bool = True  # labels are number keys (else initials or names)
    language: str = "en"


def _arrow_head(
    drawing: Drawing, x: float, y: float, angle: float, colour: colors.Color, filled: bool
) -> None:
    size = 5.5
    left = (x - size * math.cos(angle - 0.4), y - size * math.sin(angle - 0.4))
    right = (x - size * math.cos(angle + 0.4), y - size * math.sin(angle + 0.4))
    drawing.add(
        Polygon(
            [x, y, *left, *right],
            fillColor=colour if filled else colors.white,
            strokeColor=colour,
            strokeWidth=0.7,
        )
    )


def _drawing(data: TeacherSociogram) -> Drawing:
    width = pdf_common.CONTENT_WIDTH
    height = min(width, 150 * mm)
    drawing = Drawing(width, height)
    places = layout(data.gram)
    centre_x, centre_y = width / 2, height / 2
    scale = height / 2 - 18
    radius = 9.0 if len(places) <= 36 else 7.0
    at = {m: (centre_x + x * scale, centre_y - y * scale) for m, (x, y) in places.items()}
    mutual = set(data.gram.mutual_pairs)

    def ends(a: int, b: int) -> tuple[float, float, float, float, float]:
        (x1, y1), (x2, y2) = at[a], at[b]
        angle = math.atan2(y2 - y1, x2 - x1)
        dx, dy = radius * math.cos(angle), radius * math.sin(angle)
        return x1 + dx, y1 + dy, x2 - dx, y2 - dy, angle

    for a, b in sorted(data.gram.negative_edges):
        x1, y1, x2, y2, angle = ends(a, b)
        drawing.add(
            Line(x1, y1, x2, y2, strokeColor=NEGATIVE, strokeWidth=0.7, strokeDashArray=[3, 2])
        )
        _arrow_head(drawing, x2, y2, angle, NEGATIVE, filled=False)
    for a, b in sorted(data.gram.positive_edges):
        if (min(a, b), max(a, b)) in mutual:
            if a > b:
                continue
            x1, y1, x2, y2, angle = ends(a, b)
            drawing.add(Line(x1, y1, x2, y2, strokeColor=POSITIVE, strokeWidth=1.6))
            _arrow_head(drawing, x2, y2, angle, POSITIVE, filled=True)
            _arrow_head(drawing, x1, y1, angle + math.pi, POSITIVE, filled=True)
            continue
        x1, y1, x2, y2, angle = ends(a, b)
        drawing.add(Line(x1, y1, x2, y2, strokeColor=POSITIVE, strokeWidth=0.7))
        _arrow_head(drawing, x2, y2, angle, POSITIVE, filled=True)
    for m, (x, y) in at.items():
        figure = data.gram.figures[m]
        if figure.star:
            drawing.add(Circle(x, y, radius + 3, fillColor=None, strokeColor=INK, strokeWidth=0.8))
        drawing.add(
            Circle(
                x,
                y,
                radius,
                fillColor=SHADE if not figure.star else colors.HexColor("#ffe9a8"),
                strokeColor=NEGATIVE if figure.rejected else INK,
                strokeWidth=2.0 if figure.rejected else 0.8,
                strokeDashArray=[2, 1.5] if figure.isolate else None,
            )
        )
        if figure.rejected:
            d = radius * 0.45
            drawing.add(Line(x - d, y - d, x + d, y + d, strokeColor=NEGATIVE, strokeWidth=0.8))
            drawing.add(Line(x - d, y + d, x + d, y - d, strokeColor=NEGATIVE, strokeWidth=0.8))
        label = data.labels.get(m, "")
        wide = stringWidth(label, FONT_BOLD if figure.star else FONT, 7) + 3
        drawing.add(
            Rect(
                x - wide / 2, y - radius - 9.5, wide, 8.5, fillColor=colors.white,
                strokeColor=None, fillOpacity=0.85,
            )
        )  # fmt: skip
        drawing.add(
            String(
                x,
                y - radius - 8,
                label,
                fontName=FONT_BOLD if figure.star else FONT,
                fontSize=7,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing


def _story(data: TeacherSociogram) -> list[Flowable]:
    st = pdf_common.styles()
    w = words(data.language)
    gram = data.gram
    width = pdf_common.CONTENT_WIDTH
    story: list[Flowable] = [
        Paragraph(markup(w["title"].format(name=data.class_name)), st.title),
        Paragraph(
            markup(
                w["subtitle"].format(
                    day=data.held_on.isoformat(), answered=gram.answered, members=len(gram.members)
                )
            ),
            st.subtitle,
        ),
        Paragraph(markup(w["care"]), st.small),
        Paragraph(markup(w["questions"]), st.h2),
    ]
    for text, positive in data.questions:
        kind = w["positive"] if positive else w["negative"]
        story.append(Paragraph(markup(f"• {text} — {kind}"), st.body))
    story += [
        Paragraph(markup(w["drawing"]), st.h1),
        _drawing(data),
        Paragraph(markup(w["legend"]), st.small),
    ]
    if data.numbers:
        story.append(Paragraph(markup(w["keys"]), st.small))
    elif not data.full_names:
        story.append(Paragraph(markup(w["initials"]), st.small))
    rows = [
        [
            w["student"],
            w["received_positive"],
            w["received_negative"],
            w["mutual"],
            w["label"],
            w["clique"],
        ]
    ]
    order = sorted(gram.members, key=lambda m: (-gram.figures[m].positive, data.labels.get(m, "")))
    for m in order:
        f = gram.figures[m]
        position = ", ".join(
            w[key] for key, on in (("star", f.star), ("isolate", f.isolate), ("rejected", f.rejected))
            if on
        )  # fmt: skip
        rows.append(
            [
                data.labels.get(m, ""),
                str(f.positive),
                str(f.negative),
                ", ".join(data.labels.get(o, "") for o in f.mutual),
                position,
                ", ".join(f"K{i + 1}" for i in f.cliques),
            ]
        )
    first = 0.22 if data.full_names else 0.12
    rest = [0.13, 0.15, 0.0, 0.16, 0.1]
    rest[2] = 1 - first - sum(rest)
    story += [
        Spacer(1, 3 * mm),
        KeepTogether([Paragraph(markup(w["table"]), st.h1)]),
        _grid(rows, st, [width * first] + [width * r for r in rest], False),
        Spacer(1, 3 * mm),
        Paragraph(markup(w["rules"].format(star=_at_least(gram.star_threshold))), st.small),
    ]
    return story


def _at_least(threshold: float) -> str:
    return str(max(1, math.ceil(threshold - 1e-9)))


def render_teacher_pdf(data: TeacherSociogram) -> bytes:
    """The homeroom teacher's sociogram as PDF bytes; its metadata names no one."""
    w = words(data.language)
    decor = PageDecor(
        header_left=w["header"],
        header_right=data.held_on.isoformat(),
        footer_left=w["footer"],
        page_template=w["page"],
        banner=w["names_banner"] if data.full_names else None,
    )
    return pdf_common.render(_story(data), decor, title=w["header"])
