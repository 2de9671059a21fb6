"""``python3 dev.py run`` on a machine without Qt's X11 libraries says in plain words
which system packages to install, instead of Qt's own abort about xcb-cursor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dev():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_a_machine_without_xcb_cursor_is_told_which_packages_to_install(monkeypatch, capsys):
    dev = _dev()
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(
        "ctypes.util.find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}"
    )
    installs: list[str] = []
    monkeypatch.setattr(dev, "ensure_installed", lambda *a: installs.append("installed"))
    assert dev.cmd_run([]) == 1
    message = capsys.readouterr().err
    assert "sudo apt install libxcb-cursor0" in message
    assert "sudo dnf install xcb-util-cursor" in message
    assert "libxcb-cursor" in message and "Traceback" not in message
    assert installs == []  # nothing started that would abort


def test_nothing_is_missing_where_every_library_is_found_or_another_platform_is_used(
    monkeypatch,
):
    dev = _dev()
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert dev.missing_qt_libraries(lambda name: f"lib{name}.so") == []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert dev.missing_qt_libraries(lambda name: None) == []


def test_screenshots_run_every_script_and_the_main_one_in_each_language():
    dev = _dev()
    runs = [(script.name, args) for script, args in dev.screenshot_runs([])]
    assert ("make_screenshots.py", ["--language", "en"]) in runs
    assert ("make_screenshots.py", ["--language", "id"]) in runs
    assert ("make_review_screenshots.py", []) in runs
    assert {name for name, _a in runs} == {
        p.name for p in (ROOT / "docs" / "screenshots").glob("make_*.py")
    }
    for spelling in ("review", "make_review_screenshots", "make_review_screenshots.py"):
        assert [(s.name, a) for s, a in dev.screenshot_runs([spelling])] == [
            ("make_review_screenshots.py", [])
        ]
    with pytest.raises(SystemExit, match="No such screenshot script: nonsense"):
        dev.screenshot_runs(["nonsense"])


def test_screenshots_without_xvfb_name_the_packages_to_install(monkeypatch, capsys):
    dev = _dev()
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(dev.shutil, "which", lambda tool: None)
    installs: list[str] = []
    monkeypatch.setattr(dev, "ensure_installed", lambda *a: installs.append("installed"))
    assert dev.cmd_screenshots([]) == 1
    message = capsys.readouterr().err
    assert "need Xvfb and pdftoppm" in message
    assert "sudo apt install xvfb libxcb-cursor0" in message and "poppler-utils" in message
    assert installs == []
