"""Translation outside the Qt layer.

Core code (domain, vault, services, export) may not import Qt, yet its messages reach
the user. Each message is written in English with ``QT_TRANSLATE_NOOP("Context", "text")``
— the context a string literal, so that ``pyside6-lupdate`` collects it into the .ts
files. The marker returns the text as a ``str`` that remembers its context; a
:class:`UserMessage` carries it, and the UI looks the template up with
``QCoreApplication.translate(context, template)`` and fills in the ``{placeholders}``.

The command line has no Qt: :class:`Catalog` reads the same .ts file directly.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

MESSAGES_CONTEXT = "Messages"

# Invisible characters that change the direction text is shown in: embeddings and
# overrides (U+202A-U+202E), isolates (U+2066-U+2069), the marks (U+200E, U+200F, U+061C).
# In a name or a file name they make "C-0001\u202efdp.exe" read as "C-0001exe.pdf".
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def neutralise_bidi(text: str) -> str:
    """``text`` with every text-direction control written as a visible ``<U+202E>``: a
    path or file name shown to the user reads as it is, never reordered."""
    if not any(ch in BIDI_CONTROLS for ch in text):
        return text
    return "".join(f"<U+{ord(ch):04X}>" if ch in BIDI_CONTROLS else ch for ch in text)


# Characters a file name may hold that break or rewrite the line it is shown on: the C0
# and C1 controls (a line feed, a carriage return, an escape), DEL, and the Unicode line
# and paragraph separators. A folder named "x\ncounsel-desk-cli: error: ..." would print
# a second, forged line.
_PATH_CONTROLS = frozenset(
    [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7F, 0xA0)] + ["\u2028", "\u2029"]
)


def shown_path(path: os.PathLike[str] | str) -> str:
    """A path or file name as the user reads it: its direction controls (see
    :func:`neutralise_bidi`) and its line breaks and other control characters written
    visibly (``<U+000A>``), so it stays on its line. The real path is still the one used."""
    text = neutralise_bidi(os.fspath(path))
    if not any(ch in _PATH_CONTROLS for ch in text):
        return text
    return "".join(f"<U+{ord(ch):04X}>" if ch in _PATH_CONTROLS else ch for ch in text)


def shown_param(value: Any) -> Any:
    """A message parameter as shown: text and paths with direction controls made visible
    (names cannot hold them; paths, file names and system details can); a path (given as
    one, not as text) with its line breaks made visible too (see :func:`shown_path`)."""
    if isinstance(value, os.PathLike):
        return shown_path(value)
    if isinstance(value, str):
        return neutralise_bidi(value)
    return value


LANGUAGES = ("en", "id")


class MarkedText(str):
    """A translatable English text that knows its translation context."""

    context: str | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it here."""
    marked = MarkedText(text)
    marked.context = context
    return marked


def context_of(text: str) -> str | None:
    return getattr(text, "context", None)


class Catalog:
    """Translations read from ``resources/translations/counsel_desk_<lang>.ts`` (finished
    entries only), for code that runs without Qt: the command line."""

    def __init__(self, entries: dict[tuple[str, str], str] | None = None) -> None:
        self._entries = entries or {}

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, language: str) -> Catalog:
        if language == "en" or language not in LANGUAGES:
            return cls()
        from counsel_desk.paths import resource_path

        path = resource_path("translations", f"counsel_desk_{language}.ts")
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            return cls()
        entries: dict[tuple[str, str], str] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if (
                    source is None
                    or node is None
                    or node.get("type") in {"unfinished", "obsolete", "vanished"}
                ):
                    continue
                if node.text:
                    entries[(name, source)] = node.text
        return cls(entries)

    def translate(self, context: str | None, text: str) -> str:
        if context is not None and (context, text) in self._entries:
            return self._entries[(context, text)]
        for (_ctx, source), translation in self._entries.items():
            if source == text:
                return translation
        return text

    def words(self, texts: Mapping[str, str]) -> dict[str, str]:
        """``texts`` (key -> English text marked with :func:`QT_TRANSLATE_NOOP`) with each
        text translated in its own context: the fixed texts of a PDF, in its language."""
        return {key: self.translate(context_of(text), text) for key, text in texts.items()}

    def message(self, message: UserMessage) -> str:
        text = self.translate(message.context, message.template)
        if not message.params:
            return text
        params = {  # a message inside a message is said in this language too
            key: self.message(value) if isinstance(value, UserMessage) else shown_param(value)
            for key, value in message.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            return message.template.format(**params)


def system_language() -> str:
    """``id`` when the environment asks for Indonesian, else ``en`` (for the CLI)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "id" if value.lower().startswith(("id", "in_")) else "en"
    return "en"


class UserMessage:
    """A message for the user: an English template plus the values to fill in.

    ``str(msg)`` gives the English text; a translating front end calls
    ``translate(msg.template).format(**msg.params)`` instead.
    """

    __slots__ = ("context", "params", "template")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.context = context_of(template)
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
