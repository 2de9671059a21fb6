"""Launch to a usable unlock screen, in fresh processes.

    python bench/launch.py VAULT_FOLDER [--repeats 9] [--json OUT.json]

Each repeat starts a new Python process that runs the app as ``counsel-desk`` does
(``counsel_desk.app.main``), with its settings in a scratch folder that names
``VAULT_FOLDER`` as the last vault (so the unlock screen, not the welcome, comes up).
The child patches nothing in the product: it wraps ``QApplication.exec`` to watch the
window, and when the unlock screen has been painted once (the first ``Paint`` event of
the unlock view has been handled) with its passphrase field enabled, it notes the
time; then, once the workspace that the window builds after that first paint is built (the
event loop free again: her first keystroke is handled then), the time again
(``launch_workspace_built``); it prints both and ends the process. ``perf_counter`` is ``CLOCK_MONOTONIC`` on Linux, the same clock in
every process, so the parent subtracts the moment it started the child: interpreter
start-up, imports, the window and its first paint, all of what the counselor waits for.
One unmeasured launch first warms the page cache and writes the byte code (in the
scratch folder, ``PYTHONPYCACHEPREFIX``), as an installed app has it: the measured launches
compile nothing. ``QT_QPA_PLATFORM=offscreen``.

The child also says which heavy modules were loaded by then (reportlab, pypdf,
pdfminer): the first screen needs none of them.

This module imports nothing heavy at its top: the child's clock starts as soon as
Python runs it.
"""

from __future__ import annotations

import json
import os
import sys
import time

T_CHILD_START = time.perf_counter()

HEAVY_MODULES = ("reportlab", "pypdf", "pdfminer", "argon2", "sqlcipher3", "cryptography")


def _child(argv: list[str]) -> int:
    """Run the app until its unlock screen is painted; print one JSON line."""
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if repo not in sys.path:
        sys.path.insert(0, repo)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    marks: dict[str, float] = {"child_start": T_CHILD_START}
    original_exec = QApplication.exec

    class _Watch(QObject):
        def __init__(self, window: object) -> None:
            super().__init__()
            self.window = window
            self.done = False
            self.usable = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                marks["first_paint_event"] = time.perf_counter()
                QTimer.singleShot(0, self.painted)  # after this paint has been handled
            return False

        def painted(self) -> None:
            marks["painted"] = time.perf_counter()
            window = self.window
            view = window.unlock_view  # type: ignore[attr-defined]
            self.usable = bool(
                window.pages.currentWidget() is view  # type: ignore[attr-defined]
                and view.isVisible()
                and view.passphrase_edit.isEnabled()
                and view.vault_path is not None
            )
            QTimer.singleShot(0, self.settled)  # behind the work queued after the paint

        def settled(self) -> None:
            if not getattr(self.window, "workspace_built", True):
                QTimer.singleShot(0, self.settled)
                return
            marks["workspace_built"] = time.perf_counter()
            heavy = sorted(
                {m.split(".")[0] for m in sys.modules if m.split(".")[0] in HEAVY_MODULES}
            )
            print(
                json.dumps(
                    {
                        "marks": marks,
                        "usable": self.usable,
                        "modules_loaded": len(sys.modules),
                        "heavy_modules_loaded": heavy,
                    }
                ),
                flush=True,
            )
            # Done: what quitting waits for (the spelling dictionary loading in a worker)
            # is no part of the launch, and would only make each repeat slower.
            os._exit(0)

    watches: list[_Watch] = []

    def exec_watching(*_args: object) -> int:
        marks["exec"] = time.perf_counter()
        app = QApplication.instance()
        window = next(
            (w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None
        )
        if app is None or window is None:
            print(json.dumps({"error": "no main window"}), flush=True)
            return 2
        watch = _Watch(window)
        watches.append(watch)
        window.unlock_view.installEventFilter(watch)  # type: ignore[attr-defined]
        return int(original_exec())

    QApplication.exec = exec_watching  # type: ignore[method-assign]
    marks["qt_imported"] = time.perf_counter()
    from counsel_desk.app import main

    marks["app_imported"] = time.perf_counter()
    return main(["counsel-desk"])


def _prepare(folder: str) -> int:
    """Write the scratch settings: the last vault is ``folder``."""
    from pathlib import Path

    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(0, repo)
    from PySide6.QtCore import QSettings

    from counsel_desk.app import create_application
    from counsel_desk.ui.settings import AppSettings

    create_application(["counsel-desk"])
    store = QSettings()
    AppSettings(store).last_vault_path = Path(folder)
    store.sync()
    return 0


def child_env(scratch: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=os.path.join(scratch, "config"),
        XDG_DATA_HOME=os.path.join(scratch, "data"),
        XDG_STATE_HOME=os.path.join(scratch, "state"),
        XDG_CACHE_HOME=os.path.join(scratch, "cache"),
        # Byte code cached as for an installed app (pip compiles it at install); kept in
        # the scratch folder, written by the warm-up launch, never in the repository.
        PYTHONPYCACHEPREFIX=os.path.join(scratch, "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("config", "data", "state", "cache"):
        os.makedirs(os.path.join(scratch, name), mode=0o700, exist_ok=True)
    return env


def measure_launch(folder: str, scratch: str, repeats: int) -> dict[str, object]:
    """``repeats`` fresh launches (after one warm-up); figures in ms."""
    import subprocess

    env = child_env(scratch)
    script = os.path.abspath(__file__)
    subprocess.run(
        [sys.executable, script, "--prepare", folder], env=env, check=True, capture_output=True
    )
    samples: dict[str, list[float]] = {}
    last: dict[str, object] = {}
    errors: list[str] = []
    for i in range(repeats + 1):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, script, "--child"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        ended = time.perf_counter()
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            errors.append(done.stderr[-600:] or f"exit {done.returncode}")
            continue
        found = json.loads(lines[-1])
        if "error" in found or not found.get("usable"):
            errors.append(str(found.get("error", "unlock screen not usable")))
            continue
        if i == 0:
            continue  # warm-up: the page cache, the byte code
        marks = found["marks"]
        figures = {
            "launch_unlock_screen": marks["painted"] - start,
            "launch_python_started": marks["child_start"] - start,
            "launch_imports": marks["app_imported"] - marks["child_start"],
            "launch_window_built": marks["exec"] - marks["app_imported"],
            "launch_first_paint": marks["painted"] - marks["exec"],
            # After the first paint: the workspace built, the event loop free again.
            "launch_workspace_built": marks["workspace_built"] - start,
            "launch_process_total": ended - start,
        }
        for key, value in figures.items():
            samples.setdefault(key, []).append(value * 1000.0)
        last = found
    return {
        "samples_ms": samples,
        "modules_loaded": last.get("modules_loaded"),
        "heavy_modules_loaded": last.get("heavy_modules_loaded"),
        "errors": errors,
    }


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return _child(argv[1:])
    if argv[:1] == ["--prepare"]:
        return _prepare(argv[1])
    import argparse
    import statistics
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vault", help="an existing vault folder (bench/generate.py --out)")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="counsel-desk-launch-") as scratch:
        found = measure_launch(os.path.abspath(args.vault), scratch, args.repeats)
    for key, values in found["samples_ms"].items():  # type: ignore[union-attr]
        ordered = sorted(values)
        p95 = ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
        print(f"{key:28}{statistics.median(values):9.1f}{p95:9.1f}  (ms, median / p95)")
    print(f"heavy modules loaded at the first screen: {found['heavy_modules_loaded']}")
    for error in found["errors"]:  # type: ignore[union-attr]
        print(f"failed launch: {error}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(found, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
