"""Boundary rules of the passphrase policy and its strength meter (domain/passphrase.py),
written to kill the mutants that survived the older tests: both sides of every length
bound and meter step, the exact estimate of each kind of chunk, every form in which a
common password or a name from the vault is recognised, and the words of each problem."""

from __future__ import annotations

import math

import pytest

from counsel_desk.domain.passphrase import (
    MAX_LENGTH,
    MIN_LENGTH_ONLY_FACTOR,
    MIN_LENGTH_WITH_SECOND_FACTOR,
    assess_passphrase,
    common_passwords,
    estimate_guesses_log10,
    strength_from_guesses,
)
from tests.translations import finished_translations

TOO_LONG = f"Use at most {MAX_LENGTH} characters."
COMMON = "This is one of the most common passwords. Choose something that others would not guess."
OWN_WORDS = "Do not use names from your records, your school or this application in the passphrase."
PATTERN = "This passphrase repeats itself or follows a simple pattern. Try a few unrelated words."
SEPARATOR = math.log10(8)
"""A separator character: one of a handful of likely choices."""


def _letters(count: int, alphabet: int) -> float:
    """A run of letters that is no word: its alphabet's choices, discounted as natural text."""
    return count * math.log10(alphabet) * 0.6


def _problems(passphrase: str, **kwargs: object) -> list[str]:
    return [str(p) for p in assess_passphrase(passphrase, **kwargs).problems]  # type: ignore[arg-type]


