"""Sharing a PDF safely (issue 18, item 6): every export of a client's data can be
protected with a password the app makes; each is logged — when, to whom, what, under
which consent, protected or not — and no plaintext PDF touches the disk when it is
protected. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose)."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader

from counsel_desk.domain.disclosures import Sharing
from counsel_desk.domain.enums import (
    ConsentKind,
    DisclosureItem,
    ReferralAgency,
    SharedDocument,
    SignerRelationship,
)
from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.domain.referrals import Letterhead, Referral
from counsel_desk.domain.validation import ValidationError
from counsel_desk.export.pdf_check import SelfCheckFailedError
from counsel_desk.export.pdf_protect import generate_password
from counsel_desk.private_files import FileWriteError
from counsel_desk.services.consents import ConsentDraft
from counsel_desk.services.supervision import SupervisionRequest
from counsel_desk.services.vault_service import KdfParams, VaultService

PASSPHRASE = "sharing passphrase, long enough"
TODAY = dt.date(2026, 12, 3)
NOW = dt.datetime(2026, 12, 3, 10, 30, tzinfo=dt.UTC)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: NOW)
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    client, _ = service.clients.save_profile(
        Client(
            given_name="Rina",
            family_name="Wulandari",
            case_code="BK-007",
            grade="VIII-B",
            sessions=[
                SessionNote(
                    date=TODAY - dt.timedelta(days=3),
                    fields={"free_text": "Rina cemas menjelang ujian; latihan napas."},
                    template="free_text",
                )
            ],
        ),
        today=TODAY,
    )
    yield service, client.id
    service.lock()


def _consent(service: VaultService, client_id: int, kind: ConsentKind, **changes):
    values = {
        "kind": kind,
        "language": "id",
        "signed_by": "Sri Wulandari",
        "signed_on": TODAY - dt.timedelta(days=7),
        "signer_relationship": SignerRelationship.GUARDIAN,
    }
    if kind is ConsentKind.RELEASE_OF_INFORMATION:
        values |= {
            "released_to": "Psikolog Puskesmas Beji",
            "purpose": "Asesmen kecemasan",
            "disclosures": (DisclosureItem.CONCERNS, DisclosureItem.FULL_RECORD),
            "expires_on": TODAY + dt.timedelta(days=90),
        }
    values.update(changes)
    return service.consents.sign(client_id, ConsentDraft(**values))


def _opens_only_with(path: Path, password: str) -> str:
    """The PDF's text, read with ``password``, after checking it refuses without."""
    data = path.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("") == PasswordType.NOT_DECRYPTED
    assert reader.decrypt(generate_password("id")) == PasswordType.NOT_DECRYPTED
    reader = PdfReader(io.BytesIO(data))
    assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def _audit_details(service: VaultService) -> list[str]:
    return [e.detail or "" for e in service.vault.audit.entries() if e.action == "export_written"]


def test_a_protected_full_record_opens_only_with_its_words_and_is_logged_under_the_release(
    vault, tmp_path: Path
) -> None:
    service, client_id = vault
    release = _consent(service, client_id, ConsentKind.RELEASE_OF_INFORMATION)
    password = generate_password("id")
    out = tmp_path / "record.pdf"
    result = service.supervision.export_full_record(
        client_id, out, language="id", sharing=Sharing("Psikolog Puskesmas Beji", password)
    )
    assert result.protected
    assert "Rina Wulandari" in _opens_only_with(out, password)
    (row,) = service.disclosures.of_client(client_id)
    assert row.document is SharedDocument.FULL_RECORD
    assert row.recipient == "Psikolog Puskesmas Beji"
    assert row.consent_id == release.id and row.protected
    assert row.shared_at == NOW.replace(tzinfo=dt.UTC)
    (detail,) = _audit_details(service)
    assert f"disclosure {row.id}" in detail and "password-protected" in detail
    assert "Puskesmas" not in detail and password not in detail
    for word in password.split():
        assert all(word not in (e.detail or "").split() for e in service.vault.audit.entries())


