"""Home visits and case conferences (issue 17, item 3): their own headings, who took part
by role, and a follow-up with a day that signing makes a reminder. Vaults use
KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from counsel_desk.domain.model import Client, Contact, SessionNote
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.domain.validation import ValidationError
from counsel_desk.export.interchange import dump_document, parse_document
from counsel_desk.services.vault_service import KdfParams, VaultService

PASSPHRASE = "home visit passphrase, long enough"
TODAY = dt.date(2026, 11, 20)
VISIT = {
    "present": "Ibu (wali murid), wali kelas.",
    "purpose": "Siswa tidak masuk 6 hari; memahami situasi di rumah.",
    "observations": "Rumah rapi; ibu bekerja sampai malam. Bu Sri cerita anaknya sering begadang.",
    "agreements": "Ibu memantau jam tidur; wali kelas memberi tugas susulan.",
    "follow_up": "Telepon ibu untuk menanyakan kehadiran.",
}


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(15, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    client, _ = service.clients.save_profile(
        Client(
            given_name="Rina",
            family_name="Wulandari",
            case_code="BK-007",
            guardians=[Contact("Sri Wulandari", "ibu")],
        ),
        today=TODAY,
    )
    yield service, client.id
    service.lock()


def _visit(**changes) -> SessionNote:
    note = SessionNote(
        date=dt.date(2026, 11, 18),
        template=TemplateId.HOME_VISIT,
        fields=dict(VISIT),
        follow_up_on=dt.date(2026, 12, 2),
    )
    for key, value in changes.items():
        setattr(note, key, value)
    return note


def test_signing_a_home_visit_makes_its_follow_up_a_reminder_for_that_day(vault) -> None:
    service, client_id = vault
    saved, _ = service.notes.save_draft(client_id, _visit())
    assert service.reminders.follow_ups(client_id) == []  # a draft reminds of nothing yet
    service.notes.sign(saved.id)
    (follow_up,) = service.reminders.follow_ups(client_id)
    assert follow_up.due_on == dt.date(2026, 12, 2)
    assert follow_up.text == "Telepon ibu untuk menanyakan kehadiran."
    assert service.notes.get(saved.id)[1].follow_up_on == dt.date(2026, 12, 2)


def test_a_case_conference_without_a_follow_up_day_makes_no_reminder(vault) -> None:
    service, client_id = vault
    fields = {
        key: "Wali kelas dan orang tua." for key in template_for(TemplateId.CASE_CONFERENCE).keys
    }
    saved, _ = service.notes.save_draft(
        client_id,
        SessionNote(date=dt.date(2026, 11, 18), template=TemplateId.CASE_CONFERENCE, fields=fields),
    )
    service.notes.sign(saved.id)
    assert service.reminders.follow_ups(client_id) == []


def test_a_follow_up_day_needs_the_follow_up_written_before_signing(vault) -> None:
    service, client_id = vault
    saved, _ = service.notes.save_draft(client_id, _visit(fields={**VISIT, "follow_up": " "}))
    with pytest.raises(ValidationError) as raised:
        service.notes.sign(saved.id)
    assert raised.value.issues[0].path == "fields.follow_up"
    assert not service.notes.get(saved.id)[1].is_signed
    assert service.reminders.follow_ups(client_id) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"follow_up_on": dt.date(2026, 11, 17)}, "before the session"),
        (
            {"template": TemplateId.SOAP, "fields": {"subjective": "x"}},
            "no follow-up to give a day",
        ),
    ],
)
def test_a_follow_up_day_that_cannot_be_is_refused_and_nothing_saved(
    vault, change, message
) -> None:
    service, client_id = vault
    with pytest.raises(ValidationError) as raised:
        service.notes.save_draft(client_id, _visit(**change))
    assert message in str(raised.value)
    assert service.notes.timeline(client_id) == []


def test_the_supervision_summary_keeps_a_home_visit_as_a_redacted_progress_note(
    vault, tmp_path: Path
) -> None:
    from counsel_desk.export.pdf_check import pdf_text
    from counsel_desk.services.supervision import SupervisionRequest

    service, client_id = vault
    saved, _ = service.notes.save_draft(client_id, _visit())
    service.notes.sign(saved.id)
    out = tmp_path / "supervision.pdf"
    service.supervision.export(SupervisionRequest(client_id=client_id, language="id"), out)
    pages, _ = pdf_text(out)
    text = " ".join(" ".join(pages).split())
    assert "Sri" not in text and "Rina" not in text and "Wulandari" not in text
    assert "Kunjungan rumah" in text
    assert "memantau jam tidur" in text


def test_a_follow_up_day_round_trips_through_counsel_desk_2() -> None:
    from counsel_desk.domain.model import Caseload

    caseload = Caseload([Client(given_name="Rina", case_code="BK-007", sessions=[_visit()])])
    text = dump_document(caseload)
    assert json.loads(text)["clients"][0]["sessions"][0]["follow_up_on"] == "2026-12-02"
    read = parse_document(text)
    assert read.caseload.clients[0].sessions[0].follow_up_on == dt.date(2026, 12, 2)
    assert dump_document(read.caseload, read.records) == text


def test_a_counsel_desk_1_document_may_not_hold_a_home_visit() -> None:
    from counsel_desk.export.interchange import InterchangeError

    document = {
        "format": "counsel-desk/1",
        "clients": [
            {"given_name": "Rina", "sessions": [{"date": "2026-11-18", "template": "home_visit"}]}
        ],
    }
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(document))
    assert raised.value.key == "sessions[0].template"
    assert "must be one of soap, dap, birp, free, girp, brief, not" in str(raised.value)
