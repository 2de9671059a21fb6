"""The BK service report (*laporan pelaksanaan layanan BK*, issue 17 item 5): its settings
in the vault (the length of one JP, the start of the school year), its figures for a
month, a semester or a school year (``domain/bk_reports.py``), and its PDF and XLSX —
each read back before it is written and refused if it holds any name, case code or date
of birth of the vault (the term report's check, ``services/reports.py``)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from counsel_desk.domain.bk_reports import (
    SETTINGS_KEY,
    BkReport,
    BkSettings,
    Period,
    ReferralFact,
    build_bk_report,
    is_empty,
    parse_period,
    school_days,
    settings_problem,
)
from counsel_desk.domain.calendar_days import is_public_day
from counsel_desk.domain.enums import ReferralAgency, ReferralOutcome
from counsel_desk.domain.redaction import Category
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export.pdf_check import Finding, SelfCheckFailedError
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.services.reports import vault_identifiers_in_texts
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.activities import ActivityRepository
from counsel_desk.vault.repositories.bk_reports import BkReportRepository
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.needs import NeedsRepository
from counsel_desk.vault.repositories.referrals import ReferralRepository
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.vault import Vault

# The report is given by class ("VIII-B"): a class names no student.
_ALLOWED = frozenset({Category.CLASS})


# The names the report prints of where referrals went and what came of them, in both
# languages: words of the vocabulary, not of a record (a release may name "Puskesmas
# Beji", which makes "Puskesmas" one of the vault's names).
@functools.cache
def _label_words() -> frozenset[str]:
    """Made at the first report, not at import: reading the Indonesian names parses the
    translation file, which the app's start-up does not need."""
    return frozenset(
        word
        for enum in (ReferralAgency, ReferralOutcome)
        for member in enum
        for language in ("en", "id")
        for word in re.split(r"[\W_]+", display_name(member, language).casefold())
        if len(word) >= 5  # not "ada", "anak": short words are more often someone's name
    )


_DATE_KEYS = frozenset({"/CreationDate", "/ModDate"})


class EmptyPeriodError(CounselDeskError):
    def __init__(self, period: Period) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "BkReports",
                    "Nothing was recorded from {start} to {end}: no session, no activity and "
                    "no referral. "
                    "Choose another period, or log the activities first.",
                ),
                start=period.start.isoformat(),
                end=period.end.isoformat(),
            )
        )


class BkReportService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> BkSettings:
        with self._vault.reading() as conn:
            return BkSettings.from_json(VaultSettingsRepository(conn).get(SETTINGS_KEY))

    def save_settings(self, settings: BkSettings) -> BkSettings:
        """Keep ``settings`` in the vault; refused with a clear message (nothing saved)
        when a JP would last 0 or more than 90 minutes, or the year start is not
        possible."""
        problem = settings_problem(settings)
        if problem is not None:
            raise CounselDeskError(problem)
        with self._vault.transaction() as conn:
            VaultSettingsRepository(conn).set(SETTINGS_KEY, settings.to_json())
        return settings

    def period(self, text: str) -> Period:
        """``2026-11``, ``2026-S1`` or ``2026/2027`` with the vault's year start."""
        found = parse_period(text, self.settings())
        if found is None:
            raise CounselDeskError(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "BkReports",
                        "“{text}” is no period: write a month (2026-11), a semester of a school "
                        "year (2026-S1, 2026-S2) or a school year (2026/2027).",
                    ),
                    text=text,
                )
            )
        return found

    # -- figures --------------------------------------------------------------------------
    def report(self, period: Period) -> BkReport:
        """The figures of ``period``. Refused with a clear message when nothing was
        recorded in it. Reads every session of the period: off the GUI thread."""
        settings = self.settings()
        with self._vault.reading() as conn:
            facts = BkReportRepository(conn).contact_facts(period.start, period.end)
            activities = ActivityRepository(conn).all(period.start, period.end)
            program = NeedsRepository(conn).program(None)
            referrals = [
                ReferralFact(r.made_on, r.agency, r.outcome)
                for _, r in ReferralRepository(conn).load()
            ]
        if is_empty(facts, activities, period, referrals):
            raise EmptyPeriodError(period)
        days = school_days(
            period.start, period.end, lambda d: is_public_day(d.day, d.month, d.year)
        )
        return build_bk_report(period, facts, activities, settings, days, program, referrals)

    # -- files ----------------------------------------------------------------------------
    def write_pdf(self, report: BkReport, path: Path, *, language: str = "en") -> Path:
        """Write the report's PDF where she chose, unless its text, read back first, holds
        anything identifying of the vault. Slow: off the GUI thread."""
        from counsel_desk.export.bk_report_pdf import render_bk_report_pdf
        from counsel_desk.export.pdf_check import pdf_text

        data = render_bk_report_pdf(report, language=language)
        pages, meta = pdf_text(data)
        sources = [(f"page {n}", t) for n, t in enumerate(pages, start=1)]
        sources += [(f"metadata {k}", v) for k, v in sorted(meta.items()) if k not in _DATE_KEYS]
        return self._write(report, path, data, sources, "pdf")

    def write_xlsx(self, report: BkReport, path: Path, *, language: str = "en") -> Path:
        """The same figures as a spreadsheet (a sheet per table), checked the same way."""
        from counsel_desk.export.bk_report_xlsx import render_bk_report_xlsx, xlsx_texts

        data = render_bk_report_xlsx(report, language=language)
        return self._write(report, path, data, xlsx_texts(data), "xlsx")

    def _write(
        self,
        report: BkReport,
        path: Path,
        data: bytes,
        sources: list[tuple[str, str]],
        kind: str,
    ) -> Path:
        from counsel_desk.export import pdf_common

        path = Path(path)
        findings = self.findings(sources)
        if findings:
            raise SelfCheckFailedError(findings)
        pdf_common.write_file(path, data)
        self._vault.record(
            AuditAction.EXPORT_WRITTEN, None, f"BK report {report.period.key} ({kind})"
        )
        return path

    def findings(self, sources: list[tuple[str, str]]) -> list[Finding]:
        """Names, dates of birth, numbers and words of the vault, and case codes, in
        these (where, text) pairs; a class is allowed."""
        from counsel_desk.services.supervision import SupervisionService

        identifiers = SupervisionService(self._vault).identifiers()
        with self._vault.reading() as conn:
            codes = sorted(ClientRepository(conn).case_codes())
        return vault_identifiers_in_texts(sources, identifiers, codes, _ALLOWED, _label_words())
