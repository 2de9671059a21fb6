"""Numbers and characters at the edges the mutation run found untested (issue 24).

Each test states a rule a surviving mutant of ``domain/redaction.py`` broke without any
test noticing: how far a number of the records reaches into the digits around it, which
local forms of a stored phone are looked for, and how pasted or typed characters are
read (invisible characters, full-width digits, look-alike letters).
"""

from __future__ import annotations

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import Category, IdentifierSet, skeleton
from tests.unit.test_redaction_numbers import MOTHER, red, spans

# --- how far a number of the records reaches -----------------------------------------


def test_a_record_number_is_found_when_a_shorter_record_number_is_not_at_the_same_place() -> None:
    # eight digits are too short for a phone in no record: found as the record's phone
    # only if the longer record number is still looked for after the shorter one is not
    assert spans("tel 12345678 ya", phone="12345678", student_number="999999") == [
        ("12345678", Category.PHONE)
    ]


def test_a_trunk_zero_written_apart_goes_with_a_phone_stored_without_it() -> None:
    assert red("tel 0-812-3456-7891 ya", phone="812-3456-7891") == "tel [PHONE] ya"
    assert red("tel 0 812 3456 7891 ya", phone="812 3456 7891") == "tel [PHONE] ya"


def test_digits_before_a_record_number_that_are_no_trunk_zero_or_country_code_stay() -> None:
    # a room number, a list number: not the phone's
    assert red("kamar 12 812 3456 7891", phone="812 3456 7891") == "kamar 12 [PHONE]"
    assert red("kamar 21 812 3456 7891", phone="812 3456 7891") == "kamar 21 [PHONE]"
    assert red("no 62 812 3456 7891", phone="812 3456 7891") == "no [PHONE]"


def test_a_record_number_that_starts_with_62_takes_no_zero_before_it() -> None:
    # 62 is also Central Kalimantan's code at the start of an NIK
    nik = "6271 0123 4567 0001"
    assert red(f"kelas 10 {nik}", national_id=nik) == "kelas 10 [ID]"


def test_one_digit_glued_to_either_side_of_a_record_number_goes_with_it() -> None:
    assert red("no 9081234567890 ya", phone="081234567890") == "no [PHONE] ya"
    assert red("no 0813111122229 ya", guardians=MOTHER) == "no [PHONE] ya"


def test_digits_glued_to_a_record_number_take_no_separate_number_after_it() -> None:
    assert red("HP 0813111122229 / 12", guardians=MOTHER) == "HP [PHONE] / 12"
    assert red("HP 08131111222299 / 12", guardians=MOTHER) == "HP [PHONE] / 12"


def test_a_record_number_in_brackets_takes_its_closing_bracket() -> None:
    assert red("ibu (0813 1111 2222) ya", guardians=MOTHER) == "ibu [PHONE] ya"
    assert red("ibu (0813 1111 2222).", guardians=MOTHER) == "ibu [PHONE]."


def test_a_bracket_with_a_space_before_a_record_number_stays() -> None:
    assert red("nomor ibu ( 0813 1111 2222 )", guardians=MOTHER) == "nomor ibu ( [PHONE] )"
    # a doubled bracket typed by mistake: the number takes one pair, the other stays
    assert red("ibu ((0813 1111 2222))", guardians=MOTHER) == "ibu ([PHONE])"


def test_an_e_mail_address_made_of_a_record_phone_is_one_e_mail() -> None:
    assert spans("email 081311112222@gmail.com", guardians=MOTHER) == [
        ("081311112222@gmail.com", Category.EMAIL)
    ]


# --- fail closed: the number written next to one of the records ---------------------


def test_a_list_number_before_a_record_number_lets_no_digit_of_the_next_number_through() -> None:
    text = "kontak: 1. 0813 1111 2222 / 0857 7777 6666"
    assert red(text, guardians=MOTHER) == "kontak: 1. [PHONE] / [PHONE]"


def test_after_a_record_number_of_odd_length_the_next_number_is_whole() -> None:
    # "813 1111 2222": the mother's phone without its 0, eleven digits
    text = "ibu 813 1111 2222 / 0857 7777 6666"
    assert red(text, guardians=MOTHER) == "ibu [PHONE] / [PHONE]"


def test_a_number_beside_a_record_number_takes_its_plus_and_its_brackets() -> None:
    text = "HP ortu: 0813 1111 2222 / +62 857 7777 6666"
    assert red(text, guardians=MOTHER) == "HP ortu: [PHONE] / [PHONE]"
    text = "ibu 0813 1111 2222 (0857 7777 6666) ya"
    assert red(text, guardians=MOTHER) == "ibu [PHONE] [PHONE] ya"


