"""The class list's streaming XLSX reader (issue 20, item 1): every workbook the tests
build gives the same rows of the same cells as the openpyxl reader it replaces
(``tests/xlsx_reference.py``); shared strings, rich text, inline strings, date formats,
the 1904 date system, booleans, errors and formulas are read as before; and a hostile file
— a DOCTYPE, a zip bomb, millions of cells — is refused with a message naming the file."""

from __future__ import annotations

import datetime as dt
import io
import random
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter
from openpyxl.xml.constants import SHEET_MAIN_NS

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.bk_reports import BkSettings, build_bk_report, parse_period
from counsel_desk.domain.enums import ActivityKind, ServiceComponent, ServiceField, ServiceStrategy
from counsel_desk.domain.roster import (
    Column,
    Formula,
    Merged,
    RawRow,
    RowStatus,
    guess_mapping,
    preview,
)
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.export import roster_xlsx
from counsel_desk.export.roster_file import RosterFileError, read_roster_bytes
from counsel_desk.export.roster_xlsx import (
    BUILTIN_FORMATS,
    MAX_CELLS,
    MAX_XML_BYTES,
    is_date_format,
    is_duration_format,
    read_first_sheet,
)
from tests.xlsx_build import (
    LAUGHS,
    MAIN,
    empty_workbook,
    excel_package,
    merged_header,
    merged_in_the_data,
    three_hundred_students,
    title_dates_and_numbers,
)
from tests.xlsx_reference import reference_rows

TODAY = dt.date(2026, 11, 20)
FIXTURES = Path(__file__).parents[1] / "fixtures"


def _style(style: int) -> str:
    return f' s="{style}"' if style else ""


def _s(ref: str, index: int) -> str:
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


def _n(ref: str, value: object, style: int = 0) -> str:
    return f'<c r="{ref}"{_style(style)}><v>{value}</v></c>'


