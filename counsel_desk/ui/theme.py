"""Colours that stay readable: WCAG AA (4.5:1) for text on its background, light or dark.

The system's palette is kept, except where its text would be too faint to read: Qt's
placeholder text (used for every hint in the app) is half-transparent text, about 3.9:1
on white, and Fusion's selection colour under white text is about 3.6:1. Those two are
made darker (or, on a dark palette, lighter) until they reach 4.5:1; so are links.

Light and dark (Settings → General → Theme): *System* follows Qt's colour scheme
(``QStyleHints.colorScheme``, also when it changes while the app runs); *Light* and
*Dark* are a manual choice. The system's own palette is used when it already is of the
chosen kind, otherwise :data:`LIGHT_PALETTE` or :data:`DARK_PALETTE`.

Every colour that carries meaning is a *tone* (:data:`TONES`): a name with a light and a
dark value, each 4.5:1 on base, window and alternate rows of its palette
(``tests/ui/test_contrast.py``). Widgets take a tone through :func:`tone` (models, HTML,
painting, read when drawn) or :func:`styled` (a style sheet built again when the theme
changes), so a change of theme reaches every open window at once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# name: (on the light palette, on the dark palette). Text tones are readable (4.5:1) on
# base, window and alternate base of their palette; "-bg" tones are backgrounds under
# the palette's own text.
TONES: dict[str, tuple[str, str]] = {
    "error": ("#c62828", "#ff8a80"),
    "warning": ("#975a00", "#ffb74d"),
    "caution": ("#8a4b00", "#ffab70"),
    "alarm": ("#8a1c1c", "#ff8a80"),
    "success": ("#276b2b", "#81c784"),
    "info": ("#1565c0", "#90caf9"),
    "navy": ("#1f4e79", "#9ecbff"),
    "private": ("#6a1b9a", "#ce93d8"),
    "magenta": ("#8e24aa", "#e1a6f0"),
    "teal": ("#006d77", "#4dd0e1"),
    "orange": ("#b34000", "#ffa270"),
    "amber": ("#9c4a05", "#fbbf77"),
    "olive": ("#3f6b1f", "#aed581"),
    "brown": ("#5d4037", "#d7b8ad"),
    "rose": ("#b03a37", "#ef9a9a"),
    "muted": ("#565d6b", "#b0b8c4"),
    "error-bg": ("#fde7e7", "#5c1f1f"),
    "addendum-bg": ("#eef4fb", "#1f2a36"),
}
TEXT_TONES = tuple(name for name in TONES if not name.endswith("-bg"))
BACKGROUND_TONES = tuple(name for name in TONES if name.endswith("-bg"))

# Highlights that bring their own text colour: the same in both themes (a highlighter
# pen on paper), readable on each other (the search match, the redaction preview).
MARK_TEXT = "#111827"
MARK_BACKGROUND = "#ffe082"  # a search match


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    hint = QColor(colours[QPalette.ColorRole.Text])
    hint.setAlpha(128)
    palette.setColor(QPalette.ColorRole.PlaceholderText, hint)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


_R = QPalette.ColorRole
DARK_PALETTE_COLOURS = {
    _R.Window: "#2b2b2b",
    _R.WindowText: "#f0f0f0",
    _R.Base: "#1e1e1e",
    _R.AlternateBase: "#262626",
    _R.Text: "#f0f0f0",
    _R.Button: "#353535",
    _R.ButtonText: "#f0f0f0",
    _R.BrightText: "#ffffff",
    _R.Highlight: "#2f6fae",
    _R.HighlightedText: "#ffffff",
    _R.ToolTipBase: "#353535",
    _R.ToolTipText: "#f0f0f0",
    _R.Link: "#8ab4f8",
    _R.LinkVisited: "#c58af9",
    _R.Light: "#4a4a4a",
    _R.Midlight: "#3c3c3c",
    _R.Mid: "#5a5a5a",
    _R.Dark: "#1a1a1a",
    _R.Shadow: "#000000",
}
LIGHT_PALETTE_COLOURS = {
    _R.Window: "#efefef",
    _R.WindowText: "#000000",
    _R.Base: "#ffffff",
    _R.AlternateBase: "#f7f7f7",
    _R.Text: "#000000",
    _R.Button: "#efefef",
    _R.ButtonText: "#000000",
    _R.BrightText: "#ffffff",
    _R.Highlight: "#30609a",
    _R.HighlightedText: "#ffffff",
    _R.ToolTipBase: "#ffffdc",
    _R.ToolTipText: "#000000",
    _R.Link: "#0b57d0",
    _R.LinkVisited: "#6a1b9a",
    _R.Light: "#ffffff",
    _R.Midlight: "#cacaca",
    _R.Mid: "#b8b8b8",
    _R.Dark: "#9f9f9f",
    _R.Shadow: "#767676",
}


def dark_palette() -> QPalette:
    """Counsel Desk's own dark palette, for a system that has none."""
    return _palette(DARK_PALETTE_COLOURS, "#8c8c8c")


