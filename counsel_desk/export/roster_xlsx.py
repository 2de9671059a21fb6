"""A class list's XLSX (issue 20, item 1): the workbook's first worksheet as rows of cells.

The package's XML is streamed through expat, the parts in the order openpyxl reads them
(content types, shared strings, workbook and its relationships, styles, then the sheet in
one pass that also collects its ``<mergeCells>``), and every cell is given the value
openpyxl 3.1's reader gives it — the old reader of this file, kept as the reference in
``tests/xlsx_reference.py`` and compared with this one on every workbook the tests build.
openpyxl itself is imported only to translate a shared formula to the cell that shares it
(its formula tokenizer); nothing else falls back to it.

A cell's value, by the type the sheet gives it and its style: a number (int, or float when
written with ``.`` or an exponent); a date or date and time when its number format is a
date format (1900 or 1904 date system, as ``workbookPr date1904`` says; a time of day for a
serial under 1; a duration for ``[h]:mm``); a shared string (rich-text runs joined, the
phonetic guide left out), an inline string, ``str`` (a formula's cached text), a boolean,
an ISO date (``t="d"``), an error's text (``#N/A``). A formula is always the formula, never
its cached value. :func:`roster_cell` then makes the value a roster cell, as before.

Where this reader and openpyxl differ, on files no spreadsheet program writes: it reads
every cell of the sheet even when the sheet's ``<dimension>`` says less (openpyxl's
read-only mode drops the rest) and whatever the order of the cells in a row; an array or
data-table formula is shown by its text (openpyxl gave an object's ``repr``); a style
beyond the stylesheet's is General; and what made openpyxl raise an error of its own (a bad
coordinate, a style or a number that is none, a shared string that does not exist, an
encoding no one knows) is :class:`XlsxDamaged` here.

The file is hostile input. A DOCTYPE in any part is refused before its declarations are
read (no entity is ever defined, so none can expand: no billion laughs, no external
entity); at most :data:`MAX_XML_BYTES` of XML are unpacked in all (a zip bomb stops there,
counted as it inflates, whatever the archive claims); at most :data:`MAX_CELLS` cells
(width of each row included, merged ranges counted by area) and shared strings are kept.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pyexpat import ExpatError, ParserCreate, XMLParserType
from typing import Final

from counsel_desk.domain.roster import Cell, Formula, Merged, RawRow, cell_text, column_letter

MAX_XML_BYTES: Final = 100 * 1024 * 1024
MAX_CELLS: Final = 2_000_000
# Formula text moved to the cells that share it, in all (openpyxl's translator takes
# microseconds a character): beyond it a shared formula keeps its first cell's text.
MAX_SHARED_FORMULA_TEXT: Final = 1_000_000
_CHUNK: Final = 1024 * 1024

MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_ID: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships id"
_WORKBOOK_TYPES: Final = (  # in the order openpyxl looks for them
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
)
_SHARED_STRINGS_TYPE: Final = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)


class XlsxError(Exception):
    """Why the workbook is not read (roster_file.py says it to her)."""


class XlsxDamaged(XlsxError):
    """Not a workbook this reader (or any spreadsheet program) can read."""


class XlsxTooLarge(XlsxError):
    """More XML, cells or strings than any class list has: a zip bomb, or not a list."""


class XlsxNoSheet(XlsxError):
    """A workbook without a worksheet (only charts): nothing to read."""


class XlsxDoctype(XlsxError):
    """A part declares a DOCTYPE (entities): no spreadsheet program writes one."""


@dataclass(frozen=True)
class MergedRange:
    first_row: int
    last_row: int
    first_column: int  # 0-based
    last_column: int
    ref: str  # "A5:A7", as the sheet writes it


# --- the package ----------------------------------------------------------------------


class _Budget:
    """The XML still allowed to be unpacked, and the cells still allowed to be kept."""

    def __init__(self) -> None:
        self.xml = MAX_XML_BYTES
        self.cells = MAX_CELLS

    def take_xml(self, size: int) -> None:
        self.xml -= size
        if self.xml < 0:
            raise XlsxTooLarge("more XML than a class list has")

    def take_cells(self, count: int) -> None:
        self.cells -= count
        if self.cells < 0:
            raise XlsxTooLarge("more cells than a class list has")


def _refuse_doctype(*_args: object) -> None:
    raise XlsxDoctype("a DOCTYPE")


def _parser() -> XMLParserType:
    """An expat parser that refuses a DOCTYPE as soon as it begins, before any of its
    declarations is read (there is no entity without one)."""
    parser = ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.buffer_text = True
    parser.buffer_size = 65536
    return parser


def _feed(archive: zipfile.ZipFile, name: str, parser: XMLParserType, budget: _Budget) -> None:
    """Stream one part of the archive through the parser, counting what it unpacks."""
    with archive.open(name) as member:
        while chunk := member.read(_CHUNK):
            budget.take_xml(len(chunk))
            parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


def _attributes(attrs: dict[str, str]) -> dict[str, str]:
    """The attributes of no namespace, and ``r:id`` as ``id``: what openpyxl reads."""
    found = {k: v for k, v in attrs.items() if " " not in k}
    if (rel_id := attrs.get(_REL_ID)) is not None:
        found["id"] = rel_id
    return found


def _elements(
    archive: zipfile.ZipFile, name: str, wanted: set[tuple[str, str]], budget: _Budget
) -> list[tuple[str, dict[str, str]]]:
    """(local name, attributes) of each element of a small part whose (parent, name) —
    local names, "" for the root's parent — is wanted."""
    found: list[tuple[str, dict[str, str]]] = []
    stack = [""]

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _local(tag)
        if (stack[-1], local) in wanted:
            budget.take_cells(1)
            found.append((local, _attributes(attrs)))
        stack.append(local)

    def end(_tag: str) -> None:
        stack.pop()

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _feed(archive, name, parser, budget)
    return found