def _inline(ref: str, inner: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is>{inner}</is></c>'


# --- the workbooks: what Excel, LibreOffice and Dapodik write --------------------------

STRINGS = [
    "<t>Nama</t>",
    "<t>NISN</t>",
    "<t>Kelas</t>",
    '<r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Rina </t></r><r><t>Wulandari</t></r>',
    '<t>ルリ</t><rPh sb="0" eb="2"><t>るり</t></rPh><phoneticPr fontId="1"/>',
    "<t>0012345678</t>",
    "<t>VIII-B</t>",
    "<t>Budi_x005F_x000D_ Santoso</t>",
    '<t xml:space="preserve">  Sari  </t>',
    "<t/>",
    "<t>=A1</t>",
    "<t>Tom &amp; Jerry &lt;3</t>",
    '<r><t>Dewi</t></r><r><rPr><i/></rPr><t xml:space="preserve"> Lestari</t></r><rPh sb="0" eb="1"><t>x</t></rPh>',
]


def shared_strings_and_rich_text() -> bytes:
    rows = [
        [_s("A1", 0), _s("B1", 1), _s("C1", 2)],
        [_s("A2", 3), _s("B2", 5), _s("C2", 6)],
        [_s("A3", 4), _s("B3", 7), _s("C3", 8)],
        [_s("A4", 9), _s("B4", 10), _s("C4", 11)],
        [_s("A5", 12), _s("B5", 5), _s("C5", 6)],
    ]
    return excel_package(
        "".join(f'<row r="{i}" spans="1:3">{"".join(r)}</row>' for i, r in enumerate(rows, 1)),
        strings=STRINGS,
        dimension="A1:C5",
    )


# style 1 … 11: the number format ids below; 164 … custom
FORMATS = {
    164: "dd/mm/yyyy",
    165: "[$-421]dd mmmm yyyy;@",
    166: "yyyy-mm-dd h:mm",
    167: '"NISN "0',
    168: "0.00E+00",
    169: "##0.0E+0",
    170: "[Red]0.00",
}
STYLES = [14, 164, 165, 166, 21, 46, 167, 11, 48, 168, 169, 170]


def numbers_dates_and_formats(date1904: bool = False) -> bytes:
    cells: list[tuple[object, int]] = [
        (40980, 1),  # 1: 12/03/2012, built-in date format
        (40980, 2),  # 2: custom dd/mm/yyyy
        (40980, 3),  # 3: locale tag [$-421]
        (40980.5, 4),  # 4: date and time
        (0.5, 5),  # 5: a time of day
        (1.5, 6),  # 6: a duration [h]:mm:ss
        (1234567890, 7),  # 7: quoted text in the format: not a date
        (1234567890, 8),  # 8: built-in 0.00E+00: Excel shows 1.23E+09
        (1234567890, 9),  # 9: built-in ##0.0E+0
        (1234567890, 10),  # 10: custom 0.00E+00, the built-in's text
        (1234567890, 11),  # 11: custom ##0.0E+0
        (12.5, 12),  # 12: [Red]: not a date
        (59, 1),  # 13: before Lotus's 29 February 1900
        (60, 1),  # 14
        (61, 1),  # 15
        ("1.5E+3", 0),  # 16
        ("-12", 0),  # 17
        ("3.0", 0),  # 18
        (10_000_000_000, 1),  # 19: a date beyond any calendar: #VALUE!
    ]
    row = _inline("A2", "<t>Rina</t>") + "".join(
        _n(f"{get_column_letter(i)}2", v, style) for i, (v, style) in enumerate(cells, 2)
    )
    header = _inline("A1", "<t>Nama</t>") + "".join(
        _inline(f"{get_column_letter(i)}1", f"<t>H{i}</t>") for i in range(2, len(cells) + 2)
    )
    return excel_package(
        f'<row r="1">{header}</row><row r="2">{row}</row>',
        number_formats=FORMATS,
        cell_formats=STYLES,
        date1904=date1904,
    )


def booleans_errors_and_formulas() -> bytes:
    row2 = "".join(
        [
            _inline("A2", "<t>Rina</t>"),
            '<c r="B2" t="b"><v>1</v></c>',
            '<c r="C2" t="b"><v>0</v></c>',
            '<c r="D2" t="e"><v>#N/A</v></c>',
            '<c r="E2" t="str"><f>CONCATENATE("VIII","-B")</f><v>VIII-B</v></c>',
            '<c r="F2"><f>1+1</f></c>',
            '<c r="G2" t="d"><v>2012-03-12</v></c>',
            '<c r="H2" t="d"><v>2012-03-12T08:30:00</v></c>',
            '<c r="I2" t="d"><v>08:30:00</v></c>',
            '<c r="J2"><f t="shared" ref="J2:J4" si="0">B2*2</f><v>2</v></c>',
            '<c r="K2" t="s"><f>A1</f><v>0</v></c>',
            '<c r="L2" t="str"><v>plain cached text</v></c>',
        ]
    )
    row3 = "".join(
        [
            _inline("A3", "<r><t>Ri</t></r><r><rPr><b/></rPr><t>na</t></r>"),
            '<c r="B3" t="inlineStr"/>',
            _inline("C3", "<t/>"),
            '<c r="J3"><f t="shared" si="0"/><v>4</v></c>',
        ]
    )
    row4 = _inline("A4", "<t>Budi</t>") + '<c r="J4"><f t="shared" si="0"/><v>6</v></c>'
    return excel_package(
        f'<row r="1">{_inline("A1", "<t>Nama</t>")}</row><row r="2">{row2}</row>'
        f'<row r="3">{row3}</row><row r="4">{row4}</row>',
        strings=["<t>x</t>"],
    )


def sparse_rows_and_cells() -> bytes:
    """Rows and cells without coordinates, gaps, styled empty cells, an empty row, a cell
    with two values and a row numbered again (openpyxl keeps the first of each)."""
    return excel_package(
        "<row>" + _inline("A1", "<t>Nama</t>") + '<c t="inlineStr"><is><t>NISN</t></is></c>'
        "</row>"
        '<row r="3"><c t="inlineStr"><is><t>Rina</t></is></c><c/><c r="D3"><v>7</v><v>8</v></c>'
        '<c r="F3" s="1"/></row>'
        '<row r="4"/>'
        "<row>" + _inline("A5", "<t>Budi</t>") + "</row>"
        '<row r="5">' + _inline("A5", "<t>again</t>") + "</row>"
        '<row r="9" spans="1:2">' + _inline("B9", "<t>Sari</t>") + "</row>",
        cell_formats=[14],
    )


def merged_ranges() -> bytes:
    rows = "".join(
        f'<row r="{r}">{_inline(f"A{r}", f"<t>{t}</t>")}{_inline(f"B{r}", f"<t>{r}</t>")}</row>'
        for r, t in ((1, "DAFTAR"), (2, "Nama"), (3, "Rina"), (4, "Budi"), (5, "Sari"))
    )
    return excel_package(
        rows,
        after_sheet_data='<mergeCells count="3"><mergeCell ref="A1:C1"/>'
        '<mergeCell ref="B4:B7"/><mergeCell ref="D9"/></mergeCells>',
    )


def _bk_report() -> bytes:
    from counsel_desk.export.bk_report_xlsx import render_bk_report_xlsx

    guidance = ServiceClass(
        ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (ServiceField.LEARNING,)
    )
    settings = BkSettings()
    activities = [
        Activity(
            ActivityKind.CLASSROOM_GUIDANCE,
            dt.date(2026, 11, d),
            "Gaya belajar",
            "VIII-B",
            30,
            2,
            service=guidance,
        )
        for d in range(2, 8)
    ]
    report = build_bk_report(parse_period("2026-11", settings), [], activities, settings, 20)
    return render_bk_report_xlsx(report, language="id")


def _bench_list() -> bytes:
    from bench.roster import _rows, xlsx_bytes

    return xlsx_bytes(_rows(300))


def _file(build: Callable[[Path], Path]) -> Callable[[Path], bytes]:
    return lambda tmp_path: build(tmp_path).read_bytes()


WORKBOOKS: dict[str, Callable[[Path], bytes]] = {
    # openpyxl's, as the other tests build them
    "title, dates and numbers": _file(title_dates_and_numbers),
    "merged in the data": _file(merged_in_the_data),
    "merged header": _file(merged_header),
    "an empty workbook": _file(empty_workbook),
    "300 students (the window's)": _file(lambda p: three_hundred_students(p / "kelas.xlsx")),
    "the benchmark's list (write-only, no dimension)": lambda _p: _bench_list(),
    "the BK report (our own writer)": lambda _p: _bk_report(),
    # as Excel writes them
    "shared strings and rich text": lambda _p: shared_strings_and_rich_text(),
    "numbers, dates and formats": lambda _p: numbers_dates_and_formats(),
    "the 1904 date system": lambda _p: numbers_dates_and_formats(date1904=True),
    "booleans, errors and formulas": lambda _p: booleans_errors_and_formulas(),
    "sparse rows and cells": lambda _p: sparse_rows_and_cells(),
    "merged ranges": lambda _p: merged_ranges(),
    # written by another program (tests/fixtures/make_class_lists.py)
    "XlsxWriter's": lambda _p: (FIXTURES / "class-list-xlsxwriter.xlsx").read_bytes(),
    "XlsxWriter's, 1904": lambda _p: (FIXTURES / "class-list-xlsxwriter-1904.xlsx").read_bytes(),
}


def _typed(rows: list[RawRow] | None) -> list[tuple[int, list[tuple[type, object]]]]:
    """Rows with each cell's type beside it: 1 == 1.0 == True, but not to the roster."""
    return [(r.number, [(type(c), c) for c in r.cells]) for r in rows or []]


@pytest.mark.parametrize("name", WORKBOOKS)
def test_every_workbook_gives_the_cells_the_openpyxl_reader_gave(name: str, tmp_path: Path) -> None:
    data = WORKBOOKS[name](tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl's own, about a date beyond the calendar
        expected = reference_rows(data)
    assert _typed(read_first_sheet(data)) == _typed(expected)
    assert expected is not None and (expected or name == "an empty workbook")


# --- what each kind of cell gives ------------------------------------------------------


def test_a_list_written_by_xlsxwriter_like_excel_is_read() -> None:
    data = (FIXTURES / "class-list-xlsxwriter.xlsx").read_bytes()
    assert "xl/sharedStrings.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    sheet = read_roster_bytes(data, "kelas.xlsx")
    assert sheet.header_row == 3
    rows = preview(sheet.rows, guess_mapping(sheet.headers), [], today=TODAY, school_year=None).rows
    assert rows[0].values[Column.NAME] == "Siswa Nomor 0"  # rich text: "Siswa " + bold
    assert rows[1].entry is not None and rows[1].entry.birth_date == dt.date(2012, 2, 2)
    assert "Excel turned this NISN into a number" in " ".join(str(p) for p in rows[0].problems)
    assert "Excel turned this NISN into a number" in " ".join(str(p) for p in rows[5].problems)
    assert "merged cells (E10:E12)" in " ".join(str(p) for p in rows[6].problems)


def test_shared_strings_join_rich_text_runs_and_leave_out_the_phonetic_guide() -> None:
    rows = read_first_sheet(shared_strings_and_rich_text())
    assert [r.cells for r in rows] == [
        ("Nama", "NISN", "Kelas"),
        ("Rina Wulandari", "0012345678", "VIII-B"),
        ("ルリ", "Budi_x000D_ Santoso", "  Sari  "),
        ("", Formula("=A1"), "Tom & Jerry <3"),
        ("Dewi Lestari", "0012345678", "VIII-B"),
    ]


def test_inline_strings_formulas_booleans_errors_and_iso_dates() -> None:
    rows = read_first_sheet(booleans_errors_and_formulas())
    assert rows[1].cells == (
        "Rina",
        "True",
        "False",
        "#N/A",
        Formula('=CONCATENATE("VIII","-B")'),  # the formula, never its cached value
        Formula("=1+1"),
        dt.date(2012, 3, 12),
        dt.datetime(2012, 3, 12, 8, 30),
        "08:30:00",
        Formula("=B2*2"),
        Formula("=A1"),
        "plain cached text",
    )
    assert rows[2].cells == ("Rina", None, "", None, None, None, None, None, None, Formula("=B3*2"))
    assert rows[3].cells[-1] == Formula("=B4*2")  # a shared formula, moved to its cell


def test_a_date_formatted_number_is_the_date_it_shows() -> None:
    cells = read_first_sheet(numbers_dates_and_formats())[1].cells
    day = dt.datetime(2012, 3, 12)
    assert cells[1:6] == (day, day, day, dt.datetime(2012, 3, 12, 12), "12:00:00")
    assert cells[6] == "1 day, 12:00:00"  # a duration, as the old reader wrote it
    assert cells[7] == 1234567890 and cells[12] == 12.5  # quoted text, a colour: no date
    feb28, mar1 = dt.datetime(1900, 2, 28), dt.datetime(1900, 3, 1)
    assert cells[13:16] == (feb28, feb28, mar1)
    assert cells[16:19] == (1500.0, -12, 3.0) and type(cells[17]) is int
    assert cells[19] == "#VALUE!"


def test_a_1904_workbook_reads_its_dates_in_the_1904_system() -> None:
    cells = read_first_sheet(numbers_dates_and_formats(date1904=True))[1].cells
    assert cells[1] == dt.datetime(1904, 1, 1) + dt.timedelta(days=40980)  # 2016-03-13
    assert cells[13:16] == (
        dt.datetime(1904, 2, 29),
        dt.datetime(1904, 3, 1),
        dt.datetime(1904, 3, 2),
    )
    mapping = guess_mapping(["Nama", "Tanggal Lahir"])
    (result,) = preview([RawRow(2, cells[:2])], mapping, [], today=TODAY, school_year=None).rows
    assert result.entry is not None and result.entry.birth_date == dt.date(2016, 3, 13)


def test_a_scientific_number_format_makes_the_nisn_the_text_excel_shows() -> None:
    cells = read_first_sheet(numbers_dates_and_formats())[1].cells
    assert cells[8:12] == ("1.23E+09", "1.23E+09", "1.23E+09", "1.23E+09")
    data = excel_package(
        f'<row r="1">{_inline("A1", "<t>Nama</t>")}{_inline("B1", "<t>NISN</t>")}</row>'
        f'<row r="2">{_inline("A2", "<t>Rina</t>")}{_n("B2", 1234567890, 1)}</row>'
        f'<row r="3">{_inline("A3", "<t>Budi</t>")}{_n("B3", 1234567891)}</row>',
        cell_formats=[11],
    )
    sheet = read_roster_bytes(data, "kelas.xlsx")
    rows = preview(sheet.rows, guess_mapping(sheet.headers), [], today=TODAY, school_year=None).rows
    assert rows[0].status is RowStatus.REFUSED
    assert "Excel turned this NISN into a number" in " ".join(str(p) for p in rows[0].problems)
    assert rows[1].status is RowStatus.NEW and rows[1].entry.nisn == "1234567891"


def test_merged_ranges_mark_every_cell_they_cover_even_past_the_sheets_rows() -> None:
    rows = {r.number: r.cells for r in read_first_sheet(merged_ranges())}
    assert rows[1] == (Merged("A1:C1", "DAFTAR"), Merged("A1:C1"), Merged("A1:C1"))
    assert rows[4] == ("Budi", Merged("B4:B7", "4"))
    assert rows[6] == (None, Merged("B4:B7")) and rows[7] == (None, Merged("B4:B7"))
    assert rows[9] == (None, None, None, Merged("D9"))


# --- where it is not openpyxl, on purpose -----------------------------------------------


def test_every_row_is_read_even_when_the_sheets_dimension_says_less() -> None:
    data = excel_package(
        f'<row r="1">{_inline("A1", "<t>Nama</t>")}{_inline("B1", "<t>Kelas</t>")}</row>'
        f'<row r="2">{_inline("A2", "<t>Rina</t>")}{_inline("B2", "<t>VIII-B</t>")}</row>',
        dimension="A1",  # some generators write it so; openpyxl's read-only mode obeys it
    )
    assert [r.cells for r in read_first_sheet(data)] == [("Nama", "Kelas"), ("Rina", "VIII-B")]
    assert [r.cells for r in reference_rows(data) or []] == [("Nama",)]


def test_a_style_beyond_the_stylesheet_reads_as_general() -> None:
    data = excel_package(
        f'<row r="1">{_inline("A1", "<t>Nama</t>")}</row><row r="2">{_n("A2", 40980, 99)}</row>',
        cell_formats=[14],
    )  # openpyxl raised IndexError
    assert read_first_sheet(data)[1].cells == (40980,)


def test_an_array_formula_is_shown_by_its_text() -> None:
    data = excel_package(
        f'<row r="1">{_inline("A1", "<t>Nama</t>")}</row>'
        '<row r="2"><c r="A2"><f t="array" ref="A2">UPPER(B2:B3)</f><v>RINA</v></c></row>'
    )
    assert read_first_sheet(data)[1].cells == (Formula("=UPPER(B2:B3)"),)


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="1A"><v>1</v></c>',  # no coordinate
        '<c r="A2" t="s"><v>7</v></c>',  # a shared string that is not there
        '<c r="A2"><v>abc</v></c>',  # a number that is none
        '<c r="A2" s="x"><v>1</v></c>',  # a style that is none
        '<c r="A2" t="d"><v>last week</v></c>',
    ],
)
def test_a_damaged_cell_refuses_the_file_as_no_workbook(cell: str) -> None:
    data = excel_package(f'<row r="1">{_inline("A1", "<t>Nama</t>")}</row><row r="2">{cell}</row>')
    with pytest.raises(RosterFileError, match=r"kelas\.xlsx is not a CSV or XLSX"):
        read_roster_bytes(data, "kelas.xlsx")


