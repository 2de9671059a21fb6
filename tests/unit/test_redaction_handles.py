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
