"""Attacks on the class list's XLSX reader (review of 2026-12-07,
docs/attacks-2026-12-07b.md)."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from counsel_desk.domain.roster import Formula
from counsel_desk.export import roster_xlsx
from counsel_desk.export.roster_file import RosterFileError, read_roster_bytes
from tests.xlsx_build import excel_package


def test_a_row_of_empty_cells_is_refused_before_it_fills_the_memory(monkeypatch) -> None:
    # "<c/>" is four bytes that deflate to almost nothing: 100 MB of them (a 100 KB
    # file) were 25 million cells held until their row ended (gigabytes), although at
    # most MAX_CELLS are kept.
    monkeypatch.setattr(roster_xlsx, "MAX_CELLS", 1000)
    data = excel_package('<row r="1">' + "<c/>" * 300_000 + "</row>")
    assert len(data) < 10_000
    tracemalloc.start()
    try:
        with pytest.raises(RosterFileError, match="unpacks to more than a class list holds"):
            read_roster_bytes(data, "kelas.xlsx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_a_long_formula_shared_by_many_cells_is_read_in_moments() -> None:
    # One 30,000-character formula shared down 2,000 rows: a 12 KB file that took two
    # minutes (and grew with every row) while each cell's copy was translated.
    master = "+".join(["A1"] * 10_000)
    rows = [f'<row r="1"><c r="A1"><f t="shared" ref="A1:A2000" si="0">{master}</f></c></row>']
    rows += [f'<row r="{r}"><c r="A{r}"><f t="shared" si="0"/></c></row>' for r in range(2, 2001)]
    data = excel_package("".join(rows))
    assert len(data) < 20_000
    started = time.monotonic()
    read = roster_xlsx.read_first_sheet(data)
    assert time.monotonic() - started < 10
    assert len(read) == 2000 and all(isinstance(r.cells[0], Formula) for r in read)
    assert read[1].cells[0].text.startswith("=A2+A2")  # the first copies are still moved
