"""Every translatable text can be found by pyside6-lupdate: QT_TRANSLATE_NOOP's context is
a string literal (lupdate cannot resolve a variable, and would silently skip the text)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "counsel_desk"


def test_translate_noop_contexts_are_string_literals() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = [*node.args, None, None][:2]
                literal = isinstance(context, ast.Constant) and isinstance(context.value, str)
                text_ok = isinstance(text, ast.Constant) and isinstance(text.value, str)
                if not (literal and text_ok):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_marked_text_carries_its_context() -> None:
    from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

    message = UserMessage(QT_TRANSLATE_NOOP("Validation", "The given name is required."))
    assert message.context == "Validation"
    assert str(message) == "The given name is required."