def _rels_path(part: str) -> str:
    folder, _, file = part.rpartition("/")
    return f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels"


def _resolve(rels_file: str, target: str) -> str:
    """A relationship's target as a name in the archive (openpyxl's ``get_dependents``)."""
    if target.startswith("/"):
        return target[1:]
    parent = posixpath.split(posixpath.dirname(rels_file))[0]
    return posixpath.normpath(posixpath.join(parent, target))


@dataclass(frozen=True)
class _Book:
    sheet: str  # the first worksheet's part
    strings: list[str]
    styles: list[tuple[bool, bool, bool]]  # (date, duration, scientific) by style index
    date1904: bool


def _read_book(archive: zipfile.ZipFile, budget: _Budget) -> _Book:
    names = set(archive.namelist())
    types = _elements(
        archive, "[Content_Types].xml", {("Types", "Override"), ("Types", "Default")}, budget
    )
    overrides = [(a.get("PartName", ""), a.get("ContentType")) for n, a in types if n == "Override"]
    defaults = {a.get("ContentType") for n, a in types if n == "Default"}
    workbook = None
    for content_type in _WORKBOOK_TYPES:
        workbook = next((p[1:] for p, t in overrides if t == content_type), None)
        if workbook:
            break
    if not workbook:
        if not defaults & set(_WORKBOOK_TYPES):
            raise XlsxDamaged("no workbook part")
        workbook = "xl/workbook.xml"
    shared = next((p[1:] for p, t in overrides if t == _SHARED_STRINGS_TYPE), None)
    strings = _read_strings(archive, shared, budget) if shared is not None else []

    book = _elements(archive, workbook, {("workbook", "workbookPr"), ("sheets", "sheet")}, budget)
    pr = next((a for n, a in book if n == "workbookPr"), {})
    date1904 = pr.get("date1904", "") not in ("", "false", "f", "0")
    rels_file = _rels_path(workbook)
    rels = {
        a.get("Id"): a
        for _, a in _elements(archive, rels_file, {("Relationships", "Relationship")}, budget)
    }
    sheet = None
    for name, attrs in book:
        if name == "sheet" and (rel_id := attrs.get("id")):
            rel = rels[rel_id]  # KeyError: openpyxl refuses the workbook too
            if rel.get("TargetMode") == "External":
                continue
            target = _resolve(rels_file, rel.get("Target", ""))
            if sheet is None and target in names and "chartsheet" not in rel.get("Type", ""):
                sheet = target
    if sheet is None:
        raise XlsxNoSheet("no worksheet")
    styles = _read_styles(archive, budget) if "xl/styles.xml" in names else []
    return _Book(sheet, strings, styles, date1904)


# --- number formats -------------------------------------------------------------------

