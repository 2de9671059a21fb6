"""A class with its parallel singles a student out (issue 16, item 6): "kelas 9C" is some
thirty students, "grade 9" some three hundred. Supervision summaries print the grade
level and never the parallel."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import Category, IdentifierSet, Redactor


def red(text: str, language: str = "id") -> str:
    ids = IdentifierSet.from_caseload(Caseload([Client("Dimas", case_code="K-1", grade="9C")]))
    return Redactor(ids, language=language).redact(text, subject_client_case_code="K-1").text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dia di kelas 9C sekarang.", "Dia di kelas [KELAS] sekarang."),
        ("teman sekelas VIII-B", "teman sekelas [KELAS]"),
        ("pindah ke kelas IX C", "pindah ke kelas [KELAS]"),
        ("kls. 7-a", "kls. [KELAS]"),
        ("anak X IPA 2 dan XI MIPA-3", "anak [KELAS] dan [KELAS]"),
        ("jurusan XII IPS 1", "jurusan [KELAS]"),
        ("murid 10B", "murid [KELAS]"),
        ("VII/A", "[KELAS]"),
        # pasted text: doubled spaces, a no-break space, spaced hyphens (whole product run)
        ("ribut dgn anak X  IPA 2 — HP", "ribut dgn anak [KELAS] — HP"),
        ("anak XI\u00a0IPS 3", "anak [KELAS]"),
        ("dari XII - MIPA - 1", "dari [KELAS]"),
    ],
)
def test_a_class_with_its_parallel_is_redacted_however_it_is_written(
    text: str, expected: str
) -> None:
    assert red(text) == expected


def test_in_an_english_summary_it_reads_class() -> None:
    assert (
        red("She moved from 8F to grade 9 B.", "en") == "She moved from [CLASS] to grade [CLASS]."
    )


@pytest.mark.parametrize(
    "kept",
    [
        "kelas 9 dan grade 10",
        "PHQ-9 skor 12",
        "jam 9.30",
        "3/4 pertemuan",
        "Vitamin B12",
        "sesi ke-3",
        "Bab IV",
    ],
)
def test_a_grade_level_a_score_a_time_and_a_fraction_stay(kept: str) -> None:
    assert red(kept) == kept


def test_a_class_is_its_own_kind_of_identifier() -> None:
    ids = IdentifierSet.from_caseload(Caseload([]))
    detections = ids.find("kelas 9C")
    assert [(d.category, d.generic) for d in detections] == [(Category.CLASS, True)]
