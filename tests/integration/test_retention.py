"""Retention in the vault: due list, legal hold, secure destruction, destruction log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.retention import RetentionPolicy, RetentionProfile
from counsel_desk.services.clients import ClientService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.services.retention import LegalHoldError, RetentionService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.backup import automatic_backup
from tests.conftest import SAMPLE_CASELOAD
from tests.integration.conftest import PASSPHRASE

TODAY = dt.date(2031, 1, 1)


@pytest.fixture
def vault(vault_path: Path, cheap: KdfParams):  # type: ignore[no-untyped-def]
    with Vault.create(vault_path, PASSPHRASE, cheap) as v:
        InterchangeService(v).import_text(SAMPLE_CASELOAD.read_bytes())
        yield v


def _id(vault: Vault, code: str) -> int:
    return next(s.id for s in ClientService(vault).list_summaries() if s.case_code == code)


def test_closed_case_becomes_due_under_the_school_profile(vault: Vault) -> None:
    service = RetentionService(vault, today=lambda: TODAY)
    service.set_policy(RetentionPolicy(RetentionProfile.SCHOOL, school_years=3))
    statuses = {s.case_code: s for s in service.statuses()}
    assert statuses["C-0003"].destroy_on == dt.date(2028, 3, 1)  # closed 2025-03-01
    assert statuses["C-0001"].destroy_on is None  # still active
    assert [s.case_code for s in service.due_for_destruction()] == ["C-0003"]


def test_legal_hold_keeps_a_case_off_the_due_list_and_safe(vault: Vault) -> None:
    service = RetentionService(vault, today=lambda: TODAY)
    cid = _id(vault, "C-0003")
    with pytest.raises(LegalHoldError):
        service.set_legal_hold(cid, "   ")
    service.set_legal_hold(cid, "Abuse report filed with the police, 2025")
    assert service.due_for_destruction() == []
    with pytest.raises(LegalHoldError, match="legal hold"):
        service.destroy_client(cid)
    service.release_legal_hold(cid)
    assert [s.case_code for s in service.due_for_destruction()] == ["C-0003"]


def test_destruction_removes_every_trace_and_keeps_a_log_line(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    automatic_backup(vault, backups)
    service = RetentionService(vault, backups, today=lambda: TODAY)
    cid = _id(vault, "C-0003")
    plan = service.plan_destruction(cid)
    assert (plan.case_code, plan.sessions, plan.consents) == ("C-0003", 1, 2)
    assert len(plan.backups_still_holding) == 1
    record = service.destroy_client(cid)
    assert (record.case_code, record.destroyed_on) == ("C-0003", TODAY)
    assert (record.first_service, record.last_service) == (dt.date(2025, 1, 17),) * 2
    codes = [s.case_code for s in ClientService(vault).list_summaries()]
    assert codes == ["C-0001", "C-0002", "C-0004"]
    assert [r.case_code for r in service.destruction_log()] == ["C-0003"]
    with vault.reading() as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM note_search WHERE note_search MATCH 'scholarship'"
            ).fetchone()[0]
            == 0
        )
    assert vault.check_integrity() == []
    assert "client_destroyed" in [e.action for e in vault.audit.entries(5)]
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert [r.case_code for r in RetentionService(again).destruction_log()] == ["C-0003"]


def _plaintext_pages(vault_path: Path) -> bytes:
    """Decrypt every page of records.db as SQLCipher 4 wrote it (raw key, AES-256-CBC,
    16-byte IV and 64-byte HMAC reserved at the end of each page): what someone holding
    the key could read, free pages included."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    from counsel_desk.vault.credentials import Credentials
    from counsel_desk.vault.header import login_slot, read_header, unwrap_key

    header = read_header(vault_path)
    key = unwrap_key(header, login_slot(header), Credentials(PASSPHRASE))
    data = (vault_path / "records.db").read_bytes()
    page_size, reserve = 4096, 80
    out = []
    for start in range(0, len(data), page_size):
        page = data[start : start + page_size]
        offset = 16 if start == 0 else 0  # page 1 begins with the file's salt
        iv = page[page_size - reserve : page_size - reserve + 16]
        body = page[offset : page_size - reserve]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(body) + decryptor.finalize())
    return b"".join(out)


def test_destroyed_text_is_gone_from_the_database_file(vault: Vault, vault_path: Path) -> None:
    """Even with the key, no page of the file still holds the destroyed client's words."""
    words = (b"scholarship route", b"university application", b"SMA Negeri 1 Ungaran")
    vault.close()
    before = _plaintext_pages(vault_path)
    assert all(w in before for w in words)  # the check can see them while they exist
    with Vault.open(vault_path, PASSPHRASE) as again:
        RetentionService(again, today=lambda: TODAY).destroy_client(_id(again, "C-0003"))
    after = _plaintext_pages(vault_path)
    assert b"Budi" in after  # the others are still there
    for w in words:
        assert w not in after
    wal = vault_path / "records.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