# ECMA-376 18.8.30, the built-in formats as openpyxl 3.1 lists them (the ids it does not
# list read as General).
BUILTIN_FORMATS: Final = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)',
    8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "# ?/?",
    13: "# ??/??",
    14: "mm-dd-yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)",
    38: "#,##0_);[Red](#,##0)",
    39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)",
    41: r'_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)',
    42: r'_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)',
    43: r'_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)',
    44: r'_("$"* #,##0.00_)_("$"* \(#,##0.00\)_("$"* "-"??_)_(@_)',
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mmss.0",
    48: "##0.0E+0",
    49: "@",
}
_STRIP: Final = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')  # quoted text, [$-421]
_DATE_PART: Final = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_DURATION: Final = re.compile(
    r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.IGNORECASE
)


def is_date_format(code: str | None) -> bool:
    """A number format that shows a date or a time (its first section, without quoted
    text and locale tags, has a d, m, h, y or s)."""
    if code is None:
        return False
    return _DATE_PART.search(_STRIP.sub("", code.split(";")[0])) is not None


def is_duration_format(code: str | None) -> bool:
    return code is not None and _DURATION.search(code.split(";")[0]) is not None


def _read_styles(archive: zipfile.ZipFile, budget: _Budget) -> list[tuple[bool, bool, bool]]:
    found = _elements(archive, "xl/styles.xml", {("numFmts", "numFmt"), ("cellXfs", "xf")}, budget)
    custom = {int(a["numFmtId"]): a.get("formatCode", "") for n, a in found if n == "numFmt"}
    styles = []
    for name, attrs in found:
        if name != "xf":
            continue
        number = int(attrs.get("numFmtId", 0))
        code = custom[number] if number in custom else BUILTIN_FORMATS.get(number)
        upper = (code or "General").upper()
        styles.append(
            (is_date_format(code), is_duration_format(code), "E+" in upper or "E-" in upper)
        )
    return styles


# --- values ---------------------------------------------------------------------------

_WINDOWS_EPOCH: Final = dt.datetime(1899, 12, 30)
_MAC_EPOCH: Final = dt.datetime(1904, 1, 1)


def from_serial(
    value: float, date1904: bool, duration: bool
) -> dt.datetime | dt.time | dt.timedelta:
    """A date-formatted number as the date (and time) it shows — Excel's 1900 system keeps
    Lotus's 29 February 1900, so a serial below 60 is a day later; a serial under 1 is a
    time of day; a duration format gives a duration."""
    if duration:
        span = dt.timedelta(days=value)
        if span.microseconds:
            span = dt.timedelta(
                seconds=span.total_seconds() // 1, microseconds=round(span.microseconds, -3)
            )
        return span
    day, fraction = divmod(value, 1)
    diff = dt.timedelta(milliseconds=round(fraction * 86400 * 1000))
    if 0 <= value < 1 and diff.days == 0:
        minutes, seconds = divmod(diff.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return dt.time(hours, minutes, seconds, diff.microseconds)
    if date1904:
        return _MAC_EPOCH + dt.timedelta(days=day) + diff
    if 0 < value < 60:
        day += 1
    return _WINDOWS_EPOCH + dt.timedelta(days=day) + diff


_ISO: Final = re.compile(
    r"(?P<date>(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2}))?T?"
    r"(?P<time>(?P<hour>\d{2}):(?P<minute>\d{2})(:(?P<second>\d{2})(?P<microsecond>\.\d{1,3})?)?)?Z?"
)
_ISO_DURATION: Final = re.compile(
    r"PT((?P<hours>\d+)H)?((?P<minutes>\d+)M)?((?P<seconds>\d+(\.\d{1,3})?)S)?"
)


def from_iso(text: str) -> dt.date | dt.datetime | dt.time | dt.timedelta:
    """A ``t="d"`` cell's ISO 8601 text (ValueError when it is none)."""
    m = _ISO.match(text)
    if m and any(m.groups()):
        n = {k: int(m[k] or 0) for k in ("year", "month", "day", "hour", "minute", "second")}
        micro = int(float(m["microsecond"]) * 1_000_000) if m["microsecond"] else 0
        if not m["date"]:
            return dt.time(n["hour"], n["minute"], n["second"], micro)
        if not m["time"]:
            return dt.date(n["year"], n["month"], n["day"])
        return dt.datetime(
            n["year"], n["month"], n["day"], n["hour"], n["minute"], n["second"], micro
        )
    m = _ISO_DURATION.match(text)
    if m and any(m.groups()):
        return dt.timedelta(
            hours=float(m["hours"] or 0),
            minutes=float(m["minutes"] or 0),
            seconds=float(m["seconds"] or 0),
        )
    raise ValueError("not an ISO 8601 date")


def roster_cell(value: object, scientific: bool) -> Cell:
    """A cell's value as the class list reads it: a number Excel shows as 1.23E+09 is that
    text (an identity number it rounded), a formula is a :class:`Formula`, a boolean its
    name, a time of day its ISO text."""
    if value is None:
        return None
    if scientific and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.2E}"
    if isinstance(value, str) and value.startswith("=") and len(value) > 1:
        return Formula(str(value))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | int | float | str):
        return value
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)


