"""The boundaries of the redaction rules, on both sides (issue 24: each test here kills
mutants of domain/redaction.py that every other redaction test let through).

Dates: every month in every written form of both languages, the day and month bounds of
numeric dates. Numbers: the length bounds of never-print numbers and of phone numbers.
Names: titles, hyphenated clitics and verbs of saying around a name that is also a word;
the sender of a chat line; the capital at the start of a text.
"""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import (
    Category,
    Identifier,
    IdentifierSet,
    Redactor,
    possible_names,
)


def _ids(*terms: str) -> IdentifierSet:
    # Built in each test, never at import: mutmut forks after the import.
    caseload = Caseload(
        [
            Client("Bagus", case_code="W-1"),  # a name that is also a word (good)
            Client("Bulan", case_code="W-2"),  # moon, month
            Client("Dimas", case_code="W-3", family_name="Anggara"),
        ]
    )
    return IdentifierSet.from_caseload(caseload, extra_terms=terms)


def red(text: str, *terms: str) -> str:
    return Redactor(_ids(*terms)).redact(text, subject_client_case_code="W-3").text


# --- dates: every month, every written form, both languages ----------------------------

# Each month as it is written in English and Indonesian notes, with the abbreviations.
MONTH_WORDS = {
    1: ("January", "Januari", "Jan"),
    2: ("February", "Februari", "Pebruari", "Feb", "Febr", "Peb"),
    3: ("March", "Maret", "Mar", "Mrt"),
    4: ("April", "Apr"),
    5: ("May", "Mei"),
    6: ("June", "Juni", "Jun"),
    7: ("July", "Juli", "Jul"),
    8: ("August", "Agustus", "Aug", "Agu", "Agt", "Ags", "Agust"),
    9: ("September", "Sep", "Sept"),
    10: ("October", "Oktober", "Oct", "Okt"),
    11: ("November", "Nopember", "Nov", "Nop"),
    12: ("December", "Desember", "Dec", "Des"),
}
ALL_MONTH_WORDS = [(m, w) for m, words in MONTH_WORDS.items() for w in words]


def _written_dates(word: str) -> list[str]:
    return [
        f"17 {word} 2010",
        f"17 {word.lower()} 2010",
        f"17 {word.upper()} 2010",
        f"17-{word}-2010",
        f"17.{word}.2010",
        f"17/{word}/2010",
        f"17 {word}. 2010",
        f"17th of {word}, 2010",
        f"1st {word} 1998",
        f"{word} 17, 2010",
        f"{word} 17th 2010",
        f"{word}. 3, '09",
        f"17 {word}",  # a birthday without the year identifies a child as well
        f"{word} 17",
    ]


@pytest.mark.parametrize(("month", "word"), ALL_MONTH_WORDS)
def test_every_month_in_every_written_form_is_a_date(month: int, word: str) -> None:
    for written in _written_dates(word):
        assert red(f"lahir {written} di Semarang") == "lahir [DATE] di Semarang", (month, written)


def test_a_month_word_alone_or_a_day_with_no_month_is_no_date() -> None:
    kept = "Bulan Mei ujian; in May we met; 17 anak; April datang; ke-17 kalinya."
    assert "[DATE]" not in red(kept)


def _is_day(n: int) -> bool:
    return 1 <= n <= 31


def _is_month(n: int) -> bool:
    return 1 <= n <= 12


EDGES = (0, 1, 12, 13, 31, 32)


@pytest.mark.parametrize("sep", ["/", "-", "."])
@pytest.mark.parametrize("a", EDGES)
@pytest.mark.parametrize("b", EDGES)
def test_a_numeric_date_is_day_month_or_month_day_within_their_bounds(
    sep: str, a: int, b: int
) -> None:
    # 17/04/2010 (Indonesian) and 04/17/2010 (American) are both dates; 32/01 and 13/13
    # are neither (a long number then, not a date).
    # (written as a birth: a date that is a public holiday, 01/01, is otherwise kept)
    text = f"{a:02d}{sep}{b:02d}{sep}2010"
    out = red(f"lahir {text} ok")
    date = (_is_day(a) and _is_month(b)) or (_is_month(a) and _is_day(b))
    assert (out == "lahir [DATE] ok") is date, (text, out)


@pytest.mark.parametrize("sep", ["-", "/", "."])
@pytest.mark.parametrize("month", (0, 1, 12, 13))
@pytest.mark.parametrize("day", (0, 1, 31, 32))
def test_a_year_first_date_has_a_month_and_a_day_within_their_bounds(
    sep: str, month: int, day: int
) -> None:
    text = f"2010{sep}{month:02d}{sep}{day:02d}"
    out = red(f"lahir {text} ok")
    assert (out == "lahir [DATE] ok") is (_is_month(month) and _is_day(day)), (text, out)


