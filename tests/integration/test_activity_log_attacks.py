"""Attacks on the activity log (issue 17, attack): a student's birth date is no more
kept in an activity than her name, and a report's self-check finds one too. Vaults use
KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.redaction import Category, IdentifierSet
from counsel_desk.services.activities import ActivityNamesError
from counsel_desk.services.reports import vault_identifiers_in_texts
from counsel_desk.services.vault_service import KdfParams, VaultService
from tests.integration.test_activity_log import PASSPHRASE, TODAY, _guidance

BORN = dt.date(2012, 3, 17)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    service.clients.save_profile(
        Client(given_name="Rina", case_code="BK-007", grade="VIII-B", date_of_birth=BORN),
        today=TODAY,
    )
    yield service
    service.lock()


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("notes", "Siswa lahir 17 Maret 2012 sering absen.", "17 Maret 2012"),
        ("notes", "Tanggal lahir 17/03/2012", "17/03/2012"),
        ("notes", "dob 03/17/12", "03/17/12"),
        ("topic", "Ulang tahun 2012-03-17", "2012-03-17"),
        ("class_name", "17-3-2012", "17-3-2012"),
    ],
)
def test_an_activity_holding_a_students_birth_date_is_refused(vault, field, text, words) -> None:
    with pytest.raises(ActivityNamesError) as raised:
        vault.activities.save(_guidance(**{field: text}))
    found = raised.value.found[0]
    assert (found.text, found.category, found.case_code) == (words, Category.DATE, "BK-007")
    assert vault.activities.activities() == []


def test_an_activity_on_another_day_is_kept(vault) -> None:
    saved = vault.activities.save(_guidance(notes="Rapat 17 Maret 2026; evaluasi 18/03/2012."))
    assert vault.activities.get(saved.id).notes.startswith("Rapat")


def test_a_reports_self_check_finds_a_birth_date() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload([Client(given_name="Rina", case_code="BK-007", date_of_birth=BORN)])
    )
    (finding,) = vault_identifiers_in_texts([("page 1", "Kelas 17.03.2012")], ids, [])
    assert finding.text == "17.03.2012"
    assert vault_identifiers_in_texts([("page 1", "Periode 17.03.2026")], ids, []) == []


@pytest.mark.parametrize(
    "written",
    ["bk-007", "BK 007", "BK\u2011007", "BK007", "ＢＫ－００７", "B\u200bK-007", "(bk/007)"],
)
def test_a_reports_self_check_finds_a_case_code_however_it_is_written(written) -> None:
    ids = IdentifierSet.from_caseload(Caseload([Client(given_name="Rina", case_code="BK-007")]))
    (finding,) = vault_identifiers_in_texts([("sheet 2", f"Kelas {written}")], ids, ["BK-007"])
    assert finding.text == "BK-007"


@pytest.mark.parametrize("text", ["ABK-007", "BK-0071", "BK-00", "SBK 007 X"])
def test_a_reports_self_check_lets_other_words_and_numbers_pass(text) -> None:
    ids = IdentifierSet.from_caseload(Caseload([Client(given_name="Rina", case_code="BK-007")]))
    assert vault_identifiers_in_texts([("sheet 2", text)], ids, ["BK-007"]) == []


def test_a_bk_report_with_a_case_code_written_in_lower_case_is_not_written(
    vault, tmp_path: Path
) -> None:
    from counsel_desk.export.pdf_check import SelfCheckFailedError

    # The class was saved before a client was given that code: the report still finds it.
    vault.activities.save(_guidance(class_name="bk 010"))
    vault.clients.save_profile(Client(given_name="Doni", case_code="BK-010"), today=TODAY)
    report = vault.bk_reports.report(vault.bk_reports.period("2026-11"))
    with pytest.raises(SelfCheckFailedError):
        vault.bk_reports.write_xlsx(report, tmp_path / "r.xlsx")
    assert not (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize("written", ["BK-007", "bk 007", "VIII-B (BK007)"])
def test_a_class_that_is_a_case_code_is_refused_the_bk_report_prints_classes(
    vault, written
) -> None:
    with pytest.raises(ActivityNamesError) as raised:
        vault.activities.save(_guidance(class_name=written))
    found = raised.value.found[0]
    assert (found.field, found.case_code) == ("class_name", "BK-007")
    assert "BK-007" in str(raised.value)
    assert vault.activities.activities() == []


def test_a_case_code_in_the_notes_is_kept_as_the_log_asks(vault) -> None:
    saved = vault.activities.save(_guidance(notes="BK-007 ikut; lanjut konseling."))
    assert vault.activities.get(saved.id).notes.startswith("BK-007")


@pytest.mark.parametrize("written", ["VIII-Brina", "viii-brina", "9Crina", "VIII-B-Rina"])
def test_a_name_glued_to_the_class_is_refused_the_bk_report_prints_classes(vault, written) -> None:
    with pytest.raises(ActivityNamesError) as raised:
        vault.activities.save(_guidance(class_name=written))
    assert raised.value.found[0].case_code == "BK-007"
    assert vault.activities.activities() == []


@pytest.mark.parametrize("written", ["VIII-B", "X IPA 2", "VII-Bintang", "Kelas Inklusi"])
def test_a_class_with_no_name_glued_to_it_is_kept(vault, written) -> None:
    assert vault.activities.save(_guidance(class_name=written)).class_name == written


@pytest.mark.parametrize("text", ["Laporan layanan BK\n1 November 2026", "Layanan BK — 1 kelas"])
def test_a_reports_self_check_finds_no_case_code_across_a_line_or_a_dash(text) -> None:
    ids = IdentifierSet.from_caseload(Caseload([Client(given_name="Rina", case_code="BK-1")]))
    assert vault_identifiers_in_texts([("page 1", text)], ids, ["BK-1"]) == []
