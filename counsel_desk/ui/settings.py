"""Typed access to the application's QSettings: the only module that touches QSettings.

Only non-sensitive interface state lives here: window geometry, the last vault's PATH,
auto-lock minutes, the privacy-mode flag, the language and the text size. Never a name, a case code, a
client id or anything else from the vault.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120
LANGUAGES = ("en", "id")
DEFAULT_TEXT_SIZE = 100
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 90, 200  # per cent of the system's text size
THEMES = ("system", "light", "dark")  # ui/theme.ThemeChoice
DEFAULT_PLATFORMS = ("Google Meet", "Zoom", "Microsoft Teams")


class AppSettings(QObject):
    """One typed property per setting; emits ``changed(key)`` when one is written."""

    changed = Signal(str)

    _GEOMETRY = "window/geometry"
    _STATE = "window/state"
    _LAST_VAULT = "vault/last_path"
    _AUTO_LOCK = "security/auto_lock_minutes"
    _PRIVACY = "security/privacy_mode"
    _LANGUAGE = "ui/language"
    _TEXT_SIZE = "ui/text_size_percent"
    _THEME = "ui/theme"
    _PLATFORMS = "sessions/approved_platforms"
    _HOURS_START = "sessions/working_hours_start"
    _HOURS_END = "sessions/working_hours_end"
    _WORKDAYS = "sessions/working_days"

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._s = settings if settings is not None else QSettings()

    def sync(self) -> None:
        self._s.sync()

    # -- window -----------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value(self._GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue(self._GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value(self._STATE)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue(self._STATE, value)

    # -- vault ------------------------------------------------------------------------
    @property
    def last_vault_path(self) -> Path | None:
        value = self._s.value(self._LAST_VAULT)
        return Path(value) if isinstance(value, str) and value else None

    @last_vault_path.setter
    def last_vault_path(self, value: Path | None) -> None:
        if value is None:
            self._s.remove(self._LAST_VAULT)
        else:
            self._s.setValue(self._LAST_VAULT, str(value))
        self.changed.emit(self._LAST_VAULT)

    # -- security ---------------------------------------------------------------------
    @property
    def auto_lock_minutes(self) -> int:
        value = self._s.value(self._AUTO_LOCK, DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        return max(MIN_AUTO_LOCK_MINUTES, min(MAX_AUTO_LOCK_MINUTES, minutes))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        minutes = max(MIN_AUTO_LOCK_MINUTES, min(MAX_AUTO_LOCK_MINUTES, int(value)))
        self._s.setValue(self._AUTO_LOCK, minutes)
        self.changed.emit(self._AUTO_LOCK)

    @property
    def privacy_mode(self) -> bool:
        value = self._s.value(self._PRIVACY, False)
        if isinstance(value, str):
            return value.lower() in ("true", "1")
        return bool(value)

    @privacy_mode.setter
    def privacy_mode(self, value: bool) -> None:
        self._s.setValue(self._PRIVACY, bool(value))
        self.changed.emit(self._PRIVACY)

    # -- comfort ----------------------------------------------------------------------
    @property
    def text_size_percent(self) -> int:
        """The whole app's text size, in per cent of the system's (90–200)."""
        value = self._s.value(self._TEXT_SIZE, DEFAULT_TEXT_SIZE)
        try:
            percent = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_TEXT_SIZE
        return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, percent))

    @text_size_percent.setter
    def text_size_percent(self, value: int) -> None:
        self._s.setValue(self._TEXT_SIZE, max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(value))))
        self.changed.emit(self._TEXT_SIZE)

    @property
    def theme(self) -> str:
        """ "system" (follow the system's light or dark), "light" or "dark"."""
        value = self._s.value(self._THEME, THEMES[0])
        return value if isinstance(value, str) and value in THEMES else THEMES[0]

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue(self._THEME, value if value in THEMES else THEMES[0])
        self.changed.emit(self._THEME)

    # -- language ---------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """``"en"``, ``"id"``, or None to follow the system."""
        value = self._s.value(self._LANGUAGE)
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value in LANGUAGES:
            self._s.setValue(self._LANGUAGE, value)
        else:
            self._s.remove(self._LANGUAGE)
        self.changed.emit(self._LANGUAGE)

    # -- sessions (professional boundaries; no client data) -----------------------------
    @property
    def approved_platforms(self) -> list[str]:
        """Online platforms the school approved; a session on another one is flagged."""
        value = self._s.value(self._PLATFORMS)
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return list(DEFAULT_PLATFORMS)
        return [str(v) for v in value if str(v).strip()]

    @approved_platforms.setter
    def approved_platforms(self, value: list[str]) -> None:
        self._s.setValue(self._PLATFORMS, [v.strip() for v in value if v.strip()])
        self.changed.emit(self._PLATFORMS)

    @property
    def working_hours(self) -> tuple[dt.time, dt.time, frozenset[int]]:
        """Start, end and weekdays (Monday 0) of the counselor's working hours."""

        def _time(key: str, default: dt.time) -> dt.time:
            value = self._s.value(key)
            try:
                return dt.time.fromisoformat(str(value)) if value else default
            except ValueError:
                return default

        days = self._s.value(self._WORKDAYS)
        try:
            weekdays = (
                frozenset(int(d) for d in str(days).split(",") if d.strip()) if days else None
            )
        except ValueError:
            weekdays = None
        return (
            _time(self._HOURS_START, dt.time(7, 0)),
            _time(self._HOURS_END, dt.time(16, 0)),
            weekdays if weekdays else frozenset(range(5)),
        )

    def set_working_hours(self, start: dt.time, end: dt.time, weekdays: frozenset[int]) -> None:
        self._s.setValue(self._HOURS_START, start.strftime("%H:%M"))
        self._s.setValue(self._HOURS_END, end.strftime("%H:%M"))
        self._s.setValue(self._WORKDAYS, ",".join(str(d) for d in sorted(weekdays)))
        self.changed.emit(self._HOURS_START)

    def keys(self) -> list[str]:
        """Every key stored (tests check that no client data ever lands here)."""
        return list(self._s.allKeys())

    def all_values(self) -> dict[str, object]:
        return {key: self._s.value(key) for key in self._s.allKeys()}
