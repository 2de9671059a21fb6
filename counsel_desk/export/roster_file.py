"""Reading a class list: a CSV or XLSX file into rows of cells (issue 20, item 1).

The file is read into memory once (at most 50 MB, checked before reading) and never
copied anywhere: no temporary file, no log of its content. CSV: any delimiter
(``csv.Sniffer``, else the most frequent of ``;``, ``,``, tab in the first line), UTF-8
with or without its BOM, else Windows-1252. XLSX: openpyxl in read-only mode (fast for
thousands of rows); read-only mode does not report merged cells, so the sheet's own
``<mergeCells>`` are read from the archive and every cell inside a merged range is marked
:class:`Merged` — a merged cell is refused by row, never read as an empty one.

The header is the first row among the first ten that names a students' name column
(Dapodik exports put a title above it); rows are numbered as the spreadsheet shows them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from counsel_desk.domain.roster import (
    Cell,
    Column,
    Formula,
    Merged,
    RawRow,
    cell_text,
    column_for,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage, shown_path

MAX_BYTES: Final = 50 * 1024 * 1024
HEADER_ROWS_SEARCHED: Final = 10


class RosterFileError(CounselDeskError):
    """A class list that cannot be read at all (nothing of it is imported)."""


@dataclass(frozen=True)
class RosterSheet:
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[RawRow, ...]
    kind: str  # "csv" or "xlsx"


def _refuse(template: str, **params: object) -> RosterFileError:
    return RosterFileError(UserMessage(template, **params))


def read_roster_file(path: Path) -> RosterSheet:
    """The sheet of a class list, or :class:`RosterFileError` saying why not."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Roster", "{path} cannot be read: {reason}"),
            path=shown_path(path),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    if size > MAX_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Roster",
                "{path} is {size} MB: a class list is at most 50 MB. Save only the sheet "
                "of the students, without pictures.",
            ),
            path=shown_path(path),
            size=size // (1024 * 1024),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Roster", "{path} cannot be read: {reason}"),
            path=shown_path(path),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    return read_roster_bytes(data, path.name)


def read_roster_bytes(data: bytes, name: str) -> RosterSheet:
    suffix = Path(name).suffix.casefold()
    if len(data) > MAX_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Roster",
                "{path} is {size} MB: a class list is at most 50 MB. Save only the sheet "
                "of the students, without pictures.",
            ),
            path=name,
            size=len(data) // (1024 * 1024),
        )
    if data.startswith(b"PK\x03\x04"):
        if suffix not in (".xlsx", ".xlsm", ""):
            raise _not_a_list(name)
        return _read_xlsx(data, name)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods", ".pdf", ".docx") or b"\x00" in data[:4096]:
        raise _not_a_list(name)
    return _read_csv(data, name)


def _not_a_list(name: str) -> RosterFileError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Roster",
            "{path} is not a CSV or XLSX file. Save the class list as Excel Workbook (.xlsx) "
            "or CSV.",
        ),
        path=name,
    )


def _empty(name: str) -> RosterFileError:
    return _refuse(QT_TRANSLATE_NOOP("Roster", "{path} holds no rows."), path=name)


def _sheet(rows: list[RawRow], name: str, kind: str) -> RosterSheet:
    rows = [r for r in rows if any(c not in (None, "") for c in r.cells)]
    if not rows:
        raise _empty(name)
    for row in rows[:HEADER_ROWS_SEARCHED]:
        headers = tuple(
            " ".join((c.text if isinstance(c, Merged) else str(c or "")).split()) for c in row.cells
        )
        if any(column_for(h) is Column.NAME for h in headers):
            if any(isinstance(c, Merged) for c in row.cells):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Roster",
                        "The header (row {row}) of {path} has merged cells: unmerge them so "
                        "that each column has a header of its own.",
                    ),
                    row=row.number,
                    path=name,
                )
            data = tuple(r for r in rows if r.number > row.number)
            if not data:
                raise _empty(name)
            return RosterSheet(headers, row.number, data, kind)
    # No known header: the first row is the header, mapped by hand in the window; the
    # service refuses it while no column holds the names.
    first = rows[0]
    headers = tuple(" ".join(str(c or "").split()) for c in first.cells)
    data = tuple(r for r in rows if r.number > first.number)
    if not data:
        raise _empty(name)
    return RosterSheet(headers, first.number, data, kind)


# --- CSV ----------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise _not_a_list(name) from None


_DELIMITERS: Final = (";", "\t", ",", "|")  # ";" first: Excel's with a decimal comma


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The delimiter that gives every one of the first lines the same number (> 1) of
    columns, else what ``csv.Sniffer`` finds, else the most frequent in the first line."""
    sample = text[:65536]
    if len(sample) == len(text) or "\n" in sample:
        sample = sample if len(sample) == len(text) else sample.rsplit("\n", 1)[0]
        for delimiter in _DELIMITERS:
            try:
                rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
            except csv.Error:
                continue
            counts = {len(cells) for cells in rows[:20] if any(c.strip() for c in cells)}
            if len(counts) == 1 and counts.pop() > 1:
                return _with_delimiter(delimiter)
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS))
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return _with_delimiter(max(_DELIMITERS, key=first.count))


def _with_delimiter(delimiter: str) -> type[csv.Dialect]:
    class Chosen(csv.excel):
        pass

    Chosen.delimiter = delimiter
    return Chosen


def _csv_cell(text: str) -> Cell:
    text = text.strip()
    if not text:
        return None
    if text.startswith("=") and len(text) > 1:
        return Formula(text)
    return text


def _read_csv(data: bytes, name: str) -> RosterSheet:
    text = _decode(data, name)
    if not text.strip():
        raise _empty(name)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
        rows = [RawRow(n, tuple(_csv_cell(c) for c in cells)) for n, cells in enumerate(reader, 1)]
    except csv.Error:
        raise _not_a_list(name) from None
    return _sheet(rows, name, "csv")


# --- XLSX ---------------------------------------------------------------------------------

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def _column_index(letters: bytes) -> int:
    index = 0
    for c in letters:
        index = index * 26 + (c - ord("A") + 1)
    return index - 1


def _merged_ranges(data: bytes, sheet_path: str) -> list[tuple[int, int, int, int, str]]:
    """(first row, last row, first column, last column, "A5:A7") of each merged range."""
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
        # What she sees in Excel (1.23E+09): a number that was an identity number.
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


def _read_xlsx(data: bytes, name: str) -> RosterSheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise _not_a_list(name) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise _empty(name)
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
    if merged:
        rows = _mark_merged(rows, merged)
    return _sheet(rows, name, "xlsx")


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
