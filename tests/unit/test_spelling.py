"""The spell checker itself (services/spelling.py, no Qt, no vault): both shipped
dictionaries read, words found in text, her own words accepted in any case."""

from __future__ import annotations

from counsel_desk.paths import resource_path
from counsel_desk.services.spelling import LANGUAGES, SpellChecker, clean_words, words_in


def test_both_dictionaries_are_shipped_with_their_licences() -> None:
    folder = resource_path("dictionaries")
    for name in LANGUAGES.values():
        assert (folder / f"{name}.aff").is_file() and (folder / f"{name}.dic").is_file()
        assert (folder / f"LICENSE-{name}.txt").read_text(encoding="utf-8").strip()


def test_english_and_indonesian_words_are_known_and_typos_are_not() -> None:
    english, indonesian = SpellChecker("en"), SpellChecker("id")
    assert english.misspelled("The student talked about her famly.") == [(29, 5)]
    assert indonesian.misspelled("Siswa bercerita tentang keluarganya.") == []
    assert indonesian.misspelled("Siswa bercerrita.") == [(6, 10)]
    assert "family" in english.suggestions("famly")
    assert "bercerita" in indonesian.suggestions("bercerrita")


def test_her_own_words_are_accepted_in_any_case_and_numbers_are_no_words() -> None:
    checker = SpellChecker("en", personal={"wulandarikah"})
    assert checker.is_correct("Wulandarikah") and checker.is_correct("WULANDARIKAH")
    assert [w for _, _, w in words_in("Kelas 9B, anak-anak don't 2025")] == [
        "Kelas",
        "B",
        "anak-anak",
        "don't",
    ]
    assert clean_words([" Sari ", "sari", 3, None, ""]) == ["sari"]
