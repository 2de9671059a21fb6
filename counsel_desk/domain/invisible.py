"""Invisible characters in one-line text: which are removed, which are refused.

Text pasted from chat apps and web pages carries characters that draw nothing: a zero-width
space, a byte order mark, a soft hyphen, a word joiner. In a name they are harmless but
make "Budi" and "Bu\u200bdi" two different strings (search, sorting, a passphrase check);
in a case code they make "C-0001" and "C-0001\u200b" two clients that look the same
(issue 15, item 14, attack F7). The rules:

* case codes: every invisible character is refused (:func:`invisible_in_case_code`) and a
  code is kept and compared in NFC (:func:`normal_case_code`), so "José-1" typed with a
  composed or a decomposed é is one code;
* every other one-line field (names, school, tags, a consent's signer ...): the characters
  of :data:`REMOVED` are taken out when the record is saved or imported
  (:func:`strip_invisible`); what she reads does not change. Kept: the zero-width joiner
  and non-joiner (U+200D, U+200C: Persian and Indic names need them), the Mongolian vowel
  separator, variation selectors (they choose how a letter or an emoji is drawn), and the
  format characters that draw something (the Arabic number signs, U+0600-U+0605, ...);
* the text-direction controls (``i18n.BIDI_CONTROLS``) are refused everywhere, as before.

No Qt, no files: pure functions over ``str``.
"""

from __future__ import annotations

import unicodedata

from counsel_desk.i18n import BIDI_CONTROLS


def _span(first: int, last: int) -> frozenset[str]:
    return frozenset(chr(c) for c in range(first, last + 1))


VARIATION_SELECTORS = _span(0xFE00, 0xFE0F) | _span(0x180B, 0x180D) | {"\u180f"}
VARIATION_SELECTORS |= _span(0xE0100, 0xE01EF)

KEPT_IN_NAMES = frozenset({"\u200c", "\u200d", "\u180e"}) | VARIATION_SELECTORS
"""Invisible, but needed to write some names as they are written."""

HANGUL_FILLERS = frozenset({"\u115f", "\u1160", "\u3164", "\uffa0"})

REMOVED = (
    frozenset({"\u00ad", "\u034f", "\u17b4", "\u17b5", "\u200b", "\ufeff"})
    | HANGUL_FILLERS
    | _span(0x2060, 0x206F)  # word joiner, invisible operators, deprecated format controls
    | _span(0xFFF0, 0xFFFB)  # unassigned, interlinear annotation
    | _span(0x1BCA0, 0x1BCA3)  # shorthand format controls
    | _span(0x1D173, 0x1D17A)  # musical format controls
    | (_span(0xE0000, 0xE0FFF) - VARIATION_SELECTORS)  # tag characters and their block
) - BIDI_CONTROLS
"""Characters that draw nothing and are taken out of one-line fields (not case codes:
there they are refused). Unicode's Default_Ignorable_Code_Point set, less the text-
direction controls (refused) and :data:`KEPT_IN_NAMES`, plus U+FFF9-U+FFFB."""

LINE_SEPARATORS = frozenset({"\u2028", "\u2029"})
"""U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR: Qt draws them as line breaks."""


def is_invisible(ch: str) -> bool:
    """A format character (Unicode category Cf) or one that draws nothing (U+200B,
    U+034F, the Hangul fillers, the variation selectors ...)."""
    return unicodedata.category(ch) == "Cf" or ch in REMOVED or ch in KEPT_IN_NAMES


def invisible_in_case_code(code: str) -> list[str]:
    """The invisible characters ``code`` holds, each once, in order (text-direction
    controls included)."""
    return list(dict.fromkeys(ch for ch in code if is_invisible(ch)))


def shown_code_point(ch: str) -> str:
    """``U+200B``: a character named so that she can see which one it is."""
    return f"U+{ord(ch):04X}"


def normal_case_code(code: str) -> str:
    """A case code as it is kept and compared: NFC (composed é, not e + U+0301)."""
    return unicodedata.normalize("NFC", code)


def strip_invisible(text: str) -> str:
    """``text`` without the characters of :data:`REMOVED`; everything else as it was."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if ch not in REMOVED)


def strip_invisible_optional(text: str | None) -> str | None:
    return None if text is None else strip_invisible(text)
