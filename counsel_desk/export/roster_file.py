"""Reading a class list: a CSV or XLSX file into rows of cells (issue 20, item 1).

The file is read into memory once (at most 50 MB, checked before reading) and never
copied anywhere: no temporary file, no log of its content. CSV: any delimiter
(``csv.Sniffer``, else the most frequent of ``;``, ``,``, tab in the first line), UTF-8
with or without its BOM, else Windows-1252. XLSX: the first worksheet streamed from the
package's XML (``roster_xlsx.py``, the values openpyxl's reader gave; a DOCTYPE, a zip bomb
or a sheet of millions of cells refused), and every cell inside a merged range (the
sheet's ``<mergeCells>``) marked :class:`Merged` — a merged cell is refused by row, never
read as an empty one.

The header is the first row among the first ten that names a students' name column
(Dapodik exports put a title above it); rows are numbered as the spreadsheet shows them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from counsel_desk.domain.roster import Cell, Column, Formula, Merged, RawRow, column_for
from counsel_desk.export.roster_xlsx import (
    XlsxDoctype,
    XlsxError,
    XlsxNoSheet,
    XlsxTooLarge,
    read_first_sheet,
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


def _read_xlsx(data: bytes, name: str) -> RosterSheet:
    try:
        rows = read_first_sheet(data)
    except XlsxNoSheet:
        raise _empty(name) from None
    except XlsxTooLarge:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Roster",
                "{path} unpacks to more than a class list holds (over 100 MB of sheet data or "
                "2,000,000 cells). Save only the sheet of the students.",
            ),
            path=name,
        ) from None
    except XlsxDoctype:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Roster",
                "{path} is refused unread: it declares a DOCTYPE, which no spreadsheet program "
                "writes. Ask for the class list again as Excel Workbook (.xlsx) or CSV.",
            ),
            path=name,
        ) from None
    except XlsxError:
        raise _not_a_list(name) from None
    return _sheet(rows, name, "xlsx")
