"""The printable recovery-key sheet: one A4 page to keep in a safe place.

It holds the recovery key, the vault folder's name and the date, and says how to keep
and use it; nothing from the records. The file is written only where the user chose,
mode 0600, and the app tells the user it is not encrypted. The text comes in through
``tr`` so the sheet is in the user's language (English by default).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.paths import resource_path
from counsel_desk.private_files import write_private

TITLE = QT_TRANSLATE_NOOP("RecoveryPdf", "Counsel Desk — Recovery Key")
INTRO = QT_TRANSLATE_NOOP(
    "RecoveryPdf",
    "This key opens your Counsel Desk vault if you forget its passphrase. Whoever holds "
    "it can open the vault without the passphrase.",
)
KEY_LABEL = QT_TRANSLATE_NOOP("RecoveryPdf", "Recovery key")
VAULT_LABEL = QT_TRANSLATE_NOOP("RecoveryPdf", "Vault folder")
DATE_LABEL = QT_TRANSLATE_NOOP("RecoveryPdf", "Created")
HOW_TITLE = QT_TRANSLATE_NOOP("RecoveryPdf", "How to keep it")
HOW = (
    QT_TRANSLATE_NOOP(
        "RecoveryPdf",
        "Print this page and keep it in a locked, safe place, away from the computer.",
    ),
    QT_TRANSLATE_NOOP("RecoveryPdf", "Then delete this PDF file: it is not encrypted."),
    QT_TRANSLATE_NOOP(
        "RecoveryPdf", "Never store the key together with the passphrase or on the same computer."
    ),
    QT_TRANSLATE_NOOP(
        "RecoveryPdf",
        "Without the passphrase and without this key nobody can recover the records, "
        "not even the makers of Counsel Desk.",
    ),
)
USE_TITLE = QT_TRANSLATE_NOOP("RecoveryPdf", "How to use it")
USE = QT_TRANSLATE_NOOP(
    "RecoveryPdf",
    "On the unlock screen choose “Forgot passphrase? Use recovery key…”, type the key "
    "(dashes and letter case do not matter) and choose a new passphrase. A new recovery "
    "key, made later in Counsel Desk, replaces this one.",
)

_REGULAR = "CounselDeskSans"
_BOLD = "CounselDeskSans-Bold"
_FONT_LOCK = threading.Lock()


def _fonts() -> tuple[str, str]:
    """DejaVu Sans shipped in resources/fonts (full Unicode), else Helvetica. Each face is
    checked on its own, under a lock: PDFs are made in worker threads."""
    faces = {
        _REGULAR: resource_path("fonts", "DejaVuSans.ttf"),
        _BOLD: resource_path("fonts", "DejaVuSans-Bold.ttf"),
    }
    with _FONT_LOCK:
        try:
            registered = set(pdfmetrics.getRegisteredFontNames())
            for name, path in faces.items():
                if name not in registered:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception:  # a missing or unreadable font file: the built-in fonts still work
            return "Helvetica", "Helvetica-Bold"
    return _REGULAR, _BOLD


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def recovery_pdf_bytes(
    recovery_key: str,
    vault_name: str,
    created: dt.date,
    *,
    tr: Callable[[str], str] = lambda text: text,
    date_text: str | None = None,
) -> bytes:
    """The sheet as PDF bytes (kept in memory: no temporary file)."""
    import io

    regular, bold = _fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    # Metadata says what the document is, nothing more (no key, no vault name).
    canvas.setTitle(tr(TITLE))
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("Counsel Desk")
    canvas.setKeywords("")
    width, height = A4
    left = 22 * mm
    text_width = width - 2 * left
    y = height - 28 * mm

    canvas.setFont(bold, 20)
    canvas.drawString(left, y, tr(TITLE))
    y -= 12 * mm
    canvas.setFont(regular, 11)
    for line in _wrap(tr(INTRO), regular, 11, text_width):
        canvas.drawString(left, y, line)
        y -= 5.5 * mm

    # The key: large monospace groups in a box.
    y -= 6 * mm
    canvas.setFont(regular, 9)
    canvas.setFillColor(HexColor("#555555"))
    canvas.drawString(left, y, tr(KEY_LABEL).upper())
    canvas.setFillColor(HexColor("#000000"))
    y -= 4 * mm
    groups = recovery_key.split("-")
    rows = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    box_height = (12 * len(rows) + 8) * mm
    canvas.setStrokeColor(HexColor("#333333"))
    canvas.setLineWidth(1.2)
    canvas.roundRect(left, y - box_height, text_width, box_height, 4 * mm)
    key_size = 24
    row_y = y - 13 * mm
    for row in rows:
        row_width = pdfmetrics.stringWidth(row, "Courier-Bold", key_size)
        canvas.setFont("Courier-Bold", key_size)
        canvas.drawString(left + (text_width - row_width) / 2, row_y, row)
        row_y -= 12 * mm
    y -= box_height + 10 * mm

    canvas.setFont(bold, 11)
    canvas.drawString(left, y, tr(VAULT_LABEL) + ":")
    canvas.setFont(regular, 11)
    canvas.drawString(left + 40 * mm, y, vault_name)
    y -= 6.5 * mm
    canvas.setFont(bold, 11)
    canvas.drawString(left, y, tr(DATE_LABEL) + ":")
    canvas.setFont(regular, 11)
    canvas.drawString(left + 40 * mm, y, date_text or created.isoformat())
    y -= 14 * mm

    for title, paragraphs in ((HOW_TITLE, HOW), (USE_TITLE, (USE,))):
        canvas.setFont(bold, 13)
        canvas.drawString(left, y, tr(title))
        y -= 7.5 * mm
        canvas.setFont(regular, 11)
        for paragraph in paragraphs:
            lines = _wrap(tr(paragraph), regular, 11, text_width - 6 * mm)
            bullet = len(paragraphs) > 1
            for i, line in enumerate(lines):
                if bullet and i == 0:
                    canvas.drawString(left, y, "•")
                canvas.drawString(left + (6 * mm if bullet else 0), y, line)
                y -= 5.5 * mm
            y -= 2 * mm
        y -= 6 * mm

    canvas.setFont(regular, 8)
    canvas.setFillColor(HexColor("#777777"))
    canvas.drawString(left, 15 * mm, "Counsel Desk")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_recovery_pdf(
    path: Path,
    recovery_key: str,
    vault_name: str,
    created: dt.date,
    *,
    tr: Callable[[str], str] = lambda text: text,
    date_text: str | None = None,
) -> int:
    """Write the sheet to ``path`` (the user's choice), readable by the owner only.
    Returns the file's size."""
    data = recovery_pdf_bytes(recovery_key, vault_name, created, tr=tr, date_text=date_text)
    write_private(Path(path), data)
    return len(data)
