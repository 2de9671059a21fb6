"""Service-level tests, no Qt: session notes (services/notes.py), consents
(services/consents.py) and search (services/search.py) against a real encrypted vault.

Vaults are made with ``KdfParams.cheap_for_tests()`` (the ``vault``/``cheap`` fixtures of
tests/integration/conftest.py): weak Argon2 settings that keep the suite fast, never
what the product uses. Services get a fixed clock, so times are exact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from counsel_desk.domain.enums import (
    AttachmentKind,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    DutyStep,
    NoteClass,
    RiskLevel,
    SessionKind,
    SignatureMethod,
    SignerRelationship,
)
from counsel_desk.domain.model import Client, Contact, RiskAssessment, SessionNote
from counsel_desk.domain.notes import (
    content_hash,
    duty_steps_for,
    hash_matches,
    is_late_addendum,
)
from counsel_desk.domain.templates import TemplateId
from counsel_desk.domain.validation import NoteLockedError, ValidationError
from counsel_desk.services.clients import ClientService
from counsel_desk.services.consents import (
    MAX_ATTACHMENT_BYTES,
    ConsentDraft,
    ConsentError,
    ConsentService,
    template_folder,
    template_for,
    text_sha256,
)
from counsel_desk.services.notes import NoteService
from counsel_desk.services.search import MATCH_END, MATCH_START, HitKind, SearchService, fts_query
from counsel_desk.vault import KdfParams, Vault
from tests.integration.conftest import PASSPHRASE

NOW = dt.datetime(2025, 9, 15, 15, 0, 0)  # a Monday afternoon
TODAY = NOW.date()
SOAP = {
    "subjective": "Budi takut ujian matematika",
    "objective": "Gelisah, kontak mata kurang",
    "assessment": "Kecemasan menghadapi ujian",
    "plan": "Latihan napas; bertemu lagi minggu depan",
}
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def test_these_tests_use_cheap_argon2(cheap: KdfParams) -> None:
    assert cheap == KdfParams.cheap_for_tests()
    assert cheap.memory_kib < KdfParams.recommended_minimum().memory_kib


# --- helpers ------------------------------------------------------------------------------


def _clients(vault: Vault) -> dict[str, int]:
    """Budi (a minor with a guardian), Siti and Ayu: case code -> id."""
    service = ClientService(vault)
    ids = {}
    for client in (
        Client(
            given_name="Budi",
            family_name="Santoso",
            date_of_birth=dt.date(2011, 3, 9),
            school="SMP Negeri 3 Semarang",
            guardians=[Contact("Hartono Santoso", "father", "+62 811-2233-4455")],
            opened_on=dt.date(2025, 7, 14),
        ),
        Client(given_name="Siti", family_name="Rahmawati", opened_on=dt.date(2025, 8, 1)),
        Client(given_name="Ayu", date_of_birth=dt.date(2004, 5, 2), opened_on=TODAY),
    ):
        saved, _ = service.save_profile(client, today=TODAY)
        assert saved.id is not None and saved.case_code is not None
        ids[saved.case_code] = saved.id
    assert list(ids) == ["C-0001", "C-0002", "C-0003"]
    return ids


def _notes(vault: Vault, now: dt.datetime = NOW) -> NoteService:
    return NoteService(vault, clock=lambda: now)


def _soap(day: dt.date = TODAY, **extra: object) -> SessionNote:
    return SessionNote(
        date=day,
        start_time=dt.time(9, 0),
        duration_minutes=45,
        template=TemplateId.SOAP,
        fields=dict(SOAP),
        **extra,  # type: ignore[arg-type]
    )


def _signed(notes: NoteService, client_id: int, note: SessionNote) -> int:
    draft, _ = notes.save_draft(client_id, note)
    assert draft.id is not None
    notes.sign(draft.id)
    return draft.id


# --- drafts and autosave ------------------------------------------------------------------


def test_save_draft_creates_then_updates_and_takes_the_place_of_its_autosave(
    vault: Vault,
) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    typing = _soap()
    autosave_id = notes.autosave(cid, typing)
    assert [d.autosave_id for d in notes.recovered_drafts()] == [autosave_id]

    draft, warnings = notes.save_draft(cid, typing, autosave_id=autosave_id)
    assert draft.id is not None and warnings == []
    assert notes.recovered_drafts() == []  # the saved draft replaces the autosave
    draft.fields["plan"] = "Rujuk ke psikolog puskesmas"
    notes.save_draft(cid, draft)
    _, stored = notes.get(draft.id)
    assert stored.fields["plan"] == "Rujuk ke psikolog puskesmas"
    assert not stored.is_signed
    assert [e.note.id for e in notes.timeline(cid)] == [draft.id]


def test_autosave_updates_one_row_and_is_offered_again_after_reopening(
    vault_path: Path, cheap: KdfParams
) -> None:
    vault = Vault.create(vault_path, PASSPHRASE, cheap)
    try:
        cid = _clients(vault)["C-0001"]
        notes = _notes(vault)
        first = SessionNote(date=TODAY, fields={"text": "Budi datang ter"})
        autosave_id = notes.autosave(cid, first)
        again = notes.autosave(
            cid, SessionNote(date=TODAY, fields={"text": "Budi datang terlambat"}), autosave_id
        )
        assert again == autosave_id
        audit_before = len(vault.audit.entries())
    finally:
        vault.close()  # the app is gone: killed, or the power went

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        notes = _notes(vault)
        [recovered] = notes.recovered_drafts()
        assert recovered.autosave_id == autosave_id
        assert recovered.client_id == cid and recovered.case_code == "C-0001"
        assert recovered.note.fields == {"text": "Budi datang terlambat"}
        assert recovered.saved_at == NOW
        [entry] = notes.timeline(cid)
        assert entry.is_recovered and entry.autosaved_at == NOW
        # Autosaving is not audited (it happens every few seconds); unlocking is.
        assert all(e.action != "note_saved" for e in vault.audit.entries()[:2])
        assert len(vault.audit.entries()) >= audit_before
        notes.discard_autosave(autosave_id)
        assert notes.recovered_drafts() == []
    finally:
        vault.close()


def test_an_autosave_of_a_saved_draft_stands_in_for_it_in_the_timeline(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    draft, _ = notes.save_draft(cid, _soap())
    draft.fields["plan"] = "newer text, not saved yet"
    autosave_id = notes.autosave(cid, draft)
    [entry] = notes.timeline(cid)
    assert entry.autosave_id == autosave_id
    assert entry.note.id == draft.id
    assert entry.note.fields["plan"] == "newer text, not saved yet"


def test_a_draft_can_be_discarded_but_a_signed_note_cannot(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    draft, _ = notes.save_draft(cid, _soap())
    assert draft.id is not None
    notes.discard_draft(draft.id)
    assert notes.timeline(cid) == []
    signed = _signed(notes, cid, _soap())
    with pytest.raises(NoteLockedError):
        notes.discard_draft(signed)
    assert [e.note.id for e in notes.timeline(cid)] == [signed]


def test_a_group_member_must_be_a_known_case_code(vault: Vault) -> None:
    cid = _clients(vault)["C-0001"]
    notes = _notes(vault)
    note = _soap(kind=SessionKind.GROUP, group_members=["C-0002", "C-9999"])
    with pytest.raises(ValidationError) as raised:
        notes.save_draft(cid, note)
    assert [i.path for i in raised.value.issues] == ["group_members[1]"]


# --- signing ------------------------------------------------------------------------------


def test_signing_stores_the_content_hash_and_locks_the_note(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]  # Ayu, an adult: no consent warning
    notes = _notes(vault)
    draft, _ = notes.save_draft(cid, _soap())
    assert draft.id is not None
    notes.autosave(cid, draft)  # typing that was autosaved before signing
    assert notes.sign(draft.id) == []
    _, signed = notes.get(draft.id)
    assert signed.is_signed and signed.signed_at == NOW
    assert signed.content_hash == content_hash(draft)
    assert len(signed.content_hash or "") == 64
    assert hash_matches(signed) is True
    assert notes.recovered_drafts() == []  # signing clears the note's autosave

    changed = _soap()
    changed.fields["plan"] = "rewritten"
    assert content_hash(changed) != signed.content_hash  # the hash vouches for the text

    signed.fields["plan"] = "rewritten"
    with pytest.raises(NoteLockedError):
        notes.save_draft(cid, signed)
    with pytest.raises(NoteLockedError):
        notes.sign(draft.id)
    assert notes.get(draft.id)[1].fields["plan"] == SOAP["plan"]


def test_an_entry_signed_more_than_24_hours_after_the_session_is_late(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    same_day = _signed(notes, cid, _soap(TODAY))
    two_days_ago = _signed(notes, cid, _soap(TODAY - dt.timedelta(days=2)))
    # Session ended yesterday 09:45; signed today 15:00: 29 h 15 min later.
    yesterday = _signed(notes, cid, _soap(TODAY - dt.timedelta(days=1)))
    late = {e.note.id: e.late for e in notes.timeline(cid)}
    assert late == {same_day: False, two_days_ago: True, yesterday: True}

    # Within 24 hours of the session's end is not late.
    early = _notes(vault, dt.datetime.combine(TODAY, dt.time(9, 40)) + dt.timedelta(days=1))
    on_time = _signed(early, cid, _soap(TODAY))
    assert next(e for e in early.timeline(cid) if e.note.id == on_time).late is False


def test_an_addendum_keeps_its_time_and_reason_and_the_original_unchanged(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    draft, _ = notes.save_draft(cid, _soap(TODAY - dt.timedelta(days=3)))
    assert draft.id is not None
    with pytest.raises(NoteLockedError):
        notes.add_addendum(draft.id, "too early: edit the draft instead")
    notes.sign(draft.id)
    with pytest.raises(ValidationError):
        notes.add_addendum(draft.id, "   ")

    later = _notes(vault, NOW + dt.timedelta(hours=2))
    first = later.add_addendum(draft.id, "Ibunya menelepon setelah sesi.", "  informasi baru  ")
    second = later.add_addendum(draft.id, "Koreksi kecil.")
    assert first.reason == "informasi baru" and second.reason is None
    _, note = notes.get(draft.id)
    assert [(a.text, a.reason, a.written_at) for a in note.addenda] == [
        ("Ibunya menelepon setelah sesi.", "informasi baru", NOW + dt.timedelta(hours=2)),
        ("Koreksi kecil.", None, NOW + dt.timedelta(hours=2)),
    ]
    assert note.fields == SOAP  # the original stays as it was signed
    assert hash_matches(note) is True  # addenda are outside the signed content
    assert all(is_late_addendum(note, a) for a in note.addenda)


def test_a_signed_note_is_struck_through_with_a_reason_and_stays_in_the_record(
    vault: Vault,
) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    draft, _ = notes.save_draft(cid, _soap())
    assert draft.id is not None
    with pytest.raises(NoteLockedError):
        notes.strike(draft.id, "a draft is discarded, not struck")
    notes.sign(draft.id)
    with pytest.raises(ValidationError):
        notes.strike(draft.id, "  ")
    notes.strike(draft.id, " written in the wrong student's record ")
    with pytest.raises(NoteLockedError):
        notes.strike(draft.id, "twice")
    [entry] = notes.timeline(cid)
    assert entry.note.is_struck
    assert entry.note.struck_at == NOW
    assert entry.note.strike_reason == "written in the wrong student's record"
    assert entry.note.fields == SOAP  # still readable, visibly struck
    actions = [e.action for e in vault.audit.entries()[:3]]
    assert actions == ["note_struck", "note_signed", "note_saved"]


# --- risk and duty to warn ----------------------------------------------------------------


def test_a_disclosure_opens_the_duty_checklist_and_each_step_is_recorded_with_its_time(
    vault: Vault,
) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    risk = RiskAssessment(abuse_disclosed=True, level=RiskLevel.HIGH, actions_taken="Aman")
    steps = duty_steps_for(risk)
    assert DutyStep.REPORTED_TO_AUTHORITY in steps
    assert DutyStep.WARNED_PERSON_AT_RISK not in steps  # no threat to another person
    assert duty_steps_for(RiskAssessment(level=RiskLevel.LOW)) == []

    draft, _ = notes.save_draft(cid, _soap(risk=risk))
    assert draft.id is not None
    notes.record_duty_action(draft.id, DutyStep.ENSURED_SAFETY)  # on the draft
    notes.sign(draft.id)
    reported = dt.datetime(2025, 9, 15, 16, 20)
    notes.record_duty_action(
        draft.id, DutyStep.REPORTED_TO_AUTHORITY, "Unit PPA Polres, laporan no. 12", reported
    )
    _, note = notes.get(draft.id)
    assert [(a.step, a.done_at, a.note) for a in note.duty_actions] == [
        (DutyStep.ENSURED_SAFETY, NOW, ""),
        (DutyStep.REPORTED_TO_AUTHORITY, reported, "Unit PPA Polres, laporan no. 12"),
    ]
    assert hash_matches(note) is True  # steps taken later do not touch the signed content
    details = [e.detail or "" for e in vault.audit.entries()]
    assert any("reported_to_authority" in d for d in details)
    assert not any("Polres" in d for d in details)  # the audit names the step, not the text


def test_the_clients_risk_level_follows_the_latest_assessment(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    notes = _notes(vault)
    clients = ClientService(vault)

    def level() -> RiskLevel:
        return RiskLevel(clients.get(cid).risk_level)

    first = TODAY - dt.timedelta(days=20)
    middle = TODAY - dt.timedelta(days=10)
    notes.save_draft(cid, _soap(first, risk=RiskAssessment(self_harm=True, level=RiskLevel.HIGH)))
    assert level() is RiskLevel.HIGH
    latest = _signed(notes, cid, _soap(TODAY, risk=RiskAssessment(level=RiskLevel.LOW)))
    assert level() is RiskLevel.LOW
    # A note written now about an older session is not the latest assessment.
    notes.save_draft(cid, _soap(middle, risk=RiskAssessment(level=RiskLevel.MODERATE)))
    assert level() is RiskLevel.LOW
    notes.save_draft(cid, _soap(TODAY + dt.timedelta(days=0)))  # no risk section: no change
    assert level() is RiskLevel.LOW
    # Striking the latest one through: the one before it counts again.
    notes.strike(latest, "written in the wrong record")
    assert level() is RiskLevel.MODERATE


# --- groups -------------------------------------------------------------------------------


def test_a_group_note_is_in_each_members_timeline_with_the_others_by_case_code_only(
    vault: Vault,
) -> None:
    ids = _clients(vault)
    notes = _notes(vault)
    note = SessionNote(
        date=TODAY,
        kind=SessionKind.GROUP,
        group_members=["C-0002", "C-0003"],
        fields={"text": "Kelompok belajar: mengatur waktu"},
    )
    session_id = _signed(notes, ids["C-0001"], note)
    names = {"C-0001": "Budi", "C-0002": "Siti", "C-0003": "Ayu"}
    for code, others in (
        ("C-0001", ["C-0002", "C-0003"]),
        ("C-0002", ["C-0001", "C-0003"]),
        ("C-0003", ["C-0001", "C-0002"]),
    ):
        [entry] = notes.timeline(ids[code])
        assert entry.note.id == session_id
        assert entry.owned is (code == "C-0001")
        assert entry.owner_client_id == ids["C-0001"]
        assert entry.group_codes == others
        assert entry.note.fields["text"] == "Kelompok belajar: mengatur waktu"
        shown = repr(entry)
        for other in others:
            assert names[other] not in shown  # never another member's name


# --- consents -----------------------------------------------------------------------------


def _consents(vault: Vault, templates: Path | None = None) -> ConsentService:
    return ConsentService(vault, clock=lambda: NOW, templates=templates)


def _typed(kind: ConsentKind = ConsentKind.INFORMED_CONSENT, **extra: object) -> ConsentDraft:
    values: dict[str, object] = {
        "kind": kind,
        "language": "en",
        "signed_by": "Ayu",
        "signed_on": TODAY,
    }
    values.update(extra)
    return ConsentDraft(**values)  # type: ignore[arg-type]


def test_a_typed_consent_keeps_the_exact_text_it_was_signed_under_and_its_hash(
    vault: Vault,
) -> None:
    cid = _clients(vault)["C-0001"]
    consents = _consents(vault)
    _, text = consents.render(ConsentKind.INFORMED_CONSENT, cid, "id", today=TODAY)
    consent = consents.sign(cid, _typed(language="id", signed_by="  Budi Santoso "))
    assert consent.id is not None
    assert consent.signed_by == "Budi Santoso"
    assert consent.method is SignatureMethod.TYPED and consent.attachments == []
    assert consent.language == "id" and consent.template_version == "2"  # Budi is 14
    assert consent.text == text
    assert "Budi Santoso" in text and "SMP Negeri 3 Semarang" in text  # filled in
    assert consent.text_sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert consent.text_sha256 == text_sha256(text)
    assert vault.audit.entries()[0].action == "consent_signed"


def test_a_drawn_signature_is_kept_as_png_inside_the_vault(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    consents = _consents(vault)
    with pytest.raises(ValidationError):
        consents.sign(cid, _typed(ConsentKind.SUPERVISION, method=SignatureMethod.DRAWN))
    with pytest.raises(ValidationError):
        consents.sign(
            cid,
            _typed(
                ConsentKind.SUPERVISION, method=SignatureMethod.DRAWN, signature_png=b"GIF89a.."
            ),
        )
    consent = consents.sign(
        cid, _typed(ConsentKind.SUPERVISION, method=SignatureMethod.DRAWN, signature_png=PNG)
    )
    [attachment] = consent.attachments
    assert attachment.kind is AttachmentKind.SIGNATURE and attachment.size == len(PNG)
    assert attachment.id is not None
    assert consents.attachment(attachment.id) == ("image/png", PNG)


def test_a_scanned_paper_form_is_checked_and_stored_encrypted(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    consents = _consents(vault)
    scan = _typed(ConsentKind.ONLINE_COUNSELING, method=SignatureMethod.SCAN)
    with pytest.raises(ValidationError):
        consents.sign(cid, scan)  # nothing attached
    with pytest.raises(ValidationError):
        consents.sign(cid, _typed(method=SignatureMethod.SCAN, scan=("application/pdf", PNG)))
    with pytest.raises(ValidationError):
        too_big = PDF + b"0" * MAX_ATTACHMENT_BYTES
        consents.sign(cid, _typed(method=SignatureMethod.SCAN, scan=("application/pdf", too_big)))
    consent = consents.sign(
        cid,
        _typed(
            ConsentKind.ONLINE_COUNSELING,
            method=SignatureMethod.SCAN,
            scan=("application/pdf", PDF),
        ),
    )
    [attachment] = consent.attachments
    assert attachment.kind is AttachmentKind.SCAN
    assert consents.attachment(attachment.id or 0) == ("application/pdf", PDF)

    # A scan can also follow a typed consent, and it is audited.
    typed = consents.sign(cid, _typed())
    assert typed.id is not None
    consents.attach_scan(typed.id, "image/png", PNG)
    assert [a.kind for a in consents.get(typed.id)[1].attachments] == [AttachmentKind.SCAN]
    assert vault.audit.entries()[0].action == "consent_attachment_added"
    with pytest.raises(ValidationError):
        consents.attach_scan(typed.id, "image/jpeg", PDF)


def test_a_release_of_information_names_the_party_its_purpose_what_may_go_and_until_when(
    vault: Vault,
) -> None:
    cid = _clients(vault)["C-0003"]
    consents = _consents(vault)
    complete = {
        "released_to": "dr. Sari, Puskesmas Candisari",
        "purpose": "Assessment by the puskesmas psychologist",
        "disclosures": (DisclosureItem.CONCERNS, DisclosureItem.ASSESSMENT_RESULTS),
        "expires_on": TODAY + dt.timedelta(days=90),
    }
    for missing in complete:  # each one is needed; nothing is recorded without it
        partial = {k: v for k, v in complete.items() if k != missing}
        with pytest.raises(ValidationError) as raised:
            consents.sign(cid, _typed(ConsentKind.RELEASE_OF_INFORMATION, **partial))
        assert raised.value.issues[0].path == missing
    assert consents.consents(cid) == []
    consent = consents.sign(cid, _typed(ConsentKind.RELEASE_OF_INFORMATION, **complete))
    assert consent.released_to == "dr. Sari, Puskesmas Candisari"
    assert consent.disclosures == (DisclosureItem.CONCERNS, DisclosureItem.ASSESSMENT_RESULTS)
    text = consent.text or ""
    assert "dr. Sari, Puskesmas Candisari" in text
    assert "Assessment by the puskesmas psychologist" in text
    assert "- Concerns\n- Assessment results" in text
    assert "Attendance" not in text and "Summary of sessions" not in text
    assert (TODAY + dt.timedelta(days=90)).isoformat() in text
    assert consents.consents(cid)[0].purpose == complete["purpose"]


def test_a_minors_consent_is_a_bundle_of_guardian_consent_and_assent(vault: Vault) -> None:
    cid = _clients(vault)["C-0001"]
    consents = _consents(vault)
    guardian = _typed(
        ConsentKind.INFORMED_CONSENT,  # the bundle makes it a guardian consent
        signed_by="Hartono Santoso",
        signer_relationship=SignerRelationship.GUARDIAN,
        relationship_detail="father",
        method=SignatureMethod.DRAWN,
        signature_png=PNG,
    )
    assent = _typed(ConsentKind.INFORMED_CONSENT, signed_by="Budi Santoso")
    signed = consents.sign_bundle(cid, guardian, assent)
    assert [c.kind for c in signed] == [ConsentKind.GUARDIAN_CONSENT, ConsentKind.ASSENT]
    assert signed[0].bundle is not None and signed[0].bundle == signed[1].bundle
    assert signed[0].signer_relationship is SignerRelationship.GUARDIAN
    assert signed[0].relationship_detail == "father"
    assert signed[1].signer_relationship is SignerRelationship.SELF
    assert [len(c.attachments) for c in signed] == [1, 0]
    assert signed[0].text != signed[1].text  # each signer read their own form
    assert all(c.text_sha256 == text_sha256(c.text or "") for c in signed)
    with pytest.raises(ValidationError):
        consents.sign_bundle(cid, guardian, _typed(signed_by=" "))


def test_revoking_keeps_the_days_before_covered_and_the_text_unchanged(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    consents = _consents(vault)
    consent = consents.sign(
        cid, _typed(ConsentKind.ONLINE_COUNSELING, signed_on=dt.date(2025, 9, 1))
    )
    assert consent.id is not None
    with pytest.raises(ValidationError):
        consents.revoke(consent.id, dt.date(2025, 8, 31))  # before it was signed
    revoked = consents.revoke(consent.id, dt.date(2025, 9, 10))
    assert revoked.status is ConsentStatus.REVOKED
    assert revoked.revoked_on == dt.date(2025, 9, 10)
    assert revoked.is_active_on(dt.date(2025, 9, 9))
    assert not revoked.is_active_on(dt.date(2025, 9, 10))
    assert (revoked.text, revoked.text_sha256) == (consent.text, consent.text_sha256)
    with pytest.raises(ConsentError):
        consents.revoke(consent.id, TODAY)  # only an active consent
    assert vault.audit.entries()[0].action == "consent_revoked"


def test_consents_past_their_expiry_are_marked_expired_and_flagged_before(vault: Vault) -> None:
    cid = _clients(vault)["C-0003"]
    consents = _consents(vault)
    consent = consents.sign(cid, _typed(expires_on=TODAY + dt.timedelta(days=20)))
    assert consent.id is not None
    flags = [f for f in consents.flags(TODAY) if f.client_id == cid]
    assert [(f.kind, f.expiring) for f in flags] == [(ConsentKind.INFORMED_CONSENT, True)]

    assert consents.expire_due(TODAY + dt.timedelta(days=20)) == 0  # the last day still counts
    assert consents.expire_due(TODAY + dt.timedelta(days=21)) == 1
    assert consents.get(consent.id)[1].status is ConsentStatus.EXPIRED
    assert consents.expire_due(TODAY + dt.timedelta(days=60)) == 0
    later = [f for f in consents.flags(TODAY + dt.timedelta(days=21)) if f.client_id == cid]
    assert [(f.kind, f.expiring) for f in later] == [(ConsentKind.INFORMED_CONSENT, False)]
    assert vault.audit.entries()[0].action == "consent_expired"


def test_a_signed_consents_text_and_hash_never_change(vault: Vault, tmp_path: Path) -> None:
    cid = _clients(vault)["C-0003"]
    folder = tmp_path / "consents"
    shutil.copytree(template_folder(), folder)
    consents = _consents(vault, folder)
    old = consents.sign(cid, _typed())
    assert old.id is not None

    assert old.template_version == "2-adult"  # Ayu is 21

    # A new version of the form, and a new name on the profile: the consent keeps both.
    v2 = (folder / "informed_consent.v2-adult.en.txt").read_text(encoding="utf-8")
    (folder / "informed_consent.v3-adult.en.txt").write_text(
        v2.replace("\n", "\nRevised wording.\n", 1), encoding="utf-8"
    )
    profile = ClientService(vault).get(cid)
    profile.family_name = "Lestari"
    ClientService(vault).save_profile(profile, today=TODAY)
    _, kept = consents.get(old.id)
    assert (kept.text, kept.text_sha256, kept.template_version) == (
        old.text,
        old.text_sha256,
        "2-adult",
    )
    assert kept.text_sha256 == text_sha256(kept.text or "")
    new = consents.sign(cid, _typed())
    assert new.template_version == "3-adult" and "Revised wording." in (new.text or "")
    assert "Ayu Lestari" in (new.text or "") and "Lestari" not in (kept.text or "")

    # Not even SQL can rewrite it: the database refuses.
    with (
        pytest.raises(Exception, match="keeps the text it was signed under"),
        vault.transaction() as conn,
    ):
        conn.execute("UPDATE consents SET text = 'other words' WHERE id = ?", (old.id,))
    assert consents.get(old.id)[1].text == old.text


def test_an_adult_client_signs_the_anda_form_and_a_15_year_old_the_kamu_form(
    vault: Vault,
) -> None:
    ids = _clients(vault)
    clients = ClientService(vault)
    teen, _ = clients.save_profile(
        Client(given_name="Dewi", date_of_birth=dt.date(2010, 6, 1), opened_on=TODAY),
        today=TODAY,
    )
    assert teen.id is not None
    consents = _consents(vault)
    adult = consents.sign(ids["C-0003"], _typed(language="id", signed_by="Ayu"))  # 21
    student = consents.sign(teen.id, _typed(language="id", signed_by="Dewi"))  # 15
    unknown = consents.sign(ids["C-0002"], _typed(language="id", signed_by="Siti"))  # no birth date
    assert adult.template_version == "2-adult"
    assert "Anda" in (adult.text or "") and "kamu" not in (adult.text or "")
    for consent in (student, unknown):
        assert consent.template_version == "2"
        assert "kamu" in (consent.text or "") and "Anda" not in (consent.text or "")
    # The form the dialog shows for a day is the form signed that day: Dewi on her 18th
    # birthday gets the Anda form.
    template, text = consents.render(
        ConsentKind.INFORMED_CONSENT, teen.id, "id", today=dt.date(2028, 6, 1)
    )
    assert template.for_adults and "Anda" in text


def test_consents_signed_under_the_first_forms_still_verify_against_them(vault: Vault) -> None:
    cid = _clients(vault)["C-0001"]
    consents = _consents(vault)
    old = consents.sign(cid, _typed(language="id", signed_by="Budi", version="1"))
    bundle = consents.sign_bundle(
        cid,
        _typed(language="id", signed_by="Hartono Santoso", version="1"),
        _typed(language="id", signed_by="Budi", version="1"),
    )
    client = ClientService(vault).get(cid)
    for signed in (old, *bundle):
        assert signed.id is not None and signed.template_version == "1"
        _, kept = consents.get(signed.id)
        assert kept.text_sha256 == text_sha256(kept.text or "")
        form = template_for(kept.kind, "id", "1")
        assert kept.text == form.filled(client, released_to=None, today=TODAY)
        assert template_for(kept.kind, "id").version == "2"  # new consents: the new form


# --- search -------------------------------------------------------------------------------


def _searchable(vault: Vault) -> tuple[dict[str, int], dict[str, int]]:
    ids = _clients(vault)
    notes = _notes(vault)
    sessions = {
        "presentasi": _signed(
            notes,
            ids["C-0002"],
            SessionNote(date=TODAY, fields={"text": "Siti takut presentasi di depan kelas"}),
        ),
        "process": notes.save_draft(
            ids["C-0001"],
            SessionNote(
                date=TODAY,
                note_class=NoteClass.PROCESS,
                fields={"text": "Saya bertanya-tanya apakah ujian itu pemicunya"},
            ),
        )[0].id
        or 0,
    }
    return ids, sessions


def test_search_finds_notes_and_profiles_with_highlighted_snippets(vault: Vault) -> None:
    ids, sessions = _searchable(vault)
    search = SearchService(vault)
    [hit] = search.search("presentasi")
    assert hit.kind is HitKind.NOTE
    assert (hit.client_id, hit.case_code, hit.client_name) == (
        ids["C-0002"],
        "C-0002",
        "Siti Rahmawati",
    )
    assert hit.session_id == sessions["presentasi"] and hit.date == TODAY
    assert hit.note_class is NoteClass.PROGRESS
    assert f"{MATCH_START}presentasi{MATCH_END}" in hit.snippet

    [profile] = search.search("Semarang")  # the school, on Budi's profile
    assert profile.kind is HitKind.PROFILE and profile.client_id == ids["C-0001"]
    assert profile.session_id is None
    assert f"{MATCH_START}Semarang{MATCH_END}" in profile.snippet

    [process] = search.search("pemicunya")
    assert process.note_class is NoteClass.PROCESS  # private notes say what they are

    # Profiles come first: a name typed is usually a person.
    _signed(_notes(vault), ids["C-0003"], SessionNote(date=TODAY, fields={"text": "Siti membantu"}))
    kinds = [h.kind for h in search.search("Siti")]
    assert kinds[0] is HitKind.PROFILE and HitKind.NOTE in kinds
    assert kinds == sorted(kinds, key=lambda k: k is HitKind.NOTE)


def test_the_last_word_is_a_prefix_and_only_the_last(vault: Vault) -> None:
    _searchable(vault)
    search = SearchService(vault)
    assert fts_query("takut presen") == '"takut" "presen"*'
    assert fts_query("takut presen ") == '"takut" "presen"'  # a space ends the word
    assert len(search.search("takut presen")) == 1
    assert search.search("takut presen ") == []
    assert search.search("presen kelas") == []  # an earlier word is matched whole
    assert search.search("   ") == [] and fts_query("") is None


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "AND",
        "OR",
        "NOT x",
        "NEAR(",
        "NEAR(a b",
        "a OR",
        "-x",
        "col:val",
        "body:x",
        "*",
        "x*",
        "(((",
        ")",
        "^a",
        "{a b}",
        "a + b",
        "'",
        ";--",
        "\ue000",
        "presentasi\ue001",
    ],
)
def test_hostile_fts_syntax_is_only_text(vault: Vault, typed: str) -> None:
    _searchable(vault)
    hits = SearchService(vault).search(typed)  # never raises
    if "presentasi" in typed:
        assert len(hits) == 1  # the marker characters are dropped, the word still found


def test_operators_are_searched_as_words_not_obeyed(vault: Vault) -> None:
    _searchable(vault)
    search = SearchService(vault)
    assert search.search("Siti OR Budi") == []  # would match both if OR were obeyed
    assert search.search("presentasi NOT Budi") == []  # would match if NOT were obeyed
    assert fts_query('a"b') == '"a" "b"*'  # a quote only separates words, never opens a phrase


def test_diacritics_and_letter_case_do_not_matter_in_profiles(vault: Vault) -> None:
    saved, _ = ClientService(vault).save_profile(
        Client(given_name="Emily", family_name="Carter-Nguyễn", opened_on=TODAY), today=TODAY
    )
    [hit] = SearchService(vault).search("nguyen")
    assert hit.kind is HitKind.PROFILE and hit.client_id == saved.id
    assert hit.client_name == "Emily Carter-Nguyễn"
