"""A social-media handle written without its "@" identifies a student (issue 16):
"akun ig doni.ganteng99 ngejek dia" printed the handle as written, and anyone can look
it up. File names, web addresses, scores, times and abbreviations stay."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor


def red(text: str, language: str = "id") -> str:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Ayu", family_name="Lestari", case_code="A-1")])
    )
    redactor = Redactor(ids, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code="A-1").text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("akun ig doni.ganteng99 ngejek dia", "akun ig [NOMOR ID] ngejek dia"),
        ("dia pakai akun rara_cute buat spam", "dia pakai akun [NOMOR ID] buat spam"),
        ("ig-nya rara.cantik, katanya", "ig-nya [NOMOR ID], katanya"),
        ("ig: rara.cantik", "ig: [NOMOR ID]"),
        ("akunnya rara.cantik diblokir", "akunnya [NOMOR ID] diblokir"),
        ("tiktoknya bayu.keren", "tiktoknya [NOMOR ID]"),
    ],
)
def test_a_handle_without_its_at_sign_is_redacted(text: str, redacted: str) -> None:
    assert red(text) == redacted


def test_an_english_note_names_the_handle_after_a_platform_word() -> None:
    assert red("Her handle is bayu.keren and her tiktok bayu_22.", "en") == (
        "Her handle is [ID] and her tiktok [ID]."
    )


@pytest.mark.parametrize(
    "text",
    [
        "file laporan_akhir.docx dikirim ke wali kelas",
        "skor PHQ naik dari v1.2 ke phq_9, covid_19 juga dibahas",
        "pulang.dia capek sekali",
        "web sekolah sman3.sch.id",
        "dia bilang e.g. gitu",
        "skor 12.5 naik",
        "jam 10.30 dia datang",
        "lihat di ig dia sering posting",
    ],
)
def test_what_is_no_handle_stays(text: str) -> None:
    assert red(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # two parts with letters and a digit, no platform word: a handle all the same
        ("katanya rara.cantik99 yang posting", "katanya [NOMOR ID] yang posting"),
        # an underscore without a digit
        ("katanya rara_cantik yang posting", "katanya [NOMOR ID] yang posting"),
    ],
)
def test_a_handle_of_two_parts_is_redacted_without_a_platform_word(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


def test_a_file_name_of_three_parts_is_judged_by_its_last() -> None:
    """ "tugas_akhir.final.docx" ends in a file's ending: a file, not a handle."""
    assert red("dia kirim tugas_akhir.final.docx kemarin") == (
        "dia kirim tugas_akhir.final.docx kemarin"
    )
