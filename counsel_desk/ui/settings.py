"""Typed access to the application's QSettings: the only module that touches QSettings.

Only non-sensitive interface state lives here: window geometry, the last vault's PATH,
auto-lock minutes, the privacy-mode flag, the language, the theme, the text size and the
sessions' professional boundaries. Never a name, a case code, a client id or anything
else from the vault.

Every setting is declared once, as an :class:`Option`: its key, its default and how a
stored value is read back (anything out of range or of the wrong type reads as the
default: a hand-edited or older settings file never breaks the app). ``get`` and ``set``
are the one way in and out; ``changed`` carries the option that changed. The settings
carry a version; :data:`UPGRADES` are the ordered steps that bring older settings up to
it, run once when the settings are opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120
LANGUAGES = ("en", "id")
DEFAULT_TEXT_SIZE = 100
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 90, 200  # per cent of the system's text size
THEMES = ("system", "light", "dark")  # ui/theme.ThemeChoice
DEFAULT_PLATFORMS = ("Google Meet", "Zoom", "Microsoft Teams")
DEFAULT_HOURS = (dt.time(7, 0), dt.time(16, 0))
DEFAULT_WORKDAYS = frozenset(range(5))  # Monday to Friday

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Option(Generic[T]):
    """One setting: where it is stored, what it is when unset or unreadable, and how a
    stored value is read (``read`` returns None for a value it cannot use) and written."""

    key: str
    default: T
    read: Callable[[object], T | None]
    write: Callable[[T], object] = lambda value: value

    def __repr__(self) -> str:
        return f"Option({self.key!r})"


def _int_in(low: int, high: int) -> Callable[[object], int | None]:
    def read(value: object) -> int | None:
        try:
            number: int = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return None
        return max(low, min(high, number))

    return read


def _clamp_int(low: int, high: int) -> Callable[[int], object]:
    return lambda value: max(low, min(high, int(value)))


def _bool(value: object) -> bool | None:
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)


def _one_of(choices: tuple[str, ...]) -> Callable[[object], str | None]:
    return lambda value: value if isinstance(value, str) and value in choices else None


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _path(value: object) -> Path | None:
    return Path(value) if isinstance(value, str) and value else None


def _strings(value: object) -> list[str] | None:
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, list):
        return None
    return [str(v) for v in value if str(v).strip()]


def _time(value: object) -> dt.time | None:
    try:
        return dt.time.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _weekdays(value: object) -> frozenset[int] | None:
    try:
        days = frozenset(int(d) for d in str(value).split(",") if d.strip()) if value else None
    except ValueError:
        return None
    return days if days and days <= set(range(7)) else None


GEOMETRY: Option[QByteArray | None] = Option("window/geometry", None, _bytes)
WINDOW_STATE: Option[QByteArray | None] = Option("window/state", None, _bytes)
LAST_VAULT: Option[Path | None] = Option(
    "vault/last_path", None, _path, lambda p: None if p is None else str(p)
)
AUTO_LOCK: Option[int] = Option(
    "security/auto_lock_minutes",
    DEFAULT_AUTO_LOCK_MINUTES,
    _int_in(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES),
    _clamp_int(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES),
)
PRIVACY: Option[bool] = Option("security/privacy_mode", False, _bool, bool)
LANGUAGE: Option[str | None] = Option("ui/language", None, _one_of(LANGUAGES))
TEXT_SIZE: Option[int] = Option(
    "ui/text_size_percent",
    DEFAULT_TEXT_SIZE,
    _int_in(MIN_TEXT_SIZE, MAX_TEXT_SIZE),
    _clamp_int(MIN_TEXT_SIZE, MAX_TEXT_SIZE),
)
THEME: Option[str] = Option(
    "ui/theme", THEMES[0], _one_of(THEMES), lambda v: v if v in THEMES else THEMES[0]
)
PLATFORMS: Option[list[str]] = Option(
    "sessions/approved_platforms",
    list(DEFAULT_PLATFORMS),
    _strings,
    lambda v: [p.strip() for p in v if p.strip()],
)
HOURS_START: Option[dt.time] = Option(
    "sessions/working_hours_start", DEFAULT_HOURS[0], _time, lambda t: t.strftime("%H:%M")
)
HOURS_END: Option[dt.time] = Option(
    "sessions/working_hours_end", DEFAULT_HOURS[1], _time, lambda t: t.strftime("%H:%M")
)
WORKDAYS: Option[frozenset[int]] = Option(
    "sessions/working_days",
    DEFAULT_WORKDAYS,
    _weekdays,
    lambda days: ",".join(str(d) for d in sorted(days)),
)

OPTIONS: tuple[Option[Any], ...] = (
    GEOMETRY,
    WINDOW_STATE,
    LAST_VAULT,
    AUTO_LOCK,
    PRIVACY,
    LANGUAGE,
    TEXT_SIZE,
    THEME,
    PLATFORMS,
    HOURS_START,
    HOURS_END,
    WORKDAYS,
)

VERSION_KEY = "settings/version"


def _drop_undeclared(settings: QSettings) -> None:
    """Version 1: keys no option declares (left by development builds) are removed, so
    nothing the app no longer knows about lingers in the settings file."""
    known = {option.key for option in OPTIONS} | {VERSION_KEY}
    for key in settings.allKeys():
        if key not in known:
            settings.remove(key)


# The steps that bring settings of version n - 1 up to version n, in order.
UPGRADES: tuple[Callable[[QSettings], None], ...] = (_drop_undeclared,)
SETTINGS_VERSION = len(UPGRADES)


class AppSettings(QObject):
    """The declared options, read and written through ``get``/``set`` (and a property
    per option for the call sites); emits ``changed(option)`` when one is written."""

    changed = Signal(object)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._s = settings if settings is not None else QSettings()
        self._upgrade()

    def _upgrade(self) -> None:
        stored = _int_in(0, 10**6)(self._s.value(VERSION_KEY, 0)) or 0
        if stored >= SETTINGS_VERSION:
            return
        for step in UPGRADES[stored:]:
            step(self._s)
        self._s.setValue(VERSION_KEY, SETTINGS_VERSION)

    @property
    def version(self) -> int:
        return _int_in(0, 10**6)(self._s.value(VERSION_KEY, 0)) or 0

    def sync(self) -> None:
        self._s.sync()

    def get(self, option: Option[T]) -> T:
        stored = self._s.value(option.key)
        if stored is None:
            return option.default
        value = option.read(stored)
        return option.default if value is None else value

    def set(self, option: Option[T], value: T, *, notify: bool = True) -> None:
        stored = option.write(value)
        if stored is None:
            self._s.remove(option.key)
        else:
            self._s.setValue(option.key, stored)
        if notify:
            self.changed.emit(option)

    # -- one property per option, for the call sites ----------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        return self.get(GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.set(GEOMETRY, value, notify=False)

    @property
    def window_state(self) -> QByteArray | None:
        return self.get(WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.set(WINDOW_STATE, value, notify=False)

    @property
    def last_vault_path(self) -> Path | None:
        return self.get(LAST_VAULT)

    @last_vault_path.setter
    def last_vault_path(self, value: Path | None) -> None:
        self.set(LAST_VAULT, value)

    @property
    def auto_lock_minutes(self) -> int:
        return self.get(AUTO_LOCK)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self.set(AUTO_LOCK, value)

    @property
    def privacy_mode(self) -> bool:
        return self.get(PRIVACY)

    @privacy_mode.setter
    def privacy_mode(self, value: bool) -> None:
        self.set(PRIVACY, value)

    @property
    def text_size_percent(self) -> int:
        """The whole app's text size, in per cent of the system's (90–200)."""
        return self.get(TEXT_SIZE)

    @text_size_percent.setter
    def text_size_percent(self, value: int) -> None:
        self.set(TEXT_SIZE, value)

    @property
    def theme(self) -> str:
        """ "system" (follow the system's light or dark), "light" or "dark"."""
        return self.get(THEME)

    @theme.setter
    def theme(self, value: str) -> None:
        self.set(THEME, value)

    @property
    def language(self) -> str | None:
        """``"en"``, ``"id"``, or None to follow the system."""
        return self.get(LANGUAGE)

    @language.setter
    def language(self, value: str | None) -> None:
        self.set(LANGUAGE, value if value in LANGUAGES else None)

    @property
    def approved_platforms(self) -> list[str]:
        """Online platforms the school approved; a session on another one is flagged."""
        platforms = self.get(PLATFORMS)
        return list(platforms)

    @approved_platforms.setter
    def approved_platforms(self, value: list[str]) -> None:
        self.set(PLATFORMS, value)

    @property
    def working_hours(self) -> tuple[dt.time, dt.time, frozenset[int]]:
        """Start, end and weekdays (Monday 0) of the counselor's working hours."""
        return self.get(HOURS_START), self.get(HOURS_END), self.get(WORKDAYS)

    def set_working_hours(self, start: dt.time, end: dt.time, weekdays: frozenset[int]) -> None:
        self.set(HOURS_START, start, notify=False)
        self.set(HOURS_END, end, notify=False)
        self.set(WORKDAYS, weekdays)

    def keys(self) -> list[str]:
        """Every key stored (tests check that no client data ever lands here)."""
        return list(self._s.allKeys())

    def all_values(self) -> dict[str, object]:
        return {key: self._s.value(key) for key in self._s.allKeys()}
