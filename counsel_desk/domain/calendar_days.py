"""Days of the public calendar: a date that is one of them identifies no one.

"Libur 17 Agustus", "after Christmas (25 December)", "ujian sesudah Idul Fitri, 31 Maret
2025": a supervision summary keeps such dates (issue 16, item 5). Indonesia's holidays of
a given year come from the ``holidays`` package (MIT licence: the movable ones, Idul Fitri,
Nyepi, Waisak, Imlek, Good Friday, are computed per year); without a year only the days
whose date never moves count: the national holidays and the days every Indonesian school
marks. No Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

# (day, month) of the days whose date never moves: New Year, Labour Day, Pancasila,
# Independence Day, Christmas; and the days schools mark (Kartini, Hardiknas, Hari Anak
# Nasional, Kesaktian Pancasila, Sumpah Pemuda, Hari Pahlawan, Hari Guru, Hari Ibu).
FIXED_DAYS: Final = frozenset(
    {
        (1, 1),
        (21, 4),
        (1, 5),
        (2, 5),
        (1, 6),
        (23, 7),
        (17, 8),
        (1, 10),
        (28, 10),
        (10, 11),
        (25, 11),
        (22, 12),
        (25, 12),
    }
)


@functools.lru_cache(maxsize=64)
def _holidays_of(year: int) -> frozenset[tuple[int, int]]:
    try:
        import holidays
    except ImportError:  # pragma: no cover - a dependency; without it the fixed days only
        return frozenset()
    try:
        days = holidays.country_holidays("ID", years=year)
    except (NotImplementedError, KeyError, ValueError):  # pragma: no cover
        return frozenset()
    return frozenset((d.day, d.month) for d in days)


def is_public_day(day: int, month: int, year: int | None = None) -> bool:
    """Whether ``day``.``month`` (of ``year``, when it is known) is a public holiday or a
    day every school marks in Indonesia."""
    if (day, month) in FIXED_DAYS:
        return True
    if year is None or not 1900 <= year <= 2199:
        return False
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return (day, month) in _holidays_of(year)
