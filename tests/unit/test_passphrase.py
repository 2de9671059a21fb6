"""The passphrase policy (NIST SP 800-63B rev. 4) and its strength estimate."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_desk.domain.passphrase import (
    MAX_LENGTH,
    MIN_LENGTH_ONLY_FACTOR,
    MIN_LENGTH_WITH_SECOND_FACTOR,
    assess_passphrase,
    common_passwords,
)

GOOD = "tiga kucing makan nasi goreng"


def test_a_few_unrelated_words_are_accepted():
    result = assess_passphrase(GOOD)
    assert result.acceptable
    assert result.problems == []
    assert result.strength >= 3


def test_fifteen_characters_when_the_passphrase_is_the_only_factor():
    assert MIN_LENGTH_ONLY_FACTOR == 15
    short = assess_passphrase("kucing biru kx")  # 14
    assert not short.acceptable
    assert "15" in str(short.problems[0]) and "1 more" in str(short.problems[0])
    assert assess_passphrase("kucing biru kxz").acceptable  # 15


def test_eight_characters_with_a_second_factor():
    assert MIN_LENGTH_WITH_SECOND_FACTOR == 8
    assert assess_passphrase("qz7 wbx9", only_factor=False).acceptable
    assert not assess_passphrase("qz7 wbx", only_factor=False).acceptable


def test_length_is_counted_in_code_points_after_nfc():
    # 15 user-perceived characters typed decomposed (e + combining acute).
    decomposed = unicodedata.normalize("NFD", "éléphant ébène ")
    assert len(decomposed) > 15
    result = assess_passphrase(decomposed)
    assert result.length == 15
    composed = assess_passphrase("héllo wörld 日本語")
    assert composed.length == len("héllo wörld 日本語")


def test_long_passphrases_are_accepted_and_never_truncated():
    long_one = " ".join(f"kata{n}unik{n * 7}" for n in range(120))  # > 1,000 characters
    assert len(long_one) > 1000
    result = assess_passphrase(long_one)
    assert result.acceptable
    assert result.length == len(long_one)
    assert assess_passphrase("x" * 64 + "y").length == 65
    too_long = assess_passphrase("ab cd " * (MAX_LENGTH // 6 + 10))
    assert not too_long.acceptable


def test_no_composition_rules():
    # All lower case, no digits, no symbols: fine when long and unusual.
    assert assess_passphrase("gajah ungu menari di atap").acceptable


@pytest.mark.parametrize(
    "passphrase",
    [
        "password",
        "passwordpassword",
        "password123456789",
        "P@ssw0rd P@ssw0rd!!",
        "123456789012345",
        "qwertyuiopasdfgh",
        "sayang sayang sayang",
        "bismillah 2024 !!!",
        "indonesiaindonesia",
        "rahasia rahasia 123",
        "katasandi12345678",
    ],
)
def test_common_passwords_and_their_variants_are_refused(passphrase):
    result = assess_passphrase(passphrase)
    assert not result.acceptable, passphrase
    assert result.strength <= 1


def test_the_shipped_blocklist_is_large_and_has_indonesian_entries():
    words = common_passwords()
    assert len(words) > 5000
    for entry in (
        "123456",
        "password",
        "iloveyou",
        "sayang",
        "bismillah",
        "rahasia",
        "katasandi",
        "indonesia",
    ):
        assert entry in words


def test_words_from_the_vault_are_refused():
    words = {"Budi Santoso", "SMP Negeri 3 Semarang", "José"}
    assert not assess_passphrase("budi likes the blue ocean", vault_words=words).acceptable
    assert not assess_passphrase("SANTOSO forever and ever!", vault_words=words).acceptable
    assert not assess_passphrase("semarang rainy evening tea", vault_words=words).acceptable
    assert not assess_passphrase("jose and the purple kite", vault_words=words).acceptable
    assert assess_passphrase("purple kite over the river", vault_words=words).acceptable


def test_the_application_name_is_refused():
    assert not assess_passphrase("counsel desk my records").acceptable


def test_repetition_and_sequences_are_weak():
    for weak in ("aaaaaaaaaaaaaaaaaaaa", "abcdefghijklmnopqrs", "abcabcabcabcabcabc"):
        result = assess_passphrase(weak)
        assert not result.acceptable, weak


def test_strength_grows_with_more_words():
    one = assess_passphrase("kucing").guesses_log10
    three = assess_passphrase("kucing makan ikan").guesses_log10
    five = assess_passphrase("kucing makan ikan di dapur").guesses_log10
    assert one < three < five


def test_long_passphrases_get_an_assessment():
    """A thousand characters, and ten thousand, are assessed (timings: bench/micro.py)."""
    text = "".join(chr(33 + (i * 7919) % 90) for i in range(1000))
    assert assess_passphrase(text).acceptable
    assert not assess_passphrase("ab" * 5000).acceptable


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_sane_assessment(text):
    result = assess_passphrase(text)
    assert 0 <= result.strength <= 4
    assert result.guesses_log10 >= 0
    assert result.acceptable == (not result.problems)
    assert result.length == len(unicodedata.normalize("NFC", text))
