"""Appointments as an iCalendar file (RFC 5545) for a phone's calendar (issue 20, item 5).

What goes in is only what a calendar on a phone needs and may show anyone who glances at
it: for each appointment its summary built from the kind and a case code or a class
("Konseling — BK-007", "Kelas VIII-B", "Pertemuan orang tua — BK-007"), its day,
start and end, its status and its reminder. Never a name, the purpose, the place, a
concern or a note: those are free text that could carry a name, and they stay in the
vault. The summaries' words come from this module's table (context ``CalendarExport``)
in the language she chose.

* Times are **floating local times** (``DTSTART:20261208T090000``, no ``TZID``, no ``Z``):
  an appointment is at 09:00 on the school's clock, and a phone shows it at 09:00 in the
  zone it is in. The vault does not know its time zone (WIB, WITA or WIT), and a wrong
  ``TZID`` would move every appointment by an hour or two.
* ``UID``: a hash of the vault's id and the appointment's row id, stable across exports
  (exported again, the phone updates the event instead of adding it twice) and telling
  nothing about the vault or the client.
* ``STATUS``: planned, held and no-show are ``CONFIRMED``; cancelled is ``CANCELLED``.
* A reminder is a ``VALARM`` (``ACTION:DISPLAY``, ``TRIGGER:-PT10M``) with the summary.
* Lines end in CRLF and are folded at 75 octets (a fold never splits a UTF-8 character);
  TEXT values escape backslash, semicolon, comma and line breaks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Final

from counsel_desk.domain.appointments import Appointment, AppointmentKind, AppointmentStatus
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog

PRODID: Final = "-//Counsel Desk//Appointments 1//EN"
UID_DOMAIN: Final = "counsel-desk.invalid"
MAX_OCTETS: Final = 75

SUMMARY_TEXTS: Final[dict[str, str]] = {
    "client": QT_TRANSLATE_NOOP("CalendarExport", "Counseling — {code}"),
    "parent_meeting": QT_TRANSLATE_NOOP("CalendarExport", "Parent meeting — {code}"),
    "class": QT_TRANSLATE_NOOP("CalendarExport", "Class {subject}"),
    "group": QT_TRANSLATE_NOOP("CalendarExport", "Group counseling"),
    "other": QT_TRANSLATE_NOOP("CalendarExport", "BK appointment"),
    "calendar": QT_TRANSLATE_NOOP("CalendarExport", "BK appointments"),
}


def summary(appointment: Appointment, words: dict[str, str]) -> str:
    """The event's title: the kind with a case code or a class, nothing else."""
    kind = AppointmentKind(appointment.kind)
    text = words[kind.value]
    # Literal replacement, never str.format: a class is her text.
    return text.replace("{code}", appointment.case_code or "").replace(
        "{subject}", appointment.subject
    )


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded so that no line is longer than 75 octets
    (without its CRLF); a continuation line starts with a space, and a character is
    never split across lines."""
    out = bytearray()
    length = 0
    for char in line:
        data = char.encode("utf-8")
        if length + len(data) > MAX_OCTETS:
            out += b"\r\n "
            length = 1
        out += data
        length += len(data)
    return bytes(out) + b"\r\n"


def uid_for(vault_id: str, appointment_id: int) -> str:
    digest = hashlib.sha256(f"{vault_id}:appointment:{appointment_id}".encode()).hexdigest()
    return f"{digest[:32]}@{UID_DOMAIN}"


def _local(day: dt.date, time: dt.time) -> str:
    return dt.datetime.combine(day, time).strftime("%Y%m%dT%H%M%S")


def calendar_bytes(
    appointments: Sequence[Appointment],
    *,
    vault_id: str,
    language: str,
    now: dt.datetime,
) -> bytes:
    """The iCalendar text of ``appointments`` (each with its ``id``), in ``language``.
    ``now`` (UTC or local; it is converted to UTC when aware) is every event's DTSTAMP."""
    words = Catalog.load(language).words(SUMMARY_TEXTS)
    stamp = (now.astimezone(dt.UTC) if now.tzinfo else now).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(words['calendar'])}",
    ]
    for appointment in appointments:
        if appointment.id is None:
            raise ValueError("an appointment to export has an id")
        title = escape_text(summary(appointment, words))
        cancelled = AppointmentStatus(appointment.status) is AppointmentStatus.CANCELLED
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid_for(vault_id, appointment.id)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_local(appointment.day, appointment.start)}",
            f"DTEND:{_local(appointment.day, appointment.end)}",
            f"SUMMARY:{title}",
            f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
            "CLASS:PRIVATE",
            "TRANSP:OPAQUE",
        ]
        if appointment.remind_minutes > 0 and not cancelled:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"TRIGGER:-PT{appointment.remind_minutes}M",
                f"DESCRIPTION:{title}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)
