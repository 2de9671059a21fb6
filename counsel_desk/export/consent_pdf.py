"""A consent form as a PDF to print and sign on paper (reportlab). No Qt.

The text is the template filled in with the client's details, in the client's
language. The font is DejaVu Sans shipped in ``resources/fonts`` when present (it has
every glyph of Indonesian and Vietnamese names); otherwise reportlab's built-in
Helvetica. The file is written only to the path the caller (the user, through a file
dialog) chose; the caller tells the user that the PDF is not encrypted.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from counsel_desk.paths import resource_path

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


def write_consent_pdf(path: Path, text: str, *, signature_lines: list[str]) -> Path:
    """Write ``text`` (first line: the title) with lines to sign on, to ``path``.

    Each field the text leaves blank (a line such as "Date:") gets a line to write on;
    ``signature_lines`` are the labels the form itself does not have ("Signature:"), so
    no field is printed twice.

    The document's metadata carry no name: title "Consent form", no author."""
    font = _font()
    title_style = ParagraphStyle("title", fontName=font, fontSize=15, leading=19, spaceAfter=8)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=14.5, spaceAfter=5)
    heading = ParagraphStyle("heading", fontName=font, fontSize=11.5, leading=15, spaceBefore=6)
    lines = text.splitlines()
    title, rest = (lines[0], lines[1:]) if lines else ("", [])
    story: list[object] = [Paragraph(escape(title), title_style)]
    paragraphs = "\n".join(rest).split("\n\n")
    for block in paragraphs:
        block_lines = [ln for ln in block.splitlines() if ln.strip()]
        if not block_lines:
            continue
        first, *others = block_lines
        if others and not first.startswith("- ") and len(first) < 60 and not first.endswith("."):
            story.append(Paragraph(escape(first), heading))
            block_lines = others
        for line in block_lines:
            if line.startswith("- "):
                story.append(Paragraph(escape(line[2:]), body, bulletText="•"))
            elif _BLANK_FIELD.match(line.strip()):
                story.append(Spacer(1, 4 * mm))
                story.append(Paragraph(escape(line.strip()) + " " + "_" * 40, body))
            else:
                story.append(Paragraph(escape(line), body))
    story.append(Spacer(1, 10 * mm))
    for label in signature_lines:
        story.append(Spacer(1, 8 * mm))
        story.append(Paragraph(escape(label) + " " + "_" * 40, body))
    target = Path(path)
    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Consent form",
        author="",
        subject="",
        creator="Counsel Desk",
    )
    doc.build(story)
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target
