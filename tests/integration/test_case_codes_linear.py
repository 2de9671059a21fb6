"""Importing clients without case codes is linear (issue 15, item 12): the vault's codes
are read once per import, not once per client (3,000 clients took 10-12 s, 20,000 never
finished while holding the write lock)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counsel_desk.services.interchange import InterchangeService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.repositories.clients import ClientRepository
from tests.integration.conftest import PASSPHRASE, SAMPLE


def _uncoded(n: int) -> str:
    clients = [
        {"given_name": f"Anak{i}", "grade": "7A", "opened_on": "2025-07-14"} for i in range(n)
    ]
    return json.dumps({"format": "counsel-desk/1", "clients": clients})


def test_an_import_without_case_codes_reads_the_vaults_codes_a_fixed_number_of_times(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    InterchangeService(vault).import_text(SAMPLE.read_text(encoding="utf-8"))  # C-0001..4
    reads = 0
    original = ClientRepository.case_codes

    def counted(self: ClientRepository) -> set[str]:
        nonlocal reads
        reads += 1
        return original(self)

    monkeypatch.setattr(ClientRepository, "case_codes", counted)
    InterchangeService(vault).import_text(_uncoded(300))
    assert reads <= 2  # was 300: one full read per new client, hence quadratic
    monkeypatch.undo()
    with vault.reading() as conn:
        codes = ClientRepository(conn).case_codes()
    assert len(codes) == 304
    assert {f"C-{n:04d}" for n in range(5, 305)} <= codes


def test_codes_given_on_import_follow_the_highest_code_in_the_vault_and_the_file(
    vault_path: Path, cheap: KdfParams
) -> None:
    with Vault.create(vault_path, PASSPHRASE, cheap) as vault:
        doc = {
            "format": "counsel-desk/1",
            "clients": [
                {"given_name": "A", "opened_on": "2025-07-14"},
                {"case_code": "C-0042", "given_name": "B", "opened_on": "2025-07-14"},
                {"given_name": "C", "opened_on": "2025-07-14"},
            ],
        }
        InterchangeService(vault).import_text(json.dumps(doc))
        with vault.reading() as conn:
            assert ClientRepository(conn).case_codes() == {"C-0042", "C-0043", "C-0044"}
            assert ClientRepository(conn).next_case_code() == "C-0045"
