"""Reports without identifiers: a term's or a year's figures (clients, sessions, by
month, by concern tag, by modality, by kind, time spent), small counts suppressed
(``domain/reports.py``), and their PDF — checked after writing for any name, case code
or date of birth the vault holds."""

from __future__ import annotations

import datetime as dt
import re
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


def vault_identifiers_in_texts(
    sources: list[tuple[str, str]],
    identifiers: IdentifierSet,
    codes: list[str],
    allowed: frozenset[Category] = frozenset(),
) -> list[Finding]:
    """The same check over (where, text) pairs — a spreadsheet's cells, say. A detection
    of an ``allowed`` category (a class a report is given by) is not a finding."""
    findings: list[Finding] = []
    for where, text in sources:
        for d in identifiers.find(text):
            if not d.generic and d.category not in allowed:
                found = text[d.start : d.end]
                findings.append(Finding(found, d.category, _C_IDENT, where))
        for code in codes:
            if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
                findings.append(Finding(code, Category.ID, _C_CODE, where))
    return findings


_DATE_KEYS = frozenset({"/CreationDate", "/ModDate"})
_C_IDENT = QT_TRANSLATE_NOOP("Reports", "identifying text from the vault")
_C_CODE = QT_TRANSLATE_NOOP("Reports", "a case code")
