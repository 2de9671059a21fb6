"""Damage on disk: flipped bytes, truncated files, wrong keys, foreign files. Each is a
clear message at unlock or from verify: never a crash, never a traceback, never a change
to the files. And the untouched backup still opens."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.backup import restore_backup, write_backup
from counsel_desk.vault.errors import (
    KeyFileRequiredError,
    NotAVaultError,
    VaultDamagedError,
    WrongPassphraseError,
)
from tests.conftest import SAMPLE_CASELOAD, sample_exported_text
from tests.integration.conftest import snapshot
from tests.reliability.conftest import ROOT

PASSPHRASE = "damage suite passphrase, long enough"
CHEAP = KdfParams.cheap_for_tests()  # the suite tests damage handling, not the KDF


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A closed vault holding the sample caseload, and a backup of it."""
    base = tmp_path_factory.mktemp("pristine")
    vault_path = base / "vault"
    with Vault.create(vault_path, PASSPHRASE, CHEAP) as vault:
        InterchangeService(vault).import_text(SAMPLE_CASELOAD.read_bytes())
        backup = write_backup(vault, base / "pristine.cdbackup").path
    return vault_path, backup


def _verdict(vault_path: Path) -> str:
    """How the app sees a vault: 'intact', or the kind of damage it reported."""
    try:
        with Vault.open(vault_path, PASSPHRASE, upgrade_and_record=False) as vault:
            problems = vault.check_integrity()
    except CounselDeskError as exc:
        return f"refused at unlock: {type(exc).__name__}"
    return "intact" if not problems else "reported by verify"


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << random.Random(offset).randrange(8)
    path.write_bytes(bytes(data))


def test_a_hundred_random_byte_flips_are_each_reported(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    source, _ = pristine
    rng = random.Random(20251125)
    files = [source / "records.db", source / "vault.json"]
    sizes = {f.name: f.stat().st_size for f in files}
    total = sum(sizes.values())
    verdicts: dict[str, int] = {}
    for i in range(100):
        where = rng.randrange(total)
        name = "records.db" if where < sizes["records.db"] else "vault.json"
        offset = where if name == "records.db" else where - sizes["records.db"]
        copy = tmp_path / f"flip{i}"
        shutil.copytree(source, copy)
        _flip(copy / name, offset)
        verdict = _verdict(copy)
        assert verdict != "intact", f"a flip at {name}:{offset} went unnoticed"
        assert "WrongPassphrase" not in verdict, f"{name}:{offset} looked like a wrong passphrase"
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
        shutil.rmtree(copy)
    assert sum(verdicts.values()) == 100


@pytest.mark.parametrize(
    ("name", "keep"),
    [
        ("records.db", 0),
        ("records.db", 100),
        ("records.db", 4096),
        ("records.db", "half"),
        ("records.db", "minus-one-page"),
        ("records.db", "minus-one-byte"),
        ("vault.json", 0),
        ("vault.json", "half"),
    ],
)
def test_truncated_files_are_reported(
    pristine: tuple[Path, Path], tmp_path: Path, name: str, keep: int | str
) -> None:
    source, _ = pristine
    copy = tmp_path / "copy"
    shutil.copytree(source, copy)
    data = (copy / name).read_bytes()
    length = {
        "half": len(data) // 2,
        "minus-one-page": len(data) - 4096,
        "minus-one-byte": len(data) - 1,
    }.get(keep, keep)  # type: ignore[call-overload]
    (copy / name).write_bytes(data[:length])
    assert _verdict(copy) != "intact"


def test_a_damaged_vault_never_shows_a_traceback_from_the_command_line(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    source, _ = pristine
    copy = tmp_path / "copy"
    shutil.copytree(source, copy)
    _flip(copy / "records.db", 5000)
    for command in ("verify", "list", "export-json"):
        extra = [str(tmp_path / "out.json")] if command == "export-json" else []
        result = subprocess.run(
            [sys.executable, "-m", "counsel_desk.cli", command, str(copy), *extra],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert result.returncode == 1, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_the_untouched_backup_still_opens_after_the_vault_is_damaged(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    source, backup = pristine
    copy = tmp_path / "copy"
    shutil.copytree(source, copy)
    (copy / "records.db").write_bytes(b"\0" * 8192)
    assert _verdict(copy) != "intact"
    with restore_backup(backup, tmp_path / "restored", lambda p: Vault.open(p, PASSPHRASE)) as v:
        assert v.check_integrity() == []
        assert InterchangeService(v).export_text() == sample_exported_text()


def test_wrong_keys_and_foreign_files_get_a_clear_message_and_change_nothing(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    source, _ = pristine
    copy = tmp_path / "copy"
    shutil.copytree(source, copy)
    keyed = tmp_path / "keyed"
    shutil.copytree(source, keyed)
    keyfile = tmp_path / "k.key"
    with Vault.open(keyed, PASSPHRASE) as vault:
        vault.add_key_file(PASSPHRASE, keyfile)
    wrong_key = tmp_path / "wrong.key"
    wrong_key.write_bytes(b"some other file")
    empty = tmp_path / "empty.file"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "vault.json").write_text('{"format": "something else"}')
    (foreign / "records.db").write_bytes(b"SQLite format 3\0" + b"\0" * 4080)
    before = snapshot(tmp_path)
    cases = [
        (lambda: Vault.open(copy, "not the passphrase, sorry"), WrongPassphraseError),
        (lambda: Vault.open(keyed, PASSPHRASE), KeyFileRequiredError),
        (lambda: Vault.open(keyed, PASSPHRASE, keyfile=wrong_key), WrongPassphraseError),
        (
            lambda: Vault.open_with_recovery_key(copy, "AAAA-" * 7 + "AAAA", "new one"),
            WrongPassphraseError,
        ),
        (lambda: Vault.open(empty, PASSPHRASE), NotAVaultError),
        (lambda: Vault.open(foreign, PASSPHRASE), VaultDamagedError),
        (lambda: Vault.open(tmp_path / "nothing-here", PASSPHRASE), NotAVaultError),
    ]
    for attempt, expected in cases:
        with pytest.raises(expected) as raised:
            attempt()
        message = str(raised.value)
        assert message and "Traceback" not in message and len(message) < 300
    assert snapshot(tmp_path) == before
