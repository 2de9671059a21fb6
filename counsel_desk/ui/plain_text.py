"""Record data is shown as plain text, never as Qt rich text (issue 15, item 10).

A ``QLabel`` left at its default ``Qt.AutoText`` renders anything that looks like HTML: a
given name such as ``<img height=900>`` would make the profile header 900 px tall, and
``<a href=...>`` would show a link. :class:`PlainTextLabels` watches the whole
application and turns every such label into a plain-text label when it is first polished
(before it is ever shown), so no label — in the window, a dialog or a message box — can
be missed. A label that really shows rich text says so with
``setTextFormat(Qt.TextFormat.RichText)`` (only escaped, built-in text may be shown so).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel

__all__ = ["PlainTextLabels", "install_plain_text_labels", "plain_tooltip"]


class PlainTextLabels(QObject):
    """An application-wide event filter: every automatic-format label becomes plain."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QLabel)
            and watched.textFormat() == Qt.TextFormat.AutoText
        ):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


_installed: list[PlainTextLabels] = []


def install_plain_text_labels() -> None:
    """Install the filter once on the running application (idempotent)."""
    app = QCoreApplication.instance()
    if app is None or any(f.parent() is app for f in _installed):
        return
    labels = PlainTextLabels(app)
    app.installEventFilter(labels)
    _installed.append(labels)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (a tooltip is rich text when it
    looks like HTML)."""
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)