# --- shared strings -------------------------------------------------------------------


def _read_strings(archive: zipfile.ZipFile, part: str, budget: _Budget) -> list[str]:
    """Each ``<si>``: its text, or its rich-text runs' texts joined (``rPh``, the phonetic
    guide, left out), with openpyxl's removal of ``x005F_``."""
    SI, T, R = f"{MAIN} si", f"{MAIN} t", f"{MAIN} r"
    strings: list[str] = []
    stack: list[str] = []
    buf: list[str] = []
    appending = False
    depth = 0  # of the <t> whose text is gathered
    plain: str | None = None
    run: str | None = None
    runs: list[str] = []

    def start(tag: str, _attrs: dict[str, str]) -> None:
        nonlocal appending, depth, plain, run
        parent = stack[-1] if stack else ""
        stack.append(tag)
        appending = False
        if tag == T and (parent == SI or (parent == R and len(stack) > 2 and stack[-3] == SI)):
            buf.clear()
            appending = True
            depth = len(stack)
        elif tag == SI:
            plain = None
            runs.clear()
        elif tag == R and parent == SI:
            run = None

    def end(tag: str) -> None:
        nonlocal appending, depth, plain, run
        if depth == len(stack):
            text = "".join(buf)
            if stack[-2] == SI:
                plain = text
            else:
                run = text
            depth = 0
            appending = False
        stack.pop()
        if tag == R and stack and stack[-1] == SI:
            if run is not None:
                runs.append(run)
        elif tag == SI:
            text = (plain or "") + "".join(runs)
            budget.take_cells(1)
            strings.append(text.replace("x005F_", "") if "x005F_" in text else text)

    def chars(data: str) -> None:
        if appending:
            buf.append(data)

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    _feed(archive, part, parser, budget)
    return strings


# --- the sheet --------------------------------------------------------------------------

