"""A crash of the CLI or the app leaves no core dump holding the data key, the
passphrase or decrypted records."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

_PROBE = """
import resource, sys
from counsel_desk.{module} import main
try:
    main({argv})
except SystemExit:
    pass
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
dumpable = open("/proc/self/status").read().split("\\n")
print(soft, hard, [l for l in dumpable if l.startswith("Uid")][:0], flush=True)
import ctypes
libc = ctypes.CDLL(None)
print(libc.prctl(3, 0, 0, 0, 0), flush=True)  # PR_GET_DUMPABLE
"""


def _probe(module: str, argv: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module, argv=argv)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    ).stdout.split("\n")
    return [line for line in out if line]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process flags")
def test_the_cli_turns_core_dumps_off_before_it_reads_a_passphrase() -> None:
    limits, dumpable = _probe("cli", '["--version"]')[-2:]
    assert limits.split()[:2] == ["0", "0"]  # RLIMIT_CORE soft and hard
    assert dumpable == "0"  # PR_GET_DUMPABLE: no core piped to a handler, no ptrace


def test_the_app_hardens_the_process_before_anything_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import counsel_desk.hardening as hardening
    from counsel_desk import app

    class Hardened(Exception):
        pass

    def stop() -> list[str]:
        raise Hardened

    monkeypatch.setattr(hardening, "harden_process", stop)
    with pytest.raises(Hardened):
        app.main(["counsel-desk"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process flags")
def test_hardening_applies_every_step_linux_has() -> None:
    script = "from counsel_desk.hardening import harden_process; print(harden_process())"
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
        check=True,
    ).stdout
    assert "rlimit_core" in out and "not_dumpable" in out
