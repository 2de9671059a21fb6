"""What the identifier set takes from a record, at its edges (issue 24: these kill mutants
of domain/redaction.py that the other redaction tests let through).

E-mail addresses and addresses of the records are found as the records' own (so the
PDF self-check knows them and a reader sees whose), in each form counselors write them;
a run of unlisted capitalised words is one possible person, never more or fewer words.
"""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client, Contact
from counsel_desk.domain.redaction import Category, IdentifierSet, Redactor, _letters


def _ids(**fields: object) -> IdentifierSet:
    client = Client("Dimas", case_code="R-1", **fields)  # type: ignore[arg-type]
    return IdentifierSet.from_caseload(Caseload([client]))


def red(text: str, **fields: object) -> str:
    return Redactor(_ids(**fields)).redact(text, subject_client_case_code="R-1").text


# --- e-mail addresses of the records ----------------------------------------------------


def test_a_clients_email_is_listed_as_hers_and_found_as_hers_in_any_case() -> None:
    ids = _ids(email="Dimas.Anggara@Sekolah.sch.id")
    listed = [i for i in ids if i.category is Category.EMAIL]
    assert [(i.text, i.case_code) for i in listed] == [("Dimas.Anggara@Sekolah.sch.id", "R-1")]
    found = next(
        d
        for d in ids.find("kirim ke DIMAS.ANGGARA@sekolah.sch.id ya")
        if d.category is Category.EMAIL
    )
    assert found.category is Category.EMAIL and not found.generic
    assert [(e.category, e.case_code, e.person) for e in found.entries] == [
        (Category.EMAIL, "R-1", "c:R-1")
    ]


def test_a_guardians_email_is_listed_under_the_guardian() -> None:
    ids = _ids(guardians=[Contact("Sri Wahyuni", email="sri.w@mail.com")])
    (found,) = [d for d in ids.find("email ibu: sri.w@mail.com") if d.category is Category.EMAIL]
    assert [(e.case_code, e.person) for e in found.entries] == [("R-1", "g:R-1:0")]


def test_an_email_field_without_an_at_sign_is_no_email_of_the_record() -> None:
    ids = _ids(email="belum punya")
    assert not [i for i in ids if i.category is Category.EMAIL]
    (found,) = ids.find("tulis ke someone@else.org")
    assert found.generic  # any address is still redacted, as no one's


# --- addresses of the records -----------------------------------------------------------


def test_an_address_is_listed_once_with_its_case_code() -> None:
    ids = _ids(address="Jl. Merpati No. 12, Sleman")
    listed = [i for i in ids if i.category is Category.ADDRESS]
    assert [(i.text, i.case_code) for i in listed] == [("Jl. Merpati No. 12, Sleman", "R-1")]
    (found,) = [d for d in ids.find("rumahnya di jl merpati") if d.category is Category.ADDRESS]
    assert [(e.category, e.case_code) for e in found.entries] == [(Category.ADDRESS, "R-1")]


@pytest.mark.parametrize(
    "written", ["Jl. Merpati", "jalan merpati", "Jln Merpati", "JL MERPATI", "Jl. Merpati No. 12"]
)
def test_a_street_is_found_with_any_of_its_street_words(written: str) -> None:
    assert red(f"dia tinggal di {written} sekarang", address="Jl. Merpati No. 12, Sleman") == (
        "dia tinggal di [ADDRESS] sekarang"
    )


def test_a_street_name_alone_is_no_address() -> None:
    # "merpati" (a dove) without its street word stays: only "Jl. Merpati" is the street
    assert red("burung merpati terbang", address="Jl. Merpati No. 12, Sleman") == (
        "burung merpati terbang"
    )


def test_each_part_of_an_address_between_commas_is_matched_on_its_own() -> None:
    address = "Perum Griya Asri Blok C 7, Gang Mawar, Kalasan"
    for part in ("Perum Griya Asri", "perumahan griya asri", "gang mawar", "gg mawar"):
        assert red(f"di {part} ya", address=address) == "di [ADDRESS] ya", part
    # a part of one word with no street word and no number is no address of its own
    assert red("ke Kalasan ya", address=address) == "ke Kalasan ya"


def test_an_english_address_is_found_with_the_street_word_after_the_name() -> None:
    address = "12 Baker Street, London"
    assert red("near Baker St today", address=address) == "near [ADDRESS] today"
    assert red("on baker street", address=address) == "on [ADDRESS]"
    assert red("12 Baker Street", address=address) == "[ADDRESS]"
    # two words (a number and a street word) name no street
    assert red("the high street", address="12 Street, London") == "the high street"


def test_a_number_and_a_word_is_a_part_worth_matching_but_a_lone_word_is_not() -> None:
    address = "RT 03 RW 05, Condongcatur"
    assert red("di RT 03 RW 05 ya", address=address) == "di [ADDRESS] ya"
    assert red("kami ke Condongcatur", address=address) == "kami ke Condongcatur"


# --- possible people: one span per run of unknown words -----------------------------------


def _possible(text: str) -> list[str]:
    ids = IdentifierSet.from_caseload(Caseload([]))
    result = Redactor(ids, possible_people=True).redact(text, subject_client_case_code=None)
    return [text[s.start : s.end] for s in result.spans]


def test_neighbouring_unknown_words_are_one_possible_person_and_no_more() -> None:
    assert _possible("Tadi Gregorius Theodore Wibisono datang.") == ["Gregorius Theodore Wibisono"]
    assert _possible("Gregorius datang, lalu Febriani.") == ["Gregorius", "Febriani"]
    # a comma or two spaces between them: two people
    assert _possible("Tadi Gregorius, Febriani datang.") == ["Gregorius", "Febriani"]
    assert _possible("Tadi Gregorius  Febriani datang.") == ["Gregorius", "Febriani"]


