"""Showing core messages (:class:`counsel_desk.i18n.UserMessage`) in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from counsel_desk.i18n import MESSAGES_CONTEXT, CounselDeskError, UserMessage, shown_param
from counsel_desk.ui.labels import format_date

# The contexts core modules mark their messages in (QT_TRANSLATE_NOOP(context, text)).
# A message is looked up in each until one has a translation.
_KNOWN_CONTEXTS = (
    MESSAGES_CONTEXT,
    "Validation",
    "Passphrase",
    "Vault",
    "Services",
    "Attention",
    "Interchange",
    "NoteTemplates",
    "VaultErrors",
    "Backups",
    "Retention",
    "Audit",
)


def translate(message: UserMessage | str, context: str | None = None) -> str:
    """The message in the current language, with its ``{placeholders}`` filled in."""
    if isinstance(message, str):
        message = UserMessage(message)
    template = message.template
    text = template
    for ctx in (context, message.context, *_KNOWN_CONTEXTS):
        if ctx is None:
            continue
        candidate = QCoreApplication.translate(ctx, template)
        if candidate != template:
            text = candidate
            break
    if not message.params:
        return text
    params = {key: _shown(value) for key, value in message.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not crash the UI
        return template.format(**params)


def _shown(value: object) -> object:
    """A parameter as the user reads it: dates in the chosen language, nested messages
    translated."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return format_date(value)
    if isinstance(value, UserMessage):
        return translate(value)
    return shown_param(value)  # a path's direction controls made visible


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``: its own message, or a generic sentence."""
    if isinstance(error, CounselDeskError):
        return translate(error.message)
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Your records were not changed by this error."
    )
