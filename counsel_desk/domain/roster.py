"""Class lists (issue 20, item 1): students of the school as *roster entries*, not clients.

A class list from the school's administration (a Dapodik export, a homeroom teacher's
spreadsheet) is read into rows of cells (``export/roster_file.py``); this module maps its
headers to the fields of a roster entry, checks each row and compares it with the entries
the vault already holds. Pure Python: no Qt, no SQL, no files.

A row is *new*, *the same* as an entry of the vault (matched by NISN, else by its
normalised name and birth date), *changed* (which fields), or *refused* with every reason
— nothing of a refused row is written. Rows are numbered as the spreadsheet shows them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Final

from counsel_desk.domain.model import age_on
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MIN_AGE: Final = 5
MAX_AGE: Final = 25


@dataclass(frozen=True)
class RosterEntry:
    """A student of the school's class list. Not a client: no case record is opened."""

    name: str
    nisn: str | None = None  # Nomor Induk Siswa Nasional: 10 digits
    nipd: str | None = None  # the school's own student number (NIS/NIPD)
    nik: str | None = None  # Nomor Induk Kependudukan
    gender: str | None = None  # "L" or "P", as Dapodik writes it
    birth_place: str | None = None
    birth_date: dt.date | None = None
    class_name: str | None = None  # rombel: "VIII-B"
    father_name: str | None = None
    mother_name: str | None = None
    guardian_name: str | None = None
    phone: str | None = None
    address: str | None = None
    school_year: str | None = None  # "2026/2027"
    client_id: int | None = None  # the client opened for her, once she is one
    id: int | None = None

    def names(self) -> list[str]:
        """The people this entry names (she and her parents or guardian)."""
        return [n for n in (self.name, self.father_name, self.mother_name, self.guardian_name) if n]


# The fields a file's column can fill, in the order the window lists them.
class Column(StrEnum):
    IGNORE = "ignore"
    NAME = "name"
    NISN = "nisn"
    NIPD = "nipd"
    NIK = "nik"
    GENDER = "gender"
    BIRTH_PLACE = "birth_place"
    BIRTH_DATE = "birth_date"
    BIRTH_PLACE_DATE = "birth_place_date"  # "Tempat, Tanggal Lahir": "Depok, 12 Maret 2011"
    CLASS = "class_name"
    FATHER = "father_name"
    MOTHER = "mother_name"
    GUARDIAN = "guardian_name"
    PHONE = "phone"
    ADDRESS = "address"


# Fields compared with the vault's entry ("changed: class, phone").
COMPARED: Final = (
    "nisn",
    "nipd",
    "nik",
    "gender",
    "birth_place",
    "birth_date",
    "class_name",
    "father_name",
    "mother_name",
    "guardian_name",
    "phone",
    "address",
    "school_year",
)


SCHOOL_YEAR_NAME: Final = QT_TRANSLATE_NOOP("Vocabulary", "School year")


def changed_names(changed: Sequence[str]) -> list[str]:
    """The marked English names of the fields a row changes (for the preview)."""
    from counsel_desk.domain.vocabulary import english_name

    return [
        english_name(Column(f)) if f in Column.__members__.values() else SCHOOL_YEAR_NAME
        for f in changed
    ]


def _header_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z/]+", " ", text).split())


