"""A header stripped of its rollback record (issue 15, attack F3).

The header's audit head and record state are plain JSON keys beside their MACs: deleting
them (and the checksum) needs no key. Put in front of an older records.db on a computer
that has no seen-heads record of the vault, that used to pass verify and unlock. Since
the header first carried a head, the database says so, and only the data key can take
that back."""

from __future__ import annotations

import json
from pathlib import Path

from counsel_desk.vault import Vault
from counsel_desk.vault.seen_heads import seen_heads_path
from tests.integration.conftest import PASSPHRASE
from tests.integration.test_cli import cli, sample_vault  # noqa: F401  (fixtures)


def _strip_header(vault: Path) -> None:
    path = vault / "vault.json"
    doc = json.loads(path.read_text("utf-8"))
    for key in ("audit_head", "record_state", "checksum"):
        doc.pop(key, None)
    path.write_text(json.dumps(doc), "utf-8")


def _forget_this_computer() -> None:
    seen_heads_path().unlink(missing_ok=True)


def test_an_old_database_behind_a_stripped_header_is_noticed_by_verify_and_unlock(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    assert cli("list", sample_vault)[0] == 0  # locked once: the header carries the head
    older = (sample_vault / "records.db").read_bytes()
    for _ in range(2):
        assert cli("list", sample_vault)[0] == 0
    (sample_vault / "records.db").write_bytes(older)
    for extra in ("records.db-wal", "records.db-shm"):
        (sample_vault / extra).unlink(missing_ok=True)
    _strip_header(sample_vault)
    _forget_this_computer()

    code, out, err = cli("verify", sample_vault)
    assert code == 1
    assert "lost its record of the newest change" in out + err and "rollback" in out + err
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        assert vault.rollback_problem is not None
    assert cli("verify", sample_vault)[0] == 1  # the unlock did not wipe the evidence


def test_an_untouched_vault_stays_quiet_after_the_note_is_written(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        code, _, err = cli("list", sample_vault)
        assert code == 0 and "rollback" not in err
    _forget_this_computer()
    assert cli("verify", sample_vault)[0] == 0