def test_pdftotext_gets_nothing_out_of_a_protected_pdf_without_its_password(
    vault, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    service, client_id = vault
    password = generate_password("en")
    out = tmp_path / "record.pdf"
    service.supervision.export_full_record(client_id, out, sharing=Sharing("", password))
    refused = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert refused.returncode != 0 and "Rina" not in refused.stdout
    opened = subprocess.run(
        ["pdftotext", "-upw", password, str(out), "-"], capture_output=True, text=True
    )
    assert opened.returncode == 0 and "Rina Wulandari" in opened.stdout


def test_a_full_record_no_release_covers_is_logged_under_no_consent_and_not_protected(
    vault, tmp_path: Path
) -> None:
    service, client_id = vault
    # A release that does not allow the full record covers no full record.
    _consent(
        service,
        client_id,
        ConsentKind.RELEASE_OF_INFORMATION,
        disclosures=(DisclosureItem.CONCERNS,),
    )
    out = tmp_path / "record.pdf"
    result = service.supervision.export_full_record(client_id, out)
    assert not result.protected and not PdfReader(out).is_encrypted
    (row,) = service.disclosures.of_client(client_id)
    assert row.consent_id is None and not row.protected and row.recipient == ""


def test_a_protected_supervision_summary_is_checked_then_logged_under_the_supervision_consent(
    vault, tmp_path: Path
) -> None:
    service, client_id = vault
    supervision = _consent(service, client_id, ConsentKind.SUPERVISION)
    password = generate_password("en")
    out = tmp_path / "summary.pdf"
    result = service.supervision.export(
        SupervisionRequest(client_id), out, sharing=Sharing("Supervisor, Ibu Dewi", password)
    )
    assert result.protected and result.summary is not None
    text = _opens_only_with(out, password)
    assert "BK-007" in text and "Rina" not in text and "Wulandari" not in text
    (row,) = service.disclosures.of_client(client_id)
    assert row.document is SharedDocument.SUPERVISION_SUMMARY
    assert row.consent_id == supervision.id and row.protected


def test_a_supervision_summary_its_self_check_refuses_is_neither_written_nor_logged(
    vault, tmp_path: Path
) -> None:
    """The identifier check runs on the plaintext bytes before anything is encrypted."""
    service, client_id = vault
    ids = service.supervision.identifiers(to_change=True)
    ids.add_term("Summary")  # a heading the redactor cannot change: only the check sees it
    out = tmp_path / "summary.pdf"
    with pytest.raises(SelfCheckFailedError):
        service.supervision.export(
            SupervisionRequest(client_id),
            out,
            identifiers=ids,
            sharing=Sharing("", generate_password("en")),
        )
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "v"]
    assert service.disclosures.of_client(client_id) == []


def test_a_protected_referral_letter_is_logged_to_its_recipient_under_its_release(
    vault, tmp_path: Path
) -> None:
    service, client_id = vault
    release = _consent(service, client_id, ConsentKind.RELEASE_OF_INFORMATION)
    service.referrals.set_letterhead(
        Letterhead(school="SMP Negeri 1 Depok", short_name="SMPN 1", counselor="Sri Rahayu")
    )
    referral = service.referrals.save(
        client_id,
        Referral(
            made_on=TODAY,
            agency=ReferralAgency.PSYCHOLOGIST,
            recipient="Psikolog Puskesmas Beji",
            reason="Kecemasan berat menjelang ujian.",
            consent_id=release.id,
            sent=(DisclosureItem.CONCERNS,),
            sections={"concerns": "Cemas di kelas."},
        ),
    )
    password = generate_password("id")
    out = tmp_path / "surat.pdf"
    number = service.referrals.write_letter(
        referral.id, out, language="id", sharing=Sharing("", password)
    )
    assert number in _opens_only_with(out, password)
    (row,) = service.disclosures.of_client(client_id)
    assert row.document is SharedDocument.REFERRAL_LETTER and row.reference == number
    assert row.recipient == "Psikolog Puskesmas Beji"  # the referral's, when none is typed
    assert row.consent_id == release.id and row.protected


def test_a_protected_consent_form_is_logged_with_its_kind(vault, tmp_path: Path) -> None:
    service, client_id = vault
    password = generate_password("id")
    out = tmp_path / "form.pdf"
    text = "Persetujuan pelepasan informasi\n\nNama konseli: Rina Wulandari\n\nTanggal:"
    service.consents.share_form(
        client_id,
        ConsentKind.RELEASE_OF_INFORMATION,
        out,
        text,
        ["Tanda tangan:"],
        Sharing("Ibu Sri (orang tua)", password),
    )
    assert "Rina Wulandari" in _opens_only_with(out, password)
    (row,) = service.disclosures.of_client(client_id)
    assert row.document is SharedDocument.CONSENT_FORM
    assert row.reference == "release_of_information" and row.consent_id is None