_HEADERS: Final[dict[Column, tuple[str, ...]]] = {
    Column.NAME: (
        "nama",
        "nama peserta didik",
        "nama siswa",
        "nama lengkap",
        "nama murid",
        "name",
        "student name",
        "full name",
        "student",
    ),
    Column.NISN: ("nisn",),
    Column.NIPD: ("nipd", "nis", "nis/nipd", "no induk", "nomor induk", "student id", "id"),
    Column.NIK: ("nik", "no kk nik", "national id"),
    Column.GENDER: ("jk", "l/p", "jenis kelamin", "gender", "sex", "jns kelamin"),
    Column.BIRTH_PLACE: ("tempat lahir", "place of birth", "birth place", "birthplace"),
    Column.BIRTH_DATE: (
        "tanggal lahir",
        "tgl lahir",
        "tgl. lahir",
        "date of birth",
        "birth date",
        "birthdate",
        "dob",
    ),
    Column.BIRTH_PLACE_DATE: (
        "tempat tanggal lahir",
        "tempat tgl lahir",
        "ttl",
        "place and date of birth",
        "place date of birth",
    ),
    Column.CLASS: ("rombel", "kelas", "rombel saat ini", "rombongan belajar", "class", "grade"),
    Column.FATHER: ("nama ayah", "ayah", "father", "father name", "father s name"),
    Column.MOTHER: (
        "nama ibu",
        "nama ibu kandung",
        "ibu",
        "mother",
        "mother name",
        "mother s name",
    ),
    Column.GUARDIAN: ("nama wali", "wali", "guardian", "guardian name", "guardian s name"),
    Column.PHONE: (
        "no hp",
        "hp",
        "no telp",
        "telepon",
        "nomor hp",
        "no hp ortu",
        "phone",
        "phone number",
        "mobile",
    ),
    Column.ADDRESS: ("alamat", "alamat rumah", "address", "home address"),
}
_BY_HEADER: Final = {
    _header_key(h): column for column, headers in _HEADERS.items() for h in headers
}


def column_for(header: str) -> Column:
    """The field a header names, or ``IGNORE`` for a header no class list uses."""
    return _BY_HEADER.get(_header_key(header), Column.IGNORE)


def guess_mapping(headers: Sequence[str]) -> list[Column]:
    """Each header's field; a field claimed by an earlier column is not given twice."""
    taken: set[Column] = set()
    mapping: list[Column] = []
    for header in headers:
        column = column_for(header)
        if column in taken:
            column = Column.IGNORE
        if column is not Column.IGNORE:
            taken.add(column)
        mapping.append(column)
    return mapping


def mapping_problem(mapping: Sequence[Column]) -> UserMessage | None:
    """Why a mapping cannot be used (no name column, a field twice), or None."""
    if Column.NAME not in mapping:
        return UserMessage(
            QT_TRANSLATE_NOOP(
                "Roster",
                "No column holds the students' names: name one column Nama (or Name), or "
                "choose it in the column list.",
            )
        )
    seen: dict[Column, int] = {}
    for index, column in enumerate(mapping):
        if column is not Column.IGNORE and column in seen:
            return UserMessage(
                QT_TRANSLATE_NOOP(
                    "Roster", "Columns {first} and {second} are given the same field."
                ),
                first=column_letter(seen[column]),
                second=column_letter(index),
            )
        seen[column] = index
    return None


