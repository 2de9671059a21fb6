"""Translation markers usable outside the Qt layer.

Core code (domain, vault, services, export) may not import Qt, yet its messages reach
the user. Each message is written in English with ``QT_TRANSLATE_NOOP(context, text)`` so
that ``pyside6-lupdate`` collects it into the .ts files; the UI (and the CLI, through
``counsel_desk.ui.translate``) looks it up with ``QCoreApplication.translate`` and then
fills in the named ``{placeholders}``.
"""

from __future__ import annotations

from typing import Any

MESSAGES_CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it here."""
    del context
    return text


class UserMessage:
    """A message for the user: an English template plus the values to fill in.

    ``str(msg)`` gives the English text; a translating front end calls
    ``translate(msg.template).format(**msg.params)`` instead.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def __repr__(self) -> str:
        return f"UserMessage({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, UserMessage)
            and other.template == self.template
            and other.params == self.params
        )

    def __hash__(self) -> int:
        return hash(self.template)


class CounselDeskError(Exception):
    """Base of every error that is meant to be shown to the user as it is."""

    def __init__(self, message: UserMessage | str) -> None:
        self.message = message if isinstance(message, UserMessage) else UserMessage(message)
        super().__init__(str(self.message))
