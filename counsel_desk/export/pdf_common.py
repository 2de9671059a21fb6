"""What every Counsel Desk PDF shares: the embedded font, styles, a deterministic canvas.

* The font is DejaVu Sans shipped in ``resources/fonts`` (licence beside it), never a
  font of the machine: the same glyphs (ễ, ł, ğ ...) on Windows, macOS and Linux.
* Documents are written in reportlab's *invariant* mode: a fixed creation date and a
  document ID computed from constants and the (neutral) metadata, so the same input
  gives the same bytes and nothing in the file's trailer is derived from its content.
* Metadata is neutral: a generic title, empty author/subject/keywords, no outline,
  no annotations, attachments, scripts or XMP.
* Pages carry a header line and a footer "page N of M" drawn by :class:`_NumberedCanvas`.

No Qt, no vault. Files are written only at the path the caller gives.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.paths import resource_path
from counsel_desk.private_files import FileWriteError, write_private

FONT = "CounselDeskSans"
FONT_BOLD = "CounselDeskSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

PAGE_SIZE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 24 * mm
FRAME_PADDING = 6  # reportlab's default frame padding, in points
CONTENT_X = MARGIN_X + FRAME_PADDING  # where text starts: header and footer align to it
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * CONTENT_X

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6270")
RULE = colors.HexColor("#c9ced6")
ACCENT = colors.HexColor("#1f4e79")
SHADE = colors.HexColor("#eef2f7")
WARN = colors.HexColor("#8a1c1c")
WARN_SHADE = colors.HexColor("#fbeeee")


class FontMissingError(CounselDeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "PdfExport",
                    "The font file {path} is missing; reinstall Counsel Desk to export PDFs.",
                ),
                path=str(path),
            )
        )


def font_dir() -> Path:
    return resource_path("fonts")


def register_fonts() -> None:
    """Register the embedded font once per process (idempotent)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES.items():
        if name in registered:
            continue
        path = font_dir() / filename
        if not path.is_file():
            raise FontMissingError(path)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=14.2,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10, textColor=MUTED, spaceAfter=10
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=INK,
            spaceBefore=9,
            spaceAfter=3,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceAfter=1,
        ),
        cell=ParagraphStyle("cell", parent=body, spaceAfter=0, leading=13),
        cell_label=ParagraphStyle(
            "cell_label", parent=body, fontName=FONT_BOLD, textColor=MUTED, spaceAfter=0, leading=13
        ),
    )


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, line breaks kept."""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class PageDecor:
    """What is drawn on every page: a header line and a two-part footer."""

    header_left: str
    header_right: str
    footer_left: str
    page_template: str  # "page {page} of {pages}" (translated by the caller)
    banner: str | None = None  # a warning band at the top of every page (full record)


class _NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Holds pages back until the end so that each can say "page N of M"."""

    decor: PageDecor

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        d = self.decor
        width, height = PAGE_SIZE
        left, right = CONTENT_X, width - CONTENT_X
        self.saveState()
        top = height - 14 * mm
        if d.banner:
            self.setFillColor(WARN_SHADE)
            self.rect(left, top + 1.2 * mm, right - left, 6.2 * mm, stroke=0, fill=1)
            self.setFillColor(WARN)
            self.setFont(FONT_BOLD, 8.5)
            self.drawCentredString(width / 2, top + 3.3 * mm, d.banner)
            top -= 4.5 * mm
        self.setFont(FONT_BOLD, 8.5)
        self.setFillColor(ACCENT)
        self.drawString(left, top - 2 * mm, d.header_left)
        self.setFont(FONT, 8.5)
        self.setFillColor(MUTED)
        self.drawRightString(right, top - 2 * mm, d.header_right)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(left, top - 4 * mm, right, top - 4 * mm)
        bottom = 13 * mm
        self.line(left, bottom + 4.5 * mm, right, bottom + 4.5 * mm)
        self.setFont(FONT, 8)
        self.setFillColor(WARN if d.banner else MUTED)
        self.drawString(left, bottom, d.footer_left)
        self.setFillColor(MUTED)
        self.drawRightString(right, bottom, d.page_template.format(page=number, pages=total))
        self.restoreState()


def render(story: Sequence[Flowable], decor: PageDecor, *, title: str) -> bytes:
    """The PDF of ``story`` as bytes: neutral metadata, deterministic, page decorations."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP + (4.5 * mm if decor.banner else 0),
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="",
        subject="",
        keywords="",
        creator="",
        producer="",
        invariant=1,
        pageCompression=1,
        lang=None,
    )

    class Canvas(_NumberedCanvas):
        pass

    Canvas.decor = decor
    doc.build(list(story), canvasmaker=Canvas)
    return buffer.getvalue()


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path`` (the place the user chose), replacing what was there."""
    try:
        write_private(Path(path), data)
    except OSError as exc:
        raise FileWriteError(path, exc) from exc
