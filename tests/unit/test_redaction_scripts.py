"""Names in Arabic and Chinese script as they are written (issue 16, attack F12).

Arabic joins a conjunction or preposition to the word after it ("ومحمد", "and
Muhammad") and may stretch a word with the tatweel (U+0640, "مـحـمد"); Chinese is written
without spaces, so a name is a run of characters inside a longer one ("王伟今天很难过")."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor


def red(text: str) -> str:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client(
                    "Wei",
                    family_name="Wang",
                    preferred_name="王伟",
                    case_code="A-1",
                    other_people=["محمد"],
                )
            ]
        )
    )
    return Redactor(ids, language="en").redact(text, subject_client_case_code="A-1").text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("محمد قال", "[PERSON A] قال"),
        ("ومحمد قال", "[PERSON A] قال"),
        ("بمحمد", "[PERSON A]"),
        ("لمحمد", "[PERSON A]"),
        ("مـحـمد قال", "[PERSON A] قال"),
        ("ومـحـمـد", "[PERSON A]"),
    ],
)
def test_an_arabic_name_with_a_joined_prefix_or_a_tatweel_is_redacted(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("王伟今天很难过。", "[CLIENT]今天很难过。"),
        ("今天王伟很难过。", "今天[CLIENT]很难过。"),
        ("王伟 今天", "[CLIENT] 今天"),
        ("Wei Wang (王伟) said", "[CLIENT] ([CLIENT]) said"),
    ],
)
def test_a_chinese_name_inside_a_run_of_characters_is_redacted(text: str, redacted: str) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize("text", ["今天很难过。", "王老师说", "وقال المعلم", "وهو بخير"])
def test_text_in_those_scripts_that_names_no_one_stays(text: str) -> None:
    assert red(text) == text


def test_a_two_letter_arabic_name_with_a_joined_conjunction_is_redacted() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Wei", family_name="Wang", case_code="A-1", other_people=["عز"])])
    )
    redactor = Redactor(ids, language="en")
    assert redactor.redact("وعز قال", subject_client_case_code="A-1").text == "[PERSON A] قال"
