"""Numbers in notes, at their bounds (issue 24, and issue 16's fail-closed rule).

A phone or ID number of the records is found in each way counselors write it (with or
without the trunk 0 or the country code 62, grouped or not, in brackets); a long number
in no record is still a number; a number of the records never lets the number written
next to it through ("HP ortu: 0812 9999 8888 / 0813 1111 2222" printed the father's
number before). School years and amounts of money stay as they are.
"""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client, Contact
from counsel_desk.domain.redaction import Category, IdentifierSet, Redactor


def _redactor(**fields: object) -> Redactor:
    # Built in each test, never at import: mutmut forks after the import.
    client = Client("Dimas", case_code="N-1", **fields)  # type: ignore[arg-type]
    return Redactor(IdentifierSet.from_caseload(Caseload([client])))


def red(text: str, **fields: object) -> str:
    return _redactor(**fields).redact(text, subject_client_case_code="N-1").text


def spans(text: str, **fields: object) -> list[tuple[str, Category]]:
    result = _redactor(**fields).redact(text, subject_client_case_code="N-1")
    return [(text[s.start : s.end], s.category) for s in result.spans]


MOTHER = [Contact(name="Sri Wahyuni", phone="0813 1111 2222")]


# --- a number of the records, however it is written ----------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "+62 812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "62 812 3456 7890",
        "0812 3456 7890",
        "0812-3456-7890",
        "081234567890",
        "(0812) 3456-7890",
        "812 3456 7890",
        "8123 4567 890",
    ],
)
def test_a_phone_stored_with_its_country_code_is_found_in_every_local_form(written: str) -> None:
    assert red(f"wa {written} ya", phone="+62 812-3456-7890") == "wa [PHONE] ya"
    assert red(f"wa {written} ya", phone="0812-3456-7890") == "wa [PHONE] ya"


def test_a_stored_phone_takes_its_trunk_zero_and_country_code_with_it() -> None:
    assert spans("no 0812 3456 7890", phone="812 3456 7890") == [("0812 3456 7890", Category.PHONE)]
    assert spans("no +62 812 3456 7890", phone="812 3456 7890") == [
        ("+62 812 3456 7890", Category.PHONE)
    ]
    # the 0 that ends an amount before it is the amount's, not a trunk
    assert red("Rp 1.500.000 0813 1111 2222", guardians=MOTHER) == "Rp 1.500.000 [PHONE]"


def test_a_foreign_number_is_also_found_without_its_country_code() -> None:
    # +1, +44, +852: a cut of one to three digits, when eight or more are left
    for stored, local in [
        ("+1 415 555 0100", "415 555 0100"),
        ("+44 7700 900123", "7700 900123"),
        ("+852 9123 4567", "9123 4567"),
    ]:
        assert red(f"tel {local}.", phone=stored) == "tel [PHONE]."
    # eight left after the cut: the record's phone; fewer: only the number as stored
    assert spans("tel 5550 1000.", phone="+1 5550 1000") == [("5550 1000", Category.PHONE)]
    assert red("tel 550100.", phone="+1 55 0100") == "tel 550100."


def test_a_short_country_number_keeps_its_country_code_only_from_ten_digits() -> None:
    # 62 and then seven digits: "62 1234 567" is no Indonesian mobile to cut (the
    # seven digits are still some number, in no record)
    assert spans("kode 1234567 saja", phone="621234567") == [("1234567", Category.ID)]
    assert spans("tel 81234567", phone="6281234567") == [("81234567", Category.PHONE)]


def test_a_trunk_zero_is_dropped_only_from_eight_digits() -> None:
    assert red("tel 1234567 ya", phone="01234567") == "tel [PHONE] ya"
    assert red("tel 123456 ya", phone="0123456") == "tel 123456 ya"


def test_a_record_number_of_six_digits_counts_and_of_five_does_not() -> None:
    assert red("nis 123456 ya", student_number="123456") == "nis [ID] ya"
    assert red("nis 12345 ya", student_number="12345") == "nis 12345 ya"
    assert red("nis 12 34 56", student_number="12-34-56") == "nis [ID]"


