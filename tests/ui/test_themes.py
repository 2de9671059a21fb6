"""Issue 19, comfort: light and dark. Settings → General → Theme offers System, Light and
Dark; a choice reaches every open window at once (palette, the colours that mean
something, charts, the HTML of an open note) and is remembered in QSettings, which hold
no client data. System follows the computer's light or dark setting. The contrast of
both themes is checked in tests/ui/test_contrast.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.templates import TemplateId
from counsel_desk.ui import theme
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
from counsel_desk.ui.labels import RISK_TONES
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.theme import ThemeChoice, is_dark, tone
from tests.ui.conftest import make_vault, sample_clients, unlock

ROLE = QPalette.ColorRole


@pytest.fixture
def back_to_system(qapp) -> Iterator[None]:
    """Whatever a test chose, the next test starts from the system's own palette."""
    yield
    theme.apply_theme(qapp, ThemeChoice.SYSTEM)


def _choose(qtbot, window: MainWindow, settings, choice: str) -> None:
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.theme_combo
    combo.setCurrentIndex(combo.findData(choice))
    dialog.accept()


@pytest.mark.usefixtures("back_to_system")
def test_dark_is_applied_to_the_open_window_at_once_and_remembered(
    qtbot, qapp, window, settings, vault_service, runner, prompter, tmp_path
):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    budi = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(budi.id)
    profile = window.profile_view
    assert not is_dark(qapp.palette())
    light_chip = profile.risk_chip.styleSheet()

    _choose(qtbot, window, settings, "dark")

    assert is_dark(qapp.palette()) and is_dark(window.palette())
    assert is_dark(profile.given_name_edit.palette())
    # The risk chip, styled with a tone, is drawn again in its dark colour.
    assert profile.risk_chip.styleSheet() != light_chip
    level = profile.risk_combo.currentData()
    assert QColor(theme.TONES[RISK_TONES[level]][1]).name() in profile.risk_chip.styleSheet()
    # A chart takes the dark base as its background and lines in dark tones.
    chart = profile.plan_view.progress_chart.chart()
    assert chart.backgroundBrush().color() == qapp.palette().color(ROLE.Base)
    # Remembered, and the settings hold only the word.
    assert settings.theme == "dark"
    stored = settings.all_values()
    assert stored.get("ui/theme") == "dark"
    for value in stored.values():
        assert "Budi" not in str(value) and "Santoso" not in str(value)
    # The next start opens dark.
    theme.apply_theme(qapp, ThemeChoice.SYSTEM)
    assert not is_dark(qapp.palette())
    again = MainWindow(vault_service, settings, runner, prompter)
    qtbot.addWidget(again)
    assert is_dark(qapp.palette())

    _choose(qtbot, window, settings, "light")
    assert not is_dark(qapp.palette())
    assert QColor(theme.TONES[RISK_TONES[level]][0]).name() in profile.risk_chip.styleSheet()


@pytest.mark.usefixtures("back_to_system")
def test_an_open_signed_note_is_drawn_again_in_the_new_theme(
    qtbot, qapp, window, settings, tmp_path
):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    ayu = next(s for s in window.client_model.summaries() if s.given_name == "Ayu")
    assert window.workspace.open_client(ayu.id)
    sessions = window.profile_view.sessions_view
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText("Catatan")
    assert sessions.sign()
    muted_light, muted_dark = theme.TONES["muted"]
    assert muted_light in sessions.viewer.browser.toHtml().lower()
    _choose(qtbot, window, settings, "dark")
    html = sessions.viewer.browser.toHtml().lower()
    assert muted_dark in html and muted_light not in html
    assert "Catatan" in sessions.viewer.text()


def test_system_follows_the_computers_light_or_dark(qapp):
    light = QApplication.style().standardPalette()
    dark_system = theme.dark_palette()
    # A light system that says dark: Counsel Desk's own dark palette.
    assert is_dark(theme.palette_for(ThemeChoice.SYSTEM, light, wants_dark=True))
    assert not is_dark(theme.palette_for(ThemeChoice.SYSTEM, light, wants_dark=False))
    # A system that is dark already keeps its own palette.
    kept = theme.palette_for(ThemeChoice.SYSTEM, dark_system, wants_dark=True)
    assert kept.color(ROLE.Window) == dark_system.color(ROLE.Window)
    # A manual choice wins over the system either way.
    assert not is_dark(theme.palette_for(ThemeChoice.LIGHT, dark_system, wants_dark=True))
    assert is_dark(theme.palette_for(ThemeChoice.DARK, light, wants_dark=False))


def test_a_theme_value_that_is_not_offered_reads_as_system(settings):
    settings._s.setValue("ui/theme", "purple")
    assert settings.theme == "system"
    settings.theme = "dark"
    assert settings.theme == "dark"


def test_tones_follow_the_palette_they_are_asked_for(qapp):
    assert tone("error", theme.dark_palette()).name() == theme.TONES["error"][1]
    assert tone("error", theme.light_palette()).name() == theme.TONES["error"][0]
