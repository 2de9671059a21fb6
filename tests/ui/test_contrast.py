"""Issue 19, contrast: text the app draws reaches WCAG AA (4.5:1) on its background, on
the light palette and on the dark one (Settings → Theme); colour never carries meaning
alone. Every colour that means something is a tone of ui/theme.py, checked here in both."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.enums import RiskLevel
from counsel_desk.ui import theme
from counsel_desk.ui.labels import RISK_TONES, risk_label
from counsel_desk.ui.models.attention_model import KIND_TONES
from counsel_desk.ui.models.reminder_model import KIND_TONES as REMINDER_TONES
from counsel_desk.ui.theme import AA_TEXT, contrast, readable_palette, tone
from counsel_desk.ui.widgets import charts, redaction_preview, signature_pad, strength_meter

ROLE = QPalette.ColorRole
PAIRS = (
    (ROLE.Text, ROLE.Base),
    (ROLE.WindowText, ROLE.Window),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.PlaceholderText, ROLE.Base),  # every hint in the app
    (ROLE.PlaceholderText, ROLE.Window),
    (ROLE.HighlightedText, ROLE.Highlight),  # a selected row
    (ROLE.ToolTipText, ROLE.ToolTipBase),
    (ROLE.Link, ROLE.Base),
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


def _palettes() -> dict[str, QPalette]:
    """Both themes as Counsel Desk shows them: the system's light palette (Fusion) and
    our own light and dark palettes, each through readable_palette."""
    return {
        "system light": readable_palette(QApplication.style().standardPalette()),
        "light": readable_palette(theme.light_palette()),
        "dark": readable_palette(theme.dark_palette()),
    }


@pytest.mark.parametrize("name", ["system light", "light", "dark"])
def test_our_own_light_and_dark_palettes_are_readable(qapp, name):
    palette = _palettes()[name]
    assert _failing(palette) == []
    assert theme.is_dark(palette) is (name == "dark")


@pytest.mark.parametrize("name", ["system light", "light", "dark"])
def test_the_colours_that_mean_something_are_readable_in_both_themes(qapp, name):
    palette = _palettes()[name]
    backgrounds = [palette.color(r) for r in (ROLE.Base, ROLE.Window, ROLE.AlternateBase)]
    used = {
        **{f"risk {level}": t for level, t in RISK_TONES.items()},
        **{f"attention {kind}": t for kind, t in KIND_TONES.items()},
        **{f"reminder {kind}": t for kind, t in REMINDER_TONES.items()},
        **{f"strength {i}": t for i, t in enumerate(strength_meter.TONES)},
        **{f"chart line {i}": t for i, t in enumerate(charts.LINE_TONES)},
        **{f"tone {t}": t for t in theme.TEXT_TONES},
    }
    failing = [
        f"{what} ({t}) {tone(t, palette).name()} on {back.name()}: "
        f"{contrast(tone(t, palette), back):.2f}"
        for what, t in used.items()
        for back in backgrounds
        if contrast(tone(t, palette), back) < AA_TEXT
    ]
    assert failing == []
    # A tinted background (an addendum, a contact row in error) under the palette's text.
    text = palette.color(ROLE.Text)
    tinted = [
        f"{t} {contrast(text, tone(t, palette)):.2f}"
        for t in theme.BACKGROUND_TONES
        if contrast(text, tone(t, palette)) < AA_TEXT
    ]
    assert tinted == []
    # The dark theme has colours of its own, not the light ones on a dark ground.
    if name == "dark":
        assert all(tone(t, palette) != QColor(theme.TONES[t][0]) for t in theme.TONES)


def test_highlights_that_bring_their_own_text_colour_are_readable_in_either_theme(qapp):
    """The redaction preview's highlights, the search match, the demo banner and the ink
    of a signature on its paper do not change with the theme: readable on each other."""
    mark = QColor(theme.MARK_TEXT)
    pairs = {
        **{
            f"redaction {category}": (mark, QColor(colour))
            for category, colour in redaction_preview._COLOURS.items()
        },
        "search match": (mark, QColor(theme.MARK_BACKGROUND)),
        "demo banner": (QColor("#5c4400"), QColor("#fff4ce")),
        "signature": (QColor(signature_pad.INK), QColor(signature_pad.PAPER)),
    }
    failing = [
        f"{what}: {contrast(fg, bg):.2f}"
        for what, (fg, bg) in pairs.items()
        if contrast(fg, bg) < AA_TEXT
    ]
    assert failing == []


def test_a_risk_level_is_told_in_words_not_only_in_colour(qapp):
    words = {risk_label(level) for level in RiskLevel}
    assert len(words) == len(RiskLevel) and all(w.strip() for w in words)
