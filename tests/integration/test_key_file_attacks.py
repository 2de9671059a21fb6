"""Key files an attacker (or an accident) hands to the CLI (issue 15, item 9): a FIFO, a
device, a huge file, and a key file for a vault that needs none (which may mean an
older vault.json was put back)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counsel_desk.vault import Vault
from counsel_desk.vault.kdf import KdfParams
from tests.integration.conftest import PASSPHRASE, SAMPLE
from tests.integration.test_cli import CHEAP, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        return run(monkeypatch, capsys, *argv, stdin=stdin)

    return call


@pytest.fixture
def keyed_vault(cli, tmp_path: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    assert cli("import", vault, SAMPLE)[0] == 0
    keyfile = tmp_path / "usb.key"
    with Vault.open(vault, PASSPHRASE) as v:
        v.add_key_file(PASSPHRASE, keyfile)
    return vault, keyfile


def _cli_process(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "counsel_desk.cli", *map(str, argv)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a hang fails the test instead of stalling the suite
        check=False,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_key_file_is_refused_at_once_instead_of_hanging(
    keyed_vault: tuple[Path, Path], tmp_path: Path
) -> None:
    vault, _ = keyed_vault
    fifo = tmp_path / "pipe.key"
    os.mkfifo(fifo)  # nobody ever writes to it: reading it would wait forever
    result = _cli_process("list", vault, "--key-file", fifo)
    assert result.returncode == 1
    assert "not a regular file" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_as_key_file_is_refused_without_reading_it(
    cli, keyed_vault: tuple[Path, Path]
) -> None:  # type: ignore[no-untyped-def]
    vault, _ = keyed_vault
    code, out, err = cli("list", vault, "--key-file", "/dev/zero")
    assert code == 1 and out == ""
    assert "not a regular file" in err


def test_a_huge_key_file_is_refused_without_reading_it(
    cli, keyed_vault: tuple[Path, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault, _ = keyed_vault
    huge = tmp_path / "huge.key"
    with huge.open("wb") as fh:  # sparse: 8 GiB that take no room
        fh.truncate(8 * 1024**3)
    code, out, err = cli("list", vault, "--key-file", huge)
    assert code == 1 and out == ""
    assert "1 MiB" in err


def test_the_right_key_file_still_opens(cli, keyed_vault: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    vault, keyfile = keyed_vault
    code, out, _ = cli("list", vault, "--key-file", keyfile)
    assert code == 0 and out.startswith("C-0001")


def test_a_stray_key_file_for_a_vault_without_one_is_an_error_not_ignored(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    stray = tmp_path / "stray.key"
    stray.write_bytes(b"x" * 64)
    code, out, err = cli("list", vault, "--key-file", stray)
    assert code == 1 and out == ""
    assert "needs no key file" in err
    assert cli("list", vault)[0] == 0


def test_an_old_header_replayed_after_adding_a_key_file_is_refused_with_the_key_file(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The attack: copy back vault.json from before the key file was added. The
    counselor, who now always gives her key file, is told instead of let in silently."""
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    old_header = (vault / "vault.json").read_bytes()
    keyfile = tmp_path / "usb.key"
    with Vault.open(vault, PASSPHRASE) as v:
        v.add_key_file(PASSPHRASE, keyfile)
    (vault / "vault.json").write_bytes(old_header)
    code, _, err = cli("list", vault, "--key-file", keyfile)
    assert code == 1 and "older copy" in err


def test_passwd_with_a_stray_key_file_changes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    before = (vault / "vault.json").read_bytes()
    stray = tmp_path / "stray.key"
    stray.write_bytes(b"x" * 64)
    new = "a completely different passphrase for the vault"
    code, _, err = cli("passwd", vault, "--key-file", stray, stdin=f"{PASSPHRASE}\n{new}\n")
    assert code == 1 and "needs no key file" in err
    assert (vault / "vault.json").read_bytes() == before