# --- never-print numbers -----------------------------------------------------------------


def test_a_never_print_number_of_six_digits_is_found_however_it_is_grouped() -> None:
    assert red("kode 12 34 56 lagi", "123456") == "kode [ID] lagi"
    assert red("kode 123-456 lagi", "123456") == "kode [ID] lagi"


def test_a_never_print_number_of_five_digits_is_found_only_as_written() -> None:
    assert red("kode 12345 lagi", "12345") == "kode [REDACTED] lagi"
    # Not inside another number: 612345 is someone else's.
    assert red("kode 612345 lagi", "12345") == "kode 612345 lagi"


def test_a_never_print_term_that_is_mostly_digits_is_also_a_number() -> None:
    # Half of its letters and digits (spaces not counted) are digits: a number with a
    # prefix ("KTP 337401"), found in any grouping; with more letters it is a phrase.
    assert red("kode 123-456 lagi", "ABCDEF 123456") == "kode [ID] lagi"
    assert red("kode 123-456 lagi", "ABCDEFG 123456") == "kode 123-456 lagi"
    assert red("kode 123-456 lagi", "A B C D E F 123456") == "kode [ID] lagi"


def test_a_never_print_number_found_in_a_pdf_counts_as_the_vaults() -> None:
    detections = _ids("123456").find("kode 123-456")
    assert [(d.category, d.generic) for d in detections] == [(Category.ID, False)]


def test_a_never_print_word_is_redacted_in_any_case_even_when_it_is_a_common_word() -> None:
    # "bunga" (flower) is an ordinary word; on her list it goes however it is written.
    assert red("nama geng bunga, Bunga, BUNGA", "Bunga") == (
        "nama geng [REDACTED], [REDACTED], [REDACTED]"
    )


def test_the_identifier_set_lists_each_never_print_term_as_a_term() -> None:
    ids = _ids("klub panahan", "123456")
    terms = [i for i in ids if i.category is Category.TERM]
    assert terms == [
        Identifier("klub panahan", Category.TERM, None, None),
        Identifier("123456", Category.TERM, None, None),
    ]
    assert len(ids) == len(list(ids))


# --- a name that is also a word: where only a name stands --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a title with at most a dot and spaces between (3 characters at most).
        ("tadi mas bagus datang", "tadi [PERSON A] datang"),
        ("tadi mas. bagus datang", "tadi [PERSON A] datang"),
        ("tadi kak   bagus pulang", "tadi [PERSON A] pulang"),
        ("tadi kak    bagus pulang", "tadi kak    bagus pulang"),
        ("tadi kak.   bagus pulang", "tadi kak.   bagus pulang"),
        ("tadi kak, bagus pulang", "tadi kak, bagus pulang"),
        # "si" and "sang" are articles before any noun: "si bagus" is just "the good one".
        ("rasanya si bagus pulang", "rasanya si bagus pulang"),
        ("sang bagus pulang", "sang bagus pulang"),
        # After a verb of saying, with or without a title.
        ("kata bagus pulang", "kata [PERSON A] pulang"),
        # Before a verb of saying, one space between; with a hyphenated clitic too.
        ("lalu bagus bilang capek", "lalu [PERSON A] bilang capek"),
        ("lalu bagus-nya bilang capek", "lalu [PERSON A] bilang capek"),
        ("lalu bagusnya bilang capek", "lalu [PERSON A] bilang capek"),
        ("lalu bagus  bilang capek", "lalu bagus  bilang capek"),
        ("lalu bagus-nya pulang", "lalu bagus-nya pulang"),
        ("lalu bagus pulang", "lalu bagus pulang"),
        ("bagus", "bagus"),
        ("rasanya bagus", "rasanya bagus"),
    ],
)
def test_a_lower_case_word_name_is_a_name_only_where_a_name_stands(
    text: str, expected: str
) -> None:
    assert red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bagus: aku capek", "[PERSON A]: aku capek"),
        ("catatan\nbagus: aku capek", "catatan\n[PERSON A]: aku capek"),
        ("catatan\n[21.03] bagus: aku capek", "catatan\n[21.03] [PERSON A]: aku capek"),
        ("catatan\n- bagus: aku capek", "catatan\n- [PERSON A]: aku capek"),
        ('x "bagus: aku capek"', 'x "[PERSON A]: aku capek"'),
        # Mid-line before a colon is no sender: a word then ("rasanya bagus: sejuk").
        ("catatan\nrasanya bagus: sejuk", "catatan\nrasanya bagus: sejuk"),
        ("rasanya bagus: sejuk", "rasanya bagus: sejuk"),
        ("a\nb\nrasanya bagus: sejuk", "a\nb\nrasanya bagus: sejuk"),
        # A time after it is no chat line either.
        ("bagus:30", "bagus:30"),
    ],
)
def test_a_lower_case_word_name_is_the_sender_of_a_chat_line_only_at_its_start(
    text: str, expected: str
) -> None:
    assert red(text) == expected


