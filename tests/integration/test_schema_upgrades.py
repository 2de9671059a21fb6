"""Every released schema version's vault opens with today's code and upgrades."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from counsel_desk.services.clients import ClientService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.vault import Vault
from counsel_desk.vault.migrations import LATEST_VERSION, schema_version
from tests.conftest import sample_exported_text
from tests.fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, FIXTURES

RELEASED = sorted(FIXTURES.glob("vault-schema-*"), key=lambda p: int(p.name.rsplit("-", 1)[1]))


def test_there_is_a_fixture_for_the_first_schema_version() -> None:
    assert RELEASED and RELEASED[0].name == "vault-schema-1"


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.name for p in RELEASED])
def test_vault_of_a_released_schema_opens_upgrades_and_keeps_its_records(
    fixture: Path, tmp_path: Path
) -> None:
    copy = tmp_path / fixture.name
    shutil.copytree(fixture, copy)
    made_by = int(fixture.name.rsplit("-", 1)[1])
    with (
        Vault.open(copy, FIXTURE_PASSPHRASE, upgrade_and_record=False) as vault,
        vault.reading() as conn,
    ):
        assert schema_version(conn) == made_by
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        with vault.reading() as conn:
            assert schema_version(conn) == LATEST_VERSION
        assert vault.check_integrity() == []
        codes = [s.case_code for s in ClientService(vault).list_summaries()]
        assert codes == ["C-0001", "C-0002", "C-0003", "C-0004"]
        exported = InterchangeService(vault).export_text()
    assert exported == sample_exported_text()
