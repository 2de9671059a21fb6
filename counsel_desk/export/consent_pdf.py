"""A consent form as a PDF to print and sign on paper (reportlab). No Qt.

The text is the template filled in with the client's details, in the client's
language. The font is DejaVu Sans shipped in ``resources/fonts`` when present (it has
every glyph of Indonesian and Vietnamese names); otherwise reportlab's built-in
Helvetica. The file is written only to the path the caller (the user, through a file
dialog) chose; the caller tells the user that the PDF is not encrypted.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from counsel_desk.paths import resource_path
from counsel_desk.private_files import FileWriteError, write_private

_FONT = "CounselDeskSans"
# A field the signer fills in by hand: a short label and nothing after its colon
# ("Date:", "Nama orang tua/wali:"), as a template's last lines leave it when printed.
_BLANK_FIELD = re.compile(r"^[^.,;:]{1,40}:$")


def _font() -> str:
    if _FONT in pdfmetrics.getRegisteredFontNames():
        return _FONT
    path = resource_path("fonts", "DejaVuSans.ttf")
    if path.is_file():
        pdfmetrics.registerFont(TTFont(_FONT, str(path)))
        return _FONT
    return "Helvetica"


def _write_on(label: str, style: ParagraphStyle, label_width: float) -> Table:
    """A field to fill in by hand: the label, then a line to write on; every such line
    starts and ends at the same place."""
    table = Table(
        [[Paragraph(escape(label), style), ""]],
        colWidths=[label_width, 150 * mm - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.6, "black"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
            ]
        )
    )
    return table


def write_consent_pdf(path: Path, text: str, *, signature_lines: list[str]) -> Path:
    """Write the form (:func:`render_consent_pdf`) to ``path``, privately."""
    target = Path(path)
    try:
        write_private(target, render_consent_pdf(text, signature_lines=signature_lines))
    except OSError as exc:
        raise FileWriteError(target, exc) from exc
    return target


def render_consent_pdf(text: str, *, signature_lines: list[str]) -> bytes:
    """``text`` (first line: the title) with lines to sign on, as PDF bytes.

    Each field the text leaves blank (a line such as "Date:") gets a line to write on;
    ``signature_lines`` are the labels the form itself does not have ("Signature:"), so
    no field is printed twice.

    The document's metadata carry no name: the form's own title (in the form's language;
    a form's title line never holds a name), no author."""
    font = _font()
    title_style = ParagraphStyle("title", fontName=font, fontSize=15, leading=19, spaceAfter=8)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=14.5, spaceAfter=5)
    heading = ParagraphStyle("heading", fontName=font, fontSize=11.5, leading=15, spaceBefore=6)
    lines = text.splitlines()
    title, rest = (lines[0], lines[1:]) if lines else ("", [])
    # The lines to write on start after the longest label, so no label wraps.
    labels = [ln.strip() for ln in rest if _BLANK_FIELD.match(ln.strip())] + signature_lines
    label_width = max(
        [40 * mm] + [pdfmetrics.stringWidth(lb, font, body.fontSize) + 8 * mm for lb in labels]
    )
    story: list[object] = [Paragraph(escape(title), title_style)]
    paragraphs = "\n".join(rest).split("\n\n")
    for block in paragraphs:
        block_lines = [ln for ln in block.splitlines() if ln.strip()]
        if not block_lines:
            continue
        first, *others = block_lines
        if (
            others
            and not first.startswith("- ")
            and len(first) < 60
            and not first.endswith((".", ","))  # "Yth. Bapak/Ibu ...," is a salutation
        ):
            story.append(Paragraph(escape(first), heading))
            block_lines = others
        for line in block_lines:
            if line.startswith("- "):
                story.append(Paragraph(escape(line[2:]), body, bulletText="•"))
            elif _BLANK_FIELD.match(line.strip()):
                story.append(_write_on(line.strip(), body, label_width))
            else:
                story.append(Paragraph(escape(line), body))
    story.extend(_write_on(label, body, label_width) for label in signature_lines)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title or "Consent form",
        author="",
        subject="",
        creator="Counsel Desk",
    )
    doc.build(story)
    return buffer.getvalue()
