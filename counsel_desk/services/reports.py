"""Reports without identifiers: a term's or a year's figures (clients, sessions, by
month, by concern tag, by modality, by kind, time spent), small counts suppressed
(``domain/reports.py``), and their PDF — checked after writing for any name, case code
or date of birth the vault holds."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from counsel_desk.domain.redaction import Category, IdentifierSet
from counsel_desk.domain.reports import TermReport, build_report
from counsel_desk.export.pdf_check import Finding, SelfCheckFailedError, pdf_text
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.reports import ReportRepository
from counsel_desk.vault.vault import Vault


class ReportService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def term_report(self, start: dt.date, end: dt.date) -> TermReport:
        """The figures of ``start``..``end`` (inclusive). Reads every session of the
        range: for a large vault, run it off the GUI thread."""
        if end < start:
            raise CounselDeskError(
                UserMessage(QT_TRANSLATE_NOOP("Reports", "The report ends before it starts."))
            )
        with self._vault.reading() as conn:
            repo = ReportRepository(conn)
            facts = repo.session_facts(start, end)
            tags = repo.tags()
        return build_report(start, end, facts, tags)

    def write_pdf(self, report: TermReport, path: Path, *, language: str = "en") -> Path:
        """Write the report's PDF where the counselor chose, unless its bytes, read back
        first, hold any name, case code or date of birth of the vault. Slow: off
        the GUI thread. The PDF is not encrypted (it holds no identifier)."""
        from counsel_desk.export import pdf_common
        from counsel_desk.export.report_pdf import render_report_pdf
        from counsel_desk.services.supervision import SupervisionService

        path = Path(path)
        identifiers = SupervisionService(self._vault).identifiers()
        with self._vault.reading() as conn:
            codes = sorted(ClientRepository(conn).case_codes())
        data = render_report_pdf(report, language=language)
        findings = _vault_identifiers_in(data, identifiers, codes)
        if findings:
            raise SelfCheckFailedError(findings)
        pdf_common.write_file(path, data)
        self._vault.record(
            AuditAction.EXPORT_WRITTEN,
            None,
            f"report {report.start.isoformat()}..{report.end.isoformat()}",
        )
        return path


def _vault_identifiers_in(
    pdf: bytes, identifiers: IdentifierSet, codes: list[str]
) -> list[Finding]:
    """Names, dates of birth, numbers and words the vault holds (not generic dates or
    numbers: a report is made of them), and case codes, in the PDF's text and metadata."""
    pages, meta = pdf_text(pdf)
    sources = [(f"page {n}", t) for n, t in enumerate(pages, start=1)]
    sources += [(f"metadata {k}", v) for k, v in sorted(meta.items()) if k not in _DATE_KEYS]
    return vault_identifiers_in_texts(sources, identifiers, codes)


def _words_of(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", text.casefold()) if w] or [text.casefold()]


def vault_identifiers_in_texts(
    sources: list[tuple[str, str]],
    identifiers: IdentifierSet,
    codes: list[str],
    allowed: frozenset[Category] = frozenset(),
    labels: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The same check over (where, text) pairs — a spreadsheet's cells, say. A detection
    of an ``allowed`` category (a class a report is given by) is not a finding, nor one
    made only of words of the report's own ``labels`` (casefolded): "Puskesmas" as the
    name of a kind of service is no one, even where a release names "Puskesmas Beji"."""
    findings: list[Finding] = []
    written = _case_codes_pattern(codes)
    for where, text in sources:
        for d in identifiers.find(text):
            found = text[d.start : d.end]
            if labels and all(w in labels for w in _words_of(found)):
                continue
            if not d.generic and d.category not in allowed:
                findings.append(Finding(found, d.category, _C_IDENT, where))
            elif d.category is Category.DATE and identifiers.births_written_in(found):
                findings.append(Finding(found, d.category, _C_IDENT, where))  # a birth date
        codes_found = _found_codes(written, _folded(text), codes) if written is not None else set()
        findings += [Finding(c, Category.ID, _C_CODE, where) for c in codes if c in codes_found]
    return findings


# A case code as it may be written: another case, a space, another dash or none between
# its parts ("bk-007", "BK 007", "BK\u2011007", "BK007"), full-width letters.
# One character at most, never a line break: "BK service report\n1 November" holds no BK-1.
_CODE_SEPARATOR = r"[ \-./_]?"


def _folded(text: str) -> str:
    """``text`` in NFKC, without invisible characters, dashes made ASCII, case-folded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return re.sub(r"[\u2010-\u2015\u2212]", "-", text).casefold()


def _code_parts(code: str) -> list[str]:
    return re.findall(r"[^\W_]+", _folded(code))


def _case_codes_pattern(codes: list[str]) -> re.Pattern[str] | None:
    """One pattern for every case code written in any of those ways."""
    alternatives = [
        _CODE_SEPARATOR.join(map(re.escape, parts)) for parts in map(_code_parts, codes) if parts
    ]
    if not alternatives:
        return None
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])")


def case_codes_in(text: str, codes: list[str]) -> list[str]:
    """The codes of ``codes`` ``text`` writes, however it writes them (in their order)."""
    pattern = _case_codes_pattern(codes)
    found = _found_codes(pattern, _folded(text), codes) if pattern is not None else set()
    return [c for c in codes if c in found]


def _found_codes(pattern: re.Pattern[str], normal: str, codes: list[str]) -> set[str]:
    """The codes of ``codes`` the pattern finds in ``normal`` (compared by their parts)."""
    written = {"".join(re.findall(r"[^\W_]+", m.group())) for m in pattern.finditer(normal)}
    return {code for code in codes if "".join(_code_parts(code)) in written}


_DATE_KEYS = frozenset({"/CreationDate", "/ModDate"})
_C_IDENT = QT_TRANSLATE_NOOP("Reports", "identifying text from the vault")
_C_CODE = QT_TRANSLATE_NOOP("Reports", "a case code")
