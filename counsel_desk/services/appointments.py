"""Appointments and the intake queue (issue 20, item 5).

An appointment keeps no names: its subject, place and purpose are checked against
everyone the vault knows (the supervision identifier set, with the names of requests to
talk) before it is saved, as the activity log is; a name found is refused with the words
and, for a student, her case code to write instead. Every change is audited; scheduling a
request makes the appointment and marks the request in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from counsel_desk.domain.appointments import (
    CLIENT_KINDS,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeRequest,
    IntakeState,
    clean_appointment,
    clean_intake,
    queue_order,
    validate_appointment,
    validate_intake,
)
from counsel_desk.domain.model import Client
from counsel_desk.domain.redaction import Category, IdentifierSet
from counsel_desk.domain.validation import clean_record, raise_for_errors, validate_client
from counsel_desk.export.ics import calendar_bytes
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.private_files import FileWriteError, write_private
from counsel_desk.services.activities import NameFound, names_in_texts
from counsel_desk.services.supervision import SupervisionService
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.appointments import AppointmentRepository, IntakeRepository
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.vault import Vault


class AppointmentNotFoundError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP("Appointments", "The appointment is no longer in the vault.")
            )
        )


class IntakeNotFoundError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP("Appointments", "The request to talk is no longer in the vault.")
            )
        )


class UnknownClientError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(QT_TRANSLATE_NOOP("Appointments", "The client is no longer in the vault."))
        )


class RequestNotOpenError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Appointments", "This request was already dealt with: it is not open."
                )
            )
        )


class AppointmentNamesError(CounselDeskError):
    """An appointment whose text names someone in the vault; ``found`` lists every name."""

    def __init__(self, found: list[NameFound]) -> None:
        self.found = found
        first = found[0]
        if first.field == "class_name" and first.text == first.case_code:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Appointments",
                    "“{words}” is a case code. A class appointment names the class (VIII-B).",
                ),
                words=first.text,
            )
        elif first.category is Category.CLIENT and first.case_code:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Appointments",
                    "“{words}” is the name of a student in your vault. Appointments keep no "
                    "names: write her case code {code} instead, or leave it out.",
                ),
                words=first.text,
                code=first.case_code,
            )
        elif first.case_code:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Appointments",
                    "“{words}” is in the record of {code}. Appointments keep no names or "
                    "identifying details: leave it out or write the case code.",
                ),
                words=first.text,
                code=first.case_code,
            )
        else:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Appointments",
                    "“{words}” is a name your vault knows (a request to talk or your "
                    "never-print list). Appointments keep no names: leave it out.",
                ),
                words=first.text,
            )
        super().__init__(message)


def appointment_names(appointment: Appointment, identifiers: IdentifierSet) -> list[NameFound]:
    """Every name, number or date of a record in ``appointment``'s texts. A class's or a
    group's subject is checked as the activity log checks a class (a case code there is
    refused too: it is printed in the calendar)."""
    texts = [("class_name" if key == "subject" else key, text) for key, text in appointment.texts()]
    return names_in_texts(texts, identifiers)


class AppointmentService:
    def __init__(
        self,
        vault: Vault,
        identifiers: Callable[[], IdentifierSet] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._vault = vault
        self._identifiers = identifiers or SupervisionService(vault).identifiers
        self._today = today

    # --- appointments ----------------------------------------------------------------

    def between(self, start: dt.date, end: dt.date) -> list[Appointment]:
        """Appointments from ``start`` to ``end`` (both included), by day and time."""
        with self._vault.reading() as conn:
            return AppointmentRepository(conn).all(start, end)

    def of_client(self, client_id: int) -> list[Appointment]:
        with self._vault.reading() as conn:
            return AppointmentRepository(conn).all(client_id=client_id)

    def get(self, appointment_id: int) -> Appointment:
        with self._vault.reading() as conn:
            found = AppointmentRepository(conn).get(appointment_id)
        if found is None:
            raise AppointmentNotFoundError()
        return found

    def check(self, appointment: Appointment) -> Appointment:
        """``appointment`` cleaned as it would be saved; raises what saving would refuse."""
        appointment = clean_appointment(appointment)
        if AppointmentKind(appointment.kind) not in CLIENT_KINDS:
            appointment = replace(appointment, case_code=None)
        raise_for_errors(validate_appointment(appointment))
        found = appointment_names(appointment, self._identifiers())
        if found:
            raise AppointmentNamesError(found)
        return appointment

    def _write(self, conn: Connection, appointment: Appointment) -> Appointment:
        repo = AppointmentRepository(conn)
        if appointment.client_id is not None:
            code = ClientRepository(conn).case_code_for(appointment.client_id)
            if code is None:
                raise UnknownClientError()
            appointment = replace(appointment, case_code=code)
        if appointment.id is None:
            appointment = replace(appointment, id=repo.insert(appointment))
        elif not repo.update(appointment):
            raise AppointmentNotFoundError()
        return appointment

    def save(self, appointment: Appointment) -> Appointment:
        """Add or change an appointment (its ``id`` says which). Refused, with nothing
        saved, when it breaks a rule or names someone the vault knows. An overlap with
        another appointment is allowed (the week view shows it)."""
        appointment = self.check(appointment)
        with self._vault.transaction() as conn:
            appointment = self._write(conn, appointment)
            self._vault.audit.append(
                AuditAction.APPOINTMENT_SAVED,
                appointment.case_code,
                f"appointment {appointment.id}: {appointment.kind.value}, "
                f"{appointment.status.value}",
            )
        return appointment

    def move(self, appointment_id: int, day: dt.date, start: dt.time) -> Appointment:
        """Move an appointment to ``day`` at ``start``, keeping its length."""
        current = self.get(appointment_id)
        moved = self.check(current.moved(day, start))
        with self._vault.transaction() as conn:
            moved = self._write(conn, moved)
            self._vault.audit.append(
                AuditAction.APPOINTMENT_MOVED,
                moved.case_code,
                f"appointment {appointment_id}: {current.day.isoformat()} "
                f"{current.start:%H:%M} -> {moved.day.isoformat()} {moved.start:%H:%M}",
            )
        return moved

    def set_status(self, appointment_id: int, status: AppointmentStatus) -> Appointment:
        return self.save(replace(self.get(appointment_id), status=AppointmentStatus(status)))

    def delete(self, appointment_id: int) -> None:
        with self._vault.transaction() as conn:
            repo = AppointmentRepository(conn)
            found = repo.get(appointment_id)
            if found is None or not repo.delete(appointment_id):
                raise AppointmentNotFoundError()
            self._vault.audit.append(
                AuditAction.APPOINTMENT_DELETED, found.case_code, f"appointment {appointment_id}"
            )

    def calendar(
        self, start: dt.date, end: dt.date, language: str, now: dt.datetime | None = None
    ) -> bytes:
        """The appointments from ``start`` to ``end`` as an iCalendar file: case codes and
        classes only (``export/ics.py``)."""
        return calendar_bytes(
            self.between(start, end),
            vault_id=self._vault.header.vault_id,
            language=language,
            now=now or dt.datetime.now(dt.UTC),
        )

    def export_calendar(self, start: dt.date, end: dt.date, language: str, path: Path) -> int:
        """Write the calendar file of ``start`` to ``end`` where she chose (privately and
        atomically: all of it or, on any error, the target as it was); the count written."""
        path = Path(path)
        data = self.calendar(start, end, language)
        try:
            write_private(path, data)
        except OSError as exc:
            raise FileWriteError(path, exc) from exc
        count = data.count(b"BEGIN:VEVENT\r\n")
        self._vault.record(
            AuditAction.CALENDAR_EXPORTED,
            None,
            f"{count} appointments, {start.isoformat()} to {end.isoformat()}",
        )
        return count

    # --- the intake queue ------------------------------------------------------------

    def requests(self, *, include_done: bool = False) -> list[IntakeRequest]:
        """The queue: open requests, urgent first, then the oldest (with the ones dealt
        with after them when ``include_done``)."""
        with self._vault.reading() as conn:
            found = IntakeRepository(conn).all()
        if not include_done:
            found = [r for r in found if r.state is IntakeState.OPEN]
        return queue_order(found)

    def get_request(self, request_id: int) -> IntakeRequest:
        with self._vault.reading() as conn:
            found = IntakeRepository(conn).get(request_id)
        if found is None:
            raise IntakeNotFoundError()
        return found

    def add_request(self, request: IntakeRequest) -> IntakeRequest:
        """A new request to talk (open). Its name, when she is not a client, is a person
        the vault knows from now on: summaries and reports redact it."""
        request = clean_intake(replace(request, state=IntakeState.OPEN, id=None))
        raise_for_errors(validate_intake(request, today=self._today()))
        with self._vault.transaction() as conn:
            if request.client_id is not None:
                code = ClientRepository(conn).case_code_for(request.client_id)
                if code is None:
                    raise UnknownClientError()
                request = replace(request, case_code=code)
            request = replace(request, id=IntakeRepository(conn).insert(request))
            self._vault.audit.append(
                AuditAction.INTAKE_SAVED,
                request.case_code,
                f"request {request.id}: {request.channel.value}, {request.urgency.value}",
            )
        return request

    def _open(self, conn: Connection, request_id: int) -> IntakeRequest:
        found = IntakeRepository(conn).get(request_id)
        if found is None:
            raise IntakeNotFoundError()
        if found.state is not IntakeState.OPEN:
            raise RequestNotOpenError()
        return found

    def schedule(self, request_id: int, appointment: Appointment) -> Appointment:
        """Book ``appointment`` for a request and mark the request scheduled: both, or
        neither."""
        appointment = self.check(replace(appointment, id=None))
        with self._vault.transaction() as conn:
            request = self._open(conn, request_id)
            appointment = self._write(conn, appointment)
            IntakeRepository(conn).update(
                replace(request, state=IntakeState.SCHEDULED, appointment_id=appointment.id)
            )
            self._vault.audit.append(
                AuditAction.APPOINTMENT_SAVED,
                appointment.case_code,
                f"appointment {appointment.id}: {appointment.kind.value}, for request {request_id}",
            )
        return appointment

    def open_case(self, request_id: int, client_id: int) -> IntakeRequest:
        """The request led to a case: it is now the client's (whose record was opened)."""
        with self._vault.transaction() as conn:
            request = self._open(conn, request_id)
            code = ClientRepository(conn).case_code_for(client_id)
            if code is None:
                raise UnknownClientError()
            request = replace(
                request, state=IntakeState.CASE_OPENED, client_id=client_id, name="", case_code=code
            )
            IntakeRepository(conn).update(request)
            self._vault.audit.append(
                AuditAction.INTAKE_SAVED, code, f"request {request_id}: case opened"
            )
        return request

    def open_case_from_request(self, request_id: int) -> IntakeRequest:
        """Open a case record for the student of a request: her own, when she is a
        client; else a new client (opened today) with the request's name, the family name
        being its last word. The client and the request's new state, both or neither."""
        with self._vault.transaction() as conn:
            request = self._open(conn, request_id)
            repo = ClientRepository(conn)
            client_id = request.client_id
            if client_id is None:
                given, _, family = request.name.strip().rpartition(" ")
                profile = clean_record(
                    Client(
                        given_name=given or family,
                        family_name=family if given else None,
                        opened_on=self._today(),
                    )
                )
                raise_for_errors(validate_client(profile, today=self._today()))
                profile = replace(profile, case_code=repo.next_case_code())
                client_id = repo.insert(profile)
                self._vault.audit.append(AuditAction.CLIENT_CREATED, profile.case_code)
            code = repo.case_code_for(client_id)
            request = replace(
                request, state=IntakeState.CASE_OPENED, client_id=client_id, name="", case_code=code
            )
            IntakeRepository(conn).update(request)
            self._vault.audit.append(
                AuditAction.INTAKE_SAVED, code, f"request {request_id}: case opened"
            )
        return request

    def close_request(self, request_id: int, reason: str) -> IntakeRequest:
        with self._vault.transaction() as conn:
            request = self._open(conn, request_id)
            request = clean_intake(replace(request, state=IntakeState.CLOSED, closed_reason=reason))
            raise_for_errors(validate_intake(request))
            IntakeRepository(conn).update(request)
            self._vault.audit.append(
                AuditAction.INTAKE_SAVED, request.case_code, f"request {request_id}: closed"
            )
        return request
