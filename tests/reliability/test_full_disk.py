"""A full disk while saving: a clear error, and nothing already saved is lost."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsel_desk.services.notes import NoteService
from counsel_desk.vault import KdfParams, Vault
from tests.reliability.conftest import Child
from tests.reliability.workers import PASSPHRASE, note_text

CHEAP = KdfParams.cheap_for_tests()  # about disks, not the KDF


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB file system of its own, where the machine allows mounting one."""
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small file system here (the file-size test still runs)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def _fill_and_check(vault_path: Path, extra: int, children: list[Child]) -> None:
    child = Child("fill-disk", vault_path, str(extra))
    children.append(child)
    assert child.finish(timeout=300) == 0, child.stderr[-2000:]
    refused = [line for line in child.lines if line.startswith("refused ")]
    assert refused, "the disk never filled up"
    assert refused[0].startswith("refused StorageError:")
    assert "Nothing of this change was saved" in refused[0] or "disk" in refused[0]
    assert "Traceback" not in child.stderr
    saved = [line.split() for line in child.lines if line.startswith("saved ")]
    assert saved
    with Vault.open(vault_path, PASSPHRASE, upgrade_and_record=False) as vault:
        assert vault.check_integrity() == []
        notes = NoteService(vault)
        for _, note_id, index in saved:
            assert notes.get(int(note_id))[1].fields["text"] == note_text(int(index)) * 40


def test_a_file_size_limit_while_saving_notes_is_a_clear_error(
    tmp_path: Path, child_processes: list[Child]
) -> None:
    vault_path = tmp_path / "v"
    Vault.create(vault_path, PASSPHRASE, CHEAP).close()
    _fill_and_check(vault_path, 300_000, child_processes)


def test_a_full_file_system_while_saving_notes_is_a_clear_error(
    small_disk: Path, child_processes: list[Child]
) -> None:
    vault_path = small_disk / "v"
    Vault.create(vault_path, PASSPHRASE, CHEAP).close()
    _fill_and_check(vault_path, 0, child_processes)
    with Vault.open(vault_path, PASSPHRASE) as vault:  # still opens on a full disk
        assert vault.is_open
