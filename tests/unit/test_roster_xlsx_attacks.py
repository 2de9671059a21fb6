"""Attacks on the class list's XLSX reader (review of 2026-12-07,
docs/attacks-2026-12-07b.md)."""

from __future__ import annotations

import tracemalloc

import pytest

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
