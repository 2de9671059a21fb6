"""A birth date in part still identifies a child (issue 16, item 6): the month and year
of any client's birth, and the day and month of the subject's own, are redacted however
they are written; the same shapes that are no one's birthday (a score, a fraction, a
session month) stay."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor


def red(text: str, subject: str = "B-1") -> str:
    caseload = Caseload(
        [
            Client("Dimas", case_code="B-1", date_of_birth=dt.date(2011, 3, 17)),
            Client("Sari", case_code="B-2", date_of_birth=dt.date(2010, 10, 6)),
        ]
    )
    ids = IdentifierSet.from_caseload(caseload)
    return Redactor(ids, language="id").redact(text, subject_client_case_code=subject).text


@pytest.mark.parametrize(
    "written",
    ["Maret 2011", "maret 2011", "Mar. 2011", "March, 2011", "03/2011", "3-2011", "3.2011"],
)
def test_the_month_and_year_of_a_birth_are_redacted(written: str) -> None:
    assert red(f"lahir {written} di Klaten") == "lahir [TANGGAL] di Klaten"


def test_the_month_and_year_of_another_clients_birth_are_redacted_too() -> None:
    assert red("adiknya lahir Oktober 2010") == "adiknya lahir [TANGGAL]"


@pytest.mark.parametrize("written", ["17/03", "17/3", "17-03", "17.3", "3/17", "03-17"])
def test_the_day_and_month_of_the_subjects_birth_are_redacted(written: str) -> None:
    assert red(f"ultah tgl {written} kemarin") == "ultah tgl [TANGGAL] kemarin"


@pytest.mark.parametrize(
    "kept",
    [
        "skor 6/10",  # another client's birthday, but here a score
        "sesi Maret 2025",
        "Maret 2012",
        "3/4 pertemuan",
        "17/04",
        "16/03",
        "jam 10.30",
        "lahir 2011",
    ],
)
def test_a_score_a_fraction_and_a_session_month_stay(kept: str) -> None:
    assert red(kept) == kept


def test_another_clients_day_and_month_are_no_birthday_in_the_subjects_summary() -> None:
    assert red("skor 6/10", subject="B-1") == "skor 6/10"
    assert red("skor 6/10", subject="B-2") == "skor [TANGGAL]"


def test_a_client_added_after_a_summary_was_redacted_has_her_birth_dates_redacted_too() -> None:
    # The birth dates are indexed once for speed; a client added later must reach them.
    ids = IdentifierSet.from_caseload(
        Caseload([Client("Dimas", case_code="B-1", date_of_birth=dt.date(2011, 3, 17))])
    )

    def red(text: str, subject: str) -> str:
        return Redactor(ids, language="id").redact(text, subject_client_case_code=subject).text

    assert red("ultah 6/10", "B-1") == "ultah 6/10"
    ids.add_client(Client("Sari", case_code="B-2", date_of_birth=dt.date(2010, 10, 6)))
    assert red("lahir Oktober 2010", "B-1") == "lahir [TANGGAL]"
    assert red("ultah 6/10", "B-2") == "ultah [TANGGAL]"


def test_the_birthday_of_a_client_with_two_records_is_the_first_birth_date() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [
                Client("Dimas", case_code="B-1", date_of_birth=dt.date(2011, 3, 17)),
                Client("Dimas", case_code="B-1", date_of_birth=dt.date(2011, 4, 18)),
            ]
        )
    )
    text = Redactor(ids, language="id").redact("17/03 dan 18/04", subject_client_case_code="B-1")
    assert text.text == "[TANGGAL] dan 18/04"


def _ids() -> IdentifierSet:
    return IdentifierSet.from_caseload(
        Caseload(
            [
                Client("Dimas", case_code="B-1", date_of_birth=dt.date(2011, 3, 17)),
                Client("Sari", case_code="B-2", date_of_birth=dt.date(2010, 10, 6)),
                Client("Rina", case_code="B-3", date_of_birth=dt.date(2011, 3, 17)),  # twin day
            ]
        )
    )


@pytest.mark.parametrize(
    "written",
    [
        "17/03/2011",
        "17-3-2011",
        "17.03.11",
        "03/17/2011",  # month first
        "3/17/11",
        "2011-03-17",
        "17 Maret 2011",
        "17 March 2011",
        "March 17, 2011",
        "17 Mar 2011",
    ],
)
def test_a_whole_birth_date_written_any_way_names_each_client_born_that_day(written: str) -> None:
    """What the activity log and a report's self-check ask of a generic date."""
    assert _ids().births_written_in(f"rapat tanggal {written} di ruang BK") == ["B-1", "B-3"]


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("06/10/2010", ["B-2"]),  # day first
        ("10/06/2010", ["B-2"]),  # month first: both readings are tried
        ("6 Oktober 2010", ["B-2"]),
        ("06/10/10", ["B-2"]),  # a two-digit year as written
    ],
)
def test_both_readings_of_a_date_in_numbers_are_tried(written: str, codes: list[str]) -> None:
    assert _ids().births_written_in(written) == codes


@pytest.mark.parametrize(
    "written",
    [
        "17/03",  # no year: a birthday, not a birth date
        "17 Maret",
        "17/03/2012",  # another year
        "18/03/2011",  # another day
        "17/04/2011",  # another month
        "17/03/1911",  # a century off
        "2011-17-03",
        "tanggal 3 tahun 2011",
    ],
)
def test_a_date_that_is_no_ones_whole_birth_date_names_no_one(written: str) -> None:
    assert _ids().births_written_in(f"rapat {written}") == []


def test_a_vault_without_birth_dates_finds_none() -> None:
    ids = IdentifierSet.from_caseload(Caseload([Client("Dimas", case_code="B-1")]))
    assert ids.births_written_in("17/03/2011") == []


def test_two_birth_dates_in_one_text_name_both_clients_once() -> None:
    text = "17/03/2011 lalu 6 Oktober 2010 lalu 2011-03-17"
    assert _ids().births_written_in(text) == ["B-1", "B-3", "B-2"]
