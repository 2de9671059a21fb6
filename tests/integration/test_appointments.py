"""Appointments and the intake queue through the services (issue 20, item 5): saved and
moved with an audit entry, no name of anyone the vault knows in them (a request's own
name included), scheduling a request all or nothing. Vaults use KdfParams.cheap_for_tests()
(weak Argon2 on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeRequest,
    IntakeState,
    IntakeUrgency,
)
from counsel_desk.domain.model import Client, Contact
from counsel_desk.domain.validation import ValidationError
from counsel_desk.services.appointments import (
    AppointmentNamesError,
    RequestNotOpenError,
)
from counsel_desk.services.vault_service import KdfParams, VaultService

PASSPHRASE = "appointments passphrase, long enough"
TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(7, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    service.clients.save_profile(
        Client(
            given_name="Rina",
            family_name="Wulandari",
            case_code="BK-007",
            grade="VIII-B",
            guardians=[Contact("Sri Wulandari", "ibu")],
        ),
        today=TODAY,
    )
    yield service
    service.lock()


def _client_id(vault: VaultService) -> int:
    return vault.supervision.client_id_for("BK-007")


def _with_rina(vault: VaultService, **changes) -> Appointment:
    values = {
        "kind": AppointmentKind.CLIENT,
        "day": TODAY,
        "start": dt.time(9, 0),
        "end": dt.time(9, 40),
        "client_id": _client_id(vault),
        "purpose": "Tindak lanjut",
    }
    values.update(changes)
    return Appointment(**values)


def _audit(vault: VaultService) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.case_code, e.detail) for e in vault.vault.audit.entries()]


def test_an_appointment_is_saved_with_its_case_code_and_audited(vault: VaultService) -> None:
    saved = vault.appointments.save(_with_rina(vault, place="Ruang BK"))
    assert saved.id is not None and saved.case_code == "BK-007"
    again = vault.appointments.between(TODAY, TODAY)
    assert [(a.case_code, a.start, a.end, a.place) for a in again] == [
        ("BK-007", dt.time(9, 0), dt.time(9, 40), "Ruang BK")
    ]
    assert ("appointment_saved", "BK-007", f"appointment {saved.id}: client, planned") in _audit(
        vault
    )


def test_an_appointment_that_ends_before_it_starts_is_refused_and_nothing_is_saved(
    vault: VaultService,
) -> None:
    with pytest.raises(ValidationError) as refused:
        vault.appointments.save(_with_rina(vault, end=dt.time(8, 30)))
    assert "before or at its start" in str(refused.value.message)
    assert vault.appointments.between(TODAY, TODAY) == []


@pytest.mark.parametrize(
    ("field", "text"),
    [("purpose", "Bicara dengan rina"), ("purpose", "Rina's mother"), ("place", "Rumah Wulandari")],
)
def test_a_purpose_or_place_naming_a_student_is_refused_with_her_case_code(
    vault: VaultService, field: str, text: str
) -> None:
    with pytest.raises(AppointmentNamesError) as refused:
        vault.appointments.save(_with_rina(vault, **{field: text}))
    assert "BK-007" in str(refused.value.message)
    assert vault.appointments.between(TODAY, TODAY) == []
    assert [a for a, *_ in _audit(vault) if a == "appointment_saved"] == []


def test_a_class_appointment_names_the_class_and_a_case_code_there_is_refused(
    vault: VaultService,
) -> None:
    lesson = Appointment(
        AppointmentKind.CLASS, TODAY, dt.time(10, 0), dt.time(10, 40), subject="VIII-B"
    )
    assert vault.appointments.save(lesson).subject == "VIII-B"
    with pytest.raises(AppointmentNamesError):
        vault.appointments.save(
            Appointment(
                AppointmentKind.CLASS, TODAY, dt.time(11, 0), dt.time(11, 40), subject="BK-007"
            )
        )


def test_overlapping_appointments_are_allowed_and_a_move_is_audited(vault: VaultService) -> None:
    first = vault.appointments.save(_with_rina(vault))
    second = vault.appointments.save(
        Appointment(AppointmentKind.CLASS, TODAY, dt.time(9, 20), dt.time(10, 0), subject="IX-A")
    )
    assert second.id is not None
    assert first.id is not None
    moved = vault.appointments.move(first.id, TODAY + dt.timedelta(days=1), dt.time(13, 15))
    assert (moved.day, moved.start, moved.end) == (
        TODAY + dt.timedelta(days=1),
        dt.time(13, 15),
        dt.time(13, 55),
    )
    assert (
        "appointment_moved",
        "BK-007",
        f"appointment {first.id}: 2026-12-07 09:00 -> 2026-12-08 13:15",
    ) in _audit(vault)
    assert vault.appointments.get(first.id).start == dt.time(13, 15)


def test_a_name_typed_for_a_request_is_redacted_and_refused_in_appointments(
    vault: VaultService,
) -> None:
    request = vault.appointments.add_request(
        IntakeRequest(TODAY, IntakeChannel.SLIP, IntakeUrgency.SOON, "teman", name="Dewi Lestari")
    )
    assert request.id is not None
    texts = [i.text for i in vault.supervision.identifiers()]
    assert "Dewi Lestari" in texts
    with pytest.raises(AppointmentNamesError):
        vault.appointments.save(
            Appointment(
                AppointmentKind.OTHER, TODAY, dt.time(12, 0), dt.time(12, 20), purpose="dewi"
            )
        )


def test_scheduling_a_request_books_it_and_marks_it_in_one_transaction(vault: VaultService) -> None:
    urgent = vault.appointments.add_request(
        IntakeRequest(
            TODAY, IntakeChannel.WHATSAPP, IntakeUrgency.URGENT, client_id=_client_id(vault)
        )
    )
    routine = vault.appointments.add_request(
        IntakeRequest(TODAY - dt.timedelta(days=3), IntakeChannel.SLIP, name="Dewi")
    )
    assert [r.id for r in vault.appointments.requests()] == [urgent.id, routine.id]
    assert urgent.id is not None and routine.id is not None
    # A refused appointment leaves the request open: nothing half-done.
    with pytest.raises(ValidationError):
        vault.appointments.schedule(urgent.id, _with_rina(vault, end=dt.time(8, 0)))
    assert vault.appointments.get_request(urgent.id).state is IntakeState.OPEN
    booked = vault.appointments.schedule(urgent.id, _with_rina(vault))
    done = vault.appointments.get_request(urgent.id)
    assert (done.state, done.appointment_id) == (IntakeState.SCHEDULED, booked.id)
    assert [r.id for r in vault.appointments.requests()] == [routine.id]
    with pytest.raises(RequestNotOpenError):
        vault.appointments.schedule(urgent.id, _with_rina(vault))
    assert len(vault.appointments.between(TODAY, TODAY)) == 1


def test_a_request_closed_without_a_reason_is_refused(vault: VaultService) -> None:
    request = vault.appointments.add_request(IntakeRequest(TODAY, IntakeChannel.SLIP, name="Dewi"))
    assert request.id is not None
    with pytest.raises(ValidationError):
        vault.appointments.close_request(request.id, "  ")
    assert vault.appointments.get_request(request.id).state is IntakeState.OPEN


def test_marking_held_keeps_the_appointment_and_a_deleted_one_is_audited(
    vault: VaultService,
) -> None:
    saved = vault.appointments.save(_with_rina(vault))
    assert saved.id is not None
    held = vault.appointments.set_status(saved.id, AppointmentStatus.HELD)
    assert held.status is AppointmentStatus.HELD
    vault.appointments.delete(saved.id)
    assert vault.appointments.between(TODAY, TODAY) == []
    assert ("appointment_deleted", "BK-007", f"appointment {saved.id}") in _audit(vault)


def test_a_request_that_led_to_a_case_becomes_the_clients_and_leaves_the_queue(
    vault: VaultService,
) -> None:
    request = vault.appointments.add_request(
        IntakeRequest(TODAY, IntakeChannel.IN_PERSON, name="Rin")
    )
    assert request.id is not None
    opened = vault.appointments.open_case(request.id, _client_id(vault))
    assert (opened.state, opened.case_code, opened.name) == (IntakeState.CASE_OPENED, "BK-007", "")
    assert vault.appointments.requests() == []
    assert [r.case_code for r in vault.appointments.requests(include_done=True)] == ["BK-007"]


def test_the_calendar_file_is_written_atomically_audited_and_holds_no_name(
    vault: VaultService, tmp_path: Path
) -> None:
    from tests.ics_reader import events, unescape

    vault.appointments.save(_with_rina(vault, purpose="Tindak lanjut BK-007", place="Ruang BK"))
    vault.appointments.save(
        Appointment(AppointmentKind.CLASS, TODAY, dt.time(10, 0), dt.time(10, 40), subject="VIII-B")
    )
    target = tmp_path / "week.ics"
    target.write_bytes(b"old")
    count = vault.appointments.export_calendar(TODAY, TODAY + dt.timedelta(days=5), "id", target)
    data = target.read_bytes()
    assert count == 2
    assert [unescape(e.get("SUMMARY")) for e in events(data)] == [
        "Konseling — BK-007",
        "Kelas VIII-B",
    ]
    for word in (b"Rina", b"Wulandari", b"Tindak", b"Ruang"):
        assert word not in data
    assert target.stat().st_mode & 0o077 == 0
    assert list(tmp_path.glob("*.ics*")) == [target]
    assert ("calendar_exported", None, "2 appointments, 2026-12-07 to 2026-12-12") in _audit(vault)


def _document(appointments: list[dict], intake: list[dict] | None = None) -> str:
    import json

    return json.dumps(
        {
            "format": "counsel-desk/2",
            "clients": [{"given_name": "Bayu", "family_name": "Saputra", "case_code": "BK-101"}],
            "appointments": appointments,
            **({"intake": intake} if intake else {}),
        }
    )


def _row(**changes) -> dict:
    row = {
        "kind": "client",
        "client": 0,
        "subject": "",
        "day": "2026-12-08",
        "start": "09:00",
        "end": "09:40",
        "place": "",
        "purpose": "",
        "status": "planned",
        "remind_minutes": 10,
    }
    row.update(changes)
    return row


def test_an_imported_appointment_naming_the_files_client_or_request_is_refused_whole(
    vault: VaultService,
) -> None:
    from counsel_desk.export.interchange import InterchangeError

    with pytest.raises(InterchangeError) as refused:
        vault.interchange.import_text(_document([_row(), _row(purpose="Bayu terlambat")]))
    assert refused.value.key == "appointments[1].purpose"
    request = {
        "client": None,
        "name": "Sekar Ayuningtyas",
        "received_on": "2026-12-01",
        "channel": "slip",
        "urgency": "soon",
        "reason": "",
        "state": "open",
        "closed_reason": "",
        "appointment": None,
    }
    with pytest.raises(InterchangeError) as refused:
        vault.interchange.import_text(
            _document([_row(kind="other", client=None, subject="Sekar")], [request])
        )
    assert refused.value.key == "appointments[0].subject"
    assert [s.case_code for s in vault.clients.list_summaries()] == ["BK-007"]
    assert vault.appointments.between(TODAY, TODAY + dt.timedelta(days=7)) == []
    assert vault.appointments.requests() == []
    vault.interchange.import_text(_document([_row()], [request]))
    booked = vault.appointments.between(TODAY, TODAY + dt.timedelta(days=7))
    assert [(a.case_code, a.start) for a in booked] == [("BK-101", dt.time(9, 0))]
    assert [r.name for r in vault.appointments.requests()] == ["Sekar Ayuningtyas"]


def test_a_case_opened_from_a_typed_name_is_a_new_client_with_the_next_case_code(
    vault: VaultService,
) -> None:
    request = vault.appointments.add_request(
        IntakeRequest(TODAY, IntakeChannel.SLIP, name="Dewi Ayu Lestari")
    )
    assert request.id is not None
    opened = vault.appointments.open_case_from_request(request.id)
    assert opened.state is IntakeState.CASE_OPENED and opened.client_id is not None
    client = vault.clients.get(opened.client_id)
    assert (client.given_name, client.family_name, client.opened_on) == (
        "Dewi Ayu",
        "Lestari",
        TODAY,
    )
    assert opened.case_code == client.case_code != "BK-007"
    with pytest.raises(RequestNotOpenError):
        vault.appointments.open_case_from_request(request.id)
    assert len(vault.clients.list_summaries()) == 2


def test_the_full_record_lists_the_clients_appointments_with_day_time_and_status(
    vault: VaultService, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    vault.appointments.save(_with_rina(vault, status=AppointmentStatus.HELD))
    vault.appointments.save(
        _with_rina(
            vault, kind=AppointmentKind.PARENT_MEETING, start=dt.time(13, 0), end=dt.time(13, 30)
        )
    )
    vault.appointments.save(
        Appointment(AppointmentKind.CLASS, TODAY, dt.time(10, 0), dt.time(10, 40), subject="IX-C")
    )
    for language, expected in (
        (
            "en",
            [
                "2026-12-07 · 09:00–09:40 · Counseling (client) · Held",
                "2026-12-07 · 13:00–13:30 · Parent meeting · Planned",
            ],
        ),
        (
            "id",
            [
                "2026-12-07 · 09:00–09:40 · Konseling (konseli) · Terlaksana",
                "2026-12-07 · 13:00–13:30 · Pertemuan orang tua · Direncanakan",
            ],
        ),
    ):
        out = tmp_path / f"record-{language}.pdf"
        vault.supervision.export_full_record(_client_id(vault), out, language=language)
        text = " ".join(page.extract_text() for page in PdfReader(out).pages)
        text = " ".join(text.split())
        for line in expected:
            assert line in text, (line, text[-400:])
        assert "IX-C" not in text  # another appointment: not hers
