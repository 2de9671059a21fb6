"""Failed unlocks are counted on this computer, by the window and the CLI alike, and
written into the vault's audit trail by the next unlock of either (issue 14, item 5). A
wrong passphrase still changes no byte of the vault."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from counsel_desk.services.vault_service import VaultService
from counsel_desk.vault import Vault
from counsel_desk.vault.errors import WrongPassphraseError
from counsel_desk.vault.failed_unlocks import failed_unlocks_path
from tests.integration.conftest import PASSPHRASE, snapshot
from tests.integration.test_cli import cli, sample_vault  # noqa: F401  (fixtures)

WRONG = "not the passphrase at all, sorry"


def _failed_entries(vault: Path) -> list[str | None]:
    with Vault.open(vault, PASSPHRASE, upgrade_and_record=False) as opened:
        return [e.detail for e in opened.audit.entries() if e.action == "failed_unlocks"]


def test_wrong_passphrases_in_the_cli_are_recorded_at_the_next_unlock_in_the_window(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(sample_vault)
    for _ in range(2):
        code, _, err = cli("list", sample_vault, stdin=WRONG + "\n")
        assert code == 1 and "passphrase" in err.lower()
    assert snapshot(sample_vault) == before  # a wrong passphrase writes nothing there
    service = VaultService()
    service.unlock(sample_vault, PASSPHRASE)
    service.lock(backup=False)
    assert _failed_entries(sample_vault) == ["2"]
    service.unlock(sample_vault, PASSPHRASE)  # counted once, then forgotten
    service.lock(backup=False)
    assert _failed_entries(sample_vault) == ["2"]


def test_wrong_passphrases_in_the_window_are_recorded_at_the_next_unlock_in_the_cli(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    service = VaultService()
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            service.unlock(sample_vault, WRONG)
    assert cli("list", sample_vault)[0] == 0
    assert _failed_entries(sample_vault) == ["3"]


def test_verify_neither_records_nor_forgets_the_count(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    assert cli("list", sample_vault, stdin=WRONG + "\n")[0] == 1
    assert cli("verify", sample_vault)[0] == 0
    assert _failed_entries(sample_vault) == []
    assert cli("list", sample_vault)[0] == 0
    assert _failed_entries(sample_vault) == ["1"]


def test_the_count_file_is_private_and_holds_no_path(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    assert cli("list", sample_vault, stdin=WRONG + "\n")[0] == 1
    path = failed_unlocks_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "vault" not in text.replace("counsel-desk", "")
    ((key, count),) = json.loads(text)["counts"].items()
    assert re.fullmatch(r"[0-9a-f-]{36}/[0-9a-f]{64}", key) and count == 1


@pytest.mark.parametrize("damage", [b"\x00garbage", b'{"format": 1}', b"[]", "fifo"])
def test_a_damaged_count_file_never_stops_an_unlock(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    damage: bytes | str,
) -> None:  # type: ignore[no-untyped-def]
    import os

    path = failed_unlocks_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if damage == "fifo":
        os.mkfifo(path)
    else:
        assert isinstance(damage, bytes)
        path.write_bytes(damage)
    assert cli("list", sample_vault, stdin=WRONG + "\n")[0] == 1
    code, out, err = cli("list", sample_vault)
    assert code == 0 and out and "internal error" not in err
