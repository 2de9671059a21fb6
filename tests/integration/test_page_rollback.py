"""Single pages of records.db copied back from an older state (issue 15, attack F1).

SQLCipher authenticates each 4 KiB page on its own: an old page of the same database
decrypts and passes its check. The record-state digest (vault/record_state.py) is what
notices it. These tests repeat the attack exactly: a copy of records.db while a consent is
active, the consent revoked as the window does (ConsentService), the vault locked, then
each page that differs put back from the copy alone."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from counsel_desk.domain.enums import ConsentStatus
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.consents import ConsentService
from counsel_desk.vault import Vault
from counsel_desk.vault.repositories.clients import ClientRepository
from tests.integration.conftest import PASSPHRASE
from tests.integration.test_cli import cli, sample_vault  # noqa: F401  (fixtures)

PAGE = 4096


def _active_consent(vault: Vault) -> tuple[int, int]:
    with vault.reading() as conn:
        clients = [row.id for row in ClientRepository(conn).rows()]
    service = ConsentService(vault)
    for client_id in clients:
        for consent in service.consents(client_id):
            if consent.status is ConsentStatus.ACTIVE and consent.id is not None:
                return client_id, consent.id
    raise AssertionError("the sample has no active consent")


def _status(vault: Vault, client_id: int, consent_id: int) -> ConsentStatus:
    return next(c.status for c in ConsentService(vault).consents(client_id) if c.id == consent_id)


def _pages(data: bytes) -> list[bytes]:
    return [data[i : i + PAGE] for i in range(0, len(data), PAGE)]


def _put_database(folder: Path, data: bytes) -> None:
    (folder / "records.db").write_bytes(data)
    for extra in ("records.db-wal", "records.db-shm"):
        (folder / extra).unlink(missing_ok=True)


def test_each_page_of_a_revoked_consent_put_back_alone_is_noticed_by_verify_and_unlock(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        client_id, consent_id = _active_consent(vault)
    before = (sample_vault / "records.db").read_bytes()  # locked: the log is folded in
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        ConsentService(vault).revoke(consent_id, dt.date.today())
    after = (sample_vault / "records.db").read_bytes()
    assert cli("verify", sample_vault)[0] == 0  # the untouched vault passes

    old, new = _pages(before), _pages(after)
    differing = [n for n in range(min(len(old), len(new))) if old[n] != new[n]]
    assert len(differing) >= 2
    consent_read_active_again = False
    for n in differing:
        spliced = b"".join(old[n] if i == n else page for i, page in enumerate(new))
        _put_database(sample_vault, spliced)
        code, out, err = cli("verify", sample_vault)
        assert code == 1, f"page {n + 1} put back alone passed verify: {out}{err}"
        # Unlocking (what the window does) says so too, on a copy no computer has seen.
        # (The page of meta, which holds the audit chain's head, makes the unlock's own
        # audit entry collide: that unlock is refused outright, which is noticed too.)
        fresh = tmp_path / f"copy-{n}"
        shutil.copytree(sample_vault, fresh)
        try:
            vault = Vault.open(fresh, PASSPHRASE)
        except CounselDeskError:
            continue
        with vault:
            assert vault.rollback_problem is not None, f"page {n + 1}: unlock said nothing"
            try:
                status = _status(vault, client_id, consent_id)
            except CounselDeskError:  # a page of another table may not read at all
                status = None
            if status is ConsentStatus.ACTIVE:
                consent_read_active_again = True
                assert "consents" in str(vault.rollback_problem)
        with Vault.open(fresh, PASSPHRASE) as vault:
            assert vault.rollback_problem is not None  # the unlock kept the evidence
        assert cli("verify", fresh)[0] == 1
    assert consent_read_active_again  # the attack itself: the consent reads "active" again
    _put_database(sample_vault, after)
    assert cli("verify", sample_vault)[0] == 0


def test_a_splice_is_noticed_by_the_check_after_an_unlock_that_deferred_it(
    sample_vault: Path,  # noqa: F811
) -> None:
    """The window unlocks with ``check_records=False`` and runs ``check_records`` off the
    GUI thread, in pieces: it finds the consents page put back all the same."""
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        client_id, consent_id = _active_consent(vault)
    before = _pages((sample_vault / "records.db").read_bytes())
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        ConsentService(vault).revoke(consent_id, dt.date.today())
    after = _pages((sample_vault / "records.db").read_bytes())
    for n in range(min(len(before), len(after))):
        if before[n] == after[n]:
            continue
        _put_database(
            sample_vault, b"".join(before[n] if i == n else p for i, p in enumerate(after))
        )
        try:
            vault = Vault.open(sample_vault, PASSPHRASE, check_records=False)
        except CounselDeskError:
            continue  # the meta page: refused outright
        with vault:
            try:
                active = _status(vault, client_id, consent_id) is ConsentStatus.ACTIVE
            except CounselDeskError:
                active = False
            if not active:
                continue
            assert vault.rollback_problem is None  # not summed yet
            ConsentService(vault).consents(client_id)  # she works meanwhile
            problem = vault.check_records(piece_rows=3)
            assert problem is not None and "consents" in str(problem)
            assert vault.rollback_problem == problem
        with Vault.open(sample_vault, PASSPHRASE, check_records=False) as vault:
            assert vault.check_records() is not None  # the evidence stayed
        return
    pytest.fail("no page put back the active consent")