def test_an_xml_part_in_an_encoding_no_one_knows_refuses_the_file_as_no_workbook() -> None:
    data = excel_package(
        f'<row r="1">{_inline("A1", "<t>Nama</t>")}</row>',
        declarations={"xl/styles.xml": '<?xml version="1.0" encoding="UTF-9"?>'},
    )
    with pytest.raises(RosterFileError, match=r"kelas\.xlsx is not a CSV or XLSX"):
        read_roster_bytes(data, "kelas.xlsx")


def test_a_workbook_damaged_anywhere_is_read_or_refused_never_an_error_of_another_kind() -> None:
    """500 damaged copies (characters of each part deleted, inserted or changed, then
    packed again): each gives a sheet or a RosterFileError."""
    rng = random.Random(20)
    builds = (shared_strings_and_rich_text, numbers_dates_and_formats, booleans_errors_and_formulas)
    originals = [_parts(build()) for build in (*builds, sparse_rows_and_cells, merged_ranges)]
    outcomes: set[str] = set()
    for _ in range(500):
        parts = dict(rng.choice(originals))
        name = rng.choice(list(parts))
        text = bytearray(parts[name])
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(text))
            roll = rng.random()
            if roll < 0.4:
                del text[at : at + rng.randint(1, 8)]
            elif roll < 0.7:
                text[at:at] = bytes([rng.choice(b'<>"=/ &;0123456789ABCtsvrfcx:')])
            else:
                text[at] = rng.randrange(256)
        parts[name] = bytes(text)
        try:
            read_roster_bytes(_pack(parts), "kelas.xlsx")
            outcomes.add("read")
        except RosterFileError:
            outcomes.add("refused")
    assert outcomes == {"read", "refused"}


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _pack(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


# --- hostile files ----------------------------------------------------------------------

EXTERNAL = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
DTD = '<!DOCTYPE worksheet SYSTEM "http://example.invalid/sheet.dtd">'  # declares nothing


@pytest.mark.parametrize(
    "part",
    ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "[Content_Types].xml", "xl/styles.xml"],
)
@pytest.mark.parametrize(
    "doctype", [LAUGHS, EXTERNAL, DTD], ids=["billion laughs", "external entity", "external DTD"]
)
def test_a_doctype_in_any_part_is_refused_with_its_own_message(part: str, doctype: str) -> None:
    entity = {LAUGHS: "&lol9;", EXTERNAL: "&secret;", DTD: ""}[doctype]
    data = excel_package(
        f'<row r="1">{_inline("A1", f"<t>Nama {entity}</t>")}</row>',
        strings=["<t>x</t>"],
        prolog={part: doctype},
    )
    with pytest.raises(
        RosterFileError, match=r"kelas\.xlsx is refused unread: it declares a DOCTYPE"
    ):
        read_roster_bytes(data, "kelas.xlsx")


