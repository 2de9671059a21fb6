"""A date field that may be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose lowest value stands for "no date" (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("—")
        self.setDate(_EMPTY)

    def value(self) -> dt.date | None:
        current = self.date()
        return None if current == _EMPTY else current.toPython()

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(_EMPTY if day is None else QDate(day.year, day.month, day.day))
