"""Issue 19, contrast: text the app draws reaches WCAG AA (4.5:1) on its background, on
the light palette and on a dark one; colour never carries meaning alone."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.enums import RiskLevel
from counsel_desk.ui.labels import RISK_COLOURS, risk_label
from counsel_desk.ui.models.attention_model import KIND_COLOURS
from counsel_desk.ui.theme import AA_TEXT, contrast, readable_palette
from counsel_desk.ui.widgets import strength_meter

ROLE = QPalette.ColorRole
PAIRS = (
    (ROLE.Text, ROLE.Base),
    (ROLE.WindowText, ROLE.Window),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.PlaceholderText, ROLE.Base),  # every hint in the app
    (ROLE.PlaceholderText, ROLE.Window),
    (ROLE.HighlightedText, ROLE.Highlight),  # a selected row
)


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (ROLE.Window, "#2b2b2b"),
        (ROLE.WindowText, "#f0f0f0"),
        (ROLE.Base, "#1e1e1e"),
        (ROLE.AlternateBase, "#262626"),
        (ROLE.Text, "#f0f0f0"),
        (ROLE.Button, "#353535"),
        (ROLE.ButtonText, "#f0f0f0"),
        (ROLE.Highlight, "#3d8fd6"),
        (ROLE.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    placeholder = QColor("#f0f0f0")
    placeholder.setAlpha(128)
    palette.setColor(ROLE.PlaceholderText, placeholder)
    return palette


def _failing(palette: QPalette) -> list[str]:
    return [
        f"{text.name}/{back.name} {contrast(palette.color(text), palette.color(back)):.2f}"
        for text, back in PAIRS
        if contrast(palette.color(text), palette.color(back)) < AA_TEXT
    ]


def test_the_windows_palette_is_readable(qapp, window):
    assert _failing(QApplication.palette()) == []
    assert _failing(window.palette()) == []


@pytest.mark.parametrize("name", ["light", "dark"])
def test_hints_and_selections_are_made_readable_on_light_and_dark_palettes(qapp, name):
    palette = QApplication.style().standardPalette() if name == "light" else _dark()
    assert _failing(readable_palette(palette)) == []
    # Only what was too faint changes: the text itself stays the system's.
    assert readable_palette(palette).color(ROLE.Text) == palette.color(ROLE.Text)


def test_the_colours_that_mean_something_are_readable_on_the_light_palette(qapp):
    palette = readable_palette(QApplication.style().standardPalette())
    backgrounds = [palette.color(r) for r in (ROLE.Base, ROLE.Window, ROLE.AlternateBase)]
    colours = {
        **{f"risk {level}": c for level, c in RISK_COLOURS.items()},
        **{f"attention {kind}": c for kind, c in KIND_COLOURS.items()},
        **{f"strength {i}": QColor(c) for i, c in enumerate(strength_meter._COLOURS)},
        "error": QColor("#c62828"),
    }
    failing = [
        f"{name} {colour.name()} on {back.name()}: {contrast(colour, back):.2f}"
        for name, colour in colours.items()
        for back in backgrounds
        if contrast(colour, back) < AA_TEXT
    ]
    assert failing == []


def test_a_risk_level_is_told_in_words_not_only_in_colour(qapp):
    words = {risk_label(level) for level in RiskLevel}
    assert len(words) == len(RiskLevel) and all(w.strip() for w in words)
