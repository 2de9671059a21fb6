"""Spell check of what the counselor writes, in English and Indonesian (issue 19).

Hunspell dictionaries shipped in ``resources/dictionaries`` (see the licences there) are
read with spylls, a pure-Python Hunspell; nothing leaves the computer. The words she adds
("add to my dictionary") are names more often than not, so they are kept inside the vault
(``vault_settings``, key :data:`PERSONAL_WORDS_KEY`), never in a plain file.

Loading a dictionary takes a few tenths of a second: the UI does it in a worker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from counsel_desk.domain.wordlist import hunspell
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.vault import Vault

LANGUAGES = {"en": "en_US", "id": "id_ID"}
PERSONAL_WORDS_KEY = "spelling_personal_words"
MAX_WORD = 60

# A word: letters (any script), with inner apostrophes or hyphens ("don't", "anak-anak").
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def dictionary(language: str) -> Any:
    """The spylls dictionary of ``language`` ("en" or "id"), read once and kept (the
    same one the redaction's word check uses: ``domain/wordlist.py``)."""
    return hunspell(language)


def words_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, length, word) of every word in ``text``."""
    for match in WORD.finditer(text):
        yield match.start(), match.end() - match.start(), match.group(0)


@dataclass
class SpellChecker:
    """One language's dictionary and the counselor's own words."""

    language: str
    personal: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._dictionary = dictionary(self.language)
        self._cache: dict[str, bool] = {}

    def is_correct(self, word: str) -> bool:
        if len(word) > MAX_WORD or word.casefold() in self.personal:
            return True
        known = self._cache.get(word)
        if known is None:
            known = bool(self._dictionary.lookup(word))
            self._cache[word] = known
        return known

    @property
    def words_remembered(self) -> int:
        """How many words' answers are kept (the words of her notes, in memory)."""
        return len(self._cache)

    def forget_words(self) -> None:
        """Forget the words it was asked about (at a lock); the dictionary stays."""
        self._cache.clear()

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each word of ``text`` that is not spelled right."""
        return [(start, n) for start, n, word in words_in(text) if not self.is_correct(word)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        found: list[str] = []
        for suggestion in self._dictionary.suggest(word):
            if suggestion not in found:
                found.append(suggestion)
            if len(found) >= limit:
                break
        return found


def clean_words(words: Iterable[object]) -> list[str]:
    """Words to keep: strings, trimmed, casefolded, no duplicates, sorted."""
    return sorted({w.strip().casefold() for w in words if isinstance(w, str) and w.strip()})


class SpellingService:
    """The counselor's own words, kept in the vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def personal_words(self) -> set[str]:
        with self._vault.reading() as conn:
            stored = VaultSettingsRepository(conn).get(PERSONAL_WORDS_KEY, [])
        return set(clean_words(stored if isinstance(stored, list) else []))

    def add_word(self, word: str) -> set[str]:
        """Add ``word`` to her dictionary; returns every word now in it."""
        words = self.personal_words() | set(clean_words([word]))
        with self._vault.transaction() as conn:
            VaultSettingsRepository(conn).set(PERSONAL_WORDS_KEY, sorted(words))
        return words