def test_a_hyphenated_clitic_is_part_of_a_common_word_name() -> None:
    # "Bulan-nya" capitalised is the client; "bulan-nya" is "its month".
    assert red("Bulan-nya datang") == "[PERSON A] datang"
    assert red("bulan-nya depan") == "bulan-nya depan"
    assert red("bulan-ku bilang") == "[PERSON A] bilang"
    assert red("bulan -nya bilang") == "bulan -nya bilang"


# --- a kinship title at the start of the text ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # At a sentence start "Ibu" is capitalised anyway: the client's mother.
        ("Ibu Dimas datang.", "Ibu [CLIENT] datang."),
        ('"Ibu Dimas datang."', '"Ibu [CLIENT] datang."'),
        ("  (Ibu Dimas datang.)", "  (Ibu [CLIENT] datang.)"),
        # Mid-sentence, capitalised, it is her title: part of the name.
        ("x Ibu Dimas datang.", "x [CLIENT] datang."),
        ("Lalu Ibu Dimas datang.", "Lalu [CLIENT] datang."),
        ("Ya. Ibu Dimas datang.", "Ya. Ibu [CLIENT] datang."),
    ],
)
def test_a_kinship_title_at_the_start_of_a_text_means_the_mother(text: str, expected: str) -> None:
    assert red(text) == expected


# --- possible names ----------------------------------------------------------------------


def test_possible_names_are_capitalised_words_of_two_letters_or_more_mid_sentence() -> None:
    text = "Kemarin Yo dan Ed dan X datang, juga Marwoto. Konseli diam."
    assert possible_names(text, _ids()) == ["Yo", "Ed", "Marwoto"]


def test_a_word_seen_only_at_the_start_of_the_text_is_no_possible_name() -> None:
    ids = _ids()
    assert possible_names("Marwoto datang. Lalu pulang.", ids) == []
    assert possible_names('  "Marwoto datang." Lalu pulang.', ids) == []
    assert possible_names("x Marwoto datang.", ids) == ["Marwoto"]
    assert possible_names("Ya, kata Marwoto.", ids) == ["Marwoto"]


def test_a_word_inside_or_right_after_a_redacted_span_is_no_possible_name() -> None:
    ids = _ids()
    # Dimas is listed; the word touching its end and the words after it are checked.
    assert possible_names("ketemu Dimas Anggara lalu Marwoto dan Sutejo", ids) == [
        "Marwoto",
        "Sutejo",
    ]
    assert possible_names("ketemu Bayu,Marwoto dan Dimas,Sutejo", ids) == [
        "Marwoto",
        "Sutejo",
    ]


# --- possible_names: which capitalised words the counselor is asked about ----------------


def _candidates(text: str, *, keep: tuple[str, ...] = ()) -> list[str]:
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Ayu", case_code="C-1"), Client("Budi", case_code="C-2")])
    )
    ids.keep(keep)
    return possible_names(text, ids)


def test_a_word_within_the_second_listed_name_is_not_asked_about() -> None:
    assert _candidates("Ayu said Budi was absent and Kiraroo came.") == ["Kiraroo"]


def test_a_kept_word_does_not_end_the_candidates_after_it() -> None:
    assert _candidates("we met Zumbaroo and then Kiraroo came", keep=("Zumbaroo",)) == ["Kiraroo"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (" " * 12 + "Kiraroo pergi.", []),  # the first word of the text, after 12 blanks
        (" " * 13 + "Kiraroo pergi.", ["Kiraroo"]),  # 13: past the start of the text
        ("Dia pergi." + " " * 12 + "Kiraroo datang.", ["Kiraroo"]),  # the stop 13 back
        ("Dia pergi." + " " * 11 + "Kiraroo datang.", []),  # 12 back: a sentence start
        ('"(Kiraroo datang.', []),
        ("X Kiraroo datang.", ["Kiraroo"]),  # a letter before it: mid-sentence
    ],
)
def test_a_word_seen_only_where_a_sentence_starts_is_not_asked_about(
    text: str, asked: list[str]
) -> None:
    assert _candidates(text) == asked
