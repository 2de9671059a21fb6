"""The workbooks the class-list tests build: with openpyxl (as the school's spreadsheets
are often made) and by hand, package part by part as Excel writes one — shared strings,
styles, relative targets — for what openpyxl never writes (a shared-string table, rich
text, a 1904 workbook, a DOCTYPE)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# a billion "lol"s from &lol9; (3 GB) if a parser expanded it
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def openpyxl_list(
    tmp_path: Path, rows: list[list[object]], merge: str | None = None, scientific: str = ""
) -> Path:
    """A sheet appended row by row with openpyxl, as a homeroom teacher's script would."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    if scientific:  # how Excel shows a long number in a General column: 1.23E+09
        sheet[scientific].number_format = "0.00E+00"
    path = tmp_path / "kelas.xlsx"
    book.save(path)
    return path


def title_dates_and_numbers(tmp_path: Path) -> Path:
    """A title above the header, date cells, an NISN as a number (with and without its
    zeros, one shown as 1.23E+09), a formula and a spreadsheet's empty date."""
    return openpyxl_list(
        tmp_path,
        [
            ["DAFTAR PESERTA DIDIK SMP NEGERI 2 BANTUL"],
            [],
            ["No", "Nama", "NISN", "Tanggal Lahir", "Kelas"],
            [1, "Rina", "0012345678", dt.datetime(2012, 3, 12), "VIII-B"],
            [2, "Budi", 1234567890, dt.datetime(2012, 2, 1), "VIII-B"],
            [3, "Sari", 12345678, dt.datetime(2012, 2, 1), "VIII-B"],
            [4, "Dewi", 1234567891, dt.datetime(2012, 2, 1), "VIII-B"],
            [5, "=A1", "0012345670", dt.datetime(1900, 1, 1), "VIII-B"],
        ],
        merge="A1:E1",
        scientific="C7",
    )


def merged_in_the_data(tmp_path: Path) -> Path:
    return openpyxl_list(
        tmp_path,
        [
            ["Nama", "NISN", "Kelas"],
            ["Rina", "0012345678", "VIII-B"],
            ["Budi", "0012345679", "VIII-B"],
            ["Sari", "0012345670", None],
        ],
        merge="C3:C4",
    )


def merged_header(tmp_path: Path) -> Path:
    return openpyxl_list(tmp_path, [["Nama", "", "Kelas"], ["Rina", "x", "VIII-B"]], merge="A1:B1")


def empty_workbook(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.save(tmp_path / "kosong.xlsx")
    return tmp_path / "kosong.xlsx"


def three_hundred_students(path: Path) -> Path:
    """The window's test list: 300 students, row 12's NISN turned into a number by Excel,
    row 40's birth date a spreadsheet's empty date."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Nama Peserta Didik", "NISN", "JK", "Tanggal Lahir", "Rombel", "Hobi"])
    for n in range(300):
        sheet.append(
            [
                n + 1,
                f"Siswa Nomor {n + 1}",
                f"{n:010d}",
                "LP"[n % 2],
                dt.datetime(2012, 1 + n % 12, 1 + n % 28),
                f"VIII-{'ABCDEFGHIJ'[n % 10]}",
                "catur",
            ]
        )
    sheet["C12"] = "1.23E+09"  # row 12: Excel's doing
    sheet["E40"] = dt.datetime(1900, 1, 1)  # row 40: an empty date
    book.save(path)
    return path


def excel_package(
    sheet_data: str,
    *,
    strings: list[str] | None = None,
    number_formats: dict[int, str] | None = None,
    cell_formats: Sequence[int] = (),
    date1904: bool = False,
    after_sheet_data: str = "",
    dimension: str | None = None,
    prolog: dict[str, str] | None = None,
    declarations: dict[str, str] | None = None,
) -> bytes:
    """A workbook as Excel writes one. ``sheet_data``: the ``<row>`` elements;
    ``strings``: each ``<si>``'s inner XML; ``cell_formats``: the number format id of each
    style after the default one (style 1, 2 …); ``prolog``: what goes before the root
    element of a part (by its name in the archive), a DOCTYPE for instance; ``declarations``:
    a part's own XML declaration instead of the UTF-8 one."""
    prolog = prolog or {}
    parts: dict[str, str] = {}
    overrides = [
        ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
        ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
    ]  # fmt: skip
    if strings is not None:
        overrides.append(
            ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
        )  # fmt: skip
        parts["xl/sharedStrings.xml"] = (
            f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
            + "".join(f"<si>{s}</si>" for s in strings)
            + "</sst>"
        )
    parts["[Content_Types].xml"] = (
        f'<Types xmlns="{PKG}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        + (
            '<workbookPr date1904="1"/>'
            if date1904
            else '<workbookPr defaultThemeVersion="166925"/>'
        )
        + '<sheets><sheet name="Kelas" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    rels = [("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")]
    if strings is not None:
        rels.append(("rId3", "sharedStrings", "sharedStrings.xml"))
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<Relationships xmlns="{PKG}/relationships">'
        + "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{p}"/>' for i, t, p in rels)
        + "</Relationships>"
    )
    formats = number_formats or {}
    parts["xl/styles.xml"] = (
        f'<styleSheet xmlns="{MAIN}">'
        + (
            f'<numFmts count="{len(formats)}">'
            + "".join(
                f'<numFmt numFmtId="{i}" formatCode="{_attr(code)}"/>'
                for i, code in formats.items()
            )
            + "</numFmts>"
            if formats
            else ""
        )
        + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        + '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        + '<borders count="1"><border/></borders>'
        + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        + f'<cellXfs count="{len(cell_formats) + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        + "".join(
            f'<xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            for i in cell_formats
        )
        + "</cellXfs>"
        + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        + '<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="dd/mm/yyyy"/></dxf></dxfs>'
        + "</styleSheet>"
    )
    parts["xl/worksheets/sheet1.xml"] = (
        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
        + (f'<dimension ref="{dimension}"/>' if dimension else "")
        + f"<sheetData>{sheet_data}</sheetData>{after_sheet_data}</worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            declaration = (declarations or {}).get(name, DECLARATION.strip())
            archive.writestr(name, declaration + "\n" + prolog.get(name, "") + xml)
    return out.getvalue()


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
