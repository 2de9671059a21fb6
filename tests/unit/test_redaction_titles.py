"""A title or a kinship word says a person follows, whatever the case (issue 16).

Chat-style notes drop capitals: "tadi mas bayu chat dia", "kata bu siti", "mr smith called".
Before, a person in no record was redacted after a title only when capitalised, and a
capitalised surname that is also a word ("Pak Made", "Mr Brown", "Mrs White") was printed
as written. A role after a title ("bu guru", "Pak Satpam", "pak kepsek") is no person and
stays; so does a word after a kinship word ("adiknya sakit", "pacarnya ngajak bolos")."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor
from counsel_desk.domain.redaction_lexicon import HONORIFICS, KINSHIP_HONORIFICS


def red(text: str, language: str = "id", kept: tuple[str, ...] = ()) -> str:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Ayu", family_name="Lestari", case_code="A-1")])
    )
    ids.keep(kept)
    redactor = Redactor(ids, language=language, possible_people=True)
    return redactor.redact(text, subject_client_case_code="A-1").text


def without_possible_people(text: str, language: str = "id") -> str:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Ayu", family_name="Lestari", case_code="A-1")])
    )
    return Redactor(ids, language=language).redact(text, subject_client_case_code="A-1").text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("tadi mas bayu chat dia jam 10", "tadi [ORANG A] chat dia jam 10"),
        ("dia ikut kak rina ke kantin", "dia ikut [ORANG A] ke kantin"),
        ("katanya mbak siti yang bilang", "katanya [ORANG A] yang bilang"),
        ("kata bu siti aminah kemarin", "kata [ORANG A] kemarin"),
        ("di wa, pak tarno bilang mau jemput", "di wa, [ORANG A] bilang mau jemput"),
        ("bli made bilang begitu", "[ORANG A] bilang begitu"),
        ("mas bayunya belum datang", "[ORANG A] belum datang"),
        ("ibu siti datang ke sekolah", "ibu [ORANG A] datang ke sekolah"),
    ],
)
def test_a_lower_case_name_after_a_title_is_a_person(text: str, redacted: str) -> None:
    assert red(text) == redacted


def test_a_lower_case_name_after_a_title_is_redacted_without_the_possible_people_rule() -> None:
    # like a capitalised one after a title: the CLI's --redact-only summaries too
    assert without_possible_people("tadi mas bayu chat dia") == "tadi [ORANG A] chat dia"


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("I told mr smith about it.", "I told [PERSON A] about it."),
        ("ms jones said she would call.", "[PERSON A] said she would call."),
        ("She says mrs baker keeps asking.", "She says [PERSON A] keeps asking."),
        ("Mr Brown said she was late.", "[PERSON A] said she was late."),
        ("Apparently Mrs. White called again.", "Apparently [PERSON A] called again."),
        ("She says Ms. Young keeps asking.", "She says [PERSON A] keeps asking."),
    ],
)
def test_an_english_surname_that_is_a_word_is_a_person_after_a_title(
    text: str, redacted: str
) -> None:
    assert red(text, "en") == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("tadi Pak Made datang", "tadi [ORANG A] datang"),
        ("kata Bli Putu kemarin", "kata [ORANG A] kemarin"),
        ("Bu Bunga marah sekali", "[ORANG A] marah sekali"),
    ],
)
def test_a_capitalised_name_that_is_a_word_is_a_person_after_a_title(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Sempat ditegur bu guru karena telat.",
        "Sempat ditegur pak satpam karena telat.",
        "Dia dipanggil pak kepsek.",
        "Dia dibantu mbak kantin waktu pingsan.",
        "Pak Guru dan Bu Kantin melihatnya.",
        "Pak Kepsek datang, juga pak wakasek.",
        "Dia naik ojol, pak ojol menunggu di gerbang.",
        "Lapor ke pak rt dan bu wali kelas.",
        "Ketemu pak kepala sekolah.",
        "Dia takut sama mas-mas di gang.",
        "Sudah, Pak. Dan besok dia datang lagi.",
        "Temennya si budi? Bukan.",
    ],
)
def test_a_role_or_a_word_after_a_title_stays(text: str) -> None:
    assert red(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("adiknya doni nangis terus", "adiknya [ORANG A] nangis terus"),
        ("sepupunya marwoto datang", "sepupunya [ORANG A] datang"),
        ("pacarnya nanda sering chat", "pacarnya [ORANG A] sering chat"),
        ("temennya dimas ikut", "temennya [ORANG A] ikut"),
        ("tadi dia bilang ADIKNYA DONI", "tadi dia bilang ADIKNYA [ORANG A]"),
        ("adiknya DONI nangis", "adiknya [ORANG A] nangis"),
    ],
)
def test_a_name_after_a_kinship_word_is_a_person_in_lower_case_or_capitals(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "adiknya sakit sejak minggu lalu",
        "pacarnya ngajak bolos",
        "pacarnya nanya terus",
        "ayahnya diomelin tetangga",
        "temennya dibully di grup",
        "pacarnya nyuruh dia pulang",
        "temennya ngeledek terus",
        "kakaknya marahin dia",
        "temannya banyak di kelas",
        "temannya OSIS semua",
    ],
)
def test_a_word_of_spoken_indonesian_after_a_kinship_word_stays(text: str) -> None:
    assert red(text) == text


def test_a_kept_word_after_a_title_stays() -> None:
    assert red("tadi mas rina datang", kept=("rina",)) == "tadi mas rina datang"


@pytest.mark.parametrize(
    "title",
    sorted(t for t in HONORIFICS - KINSHIP_HONORIFICS - {"si", "sang"} if len(t) > 1 and t != "h"),
)
def test_every_title_before_a_lower_case_name_in_no_dictionary(title: str) -> None:
    language = "en" if title in {"mr", "mrs", "ms", "mx", "miss", "sir", "madam"} else "id"
    out = red(f"kemarin {title} marwoto datang", language)
    assert "marwoto" not in out


def test_words_kept_for_one_summary_leave_the_sessions_set_as_it_was() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Ayu", family_name="Lestari", case_code="A-1")])
    )
    once = ids.with_kept(["Genshin"])
    text = "She plays Genshin with Ayu."
    assert Redactor(once, possible_people=True).redact(
        text, subject_client_case_code="A-1"
    ).text == ("She plays Genshin with [CLIENT].")
    assert "genshin" not in ids.kept  # the set kept for the session: unchanged
    assert Redactor(ids, possible_people=True).redact(
        text, subject_client_case_code="A-1"
    ).text == ("She plays [PERSON ?] with [CLIENT].")
    assert ids.with_kept([]) is ids


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # -in is a spoken verb's ending on a word of at least four letters ("ajak-in"):
        ("kakaknya ajakin dia nonton", "kakaknya ajakin dia nonton"),
        # a five-letter name ending in -in is a name ("dar" is a word, "Darin" no verb)
        ("kakaknya darin datang", "kakaknya [ORANG A] datang"),
        # only -in is cut off: "Wahyudi" is no spoken form of the word "wahyu"
        ("adiknya wahyudi nangis", "adiknya [ORANG A] nangis"),
        # "ng" and "ny" of a spoken verb come before a vowel: these are no verbs
        ("pacarnya ngrumah", "pacarnya [ORANG A]"),
        ("pacarnya nytres", "pacarnya [ORANG A]"),
    ],
)
def test_what_makes_a_word_after_a_kinship_word_spoken_indonesian(text: str, redacted: str) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # a capitalised name that is a word, after a title in lower case (chat style)
        ("kata pak Made tadi", "kata [ORANG A] tadi"),
        ("kata bu Bunga", "kata [ORANG A]"),
        # after "Dr." and "Prof." with their full stop, a name that is a word
        ("Dr. Brown said so", "[PERSON A] said so"),
        ("Prof. Brown said so", "[PERSON A] said so"),
        # a sentence that ends after an Indonesian title: the next word starts a sentence
        (
            "We met with Pak. Will follow up on Monday.",
            "We met with Pak. Will follow up on Monday.",
        ),
    ],
)
def test_a_word_name_right_after_a_title(text: str, redacted: str) -> None:
    assert red(text, language="en" if text[0] in "DPW" else "id") == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # the same person keeps one label, another person gets the next
        (
            "tadi mas bayu chat, lalu mas doni datang, mas bayu pulang",
            "tadi [ORANG A] chat, lalu [ORANG B] datang, [ORANG A] pulang",
        ),
        (
            "kata Kak Rina tadi, lalu Kak Doni datang, Kak Rina pulang",
            "kata [ORANG A] tadi, lalu [ORANG B] datang, [ORANG A] pulang",
        ),
        ("kata mas bayu, doni juga ikut", "kata [ORANG A], doni juga ikut"),  # stops at ","
        ("aku ketemu mas bayu", "aku ketemu [ORANG A]"),  # at the very end of the text
        ("kata mas bayu santoso tadi", "kata [ORANG A] tadi"),  # two lower-case parts
    ],
)
def test_a_person_after_a_title_keeps_one_label_and_ends_where_the_name_ends(
    text: str, redacted: str
) -> None:
    assert red(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted", "language"),
    [
        ("kata mas eko tadi", "kata [ORANG A] tadi", "id"),  # a name of three letters
        ("lapor ke pak rt", "lapor ke pak rt", "id"),  # two letters: the neighbourhood head
        ("kata pak bu guru", "kata pak bu guru", "id"),  # a title after a title is no name
        ("I told mr and mrs smith about it.", "I told mr and [PERSON A] about it.", "en"),
    ],
)
def test_which_lower_case_word_after_a_title_is_a_name(
    text: str, redacted: str, language: str
) -> None:
    assert red(text, language=language) == redacted