def _varied(length: int) -> str:
    """Unrepetitive text of exactly ``length`` characters (words with their own numbers)."""
    text = " ".join(f"kata{n}unik{n * 7}" for n in range(length // 8 + 1))
    return text[:length]


@pytest.mark.parametrize(
    ("guesses_log10", "strength"),
    [
        (0.0, 0),
        (2.99, 0),
        (3.0, 1),
        (5.99, 1),
        (6.0, 2),
        (7.99, 2),
        (8.0, 3),
        (9.99, 3),
        (10.0, 4),
        (64.0, 4),
    ],
)
def test_the_meter_steps_up_at_a_thousand_a_million_1e8_and_1e10_guesses(
    guesses_log10: float, strength: int
) -> None:
    assert strength_from_guesses(guesses_log10) == strength


def test_a_passphrase_of_exactly_the_longest_length_is_accepted_and_one_more_is_refused() -> None:
    longest = assess_passphrase(_varied(MAX_LENGTH))
    assert longest.length == MAX_LENGTH
    assert longest.acceptable, longest.problems
    one_more = assess_passphrase(_varied(MAX_LENGTH + 1))
    assert one_more.length == MAX_LENGTH + 1
    assert [str(p) for p in one_more.problems] == [TOO_LONG]
    assert one_more.strength <= 1


def test_a_too_short_passphrase_is_told_how_many_characters_are_missing() -> None:
    assert _problems("qz7 wbx9 mvk") == ["Use at least 15 characters (3 more to go)."]
    assert _problems("qz7 wbx", only_factor=False) == ["Use at least 8 characters (1 more to go)."]


@pytest.mark.parametrize(
    ("passphrase", "only_factor"),
    [("a" * MIN_LENGTH_ONLY_FACTOR, True), ("z" * MIN_LENGTH_WITH_SECOND_FACTOR, False)],
)
def test_a_passphrase_of_exactly_the_minimum_length_that_only_repeats_is_refused_as_a_pattern(
    passphrase: str, only_factor: bool
) -> None:
    result = assess_passphrase(passphrase, only_factor=only_factor)
    assert [str(p) for p in result.problems] == [PATTERN]
    assert not result.acceptable


@pytest.mark.parametrize(
    "passphrase",
    [
        "1987!",  # a listed year with a mark after it
        "1ndonesia",  # l33t spelling, the 1 for an i
        "$weet123",  # l33t spelling and digits added to a listed word
        "summer2024summer",  # a listed word around a year
        "mama",  # a listed word that is itself a repetition
        "ibuibu",
    ],
)
def test_a_common_password_in_any_of_its_usual_disguises_is_named_as_common(
    passphrase: str,
) -> None:
    result = assess_passphrase(passphrase)
    assert COMMON in [str(p) for p in result.problems]
    assert not result.acceptable


def test_a_name_from_the_vault_is_refused_even_when_its_short_parts_are_written_together() -> None:
    words = {"Ayu Sri", "Li Na"}
    assert _problems("AyuSri walks the purple kite", vault_words=words) == [OWN_WORDS]
    assert _problems("LiNa walks the purple kite", vault_words=words) == [OWN_WORDS]


def test_short_parts_of_names_and_numbers_from_the_vault_alone_do_not_refuse_a_passphrase() -> None:
    words = {"Ayu Sri", "SMP Negeri 1945 Semarang"}
    assert assess_passphrase("ayu and sri fly a kite", vault_words=words).acceptable
    assert assess_passphrase("the smp kite of 1945 flies", vault_words=words).acceptable


def test_each_problem_has_a_finished_indonesian_translation_in_its_own_context() -> None:
    messages = [
        *assess_passphrase(_varied(MAX_LENGTH + 1)).problems,
        *assess_passphrase("qz7").problems,
        *assess_passphrase("password").problems,
        *assess_passphrase("counsel desk my records").problems,
        *assess_passphrase("a" * MIN_LENGTH_ONLY_FACTOR).problems,
    ]
    finished = finished_translations()
    assert len({m.template for m in messages}) == 5
    for message in messages:
        assert message.context == "Passphrase"
        assert (message.context, message.template) in finished, message.template


def test_nothing_typed_is_no_guesses_at_all() -> None:
    result = assess_passphrase("")
    assert result.guesses_log10 == 0.0
    assert result.strength == 0


@pytest.mark.parametrize(
    ("chunk", "guesses_log10"),
    [
        ("q", 1.0),  # one letter is at least ten guesses
        ("zq", _letters(2, 26)),  # two letters are no sequence
        ("qzvkfw", _letters(6, 26)),
        ("QzvKfw", _letters(6, 52)),  # capitals and small letters: twice the choices
        ("QZVKFW", _letters(6, 26)),
        ("ñçéåøü", _letters(6, 60)),  # letters beyond ASCII
        ("ÑçéÅøü", _letters(6, 120)),
        ("7391", 4.0),  # each digit one of ten
        ("½", math.log10(33)),  # a number sign that is no digit: like a symbol
        ("sayang", 4.5),  # a listed password: its rank, not its letters
        ("Sayang", 4.8),  # ... a little more with a capital
        ("1987", 3.0),  # ... a listed number is cheaper still
        ("xyz", math.log10(3 * 2 * 4)),  # a sequence: its length, direction and kind
        ("abcdef", math.log10(6 * 2 * 4)),
        ("fedcba", math.log10(6 * 2 * 4)),
        ("987654", math.log10(6 * 2 * 4)),
    ],
)
def test_each_kind_of_chunk_costs_an_attacker_what_the_meter_says(
    chunk: str, guesses_log10: float
) -> None:
    assert estimate_guesses_log10(chunk) == pytest.approx(guesses_log10)


def test_the_chunks_checked_against_the_list_are_the_listed_and_unlisted_ones_meant() -> None:
    listed = common_passwords()
    assert {"sayang", "1987", "mama", "summer"} <= listed
    assert not {"q", "zq", "qzvkfw", "7391", "xyz", "77", "7", "la", "li"} & listed


def test_separators_count_each_of_their_characters() -> None:
    assert estimate_guesses_log10("qzvkfw--zq") == pytest.approx(
        _letters(6, 26) + 2 * SEPARATOR + _letters(2, 26)
    )


def test_a_word_used_again_adds_almost_nothing() -> None:
    assert estimate_guesses_log10("sayang sayang") == pytest.approx(4.5 + SEPARATOR + 0.5)


def test_a_chunk_repeated_inside_counts_once_plus_the_number_of_copies() -> None:
    assert estimate_guesses_log10("qzvkfwqzvkfw 7") == pytest.approx(
        _letters(6, 26) + math.log10(2) + SEPARATOR + 1.0
    )
    assert estimate_guesses_log10("77") == pytest.approx(1.0 + math.log10(2))


def test_a_passphrase_typed_twice_is_barely_stronger_than_once() -> None:
    assert estimate_guesses_log10("sayang!sayang!") == pytest.approx(
        4.5 + SEPARATOR + math.log10(2)
    )
    chant = "la la li la "
    assert estimate_guesses_log10(chant * 2) == pytest.approx(
        estimate_guesses_log10(chant) + math.log10(2)
    )


def test_only_whole_copies_count_as_a_repetition() -> None:
    """A text that stops part-way into another copy is assessed as its characters (the
    meter does not yet discount near-repetitions)."""
    assert estimate_guesses_log10("qzvkfwqzvkfwqz") == pytest.approx(_letters(14, 26))