def light_palette() -> QPalette:
    """Counsel Desk's own light palette, for a dark system when Light is chosen."""
    return _palette(LIGHT_PALETTE_COLOURS, "#767676")


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
        for link_role in (role.Link, role.LinkVisited):  # a dark palette's default blue
            link = result.color(group, link_role)
            steps = 0
            while contrast(link, base) < AA_TEXT and steps < 20:
                link = _mix(link, text, 0.85)
                steps += 1
            result.setColor(group, link_role, link)
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


# --- light and dark ----------------------------------------------------------------------

_SYSTEM_PALETTE = "counselDeskSystemPalette"
_STYLED = "_counsel_desk_style"


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark palette: its window darker than mid-grey."""
    if palette is None:
        palette = QGuiApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.18


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """The colour of ``name`` (see :data:`TONES`) for ``palette``, by default the app's."""
    light, dark = TONES[name]
    return QColor(dark if is_dark(palette) else light)


def system_wants_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(choice: ThemeChoice, system: QPalette, *, wants_dark: bool) -> QPalette:
    """The palette for ``choice`` given the system's palette, before :func:`readable_palette`."""
    dark = wants_dark if choice is ThemeChoice.SYSTEM else choice is ThemeChoice.DARK
    if dark:
        return QPalette(system) if is_dark(system) else dark_palette()
    if choice is ThemeChoice.SYSTEM or not is_dark(system):
        return QPalette(system)
    return light_palette()


def apply_theme(app: QApplication, choice: ThemeChoice) -> None:
    """Light, dark or the system's, applied to every open window at once.

    The palette the system gave is kept on the application the first time, so a later
    choice starts from it, never from a palette of ours."""
    system = app.property(_SYSTEM_PALETTE)
    if not isinstance(system, QPalette):
        system = QPalette(app.palette())
        app.setProperty(_SYSTEM_PALETTE, system)
    palette = readable_palette(palette_for(choice, system, wants_dark=system_wants_dark()))
    app.setPalette(palette)
    restyle(app)


def styled(widget: QWidget, build: Callable[[], str] | None) -> None:
    """Give ``widget`` the style sheet ``build()`` now and again at every change of theme
    (``build`` reads :func:`tone`); None takes it away."""
    setattr(widget, _STYLED, build)
    widget.setStyleSheet(build() if build is not None else "")


def set_tone(widget: QWidget, name: str | None, extra: str = "") -> None:
    """``widget``'s text in the tone ``name`` (None: the palette's own), plus ``extra`` CSS."""
    if name is None:
        styled(widget, (lambda: extra) if extra else None)
        return
    styled(widget, lambda: f"color: {tone(name).name()}; {extra}")


def restyle(app: QApplication) -> None:
    """Build every :func:`styled` style sheet again (after a change of palette)."""
    for widget in app.allWidgets():
        build = getattr(widget, _STYLED, None)
        if callable(build):
            widget.setStyleSheet(build())
