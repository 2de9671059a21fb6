"""A message typed in capitals, at the edges of its rule (issue 16, F14; issue 24): a run of
words in capitals on one line is a message when it holds three words of two letters or
more, or two with nothing else on the line; then a word in it that no dictionary knows is
a possible person. A lone acronym among ordinary words stays."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload
from counsel_desk.domain.redaction import IdentifierSet, Redactor


def red(text: str, language: str = "id") -> str:
    ids = IdentifierSet.from_caseload(Caseload([]))
    redactor = Redactor(ids, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code=None).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TADI MARWOTO DATANG", "TADI [ORANG ?] DATANG"),
        ("TADI MARWOTO KATANYA CAPEK", "TADI [ORANG ?] KATANYA CAPEK"),
        ("MARWOTO DATANG", "[ORANG ?] DATANG"),  # two, alone on their line
        ("TADI 3 MARWOTO", "TADI 3 [ORANG ?]"),  # a number neither counts nor breaks
        ("TADI\nMARWOTO DATANG", "TADI\n[ORANG ?] DATANG"),  # the second line alone
        ("Catatan kemarin.\nTADI MARWOTO", "Catatan kemarin.\nTADI [ORANG ?]"),
        ("TADI MARWOTO\nlalu pulang.", "TADI [ORANG ?]\nlalu pulang."),
    ],
)
def test_a_message_in_capitals_is_a_run_of_three_words_or_two_alone_on_a_line(
    text: str, expected: str
) -> None:
    assert red(text) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "tadi MARWOTO DATANG ke sini",  # two among ordinary words: an acronym's place
        "Catatan: TADI MARWOTO",  # two, but not alone on their line
        "TADI MARWOTO Datang",
        "A B MARWOTO",  # words of one letter do not count
        "TADI KAMI\nMARWOTO",  # a line break ends the run: one word alone
        "MARWOTO",
        "ok MARWOTO",
    ],
)
def test_fewer_words_or_company_on_the_line_leave_capitals_as_written(kept: str) -> None:
    assert red(kept) == kept


def test_an_opening_quote_at_the_very_start_is_no_apostrophe() -> None:
    assert red("'Tono' came", "en") == "'[PERSON ?]' came"
    assert red("He said 'Tono' came", "en") == "He said '[PERSON ?]' came"


@pytest.mark.parametrize("kept", ["Isn't it", "Jum'at pagi", "Qur'an", "rock 'n' roll"])
def test_words_across_an_apostrophe_stay(kept: str) -> None:
    assert red(kept, "en") == kept


def test_a_name_with_an_apostrophe_or_a_possessive_is_a_possible_person() -> None:
    assert red("O'Brien came", "en") == "[PERSON ?] came"
    assert red("Marwoto's bag", "en") == "[PERSON ?]'s bag"
