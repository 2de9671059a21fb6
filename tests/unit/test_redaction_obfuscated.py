"""A listed name written to dodge the matcher still goes (issue 16, attack F13).

Chat text carries Cyrillic and Greek look-alike letters ("santоso" with a Cyrillic о),
digits for letters ("bud1 s4ntoso", "r1na") and spaced-out letters ("B u d i",
"b.u.d.i"). The normal form folds the look-alikes; the scanner reads the others back."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import _CONFUSABLES, IdentifierSet, Redactor, normalize


def red(text: str, family_name: str = "Santoso", language: str = "id") -> str:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client("Budi", family_name=family_name, preferred_name="Ucok", case_code="A-1"),
                Client("Rina", family_name="Wulandari", case_code="A-2"),
                Client("Indah", family_name="Permatasari", case_code="A-3"),
            ]
        )
    )
    redactor = Redactor(ids, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code="A-1").text


@pytest.mark.parametrize(("look_alike", "latin"), sorted(_CONFUSABLES.items()))
def test_every_look_alike_letter_inside_a_lower_case_name_is_folded(
    look_alike: str, latin: str
) -> None:
    family = f"Mar{latin}wito"
    assert red(f"kata mar{look_alike}wito kemarin", family) == "kata [KONSELI] kemarin"
    if look_alike.upper() != look_alike:
        written = f"kata MAR{look_alike.upper()}WITO kemarin"
        assert "WITO" not in red(written, family)


def test_the_look_alike_is_printed_where_nothing_is_redacted() -> None:
    # only matching folds it: text that names no one is printed as written
    assert red("kata оrang itu") == "kata оrang itu"
    assert normalize("sаntoso")[0] == "santoso"


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("kata santоso kemarin", "kata [KONSELI] kemarin"),
        ("ucοk nangis lagi", "[KONSELI] nangis lagi"),
        ("bud1 bilang capek", "[KONSELI] bilang capek"),
        ("si s4ntoso lagi", "si [KONSELI] lagi"),
        ("r1na datang", "[ORANG A] datang"),
        ("wu1andari datang", "[ORANG A] datang"),
        ("B u d i datang", "[KONSELI] datang"),
        ("b.u.d.i datang", "[KONSELI] datang"),
        ("b. u. d. i. datang", "[KONSELI]. datang"),
        ("1ndah datang", "[ORANG A] datang"),
    ],
)
def test_a_listed_name_with_look_alikes_digits_or_spaced_letters_is_redacted(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "skor phq9 naik, covid19 dibahas",
        "poin a. b. c. d. dibahas",
        "kelas 10b dan 7c",
        "jam 3 sore",
        "u.p. wali kelas",
        "s.d. besok",
        "m4u dan b2b",
    ],
)
def test_letters_and_digits_that_spell_no_listed_name_stay(text: str) -> None:
    out = red(text)
    assert out == text or "[KELAS]" in out
