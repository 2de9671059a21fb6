"""The Qt binding itself must not leak: PySide6 6.12.0 dropped a reference to None on
every call of a method returning nothing, so a long working day would end in
"Fatal Python error: none_dealloc". pyproject.toml excludes it; this test keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("x")
        edit.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 50
