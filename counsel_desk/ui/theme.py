"""Colours that stay readable: WCAG AA (4.5:1) for text on its background.

The system's palette is kept, except where its text would be too faint to read: Qt's
placeholder text (used for every hint in the app) is half-transparent text, about 3.9:1
on white, and Fusion's selection colour under white text is about 3.6:1. Those two are
made darker (or, on a dark palette, lighter) until they reach 4.5:1.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

AA_TEXT = 4.5
"""The contrast ratio WCAG 2 level AA asks of normal-size text."""

_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def blended(colour: QColor, background: QColor) -> QColor:
    """``colour`` as seen over ``background`` (its alpha applied)."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )


def contrast(text: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of ``text`` (alpha applied) on ``background``."""
    lighter, darker = sorted(
        (luminance(blended(text, background)), luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * (1 - share_of_a),
        a.greenF() * share_of_a + b.greenF() * (1 - share_of_a),
        a.blueF() * share_of_a + b.blueF() * (1 - share_of_a),
    )


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with its placeholder text and selection made readable (see module)."""
    result = QPalette(palette)
    role = QPalette.ColorRole
    for group in _GROUPS:
        text, base = result.color(group, role.Text), result.color(group, role.Base)
        window = result.color(group, role.Window)
        hint = result.color(group, role.PlaceholderText)
        share = 0.5
        while min(contrast(hint, base), contrast(hint, window)) < AA_TEXT and share < 1.0:
            share += 0.05
            hint = _mix(text, base, share)
        result.setColor(group, role.PlaceholderText, hint)
        selected = result.color(group, role.HighlightedText)
        highlight = result.color(group, role.Highlight)
        steps = 0
        while contrast(selected, highlight) < AA_TEXT and steps < 20:
            towards = QColor("black") if luminance(selected) > 0.5 else QColor("white")
            highlight = _mix(highlight, towards, 0.92)
            steps += 1
        result.setColor(group, role.Highlight, highlight)
    return result


_BASE_FONT_SIZE = "counselDeskBaseFontSize"


def apply_text_size(app: QGuiApplication, percent: int) -> None:
    """Every text of the app at ``percent`` of the system's size (Settings → General).

    The system's size is read once and kept on the application, so changing the
    setting again scales from it, never from an already scaled size."""
    base = app.property(_BASE_FONT_SIZE)
    if not isinstance(base, float) or base <= 0:
        base = app.font().pointSizeF()
        if base <= 0:
            return  # a font in pixels: the system's own size stays
        app.setProperty(_BASE_FONT_SIZE, float(base))
    font = app.font()
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)
    # Under a style sheet (the main window has one) a new application font does not
    # reach widgets that exist already: give it to each open window too.
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            window.setFont(font)
            for widget in [window, *window.findChildren(QWidget)]:
                sheet = widget.styleSheet()
                if sheet:  # polished again, so its children take the new size
                    widget.setStyleSheet(sheet)
