# ruff: noqa: F811 - pytest fixtures imported by name are parameters below
"""Every CLI command against every disk fault (issue 21, "Done when"): the vault on a
nearly full disk, on a full disk and on a read-only disk, and the file a command writes
on a full or read-only disk. Each run is checked the same way:

- the exit status is 0 (done) or 1 (refused), never a traceback or an internal error;
- no message calls the vault damaged or says to restore a backup (it is not damaged);
- a refusal names the cause (full, read-only);
- a refused command leaves no file behind (no half-written export, backup or vault);
- once the space is back (or the disk writable again) the vault opens with the right
  passphrase and exports exactly what it held before, or what the command meant to
  change when it was done.

Set COUNSEL_DESK_FAULT_MATRIX=FILE to append each case's outcome to FILE (one JSON line),
for the report's table.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from counsel_desk.services.interchange import InterchangeService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.backup import write_backup
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture
from tests.integration.conftest import PASSPHRASE, SAMPLE
from tests.integration.test_cli import cli  # noqa: F401 - the fixture

NEW_PASSPHRASE = "a lantern hums beside the quiet harbour gate"
# What must not be said, what says the cause, in each language of the CLI. The system's
# own words ("No space left on device") stay English.
MISLEADING = {
    "en": ("damaged or was altered", "restore it from a backup", "restore from a backup"),
    "id": ("rusak atau telah diubah", "pulihkan dari cadangan", "pulihkan brankas dari"),
}
INTERNAL = {
    "en": ("Traceback", "internal error", "COUNSEL_DESK_DEBUG"),
    "id": ("Traceback", "kesalahan internal", "COUNSEL_DESK_DEBUG"),
}
CAUSES = {
    "en": ("full", "read-only", "No space left", "Read-only"),
    "id": ("penuh", "hanya-baca", "No space left", "Read-only"),
}
ERROR = {"en": "counsel-desk-cli: error:", "id": "counsel-desk-cli: kesalahan:"}


@dataclass(frozen=True)
class Templates:
    empty: Path
    sample: Path
    backup: Path
    empty_export: str
    sample_export: str


def _without_disclosures(text: str) -> tuple[object, int]:
    """The export (parsed) without the clients' disclosure logs, and how many rows they
    held."""
    doc = json.loads(text)
    rows = sum(len(client.pop("disclosures", [])) for client in doc["clients"])
    return doc, rows


def _export(vault: Vault) -> str:
    return InterchangeService(vault).export(attachments=True).text


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    root = tmp_path_factory.mktemp("templates")
    cheap = KdfParams.cheap_for_tests()
    with Vault.create(root / "empty", PASSPHRASE, cheap) as vault:
        empty_export = _export(vault)
    with Vault.create(root / "sample", PASSPHRASE, cheap) as vault:
        InterchangeService(vault).import_text(SAMPLE.read_bytes())
        sample_export = _export(vault)
        write_backup(vault, root / "sample.cdbackup")
    return Templates(
        root / "empty", root / "sample", root / "sample.cdbackup", empty_export, sample_export
    )


@dataclass(frozen=True)
class Command:
    """How to run one command: ``argv(vault, out)`` (``out`` is the file or folder it
    writes, or None), the template vault it needs, what it reads on stdin, and the export
    expected after it was done (None: the same as before)."""

    argv: Callable[[Path, Path], list[str | Path]]
    template: str = "sample"
    stdin: str = PASSPHRASE + "\n"
    writes: str | None = None  # "file", "vault": what ``out`` is; None: no output
    changes_records: bool = False
    # A PDF it writes is logged as a disclosure (issue 18): done, the log has a row more.
    logs_disclosure: bool = False
    new_passphrase: bool = False
    makes_vault: bool = False  # init / restore: the vault is the command's output


COMMANDS: dict[str, Command] = {
    "init": Command(
        lambda v, o: [
            "init",
            v,
            "--argon2-time",
            "1",
            "--argon2-memory-kib",
            "8192",
            "--argon2-parallelism",
            "1",
        ],
        template="none",
        makes_vault=True,
    ),
    "import": Command(lambda v, o: ["import", v, SAMPLE], template="empty", changes_records=True),
    "list": Command(lambda v, o: ["list", v]),
    "verify": Command(lambda v, o: ["verify", v]),
    "export-json": Command(lambda v, o: ["export-json", v, o], writes="file"),
    "supervision-pdf": Command(
        lambda v, o: ["supervision-pdf", v, "C-0001", o], writes="file", logs_disclosure=True
    ),
    "backup": Command(lambda v, o: ["backup", v, o], writes="file"),
    "passwd": Command(
        lambda v, o: ["passwd", v],
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
        new_passphrase=True,
    ),
    "passwd --rotate-key": Command(
        lambda v, o: ["passwd", v, "--rotate-key"],
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
        new_passphrase=True,
    ),
    "restore": Command(lambda v, o: ["restore", o, v], template="none", makes_vault=True),
}

# Free bytes left by "nearly full": above the 64 KiB under which the vault opens in
# exclusive mode (no -shm file), then below it; both less than a backup or a new key needs.
NEARLY_FULL = {"96 KiB free": 96 * 1024, "16 KiB free": 16 * 1024}
VAULT_FAULTS = ("vault 96 KiB free", "vault 16 KiB free", "vault full", "vault read-only")
OUT_FAULTS = ("output 96 KiB free", "output full", "output read-only")


def _cases() -> Iterator[tuple[str, str, str]]:
    for language in ("en", "id"):
        for name, command in COMMANDS.items():
            for fault in VAULT_FAULTS:
                yield name, fault, language
            if command.writes:
                for fault in OUT_FAULTS:
                    yield name, fault, language


def _apply(disk: SmallDisk, fault: str) -> None:
    left = fault.split(" ", 1)[1]
    if left in NEARLY_FULL:
        disk.leave_free(NEARLY_FULL[left])
    elif left == "full":
        disk.fill()
    else:
        disk.read_only()


def _undo(disk: SmallDisk, fault: str) -> None:
    if fault.endswith("read-only"):
        disk.writable()
    disk.free_up()


def _files(folder: Path) -> set[str]:
    if not folder.exists():
        return set()
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.name != ".ballast"}


@pytest.mark.parametrize(
    ("name", "fault", "language"), list(_cases()), ids=lambda x: x.replace(" ", "-")
)
def test_a_disk_fault_is_told_as_what_it_is_and_changes_nothing(
    cli,
    small_disk: SmallDisk,
    templates: Templates,
    tmp_path: Path,
    name: str,
    fault: str,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", language)
    command = COMMANDS[name]
    on_vault_disk = fault.startswith("vault")
    vault_home = small_disk.root if on_vault_disk else tmp_path / "home"
    out_home = tmp_path / "out" if on_vault_disk else small_disk.root
    vault_home.mkdir(exist_ok=True)
    out_home.mkdir(exist_ok=True)
    vault = vault_home / "vault"
    if command.template != "none":
        shutil.copytree(getattr(templates, command.template), vault)
    out: Path = templates.backup
    if command.writes == "file":
        out = out_home / "out.file"
    before_vault, before_out = _files(vault_home), _files(out_home)

    _apply(small_disk, fault)
    code, said, err = cli(*command.argv(vault, out), stdin=command.stdin)
    _undo(small_disk, fault)

    findings = []
    text = said + err
    if code not in (0, 1):
        findings.append(f"exit status {code}")
    if any(word in text for word in INTERNAL[language]):
        findings.append("internal error")
    if any(word in text.lower() for word in MISLEADING[language]):
        findings.append("says damaged")
    # The system's own words follow the C library's locale (a test before may set it).
    causes = (*CAUSES[language], os.strerror(errno.ENOSPC), os.strerror(errno.EROFS))
    if code == 1 and not (ERROR[language] in err and any(c in err for c in causes)):
        findings.append("cause not named")
    if code == 1:
        if _files(out_home) != before_out:
            findings.append(f"left {sorted(_files(out_home) - before_out)}")
        # The vault's own working files may appear (its write-ahead log, the note that
        # audit entries were lost); nothing else, such as a half-written vault.json.
        left = {
            name
            for name in _files(vault_home) - before_vault
            if not (
                name.endswith(("records.db-wal", "records.db-shm"))
                or Path(name).name.startswith("audit-lost-")
            )
        }
        if left:
            findings.append(f"left {sorted(left)}")
    elif command.writes == "file" and not out.is_file():
        findings.append("done, yet wrote nothing")

    if not command.makes_vault or code == 0:
        passphrase = NEW_PASSPHRASE if command.new_passphrase and code == 0 else PASSPHRASE
        expected = (
            templates.sample_export
            if (command.changes_records and code == 0) or command.template != "empty"
            else templates.empty_export
        )
        try:
            with Vault.open(vault, passphrase) as opened:
                after: object = _export(opened)
                if command.logs_disclosure and code == 0:
                    after, logged = _without_disclosures(str(after))
                    expected = json.loads(expected)
                    if logged > 1:
                        findings.append(f"{logged} disclosures logged for one PDF")
                if after != expected:
                    findings.append("records changed")
        except Exception as exc:
            findings.append(f"does not reopen: {type(exc).__name__}: {exc}")

    log = os.environ.get("COUNSEL_DESK_FAULT_MATRIX")
    if log:
        first = next((line for line in err.splitlines() if ERROR[language] in line), "")
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps([name, fault, language, code, first, findings]) + "\n")
    assert not findings, (findings, code, err)