def test_unlocking_a_vault_with_weak_argon2_settings_says_so_and_offers_to_strengthen(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An attacker who replaced the header with t=1, m=8 MiB (or an old vault) makes a
    stolen copy cheap to guess: unlock says so instead of accepting it without a word."""
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    code, _, err = cli("list", vault)
    assert code == 0 and "weaker Argon2 settings (t=1, m=8192 KiB, p=1)" in err
    assert "--strengthen" in err
    new = "a completely different passphrase for the vault"
    code, _, err = cli("passwd", vault, stdin=f"{PASSPHRASE}\n{new}\n")
    assert code == 0 and "--strengthen" in err  # offered, settings kept
    code, _, err = cli("passwd", vault, "--strengthen", stdin=f"{new}\n{PASSPHRASE}\n")
    assert code == 0, err
    from counsel_desk.vault.header import login_slot, read_header

    header = read_header(vault)
    assert not header.slot(login_slot(header)).kdf.is_below_recommended
    code, _, err = cli("list", vault)
    assert code == 0 and "weaker" not in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_passwd_on_a_terminal_offers_to_raise_weak_argon2_settings_and_does_on_enter(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """At the terminal `passwd` asks whether to raise weak settings to today's
    calibration (Enter: yes), and does it; answering no keeps them and says how."""
    import builtins
    import getpass

    from counsel_desk import cli as cli_module
    from counsel_desk.vault.header import login_slot, read_header

    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    new = "a completely different passphrase for the vault"
    monkeypatch.setattr(cli_module, "calibrate", KdfParams.recommended_minimum)
    asked: list[str] = []

    def passwd(answer: str, old: str, new_one: str) -> tuple[int, str]:
        typed = iter([old, new_one, new_one])
        monkeypatch.setattr(getpass, "getpass", lambda label="": next(typed))
        monkeypatch.setattr(builtins, "input", lambda q="": asked.append(q) or answer)
        monkeypatch.setattr(sys, "stdin", _Terminal(""))
        code = cli_module.main(["passwd", str(vault)])
        return code, capsys.readouterr().err

    code, err = passwd("n", PASSPHRASE, new)
    assert code == 0, err
    assert asked and "t=1, m=8192 KiB, p=1" in asked[-1] and "[Y/n]" in asked[-1]
    assert "--strengthen" in err
    header = read_header(vault)
    assert header.slot(login_slot(header)).kdf.is_below_recommended
    asked.clear()
    code, err = passwd("", new, PASSPHRASE)
    assert code == 0, err
    assert asked
    header = read_header(vault)
    assert header.slot(login_slot(header)).kdf == KdfParams.recommended_minimum()
    assert "Argon2 settings now t=3, m=65536 KiB, p=4" in err
    asked.clear()
    code, err = passwd("", PASSPHRASE, new)  # strong now: no question
    assert code == 0, err
    assert not asked


def test_strengthening_a_vault_made_stronger_elsewhere_never_lowers_a_setting(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Attack F9: a vault made with more passes than this computer's calibration (on a
    slower computer, by a careful admin) lost them to `passwd --strengthen` without a
    word. Each setting stays at least where it was; the others rise."""
    from counsel_desk import cli as cli_module
    from counsel_desk.vault.header import login_slot, read_header

    vault = tmp_path / "vault"
    made = ["--argon2-time", "6", "--argon2-memory-kib", "8192", "--argon2-parallelism", "1"]
    assert cli("init", vault, *made)[0] == 0
    # this computer calibrates to fewer passes but more memory and lanes (cheap for tests)
    monkeypatch.setattr(cli_module, "calibrate", lambda: KdfParams(2, 16384, 2))
    new = "a completely different passphrase for the vault"
    code, _, err = cli("passwd", vault, "--strengthen", stdin=f"{PASSPHRASE}\n{new}\n")
    assert code == 0, err
    header = read_header(vault)
    assert header.slot(login_slot(header)).kdf == KdfParams(6, 16384, 2)
    assert "t=6, m=16384 KiB, p=2" in err


def test_the_settings_of_a_strengthening_keep_the_work_bound() -> None:
    from counsel_desk.vault.kdf import MAX_WORK_KIB_PASSES

    current = KdfParams(40, 64 * 1024, 4)
    calibrated = KdfParams(3, 1024 * 1024, 4)
    stronger = calibrated.at_least(current)
    assert stronger.memory_kib == 1024 * 1024 and stronger.parallelism == 4
    assert stronger.time_cost * stronger.memory_kib <= MAX_WORK_KIB_PASSES
    assert stronger.time_cost == MAX_WORK_KIB_PASSES // (1024 * 1024)
    assert KdfParams(3, 65536, 4).at_least(KdfParams(1, 8192, 1)) == KdfParams(3, 65536, 4)
