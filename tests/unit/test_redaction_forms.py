"""Every form a name takes in a real school's notes is redacted; words stay (issue 16)."""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.enums import ConsentKind, SignerRelationship
from counsel_desk.domain.model import Caseload, Client, Consent, Contact
from counsel_desk.domain.redaction import (
    IdentifierSet,
    Redactor,
    name_part,
    skeleton,
)
from counsel_desk.domain.redaction_lexicon import COMMON_WORDS
from tests.school_corpora import CLITICS, HONORIFIC_FORMS

# Names of the two school corpora that are no word, and names that are words.
NAMES = (
    "Aisyah",
    "Dimas",
    "Annisa",
    "Galih",
    "Ratna",
    "Kevin",
    "Jessica",
    "Marlina",
    "Yohanes",
    "Kogoya",
    "Simanjuntak",
    "Nur",
    "Eka",
    "Bayu",
    "Wahyu",
)
WORD_NAMES = ("Bagus", "Indah", "Bulan", "Putri", "Hope", "Grace", "Will", "Mark", "Teguh")
EVERYONE = Caseload(
    [
        Client(name, case_code=f"S-{i}", family_name="Wirawan" if i == 0 else None)
        for i, name in enumerate(NAMES + WORD_NAMES)
    ]
    + [
        Client(
            "Yoga",
            case_code="S-99",
            guardians=[Contact("Linda Tanoto", "mother")],
            emergency_contacts=[
                Contact("Mr. Hutapea (homeroom)", "teacher"),
                Contact("Ms. Anderson, homeroom teacher", None),
            ],
            consents=[
                Consent(
                    kind=ConsentKind.RELEASE_OF_INFORMATION,
                    signed_by="Linda Tanoto",
                    signed_on=dt.date(2025, 8, 1),
                    signer_relationship=SignerRelationship.GUARDIAN,
                    released_to="dr. Lim (child psychiatrist)",
                )
            ],
        )
    ]
)
FORMAT_CHARACTERS = [
    chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"
]


def red(text: str) -> str:
    # The set is built in each test (mutation testing forks after the import).
    ids = IdentifierSet.from_caseload(EVERYONE)
    return Redactor(ids).redact(text, subject_client_case_code="S-0").text


def _reads(name: str, text: str) -> bool:
    """Whether a reader finds ``name`` in ``text`` (invisible characters and line-break
    hyphenation ignored, any case, with or without a clitic after it)."""
    seen = "".join(c for c in text if unicodedata.category(c) != "Cf")
    seen = re.sub(r"-?[ \t]*\n\s*", "", seen)
    return re.search(rf"(?<![^\W\d_]){re.escape(name)}", seen, re.I) is not None


@st.composite
def written_forms(draw: st.DrawFn, names: tuple[str, ...] = NAMES) -> tuple[str, str]:
    """A listed name as a counselor types it: any case, a clitic with or without a hyphen,
    a possessive, reduplication, a title, a format character or a line break inside."""
    name = draw(st.sampled_from(names))
    form = draw(st.sampled_from([name, name.lower(), name.upper()]))
    ending = draw(
        st.sampled_from(
            ["", "'s", "\u2019s", f"-{name}"] + list(CLITICS) + [f"-{c}" for c in CLITICS]
        )
    )
    form += ending
    inside = draw(st.integers(1, len(name) - 1))
    how = draw(st.sampled_from(["cf", "hyphen-break", "line-break", "none"]))
    if how == "cf":
        form = form[:inside] + draw(st.sampled_from(FORMAT_CHARACTERS)) + form[inside:]
    elif how == "hyphen-break":
        form = form[:inside] + "-\n" + form[inside:]
    elif how == "line-break":
        form = form[:inside] + "\n" + form[inside:]
    title = draw(st.sampled_from(["", *(f"{h} " for h in HONORIFIC_FORMS)]))
    return name, title + form


SENTENCES = (
    "Kata {f} dia capek banget.",
    "Sudah seminggu {f} tidak masuk.",
    "Screenshot WA:\n{f}: kak aku ga kuat lg",
    'Quoted: "{f}: pls dont tell" (11.40pm)',
    "Noticed {f} sitting alone again.",
    "{f} came in at break.",
)


@given(written_forms(), st.sampled_from(SENTENCES))
def test_every_written_form_of_a_listed_name_is_redacted(
    case: tuple[str, str], sentence: str
) -> None:
    name, form = case
    out = red(sentence.format(f=form))
    assert not _reads(name, out), out


@given(st.sampled_from(WORD_NAMES), st.sampled_from((*SENTENCES[2:4], "{f} said hi.")))
def test_a_word_name_written_as_a_name_is_redacted(name: str, sentence: str) -> None:
    # Capitalised, or the sender of a quoted chat line in lower case.
    for form in {name, name.lower() if ":" in sentence else name}:
        out = red(sentence.format(f=form))
        assert not _reads(name, out), out


