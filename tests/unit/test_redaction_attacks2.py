"""Listed names written as chat writes them, that slipped past the redactor (attack F15):
letters drawn out ("Budiii", "jokooo"), spelt with hyphens ("B-U-D-I"), a title glued
to the name ("masbudi", "kakaisyah"), and small capitals from a "fancy text" app ("ʙᴜᴅɪ")."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from counsel_desk.domain.model import Caseload, Client, Contact
from counsel_desk.domain.redaction import IdentifierSet, Redactor
from counsel_desk.export.pdf_check import write_supervision_pdf_checked
from counsel_desk.export.supervision_pdf import SupervisionInput

CLIENT = Client(
    "Budi",
    family_name="Santoso",
    case_code="R-1",
    guardians=[Contact("Hartono Santoso")],
    other_people=["Pak Joko"],
)
OTHER = Client("Aisyah", family_name="Putri", case_code="R-2")
INDAH = Client("Indah", family_name="Permatasari", case_code="R-3")
IDS = IdentifierSet.from_caseload(Caseload([CLIENT, OTHER, INDAH]))
NAMES = ("budi", "santoso", "hartono", "joko", "aisyah", "permata")


def red(text: str, language: str = "id") -> str:
    redactor = Redactor(IDS, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code="R-1").text


def leaked(out: str) -> list[str]:
    low = out.lower()
    return [name for name in NAMES if name in low]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Budiii datang lagi", "[KONSELI] datang lagi"),
        ("budii bilang gitu", "[KONSELI] bilang gitu"),
        ("dia teriak BUDIIIII", "dia teriak [KONSELI]"),
        ("jokooo, tolong aku", "[ORANG A], tolong aku"),
        ("Aisyaaah marah", "[ORANG A] marah"),
        ("kata indahhh", "kata [ORANG A]"),
    ],
)
def test_a_listed_name_with_letters_drawn_out_is_redacted(text: str, redacted: str) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "capekkk banget, tolongggg",
        "dia bilang nooo dan yesss",
        "rumahnya indahhh banget",
    ],
)
def test_words_drawn_out_stay(text: str) -> None:
    assert red(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("namanya B-U-D-I", "namanya [KONSELI]"),
        ("s-a-n-t-o-s-o itu ayahnya", "[KONSELI] itu ayahnya"),
    ],
)
def test_a_listed_name_spelt_with_hyphens_is_redacted(text: str, redacted: str) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("ig-nya masbudi", "ig-nya [KONSELI]"),
        ("kakaisyah bilang gitu", "[ORANG A] bilang gitu"),
        ("chat dari pakhartono", "chat dari [ORANG TUA/WALI 1]"),
        ("mbakaisyahnya belum datang", "[ORANG A] belum datang"),
    ],
)
def test_a_listed_name_with_a_title_glued_to_it_is_redacted(text: str, redacted: str) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Bukan itu, pakaian dan masalah di bulan ini; kakak dan bunda datang.",
        "Dia makan bubur, pakai busana biru, masih di masjid.",
    ],
)
def test_words_that_start_with_a_title_stay(text: str) -> None:
    assert red(text) == text


def test_a_listed_name_in_small_capitals_is_redacted() -> None:
    assert red("bio ig-nya: ʙᴜᴅɪ ꜱᴀɴᴛᴏꜱᴏ") == "bio ig-nya: [KONSELI]"


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Har\u034ftono datang", "[ORANG TUA/WALI 1] datang"),
        ("Bu\ufe0fdi datang", "[KONSELI] datang"),
        ("kata bu\u3164di", "kata [KONSELI]"),
        ("san\u180btoso", "[KONSELI]"),
        ("Hartono\u3164Santoso datang", "[ORANG TUA/WALI 1] datang"),
        ("B\u2800u\u2800d\u2800i", "[KONSELI]"),
    ],
)
def test_an_invisible_character_that_is_no_format_character_is_dropped_too(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


def test_an_emoji_with_its_variation_selector_stays() -> None:
    assert red("dia kirim \u2764\ufe0f dan \U0001f44d\U0001f3fd") == (
        "dia kirim \u2764\ufe0f dan \U0001f44d\U0001f3fd"
    )


def test_the_attackers_chat_quotes_leave_no_name_in_the_written_pdf(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    inp = SupervisionInput(
        CLIENT,
        IDS,
        path,
        background_strengths="Chat: Budiii datang lagi; jokooo tolong; namanya B-U-D-I.",
        conceptualization="ig-nya masbudi, kakaisyah bilang gitu; bio ʙᴜᴅɪ.",
    )
    write_supervision_pdf_checked(inp)
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    assert leaked(text) == []
    assert "datang lagi" in text and "bilang gitu" in text