def test_a_possible_person_is_one_label_and_each_is_listed_by_its_words() -> None:
    ids = IdentifierSet.from_caseload(Caseload([]))
    redactor = Redactor(ids, possible_people=True)
    out = redactor.redact("Gregorius Theodore dan Febriani", subject_client_case_code=None)
    assert out.text == "[PERSON ?] dan [PERSON ?]"
    assert [s.category for s in out.spans] == [Category.UNLISTED_PERSON] * 2


# --- schools of the records ---------------------------------------------------------------


def _school(school: str, text: str) -> str:
    return red(text, school=school)


def test_a_school_is_listed_once_with_its_case_code_and_found_as_the_records() -> None:
    ids = _ids(school="SMP Negeri 3 Yogyakarta")
    listed = [i for i in ids if i.category is Category.SCHOOL]
    assert [(i.text, i.case_code) for i in listed] == [("SMP Negeri 3 Yogyakarta", "R-1")]
    (found,) = [d for d in ids.find("di SMPN 3 ya") if d.category is Category.SCHOOL]
    assert [(e.category, e.case_code) for e in found.entries] == [(Category.SCHOOL, "R-1")]
    (acronym,) = [d for d in _ids(school="Jakarta International School").find("at JIS")]
    assert acronym.category is Category.SCHOOL and not acronym.generic


@pytest.mark.parametrize(
    "written",
    [
        "SMP Negeri 3 Yogyakarta",
        "smp negeri 3",
        "SMPN 3 Yogyakarta",
        "SMPN 3",
        "SMP N 3",
        "SMP 3",
        "Spentig",  # the short form students use: SMP Negeri 3
    ],
)
def test_a_state_school_is_found_in_every_way_students_write_it(written: str) -> None:
    assert _school("SMP Negeri 3 Yogyakarta", f"di {written} ya") == "di [SCHOOL] ya"


def test_another_state_school_of_the_same_level_stays() -> None:
    assert _school("SMP Negeri 3 Yogyakarta", "di SMP Negeri 4 Yogyakarta") == (
        "di SMP Negeri 4 Yogyakarta"
    )


@pytest.mark.parametrize(
    "written",
    [
        "Jakarta International School",
        "Jakarta Intl School",
        "Jakarta Int'l School",
        "Jakarta Int School",
        "Jakarta International",  # without its type at the end
        "JIS",
    ],
)
def test_an_international_school_is_found_short_and_without_its_type(written: str) -> None:
    assert _school("Jakarta International School", f"at {written} today") == ("at [SCHOOL] today")


def test_a_one_word_part_of_a_school_that_is_a_common_word_is_no_school() -> None:
    # "Harapan" (hope) alone is a word; the school is "Sekolah Harapan"
    assert _school("Sekolah Harapan", "ada harapan baru") == "ada harapan baru"
    assert _school("Sekolah Harapan", "di Sekolah Harapan") == "di [SCHOOL]"


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("tulis ke ayu@sekolahku ya", "tulis ke [EMAIL] ya"),  # a listed name as the address
        ("tulis ke budisantoso@sekolahku ya", "tulis ke [EMAIL] ya"),  # names glued together
        ("tulis ke lestari.x@sekolahku ya", "tulis ke [EMAIL] ya"),  # a name among its words
        ("tulis ke info@sekolahku ya", "tulis ke info@sekolahku ya"),  # no one's
    ],
)
def test_an_address_without_its_domains_end_is_redacted_when_a_listed_name_is_in_it(
    text: str, redacted: str
) -> None:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client("Ayu", family_name="Lestari", case_code="A-1"),
                Client("Budi", family_name="Santoso", case_code="A-2"),
            ]
        )
    )
    assert Redactor(ids, language="id").redact(text, subject_client_case_code="A-1").text == (
        redacted
    )


@pytest.mark.parametrize(("n", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])  # fmt: skip
def test_the_people_of_a_summary_are_lettered_a_to_z_then_aa(n: int, letters: str) -> None:
    assert _letters(n) == letters


def test_a_first_name_two_clients_share_keeps_the_letter_of_the_one_already_named() -> None:
    """ "Budi" after "Budi Hartono" is read as the Budi already lettered, not as a new
    person (a summary would otherwise count two people where there is one)."""
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client("Ayu", case_code="A-1"),
                Client("Budi", family_name="Santoso", case_code="A-2"),
                Client("Budi", family_name="Hartono", case_code="A-3"),
            ]
        )
    )
    out = Redactor(ids, language="id").redact(
        "Budi Hartono datang. Lalu Budi pulang.", subject_client_case_code="A-1"
    )
    assert out.text == "[ORANG A] datang. Lalu [ORANG A] pulang."


@pytest.mark.parametrize(
    ("text", "language", "redacted"),
    [
        ("tadi ketemu Budi-nya", "id", "tadi ketemu [ORANG A]"),  # the suffix ends the text
        ("a Budi-style session", "en", "a [PERSON A]-style session"),  # no suffix: kept
        ("we met Budi-s friend", "en", "we met [PERSON A]-s friend"),  # "s" is no suffix here
    ],
)
def test_a_hyphenated_suffix_is_part_of_the_name_and_nothing_else_is(
    text: str, language: str, redacted: str
) -> None:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [Client("Ayu", case_code="A-1"), Client("Budi", family_name="Santoso", case_code="A-2")]
        )
    )
    assert Redactor(ids, language=language).redact(text, subject_client_case_code="A-1").text == (
        redacted
    )
