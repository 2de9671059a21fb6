"""A vault whose database *and* header were copied back together (issue 15, item 2):
this computer remembers the newest audit head it saw of each copy (seen-heads.json)."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from counsel_desk.vault.seen_heads import seen_heads_path
from tests.integration.test_cli import cli, sample_vault  # noqa: F401  (fixtures)

FILES = ("records.db", "vault.json")


def snapshot_files(vault: Path) -> dict[str, bytes]:
    return {name: (vault / name).read_bytes() for name in FILES}


def put_back(vault: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (vault / name).write_bytes(data)
    for extra in ("records.db-wal", "records.db-shm"):
        (vault / extra).unlink(missing_ok=True)


def test_database_and_header_copied_back_together_are_noticed_by_verify_and_list(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    assert cli("list", sample_vault)[0] == 0
    older = snapshot_files(sample_vault)
    for _ in range(2):  # more unlocks, more audit entries: this computer sees them
        assert cli("list", sample_vault)[0] == 0
    put_back(sample_vault, older)  # the old database with its own old header
    code, out, err = cli("verify", sample_vault)
    assert code == 1
    assert "older than this computer last saw" in out + err and "rollback" in out + err
    code, out, err = cli("list", sample_vault)  # unlocking says so, and still opens
    assert code == 0 and "warning:" in err and "older than this computer last saw" in err
    assert out  # the records are listed
    assert cli("verify", sample_vault)[0] == 1  # the unlock did not wipe the evidence


def test_an_untouched_vault_raises_no_alarm_over_many_unlocks(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    for _ in range(3):
        code, _, err = cli("list", sample_vault)
        assert code == 0 and "rollback" not in err and "seen-heads" not in err
    assert cli("verify", sample_vault)[0] == 0


def test_a_copy_in_another_folder_is_another_copy(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    assert cli("list", sample_vault)[0] == 0
    stick = tmp_path / "stick"
    shutil.copytree(sample_vault, stick)  # an older copy, kept elsewhere on purpose
    assert cli("list", sample_vault)[0] == 0
    code, _, err = cli("list", stick)
    assert code == 0 and "rollback" not in err
    assert cli("verify", stick)[0] == 0
    assert cli("verify", sample_vault)[0] == 0


def test_a_restore_into_the_same_folder_is_deliberate_and_raises_no_alarm(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "old.cdbackup"
    assert cli("backup", sample_vault, backup)[0] == 0
    for _ in range(2):  # the vault moves on after the backup
        assert cli("list", sample_vault)[0] == 0
    shutil.rmtree(sample_vault)
    code, _, err = cli("restore", backup, sample_vault)  # back to the older state, on purpose
    assert code == 0, err
    assert "rollback" not in err
    code, _, err = cli("list", sample_vault)
    assert code == 0 and "rollback" not in err
    assert cli("verify", sample_vault)[0] == 0


@pytest.mark.parametrize("damage", ["garbage", "wrong shape", "folder"])
def test_a_damaged_seen_heads_file_never_blocks_unlocking(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    damage: str,
) -> None:  # type: ignore[no-untyped-def]
    path = seen_heads_path()
    assert path.is_file()
    path.unlink()
    if damage == "garbage":
        path.write_bytes(b"\x00\xff{not json")
    elif damage == "wrong shape":
        path.write_text('{"format": "counsel-desk-seen-heads", "heads": [1, 2]}')
    else:
        path.mkdir()
    code, out, err = cli("list", sample_vault)
    assert code == 0 and out
    assert "Traceback" not in err
    assert "warning:" in err and "seen-heads.json" in err and "ignored" in err
    assert cli("verify", sample_vault)[0] == 0
    if damage != "folder":  # rewritten at the lock: detection works again
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert len(doc["heads"]) == 1


def test_the_seen_heads_file_holds_no_client_data_no_path_and_is_private(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    assert cli("list", sample_vault)[0] == 0
    path = seen_heads_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    for word in ("Budi", "Santoso", "vault", str(tmp_path), tmp_path.name):
        assert word not in text.replace("counsel-desk-seen-heads", "")
    doc = json.loads(text)
    vault_id = json.loads((sample_vault / "vault.json").read_text())["vault_id"]
    ((key, value),) = doc["heads"].items()
    assert re.fullmatch(re.escape(vault_id) + r"/[0-9a-f]{64}", key)
    assert set(value) == {"seq", "hash"}
    assert isinstance(value["seq"], int) and re.fullmatch(r"[0-9a-f]{64}", value["hash"])


def test_a_vault_folder_replaced_by_a_link_to_an_older_copy_is_noticed(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    # Attack F2: the path she always opens now leads to an older copy of both files.
    assert cli("list", sample_vault)[0] == 0
    older = sample_vault.with_name(".older")
    shutil.copytree(sample_vault, older)
    for _ in range(2):
        assert cli("list", sample_vault)[0] == 0
    sample_vault.rename(sample_vault.with_name("moved-away"))
    sample_vault.symlink_to(older)
    code, out, err = cli("verify", sample_vault)
    assert code == 1 and "older than this computer last saw" in out + err


def test_a_fifo_in_place_of_the_seen_heads_file_is_a_warning_not_a_hang(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    # Attack F4: a blocking open() of a FIFO waited for ever at every unlock.
    path = seen_heads_path()
    path.unlink()
    os.mkfifo(path)
    code, out, err = cli("list", sample_vault)
    assert code == 0 and out
    assert "warning:" in err and "seen-heads.json" in err and "not a regular file" in err


@pytest.mark.parametrize("seq", [2**63, 2**70, -1, "7", True])
def test_a_record_with_an_impossible_sequence_number_is_a_warning_not_an_internal_error(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    seq: object,
) -> None:  # type: ignore[no-untyped-def]
    # Attack F5: a seq of 2**70 stopped every unlock with an OverflowError.
    assert cli("list", sample_vault)[0] == 0
    path = seen_heads_path()
    doc = json.loads(path.read_text(encoding="utf-8"))
    ((_, value),) = doc["heads"].items()
    value["seq"] = seq
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = cli("list", sample_vault)
    assert code == 0 and out, err
    assert "internal error" not in err
    assert "warning:" in err and "damaged record" in err
    assert cli("verify", sample_vault)[0] == 0


@pytest.mark.parametrize("mac", ["é", "\u0000", "0" * 64])
def test_an_audit_head_mac_edited_to_any_text_is_an_alteration_not_an_internal_error(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    mac: str,
) -> None:  # type: ignore[no-untyped-def]
    # Attack F6: a MAC that is not ASCII made compare_digest raise a TypeError.
    header = sample_vault / "vault.json"
    doc = json.loads(header.read_text(encoding="utf-8"))
    doc.pop("checksum")  # headers from before checksums are allowed to have none
    doc["audit_head"]["mac"] = mac
    header.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = cli("verify", sample_vault)
    assert code == 1 and "internal error" not in err
    assert "audit trail head recorded in the vault's key file was altered" in out + err
