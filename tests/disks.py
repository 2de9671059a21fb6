"""A real small file system for fault tests: a tmpfs mounted under the test's folder.

Fill it to make "no space left on device" true, remount it read-only to make a
write-protected stick: chmod alone does not stop root from writing. Tests that cannot
mount (not root, no mount namespace, a sandbox) are skipped with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._ballast = root / ".ballast"

    def fill(self) -> None:
        """Take every free byte (the disk is then full for every writer)."""
        with open(self._ballast, "ab", buffering=0) as fh:
            block = b"\0" * (64 * 1024)
            with contextlib.suppress(OSError):
                while True:
                    fh.write(block)
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0")
        assert shutil.disk_usage(self.root).free < 4096

    def leave_free(self, size: int) -> None:
        """Fill the disk, then give back about ``size`` bytes: nearly full."""
        self.fill()
        with open(self._ballast, "r+b") as fh:
            fh.truncate(max(0, os.path.getsize(self._ballast) - size))

    def free_up(self) -> None:
        self._ballast.unlink(missing_ok=True)

    def read_only(self) -> None:
        result = _mount("-o", "remount,ro", str(self.root))
        assert result.returncode == 0, result.stderr

    def writable(self) -> None:
        """Undo :meth:`read_only` (the write-protect switch moved back)."""
        result = _mount("-o", "remount,rw", str(self.root))
        assert result.returncode == 0, result.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    root = tmp_path / "disk"
    root.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    result = _mount("-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(root))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], capture_output=True, check=False)
