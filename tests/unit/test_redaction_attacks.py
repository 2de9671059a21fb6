"""What an attacker slipped past the fail-closed redaction of supervision summaries, and
what must stay (issue 16; attack findings F10, F11, F14)."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client, Contact
from counsel_desk.domain.redaction import IdentifierSet, Redactor

CLIENT = Client(
    "Budi",
    family_name="Santoso",
    case_code="R-1",
    guardians=[Contact("Hartono Santoso")],
)
IDS = IdentifierSet.from_caseload(Caseload([CLIENT]))


def red(text: str, language: str = "en") -> str:
    """``text`` as a supervision summary prints it."""
    redactor = Redactor(IDS, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code="R-1").text


# --- F10: names in single quotes and names with an apostrophe --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her friend calls him 'Tono' at home.", "Tono"),
        ("Her friend calls him \u2018Gregorius\u2019 at home.", "Gregorius"),
        ("She said 'Marwoto' was there.", "Marwoto"),
        ("Mr. O'Brien and Ms. D'Souza came to the meeting.", "Brien"),
        ("Mr. O'Brien and Ms. D'Souza came to the meeting.", "Souza"),
        ("Tadi Nur'Aini datang.", "Aini"),
    ],
)
def test_a_name_in_single_quotes_or_with_an_apostrophe_is_a_possible_person(
    text: str, name: str
) -> None:
    out = red(text)
    assert name not in out
    assert "[PERSON ?]" in out


def test_the_letter_before_an_apostrophe_name_goes_with_it() -> None:
    out = red("Mr. O'Brien and d'Almeida came.")
    assert out == "Mr. [PERSON ?] and [PERSON ?] came."


def test_a_quoted_name_after_a_kinship_word_is_a_person() -> None:
    # "Siti" is also a word in the Indonesian dictionary: only the kinship rule catches it.
    out = red("Marwoto's sister 'Siti' came, and her cousin \u201cRina\u201d.")
    assert "Siti" not in out and "Rina" not in out and "Marwoto" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Isn't it hard? Doesn't matter. Didn't go. Shouldn't be. Don't worry.",
        "Jum'at pagi dia mengaji Qur'an.",
        "She wrote 'Sorry' and then 'Thanks' on the card.",
    ],
)
def test_contractions_and_quoted_words_stay_as_written(text: str) -> None:
    assert red(text) == text
