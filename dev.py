#!/usr/bin/env python3
"""Set-up and everyday commands for Counsel Desk, on any machine with Python 3.11+.

    python3 dev.py run [APP ARGS]   install into .venv (first time) and start the app
    python3 dev.py run --demo       ... with a throw-away vault of invented records
    python3 dev.py test [PYTEST ARGS]  install with test tools, lint, run the whole suite
    python3 dev.py cli [ARGS]       run counsel-desk-cli from .venv
    python3 dev.py lupdate          refresh resources/translations/*.ts from the code
    python3 dev.py mutate [MODULE]  mutation testing (mutmut) of one core module, e.g.
                                    domain/reports.py; without MODULE, each in turn
    python3 dev.py mutate --results MODULE  its survivors and score from the last run
    python3 dev.py mutate --show NAME  the diff of one of those mutants
    python3 dev.py mutate MODULE --only 'PATTERN'  just the mutants whose names match
    python3 dev.py screenshots [NAME ...]  take docs/screenshots/*.png again: every
                                    docs/screenshots/make_*.py (or those named) under X;
                                    starts Xvfb itself when DISPLAY is unset

Only the standard library is used here, so it works before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# ruff checks and formats these.
LINTED_PATHS = ("counsel_desk", "tests", "bench", "dev.py", "docs/screenshots")
# The dead-code lint reads these; tests/vulture_whitelist.py lists names used from outside.
DEAD_CODE_PATHS = (
    "counsel_desk",
    "tests",
    "bench",
    "dev.py",
    "docs/screenshots",
)


def _run(*cmd: str | os.PathLike[str], env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def _check(*cmd: str | os.PathLike[str]) -> None:
    code = _run(*cmd)
    if code != 0:
        sys.exit(code)


def ensure_installed(extras: str = "") -> None:
    """Create .venv and install the project (editable) when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may run under an older Python
        sys.exit("Counsel Desk needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = f".[{extras}]" if extras else "."
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"Installing Counsel Desk {spec} into .venv ...", flush=True)
    _check(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _check(PYTHON, "-m", "pip", "install", "--quiet", "-e", spec)
    stamp.write_text(digest)


def build_translations() -> None:
    """Compile resources/translations/*.ts to .qm (generated, never committed)."""
    ts_files = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    if not ts_files or not lrelease.exists():
        return
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        _check(lrelease, "-silent", ts, "-qm", qm)


def cmd_lupdate(args: list[str]) -> int:
    """Collect every translatable text into resources/translations/*.ts (new ones appear
    as unfinished; texts no longer in the code are dropped)."""
    ensure_installed()
    lupdate = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "counsel_desk").rglob("*.py"))
    folder = ROOT / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    targets = args or [str(folder / "counsel_desk_id.ts")]
    return _run(lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", *targets)


# The system libraries Qt's X11 platform plugin (xcb) loads, with the Debian/Ubuntu and
# Fedora packages that hold them. Without one, Qt aborts with its own message.
QT_XCB_LIBRARIES = {
    "xcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "xkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "xcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "xcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "xcb-image": ("libxcb-image0", "xcb-util-image"),
    "xcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "xcb-shape": ("libxcb-shape0", "libxcb"),
}


def missing_qt_libraries(find: Callable[[str], str | None] | None = None) -> list[str]:
    """The libraries of QT_XCB_LIBRARIES this machine lacks (none off Linux, none when
    Qt is told to use another platform, such as offscreen or wayland)."""
    if not sys.platform.startswith("linux"):
        return []
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(";")[0] not in ("", "xcb"):
        return []
    if find is None:
        import ctypes.util

        find = ctypes.util.find_library
    return [name for name in QT_XCB_LIBRARIES if find(name) is None]


def qt_libraries_message(missing: list[str]) -> str:
    debian = " ".join(sorted({QT_XCB_LIBRARIES[m][0] for m in missing}))
    fedora = " ".join(sorted({QT_XCB_LIBRARIES[m][1] for m in missing}))
    return (
        "Counsel Desk cannot open its window yet: Qt needs system libraries this computer "
        f"does not have ({', '.join('lib' + m for m in missing)}).\n"
        f"Install them, then run this again:\n"
        f"  Debian, Ubuntu, Mint:  sudo apt install {debian}\n"
        f"  Fedora:                sudo dnf install {fedora}"
    )


def cmd_run(args: list[str]) -> int:
    missing = missing_qt_libraries()
    if missing:
        print(qt_libraries_message(missing), file=sys.stderr)
        return 1
    ensure_installed()
    build_translations()
    return _run(PYTHON, "-m", "counsel_desk", *args)


def cmd_cli(args: list[str]) -> int:
    ensure_installed()
    return _run(PYTHON, "-m", "counsel_desk.cli", *args)


def cmd_test(args: list[str]) -> int:
    ensure_installed("test")
    build_translations()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = _run(PYTHON, "-m", "ruff", "check", *LINTED_PATHS, env=env)
    if code != 0:
        print("ruff found problems (above).", file=sys.stderr)
        return code
    code = _run(PYTHON, "-m", "ruff", "format", "--check", *LINTED_PATHS, env=env)
    if code != 0:
        print("Not formatted (above): python3 -m ruff format <files>.", file=sys.stderr)
        return code
    code = _run(PYTHON, "-m", "vulture", *DEAD_CODE_PATHS, env=env)
    if code != 0:
        print(
            "vulture found unused code (above): delete it, or list a true positive (a name "
            "Qt, a library or pytest uses) in tests/vulture_whitelist.py.",
            file=sys.stderr,
        )
        return code
    strict = (
        "counsel_desk/domain",
        "counsel_desk/vault",
        "counsel_desk/services",
        "counsel_desk/export",
        "counsel_desk/demo",
        "counsel_desk/i18n.py",
        "counsel_desk/cli.py",
    )
    code = _run(PYTHON, "-m", "mypy", *strict, env=env)
    if code != 0:
        print("mypy found problems (above).", file=sys.stderr)
        return code
    code = _run(PYTHON, "-m", "mypy", "counsel_desk/ui", env=env)
    if code != 0:
        print("mypy found problems (above).", file=sys.stderr)
        return code
    return _run(PYTHON, "-m", "pytest", *_on_every_core(_random_order(args)), env=env)


def _on_every_core(args: list[str]) -> list[str]:
    """The suite runs in one worker process per core (pytest-xdist): on a 2-core laptop it
    takes about half as long. ``-n 0`` (or ``-p no:xdist``) runs it in one process, as a
    debugger or ``-s`` wants."""
    given = " ".join(args)
    if "-n" in args or "--numprocesses" in given or "no:xdist" in given:
        return args
    return ["-n", "auto", *args]


def _random_order(args: list[str]) -> list[str]:
    """Tests run in a random order (pytest-randomly); the seed is printed so that a
    failure that depends on the order can be repeated with ``--randomly-seed=N``."""
    joined = " ".join(args)
    if "randomly-seed" in joined or "no:randomly" in joined:
        return args
    seed = random.randrange(1, 10**9)
    print(
        f"Test order: random, seed {seed} (repeat it: python3 dev.py test --randomly-seed={seed}"
        " ...; keep the file order: -p no:randomly)",
        flush=True,
    )
    return [f"--randomly-seed={seed}", *args]


# Runs mutmut with the module narrowed to one entry of [tool.counsel_desk.mutate]: only that
# module is mutated and only its fast tests run against each mutant (about a second each).
_MUTATE_RUNNER = """
import os
import sys
import mutmut.configuration as configuration
from mutmut.__main__ import cli

module, command, tests = sys.argv[1], sys.argv[2], sys.argv[3:]
only = [t[len("--only="):] for t in tests if t.startswith("--only=")]
tests = [t for t in tests if not t.startswith("--only=")]
base = configuration._config_reader
def narrowed():
    read = base()
    def s(key, default):
        if key == "only_mutate":
            return [module]
        if key == "pytest_add_cli_args_test_selection":
            return tests
        return read(key, default)
    return s
configuration._config_reader = narrowed
configuration.reset_config()
if command == "run":
    # one child by default (a shared machine); MUTMUT_CHILDREN=2 on an idle one
    children = os.environ.get("MUTMUT_CHILDREN", "1")
    cli(["run", "--max-children", children, *only], standalone_mode=True)
else:  # show: the diff of one mutant (mutmut's own looks only in only_mutate)
    cli(["show", command], standalone_mode=True)
"""

# The last run's verdicts for one module, read from mutants/ (mutmut's own ``results``
# lists every module of only_mutate in pyproject.toml, which names just one of them).
_MUTATE_RESULTS = """
import collections, sys
from pathlib import Path
from mutmut.__main__ import SourceFileMutationData
from mutmut.stats import status_by_exit_code

module = sys.argv[1]
if not Path("mutants", module + ".meta").exists():
    sys.exit(f"No results for {module}: run python3 dev.py mutate {module[13:]} first.")
data = SourceFileMutationData(path=Path(module))
data.load()
counts = collections.Counter()
for name, code in data.exit_code_by_key.items():
    status = status_by_exit_code[code]
    counts[status] += 1
    if status != "killed":
        print(f"    {name}: {status}")
total = sum(counts.values())
checked = total - counts["not checked"]
caught = counts["killed"] + counts["timeout"] + counts["suspicious"]
print(f"{module}: {total} mutants, " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
if checked:
    print(f"score: {caught} of {checked} checked caught ({100 * caught / checked:.1f} %)")
print("One of them: python3 dev.py mutate --show NAME")
"""


def cmd_mutate(args: list[str]) -> int:
    """Mutation testing by hand (never part of ``test``): plants one small bug at a time
    in a core module and runs that module's fast tests against it (docs/testing.md).
    ``--results``: the survivors and the score of the last run, without running."""
    import tomllib

    show_results = "--results" in args
    args = [a for a in args if a != "--results"]
    # --only PATTERN (repeatable): just the mutants whose names match, e.g.
    # 'counsel_desk.domain.redaction.x__numbers__mutmut_*', to check new tests quickly.
    only: list[str] = []
    while "--only" in args:
        i = args.index("--only")
        only.append(f"--only={args[i + 1]}")
        del args[i : i + 2]
    if args[:1] == ["--show"] and len(args) == 2:
        # counsel_desk.domain.reports.x_term_of__mutmut_3 -> counsel_desk/domain/reports.py
        parts = args[1].split(".")
        module_path = "/".join(parts[: next(i for i, p in enumerate(parts) if "__mutmut_" in p)])
        return _run(PYTHON, "-c", _MUTATE_RUNNER, f"{module_path}.py", args[1])
    ensure_installed("test")
    table = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["counsel_desk"][
        "mutate"
    ]
    modules = args or sorted(table)
    unknown = [m for m in modules if m not in table]
    if unknown:
        print(f"No tests mapped for {', '.join(unknown)}; choose from:", *sorted(table))
        return 2
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for module in modules:
        if show_results:
            code = _run(PYTHON, "-c", _MUTATE_RESULTS, f"counsel_desk/{module}", env=env)
            if code != 0:
                return code
            continue
        print(f"== mutating counsel_desk/{module}", flush=True)
        cmd = ["nice", "-n", "19"] if os.name != "nt" else []
        code = _run(
            *cmd,
            PYTHON,
            "-c",
            _MUTATE_RUNNER,
            f"counsel_desk/{module}",
            "run",
            *table[module],
            *only,
            env=env,
        )
        if code != 0:
            return code
    if not show_results:
        print("Survivors: python3 dev.py mutate --results MODULE; one: dev.py mutate --show NAME")
    return 0


# What `dev.py screenshots` needs from the system (Debian/Ubuntu): an X server for a
# headless machine, the libraries Qt's xcb plugin loads, the font the shots use, and
# pdftoppm for the printed pages.
SCREENSHOT_PACKAGES = (
    "xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 "
    "libxcb-randr0 libxcb-render-util0 libxcb-image0 libegl1 libgl1 fonts-dejavu-core "
    "poppler-utils"
)
SCREENSHOTS = ROOT / "docs" / "screenshots"
# Scripts run more than once, with these arguments each time (one run a language).
SCREENSHOT_RUNS = {
    "make_screenshots.py": (["--language", "en"], ["--language", "id"]),
    "make_screening_screenshots.py": (["--language", "en"], ["--language", "id"]),
    "make_career_screenshots.py": (["--language", "en"], ["--language", "id"]),
    "make_sync_guard_screenshots.py": (["--language", "en"], ["--language", "id"]),
}


def screenshot_runs(names: list[str]) -> list[tuple[Path, list[str]]]:
    """Every docs/screenshots/make_*.py (or the ones named: ``review``,
    ``make_review_screenshots`` or ``make_review_screenshots.py``), each with its
    arguments, in name order."""
    scripts = sorted(SCREENSHOTS.glob("make_*.py"))

    def spellings(script: Path) -> set[str]:
        short = script.stem.removeprefix("make_").removesuffix("_screenshots")
        return {script.name, script.stem, short}

    unknown = [n for n in names if not any(n in spellings(s) for s in scripts)]
    if unknown:
        raise SystemExit(
            f"No such screenshot script: {', '.join(unknown)}; choose from "
            + ", ".join(s.name for s in scripts)
        )
    if names:
        scripts = [s for s in scripts if spellings(s) & set(names)]
    return [(s, list(a)) for s in scripts for a in SCREENSHOT_RUNS.get(s.name, ([],))]


# A script waiting on a dialog nobody answers would hold the command for ever.
SCREENSHOT_TIMEOUT_S = 600


def _run_for_at_most(seconds: int, *cmd: str | os.PathLike[str], env: dict[str, str]) -> int | None:
    """Its exit code, or None when it ran longer than ``seconds`` (it is stopped)."""
    process = subprocess.Popen([str(c) for c in cmd], cwd=ROOT, env=env)
    try:
        return process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return None


def _free_display() -> int:
    for number in range(99, 200):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise SystemExit("No free X display number between :99 and :199.")


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display, 1400x900 (every window of the shots fits); waits until
    it accepts clients."""
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists():
            return server, f":{number}"
        if server.poll() is not None:
            break
        time.sleep(0.1)
    server.kill()
    raise SystemExit(f"Xvfb did not start on :{number}.")


def cmd_screenshots(args: list[str]) -> int:
    """Take the screenshots again: each docs/screenshots/make_*.py in turn, under the
    X server of DISPLAY, or under an Xvfb started (and stopped) here when DISPLAY is
    unset. Each run gets a HOME of its own, deleted afterwards. Then look at what
    changed (git status docs/screenshots) before committing it."""
    runs = screenshot_runs(args)
    missing = [tool for tool in ("pdftoppm",) if shutil.which(tool) is None]
    display = os.environ.get("DISPLAY")
    if not display and shutil.which("Xvfb") is None:
        missing.insert(0, "Xvfb")
    if missing:
        print(
            f"The screenshots need {' and '.join(missing)}, which this computer does not "
            f"have. On Debian or Ubuntu install what they use, then run this again:\n"
            f"  sudo apt install {SCREENSHOT_PACKAGES}",
            file=sys.stderr,
        )
        return 1
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the real X windows, not offscreen renderings
    libraries = missing_qt_libraries()
    if libraries:
        print(qt_libraries_message(libraries), file=sys.stderr)
        print(f"Everything the screenshots use: sudo apt install {SCREENSHOT_PACKAGES}")
        return 1
    ensure_installed()
    build_translations()
    server = None
    if not display:
        server, display = _start_xvfb()
        print(f"Started Xvfb on {display}", flush=True)
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    failed: list[str] = []
    try:
        for script, script_args in runs:
            label = " ".join([script.name, *script_args])
            print(f"== {label}", flush=True)
            with tempfile.TemporaryDirectory(prefix="counsel-desk-shots-home-") as home:
                # HOME and the temporary folder of its own: all it leaves is deleted here.
                run_env = dict(
                    env, HOME=home, TMPDIR=home, XDG_CONFIG_HOME=str(Path(home) / ".config")
                )
                run_env.pop("XDG_DATA_HOME", None)
                code = _run_for_at_most(
                    SCREENSHOT_TIMEOUT_S, PYTHON, script, *script_args, env=run_env
                )
            if code is None:
                print(
                    f"!! {label} stopped after {SCREENSHOT_TIMEOUT_S // 60} minutes: it waits "
                    "for something (a question left open on the screen?)",
                    file=sys.stderr,
                    flush=True,
                )
                failed.append(label)
            elif code != 0:
                print(f"!! {label} failed (exit code {code})", file=sys.stderr, flush=True)
                failed.append(label)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    if failed:
        print(f"Screenshot scripts that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("Done. Look at what changed before committing it: git status docs/screenshots")
    return 0


COMMANDS = {
    "run": cmd_run,
    "test": cmd_test,
    "cli": cmd_cli,
    "lupdate": cmd_lupdate,
    "mutate": cmd_mutate,
    "screenshots": cmd_screenshots,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