@given(st.sampled_from(WORD_NAMES), st.sampled_from([*HONORIFIC_FORMS, "kata", "ketemu"]))
def test_a_lower_case_word_name_after_a_title_or_a_verb_of_saying_is_redacted(
    name: str, before: str
) -> None:
    out = red(f"Tadi {before.lower()} {name.lower()} datang.")
    assert not _reads(name, out), out


ORDINARY = (
    "Nilai matematikanya bagus semester ini.",
    "Pemandangan dari rumah neneknya indah dan menenangkan.",
    "Rencananya dievaluasi lagi bulan depan.",
    "Ibunya ingin punya anak putri yang penurut; putrinya dua.",
    "Dia ingin tetap teguh menolak ajakan merokok.",
    "We ended on some hope for next week.",
    "Handled the feedback with grace and humour.",
    "We will check in again after the exams.",
    "Got a low mark in chemistry.",
    "Hasilnya bagusnya luar biasa, indahnya pemandangan.",
)


def test_ordinary_words_that_are_also_names_are_kept_in_lower_case_prose() -> None:
    for sentence in ORDINARY:
        assert red(sentence) == sentence


def test_a_name_fields_note_is_no_name_and_its_words_stay_in_every_note() -> None:
    text = "Agreed with the homeroom teacher; a child psychiatrist was discussed."
    assert red(text) == text
    assert "[PERSON" in red("Mr. Hutapea called, then Ms. Anderson and dr. Lim.")
    assert not _reads("Hutapea", red("Mr. Hutapea called"))
    assert not _reads("Anderson", red("Anderson called"))
    assert not _reads("Lim", red("Lim called"))


def test_name_part_keeps_the_name_and_drops_the_note() -> None:
    assert name_part("Mr. Hutapea (homeroom)") == "Mr. Hutapea"
    assert name_part("Ms. Anderson, homeroom teacher") == "Ms. Anderson"
    assert name_part("dr. Lim (child psychiatrist)") == "dr. Lim"
    assert name_part("Budi, Ani") == "Budi Ani"
    assert name_part("(wali kelas)") == "(wali kelas)"  # nothing else: the field as it is


def test_unlisted_people_after_a_kinship_or_role_word_are_redacted() -> None:
    for text, name in (
        ("She mentioned her cousin Marwoto again.", "Marwoto"),
        ("Diasuh Mbah Karto sejak kecil.", "Karto"),
        ("Kakaknya, Rohmadi, sering datang.", "Rohmadi"),
        ("Her boyfriend (Theodore) texts at night.", "Theodore"),
        ("pacarnya Dimas Anggara sering marah", "Anggara"),
    ):
        assert not _reads(name, red(text)), text
    # A place, a weekday or a word in capitals after a kinship word is no person.
    kept = "Her cousin WhatsApp-ed. His uncle Monday. Temannya SMA."
    assert red(kept) == kept


def test_a_word_she_keeps_is_not_redacted_as_an_unlisted_person() -> None:
    ids = IdentifierSet.from_caseload(EVERYONE)
    text = "Went with her friend Kemang to the mall."
    assert "Kemang" not in Redactor(ids).redact(text, subject_client_case_code=None).text
    ids.keep(["Kemang"])
    assert Redactor(ids).redact(text, subject_client_case_code=None).text == text


def test_spelling_variants_and_initials_of_a_listed_name_are_redacted() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Muhammad Rizky", case_code="V-1", family_name="Sukarno")])
    )
    for text in ("Mohammad datang", "Rizki datang", "Soekarno datang", "M. Rizky datang"):
        out = Redactor(ids).redact(text, subject_client_case_code="V-1").text
        assert out == "[CLIENT] datang", text
    assert skeleton("aisyah") == skeleton("aisah")
    assert skeleton("nuraeni") == skeleton("nuraini")


def test_common_words_list_holds_the_word_names_of_the_issue() -> None:
    assert {"bagus", "indah", "bulan", "putri", "bayu", "ayu", "nur", "eka", "sari"} <= (
        COMMON_WORDS
    )


def test_a_school_is_redacted_in_its_short_forms_and_its_initials_only_in_capitals() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client("Kevin", case_code="K-1", school="Jakarta International School"),
                Client("Galih", case_code="K-2", school="SMA Negeri 1 Sleman"),
            ]
        )
    )
    for text in (
        "Jakarta Int'l School",
        "Jakarta Intl School",
        "JAKARTA INTERNATIONAL SCHOOL",
        "Jakarta International",
        "JIS",
        "Smansa",
        "SMAN 1",
        "SMA N 1 Sleman",
    ):
        assert Redactor(ids).redact(f"dulu di {text} juga", subject_client_case_code=None).text == (
            "dulu di [SCHOOL] juga"
        ), text
    kept = "Naik jis? No: naik bis ke sekolah, international trip."
    assert Redactor(ids).redact(kept, subject_client_case_code=None).text == kept
