"""Dates of the public calendar identify no one and stay in a supervision summary (issue
16, item 5): Indonesia's holidays (the movable ones for the year written) and the days
schools mark; unless the date is a birth date in the records, the subject's birthday, or
written as someone's birth."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.calendar_days import is_public_day
from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor


def red(text: str, dob: dt.date = dt.date(2011, 3, 17)) -> str:
    caseload = Caseload([Client("Dimas", case_code="H-1", date_of_birth=dob)])
    ids = IdentifierSet.from_caseload(caseload)
    return Redactor(ids, language="id").redact(text, subject_client_case_code="H-1").text


@pytest.mark.parametrize(
    "kept",
    [
        "Libur 17 Agustus, lalu ujian.",
        "after Christmas (25 December 2025)",
        "upacara 17/08/2025 di lapangan",
        "2025-08-17",
        "on 12/25/2025",
        "Hari Kartini, 21 April",
        "Hari Guru 25 November 2024",
        "ujian sesudah Idul Fitri, 31 Maret 2025",  # movable: Eid al-Fitr of 2025
        "Nyepi 29 Maret 2025",
        "25/12/2025",  # day first
        "01/01/2025",  # the same number both ways: no doubt which day
        "31/03/2025",  # a movable holiday written in digits needs its year
        "2025-03-31",
        "upacara 17/08/25",  # a two-digit year: only the fixed days count
        "13/05/2021",  # Idul Fitri 2021: the day is the number above 12, either way round
        "05/13/2021",
    ],
)
def test_a_public_holiday_or_a_day_schools_mark_stays(kept: str) -> None:
    assert red(kept) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sesi 30 Maret 2025", "sesi [TANGGAL]"),
        ("10 April 2025", "[TANGGAL]"),  # Idul Fitri of 2024, not of 2025
        ("lahir 17 Agustus 2011", "lahir [TANGGAL]"),
        ("ulang tahunnya 17 Agustus", "ulang tahunnya [TANGGAL]"),
        ("born on 25 December", "born on [TANGGAL]"),
        ("01/05/2025", "[TANGGAL]"),  # 1 May or 5 January: not known, so redacted
        ("31/03/24", "[TANGGAL]"),  # which century's Idul Fitri? not known
        ("30/03/2024", "[TANGGAL]"),
        # 12 May 2025 was Waisak, but 12/05 may be 5 December: not known, so redacted
        ("12/05/2025", "[TANGGAL]"),
        ("05/12/2025", "[TANGGAL]"),
    ],
)
def test_any_other_date_a_birth_and_an_ambiguous_one_are_redacted(text: str, expected: str) -> None:
    assert red(text) == expected


def test_a_holiday_that_is_a_birth_date_in_the_records_is_redacted() -> None:
    independence = dt.date(2011, 8, 17)
    assert red("upacara 17 Agustus", dob=independence) == "upacara [TANGGAL]"
    assert red("17 Agustus 2011", dob=independence) == "[TANGGAL]"


def test_the_fixed_days_need_no_year_and_the_movable_ones_do() -> None:
    assert is_public_day(17, 8) and is_public_day(25, 12, 2030)
    assert is_public_day(31, 3, 2025)  # Idul Fitri 2025
    assert not is_public_day(31, 3)  # which year's?
    assert is_public_day(10, 4, 2024) and not is_public_day(10, 4, 2025)
    assert not is_public_day(30, 2, 2025) and not is_public_day(1, 2, 3000)


def test_a_school_calendar_day_is_kept_only_in_its_own_year() -> None:
    ids = IdentifierSet.from_caseload(Caseload([Client("Ayu", case_code="A-1")]))
    ids.keep_school_days(dt.date(2025, 12, d) for d in range(1, 6))  # UAS, 1-5 Dec 2025
    redactor = Redactor(ids, language="id")

    def out(text: str) -> str:
        return redactor.redact(text, subject_client_case_code="A-1").text

    assert out("UAS 3 Desember 2025 dimulai") == "UAS 3 Desember 2025 dimulai"
    assert out("rapat 3 Desember 2024 dimulai") == "rapat [TANGGAL] dimulai"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "lahir" 24 characters before the date: written as a birth, redacted
        ("lahir wwwwwwwwww vvvvvv 17 Agustus 2011", "lahir wwwwwwwwww vvvvvv [TANGGAL]"),
        # 25 characters back: out of reach, the holiday is kept
        ("lahir wwwwwwwwww vvvvvvv 17 Agustus 2011", "lahir wwwwwwwwww vvvvvvv 17 Agustus 2011"),
    ],
)
def test_a_birth_word_reaches_a_holiday_24_characters_back(text: str, expected: str) -> None:
    assert red(text) == expected
