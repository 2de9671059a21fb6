"""Hostile files and streams handed to the CLI get a clear one-line message, never an
"unexpected internal error" (issue 15, items 5, 6 and 11): hostile backups are refused
before anything is unpacked, a planted backup does not stop automatic backups."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from counsel_desk.vault import Vault
from counsel_desk.vault.backup import automatic_backup, list_backups, write_backup
from tests.integration.conftest import PASSPHRASE, SAMPLE
from tests.integration.test_cli import CHEAP, run

ROOT = Path(__file__).resolve().parents[2]
DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        return run(monkeypatch, capsys, *argv, stdin=stdin)

    return call


@pytest.fixture
def sample_vault(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    assert cli("import", vault, SAMPLE)[0] == 0
    return vault


@pytest.fixture
def backup_members(sample_vault: Path, tmp_path: Path) -> dict[str, bytes]:
    path = tmp_path / "real.cdbackup"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        write_backup(vault, path)
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _tar(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w") as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _file(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def _clean(err: str) -> None:
    assert "Traceback" not in err and "internal error" not in err, err
    assert len(err.strip().splitlines()) == 1, err


def _cli_process(*argv: str | Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "counsel_desk.cli", *map(str, argv)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


# --- item 11: clear messages -----------------------------------------------------------


def test_a_deeply_nested_vault_json_is_reported_as_damaged(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]
    (sample_vault / "vault.json").write_bytes(DEEP[:30_000] + DEEP[-30_000:])
    code, out, err = cli("list", sample_vault)
    assert code == 1 and out == ""
    _clean(err)


def test_a_manifest_with_files_null_is_a_clear_refusal(
    cli, backup_members: dict[str, bytes], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    manifest = json.loads(backup_members["manifest.json"])
    manifest["files"] = None
    hostile = _tar(
        tmp_path / "null.cdbackup",
        [
            _file("manifest.json", json.dumps(manifest).encode()),
            _file("vault.json", backup_members["vault.json"]),
            _file("records.db", backup_members["records.db"]),
        ],
    )
    code, _, err = cli("restore", hostile, tmp_path / "new")
    assert code == 1 and "cannot be used" in err
    _clean(err)
    assert not (tmp_path / "new").exists()


def test_a_restore_onto_a_symlinked_folder_is_refused(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "b.cdbackup"
    assert cli("backup", sample_vault, backup)[0] == 0
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    code, _, err = cli("restore", backup, tmp_path / "link")
    assert code == 1 and "symbolic link" in err
    _clean(err)
    assert list((tmp_path / "real").iterdir()) == []


def test_a_passphrase_that_is_not_utf8_is_a_clear_error(sample_vault: Path) -> None:
    proc = _cli_process("list", sample_vault)
    _, err = proc.communicate(b"\xff\xfe not utf-8\n", timeout=120)
    assert proc.returncode == 1
    assert b"UTF-8" in err and b"Traceback" not in err


def test_list_into_a_closed_pipe_ends_quietly_with_a_non_zero_status(sample_vault: Path) -> None:
    proc = _cli_process("list", sample_vault)
    assert proc.stdout is not None and proc.stdin is not None and proc.stderr is not None
    proc.stdout.close()  # `| head -0`: the reader is gone before anything is written
    proc.stdin.write(PASSPHRASE.encode() + b"\n")
    proc.stdin.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) != 0
    for noise in (b"Traceback", b"BrokenPipe", b"Broken pipe", b"Exception ignored", b"error"):
        assert noise not in err, err


# --- item 5: hostile backups refused before unpacking ----------------------------------


def test_a_member_claiming_300_mb_in_a_small_backup_is_refused_before_unpacking(
    cli, backup_members: dict[str, bytes], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    huge = tarfile.TarInfo("records.db")
    huge.size = 300 * 1024 * 1024
    hostile = tmp_path / "huge.cdbackup"
    with hostile.open("wb") as fh:
        for name in ("manifest.json", "vault.json"):
            info, data = _file(name, backup_members[name])
            fh.write(info.tobuf() + data + b"\0" * (-len(data) % 512))
        fh.write(huge.tobuf())  # the header only: the 300 MB are not there
    assert hostile.stat().st_size < 64 * 1024
    code, _, err = cli("restore", hostile, tmp_path / "new")
    assert code == 1 and "larger than the backup" in err
    _clean(err)
    assert not (tmp_path / "new").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".new")]


def test_a_member_not_the_size_the_manifest_says_is_refused(
    cli, backup_members: dict[str, bytes], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    manifest = json.loads(backup_members["manifest.json"])
    manifest["sizes"]["records.db"] -= 4096
    hostile = _tar(
        tmp_path / "size.cdbackup",
        [
            _file("manifest.json", json.dumps(manifest).encode()),
            _file("vault.json", backup_members["vault.json"]),
            _file("records.db", backup_members["records.db"]),
        ],
    )
    code, _, err = cli("restore", hostile, tmp_path / "new")
    assert code == 1 and "size" in err
    assert not (tmp_path / "new").exists()


def test_a_sparse_member_is_refused(cli, backup_members: dict[str, bytes], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sparse = tarfile.TarInfo("records.db")
    sparse.type = tarfile.GNUTYPE_SPARSE
    sparse.size = 0
    hostile = tmp_path / "sparse.cdbackup"
    with hostile.open("wb") as fh:
        for name in ("manifest.json", "vault.json"):
            info, data = _file(name, backup_members[name])
            fh.write(info.tobuf() + data + b"\0" * (-len(data) % 512))
        fh.write(sparse.tobuf(format=tarfile.GNU_FORMAT) + b"\0" * 1024)
    code, _, err = cli("restore", hostile, tmp_path / "new")
    assert code == 1 and "cannot be used" in err
    _clean(err)


@pytest.mark.parametrize(
    "name", ["../records.db", "/tmp/records.db", "records.db/../../x", "extra.txt"]
)
def test_a_member_with_a_path_trick_or_an_extra_name_is_refused(
    cli, backup_members: dict[str, bytes], tmp_path: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    hostile = _tar(
        tmp_path / "trick.cdbackup",
        [_file(n, d) for n, d in backup_members.items()] + [_file(name, b"planted")],
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = cli("restore", hostile, tmp_path / "new")
    assert code == 1 and "unexpected file" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_symlink_member_and_a_repeated_member_are_refused(
    cli, backup_members: dict[str, bytes], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    link = tarfile.TarInfo("records.db")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    members = [_file(n, d) for n, d in backup_members.items() if n != "records.db"]
    code, _, err = cli(
        "restore", _tar(tmp_path / "l.cdbackup", [*members, (link, None)]), tmp_path / "n1"
    )
    assert code == 1 and "not a plain file" in err
    twice = [_file(n, d) for n, d in backup_members.items()] + [_file("records.db", b"x")]
    code, _, err = cli("restore", _tar(tmp_path / "t.cdbackup", twice), tmp_path / "n2")
    assert code == 1 and "unexpected file" in err


def test_a_backup_of_ten_thousand_members_is_refused_at_the_first_stranger(
    cli, backup_members: dict[str, bytes], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    many = [_file(f"m{i}", b"") for i in range(10_000)]
    hostile = _tar(
        tmp_path / "many.cdbackup", [*many, *(_file(n, d) for n, d in backup_members.items())]
    )
    code, _, err = cli("restore", hostile, tmp_path / "new")
    assert code == 1 and "unexpected file" in err


# --- item 6: one planted file does not stop automatic backups --------------------------


def test_a_planted_deeply_nested_manifest_does_not_stop_automatic_backups(
    sample_vault: Path, tmp_path: Path, backup_members: dict[str, bytes]
) -> None:
    folder = tmp_path / "Backups" / "v"
    folder.mkdir(parents=True)
    _tar(
        folder / "auto-0000-planted.cdbackup",
        [
            _file("manifest.json", DEEP[:30_000] + DEEP[-30_000:]),
            _file("vault.json", b"{}"),
            _file("records.db", b""),
        ],
    )
    manifest = json.loads(backup_members["manifest.json"])
    manifest["created_at"] = "2020-01-01T00:00:00+07:00"  # aware, among naive times
    _tar(
        folder / "auto-0001-aware.cdbackup",
        [
            _file("manifest.json", json.dumps(manifest).encode()),
            _file("vault.json", b"{}"),
            _file("records.db", b""),
        ],
    )
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        first = automatic_backup(vault, folder)
        second = automatic_backup(vault, folder)
    names = {b.path.name for b in list_backups(folder)}
    assert first.path.name in names and second.path.name in names
    assert "auto-0000-planted.cdbackup" not in names
