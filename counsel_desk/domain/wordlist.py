"""Is a word an ordinary word of English or Indonesian? (issue 16, "fail closed").

The word lists are the Hunspell dictionaries shipped for the spell checker
(``resources/dictionaries``: en_US and id_ID, licences beside them), read with spylls, a
pure-Python Hunspell, so every inflected and derived form its affix rules make counts
("described", "families", "berbicara", "rumahnya"). A word is looked up **in lower
case**: a stem the dictionary has only with a capital ("Aaron", "Oliver", "Abraham") is a
proper noun, a name more often than not, and does not count. British spellings are
tried in their American form ("practised", "behaviour"), and a few Indonesian forms the
id_ID affix rules lack are taken apart ("matematikanya", "perundungan", "sekelas").

Loading both dictionaries takes about a second, once, at the first call (the export runs
in a worker); a look-up about 0.1 ms, and every answer is cached. No Qt.
"""

from __future__ import annotations

import functools
import gc
import threading
import unicodedata
from collections.abc import Callable
from typing import Any, Final

DICTIONARIES: Final = {"en": "en_US", "id": "id_ID"}

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def hunspell(language: str) -> Any:
    """The spylls dictionary of ``language`` ("en" or "id"), read once and kept."""
    return _read(language, None)


def _read(language: str, freeze_if: Callable[[], bool] | None) -> Any:
    from spylls.hunspell import Dictionary

    from counsel_desk.paths import resource_path

    name = DICTIONARIES[language]
    with _lock:
        if language not in _loaded:
            _loaded[language] = Dictionary.from_files(str(resource_path("dictionaries", name)))
            if freeze_if is not None and freeze_if():
                gc.collect()  # frozen garbage is never freed: none is left to freeze
                gc.freeze()
        return _loaded[language]


def load_dictionaries(*, freeze_if: Callable[[], bool] = lambda: True) -> None:
    """Read both dictionaries now and move them out of the cyclic collector's sight.

    A dictionary is ~230,000 objects kept for the process's life; each full pass of the
    collector walked them all, holding the interpreter (~150 ms each: the window stopped
    that long, several times in an import or an export). ``gc.freeze()`` moves every
    object alive at that moment out of the collector's passes; a frozen reference cycle
    is never freed, so the freeze must come while no record is in memory: the app calls
    this in the background at start-up with ``freeze_if`` "no vault is open" (asked
    after reading, just before the freeze). A dictionary read later, on demand
    (:func:`hunspell`), is not frozen."""
    for language in DICTIONARIES:
        _read(language, freeze_if)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# British endings and their American form in en_US: practise(d), behaviour, organise(d),
# centre, travelling.
_BRITISH: Final = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("ouring", "oring"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("lling", "ling"),
    ("lled", "led"),
)
_BRITISH_PRACTISE: Final = {"practise": "practice", "practised": "practiced"}


def _variants(word: str) -> list[str]:
    out = [word]
    if word.startswith("practis"):
        out.append(_BRITISH_PRACTISE.get(word, "practic" + word[len("practis") :]))
    for british, american in _BRITISH:
        if word.endswith(british) and len(word) > len(british) + 2:
            out.append(word[: -len(british)] + american)
    return out


# Indonesian forms the id_ID affix rules do not make: a clitic after a suffix or a
# borrowed word ("matematikanya", "jurnalnya"), the confixes pe-/per-/ke- ... -an
# ("perundungan") and se- ("sekelas"). The stem must be an Indonesian word of four letters
# or more (five after se-); a bare "-i" is not taken off: "Sasaki" and "Tabuni" are names.
_ID_CLITICS: Final = ("nya", "lah", "kah", "pun", "ku", "mu")
_ID_SUFFIXES: Final = ("kan", "an")
_ID_CONFIX_PREFIXES: Final = ("pe", "per", "ke")


def _indonesian_stems(word: str) -> set[str]:
    stems = {word}
    stems.update(word[: -len(c)] for c in _ID_CLITICS if word.endswith(c))
    for stem in list(stems):
        for suffix in _ID_SUFFIXES:
            if stem.endswith(suffix):
                stems.add(stem[: -len(suffix)])
                if suffix == "an":
                    stems.update(
                        stem[len(p) : -2] for p in _ID_CONFIX_PREFIXES if stem.startswith(p)
                    )
    stems.update(s[2:] for s in list(stems) if s.startswith("se") and len(s) >= 7)
    stems.discard(word)
    return {s for s in stems if len(s) >= 4}


@functools.lru_cache(maxsize=65536)
def is_word(word: str) -> bool:
    """True when ``word`` (any case) written in lower case is an English or Indonesian
    word, or one of its forms: "Sekolah", "Described", "berbicara", "Hope" — not
    "Marwoto", "Oliver", "Febriani"."""
    folded = _fold(word)
    forms = [folded]
    if not folded.isalpha():  # "isn't" as written, and "jum'at" as "jumat"
        forms.append(folded.replace("'", ""))
    english, indonesian = hunspell("en"), hunspell("id")
    if any(english.lookup(w) or indonesian.lookup(w) for form in forms for w in _variants(form)):
        return True
    return folded.isalpha() and any(indonesian.lookup(s) for s in _indonesian_stems(folded))


def forget_looked_up_words() -> None:
    """Drop every answer :func:`is_word` keeps: the words of the notes it was asked about
    (a lock; the dictionaries stay loaded)."""
    is_word.cache_clear()
