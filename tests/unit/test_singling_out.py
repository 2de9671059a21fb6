"""Descriptions that single a student out are flagged for her to read (issue 16, item 6):
no word of "anak kepala sekolah" or "the only Papuan student in 9C" is a name, so the
redactor prints them, yet each may point at one child in her school."""

from __future__ import annotations

import pytest

from counsel_desk.domain.singling_out import descriptions, descriptions_in


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Dia anak kepala sekolah, jadi takut ketahuan.", "anak kepala sekolah"),
        ("Ternyata dia putri pak lurah.", "putri pak lurah"),
        ("Keponakan wali kelas 8 itu sering diejek.", "Keponakan wali kelas"),
        ("anaknya guru BK di sekolah lain", "anaknya guru BK"),
        ("Dia satu-satunya siswi berjilbab di kelas.", "satu-satunya siswi berjilbab di kelas"),
        ("Dia ketua OSIS tahun ini.", "ketua OSIS"),
        ("Sejak jadi wakil ketua kelas dia stres.", "wakil ketua kelas"),
        (
            "Dia juara olimpiade matematika tingkat provinsi.",
            "juara olimpiade matematika tingkat provinsi",
        ),
        ("Dia siswa pindahan dari Medan.", "siswa pindahan dari Medan"),
        ("Dia punya saudara kembar di kelas sebelah.", "saudara kembar"),
        ("She is the principal's daughter.", "the principal's daughter"),
        ("He is the son of the coach.", "son of the coach"),
        ("He is the only Papuan student in 9C.", "the only Papuan student in 9C"),
        ("She is the only girl on the team.", "the only girl on the team"),
        ("He was elected student council president.", "student council president"),
        ("She is head girl this year.", "head girl"),
        ("He is captain of the basketball team.", "captain of the basketball team"),
        ("She won the national math olympiad.", "won the national math olympiad"),
        ("A new student from Surabaya, joined in March.", "new student from Surabaya"),
        ("Her twin sister is in 9B.", "twin sister"),
    ],
)
def test_a_description_that_may_single_a_student_out_is_flagged(text: str, phrase: str) -> None:
    found = descriptions_in(text)
    assert [d.phrase for d in found] == [phrase]
    assert text[found[0].start : found[0].end] == phrase  # where the review marks it


@pytest.mark.parametrize(
    "text",
    [
        "Dia sering ke ruang guru untuk konsultasi.",
        "Dia anak yang baik dan rajin.",
        "Konseli cerita soal anaknya tetangga yang sakit.",
        "She is an only child.",
        "The only thing she wants is sleep.",
        "Guru BK mendampingi saat ujian.",
        "She talked to her teacher after class.",
        "Kelas 8 mengadakan lomba kebersihan.",
    ],
)
def test_ordinary_words_about_school_are_not_flagged(text: str) -> None:
    assert descriptions_in(text) == []


def test_each_description_is_listed_once_as_first_written() -> None:
    texts = ["Dia anak kepala sekolah.", "Lagi-lagi soal ANAK KEPALA  SEKOLAH itu.", "ketua OSIS"]
    assert descriptions(texts) == ["anak kepala sekolah", "ketua OSIS"]