def test_every_number_of_every_person_in_the_record_is_found() -> None:
    fields: dict[str, object] = {
        "national_id": "3201 1234 5678 0001",
        "student_number": "0098765",
        "guardians": [Contact(name="Sri", phone="0813 1111 2222")],
        "emergency_contacts": [Contact(name="Paman Joko", phone="0857-4444-3333")],
    }
    text = "NIK 3201123456780001, NISN 0098765, ibu 081311112222, paman 0857 4444 3333."
    numbers = [s for s in spans(text, **fields) if s[1] in (Category.ID, Category.PHONE)]
    assert numbers == [
        ("3201123456780001", Category.ID),
        ("0098765", Category.ID),
        ("081311112222", Category.PHONE),
        ("0857 4444 3333", Category.PHONE),
    ]


def test_digits_glued_to_a_record_number_go_with_it() -> None:
    assert red("no 0812345678901234 ya", phone="081234567890") == "no [PHONE] ya"
    assert red("no 99081234567890 ya", phone="081234567890") == "no [PHONE] ya"


# --- fail closed: a number beside a number of the records ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HP ortu: 0812 9999 8888 / 0813 1111 2222", "HP ortu: [PHONE] / [PHONE]"),
        ("HP ortu: 081299998888 081311112222", "HP ortu: [PHONE] [PHONE]"),
        ("HP ortu: 0813 1111 2222 / 0812 9999 8888", "HP ortu: [PHONE] / [PHONE]"),
        ("no 0813-1111-2222 (ayah 0857 7777 6666)", "no [PHONE] (ayah [PHONE])"),
        ("NIK 3201999988887777 0813 1111 2222", "NIK [ID] [PHONE]"),
    ],
)
def test_a_number_in_no_record_beside_one_of_the_records_is_still_redacted(
    text: str, expected: str
) -> None:
    assert red(text, guardians=MOTHER) == expected


def test_beside_a_number_of_the_records_a_short_number_and_a_school_year_stay() -> None:
    assert red("tel 0813 1111 2222 2 kali", guardians=MOTHER) == "tel [PHONE] 2 kali"
    assert red("tel 0813 1111 2222 / 2024/2025", guardians=MOTHER) == ("tel [PHONE] / 2024/2025")
    assert red("tel 0813 1111 2222 / 123456", guardians=MOTHER) == "tel [PHONE] / 123456"
    assert red("tel 0813 1111 2222 / 1234567", guardians=MOTHER) == "tel [PHONE] / [ID]"


# --- a long number in no record -------------------------------------------------------


def test_a_number_in_no_record_is_redacted_from_seven_digits() -> None:
    assert red("kode 123456 ya") == "kode 123456 ya"
    assert red("kode 1234567 ya") == "kode [ID] ya"
    assert red("kode 123-4567 ya") == "kode [ID] ya"


@pytest.mark.parametrize(
    ("number", "category"),
    [
        ("08123456", Category.ID),  # eight digits: too short for a phone
        ("081234567", Category.PHONE),  # nine
        ("081234567890123", Category.PHONE),  # fifteen
        ("0812345678901234", Category.ID),  # sixteen: an NIK, not a phone
        ("+1234567890", Category.PHONE),
        ("6212345678", Category.PHONE),
        ("7123456789", Category.ID),  # no 0, 62 or +: an ID number
    ],
)
def test_a_long_number_reads_as_a_phone_only_from_nine_to_fifteen_digits_after_0_62_or_plus(
    number: str, category: Category
) -> None:
    assert spans(f"no {number} ya") == [(number, category)]


def test_a_number_in_brackets_keeps_the_sentences_bracket() -> None:
    assert red("(ayah 0857 7777 6666)") == "(ayah [PHONE])"
    assert red("ayah (0857) 7777 6666.") == "ayah [PHONE]."


@pytest.mark.parametrize(
    "kept",
    [
        "tahun ajaran 2024/2025",
        "TA 2024 - 2025",
        "1999-2000",
        "biaya Rp 1.500.000",
        "uang Rp1500000",
        "IDR 2500000",
        "$ 1200000",
        "denda 1.250.000",
        "1,500,000 rupiah",
    ],
)
def test_school_years_and_amounts_of_money_are_no_numbers_to_hide(kept: str) -> None:
    assert red(kept) == kept


def test_an_amount_is_money_only_when_it_is_grouped_in_thousands_or_follows_a_currency() -> None:
    assert red("bayar 15.00.000") == "bayar [ID]"
    assert red("kode 2024/2026/7") == "kode [ID]"
    assert red("Rp is not before 1500000 here") == "Rp is not before [ID] here"
