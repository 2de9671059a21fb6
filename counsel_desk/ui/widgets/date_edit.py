"""A date field that may be left empty, typed the way people write dates.

She types ``12/04/2011``, ``12-04-2011`` or ``12.04.2011`` (day first in the Indonesian
interface; in the English one in the order of the computer's own locale), or
``2011-04-12`` (ISO, always). Beside the field the date is shown in words ("12 April
2011"), so a day/month mix-up is seen at once; text that is no date says so and changes
nothing. The calendar button opens at the date, or at a sensible page for the field
(``opens_at``: a school-age birth year for a date of birth, today otherwise).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone

EARLIEST = dt.date(1900, 1, 1)


class DateOrder(enum.Enum):
    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


def system_locale() -> QLocale:
    """The computer's own locale (the English interface types dates in its order)."""
    return QLocale.system()


def typing_order(ui_locale: QLocale, system: QLocale) -> DateOrder:
    """Day first in the Indonesian interface; otherwise the system locale's order."""
    if ui_locale.language() == QLocale.Language.Indonesian:
        return DateOrder.DMY
    pattern = system.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {
        part: pattern.find(letter)
        for part, letter in (("d", "d"), ("m", "M"), ("y", "y"))
        if letter in pattern
    }
    if len(positions) < 3:
        return DateOrder.DMY
    order = "".join(sorted(positions, key=lambda part: positions[part]))
    return {"mdy": DateOrder.MDY, "ymd": DateOrder.YMD}.get(order, DateOrder.DMY)


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})$")
_DISPLAY = {DateOrder.DMY: "dd/MM/yyyy", DateOrder.MDY: "MM/dd/yyyy", DateOrder.YMD: "yyyy-MM-dd"}


def parse_date(text: str, order: DateOrder, locale: QLocale | None = None) -> dt.date | None:
    """The date ``text`` names, or None when it names none (empty text is no date either).

    ISO ``yyyy-mm-dd`` always; ``d/m/yyyy`` with ``/``, ``-``, ``.`` or spaces in
    ``order``; the date in words in ``locale`` ("12 April 2011")."""
    text = text.strip()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _NUMERIC.match(text)
        if match is not None:
            first, second, year = (int(g) for g in match.groups())
            day, month = (second, first) if order is DateOrder.MDY else (first, second)
        else:
            return _parse_words(text, locale)
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        return None
    return day_ if day_ >= EARLIEST else None


def _parse_words(text: str, locale: QLocale | None) -> dt.date | None:
    if locale is None or not text:
        return None
    for pattern in ("d MMMM yyyy", "d MMM yyyy"):
        found = locale.toDate(text, pattern)
        if found.isValid():
            day = py_date(found)
            return day if day >= EARLIEST else None
    return None


class OptionalDateEdit(QWidget):
    """A typed date that may be empty, its date in words beside it, and a calendar."""

    dateChanged = Signal(object)  # the new value: a datetime.date, or None
    """Emitted when the value changes (typing a whole date, clearing, the calendar)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        opens_at: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._opens_at = opens_at
        self._value: dt.date | None = None
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("dateText")
        self.line_edit.setClearButtonEnabled(True)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Choose the date from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it
        self.words_label = QLabel(self)
        self.words_label.setObjectName("dateInWords")
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label.setWordWrap(True)
        self.words_label.setMinimumWidth(110)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line_edit, 2)
        row.addWidget(self.calendar_button)
        row.addWidget(self.words_label, 3)
        self.setFocusProxy(self.line_edit)

        self.popup = QWidget(self, Qt.WindowType.Popup)
        self.popup.setObjectName("calendarPopup")
        self.calendar = QCalendarWidget(self.popup)
        self.calendar.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
        self.calendar.setGridVisible(True)
        box = QVBoxLayout(self.popup)
        box.setContentsMargins(1, 1, 1, 1)
        box.addWidget(self.calendar)

        self.line_edit.textEdited.connect(self._typed)
        self.line_edit.editingFinished.connect(self._finished)
        self.line_edit.installEventFilter(self)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._describe()

    # -- the value ----------------------------------------------------------------------
    def value(self) -> dt.date | None:
        """The date entered (None: no date). Text that is no date leaves it unchanged."""
        return self._value

    def set_value(self, day: dt.date | None) -> None:
        self.line_edit.setText("" if day is None else self._display(day))
        self._commit(day)
        self._describe()

    @property
    def order(self) -> DateOrder:
        return typing_order(QLocale(), system_locale())

    @property
    def has_invalid_text(self) -> bool:
        """Text is typed that names no date (the value stays what it was)."""
        text = self.line_edit.text().strip()
        return bool(text) and self._parse(text) is None

    def _parse(self, text: str) -> dt.date | None:
        return parse_date(text, self.order, QLocale())

    def _display(self, day: dt.date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), _DISPLAY[self.order])

    def _commit(self, day: dt.date | None) -> None:
        if day != self._value:
            self._value = day
            self.dateChanged.emit(day)

    # -- typing -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if not text.strip():
            self._commit(None)
        else:
            day = self._parse(text)
            if day is not None:
                self._commit(day)
        self._describe(finished=False)

    def _finished(self) -> None:
        if self._value is not None and not self.has_invalid_text:
            self.line_edit.setText(self._display(self._value))
        self._describe()

    def _describe(self, finished: bool = True) -> None:
        text = self.line_edit.text().strip()
        hint = self._hint()
        self.line_edit.setPlaceholderText(hint)
        self.line_edit.setAccessibleDescription(
            self.tr("Type the date as {hint}, or choose it from the calendar.").format(hint=hint)
        )
        error = False
        if not text:
            words = ""
        elif (day := self._parse(text)) is not None:
            words = self.in_words(day)
        elif finished or _looks_complete(text):
            error = True
            words = (
                self.tr("Not a date. Type it as {hint}; it stays {current}.")
                if self._value is not None
                else self.tr("Not a date. Type it as {hint}; it stays empty.")
            ).format(
                hint=hint, current=self.in_words(self._value) if self._value is not None else ""
            )
        else:
            words = ""
        self.words_label.setText(words)
        self.words_label.setProperty("error", error)
        set_tone(self.words_label, "error" if error else None)
        self.words_label.setAccessibleName(words)

    def _hint(self) -> str:
        order = self.order
        if order is DateOrder.MDY:
            return self.tr("month/day/year, e.g. 04/12/2011")
        if order is DateOrder.YMD:
            return self.tr("year-month-day, e.g. 2011-04-12")
        return self.tr("day/month/year, e.g. 12/04/2011")

    @staticmethod
    def in_words(day: dt.date) -> str:
        """ "12 April 2011", in the interface's language."""
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    # -- the calendar -------------------------------------------------------------------
    def open_calendar(self) -> None:
        """Show the calendar at the date entered, or at the field's sensible page."""
        day = self._value or self._opens_at()
        shown = QDate(day.year, day.month, day.day)
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.popup.adjustSize()
        self.popup.move(self.line_edit.mapToGlobal(QPoint(0, self.line_edit.height())))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.popup.hide()
        self.set_value(py_date(picked))
        self.line_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)


def _looks_complete(text: str) -> bool:
    """Three parts with a four-digit year: she has finished typing, though it is no date."""
    parts = [p for p in re.split(r"[-/.\s]+", text.strip()) if p]
    return len(parts) >= 3 and any(len(p) == 4 and p.isdigit() for p in parts)
