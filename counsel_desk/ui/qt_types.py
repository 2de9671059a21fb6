"""Qt's dates and times as Python's, with the types the PySide6 stubs leave out.

The stubs type ``QDate.toPython()`` and ``QTime.toPython()`` as ``object`` and take no
``datetime.date`` where Qt wants a ``QDate``; these say what goes in and what comes out.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime


def py_date(day: QDate) -> dt.date:
    """``day`` (a valid QDate) as a ``datetime.date``."""
    value = day.toPython()
    assert isinstance(value, dt.date), value
    return value


def py_time(time: QTime) -> dt.time:
    """``time`` (a valid QTime) as a ``datetime.time``."""
    value = time.toPython()
    assert isinstance(value, dt.time), value
    return value


def qt_date(day: dt.date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)
