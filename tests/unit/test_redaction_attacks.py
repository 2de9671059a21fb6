"""What an attacker slipped past the fail-closed redaction of supervision summaries, and
what must stay (issue 16; attack findings F10, F11, F14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from counsel_desk.domain.model import Caseload, Client, Contact
from counsel_desk.domain.redaction import Category, IdentifierSet, Redactor
from counsel_desk.export.pdf_check import write_supervision_pdf_checked
from counsel_desk.export.supervision_pdf import SupervisionInput

CLIENT = Client(
    "Budi",
    family_name="Santoso",
    case_code="R-1",
    guardians=[Contact("Hartono Santoso")],
)
IDS = IdentifierSet.from_caseload(Caseload([CLIENT]))


def red(text: str, language: str = "en") -> str:
    """``text`` as a supervision summary prints it."""
    redactor = Redactor(IDS, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code="R-1").text


# --- F10: names in single quotes and names with an apostrophe --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her friend calls him 'Tono' at home.", "Tono"),
        ("Her friend calls him \u2018Gregorius\u2019 at home.", "Gregorius"),
        ("She said 'Marwoto' was there.", "Marwoto"),
        ("Mr. O'Brien and Ms. D'Souza came to the meeting.", "Brien"),
        ("Mr. O'Brien and Ms. D'Souza came to the meeting.", "Souza"),
        ("Tadi Nur'Aini datang.", "Aini"),
    ],
)
def test_a_name_in_single_quotes_or_with_an_apostrophe_is_a_possible_person(
    text: str, name: str
) -> None:
    out = red(text)
    assert name not in out
    assert "[PERSON ?]" in out


def test_the_letter_before_an_apostrophe_name_goes_with_it() -> None:
    out = red("Mr. O'Brien and d'Almeida came.")
    assert out == "Mr. [PERSON ?] and [PERSON ?] came."


def test_a_quoted_name_after_a_kinship_word_is_a_person() -> None:
    # "Siti" is also a word in the Indonesian dictionary: only the kinship rule catches it.
    out = red("Marwoto's sister 'Siti' came, and her cousin \u201cRina\u201d.")
    assert "Siti" not in out and "Rina" not in out and "Marwoto" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Isn't it hard? Doesn't matter. Didn't go. Shouldn't be. Don't worry.",
        "Jum'at pagi dia mengaji Qur'an.",
        "She wrote 'Sorry' and then 'Thanks' on the card.",
    ],
)
def test_contractions_and_quoted_words_stay_as_written(text: str) -> None:
    assert red(text) == text


# --- F11: a listed name glued into one word, a handle, an address without its dot -------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("budisantoso is his username", "[CLIENT] is his username"),
        ("tiktok budisantoso99, line id santosobudi", "tiktok [CLIENT], line id [CLIENT]"),
        ("IG-nya BudiSantoso_", "IG-nya [CLIENT]_"),
        ("akun hartonosantosonya diblokir", "akun [GUARDIAN 1] diblokir"),
        ("santosos house is near the school", "[CLIENT] house"),
    ],
)
def test_a_listed_name_glued_into_one_word_is_redacted(text: str, label: str) -> None:
    out = red(text)
    assert label in out
    assert "budi" not in out.lower() and "santoso" not in out.lower()


@pytest.mark.parametrize(
    "text",
    [
        "email budisantoso@gmail",
        "email budi.santoso@yahoo",
        "hartono@mail is the father's",
        "her address: putri99@gmail",
    ],
)
def test_an_address_without_its_dot_is_an_email(text: str) -> None:
    out = red(text)
    assert "[EMAIL]" in out
    assert "@" not in out


def test_the_self_check_finds_a_glued_name_too() -> None:
    # The read-back check of the PDF runs the matcher without the possible-people rule:
    # a glued name or an address without its dot must be a finding there as well.
    found = {d.category for d in IDS.find("ig budisantoso99, mail budisantoso@gmail")}
    assert found == {Category.CLIENT, Category.EMAIL}


@pytest.mark.parametrize(
    "text",
    [
        "Dinas pendidikan sent kertas and the marks of the term.",
        "The herb rosemary, a hat, and sebelas anak.",
        "Ketemu@kantin jam 10; meet me @ the gate.",
    ],
)
def test_words_that_a_name_glued_to_something_makes_stay(text: str) -> None:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client("Dina", family_name="Kerta", case_code="R-2"),
                Client("Rose", family_name="Mary", case_code="R-3"),
                Client("Bela", family_name="Se", case_code="R-4"),
            ]
        )
    )
    redactor = Redactor(ids, possible_people=True)
    assert redactor.redact(text, subject_client_case_code="R-2").text == text


# --- F14: unlisted names in a message typed in capitals ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dia kirim pesan: TADI MARWOTO DATANG KE RUMAH.", "MARWOTO"),
        ("GREGORIUS BILANG AKU CAPEK", "GREGORIUS"),
        ("Chat:\nMARWOTO DATANG\nlalu dia diam.", "MARWOTO"),
        ("Pesannya: KATA BU SITI AKU BODO.", "SITI"),
        ("HE SAID PRISCILLA WAS THERE", "PRISCILLA"),
    ],
)
def test_an_unlisted_name_in_a_message_in_capitals_is_a_possible_person(
    text: str, name: str
) -> None:
    out = red(text, "id")
    assert name not in out
    assert "[ORANG ?]" in out or "[ORANG A]" in out


@pytest.mark.parametrize(
    "text",
    [
        "PHQ-9 turun; CBT dan BK jalan terus, OSIS dan UKS membantu.",
        "Skor PHQ GAD SDQ naik; hasil WISC dan DASS dibahas.",
        "Dia ikut KOPSIS dan lomba FLSN tahun ini.",
        "PESANNYA: SEMUA ANAK OSIS IKUT, ADA YANG ADHD DAN PTSD.",
        "Dia nulis: AKU UDAH CAPEKKK, NGGAK MAU SEKOLAH LAGI WKWKWK.",
        "SHE TEXTED: I HATE MY LIFE LMAO, LEAVE ME ALONE. DON'T TOUCH ME, I'M DONE.",
        "KEGIATAN PERUNDUNGAN DI SEKOLAH, TEMAN SEKELAS IKUT. MATEMATIKANYA SUSAH.",
    ],
)
def test_acronyms_chat_words_and_words_in_capitals_stay(text: str) -> None:
    assert red(text, "id") == text


def test_a_listed_name_next_to_words_in_capitals_takes_only_itself() -> None:
    out = red("BUDI SANTOSO BILANG GITU, KATANYA MARAH")
    assert out == "[CLIENT] BILANG GITU, KATANYA MARAH"


# --- the whole path: the attacker's notes, through the checked PDF ------------------------


def test_the_attackers_notes_leave_no_name_in_the_written_pdf(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    inp = SupervisionInput(
        CLIENT,
        IDS,
        path,
        background_strengths=(
            "Her friend calls him 'Tono' and \u2018Gregorius\u2019 at home; Marwoto's "
            "sister 'Siti' came with Mr. O'Brien and Ms. D'Souza."
        ),
        conceptualization=(
            "budisantoso is his username; tiktok budisantoso99, email budisantoso@gmail, "
            "hartonosantoso@ mail, near the santosos house."
        ),
        response_progress="He texted: TADI MARWOTO DATANG. GREGORIUS BILANG CAPEK.",
    )
    write_supervision_pdf_checked(inp)
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages).lower()
    for word in ("tono", "gregorius", "siti", "brien", "souza", "budi", "santoso", "marwoto"):
        assert word not in text, word
    assert "calls him" in text and "username" in text and "datang" in text