_DIGITS: Final = "0123456789"
_MERGE_REF: Final = re.compile(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?")


def column_number(letters: str) -> int:
    """A column's 1-based number (A → 1, AA → 27)."""
    number = 0
    for c in letters.upper():
        number = number * 26 + (ord(c) - ord("A") + 1)
    return number


def _column_of(letters: str, known: dict[str, int]) -> int:
    """A coordinate's column letters as a number (1 to 3 letters, as openpyxl allows),
    remembered in ``known``."""
    if not (0 < len(letters) <= 3 and letters.isascii() and letters.isalpha()):
        raise XlsxDamaged("a cell's coordinate")
    known[letters] = number = column_number(letters)
    return number


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise
        return int(number)


def _number(text: str) -> int | float:
    return float(text) if "." in text or "E" in text or "e" in text else int(text)


class _Shared:
    """Shared formulas: the first cell of each gives its text, the others get it moved to
    their own cell by openpyxl's formula translator."""

    def __init__(self) -> None:
        self.masters: dict[str | None, tuple[str, str]] = {}
        # A 12 KB workbook sharing one 30,000-character formula over 2,000 cells took two
        # minutes and a hundred times its size in memory; the text is only shown (its
        # first characters) when the row is refused for it.
        self.left = MAX_SHARED_FORMULA_TEXT

    def text(self, attrs: dict[str, str], text: str, coordinate: str) -> str:
        index = attrs.get("si")
        if index in self.masters:
            master, origin = self.masters[index]
            self.left -= len(master)
            if self.left < 0:
                return master
            from openpyxl.formula.tokenizer import TokenizerError
            from openpyxl.formula.translate import Translator, TranslatorError

            try:
                return str(Translator(master, origin).translate_formula(coordinate))
            except (TokenizerError, TranslatorError, ValueError, IndexError, KeyError):
                return master
        if text != "=":
            self.masters[index] = (text, coordinate)
        return text


def _read_sheet(
    archive: zipfile.ZipFile, book: _Book, budget: _Budget
) -> tuple[list[RawRow], list[MergedRange]]:
    ROW, C, V, F, IS, T, R = (f"{MAIN} {n}" for n in ("row", "c", "v", "f", "is", "t", "r"))
    MERGE = f"{MAIN} mergeCell"
    strings = book.strings
    styles = book.styles
    date1904 = book.date1904
    shared = _Shared()
    columns: dict[str, int] = {}
    no_style = (False, False, False)
    rows: list[RawRow] = []
    merged: list[MergedRange] = []

    stack: list[str] = [""]
    buf: list[str] = []
    appending = False
    depth = 0  # of the element whose text is gathered (v, f, or an inline string's t)
    # the row
    row_index = 0  # openpyxl's row counter: the row's r, else one more than the last
    last_kept = 0  # a row numbered at or before the last one kept is left out, as openpyxl does
    column = 0  # openpyxl's column counter
    cells: list[tuple[int, int, Cell]] = []  # (column, row of its coordinate, cell)
    in_order = True  # columns 1, 2, 3 … in order, each cell's row the row's
    # the cell
    c_type = "n"
    c_style = 0
    c_ref: str | None = None
    v_text: str | None = None
    has_v = False
    f_attrs: dict[str, str] | None = None
    f_text = ""
    in_is = False
    has_is = False
    plain: str | None = None
    run: str | None = None
    runs: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal appending, depth, row_index, column, cells, in_order, c_type, c_style, c_ref
        nonlocal v_text, has_v, f_attrs, f_text, in_is, has_is, plain, run
        parent = stack[-1]
        stack.append(tag)
        appending = False
        if parent == C:
            if tag == V:
                if not has_v:
                    has_v = True
                    buf.clear()
                    appending = True
                    depth = len(stack)
            elif tag == F:
                if f_attrs is None:
                    f_attrs = attrs
                    buf.clear()
                    appending = True
                    depth = len(stack)
            elif tag == IS and not has_is:
                has_is = in_is = True
                plain = None
                runs.clear()
        elif tag == C:
            if parent == ROW:
                c_type = attrs.get("t", "n")
                style = attrs.get("s")
                c_style = int(style) if style else 0
                c_ref = attrs.get("r")
                v_text = f_attrs = None
                has_v = has_is = False
                f_text = ""
        elif in_is and tag == T:
            if parent == IS or (parent == R and stack[-3] == IS):
                buf.clear()
                appending = True
                depth = len(stack)
        elif in_is and tag == R and parent == IS:
            run = None
        elif tag == ROW:
            r = attrs.get("r")
            row_index = _row_number(r) if r is not None else row_index + 1
            column = 0
            cells = []
            in_order = True
        elif tag == MERGE:
            m = _MERGE_REF.fullmatch(attrs.get("ref", ""))
            if m:
                c1, r1 = column_number(m[1]) - 1, int(m[2])
                c2, r2 = (column_number(m[3]) - 1, int(m[4])) if m[3] else (c1, r1)
                budget.take_cells(max(0, r2 - r1 + 1) * (c2 + 1))
                merged.append(MergedRange(r1, r2, c1, c2, m[0]))

    def end(tag: str) -> None:
        nonlocal appending, depth, last_kept, column, in_order, v_text, f_text, in_is
        nonlocal plain, run
        if depth == len(stack):
            text = "".join(buf)
            appending = False
            depth = 0
            if tag == V:
                v_text = text
            elif tag == F:
                f_text = text
            elif stack[-2] == IS:
                plain = text
            else:
                run = text
        stack.pop()
        parent = stack[-1]
        if tag == C:
            if parent == ROW:
                _cell()
        elif in_is:
            if tag == R and parent == IS:
                if run is not None:
                    runs.append(run)
            elif tag == IS and parent == C:
                in_is = False
        elif tag == ROW and row_index > last_kept:
            last_kept = row_index
            if cells:
                _row()

    def _cell() -> None:
        nonlocal column, in_order
        if c_ref:
            letters = c_ref.rstrip(_DIGITS)
            column_at = columns.get(letters) or _column_of(letters, columns)
            number = int(c_ref[len(letters) :])
        else:
            number, column_at = row_index, column + 1
        column = column_at
        style = styles[c_style] if 0 <= c_style < len(styles) else no_style
        value: object = None
        if f_attrs is not None:
            text = "=" + f_text
            if f_attrs.get("t") == "shared":
                coordinate = c_ref or f"{column_letter(column_at - 1)}{number}"
                text = shared.text(f_attrs, text, coordinate)
            cell: Cell = Formula(text)
        else:
            if v_text and c_type != "inlineStr":
                if c_type == "n":
                    number_value = _number(v_text)
                    value = number_value
                    if style[0]:
                        try:
                            value = from_serial(number_value, date1904, style[1])
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif c_type == "s":
                    index = int(v_text)
                    if not 0 <= index < len(strings):
                        raise XlsxDamaged("a shared string that is not there")
                    value = strings[index]
                elif c_type == "b":
                    value = bool(int(v_text))
                elif c_type == "d":
                    value = from_iso(v_text)
                else:  # "str", "e" and any other: the text
                    value = v_text
            elif c_type == "inlineStr" and has_is:
                value = (plain or "") + "".join(runs) if runs else plain or ""
            if value is None:
                cell = None
            elif type(value) is str:  # the most of a class list: what roster_cell does to it
                cell = Formula(value) if len(value) > 1 and value[0] == "=" else value
            else:
                cell = roster_cell(value, style[2])
        if in_order and (column_at != len(cells) + 1 or number != row_index):
            in_order = False
        # Counted as it is held, not when its row ends: a row of a million "<c/>" would
        # fill the memory first (and a row left out is held as long).
        budget.take_cells(1)
        cells.append((column_at, number, cell))

    def _row() -> None:
        if in_order:
            values = [c for _, _, c in cells]
            number = row_index
        else:
            width = max(c for c, _, _ in cells)
            budget.take_cells(width - len(cells))
            placed: list[Cell] = [None] * width
            for at, _, cell in cells:
                placed[at - 1] = cell
            values = placed
            first = min(c for c, _, _ in cells)
            number = next(n for c, n, _ in reversed(cells) if c == first)
        rows.append(RawRow(number, tuple(values)))

    def chars(data: str) -> None:
        if appending:
            buf.append(data)

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    _feed(archive, book.sheet, parser, budget)
    return rows, merged


# --- merged cells ---------------------------------------------------------------------


def mark_merged(rows: list[RawRow], merged: list[MergedRange]) -> list[RawRow]:
    """Every cell inside a merged range is :class:`Merged` (its first cell keeps the
    range's text); rows the ranges cover and the sheet does not hold are added."""
    cells_of = {r.number: list(r.cells) for r in rows}
    for m in merged:
        for number in range(m.first_row, m.last_row + 1):
            cells = cells_of.setdefault(number, [])
            if len(cells) <= m.last_column:
                cells.extend([None] * (m.last_column + 1 - len(cells)))
            for c in range(m.first_column, m.last_column + 1):
                first = number == m.first_row and c == m.first_column and cells[c] is not None
                cells[c] = Merged(m.ref, cell_text(cells[c]) if first else "")
    return [RawRow(number, tuple(cells_of[number])) for number in sorted(cells_of)]


# --- all of it --------------------------------------------------------------------------

_DAMAGED: Final[tuple[type[Exception], ...]] = (
    zipfile.BadZipFile,
    zlib.error,
    ExpatError,
    LookupError,  # an encoding Python does not know, in an XML declaration
    KeyError,  # a part that is not in the archive
    ValueError,  # a number that is none
    OverflowError,  # a duration or date past any calendar
    EOFError,
    NotImplementedError,  # a compression zipfile does not know
    RuntimeError,  # an encrypted member
    OSError,
)


def read_first_sheet(data: bytes) -> list[RawRow]:
    """The first worksheet's rows (those holding a cell), numbered as the spreadsheet
    shows them, merged cells marked; :class:`XlsxError` saying why not."""
    budget = _Budget()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            book = _read_book(archive, budget)
            rows, merged = _read_sheet(archive, book, budget)
    except XlsxError:
        raise
    except _DAMAGED:
        raise XlsxDamaged("not a workbook") from None
    return mark_merged(rows, merged) if merged else rows
