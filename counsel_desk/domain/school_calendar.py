"""The school calendar she enters: days that identify no one (issue 16, item 5).

"Sejak UAS 2-6 Desember dia tidak tidur", "after the exam week (9-13 June)": the whole
school sits the exams on those days, so a date among them points at no student — a
supervision summary keeps it, as it keeps public holidays (``calendar_days``). She lists
the school's events in Settings → School Calendar: a name and a first and last day. The
list lives in the vault's own settings (the school's events can hint at the school). A
date that is also a birth date in the records, or written as one ("lahir 3 Desember"), is
redacted all the same (``redaction``). Pure: no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from counsel_desk.domain.invisible import strip_invisible
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MAX_NAME_LENGTH: Final = 80
# Longer than a term's break is no single event: a term itself ("semester 1") would keep
# every date of half a year, birth days and session days too.
MAX_DAYS: Final = 31


@dataclass(frozen=True)
class SchoolEvent:
    """An event of the school calendar: ``name``, from ``first`` to ``last`` (inclusive)."""

    name: str
    first: dt.date
    last: dt.date

    def days(self) -> Iterable[dt.date]:
        day = self.first
        while day <= self.last:
            yield day
            day += dt.timedelta(days=1)

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "from": self.first.isoformat(), "to": self.last.isoformat()}

    @classmethod
    def from_json(cls, data: object) -> SchoolEvent | None:
        """The event stored as ``to_json`` wrote it, or None when it is not one."""
        if not isinstance(data, dict):
            return None
        name, first, last = data.get("name"), data.get("from"), data.get("to")
        if not (isinstance(name, str) and isinstance(first, str) and isinstance(last, str)):
            return None
        try:
            event = cls(name, dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        except ValueError:
            return None
        return event if event_problem(event) is None else None


def tidy_event(name: str, first: dt.date, last: dt.date) -> SchoolEvent:
    """The event as she typed it, its name trimmed and without invisible characters."""
    return SchoolEvent(" ".join(strip_invisible(name).split()), first, last)


def event_problem(event: SchoolEvent) -> UserMessage | None:
    """Why ``event`` cannot be kept, in her words; None when it can."""
    if not event.name.strip():
        return UserMessage(QT_TRANSLATE_NOOP("SchoolCalendar", "Give the event a name."))
    if len(event.name) > MAX_NAME_LENGTH or "\n" in event.name:
        return UserMessage(
            QT_TRANSLATE_NOOP(
                "SchoolCalendar", "The event's name is one line of at most {count} characters."
            ),
            count=MAX_NAME_LENGTH,
        )
    if event.last < event.first:
        return UserMessage(
            QT_TRANSLATE_NOOP("SchoolCalendar", "The last day is before the first day.")
        )
    if (event.last - event.first).days + 1 > MAX_DAYS:
        return UserMessage(
            QT_TRANSLATE_NOOP(
                "SchoolCalendar",
                "An event is at most {count} days long: enter a term's exam weeks and "
                "holidays, not the term itself (every date in it would be printed).",
            ),
            count=MAX_DAYS,
        )
    return None


def events_from_json(data: object) -> list[SchoolEvent]:
    """The stored list; entries that are no event are left out."""
    if not isinstance(data, list):
        return []
    return [e for e in (SchoolEvent.from_json(item) for item in data) if e is not None]


def sorted_events(events: Iterable[SchoolEvent]) -> list[SchoolEvent]:
    """By first day, then name; each event once."""
    return sorted(set(events), key=lambda e: (e.first, e.last, e.name.casefold()))