# --- the record's numbers: whose they are, and their local forms ---------------------


def test_a_guardians_phone_is_listed_under_the_guardian_and_found_as_hers() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Dimas", case_code="N-1", guardians=MOTHER, student_number="0098765")])
    )
    listed = [i for i in ids if i.category in (Category.PHONE, Category.ID)]
    assert [(i.text, i.category, i.case_code, i.person) for i in listed] == [
        ("0813 1111 2222", Category.PHONE, "N-1", "g:N-1:0"),
        ("0098765", Category.ID, "N-1", "c:N-1"),
    ]
    found = [d for d in ids.find("ibu 0813-1111-2222") if d.category is Category.PHONE]
    assert found  # as written, and as its local form without the 0: the same entry
    for detection in found:
        assert [(e.category, e.person, e.case_code, e.any_case) for e in detection.entries] == [
            (Category.PHONE, "g:N-1:0", "N-1", False)
        ]
        assert list(ids)[detection.entries[0].ident] is listed[0]


def test_a_stored_phones_last_digits_alone_are_no_local_form_of_it() -> None:
    # 0812 3456 7890 is also 812 3456 7890, but 1234567890 is some other number
    assert spans("kode 1234567890 ya", phone="0812-3456-7890") == [("1234567890", Category.ID)]
    assert spans("kode 234567891 ya", phone="812-3456-7891") == [("234567891", Category.ID)]


def test_a_foreign_phone_stored_in_brackets_is_found_without_its_country_code() -> None:
    assert red("tel 7700 900123.", phone="(+44) 7700 900123") == "tel [PHONE]."
    assert red("tel 7700 900123.", phone=" (+44) 7700 900123") == "tel [PHONE]."


# --- characters as pasted or typed -----------------------------------------------------


def test_a_phone_written_with_any_dash_is_found() -> None:
    # the small em dash of a form field, a superscript minus from a word processor
    for dash in ("\u2013", "\u2014", "\u2212", "\ufe58", "\u207b", "\u2011"):
        text = f"ibu 0813{dash}1111{dash}2222"
        assert red(text, guardians=MOTHER) == "ibu [PHONE]", repr(dash)


def test_a_name_with_a_letter_of_no_decomposition_is_found_in_plain_letters() -> None:
    for stored, written in (("Đinh Lan", "Dinh"), ("Søren", "Soren"), ("Łukasz", "Lukasz")):
        assert red(f"tadi {written} datang", family_name=stored) == "tadi [CLIENT] datang"
        first = stored.split()[0]
        assert red(f"tadi {first} datang", family_name=stored) == "tadi [CLIENT] datang"


def test_a_name_pasted_from_a_pdf_with_a_ligature_is_found() -> None:
    # "fi" set as one glyph (U+FB01) in a PDF's text layer
    assert red("tadi A\ufb01fah datang", family_name="Afifah") == "tadi [CLIENT] datang"


def test_a_name_stored_with_an_acute_accent_for_its_apostrophe_is_found_without_it() -> None:
    # "Ma\u00b4ruf": the accent key typed for an apostrophe; "Maruf" is the same name
    assert red("tadi Maruf datang", family_name="Ma\u00b4ruf") == "tadi [CLIENT] datang"


# --- spelling skeletons ------------------------------------------------------------------


def test_each_spelling_rule_of_the_skeleton_on_its_own() -> None:
    assert skeleton("muhammad") == skeleton("muhamad") == "muhamad"  # doubled letters
    assert skeleton("soekarno") == "sukarnu"  # oe, then o as u
    assert skeleton("djuwita") == "juwita"
    assert skeleton("tjahjono") == "cahjunu"
    assert skeleton("sjarifudin") == skeleton("syarifudin") == "sarifudin"
    assert skeleton("njoman") == "niuman"
    assert skeleton("chairul") == skeleton("khairul") == "khairul"
    assert skeleton("rizky") == "rizki"
    assert skeleton("nuraeni") == "nuraini"


def test_a_final_h_is_dropped_only_after_a_vowel_and_from_five_letters() -> None:
    assert skeleton("aisyah") == skeleton("aisya") == "aisa"  # five letters: dropped
    assert skeleton("fatimah") == "fatima"
    assert skeleton("allah") == "alah"  # four letters once single: kept
    assert skeleton("soleh") == "suleh"  # after an e: kept
    assert skeleton("dimas") == "dimas"  # no h: nothing dropped
    assert skeleton("ibnu") == "ibnu"


def test_a_listed_name_is_found_without_its_final_h() -> None:
    assert red("tadi Aisya datang", family_name="Aisyah") == "tadi [CLIENT] datang"
