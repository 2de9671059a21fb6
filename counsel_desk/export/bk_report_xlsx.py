"""The BK service report as a spreadsheet (openpyxl): a sheet for each table of the PDF,
the figures as shown there ("<5", "*" for suppressed counts), and the suppression rule on
the first sheet. No Qt, no vault. ``xlsx_texts`` reads every cell and property back, for
the check that nothing identifying is in it."""

from __future__ import annotations

import datetime as dt
import io
import re

from counsel_desk.domain.bk_reports import BkReport
from counsel_desk.export.bk_report_texts import (
    asca_headline,
    asca_rows,
    class_rows,
    period_line,
    program_rows,
    referral_rows,
    service_rows,
    summary_rows,
    visit_rows,
    words,
    workload_rows,
)

__all__ = ["render_bk_report_xlsx", "xlsx_texts"]

# A fixed time in the file's properties: the same report gives the same bytes' content.
_EPOCH = dt.datetime(2000, 1, 1)


_INTEGER = re.compile(r"^\d+$")
_DECIMAL = re.compile(r"^(\d+)[.,](\d)$")


def _value(text: str) -> str | int | float:
    """A figure as a number the spreadsheet can add up; "<5", "*" and "40 %" stay text."""
    if _INTEGER.match(text):
        return int(text)
    if m := _DECIMAL.match(text):
        return float(f"{m[1]}.{m[2]}")
    return text


def _sheet_title(text: str) -> str:
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return text[:31]


def render_bk_report_xlsx(report: BkReport, *, language: str = "en") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    w = words(language)
    book = Workbook()
    book.properties.creator = "Counsel Desk"
    book.properties.lastModifiedBy = "Counsel Desk"
    book.properties.title = w["title"]
    book.properties.created = _EPOCH
    book.properties.modified = _EPOCH
    sheets: list[tuple[str, list[list[str]], list[str]]] = [
        (
            w["summary"],
            [[w["summary"], ""], *summary_rows(report, language)],
            [w["title"], period_line(report, language), w["rule"]],
        ),
        (
            w["by_service"],
            service_rows(report, language),
            [w["service_note"] if report.by_service.rows else w["no_contacts"]],
        ),
        (
            w["by_class"],
            class_rows(report, language),
            [] if report.by_class.rows else [w["no_guidance"]],
        ),
        (
            w["referrals"],
            referral_rows(report, language),
            [] if referral_rows(report, language) else [w["no_referrals"]],
        ),
        (
            w["program"],
            program_rows(report, language),
            [] if report.program else [w["no_program"]],
        ),
        (w["visits"], visit_rows(report, language), []),
        (w["workload"], workload_rows(report, language), []),
        (w["asca"], asca_rows(report, language), [asca_headline(report, language)]),
    ]
    first = True
    for title, rows, notes in sheets:
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = _sheet_title(title)
        for line in notes:
            sheet.append([line])
        if notes:
            sheet.append([])
        header_row = sheet.max_row + 1 if notes else 1
        for row in rows:
            sheet.append([row[0], *(_value(cell) for cell in row[1:])])
        for cell in sheet[header_row]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 58
        for column in "BCDEF":
            sheet.column_dimensions[column].width = 14
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    # Every text of the report is text: a class written "=HYPERLINK(...)"
                    # would be a formula the school's spreadsheet runs.
                    cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_texts(data: bytes) -> list[tuple[str, str]]:
    """(where, text) of every cell, sheet title and document property of the workbook."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=False)
    found: list[tuple[str, str]] = []
    props = book.properties
    for key in ("creator", "lastModifiedBy", "title", "subject", "description", "keywords"):
        value = getattr(props, key, None)
        if value:
            found.append((f"property {key}", str(value)))
    for sheet in book.worksheets:
        found.append((f"sheet {sheet.title}", sheet.title))
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None and str(cell.value):
                    found.append((f"{sheet.title}!{cell.coordinate}", str(cell.value)))
    return found
