"""The layering rules of docs/architecture.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "counsel_desk"
QT_ALLOWED = {"ui", "app.py", "__main__.py"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _top(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


def test_only_the_ui_and_composition_root_import_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules()
        if _top(p) not in QT_ALLOWED and any(m.split(".")[0] == "PySide6" for m in _imports(p))
    ]
    assert offenders == []


def test_core_layers_point_one_way() -> None:
    forbidden = {
        "domain": (
            "counsel_desk.vault",
            "counsel_desk.services",
            "counsel_desk.export",
            "counsel_desk.ui",
            "sqlcipher3",
            "sqlite3",
        ),
        "vault": ("counsel_desk.services", "counsel_desk.ui", "counsel_desk.export"),
        "export": ("counsel_desk.vault", "counsel_desk.services", "counsel_desk.ui"),
        "services": ("counsel_desk.ui",),
        "demo": ("counsel_desk.ui", "sqlcipher3", "sqlite3"),
    }
    offenders = []
    for path in _modules():
        banned = forbidden.get(_top(path), ())
        for module in _imports(path):
            if module.startswith(banned):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_the_ui_never_touches_the_vault_or_sql_directly() -> None:
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for module in _imports(path):
            if module.startswith(("counsel_desk.vault", "sqlcipher3", "sqlite3")):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
        source = path.read_text(encoding="utf-8")
        if ".execute(" in source:
            offenders.append(f"{path.relative_to(PACKAGE)} executes SQL")
    assert offenders == []
