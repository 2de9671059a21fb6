"""The passphrase policy, after NIST SP 800-63B revision 4 (section 3.1.1.2).

- At least 15 characters when the passphrase is the only factor (8 when a key file is
  also needed); length counted in Unicode code points after NFC normalisation.
- Long passphrases are welcome: anything up to :data:`MAX_LENGTH` characters is accepted
  and never truncated.
- No composition rules (no "one digit, one capital").
- Rejected when it is on the shipped list of common passwords, or built from words of the
  vault itself (client names, schools) or of the application.
- A strength estimate (0..4, and log10 of the guesses an attacker needs) for the meter.
  It is linear in the length and capped, so a 1,000-character passphrase is assessed
  in well under a millisecond per hundred characters.

Pure Python: no Qt, no files except the shipped blocklist (read once, lazily).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MIN_LENGTH_ONLY_FACTOR = 15
MIN_LENGTH_WITH_SECOND_FACTOR = 8
MAX_LENGTH = 4096
"""Longest accepted passphrase (NIST asks for at least 64)."""

GUESSES_LOG10_CAP = 64.0
"""The estimate stops here: beyond it every passphrase is simply "very strong"."""

# zxcvbn's customary thresholds: 10^3, 10^6, 10^8, 10^10 guesses.
_STRENGTH_THRESHOLDS = (3.0, 6.0, 8.0, 10.0)
MIN_ACCEPTED_STRENGTH = 2

APPLICATION_WORDS = frozenset(
    {"counsel", "counseldesk", "counselor", "counsellor", "konselor", "konseli", "brankas"}
)

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[\W_]+", re.UNICODE)
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiopasdfghjklzxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm",
)
_DICTIONARY_GUESSES_LOG10 = 4.5
"""What a word from the common-password list costs an attacker (its rank, roughly)."""
_NATURAL_WORD_FACTOR = 0.6
"""Letters in natural-language words carry less than a random letter's entropy."""


@dataclass(frozen=True)
class PassphraseAssessment:
    acceptable: bool
    strength: int
    """0 (very weak) .. 4 (very strong)."""
    problems: list[UserMessage] = field(default_factory=list)
    guesses_log10: float = 0.0
    length: int = 0
    """Length in code points after NFC normalisation."""


def normalise(passphrase: str) -> str:
    """The form a passphrase is compared, counted and hashed in (NFC)."""
    return unicodedata.normalize("NFC", passphrase)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped blocklist (resources/common-passwords.txt), lower case."""
    from counsel_desk.paths import resource_path

    path = resource_path("common-passwords.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # a broken install must not make every passphrase acceptable silently
        return frozenset(_FALLBACK_BLOCKLIST)
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


_FALLBACK_BLOCKLIST = ("password", "123456", "qwerty", "iloveyou", "sayang", "bismillah")


def _fold(text: str) -> str:
    """Lower case without diacritics, for comparisons with word lists."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_LEET = str.maketrans(
    {
        "@": "a",
        "4": "a",
        "0": "o",
        "1": "i",
        "!": "i",
        "3": "e",
        "5": "s",
        "$": "s",
        "7": "t",
        "+": "t",
        "8": "b",
        "9": "g",
    }
)


def _common_forms(text: str) -> set[str]:
    """The forms of ``text`` compared with the blocklist: as typed, without separators,
    with l33t spelling undone, without the digits and marks added to a word, and the
    unit of a repetition ("sayangsayang" -> "sayang")."""
    folded = _fold(text)
    compact = "".join(ch for ch in folded if ch.isalnum())
    unleet = "".join(ch for ch in folded.translate(_LEET) if ch.isalnum())
    letters = "".join(ch for ch in folded if ch.isalpha())
    letters_unleet = "".join(ch for ch in unleet if ch.isalpha())
    core = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", folded)
    core_unleet = "".join(ch for ch in core.translate(_LEET) if ch.isalnum())
    spaced = " ".join(folded.split())  # pragma: no mutate - no listed entry has a space (yet)
    forms = {folded, spaced, compact, unleet, letters, letters_unleet}
    forms.add(core_unleet)
    forms |= {form[: _smallest_period(form)] for form in list(forms)}
    return {form for form in forms if form}


def _letters_and_digits(text: str) -> str:
    return "".join(ch for ch in _fold(text) if ch.isalnum())


def _vault_tokens(words: Collection[str]) -> set[str]:
    tokens: set[str] = set()
    for word in words:
        for token in re.findall(r"[^\W_]+", _fold(word)):
            if len(token) >= 4 and not token.isdigit():
                tokens.add(token)
        compact = _letters_and_digits(word)
        if len(compact) >= 4:
            tokens.add(compact)
    return tokens


def _smallest_period(text: str) -> int:
    """Length of the shortest unit that ``text`` repeats (len(text) when none), O(n)."""
    n = len(text)
    if n < 2:
        return n
    failure = [0] * n
    k = 0
    for i in range(1, n):
        while k and text[i] != text[k]:
            k = failure[k - 1]
        if text[i] == text[k]:
            k += 1
        failure[i] = k
    period = n - failure[-1]
    return period if n % period == 0 else n


