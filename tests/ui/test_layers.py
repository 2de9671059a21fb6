"""Only ui/, app.py and __main__.py import PySide6; ui/ never reaches into the vault."""

from __future__ import annotations

import ast
from pathlib import Path

import counsel_desk

PACKAGE = Path(counsel_desk.__file__).parent
QT_ALLOWED = {"app.py", "__main__.py"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_gui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or str(relative) in QT_ALLOWED:
            continue
        if any(name.split(".")[0] == "PySide6" for name in _imports(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_the_ui_never_imports_the_vault_layer():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if any(name.startswith("counsel_desk.vault") for name in _imports(path))
    ]
    assert offenders == []