def column_letter(index: int) -> str:
    """A column's letter as the spreadsheet shows it (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- cells ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    """A cell that holds a formula (its text), never its value."""

    text: str


@dataclass(frozen=True)
class Merged:
    """A cell inside a merged range (``ref``: "A5:A7"); ``text``: the range's value, in
    its first cell only."""

    ref: str
    text: str = ""


Cell = str | int | float | dt.date | dt.datetime | Formula | Merged | None


@dataclass(frozen=True)
class RawRow:
    number: int  # as the spreadsheet shows it
    cells: tuple[Cell, ...]


# --- dates --------------------------------------------------------------------------------

_MONTHS: Final = {
    name: n
    for n, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb", "pebruari"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "aug", "agu", "agt"),
            ("september", "sep", "sept"),
            ("oktober", "october", "oct", "okt"),
            ("november", "nov", "nopember", "nop"),
            ("desember", "december", "dec", "des"),
        ),
        start=1,
    )
    for name in names
}
_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})")
_MONTH_D_Y = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, "12 Maret 2011", "12 March 2011",
    "March 12, 2011" (a time after it is ignored); None when it is none of them."""
    text = " ".join(text.split())
    text = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2})?$", "", text)
    try:
        if m := _YMD.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.fullmatch(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := _D_MONTH_Y.fullmatch(text):
            month = _MONTHS.get(m[2].casefold())
            return dt.date(int(m[3]), month, int(m[1])) if month else None
        if m := _MONTH_D_Y.fullmatch(text):
            month = _MONTHS.get(m[1].casefold())
            return dt.date(int(m[3]), month, int(m[2])) if month else None
    except ValueError:  # 31/02/2011
        return None
    return None


# --- rows ---------------------------------------------------------------------------------


class RowStatus(StrEnum):
    NEW = "new"
    SAME = "same"  # already in the vault, nothing to change
    CHANGED = "changed"
    REFUSED = "refused"
    SKIPPED = "skipped"  # refused, and she chose to leave it out


@dataclass(frozen=True)
class RowResult:
    number: int
    status: RowStatus
    entry: RosterEntry | None  # what would be written (merged with the vault's entry)
    changed: tuple[str, ...] = ()  # fields of the vault's entry this row changes
    problems: tuple[UserMessage, ...] = ()
    existing_id: int | None = None
    values: Mapping[Column, str] = field(default_factory=dict)  # the row's cells as text


@dataclass(frozen=True)
class RosterPreview:
    rows: tuple[RowResult, ...]

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def refused(self) -> list[RowResult]:
        return [r for r in self.rows if r.status is RowStatus.REFUSED]

    @property
    def to_write(self) -> list[RowResult]:
        return [r for r in self.rows if r.status in (RowStatus.NEW, RowStatus.CHANGED)]


def _msg(template: str, **params: object) -> UserMessage:
    return UserMessage(template, **params)


_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_EXCEL_NUMBER = QT_TRANSLATE_NOOP(
    "Roster", "Excel turned this {what} into a number; format the column as text."
)


def cell_text(cell: Cell) -> str:
    """A cell as the window shows it (and as she may edit it)."""
    if type(cell) is str:  # most cells: first
        return " ".join(cell.split())
    if cell is None:
        return ""
    if isinstance(cell, Formula):
        return cell.text
    if isinstance(cell, Merged):
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    return " ".join(str(cell).split())


def _number(cell: Cell, what: str, digits: int | None, problems: list[UserMessage]) -> str | None:
    """An identity number written as text. A numeric cell lost its leading zeros or was
    rounded (Excel's doing), unless it still has every digit."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, bool):
        problems.append(_msg(QT_TRANSLATE_NOOP("Roster", "The {what} is not a number."), what=what))
        return None
    if isinstance(cell, int | float):
        text = cell_text(cell)
        if (isinstance(cell, float) and not cell.is_integer()) or (
            digits is not None and len(text) != digits
        ):
            problems.append(_msg(_EXCEL_NUMBER, what=what))
            return None
        return text
    text = str(cell).strip()
    if _SCIENTIFIC.fullmatch(text):
        problems.append(_msg(_EXCEL_NUMBER, what=what))
        return None
    compact = re.sub(r"[\s.-]", "", text).lstrip("'")
    if digits is not None and not (
        compact.isdigit() and len(compact) == digits and compact.isascii()
    ):
        if what == "NISN":
            problems.append(
                _msg(
                    QT_TRANSLATE_NOOP("Roster", "The NISN “{value}” is not 10 digits."),
                    value=text,
                )
            )
        else:
            problems.append(
                _msg(
                    QT_TRANSLATE_NOOP("Roster", "The {what} “{value}” is not {digits} digits."),
                    what=what,
                    value=text,
                    digits=digits,
                )
            )
        return None
    return compact if digits is not None else text


_GENDERS: Final = {
    "l": "L",
    "laki-laki": "L",
    "laki laki": "L",
    "lk": "L",
    "m": "L",
    "male": "L",
    "boy": "L",
    "p": "P",
    "perempuan": "P",
    "pr": "P",
    "w": "P",
    "wanita": "P",
    "f": "P",
    "female": "P",
    "girl": "P",
}


def _birth_date(cell: Cell, today: dt.date, problems: list[UserMessage]) -> dt.date | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, dt.datetime):
        day: dt.date | None = cell.date()
    elif isinstance(cell, dt.date):
        day = cell
    elif isinstance(cell, str):
        day = parse_date(cell)
    else:
        day = None
    if day is None:
        problems.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Roster",
                    "The birth date “{value}” is not a date (write 12/03/2011, 2011-03-12 "
                    "or 12 Maret 2011).",
                ),
                value=cell_text(cell),
            )
        )
        return None
    if day.year <= 1900:
        problems.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Roster",
                    "The birth date {date} is in 1900 or earlier: a spreadsheet's empty date.",
                ),
                date=day,
            )
        )
        return None
    if day > today:
        problems.append(
            _msg(QT_TRANSLATE_NOOP("Roster", "The birth date {date} is in the future."), date=day)
        )
        return None
    age = age_on(day, today)
    assert age is not None
    if age < MIN_AGE or age > MAX_AGE:
        problems.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Roster",
                    "The birth date {date} makes the student {age} years old: a student is "
                    "5 to 25.",
                ),
                date=day,
                age=age,
            )
        )
        return None
    return day


def read_row(
    row: RawRow, mapping: Sequence[Column], today: dt.date, school_year: str | None
) -> tuple[RosterEntry | None, list[UserMessage], dict[Column, str]]:
    """The entry a row gives, or the reasons it gives none."""
    problems: list[UserMessage] = []
    cells: dict[Column, Cell] = {}
    values: dict[Column, str] = {}
    texts: dict[Column, str] = {}  # the cells read (no formula): their text
    merged: list[str] = []
    for index, (column, cell) in enumerate(zip(mapping, row.cells, strict=False)):
        if column is Column.IGNORE:
            continue
        if isinstance(cell, Merged):
            if cell.ref not in merged:
                merged.append(cell.ref)
            continue
        values[column] = cell_text(cell)
        if isinstance(cell, Formula):
            problems.append(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Roster",
                        "Cell {cell} holds a formula ({formula}): paste its value instead.",
                    ),
                    cell=f"{column_letter(index)}{row.number}",
                    formula=cell.text[:40],
                )
            )
            continue
        cells[column] = cell
        texts[column] = values[column]
    for ref in merged:
        problems.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Roster",
                    "The row has merged cells ({cells}): unmerge them so that each student has "
                    "a row of her own.",
                ),
                cells=ref,
            )
        )
    name = texts.get(Column.NAME) or None
    if not name and not merged:
        problems.append(_msg(QT_TRANSLATE_NOOP("Roster", "The row has no name.")))
    nisn = _number(cells.get(Column.NISN), "NISN", 10, problems)
    nik = _number(cells.get(Column.NIK), "NIK", 16, problems)
    nipd = _number(cells.get(Column.NIPD), "NIPD", None, problems)
    gender = None
    if (g := texts.get(Column.GENDER) or None) is not None:
        gender = _GENDERS.get(g.casefold())
        if gender is None:
            problems.append(
                _msg(
                    QT_TRANSLATE_NOOP("Roster", "The gender “{value}” is not L or P."),
                    value=g,
                )
            )
    place = texts.get(Column.BIRTH_PLACE) or None
    birth_cell = cells.get(Column.BIRTH_DATE)
    if (combined := texts.get(Column.BIRTH_PLACE_DATE) or None) is not None:
        combined_place, sep, date_text = combined.rpartition(",")
        if not sep:  # "Depok 12 Maret 2011"
            m = re.fullmatch(r"(.*?)\s*(\d.*)", combined)
            combined_place, date_text = (m[1], m[2]) if m else ("", combined)
        place = place or combined_place.strip() or None
        if birth_cell is None:
            birth_cell = date_text.strip()
    birth_date = _birth_date(birth_cell, today, problems)
    phone = texts.get(Column.PHONE) or None
    if phone is not None and _SCIENTIFIC.fullmatch(phone):
        problems.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Roster",
                    "Excel turned this phone number into a number; format the column as text.",
                )
            )
        )
        phone = None
    if problems or not name:
        return None, problems, values
    entry = RosterEntry(
        name=name,
        nisn=nisn,
        nipd=nipd,
        nik=nik,
        gender=gender,
        birth_place=place,
        birth_date=birth_date,
        class_name=texts.get(Column.CLASS) or None,
        father_name=texts.get(Column.FATHER) or None,
        mother_name=texts.get(Column.MOTHER) or None,
        guardian_name=texts.get(Column.GUARDIAN) or None,
        phone=phone,
        address=texts.get(Column.ADDRESS) or None,
        school_year=school_year,
    )
    return entry, [], values


def name_key(name: str) -> str:
    """A name as the matching compares it: no case, accents, titles' dots or extra spaces."""
    if name.isascii():  # most names: nothing to decompose
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _merge(old: RosterEntry, new: RosterEntry) -> tuple[RosterEntry, tuple[str, ...]]:
    """The vault's entry with what the row says (an empty cell keeps what is known)."""
    changes = {
        key: getattr(new, key)
        for key in COMPARED
        if getattr(new, key) is not None and getattr(new, key) != getattr(old, key)
    }
    if new.name != old.name and name_key(new.name) == name_key(old.name):
        pass  # the same name written differently: keep hers
    elif new.name != old.name:
        changes["name"] = new.name
    if not changes:
        return old, ()
    return replace(old, **changes), tuple(changes)


def preview(
    rows: Iterable[RawRow],
    mapping: Sequence[Column],
    existing: Iterable[RosterEntry],
    *,
    today: dt.date,
    school_year: str | None,
    skip: Iterable[int] = (),
    edits: Mapping[tuple[int, Column], str] | None = None,
) -> RosterPreview:
    """Every row's fate against the vault's entries. ``skip``: rows she left out;
    ``edits``: cells she corrected in the window ((row number, column) → text)."""
    by_nisn: dict[str, RosterEntry] = {}
    by_name: dict[tuple[str, dt.date | None], RosterEntry] = {}
    for known in existing:
        if known.nisn:
            by_nisn[known.nisn] = known
        by_name.setdefault((name_key(known.name), known.birth_date), known)
    skipped = set(skip)
    edits = edits or {}
    seen_nisn: dict[str, int] = {}
    seen_name: dict[tuple[str, dt.date | None], int] = {}
    results: list[RowResult] = []
    for row in rows:
        if edits:
            cells = list(row.cells) + [None] * max(0, len(mapping) - len(row.cells))
            for (number, column), text in edits.items():
                if number == row.number and column in mapping:
                    cells[mapping.index(column)] = text
            row = RawRow(row.number, tuple(cells))
        entry, problems, values = read_row(row, mapping, today, school_year)
        if entry is not None:
            key = (name_key(entry.name), entry.birth_date)
            first = seen_nisn.get(entry.nisn) if entry.nisn else None
            if first is None and not entry.nisn:
                first = seen_name.get(key)
            if first is not None:
                problems.append(
                    _msg(QT_TRANSLATE_NOOP("Roster", "The same student as row {row}."), row=first)
                )
            else:
                if entry.nisn:
                    seen_nisn[entry.nisn] = row.number
                seen_name.setdefault(key, row.number)
        if problems or entry is None:
            status = RowStatus.SKIPPED if row.number in skipped else RowStatus.REFUSED
            results.append(RowResult(row.number, status, None, (), tuple(problems), None, values))
            continue
        if row.number in skipped:
            results.append(RowResult(row.number, RowStatus.SKIPPED, None, values=values))
            continue
        old: RosterEntry | None = by_nisn.get(entry.nisn) if entry.nisn else None
        if old is None:
            old = by_name.get(key)
            if old is not None and old.nisn and entry.nisn and old.nisn != entry.nisn:
                old = None  # a namesake born the same day, with another NISN
        if old is None:
            results.append(RowResult(row.number, RowStatus.NEW, entry, values=values))
            continue
        merged, changed = _merge(old, entry)
        status = RowStatus.CHANGED if changed else RowStatus.SAME
        results.append(RowResult(row.number, status, merged, changed, (), old.id, values))
    return RosterPreview(tuple(results))


def school_year_of(day: dt.date, start_month: int = 7) -> str:
    """The school year a day falls in: "2026/2027" from July 2026 to June 2027."""
    first = day.year if day.month >= start_month else day.year - 1
    return f"{first}/{first + 1}"
