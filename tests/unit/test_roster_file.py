"""The class list's reader and mapper (issue 20, item 1): every bad input gives a clear
message for its row or for the file, and nothing of a refused row is read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.roster import (
    Column,
    RosterEntry,
    RowStatus,
    guess_mapping,
    mapping_problem,
    parse_date,
    preview,
)
from counsel_desk.export.roster_file import (
    MAX_BYTES,
    RosterFileError,
    read_roster_bytes,
    read_roster_file,
)
from tests.xlsx_build import (
    empty_workbook,
    merged_header,
    merged_in_the_data,
    title_dates_and_numbers,
)

TODAY = dt.date(2026, 11, 20)
HEADER = "Nama;NISN;JK;Tempat Lahir;Tanggal Lahir;Rombel;Nama Ayah;Nama Ibu;No HP;Alamat"


def _csv(*lines: str, header: str = HEADER) -> bytes:
    return ("\n".join((header, *lines)) + "\n").encode("utf-8")


def _preview(data: bytes, name: str = "kelas.csv", existing=(), **kwargs):
    sheet = read_roster_bytes(data, name)
    mapping = guess_mapping(sheet.headers)
    return preview(sheet.rows, mapping, existing, today=TODAY, school_year="2026/2027", **kwargs)


def _problems(result) -> str:
    return " ".join(str(p) for p in result.problems)


# --- headers ------------------------------------------------------------------------------


def test_dapodik_and_homeroom_headers_are_recognised_in_both_languages() -> None:
    headers = [
        "No",
        "Nama Peserta Didik",
        "NISN",
        "NIPD",
        "NIK",
        "L/P",
        "Tempat, Tanggal Lahir",
        "Rombel",
        "Nama Ayah",
        "Nama Ibu",
        "Nama Wali",
        "HP",
        "Alamat",
        "Hobi",
    ]
    assert guess_mapping(headers) == [
        Column.IGNORE,
        Column.NAME,
        Column.NISN,
        Column.NIPD,
        Column.NIK,
        Column.GENDER,
        Column.BIRTH_PLACE_DATE,
        Column.CLASS,
        Column.FATHER,
        Column.MOTHER,
        Column.GUARDIAN,
        Column.PHONE,
        Column.ADDRESS,
        Column.IGNORE,
    ]
    english = ["Name", "Student ID", "Gender", "Date of Birth", "Class", "Father", "Mother"]
    assert guess_mapping([*english, "Guardian", "Phone", "Address"]) == [
        Column.NAME,
        Column.NIPD,
        Column.GENDER,
        Column.BIRTH_DATE,
        Column.CLASS,
        Column.FATHER,
        Column.MOTHER,
        Column.GUARDIAN,
        Column.PHONE,
        Column.ADDRESS,
    ]
    assert guess_mapping(["JK", "Kelas", "Tgl Lahir"]) == [
        Column.GENDER,
        Column.CLASS,
        Column.BIRTH_DATE,
    ]


def test_a_header_without_a_name_column_is_refused_for_the_whole_file() -> None:
    sheet = read_roster_bytes(_csv("Rina;0012345678", header="Siswa X;Nomor"), "kelas.csv")
    problem = mapping_problem(guess_mapping(sheet.headers))
    assert problem is not None and "names" in str(problem)


def test_a_field_given_to_two_columns_is_refused() -> None:
    problem = mapping_problem([Column.NAME, Column.NISN, Column.NISN])
    assert problem is not None and "B and C" in str(problem)


# --- files --------------------------------------------------------------------------------


def test_any_delimiter_and_utf8_with_bom_or_windows_1252_are_read() -> None:
    for delimiter in (";", ",", "\t", "|"):
        text = (
            HEADER.replace(";", delimiter)
            + "\n"
            + delimiter.join(
                ["Rina Wulandari", "0012345678", "P", "Bantul", "12/03/2012", "VIII-B"]
            )
        )
        result = _preview(("\ufeff" + text).encode("utf-8")).rows[0]
        assert result.status is RowStatus.NEW, delimiter
        assert result.entry is not None and result.entry.nisn == "0012345678"
        assert result.entry.class_name == "VIII-B"
    cp = _csv("José Ñúñez;0012345678;L;Sleman;12/03/2012;IX-A").decode().encode("cp1252")
    entry = _preview(cp).rows[0].entry
    assert entry is not None and entry.name == "José Ñúñez"


def test_a_one_column_csv_is_read_even_when_the_sniffer_gives_up() -> None:
    rows = _preview(b"Nama\nRina\nBudi\n").rows
    assert [r.entry.name for r in rows if r.entry] == ["Rina", "Budi"]


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "kelas.csv"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    read: list[Path] = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or b"")
    with pytest.raises(RosterFileError, match="50 MB"):
        read_roster_file(big)
    assert read == []


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "kelas.xls"),
        (b"%PDF-1.7\n", "kelas.pdf"),
        (b"PK\x03\x04 not a workbook", "kelas.xlsx"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "kelas.csv"),
    ],
)
def test_a_file_that_is_no_csv_or_xlsx_is_refused(data: bytes, name: str) -> None:
    with pytest.raises(RosterFileError, match="not a CSV or XLSX"):
        read_roster_bytes(data, name)


def test_an_empty_file_or_sheet_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RosterFileError, match="no rows"):
        read_roster_bytes(b"\n\n ;; \n", "kelas.csv")
    with pytest.raises(RosterFileError, match="no rows"):
        read_roster_bytes(b"Nama;NISN\n", "kelas.csv")
    with pytest.raises(RosterFileError, match="no rows"):
        read_roster_file(empty_workbook(tmp_path))


# --- rows ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "reason"),
    [
        ("31/02/2012", "not a date"),
        ("kemarin", "not a date"),
        ("01/01/1900", "1900 or earlier"),
        ("12/12/2030", "in the future"),
        ("12/03/2024", "2 years old"),
        ("12/03/1990", "36 years old"),
    ],
)
def test_a_bad_birth_date_refuses_its_row(born: str, reason: str) -> None:
    result = _preview(_csv(f"Rina;0012345678;P;Bantul;{born};VIII-B")).rows[0]
    assert result.status is RowStatus.REFUSED and result.entry is None
    assert result.number == 2
    assert reason in _problems(result)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12/03/2011", dt.date(2011, 3, 12)),
        ("12-03-2011", dt.date(2011, 3, 12)),
        ("2011-03-12", dt.date(2011, 3, 12)),
        ("12 Maret 2011", dt.date(2011, 3, 12)),
        ("12 March 2011", dt.date(2011, 3, 12)),
        ("March 12, 2011", dt.date(2011, 3, 12)),
        ("1 Agustus 2012", dt.date(2012, 8, 1)),
        ("3 Des 2010", dt.date(2010, 12, 3)),
        ("12 Maart 2011", None),
    ],
)
def test_dates_are_read_in_the_forms_schools_write_them(text: str, day) -> None:
    assert parse_date(text) == day


def test_tempat_tanggal_lahir_in_one_column_gives_place_and_date() -> None:
    data = _csv("Rina;Bantul, 12 Maret 2012", header="Nama;Tempat, Tanggal Lahir")
    entry = _preview(data).rows[0].entry
    assert entry is not None
    assert (entry.birth_place, entry.birth_date) == ("Bantul", dt.date(2012, 3, 12))


@pytest.mark.parametrize(
    ("nisn", "reason"),
    [
        ("12345", "is not 10 digits"),
        ("00123456789", "is not 10 digits"),
        ("001234567X", "is not 10 digits"),
        ("1.23E+09", "Excel turned this NISN into a number; format the column as text"),
        ("1,23457E+09", "Excel turned this NISN into a number"),
    ],
)
def test_a_bad_nisn_refuses_its_row(nisn: str, reason: str) -> None:
    result = _preview(_csv(f"Rina;{nisn};P;Bantul;12/03/2012;VIII-B")).rows[0]
    assert result.status is RowStatus.REFUSED
    assert reason in _problems(result)


def test_a_formula_cell_refuses_its_row_naming_the_cell() -> None:
    result = _preview(_csv('=HYPERLINK("x");0012345678')).rows[0]
    assert result.status is RowStatus.REFUSED
    assert "A2 holds a formula" in _problems(result)


def test_the_same_student_twice_in_the_file_refuses_the_second_row() -> None:
    rows = _preview(
        _csv(
            "Rina;0012345678;P;Bantul;12/03/2012",
            "Budi;0012345679;L;Bantul;01/02/2012",
            "Rina W.;0012345678;P;Bantul;12/03/2012",
            "BUDI ;;L;Bantul;01-02-2012",
            "Sari;;P;Bantul;01/02/2012",
            "sari;;P;Bantul;1 Februari 2012",
            "Sari;0012345670;P;Bantul;01/02/2012",
        )
    ).rows
    assert [r.status for r in rows] == [
        RowStatus.NEW,
        RowStatus.NEW,
        RowStatus.REFUSED,
        RowStatus.REFUSED,
        RowStatus.NEW,
        RowStatus.REFUSED,
        RowStatus.NEW,  # a namesake born the same day, with an NISN of her own
    ]
    assert "same student as row 2" in _problems(rows[2])
    assert "same student as row 3" in _problems(rows[3])
    assert "same student as row 6" in _problems(rows[5])


def test_a_row_matches_the_vault_by_nisn_else_by_name_and_birth_date() -> None:
    existing = [
        RosterEntry("Rina Wulandari", nisn="0012345678", class_name="VII-B", id=1),
        RosterEntry("Budi Santoso", birth_date=dt.date(2012, 2, 1), class_name="VII-A", id=2),
        RosterEntry("Sari", birth_date=dt.date(2012, 5, 5), school_year="2026/2027", id=3),
    ]
    rows = _preview(
        _csv(
            "Rina W.;0012345678;;;;VIII-B",
            "budi  santoso;;;;01/02/2012;VII-A",
            "Sari;;;;05/05/2012",
            "Sari;;;;06/05/2012",
        ),
        existing=existing,
    ).rows
    assert rows[0].status is RowStatus.CHANGED and rows[0].existing_id == 1
    assert set(rows[0].changed) == {"name", "class_name", "school_year"}
    assert rows[1].status is RowStatus.CHANGED and rows[1].changed == ("school_year",)
    assert rows[1].entry is not None and rows[1].entry.name == "Budi Santoso"  # hers kept
    assert rows[2].status is RowStatus.SAME and rows[2].existing_id == 3
    assert rows[3].status is RowStatus.NEW


def test_she_can_fix_a_cell_or_skip_a_refused_row() -> None:
    data = _csv("Rina;1.23E+09", "Budi;12", header="Nama;NISN")
    fixed = _preview(data, edits={(2, Column.NISN): "0012345678"}, skip=[3]).rows
    assert fixed[0].status is RowStatus.NEW and fixed[0].entry.nisn == "0012345678"
    assert fixed[1].status is RowStatus.SKIPPED


# --- XLSX ---------------------------------------------------------------------------------


def test_an_xlsx_with_date_cells_numbers_and_a_title_above_the_header(tmp_path: Path) -> None:
    path = title_dates_and_numbers(tmp_path)
    sheet = read_roster_file(path)
    assert sheet.header_row == 3
    rows = preview(sheet.rows, guess_mapping(sheet.headers), [], today=TODAY, school_year=None).rows
    assert [r.number for r in rows] == [4, 5, 6, 7, 8]
    assert rows[0].entry.birth_date == dt.date(2012, 3, 12)
    assert rows[1].entry.nisn == "1234567890"
    assert "Excel turned this NISN into a number" in _problems(rows[2])  # zeros lost
    assert "Excel turned this NISN into a number" in _problems(rows[3])
    assert "B8 holds a formula" in _problems(rows[4])
    assert "1900 or earlier" in _problems(rows[4])


def test_a_merged_cell_in_the_data_refuses_each_row_it_covers(tmp_path: Path) -> None:
    path = merged_in_the_data(tmp_path)
    sheet = read_roster_file(path)
    rows = preview(sheet.rows, guess_mapping(sheet.headers), [], today=TODAY, school_year=None).rows
    assert [r.status for r in rows] == [RowStatus.NEW, RowStatus.REFUSED, RowStatus.REFUSED]
    assert "merged cells (C3:C4)" in _problems(rows[1])
    assert "merged cells (C3:C4)" in _problems(rows[2])


def test_a_merged_header_refuses_the_whole_file(tmp_path: Path) -> None:
    path = merged_header(tmp_path)
    with pytest.raises(RosterFileError, match="header"):
        read_roster_file(path)
