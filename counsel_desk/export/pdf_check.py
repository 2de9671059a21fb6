"""Read a written PDF back and confirm that nothing identifying survived (issue 5, step 4).

The check does not trust the renderer: it opens the produced file with pypdf, extracts
the text of every page and every metadata value, and runs the same matcher the
redactor uses over them. It also checks the file's structure: no XMP, no outline, no
annotations, attachments or scripts.

What is found is reported to the counselor, who owns the data and has to fix the text:
:class:`SelfCheckFailedError` carries the findings (the words found and what they are).
Its message — the part that may end up in a log — names only categories and counts,
never the words themselves.

pypdf and the renderer (reportlab) are imported when a PDF is read or made, not with this
module: the window imports it for :class:`SelfCheckFailedError`, and its first screen needs
neither.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_desk.domain.placeholders import placeholder_spans
from counsel_desk.domain.redaction import Category, Detection, IdentifierSet
from counsel_desk.export.supervision_summary import (
    SupervisionInput,
    SupervisionSummary,
    prepare_supervision_summary,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage

if TYPE_CHECKING:
    from pypdf import PdfReader

__all__ = [
    "Finding",
    "SelfCheckFailedError",
    "check_pdf_for_identifiers",
    "find_in_pdf",
    "masked_context",
    "pdf_structure_problems",
    "pdf_text",
    "render_supervision_pdf_checked",
    "write_supervision_pdf_checked",
]


_WHAT: dict[tuple[Category, bool], str] = {
    (Category.CLIENT, True): QT_TRANSLATE_NOOP("PdfCheck", "a name of the client"),
    (Category.CLIENT, False): QT_TRANSLATE_NOOP("PdfCheck", "a name of another client"),
    (Category.GUARDIAN, True): QT_TRANSLATE_NOOP("PdfCheck", "a guardian's name"),
    (Category.GUARDIAN, False): QT_TRANSLATE_NOOP("PdfCheck", "a guardian's name"),
    (Category.EMERGENCY_CONTACT, True): QT_TRANSLATE_NOOP(
        "PdfCheck", "an emergency contact's name"
    ),
    (Category.EMERGENCY_CONTACT, False): QT_TRANSLATE_NOOP(
        "PdfCheck", "an emergency contact's name"
    ),
    (Category.OTHER_PERSON, True): QT_TRANSLATE_NOOP("PdfCheck", "a name of a person in a record"),
    (Category.OTHER_PERSON, False): QT_TRANSLATE_NOOP("PdfCheck", "a name of a person in a record"),
    (Category.UNLISTED_PERSON, False): QT_TRANSLATE_NOOP("PdfCheck", "a title followed by a name"),
    (Category.SCHOOL, False): QT_TRANSLATE_NOOP("PdfCheck", "a school"),
    (Category.ADDRESS, False): QT_TRANSLATE_NOOP("PdfCheck", "an address or street"),
    (Category.PHONE, False): QT_TRANSLATE_NOOP("PdfCheck", "a phone number"),
    (Category.EMAIL, False): QT_TRANSLATE_NOOP("PdfCheck", "an e-mail address"),
    (Category.ID, False): QT_TRANSLATE_NOOP("PdfCheck", "an ID number"),
    (Category.DATE, False): QT_TRANSLATE_NOOP("PdfCheck", "a date"),
    (Category.CLASS, False): QT_TRANSLATE_NOOP("PdfCheck", "a class and its parallel"),
    (Category.TERM, False): QT_TRANSLATE_NOOP("PdfCheck", "a word from the never-print list"),
}


_DATE_KEYS = frozenset({"/CreationDate", "/ModDate"})
_INVARIANT_DATE = "D:20000101000000+00'00'"


@dataclass(frozen=True)
class Finding:
    """Something identifying in the PDF: the text as extracted, and what it is."""

    text: str
    category: Category
    what: str  # English description, marked for translation ("a name of another client")
    where: str  # "page 2", "metadata /Title"
    page: int | None = None  # 1-based page of the PDF, None for metadata and structure
    context: str = ""  # the sentence around it, every identifying word in it as ▮▮▮


class SelfCheckFailedError(CounselDeskError):
    """The PDF still held identifying text; nothing was written."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        counts = Counter(f.what for f in findings)
        what = ", ".join(f"{w} ({n})" if n > 1 else w for w, n in counts.items())
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "PdfCheck",
                    "The self-check found identifying text in the PDF: {what}. Nothing was "
                    "written. Change the text or add the words to the record, then export again.",
                ),
                what=what,
            )
        )

    def details(self) -> list[str]:
        """One line per finding, with the words found, for the counselor's eyes only."""
        return [f"{f.where}: {f.what}: “{f.text}”" for f in self.findings]


PdfSource = Path | bytes


def _reader(source: PdfSource) -> PdfReader:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def pdf_text(path: PdfSource) -> tuple[list[str], dict[str, str]]:
    """The extracted text of each page, and each metadata value, of a PDF (a file, or
    its bytes before they are written)."""
    reader = _reader(path)
    pages = [page.extract_text() or "" for page in reader.pages]
    meta: dict[str, str] = {}
    if reader.metadata:
        for key, value in reader.metadata.items():
            meta[str(key)] = str(value)
    return pages, meta


