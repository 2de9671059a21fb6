"""Process hardening at both entry points (the app and the CLI): a crash must not leave
the data key, the passphrase or decrypted records in a core dump on disk.

* ``RLIMIT_CORE`` is set to 0 (soft and hard), so the kernel writes no core file;
* on Linux, ``prctl(PR_SET_DUMPABLE, 0)`` also stops core dumps piped to a handler
  (systemd-coredump, apport) and keeps other processes of the same user from reading
  this one's memory through ``/proc/PID/mem`` or ptrace (what KeePassXC does);
* on Windows, Windows Error Reporting is told not to show its dialog or collect a dump
  for this process (``SetErrorMode``; WER's LocalDumps policy is machine-wide and left to
  the school's administrator, as docs/security.md says).

Pure Python (ctypes), no Qt. Each step is best effort: a platform without it is no
reason not to start.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002


def harden_process() -> list[str]:
    """Apply every step this platform has; the names of those that took effect."""
    applied: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        applied.append("rlimit_core")
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                applied.append("not_dumpable")
        except (OSError, AttributeError):
            pass
    elif sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        try:
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetErrorMode(_SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
            applied.append("no_error_report")
        except (OSError, AttributeError):
            pass
    return applied
