"""Helpers for the reliability suite: child processes that are killed mid-work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Child:
    """A worker process (tests/reliability/workers.py) whose stdout is read line by line."""

    def __init__(self, *args: str | Path, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.workers", *map(str, args)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        )
        self.lines: list[str] = []

    def wait_for(self, prefix: str, timeout: float = 60) -> str:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise AssertionError(f"worker ended before {prefix!r}: {err[-2000:]}")
            self.lines.append(line.rstrip("\n"))
            if line.startswith(prefix):
                return line.rstrip("\n")
        raise AssertionError(f"timed out waiting for {prefix!r}")

    def kill(self) -> None:
        """SIGKILL: no cleanup, no flush: like pulling the power."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        out, _ = self.proc.communicate(timeout=30)
        self.lines += out.splitlines()

    def finish(self, timeout: float = 120) -> int:
        out, err = self.proc.communicate(timeout=timeout)
        self.lines += out.splitlines()
        self.stderr = err
        return self.proc.returncode


@pytest.fixture
def child_processes() -> Iterator[list[Child]]:
    children: list[Child] = []
    yield children
    for child in children:
        if child.proc.poll() is None:
            child.proc.kill()
            child.proc.communicate(timeout=30)
