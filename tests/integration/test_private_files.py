"""Files with client data or a secret are written privately (issue 15, item 4): owner-only,
staged under a random name that a planted file or link cannot catch, renamed into place,
and never through a symbolic link at the chosen name."""

from __future__ import annotations

import ast
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsel_desk import private_files
from counsel_desk.private_files import UnsafeTargetError, private_dir, private_file, write_private
from tests.integration.conftest import PASSPHRASE, SAMPLE
from tests.integration.test_cli import CHEAP, run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and symbolic links")

PACKAGE = Path(__file__).resolve().parents[2] / "counsel_desk"


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would leave new files readable by everyone."""
    old = os.umask(0o000)
    try:
        yield
    finally:
        os.umask(old)


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


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


# --- through the command line -----------------------------------------------------


@pytest.mark.usefixtures("loose_umask")
def test_export_json_backup_and_supervision_pdf_are_owner_only_whatever_the_umask(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    assert cli("export-json", sample_vault, out / "all.json")[0] == 0
    assert cli("backup", sample_vault, out / "copy.cdbackup")[0] == 0
    code, _, err = cli("supervision-pdf", sample_vault, "C-0001", out / "s.pdf")
    assert code == 0, err
    for name in ("all.json", "copy.cdbackup", "s.pdf"):
        assert _mode(out / name) == 0o600, name
    assert _mode(sample_vault / "vault.json") == 0o600
    assert _leftovers(out) == [] and _leftovers(sample_vault) == []


def test_export_json_over_a_world_readable_file_leaves_it_owner_only(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "all.json"
    target.write_text("old")
    target.chmod(0o644)
    assert cli("export-json", sample_vault, target)[0] == 0
    assert _mode(target) == 0o600 and target.read_text() != "old"


def test_a_symlink_planted_at_the_export_name_receives_no_plaintext(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "attacker-readable.json"
    elsewhere.write_text("")
    planted = tmp_path / "all.json"
    planted.symlink_to(elsewhere)
    code, _, err = cli("export-json", sample_vault, planted)
    assert code == 1
    assert "symbolic link" in err and "Traceback" not in err
    assert elsewhere.read_text() == "" and planted.is_symlink()


def test_a_symlink_planted_at_the_old_predictable_staging_name_receives_nothing(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "attacker-readable.json"
    (tmp_path / ".all.json.partial").symlink_to(elsewhere)
    assert cli("export-json", sample_vault, tmp_path / "all.json")[0] == 0
    assert not elsewhere.exists()
    assert b"Budi" in (tmp_path / "all.json").read_bytes()


def test_a_supervision_pdf_onto_a_symlink_or_a_folder_is_a_clear_error(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "elsewhere.pdf"
    (tmp_path / "link.pdf").symlink_to(elsewhere)
    code, _, err = cli("supervision-pdf", sample_vault, "C-0001", tmp_path / "link.pdf")
    assert code == 1 and "symbolic link" in err and "internal" not in err
    assert not elsewhere.exists()
    (tmp_path / "folder.pdf").mkdir()
    code, _, err = cli("supervision-pdf", sample_vault, "C-0001", tmp_path / "folder.pdf")
    assert code == 1 and "folder" in err and "internal" not in err
    assert list((tmp_path / "folder.pdf").iterdir()) == []


@pytest.mark.usefixtures("loose_umask")
def test_a_new_key_file_is_owner_only_and_never_replaces_a_planted_link(
    sample_vault: Path, tmp_path: Path
) -> None:
    from counsel_desk.vault import Vault
    from counsel_desk.vault.credentials import KeyFileError

    elsewhere = tmp_path / "elsewhere.key"
    (tmp_path / "planted.key").symlink_to(elsewhere)
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        with pytest.raises(KeyFileError):
            vault.add_key_file(PASSPHRASE, tmp_path / "planted.key")
        vault.add_key_file(PASSPHRASE, tmp_path / "usb.key")
    assert not elsewhere.exists()
    assert _mode(tmp_path / "usb.key") == 0o600


# --- the module ---------------------------------------------------------------------


def test_a_staging_name_planted_in_advance_is_skipped_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    names = iter(["aaaa", "bbbb"])
    monkeypatch.setattr(private_files.secrets, "token_hex", lambda _n: next(names))
    (tmp_path / ".aaaa.partial").symlink_to(elsewhere)  # the attacker guessed the first name
    write_private(tmp_path / "record.pdf", b"secret")
    assert not elsewhere.exists()
    assert (tmp_path / "record.pdf").read_bytes() == b"secret"
    assert (tmp_path / ".aaaa.partial").is_symlink()  # left alone, not removed


def test_a_symlink_swapped_in_while_writing_is_refused_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"")
    target = tmp_path / "record.pdf"
    with pytest.raises(UnsafeTargetError), private_file(target) as fh:
        fh.write(b"secret")
        target.symlink_to(elsewhere)  # after the first check, before the rename
    assert elsewhere.read_bytes() == b""
    assert _leftovers(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_staging_file(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), private_file(target) as fh:
        fh.write(b"half")
        raise RuntimeError("disk gone")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_no_overwrite_refuses_a_file_and_a_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "a.key").write_bytes(b"mine")
    (tmp_path / "b.key").symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        write_private(tmp_path / "a.key", b"new", replace=False)
    with pytest.raises(UnsafeTargetError):
        write_private(tmp_path / "b.key", b"new", replace=False)
    assert (tmp_path / "a.key").read_bytes() == b"mine"
    assert not (tmp_path / "nowhere").exists()


def test_a_fifo_target_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTargetError):  # opening a FIFO to write would hang
        write_private(fifo, b"secret")


@pytest.mark.usefixtures("loose_umask")
def test_private_folders_are_owner_only_parents_too(tmp_path: Path) -> None:
    made = private_dir(tmp_path / "Backups" / "vault-id")
    assert _mode(made) == 0o700 and _mode(made.parent) == 0o700
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "Backups")
    with pytest.raises(UnsafeTargetError):
        private_dir(link)


@pytest.mark.usefixtures("loose_umask")
def test_automatic_backups_folder_is_owner_only(sample_vault: Path, tmp_path: Path) -> None:
    from counsel_desk.vault import Vault
    from counsel_desk.vault.backup import automatic_backup

    folder = tmp_path / "data" / "Backups" / "v"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        info = automatic_backup(vault, folder)
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
    assert _mode(info.path) == 0o600


# --- every writer goes through the module --------------------------------------------

# Writers that need no privacy: the demo vault's marker file (a fixed text).
_ALLOWED = {
    ("demo/vault.py", "write_text"),
    ("cli.py", "os.open"),  # /dev/null for stdout after a closed pipe
    ("vault/credentials.py", "os.open"),  # a key file, opened read-only
    ("vault/seen_heads.py", "os.open"),  # seen-heads / failed-unlocks read, O_RDONLY|O_NONBLOCK
}


def _writes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in {"write_bytes", "write_text"}:
            found.append(name)
        elif name == "open" and not any(k.arg == "fileobj" for k in node.keywords):
            args = [a.value for a in node.args[1:] if isinstance(a, ast.Constant)]
            args += [k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)]
            if any(isinstance(a, str) and set(a) & set("wax+") for a in args):
                found.append("open for writing")
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "os":
                found.append("os.open")
    return found


def test_every_file_the_product_writes_goes_through_private_files() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = str(path.relative_to(PACKAGE))
        if rel == "private_files.py":
            continue
        for kind in _writes(path):
            if (rel, kind) not in _ALLOWED:
                offenders.append(f"{rel}: {kind}")
    assert offenders == []
