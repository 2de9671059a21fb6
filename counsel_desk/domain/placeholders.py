"""The labels that stand for redacted identifiers, in each PDF language (glossary-id.md).

An English PDF says ``[CLIENT]``, ``[GUARDIAN 1]``, ``[PERSON A]``; an Indonesian one
``[KONSELI]``, ``[ORANG TUA/WALI 1]``, ``[ORANG A]``. ``domain/redaction.py`` takes its
labels from here; the PDF self-check (``export/pdf_check.py``) recognises both sets.
No Qt.
"""

from __future__ import annotations

import re
from typing import Final

PLACEHOLDER_LANGUAGES: Final = ("en", "id")

_FIXED: Final[dict[str, dict[str, str]]] = {
    "en": {
        "client": "[CLIENT]",
        "school": "[SCHOOL]",
        "address": "[ADDRESS]",
        "phone": "[PHONE]",
        "email": "[EMAIL]",
        "id": "[ID]",
        "date": "[DATE]",
        "class": "[CLASS]",
        "term": "[REDACTED]",
        "unknown_person": "[PERSON ?]",
    },
    "id": {
        "client": "[KONSELI]",
        "school": "[SEKOLAH]",
        "address": "[ALAMAT]",
        "phone": "[TELEPON]",
        "email": "[EMAIL]",
        "id": "[NOMOR ID]",
        "date": "[TANGGAL]",
        "class": "[KELAS]",
        "term": "[DISAMARKAN]",
        "unknown_person": "[ORANG ?]",
    },
}
_GUARDIAN: Final = {"en": "[GUARDIAN {n}]", "id": "[ORANG TUA/WALI {n}]"}
_PERSON: Final = {"en": "[PERSON {letters}]", "id": "[ORANG {letters}]"}


def _lang(language: str) -> str:
    return language if language in PLACEHOLDER_LANGUAGES else "en"


def fixed_label(key: str, language: str = "en") -> str:
    """The label for ``key`` (a redaction category value such as "phone", or "client")."""
    return _FIXED[_lang(language)][key]


def guardian_label(n: int, language: str = "en") -> str:
    return _GUARDIAN[_lang(language)].format(n=n)


def person_label(letters: str, language: str = "en") -> str:
    return _PERSON[_lang(language)].format(letters=letters)


_ALL_FIXED = sorted({label for table in _FIXED.values() for label in table.values()}, key=len)
PLACEHOLDER_PATTERN: Final = re.compile(
    "|".join(
        [re.escape(label) for label in reversed(_ALL_FIXED)]
        + [
            r"\[GUARDIAN \d+\]",
            r"\[ORANG TUA/WALI \d+\]",
            r"\[PERSON [A-Z]+\]",
            r"\[ORANG [A-Z]+\]",
        ]
    )
)
"""Any label of either language, as it appears in a redacted text."""


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a placeholder of either language."""
    return [m.span() for m in PLACEHOLDER_PATTERN.finditer(text)]
