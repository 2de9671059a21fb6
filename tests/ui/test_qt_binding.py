"""The Qt binding itself must not leak: PySide6 6.12.0 dropped a reference to None on
every call of a method returning nothing, so a long working day ended in
"Fatal Python error: none_dealloc". pyproject.toml excludes it; these tests keep it out.

The crash itself is the guard (in a child process, so that it cannot take the suite
down): far more void calls than None has references. From Python 3.12 None is immortal,
a leak can no longer crash, and only the reference count can still show it (up to 3.11).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLineEdit

CALLS = 150_000  # each loop makes 4 void calls: 600,000, some 50 times None's references

CHILD = f"""
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
start = sys.getrefcount(None)
for _ in range({CALLS}):
    edit.setText("x")
    edit.setEnabled(True)
    edit.setReadOnly(False)
    edit.clear()
print("calls done", start)
"""


def test_a_long_day_of_void_qt_calls_does_not_crash_python() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, env=env
    )
    assert "none_dealloc" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("calls done")
    start = int(done.stdout.split()[-1])
    assert 10 * start < 4 * CALLS  # enough calls to exhaust None's references


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("x")
        edit.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 50