def _is_sequence(token: str) -> bool:
    if len(token) < 3:
        return False
    low = token.casefold()
    return any(low in seq or low in seq[::-1] for seq in _SEQUENCES)


def _charset_size(token: str) -> int:
    if token.isdigit():
        return 10
    if token.isalpha():
        has_lower = any(ch.islower() for ch in token)
        has_upper = any(ch.isupper() for ch in token)
        ascii_only = token.isascii()
        base = 26 if ascii_only else 60
        return base * 2 if has_lower and has_upper else base
    return 33


def _token_guesses_log10(token: str, blocklist: frozenset[str]) -> float:
    period = _smallest_period(token)
    if period < len(token):
        unit = token[:period]
        copies = len(token) // period  # pragma: no mutate - "/": period divides the length
        return _token_guesses_log10(unit, blocklist) + math.log10(copies)
    if _is_sequence(token):
        return math.log10(len(token) * 2 * len(_SEQUENCES))
    folded = _fold(token)
    if folded in blocklist:
        if token.isdigit():
            return _DICTIONARY_GUESSES_LOG10 - 1.5
        return _DICTIONARY_GUESSES_LOG10 + (0.3 if token != token.casefold() else 0.0)
    raw = len(token) * math.log10(_charset_size(token))
    if token.isalpha():
        raw *= _NATURAL_WORD_FACTOR
    return max(raw, 1.0)


def estimate_guesses_log10(passphrase: str) -> float:
    """log10 of the guesses an attacker needs, roughly; linear time, capped."""
    text = normalise(passphrase)
    if not text:
        return 0.0
    blocklist = common_passwords()
    # Count each distinct chunk once: "word word word" is barely stronger than "word".
    period = _smallest_period(text)
    repeats = len(text) // period  # pragma: no mutate - "/": period divides the length
    unit = text[:period]
    total = 0.0
    seen: set[str] = set()
    for match in _TOKEN.finditer(unit):
        token = match.group()
        folded = _fold(token)
        if folded in seen:
            total += 0.5
            continue
        seen.add(folded)
        if not token[0].isalnum():
            total += len(token) * math.log10(8)  # separators: a handful of likely choices
            continue
        total += _token_guesses_log10(token, blocklist)
        if total >= GUESSES_LOG10_CAP:  # pragma: no mutate - ">": min() below caps it the same
            return GUESSES_LOG10_CAP
    total += math.log10(repeats)  # nothing for a single copy
    return min(total, GUESSES_LOG10_CAP)


def strength_from_guesses(guesses_log10: float) -> int:
    return sum(1 for threshold in _STRENGTH_THRESHOLDS if guesses_log10 >= threshold)


def assess_passphrase(
    passphrase: str,
    *,
    vault_words: Collection[str] = (),
    only_factor: bool = True,
) -> PassphraseAssessment:
    """Whether ``passphrase`` may protect a vault, why not, and how strong it looks."""
    text = normalise(passphrase)
    length = len(text)
    problems: list[UserMessage] = []
    minimum = MIN_LENGTH_ONLY_FACTOR if only_factor else MIN_LENGTH_WITH_SECOND_FACTOR

    if length > MAX_LENGTH:
        # Assess only what we accept; the estimate of the rest adds nothing.
        problems.append(
            UserMessage(
                QT_TRANSLATE_NOOP("Passphrase", "Use at most {limit} characters."),
                limit=MAX_LENGTH,
            )
        )
        text = text[:MAX_LENGTH]
    elif length < minimum:
        problems.append(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Passphrase", "Use at least {minimum} characters ({missing} more to go)."
                ),
                minimum=minimum,
                missing=minimum - length,
            )
        )

    guesses_log10 = estimate_guesses_log10(text)
    strength = strength_from_guesses(guesses_log10)

    compact = _letters_and_digits(text)
    blocklist = common_passwords()
    if compact and not _common_forms(text).isdisjoint(blocklist):
        problems.append(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Passphrase",
                    "This is one of the most common passwords. Choose something that "
                    "others would not guess.",
                )
            )
        )
    elif compact:
        own_words = _vault_tokens(vault_words) | APPLICATION_WORDS
        words_in_text = set(re.findall(r"[^\W_]+", _fold(text)))
        if words_in_text & own_words or compact in own_words:
            problems.append(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Passphrase",
                        "Do not use names from your records, your school or this "
                        "application in the passphrase.",
                    )
                )
            )
        elif length >= minimum and strength < MIN_ACCEPTED_STRENGTH:
            problems.append(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Passphrase",
                        "This passphrase repeats itself or follows a simple pattern. Try "
                        "a few unrelated words.",
                    )
                )
            )

    if problems:
        strength = min(strength, 1)
    return PassphraseAssessment(
        acceptable=not problems,
        strength=strength,
        problems=problems,
        guesses_log10=guesses_log10,
        length=length,
    )
