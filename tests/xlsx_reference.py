"""The class list's XLSX reader as it was until 2026-12-07 — openpyxl in read-only mode,
merged cells from a regular expression over the sheet's XML — kept as the reference the
streaming reader (``counsel_desk/export/roster_xlsx.py``) is compared with: for every
workbook the tests build, both must give the same rows of the same cells
(``tests/unit/test_roster_xlsx.py``). Not product code: the product no longer uses it."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl

from counsel_desk.domain.roster import Cell, Formula, Merged, RawRow, cell_text

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def _column_index(letters: bytes) -> int:
    index = 0
    for c in letters:
        index = index * 26 + (c - ord("A") + 1)
    return index - 1


def _merged_ranges(data: bytes, sheet_path: str) -> list[tuple[int, int, int, int, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(sheet_path)
    found = []
    for m in _MERGE.finditer(xml):
        c1, r1 = _column_index(m[1]), int(m[2])
        c2, r2 = (_column_index(m[3]), int(m[4])) if m[3] else (c1, r1)
        ref = m[0].split(b'"')[1].decode("ascii")
        found.append((r1, r2, c1, c2, ref))
    return found


def _xlsx_cell(value: object, data_type: str | None, number_format: str) -> Cell:
    if value is None:
        return None
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and ("E+" in number_format or "E-" in number_format)
    ):
        return f"{value:.2E}"
    if data_type == "f" or (isinstance(value, str) and value.startswith("=") and len(value) > 1):
        return Formula(str(value))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | int | float | str):
        return value
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)


def reference_rows(data: bytes) -> list[RawRow] | None:
    """The rows the old reader gave the sheet before looking for its header (None: no
    worksheet, which it called empty)."""
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return None
        sheet_path = getattr(sheet, "_worksheet_path", None)
        merged = _merged_ranges(data, sheet_path) if isinstance(sheet_path, str) else []
        rows: list[RawRow] = []
        for cells in sheet.iter_rows():
            real = [c for c in cells if getattr(c, "row", None) is not None]
            if not real:
                continue
            number = int(real[0].row)
            values: list[Cell] = []
            for cell in real:
                index = int(cell.column) - 1
                while len(values) < index:
                    values.append(None)
                values.append(
                    _xlsx_cell(
                        cell.value,
                        getattr(cell, "data_type", None),
                        str(getattr(cell, "number_format", "") or "").upper(),
                    )
                )
            rows.append(RawRow(number, tuple(values)))
    finally:
        book.close()
    return _mark_merged(rows, merged) if merged else rows


def _mark_merged(rows: list[RawRow], merged: list[tuple[int, int, int, int, str]]) -> list[RawRow]:
    by_number = {r.number: r for r in rows}
    for r1, r2, _c1, _c2, _ref in merged:
        for number in range(r1, r2 + 1):
            by_number.setdefault(number, RawRow(number, ()))
    out = []
    for number in sorted(by_number):
        cells = list(by_number[number].cells)
        for r1, r2, c1, c2, ref in merged:
            if r1 <= number <= r2:
                while len(cells) <= c2:
                    cells.append(None)
                for c in range(c1, c2 + 1):
                    first = number == r1 and c == c1 and cells[c] is not None
                    cells[c] = Merged(ref, cell_text(cells[c]) if first else "")
        out.append(RawRow(number, tuple(cells)))
    return out
