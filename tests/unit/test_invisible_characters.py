"""Characters that draw nothing (issue 15, item 14, attacks F7 and F8).

A case code with one is refused and a case code is compared in NFC, so two clients can
never have codes that look the same; names pasted from chat apps lose their zero-width
spaces, byte order marks and soft hyphens when they are saved or imported (what she reads
does not change), keep the joiners Persian and Indic names need, and U+2028/U+2029 are
refused like the line breaks Qt draws them as."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

from counsel_desk.domain.enums import ConsentKind, SessionKind
from counsel_desk.domain.invisible import KEPT_IN_NAMES, REMOVED, is_invisible
from counsel_desk.domain.model import Client, Consent, Contact, SessionNote
from counsel_desk.domain.validation import (
    SINGLE_LINE_FIELDS,
    clean_record,
    errors,
    validate_case_code,
    validate_client,
)
from counsel_desk.export.interchange import InterchangeError, parse_document
from counsel_desk.i18n import BIDI_CONTROLS

TODAY = dt.date(2025, 9, 1)
NFC = unicodedata.normalize("NFC", "José-1")
NFD = unicodedata.normalize("NFD", "José-1")

# Every character attack F7 named, and the joiners, which a case code never needs.
ATTACK_F7 = [
    "\u200b",
    "\ufeff",
    "\u2060",
    "\u00ad",
    "\u034f",
    "\u3164",
    "\u115f",
    "\u1160",
    *(chr(c) for c in range(0x206A, 0x2070)),
    "\ufff9",
    "\ufffa",
    "\ufffb",
    "\U000e0001",
    "\U000e0041",
    "\U000e007f",
]


@pytest.mark.parametrize("ch", [*ATTACK_F7, "\u200d", "\u200c", "\ufe0f"], ids=ascii)
def test_a_case_code_with_an_invisible_character_is_refused_naming_it(ch: str) -> None:
    found = validate_case_code(f"C-0001{ch}")
    assert len(found) == 1
    message = str(found[0].message)
    assert f"U+{ord(ch):04X}" in message and "invisible" in message
    assert ch not in message  # named visibly, never carried


def test_a_case_code_names_each_invisible_character_once() -> None:
    message = str(validate_case_code("C-\u200b00\u200b01\ufeff")[0].message)
    assert "U+200B, U+FEFF" in message and message.count("U+200B") == 1


def test_a_case_code_with_a_direction_control_keeps_its_own_message() -> None:
    assert "text-direction" in str(validate_case_code("C-0001\u202e")[0].message)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"], ids=ascii)
def test_a_case_code_with_a_line_or_paragraph_separator_is_refused(separator: str) -> None:
    assert "line breaks" in str(validate_case_code(f"C-{separator}0001")[0].message)


def test_case_codes_with_letters_and_visible_format_signs_are_welcome() -> None:
    for code in ("C-0001", NFC, "BK-Ñandú-7", "ک-۱۲", "山田-3"):
        assert validate_case_code(code) == []


def test_every_format_character_is_invisible_for_case_codes() -> None:
    """Category Cf, the removed set and the kept joiners: no invisible character is left
    for a case code to hold."""
    import sys

    format_chars = {
        chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"
    }
    assert all(is_invisible(ch) for ch in format_chars | REMOVED | KEPT_IN_NAMES)
    assert not is_invisible("a") and not is_invisible(" ") and not is_invisible("\u0301")


def test_the_removed_characters_are_neither_refused_nor_kept_ones() -> None:
    assert not REMOVED & BIDI_CONTROLS
    assert not REMOVED & KEPT_IN_NAMES
    assert {"\u200c", "\u200d"} <= KEPT_IN_NAMES
    assert set(ATTACK_F7) <= REMOVED


def test_a_saved_or_imported_case_code_is_kept_in_nfc() -> None:
    client = Client(given_name="Budi", case_code=NFD, opened_on=TODAY)
    assert clean_record(client).case_code == NFC


def test_group_members_are_compared_in_nfc() -> None:
    note = SessionNote(date=TODAY, kind=SessionKind.GROUP, group_members=[NFD])
    client = Client(given_name="Budi", case_code="C-1", sessions=[note], opened_on=TODAY)
    assert clean_record(client).sessions[0].group_members == [NFC]


def _doc(*codes: str) -> str:
    clients = [
        {"given_name": "Ayu", "case_code": code, "opened_on": "2025-07-14"} for code in codes
    ]
    return json.dumps({"format": "counsel-desk/1", "clients": clients})


@pytest.mark.parametrize(
    ("first", "second"), [("C-0001", "C-0001\u200b"), (NFC, NFD)], ids=["zwsp", "nfd"]
)
def test_a_file_never_makes_two_clients_whose_codes_look_the_same(first: str, second: str) -> None:
    with pytest.raises(InterchangeError) as refused:
        parse_document(_doc(first, second))
    assert refused.value.client_number == 2
    assert "\u200b" not in str(refused.value)


def test_a_decomposed_code_meets_the_vaults_composed_one() -> None:
    note = {"date": "2025-07-14", "kind": "group", "group_members": [NFD]}
    doc = json.loads(_doc("C-0002"))
    doc["clients"][0]["sessions"] = [note]
    parsed = parse_document(json.dumps(doc), known_case_codes=[NFC])
    assert parsed.caseload.clients[0].sessions[0].group_members == [NFC]


# --- names and the other one-line fields ---------------------------------------------


def test_a_name_pasted_with_zero_width_characters_is_saved_without_them() -> None:
    client = Client(
        given_name="Bu\u200bdi\ufeff",
        family_name="San\u00adtoso",
        preferred_name="\u2060Ucok",
        school="SMP\u200b Negeri 3",
        guardians=[Contact("Har\u200btono", "ay\u00adah", "0812\u200b3456")],
        emergency_contacts=[Contact("Bu\U000e0041 Rina")],
        other_people=["Ri\u034fan"],
        tags=["bully\u200bing"],
        consents=[
            Consent(
                ConsentKind.RELEASE_OF_INFORMATION,
                signed_by="Ibu\u200b Siti",
                signed_on=TODAY,
                relationship_detail="ibu\ufeff kandung",
                released_to="Puskesmas\u2060 Depok",
            )
        ],
        opened_on=TODAY,
    )
    assert errors(validate_client(client, today=TODAY))  # as typed: refused, not stored
    cleaned = clean_record(client)
    assert errors(validate_client(cleaned, today=TODAY)) == []
    assert (cleaned.given_name, cleaned.family_name, cleaned.preferred_name) == (
        "Budi",
        "Santoso",
        "Ucok",
    )
    assert cleaned.school == "SMP Negeri 3"
    assert cleaned.guardians[0] == Contact("Hartono", "ayah", "08123456")
    assert cleaned.emergency_contacts[0].name == "Bu Rina"
    assert cleaned.other_people == ["Rian"] and cleaned.tags == ["bullying"]
    consent = cleaned.consents[0]
    assert (consent.signed_by, consent.relationship_detail, consent.released_to) == (
        "Ibu Siti",
        "ibu kandung",
        "Puskesmas Depok",
    )


def test_an_unsaved_field_with_a_zero_width_space_is_refused_naming_it() -> None:
    found = errors(validate_client(Client(given_name="Bu\u200bdi", opened_on=TODAY), today=TODAY))
    assert [i.path for i in found] == ["given_name"]
    assert "U+200B" in str(found[0].message) and "\u200b" not in str(found[0].message)


def test_persian_and_indic_names_keep_their_joiners() -> None:
    names = ["مهر\u200cناز", "क्\u200dष", "ශ්\u200dරී", "👩\u200d👩\u200d👧", "❤\ufe0f"]
    client = Client(given_name=names[0], other_people=names[1:], opened_on=TODAY)
    cleaned = clean_record(client)
    assert [cleaned.given_name, *cleaned.other_people] == names
    assert errors(validate_client(cleaned, today=TODAY)) == []


def test_a_name_with_a_direction_control_is_still_refused_after_cleaning() -> None:
    client = clean_record(Client(given_name="Budi\u202eotnaS", opened_on=TODAY))
    assert "text-direction" in str(errors(validate_client(client, today=TODAY))[0].message)


def test_two_tags_that_differ_by_a_zero_width_space_are_one_tag_listed_twice() -> None:
    client = clean_record(Client(given_name="Budi", tags=["akademik", "aka\u200bdemik"]))
    found = errors(validate_client(client, today=TODAY))
    assert [i.path for i in found] == ["tags[1]"] and "twice" in str(found[0].message)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"], ids=ascii)
@pytest.mark.parametrize("field", [f for f in SINGLE_LINE_FIELDS if f not in ("phone", "email")])
def test_a_line_or_paragraph_separator_in_a_one_line_field_is_refused(
    field: str, separator: str
) -> None:
    client = Client(given_name="Budi", opened_on=TODAY)
    setattr(client, field, f"Bu{separator}di")
    found = errors(validate_client(clean_record(client), today=TODAY))
    assert [i.path for i in found] == [field]
    assert "one line" in str(found[0].message)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"], ids=ascii)
def test_a_separator_in_a_contact_another_person_a_tag_or_a_signer_is_refused(
    separator: str,
) -> None:
    consent = Consent(
        ConsentKind.INFORMED_CONSENT, signed_by=f"Ibu{separator}Siti", signed_on=TODAY
    )
    client = Client(
        given_name="Budi",
        guardians=[Contact(f"Har{separator}tono", f"ay{separator}ah")],
        other_people=[f"Ri{separator}an"],
        tags=[f"a{separator}b"],
        consents=[consent],
        opened_on=TODAY,
    )
    assert [i.path for i in errors(validate_client(clean_record(client), today=TODAY))] == [
        "guardians[0].name",
        "guardians[0].relationship",
        "other_people[0]",
        "tags[0]",
        "consents[0].signed_by",
    ]


def test_notes_keep_every_invisible_character() -> None:
    text = "Budi\u200b bilang\u2028capek\ufeff \u202e"
    note = SessionNote(date=TODAY, fields={"text": text})
    client = clean_record(Client(given_name="Budi", sessions=[note], opened_on=TODAY))
    assert client.sessions[0].fields["text"] == text
