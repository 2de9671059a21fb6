"""Names, schools and messages in capitals at the edges the other redaction tests left open
(issue 24: each test here kills mutants of domain/redaction.py that survived them).

Every person of a record is listed under her client's case code and keeps one label of her
own; a school is found in its short forms but another school that shares its words is not;
a message in capitals is told from an acronym by what else is on its line; a word across
an apostrophe ("TA'ARUF") is no person, a name next to one is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.model import Caseload, Client, Consent, ConsentKind, Contact
from counsel_desk.domain.redaction import Category, IdentifierSet, Redactor


def _possible(text: str, language: str = "id") -> str:
    ids = IdentifierSet.from_caseload(Caseload([]))
    redactor = Redactor(ids, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code=None).text


def _spans(text: str) -> list[str]:
    ids = IdentifierSet.from_caseload(Caseload([]))
    result = Redactor(ids, possible_people=True).redact(text, subject_client_case_code=None)
    return [text[s.start : s.end] for s in result.spans]


# --- a message in capitals: what else is on its line ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two-letter words count towards the three of a message
        ("Kata dia: MARWOTO DI SINI", "Kata dia: [ORANG ?] DI SINI"),
        # alone on the third line: the lines before do not count as company
        ("Catatan:\nkemarin\nMARWOTO DATANG", "Catatan:\nkemarin\n[ORANG ?] DATANG"),
        # alone on its line, with more lines after it
        ("MARWOTO DATANG\nbesok pulang\nlagi", "[ORANG ?] DATANG\nbesok pulang\nlagi"),
        ("Tadi:\nMARWOTO DATANG\nlalu pulang", "Tadi:\n[ORANG ?] DATANG\nlalu pulang"),
    ],
)
def test_a_message_in_capitals_is_judged_by_its_own_line(text: str, expected: str) -> None:
    assert _possible(text) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Catatan: MARWOTO DATANG\nlalu pulang.",  # company before it, a line after
        "Kemarin pulang.\nMARWOTO DATANG lalu",  # company after it, a line before
        "a. MARWOTO DATANG",  # one letter before it is company
        "MARWOTO DATANG :v",  # one letter after it too
    ],
)
def test_two_words_in_capitals_with_any_letter_beside_them_on_the_line_stay(kept: str) -> None:
    assert _possible(kept) == kept


def test_a_message_in_capitals_leaves_a_lone_acronym_later_in_the_text_alone() -> None:
    text = "Tadi\nMARWOTO DATANG\nlalu WIDODO pulang"
    assert _possible(text) == "Tadi\n[ORANG ?] DATANG\nlalu WIDODO pulang"


# --- a word across an apostrophe -------------------------------------------------------------


@pytest.mark.parametrize(
    "kept",
    [
        "TA'ARUF KAMI HARI INI",  # the word's second part, right at the start
        "HARI INI TA'ARUF KAMI",
        "juz 30'Qur'an",  # a number glued on by another apostrophe
    ],
)
def test_a_word_written_across_an_apostrophe_is_no_person(kept: str) -> None:
    assert _possible(kept) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jogja Karta", "Jogja [ORANG ?]"),  # a space is no apostrophe
        ("di Jogja 'Karta'", "di Jogja '[ORANG ?]'"),  # nor is a quote after a space
    ],
)
def test_only_an_apostrophe_joins_two_parts_into_one_word(text: str, expected: str) -> None:
    assert _possible(text) == expected


# --- possible people: one span per run of unknown words -----------------------------------


def test_unknown_words_at_the_end_of_a_text_are_one_possible_person() -> None:
    assert _spans("Yang datang Gregorius Theodore") == ["Gregorius Theodore"]
    assert _possible("Yang datang Gregorius Theodore") == "Yang datang [ORANG ?]"


# --- everyone of a record, under her client's case code -----------------------------------


def _client(**fields: object) -> Client:
    return Client("Dimas", case_code="R-1", family_name="Anggara", **fields)  # type: ignore[arg-type]


def test_every_person_of_a_record_is_listed_under_its_clients_case_code() -> None:
    consent = Consent(
        ConsentKind.RELEASE_OF_INFORMATION,
        signed_by="Suharti Wibowo",
        signed_on=dt.date(2026, 1, 5),
        released_to="Yohana Pattiasina",
    )
    client = _client(
        preferred_name="Didi",
        guardians=[Contact("Suharti Wibowo")],
        emergency_contacts=[Contact("Bambang Sutejo")],
        other_people=["Rina Kusuma"],
        consents=[consent],
        school="SMP Negeri 3 Yogyakarta",
    )
    ids = IdentifierSet.from_caseload(Caseload([client]))
    listed = {(i.text, i.category) for i in ids if i.case_code == "R-1"}
    assert {
        ("Didi", Category.CLIENT),
        ("Suharti Wibowo", Category.GUARDIAN),
        ("Bambang Sutejo", Category.EMERGENCY_CONTACT),
        ("Rina Kusuma", Category.OTHER_PERSON),
        ("Yohana Pattiasina", Category.OTHER_PERSON),
        ("SMP Negeri 3 Yogyakarta", Category.SCHOOL),
    } <= listed
    assert all(i.case_code == "R-1" for i in ids)


def test_a_clients_nickname_is_the_same_person_as_her_name_in_a_note_about_another() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload([_client(preferred_name="Didi"), Client("Ani", case_code="R-2")])
    )
    out = Redactor(ids).redact("Dimas Anggara, dipanggil Didi.", subject_client_case_code="R-2")
    assert out.text == "[PERSON A], dipanggil [PERSON A]."


def test_two_clients_emergency_contacts_are_two_people() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                _client(emergency_contacts=[Contact("Bambang Sutejo")]),
                Client("Ani", case_code="R-2", emergency_contacts=[Contact("Yulianti Hasan")]),
            ]
        )
    )
    out = Redactor(ids).redact("Bambang Sutejo dan Yulianti Hasan", subject_client_case_code=None)
    assert out.text == "[PERSON A] dan [PERSON B]"


def test_clients_added_without_a_case_code_are_no_client_of_a_note_about_no_one() -> None:
    ids = IdentifierSet()
    ids.add_client(Client("Dimas"))
    ids.add_client(Client("Ani"))
    codes = {i.text: i.case_code for i in ids}
    assert codes["Dimas"] and codes["Ani"] and codes["Dimas"] != codes["Ani"]
    out = Redactor(ids).redact("Dimas dan Ani", subject_client_case_code=None)
    assert out.text == "[PERSON A] dan [PERSON B]"


# --- schools of the records ---------------------------------------------------------------


def _school(school: str, text: str) -> str:
    ids = IdentifierSet.from_caseload(Caseload([_client(school=school)]))
    return Redactor(ids).redact(text, subject_client_case_code="R-1").text


@pytest.mark.parametrize("written", ["SMP Negeri 3", "SMPN 3", "SMP N 3", "SMP 3", "Spentig"])
def test_a_state_school_recorded_without_its_city_is_found_in_its_short_forms(
    written: str,
) -> None:
    assert _school("SMP Negeri 3", f"di {written} ya") == "di [SCHOOL] ya"


@pytest.mark.parametrize(
    "kept",
    [
        "di Sekolah Harapan",  # the first two words of "Sekolah Harapan Bangsa"
        "di Sekolah Bangsa",  # without its middle word
        "di Sekolahn Bangsa",
    ],
)
def test_another_school_that_shares_words_with_the_clients_stays(kept: str) -> None:
    assert _school("Sekolah Harapan Bangsa", kept) == kept
    assert _school("Sekolah Harapan Bangsa", "di Sekolah Harapan Bangsa") == "di [SCHOOL]"


def test_only_a_school_levels_negeri_has_short_forms() -> None:
    # "Universitas Semarang" is another university than "Universitas Negeri Semarang"
    school = "Universitas Negeri Semarang"
    assert _school(school, "di Universitas Semarang") == "di Universitas Semarang"
    assert _school(school, "di Universitas Negeri Semarang") == "di [SCHOOL]"


@pytest.mark.parametrize(
    "written",
    ["Sekolah Internasional Bali", "Sekolah Intl Bali", "Sekolah Int'l Bali", "Sekolah Int Bali"],
)
def test_an_international_school_in_indonesian_is_found_short(written: str) -> None:
    assert _school("Sekolah Internasional Bali", f"di {written} ya") == "di [SCHOOL] ya"


def test_a_school_recorded_as_one_common_word_is_no_school() -> None:
    assert _school("Harapan", "ada harapan baru") == "ada harapan baru"


def test_a_schools_initials_are_found_as_that_clients_school() -> None:
    ids = IdentifierSet.from_caseload(Caseload([_client(school="Jakarta International School")]))
    (found,) = ids.find("at JIS")
    assert [(e.category, e.case_code) for e in found.entries] == [(Category.SCHOOL, "R-1")]
