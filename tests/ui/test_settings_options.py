"""Settings are declared once (issue 14, item 4): each option has its key, its default and
its reading; a stored value of the wrong type or out of range reads as the default or the
nearest bound; a change names the option; older settings are brought up to date in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from counsel_desk.ui import settings as options
from counsel_desk.ui.settings import OPTIONS, SETTINGS_VERSION, VERSION_KEY, AppSettings


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_every_option_reads_its_default_when_nothing_is_stored(tmp_path: Path) -> None:
    settings = AppSettings(_ini(tmp_path))
    for option in OPTIONS:
        assert settings.get(option) == option.default, option
    assert settings.working_hours == (dt.time(7), dt.time(16), frozenset(range(5)))


@pytest.mark.parametrize(
    ("option", "value"),
    [
        (options.AUTO_LOCK, 15),
        (options.PRIVACY, True),
        (options.LANGUAGE, "id"),
        (options.TEXT_SIZE, 150),
        (options.THEME, "dark"),
        (options.PLATFORMS, ["Zoom", "Jitsi"]),
        (options.HOURS_START, dt.time(6, 30)),
        (options.HOURS_END, dt.time(17, 15)),
        (options.WORKDAYS, frozenset({0, 1, 2, 3, 4, 5})),
        (options.LAST_VAULT, Path("/media/stick/Counsel Desk Vault")),
    ],
)
def test_an_option_set_is_read_back_after_the_settings_are_opened_again(
    tmp_path: Path, option: options.Option[object], value: object
) -> None:
    AppSettings(_ini(tmp_path)).set(option, value)
    assert AppSettings(_ini(tmp_path)).get(option) == value


@pytest.mark.parametrize(
    ("key", "stored", "option", "read"),
    [
        ("security/auto_lock_minutes", "many", options.AUTO_LOCK, 5),
        ("security/auto_lock_minutes", "0", options.AUTO_LOCK, 1),
        ("security/auto_lock_minutes", "9999", options.AUTO_LOCK, 120),
        ("ui/text_size_percent", "10", options.TEXT_SIZE, 90),
        ("ui/text_size_percent", "500", options.TEXT_SIZE, 200),
        ("ui/theme", "purple", options.THEME, "system"),
        ("ui/language", "fr", options.LANGUAGE, None),
        ("sessions/working_hours_start", "25:99", options.HOURS_START, dt.time(7)),
        ("sessions/working_days", "0,9", options.WORKDAYS, frozenset(range(5))),
        ("sessions/working_days", "mon", options.WORKDAYS, frozenset(range(5))),
        ("security/privacy_mode", "true", options.PRIVACY, True),
    ],
)
def test_a_stored_value_it_cannot_use_reads_as_the_default_or_the_nearest_bound(
    tmp_path: Path, key: str, stored: str, option: options.Option[object], read: object
) -> None:
    ini = _ini(tmp_path)
    ini.setValue(key, stored)
    assert AppSettings(ini).get(option) == read


def test_a_change_names_the_option_that_changed(qtbot, tmp_path: Path) -> None:
    settings = AppSettings(_ini(tmp_path))
    with qtbot.waitSignal(settings.changed) as signal:
        settings.auto_lock_minutes = 10
    assert signal.args == [options.AUTO_LOCK]
    with qtbot.waitSignal(settings.changed) as signal:
        settings.theme = "light"
    assert signal.args == [options.THEME]


def test_new_settings_carry_the_current_version(tmp_path: Path) -> None:
    settings = AppSettings(_ini(tmp_path))
    assert settings.version == SETTINGS_VERSION >= 1
    assert _ini(tmp_path).value(VERSION_KEY) in (SETTINGS_VERSION, str(SETTINGS_VERSION))


def test_settings_from_before_versions_lose_the_keys_no_option_declares(tmp_path: Path) -> None:
    old = _ini(tmp_path)
    old.setValue("security/auto_lock_minutes", 12)
    old.setValue("ui/theme", "dark")
    old.setValue("recent/last_client", "C-0007")  # a development build's leftover
    old.setValue("editor/draft", "Budi bilang ...")
    old.sync()
    settings = AppSettings(_ini(tmp_path))
    assert settings.version == SETTINGS_VERSION
    assert settings.auto_lock_minutes == 12 and settings.theme == "dark"
    assert not {"recent/last_client", "editor/draft"} & set(settings.keys())


def test_settings_of_the_current_version_are_not_upgraded_again(tmp_path: Path) -> None:
    AppSettings(_ini(tmp_path))
    later = _ini(tmp_path)
    later.setValue("some/key", "a newer version's")  # written by a newer release
    later.sync()
    AppSettings(_ini(tmp_path))
    assert _ini(tmp_path).value("some/key") == "a newer version's"
