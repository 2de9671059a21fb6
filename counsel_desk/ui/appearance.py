"""How the app looks, following Settings and the system: the light or dark theme (or the
system's, as it changes) and the text size (issue 14: out of ``main_window.py``).

What was drawn as HTML with the theme's colours (the open note, a plan version, a consent)
is drawn again by the ``redraw`` the window hands over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from counsel_desk.ui import settings as settings_options
from counsel_desk.ui.settings import AppSettings
from counsel_desk.ui.theme import ThemeChoice, apply_text_size, apply_theme


class Appearance(QObject):
    """Applies the theme and text size now and whenever they change."""

    def __init__(
        self, settings: AppSettings, redraw: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._redraw = redraw
        app = QApplication.instance()
        if isinstance(app, QApplication):  # light or dark, hints and selections readable
            apply_theme(app, ThemeChoice(settings.theme))
            apply_text_size(app, settings.text_size_percent)
            hints = app.styleHints()
            if hints is not None:  # "System" follows the system's light or dark
                hints.colorSchemeChanged.connect(self._system_scheme_changed)
        settings.changed.connect(self._setting_changed)

    def _setting_changed(self, option: object) -> None:
        if option is settings_options.THEME:
            self.apply_theme()
        elif option is settings_options.TEXT_SIZE:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_text_size(app, self._settings.text_size_percent)

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self._settings.theme == ThemeChoice.SYSTEM:
            self.apply_theme()

    def apply_theme(self) -> None:
        """The theme chosen in Settings, on every window now, and what was drawn with the
        old theme's colours drawn again."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        apply_theme(app, ThemeChoice(self._settings.theme))
        self._redraw()
