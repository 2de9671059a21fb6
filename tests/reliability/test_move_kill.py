"""A kill (SIGKILL) at any step of moving a vault out of a synced folder leaves at least
one complete vault that opens with the same passphrase and holds every record: the old
copy is removed only after the new one was checked and put in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_desk.services.interchange import InterchangeService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.move import MOVE_STEPS
from tests.conftest import SAMPLE_CASELOAD
from tests.reliability.conftest import Child
from tests.reliability.workers import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()


def _records(folder: Path) -> str:
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.check_integrity() == []
        return InterchangeService(vault).export_text()


def _complete(folder: Path) -> bool:
    return (folder / "vault.json").is_file() and (folder / "records.db").is_file()


# "removed" is the last step: killed there, the move has done everything.
@pytest.mark.parametrize("kill_at", MOVE_STEPS)
def test_a_kill_at_any_step_of_a_move_leaves_a_complete_vault(
    tmp_path: Path, child_processes: list[Child], kill_at: str
) -> None:
    share = tmp_path / "Sync"
    old = share / "Vault"
    with Vault.create(old, PASSPHRASE, CHEAP) as vault:
        InterchangeService(vault).import_text(SAMPLE_CASELOAD.read_bytes())
    (share / ".stfolder").mkdir()
    records = _records(old)
    new = tmp_path / "Safe" / "Vault"

    child = Child("move", old, new, kill_at)
    child_processes.append(child)
    child.wait_for("ready")
    child.wait_for(f"step {kill_at}")
    child.kill()
    assert "done" not in child.lines

    survivors = [folder for folder in (old, new) if _complete(folder)]
    assert survivors, "no complete vault left"
    for folder in survivors:
        assert _records(folder) == records
    reached = MOVE_STEPS.index(kill_at)
    # Until the new copy is in place the old one is untouched, and no half-made copy
    # shows under the chosen name (only a hidden staging folder may be left beside it).
    if reached < MOVE_STEPS.index("renamed"):
        assert old in survivors and not new.exists()
    if reached >= MOVE_STEPS.index("renamed"):
        assert new in survivors
