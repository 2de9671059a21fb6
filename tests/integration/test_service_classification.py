"""Which BK service each contact was (issue 17, item 1): komponen, bidang, strategi and the
ASCA use-of-time category, on drafts and signed notes, through the vault, the audit log,
autosave and the interchange format. Vaults use KdfParams.cheap_for_tests() (weak Argon2
on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from counsel_desk.domain.enums import (
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    UseOfTime,
)
from counsel_desk.domain.model import Caseload, Client, SessionNote
from counsel_desk.domain.notes import hash_matches, note_from_payload, note_to_payload
from counsel_desk.domain.school_services import CLIENT_STRATEGIES, ServiceClass
from counsel_desk.domain.templates import TemplateId
from counsel_desk.domain.validation import ValidationError
from counsel_desk.export.interchange import (
    InterchangeError,
    dump_document,
    parse_document,
)
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.vault.audit import AuditAction
from tests.fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, FIXTURES

PASSPHRASE = "service classification passphrase"
TODAY = dt.date(2026, 11, 2)
RESPONSIVE_COUNSELING = ServiceClass(
    ServiceComponent.RESPONSIVE,
    ServiceStrategy.INDIVIDUAL_COUNSELING,
    (ServiceField.PERSONAL, ServiceField.SOCIAL),
)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService()
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    client, _ = service.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", grade="VIII-B"), today=TODAY
    )
    yield service, client.id
    service.lock()


def _note(**changes) -> SessionNote:
    base = SessionNote(
        date=dt.date(2026, 11, 2),
        template=TemplateId.FREE,
        fields={"text": "Rina cerita soal teman sekelas."},
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_a_draft_keeps_its_service_and_the_school_reads_it_back(vault) -> None:
    service, client_id = vault
    saved, _ = service.notes.save_draft(client_id, _note(service=RESPONSIVE_COUNSELING))
    _, stored = service.notes.get(saved.id)
    assert stored.service == RESPONSIVE_COUNSELING
    assert stored.service.asca is UseOfTime.DIRECT_COUNSELING


def test_a_signed_note_is_classified_later_without_touching_what_was_signed(vault) -> None:
    service, client_id = vault
    saved, _ = service.notes.save_draft(client_id, _note())
    service.notes.sign(saved.id)
    _, signed = service.notes.get(saved.id)
    home_visit = ServiceClass(
        ServiceComponent.RESPONSIVE,
        ServiceStrategy.HOME_VISIT,
        (ServiceField.SOCIAL,),
        use_of_time=UseOfTime.INDIRECT_REFERRAL,
    )
    service.notes.classify(saved.id, home_visit)
    _, classified = service.notes.get(saved.id)
    assert classified.service == home_visit
    assert classified.service.asca is UseOfTime.INDIRECT_REFERRAL  # her own choice wins
    assert classified.content_hash == signed.content_hash
    assert hash_matches(classified) is True
    entries = [
        e for e in service.audit_entries() if e.action == AuditAction.SERVICE_CLASSIFIED.value
    ]
    assert len(entries) == 1 and "home_visit" in entries[0].detail
    # The same classification again changes nothing and adds no audit entry.
    service.notes.classify(saved.id, home_visit)
    service.notes.classify(saved.id, None)
    assert service.notes.get(saved.id)[1].service is None
    entries = [
        e for e in service.audit_entries() if e.action == AuditAction.SERVICE_CLASSIFIED.value
    ]
    assert len(entries) == 2


@pytest.mark.parametrize(
    "strategy",
    [ServiceStrategy.GROUP_GUIDANCE, ServiceStrategy.CLASSROOM_GUIDANCE],
)
def test_guidance_of_a_group_or_class_is_refused_in_a_students_record(vault, strategy) -> None:
    service, client_id = vault
    guidance = ServiceClass(ServiceComponent.BASIC, strategy, (ServiceField.LEARNING,))
    with pytest.raises(ValidationError) as raised:
        service.notes.save_draft(client_id, _note(service=guidance))
    assert raised.value.issues[0].path == ".service.strategy"
    assert "activity" in str(raised.value)
    assert service.notes.timeline(client_id) == []
    saved, _ = service.notes.save_draft(client_id, _note())
    with pytest.raises(ValidationError):
        service.notes.classify(saved.id, guidance)
    assert service.notes.get(saved.id)[1].service is None


def test_a_service_needs_an_area_and_lists_each_area_once(vault) -> None:
    service, client_id = vault
    saved, _ = service.notes.save_draft(client_id, _note())
    for fields in ((), (ServiceField.CAREER, ServiceField.CAREER)):
        bad = ServiceClass(
            ServiceComponent.INDIVIDUAL_PLANNING, ServiceStrategy.CONSULTATION, fields
        )
        with pytest.raises(ValidationError):
            service.notes.classify(saved.id, bad)
    assert service.notes.get(saved.id)[1].service is None


def test_an_autosaved_draft_brings_its_service_back_after_a_power_cut() -> None:
    note = _note(service=RESPONSIVE_COUNSELING, kind=SessionKind.INDIVIDUAL)
    assert note_from_payload(note_to_payload(note)).service == RESPONSIVE_COUNSELING
    assert note_from_payload(note_to_payload(_note())).service is None


def test_a_classified_caseload_round_trips_through_counsel_desk_2_byte_for_byte() -> None:
    notes = [
        _note(
            signed_at=dt.datetime(2026, 11, 2, 15, 0),
            service=ServiceClass(
                ServiceComponent.SYSTEM_SUPPORT,
                strategy,
                (ServiceField.CAREER, ServiceField.LEARNING),
                use_of_time=None if i % 2 else UseOfTime.NON_COUNSELING,
            ),
        )
        for i, strategy in enumerate(CLIENT_STRATEGIES)
    ]
    caseload = Caseload([Client(given_name="Rina", case_code="BK-001", sessions=notes)])
    text = dump_document(caseload)
    first = json.loads(text)["clients"][0]["sessions"][0]["service"]
    assert first == {
        "component": "system_support",
        "fields": ["career", "learning"],
        "strategy": "individual_counseling",
        "use_of_time": "non_counseling",
    }
    read = parse_document(text)
    assert dump_document(read.caseload, read.records) == text
    assert [n.service for n in read.caseload.clients[0].sessions] == [n.service for n in notes]


def test_a_counsel_desk_1_document_may_not_classify_a_session() -> None:
    document = {
        "format": "counsel-desk/1",
        "clients": [
            {
                "given_name": "Rina",
                "sessions": [
                    {
                        "date": "2026-11-02",
                        "service": {
                            "component": "responsive",
                            "fields": ["personal"],
                            "strategy": "individual_counseling",
                        },
                    }
                ],
            }
        ],
    }
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(document))
    assert raised.value.key == "sessions[0].service"


@pytest.mark.parametrize(
    ("service", "key", "needle"),
    [
        (
            {"component": "dasar", "fields": ["personal"], "strategy": "mediation"},
            "component",
            "basic",
        ),
        (
            {"component": "basic", "fields": ["pribadi"], "strategy": "mediation"},
            "fields[0]",
            "personal",
        ),
        ({"component": "basic", "fields": ["personal"]}, "strategy", "strategy"),
        (
            {"component": "basic", "fields": [], "strategy": "classroom_guidance"},
            "fields",
            "area",
        ),
    ],
)
def test_a_broken_service_in_an_import_names_its_key_and_imports_nothing(
    service, key, needle
) -> None:
    document = {
        "format": "counsel-desk/2",
        "clients": [
            {"given_name": "Rina", "sessions": [{"date": "2026-11-02", "service": service}]}
        ],
    }
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(document))
    assert raised.value.key == f"sessions[0].service.{key}"
    assert needle in str(raised.value)


def test_the_notes_of_a_schema_4_vault_come_out_unclassified_and_can_be_classified(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "v4"
    shutil.copytree(FIXTURES / "vault-schema-4", copy)
    service = VaultService()
    service.unlock(copy, FIXTURE_PASSPHRASE)
    try:
        entries = [
            e
            for s in service.clients.list_summaries()
            for e in service.notes.timeline(s.id)
            if e.note.id is not None
        ]
        assert entries and all(e.note.service is None for e in entries)
        signed = next(e.note for e in entries if e.note.is_signed)
        service.notes.classify(signed.id, RESPONSIVE_COUNSELING)
        assert service.notes.get(signed.id)[1].service == RESPONSIVE_COUNSELING
        assert service.vault.check_integrity() == []
    finally:
        service.lock()


def test_the_full_record_says_which_service_each_note_was_in_her_language() -> None:
    from counsel_desk.export.pdf_check import pdf_text
    from counsel_desk.export.record_pdf import render_record_pdf

    client = Client(
        given_name="Rina",
        case_code="BK-001",
        sessions=[_note(service=RESPONSIVE_COUNSELING), _note()],
    )
    pages, _ = pdf_text(render_record_pdf(client, printed=TODAY, language="id"))
    text = " ".join(" ".join(pages).split())
    assert "Layanan: Layanan responsif · Konseling individual · Pribadi, Sosial" in text
    assert "ASCA Langsung: konseling" in text
    assert text.count("Layanan:") == 1  # the unclassified note says nothing
