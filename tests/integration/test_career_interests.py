"""Career-interest inventory in the vault (issue 20, item 4): saved all or nothing,
audited by kind and id with no answer or code in the audit, struck but never deleted,
gone with a destroyed record. Vaults use KdfParams.cheap_for_tests()."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.career_interests import ITEMS, CareerInterestError, CareerInterestResult
from counsel_desk.domain.model import Client
from counsel_desk.domain.screening import ScreeningEntry
from counsel_desk.services.vault_service import KdfParams, VaultService

TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def service(tmp_path: Path):
    vault = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    vault.create(tmp_path / "v", "career passphrase, long enough", KdfParams.cheap_for_tests())
    yield vault
    vault.lock()


def _client(service: VaultService) -> int:
    client, _ = service.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"), today=TODAY
    )
    assert client.id is not None
    return client.id


def _inventory(client_id: int) -> CareerInterestResult:
    # S "Strongly like" (40), A "Like" (32), the rest "Dislike" (16)
    answers = {i.key: {"S": 4, "A": 3}.get(i.type.value, 1) for i in ITEMS}
    return CareerInterestResult(client_id, TODAY, answers, ScreeningEntry.KIOSK)


def test_a_saved_inventory_comes_back_with_its_code_and_the_audit_names_no_answer(
    service: VaultService,
) -> None:
    client_id = _client(service)
    saved = service.career_interests.save(_inventory(client_id))
    (back,) = service.career_interests.results(client_id)
    assert back.id == saved.id and back.entry is ScreeningEntry.KIOSK
    assert back.answers == _inventory(client_id).answers
    assert str(back.profile.code) == "SA(R/I/E/C)"
    entry = service.audit_entries()[0]
    assert entry.case_code == "BK-007"
    assert entry.detail == f"career interests {saved.id}: kiosk"


def test_an_incomplete_inventory_saves_nothing(service: VaultService) -> None:
    client_id = _client(service)
    bad = _inventory(client_id)
    del bad.answers["E4"]
    before = len(service.audit_entries())
    with pytest.raises(CareerInterestError, match="E4"):
        service.career_interests.save(bad)
    assert service.career_interests.results(client_id) == []
    assert len(service.audit_entries()) == before


def test_a_result_entered_in_error_is_struck_with_its_reason_and_kept(
    service: VaultService,
) -> None:
    client_id = _client(service)
    saved = service.career_interests.save(_inventory(client_id))
    assert saved.id is not None
    with pytest.raises(CareerInterestError, match="why"):
        service.career_interests.strike(saved.id, "  ")
    with pytest.raises(CareerInterestError, match="text-direction"):
        service.career_interests.strike(saved.id, "wrong \u202estudent")
    struck = service.career_interests.strike(saved.id, "wrong student at the kiosk")
    assert struck.is_struck and struck.strike_reason == "wrong student at the kiosk"
    assert [r.is_struck for r in service.career_interests.results(client_id)] == [True]
    assert service.audit_entries()[0].detail == f"career interests {saved.id}"


def test_results_go_with_a_destroyed_record_and_a_missing_client_is_refused(
    service: VaultService,
) -> None:
    client_id = _client(service)
    service.career_interests.save(_inventory(client_id))
    with service.vault.transaction() as conn:
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    with service.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM career_interests").fetchone()[0] == 0
    with pytest.raises(CareerInterestError, match="no longer"):
        service.career_interests.save(_inventory(client_id))


def test_the_full_record_lists_each_result_with_its_date_code_and_scores(
    service: VaultService, tmp_path: Path
) -> None:
    from counsel_desk.export.pdf_check import pdf_text

    client_id = _client(service)
    first = service.career_interests.save(_inventory(client_id))
    assert first.id is not None
    service.career_interests.strike(first.id, "wrong student")
    service.career_interests.save(_inventory(client_id))
    for language, words in (
        ("en", ("Career interests (RIASEC markers)", "Holland code SA(R/I/E/C)", "Scores")),
        ("id", ("Minat karier (penanda RIASEC)", "Kode Holland SA(R/I/E/C)", "Skor")),
    ):
        out = tmp_path / f"record-{language}.pdf"
        service.supervision.export_full_record(client_id, out, language=language)
        text = " ".join(" ".join(pdf_text(out.read_bytes())[0]).split())
        for word in words:
            assert word in text
        assert text.count("R 16 · I 16 · A 32 · S 40 · E 16 · C 16") == 2
        assert "wrong student" in text
