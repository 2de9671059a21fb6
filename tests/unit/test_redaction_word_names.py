"""Fail closed on the commonest names (issue 16): a dictionary also knows "Budi"
(character), "Dian" (a candle), "Bayu" (wind) and lists "Agus" and "Rini" in lower case,
so the dictionary check alone printed an unlisted "kata Budi" or "asked Hope" in a
supervision summary. Capitalised in the middle of a sentence such a word is a possible
person; at the start of one only when notes do not begin sentences with the word."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor
from counsel_desk.domain.redaction_lexicon import (
    NAMES_THAT_ARE_WORDS,
    NAMES_THAT_START_NO_SENTENCE,
    NOT_NAMES,
)
from counsel_desk.domain.wordlist import is_word


def red(text: str, language: str = "id") -> str:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Ayu", family_name="Lestari", case_code="A-1")])
    )
    redactor = Redactor(ids, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code="A-1").text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Kemarin Budi memukul dia di kantin.", "Kemarin [ORANG ?] memukul dia di kantin."),
        ("dia bilang Rini dan Agus mengejek", "dia bilang [ORANG ?] dan [ORANG ?] mengejek"),
        ('katanya "Dian sama Hana yang mulai"', 'katanya "[ORANG ?] sama [ORANG ?] yang mulai"'),
        ("wa dari Doni jam 9 malam", "wa dari [ORANG ?] jam 9 malam"),
        ("duduk sebangku dengan Intan dan Putri", "duduk sebangku dengan [ORANG ?] dan [ORANG ?]"),
    ],
)
def test_an_unlisted_name_a_dictionary_knows_is_redacted_in_the_middle_of_a_sentence(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


def test_an_english_word_name_capitalised_mid_sentence_is_a_possible_person() -> None:
    assert red("Grace said Hope was absent again.", "en") == (
        "Grace said [PERSON ?] was absent again."
    )
    assert red("I hope Mark will come.", "en") == "I hope [PERSON ?] will come."


@pytest.mark.parametrize("name", ["Budi", "Agus", "Dian", "Rini", "Doni", "Raka", "Bayu"])
def test_a_name_notes_never_begin_a_sentence_with_as_a_word_is_redacted_there_too(
    name: str,
) -> None:
    assert red(f"Sesi kedua. {name} bilang dia takut.") == (
        "Sesi kedua. [ORANG ?] bilang dia takut."
    )


@pytest.mark.parametrize(
    "kept",
    [
        "Bagus, dia sudah datang tepat waktu.",
        "Indah sekali gambarnya, kata guru seni.",
        "nilainya bagus dan gambarnya indah",
        "dia punya budi pekerti yang baik",
        "jadi bintang kelas semester ini",
        "angin bayu sepoi di taman",
    ],
)
def test_the_word_in_lower_case_or_starting_a_sentence_as_a_word_stays(kept: str) -> None:
    assert red(kept) == kept


@pytest.mark.parametrize("kept", ["Hope so, she said.", "I hope it helps.", "a rose and a lily"])
def test_english_words_that_are_names_stay_where_they_are_words(kept: str) -> None:
    assert red(kept, "en") == kept


def test_a_word_name_in_a_message_typed_in_capitals_is_redacted() -> None:
    assert red("KATA RAKA") == "KATA [ORANG ?]"


def test_every_listed_name_is_one_the_word_checks_would_otherwise_let_through() -> None:
    assert NAMES_THAT_START_NO_SENTENCE <= NAMES_THAT_ARE_WORDS
    # A name no dictionary knows and no stop list holds needs no place here: the
    # dictionary check redacts it already.
    assert sorted(n for n in NAMES_THAT_ARE_WORDS if not is_word(n) and n not in NOT_NAMES) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" " * 12 + "Bagus sekali hasilnya.", " " * 12 + "Bagus sekali hasilnya."),
        (" " * 13 + "Bagus sekali hasilnya.", " " * 13 + "[ORANG ?] sekali hasilnya."),
        ("Dia pergi." + " " * 11 + "Bagus sekali.", "Dia pergi." + " " * 11 + "Bagus sekali."),
        ("Dia pergi." + " " * 12 + "Bagus sekali.", "Dia pergi." + " " * 12 + "[ORANG ?] sekali."),
        ('"(Bagus sekali.', '"(Bagus sekali.'),
        ("X Bagus sekali.", "X [ORANG ?] sekali."),
    ],
)
def test_a_sentence_starts_within_12_characters_of_a_stop_or_the_text_start(
    text: str, expected: str
) -> None:
    """A name that is a word ("Bagus") is the word where a sentence starts, a person
    elsewhere; where a sentence starts is measured 12 characters back."""
    ids = IdentifierSet.from_caseload(Caseload([Client("Ayu", case_code="A-1")]))
    redactor = Redactor(ids, language="id", possible_people=True)
    assert redactor.redact(text, subject_client_case_code="A-1").text == expected