def test_a_zip_bomb_stops_at_the_limit_of_unpacked_xml(monkeypatch) -> None:
    monkeypatch.setattr(roster_xlsx, "MAX_XML_BYTES", 1024 * 1024)
    padding = "<!--" + " " * (2 * 1024 * 1024) + "-->"  # 2 MB that deflate makes 2 KB
    data = excel_package(f'<row r="1">{_inline("A1", "<t>Nama</t>")}</row>{padding}')
    assert len(data) < 10_000
    with pytest.raises(RosterFileError, match="unpacks to more than a class list holds") as refused:
        read_roster_bytes(data, "kelas.xlsx")
    message = str(refused.value)  # the limits it names are the reader's
    assert f"{MAX_XML_BYTES // 2**20} MB" in message and f"{MAX_CELLS:,} cells" in message
    monkeypatch.setattr(roster_xlsx, "MAX_XML_BYTES", 3 * 1024 * 1024)
    assert read_first_sheet(data) == [RawRow(1, ("Nama",))]


def test_a_merged_range_over_the_whole_sheet_is_refused_before_it_is_spread() -> None:
    data = excel_package(
        f'<row r="1">{_inline("A1", "<t>Nama</t>")}</row>',
        after_sheet_data='<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
    )
    with pytest.raises(RosterFileError, match="unpacks to more than a class list holds"):
        read_roster_bytes(data, "kelas.xlsx")