def pdf_structure_problems(path: PdfSource) -> list[str]:
    """Structural things a supervision PDF must not contain (English, for developers)."""
    from pypdf.generic import DictionaryObject

    reader = _reader(path)
    problems: list[str] = []
    root = reader.trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    if "/Metadata" in root:
        problems.append("XMP metadata")
    if reader.outline:
        problems.append("an outline")
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        assert isinstance(names, DictionaryObject)
        if "/EmbeddedFiles" in names:
            problems.append("attachments")
        if "/JavaScript" in names:
            problems.append("JavaScript")
    if "/OpenAction" in root or "/AA" in root:
        problems.append("an automatic action")
    for number, page in enumerate(reader.pages, start=1):
        if "/Annots" in page:
            problems.append(f"annotations on page {number}")
    return problems


def _describe(detection: Detection, subject: str | None) -> str:
    own = any(e.case_code == subject for e in detection.entries) if subject else False
    return _WHAT.get((detection.category, own)) or _WHAT.get(
        (detection.category, False), QT_TRANSLATE_NOOP("PdfCheck", "identifying text")
    )


def find_in_pdf(
    path: PdfSource, identifiers: IdentifierSet, *, subject_case_code: str | None = None
) -> list[Finding]:
    """Everything identifying in the PDF's text and metadata."""
    pages, meta = pdf_text(path)
    findings: list[Finding] = []
    sources: list[tuple[str, str, int | None]] = [
        (f"page {n}", text, n) for n, text in enumerate(pages, start=1)
    ]
    for key, value in sorted(meta.items()):
        if key in _DATE_KEYS:
            # Invariant mode writes a fixed date; anything else would tell when it was made.
            if value != _INVARIANT_DATE:
                findings.append(Finding(value, Category.DATE, _WHAT[(Category.DATE, False)], key))
            continue
        sources.append((f"metadata {key}", value, None))
    for where, text, page in sources:
        labels = placeholder_spans(text)
        found = [
            d
            for d in identifiers.find(text)
            if not any(start <= d.start and d.end <= end for start, end in labels)
        ]  # a part of a label such as [ORANG TUA/WALI 1], in either language, is no finding
        for d in found:
            findings.append(
                Finding(
                    text[d.start : d.end],
                    d.category,
                    _describe(d, subject_case_code),
                    where,
                    page,
                    masked_context(text, d.start, d.end, [(f.start, f.end) for f in found]),
                )
            )
    return findings


_SENTENCE_EDGE = re.compile(r"[.!?;\n]\s")
MASK = "▮▮▮"


def masked_context(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The sentence of ``text`` around ``start:end`` (at most about 80 characters each
    side), with every span of ``spans`` in it replaced by ▮▮▮: where to look in the
    note, without the words themselves (it may be printed to a terminal or a log)."""
    left = max(0, start - 80)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, left, start)]
    left = edges[-1] if edges else left
    edge = _SENTENCE_EDGE.search(text, end, min(len(text), end + 80))
    right = edge.start() + 1 if edge else min(len(text), end + 80)
    pieces: list[str] = []
    position = left
    for s, e in sorted(spans):
        if e <= left or s >= right:
            continue
        pieces.append(text[position : max(s, position)])
        pieces.append(MASK)
        position = max(position, e)
    pieces.append(text[position:right])
    out = " ".join("".join(pieces).split())
    prefix = "…" if left > 0 and not edges else ""
    suffix = "…" if right < len(text) and not edge else ""
    return prefix + out + suffix


def check_pdf_for_identifiers(path: PdfSource, identifiers: IdentifierSet) -> list[str]:
    """The identifiers (as extracted from the PDF) found in its text and metadata."""
    seen: dict[str, None] = {}
    for f in find_in_pdf(path, identifiers):
        seen.setdefault(f.text, None)
    return list(seen)


def render_supervision_pdf_checked(inp: SupervisionInput) -> tuple[SupervisionSummary, bytes]:
    """Render the summary and read the PDF's bytes back: the summary and the bytes, only
    if nothing identifying survived (:class:`SelfCheckFailedError` otherwise). Nothing is
    written: the caller writes (or protects, then writes) the bytes."""
    from counsel_desk.export.supervision_pdf import render_supervision_pdf

    summary = prepare_supervision_summary(inp)
    data = render_supervision_pdf(summary)
    findings = find_in_pdf(
        data, inp.all_clients_identifiers, subject_case_code=inp.client.case_code
    )
    structure = pdf_structure_problems(data)
    if structure:
        findings += [Finding(p, Category.TERM, p, "structure") for p in structure]
    if findings:
        raise SelfCheckFailedError(findings)
    return summary, data


def write_supervision_pdf_checked(
    inp: SupervisionInput, output: Path | None = None
) -> SupervisionSummary:
    """Render the summary, read the PDF's bytes back, and write them (privately) only if
    nothing identifying survived.

    Raises :class:`SelfCheckFailedError` (nothing written) when the self-check finds
    something. ``output`` defaults to ``inp.output``.
    """
    from counsel_desk.export import pdf_common

    path = output or inp.output
    if path is None:
        raise ValueError("no output path")
    summary, data = render_supervision_pdf_checked(inp)
    pdf_common.write_file(Path(path), data)
    return summary
