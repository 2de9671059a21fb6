"""Descriptions that single a student out without naming anyone (issue 16, item 6).

"anak kepala sekolah", "ketua OSIS", "the only Papuan student in 9C", "the principal's
daughter", "juara olimpiade matematika": no word of these is a name, so nothing is
redacted, yet in one school each points at one child. No matcher can decide whether a
description identifies (a school of two thousand has many "anak guru"), so these are
*flagged*, not redacted: the supervision review and the CLI list them, and she reads
each before she sends the summary (docs/redaction.md, "What she must still read
herself"). Pure: no Qt, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_ROLES_ID: Final = (
    r"kepala\s+sekolah|kepsek|wakil\s+kepala\s+sekolah|wakasek|guru(?:\s+bk)?|wali\s+kelas|"
    r"ketua\s+yayasan|ketua\s+komite|kepala\s+desa|kades|lurah|camat|bupati|wali\s+kota|"
    r"walikota|anggota\s+dewan|pak\s+rt|pak\s+rw|ketua\s+rt|ketua\s+rw|ustadz|ustaz|"
    r"pendeta|pastor|kyai|kiai|dokter|polisi|tentara|satpam|penjaga\s+sekolah|"
    r"pemilik\s+kantin|ibu\s+kantin|bu\s+kantin"
)
_ROLES_EN: Final = (
    r"principal|head\s*teacher|headmaster|headmistress|vice[\s-]principal|deputy\s+head|"
    r"teacher|homeroom\s+teacher|counsell?or|coach|chaplain|pastor|imam|mayor|"
    r"school\s+nurse|nurse|janitor|caretaker|security\s+guard|board\s+member|trustee"
)
_STUDENT_ID: Final = r"(?:siswa|siswi|murid|anak|pelajar|cewek|cowok|perempuan|laki-laki)"
_STUDENT_EN: Final = r"(?:students?|girls?|boys?|kids?|pupils?|child|children)"

_PATTERNS: Final = (
    # anak kepala sekolah, putri pak lurah, cucu ketua yayasan, keponakan wali kelas
    rf"\b(?:anak|putra|putri|putera|puteri|cucu|keponakan|adik|kakak)(?:nya)?\s+"
    rf"(?:dari\s+)?(?:(?:pak|bu|bapak|ibu)\s+)?(?:{_ROLES_ID})\b",
    # the principal's daughter, the coach's son
    rf"\b(?:the\s+)?(?:{_ROLES_EN})'s\s+(?:son|daughter|child|kid|nephew|niece|"
    rf"grandson|granddaughter|stepson|stepdaughter)\b",
    # daughter of the principal
    rf"\b(?:son|daughter|child|kid|nephew|niece)\s+of\s+(?:the|our|a)\s+(?:{_ROLES_EN})\b",
    # satu-satunya siswi berjilbab di kelas, hanya dia yang ...
    rf"\bsatu[-\s]?satunya\s+{_STUDENT_ID}?(?:\s+[^\s.,;:!?]+){{0,4}}",
    r"\bsatu2nya(?:\s+[^\s.,;:!?]+){1,4}",
    # the only Papuan student in 9C, the only girl on the team (not "an only child")
    rf"\bthe\s+only\s+(?:[^\s.,;:!?]+\s+){{0,3}}?{_STUDENT_EN}\b"
    rf"(?:\s+(?:in|on|at|of)\s+(?:the\s+)?[^\s.,;:!?]+)?",
    # ketua OSIS, ketua kelas, wakil ketua OSIS, ketua pramuka, ketua MPK
    r"\b(?:wakil\s+)?ketua\s+(?:osis|mpk|kelas|pramuka|angkatan|ekskul\s+\S+|rohis|"
    r"paskibra|pmr|uks)\b",
    # student council president, head girl, captain of the basketball team
    r"\b(?:student\s+council|class|osis|student\s+body)\s+(?:vice[\s-])?president\b",
    r"\bhead\s+(?:girl|boy)\b",
    r"\b(?:team\s+)?captain\s+of\s+the\s+(?:[^\s.,;:!?]+\s+){0,2}?team\b",
    # juara umum, juara olimpiade matematika, juara 1 lomba pidato tingkat provinsi
    r"\bjuara\s+(?:umum|olimpiade|kelas|paralel|\d|satu|pertama|lomba|nasional|provinsi)"
    r"(?:\s+[^\s.,;:!?]+){0,4}",
    r"\b(?:won|winner\s+of)\s+the\s+(?:[^\s.,;:!?]+\s+){0,3}?(?:olympiad|championship|"
    r"competition|contest)\b",
    # siswa pindahan dari Medan, new student from Surabaya
    rf"\b{_STUDENT_ID}\s+(?:pindahan|baru)\s+dari\s+[^\s.,;:!?]+",
    r"\b(?:new|transfer)\s+(?:student|girl|boy|kid)\s+from\s+[^\s.,;:!?]+",
    # kembar, twin sister
    r"\b(?:saudara\s+)?kembar(?:an)?(?:nya)?\b",
    r"\btwin\s+(?:brother|sister)\b",
)
_FLAG: Final = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


@dataclass(frozen=True)
class Description:
    """A phrase of a text that may single its subject out: ``text[start:end]``."""

    start: int
    end: int
    phrase: str


def descriptions_in(text: str) -> list[Description]:
    """The phrases of ``text`` that may single a student out, in order, each once."""
    found: list[Description] = []
    for m in _FLAG.finditer(text):
        phrase = m.group().strip()
        if phrase:
            found.append(Description(m.start(), m.start() + len(phrase), phrase))
    return found


def descriptions(texts: list[str]) -> list[str]:
    """The distinct phrases (case-insensitively) of ``texts`` that may single someone
    out, as first written: what the review and the CLI list for her to read."""
    seen: dict[str, str] = {}
    for text in texts:
        for d in descriptions_in(text):
            seen.setdefault(" ".join(d.phrase.casefold().split()), d.phrase)
    return list(seen.values())
