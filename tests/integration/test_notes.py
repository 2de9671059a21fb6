"""Session notes: a signed note is locked for good; only addenda amend it."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.enums import ConsentKind, SignerRelationship
from counsel_desk.domain.model import Client, Consent, SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.domain.validation import NoteLockedError, ValidationError
from counsel_desk.services.clients import ClientService
from counsel_desk.services.notes import NoteService
from counsel_desk.vault import Vault

TODAY = dt.date(2025, 8, 1)


def _client(vault: Vault, born: dt.date, *, guardian_consent: bool = False) -> int:
    client = Client(given_name="Budi", family_name="Santoso", date_of_birth=born)
    saved, _ = ClientService(vault).save_profile(client, today=TODAY)
    assert saved.id is not None
    if guardian_consent:
        from counsel_desk.vault.repositories.clients import ClientRepository

        with vault.transaction() as conn:
            ClientRepository(conn).insert_consent(
                saved.id,
                Consent(
                    ConsentKind.GUARDIAN_CONSENT,
                    "Hartono Santoso",
                    dt.date(2025, 7, 1),
                    signer_relationship=SignerRelationship.GUARDIAN,
                ),
            )
    return saved.id


def _soap(**fields: str) -> SessionNote:
    return SessionNote(date=dt.date(2025, 7, 21), template=TemplateId.SOAP, fields=fields)


FULL = {"subjective": "s", "objective": "o", "assessment": "a", "plan": "p"}


def test_draft_can_be_edited_until_signed(vault: Vault) -> None:
    cid = _client(vault, dt.date(1990, 1, 1))
    notes = NoteService(vault)
    draft, _ = notes.save_draft(cid, _soap(subjective="first"))
    draft.fields["subjective"] = "second"
    notes.save_draft(cid, draft)
    assert notes.get(draft.id or 0)[1].fields["subjective"] == "second"


def test_signing_needs_every_required_field(vault: Vault) -> None:
    cid = _client(vault, dt.date(1990, 1, 1))
    notes = NoteService(vault)
    draft, _ = notes.save_draft(cid, _soap(subjective="only this"))
    with pytest.raises(ValidationError) as raised:
        notes.sign(draft.id or 0)
    assert {i.path for i in raised.value.issues} == {
        "fields.objective",
        "fields.assessment",
        "fields.plan",
    }
    assert not notes.get(draft.id or 0)[1].is_signed


def test_signed_note_is_never_edited_again(vault: Vault) -> None:
    cid = _client(vault, dt.date(1990, 1, 1))
    notes = NoteService(vault)
    draft, _ = notes.save_draft(cid, _soap(**FULL))
    notes.sign(draft.id or 0)
    _, signed = notes.get(draft.id or 0)
    assert signed.is_signed
    signed.fields["plan"] = "rewritten history"
    with pytest.raises(NoteLockedError):
        notes.save_draft(cid, signed)
    # Not even SQL can change it: the database itself refuses.
    with pytest.raises(Exception, match="signed note is locked"), vault.transaction() as conn:
        conn.execute("UPDATE session_fields SET value = 'x' WHERE session_id = ?", (signed.id,))
    with pytest.raises(Exception, match="signed note is locked"), vault.transaction() as conn:
        conn.execute("UPDATE sessions SET date = '2020-01-01' WHERE id = ?", (signed.id,))
    assert notes.get(draft.id or 0)[1].fields["plan"] == "p"


def test_addendum_amends_a_signed_note_and_is_searchable(vault: Vault) -> None:
    cid = _client(vault, dt.date(1990, 1, 1))
    notes = NoteService(vault)
    draft, _ = notes.save_draft(cid, _soap(**FULL))
    with pytest.raises(NoteLockedError):
        notes.add_addendum(draft.id or 0, "too early")
    notes.sign(draft.id or 0)
    notes.add_addendum(draft.id or 0, "Late entry: ibunya menelepon.")
    _, note = notes.get(draft.id or 0)
    assert [a.text for a in note.addenda] == ["Late entry: ibunya menelepon."]
    from counsel_desk.vault.repositories.clients import SessionRepository

    with vault.reading() as conn:
        assert SessionRepository(conn).search("menelepon") == [note.id]


def test_signing_a_minors_note_without_guardian_consent_warns(vault: Vault) -> None:
    cid = _client(vault, dt.date(2011, 3, 9))
    notes = NoteService(vault)
    draft, _ = notes.save_draft(cid, _soap(**FULL))
    found = notes.sign(draft.id or 0)
    assert [i.path for i in found] == ["date"]
    assert "under 18" in str(found[0].message)
    assert notes.get(draft.id or 0)[1].is_signed  # a warning, not a refusal


def test_signing_with_guardian_consent_or_for_an_adult_does_not_warn(vault: Vault) -> None:
    notes = NoteService(vault)
    for cid in (
        _client(vault, dt.date(2011, 3, 9), guardian_consent=True),
        _client(vault, dt.date(1990, 1, 1)),
    ):
        draft, _ = notes.save_draft(cid, _soap(**FULL))
        assert notes.sign(draft.id or 0) == []


def test_note_actions_are_audited_without_content(vault: Vault) -> None:
    cid = _client(vault, dt.date(1990, 1, 1))
    notes = NoteService(vault)
    draft, _ = notes.save_draft(cid, _soap(**FULL))
    notes.sign(draft.id or 0)
    notes.add_addendum(draft.id or 0, "secret addendum words")
    entries = vault.audit.entries()
    assert [e.action for e in entries[:3]] == ["addendum_added", "note_signed", "note_saved"]
    assert all("secret" not in (e.detail or "") for e in entries)
    assert vault.audit.verify().ok


def test_full_record_print_leaves_private_notes_out_unless_included(vault: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from counsel_desk.domain.enums import NoteClass
    from counsel_desk.services.supervision import SupervisionService

    cid = _client(vault, dt.date(1990, 1, 1))
    notes = NoteService(vault)
    notes.save_draft(cid, SessionNote(date=dt.date(2025, 7, 21), fields={"text": "record words"}))
    private = SessionNote(
        date=dt.date(2025, 7, 22),
        fields={"text": "my private hunch"},
        note_class=NoteClass.PROCESS,
    )
    notes.save_draft(cid, private)
    service = SupervisionService(vault)

    def text_of(path) -> str:  # type: ignore[no-untyped-def]
        return " ".join((p.extract_text() or "") for p in PdfReader(path).pages)

    service.export_full_record(cid, tmp_path / "record.pdf")
    plain = text_of(tmp_path / "record.pdf")
    assert "record words" in plain and "private hunch" not in plain
    assert "left out" in plain
    service.export_full_record(cid, tmp_path / "all.pdf", include_private=True)
    everything = text_of(tmp_path / "all.pdf")
    assert "private hunch" in everything and "PRIVATE PROCESS NOTE" in everything


def test_full_record_prints_in_bahasa_indonesia(vault: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from counsel_desk.services.supervision import SupervisionService

    cid = _client(vault, dt.date(1990, 1, 1))
    SupervisionService(vault).export_full_record(cid, tmp_path / "r.pdf", language="id")
    text = " ".join((p.extract_text() or "") for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Berkas kasus lengkap" in text and "Kode kasus" in text and "Profil" in text