def test_too_many_cells_or_shared_strings_are_refused(monkeypatch) -> None:
    monkeypatch.setattr(roster_xlsx, "MAX_CELLS", 1000)
    wide = excel_package(f'<row r="1">{_inline("A1", "<t>Nama</t>")}{_n("ZZ1", 1)}</row>')
    assert len(read_first_sheet(wide)[0].cells) == 702
    far = excel_package(f'<row r="1">{_inline("A1", "<t>Nama</t>")}{_n("ZZZ1", 1)}</row>')
    with pytest.raises(RosterFileError, match="unpacks to more"):
        read_roster_bytes(far, "kelas.xlsx")
    long = excel_package(
        "".join(f'<row r="{r}">{_n(f"A{r}", r)}{_n(f"B{r}", r)}</row>' for r in range(1, 501))
    )  # 1,000 cells, and the package's own elements
    with pytest.raises(RosterFileError, match="unpacks to more"):
        read_roster_bytes(long, "kelas.xlsx")
    strings = excel_package(
        f'<row r="1">{_s("A1", 0)}</row>', strings=[f"<t>{i}</t>" for i in range(1001)]
    )
    with pytest.raises(RosterFileError, match="unpacks to more"):
        read_roster_bytes(strings, "kelas.xlsx")


def test_reading_a_workbook_does_not_import_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "kelas.xlsx"
    path.write_bytes(shared_strings_and_rich_text())
    code = (
        "import sys; from pathlib import Path\n"
        "from counsel_desk.export.roster_file import read_roster_file\n"
        f"sheet = read_roster_file(Path({str(path)!r}))\n"
        "print(len(sheet.rows), 'openpyxl' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.split() == ["4", "False"]


# --- the number formats, against openpyxl's ---------------------------------------------


def test_the_built_in_formats_and_date_rules_are_openpyxls() -> None:
    from openpyxl.styles import numbers

    assert numbers.BUILTIN_FORMATS == BUILTIN_FORMATS
    codes = [
        *BUILTIN_FORMATS.values(),
        *FORMATS.values(),
        "[$-409]mmmm d, yyyy;@",
        '"Kelas "@',
        "[hh]:mm",
        "[mm]:ss",
        "d/m/yyyy h:mm:ss",
        r"0\h",
        "_-* #,##0_-;-* #,##0_-",
        "[$Rp-421]#,##0",
        "yyyy;@",
    ]
    for code in codes:
        assert is_date_format(code) == numbers.is_date_format(code), code
        assert is_duration_format(code) == numbers.is_timedelta_format(code), code
    assert SHEET_MAIN_NS == MAIN