def test_no_plaintext_pdf_is_ever_written_when_it_is_protected(
    vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file opened for writing outside the vault during the export is read at the
    moment it is fsynced (the staging file, before its rename): each is the encrypted
    PDF, and afterwards the folder holds only the target."""
    service, client_id = vault
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    vault_dir = tmp_path / "v"
    opened: list[Path] = []
    seen: dict[str, bytes] = {}
    real_open, real_fsync = os.open, os.fsync

    def open_spy(path, flags, *args, **kwargs):
        if flags & os.O_CREAT and vault_dir not in Path(path).parents:
            opened.append(Path(path))
        return real_open(path, flags, *args, **kwargs)

    def fsync_spy(fd: int) -> None:
        for staged in out_dir.iterdir():
            seen[staged.name] = staged.read_bytes()
        real_fsync(fd)

    password = generate_password("en")
    monkeypatch.setattr(os, "open", open_spy)
    monkeypatch.setattr(os, "fsync", fsync_spy)
    service.supervision.export_full_record(
        client_id, out_dir / "r.pdf", sharing=Sharing("", password)
    )
    monkeypatch.setattr(os, "open", real_open)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert [p.parent for p in opened] == [out_dir]  # one staging file, in the chosen folder
    (staged,) = [p.name for p in opened]
    assert staged.endswith(".partial") and staged in seen
    for data in seen.values():
        reader = PdfReader(io.BytesIO(data))
        assert reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED
    assert sorted(p.name for p in out_dir.iterdir()) == ["r.pdf"]


def test_a_file_that_cannot_be_written_leaves_no_row_in_the_log(vault, tmp_path: Path) -> None:
    service, client_id = vault
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(FileWriteError):
        service.supervision.export_full_record(
            client_id, folder, sharing=Sharing("", generate_password("en"))
        )
    assert service.disclosures.of_client(client_id) == []
    assert _audit_details(service) == []


def test_a_recipient_with_an_invisible_direction_character_is_refused_before_anything_is_written(
    vault, tmp_path: Path
) -> None:
    service, client_id = vault
    out = tmp_path / "r.pdf"
    with pytest.raises(ValidationError):
        service.supervision.export_full_record(client_id, out, sharing=Sharing("Bu\u202eSari"))
    assert not out.exists() and service.disclosures.of_client(client_id) == []


def test_the_full_record_lists_what_was_shared_before_it(vault, tmp_path: Path) -> None:
    service, client_id = vault
    release = _consent(service, client_id, ConsentKind.RELEASE_OF_INFORMATION)
    service.supervision.export_full_record(
        client_id,
        tmp_path / "a.pdf",
        sharing=Sharing("Psikolog Puskesmas Beji", generate_password("en")),
    )
    service.supervision.export_full_record(client_id, tmp_path / "b.pdf")
    reader = PdfReader(tmp_path / "b.pdf")
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert "Disclosures" in text
    assert "Full record · to Psikolog Puskesmas Beji" in text
    assert f"under the Release of information of {release.signed_on.isoformat()}" in text
    assert "password-protected" in text


def test_a_disclosure_is_never_changed_and_goes_with_a_destroyed_record(vault, tmp_path) -> None:
    from counsel_desk.vault.connection import DatabaseError

    service, client_id = vault
    service.supervision.export_full_record(client_id, tmp_path / "a.pdf")
    with pytest.raises(DatabaseError), service.vault.transaction() as conn:
        conn.execute("UPDATE disclosures SET recipient = 'someone else'")
    with service.vault.transaction() as conn:
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    with service.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM disclosures").fetchone()[0] == 0


def test_a_vault_whose_disk_refuses_the_row_still_writes_the_pdf_and_says_it_is_unlogged(
    vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """She is never kept from her records: a full disk under the vault refuses the log's
    row, not the export (as before issue 18); the result says it is not in the log."""
    from counsel_desk.vault.errors import StorageError
    from counsel_desk.vault.repositories.disclosures import DisclosureRepository

    service, client_id = vault

    def full(self, disclosure):  # the vault's disk is full
        raise StorageError("The disk of the vault is full.")

    monkeypatch.setattr(DisclosureRepository, "add", full)
    password = generate_password("en")
    out = tmp_path / "record.pdf"
    result = service.supervision.export_full_record(client_id, out, sharing=Sharing("", password))
    monkeypatch.undo()
    assert not result.logged and result.protected
    assert "Rina Wulandari" in _opens_only_with(out, password)
    assert service.disclosures.of_client(client_id) == []
    (detail,) = _audit_details(service)
    assert "not in the disclosure log" in detail and "password-protected" in detail
