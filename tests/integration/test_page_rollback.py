"""Single pages of records.db copied back from an older state (issue 15, attack F1).

SQLCipher authenticates each 4 KiB page on its own: an old page of the same database
decrypts and passes its check. The record-state digest (vault/record_state.py) is what
notices it. These tests repeat the attack exactly: a copy of records.db while a consent is
active, the consent revoked as the window does (ConsentService), the vault locked, then
each page that differs put back from the copy alone."""

from __future__ import annotations

import dataclasses
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
    consent_read_active_again = refused_meta = False
    for n in differing:
        spliced = b"".join(old[n] if i == n else page for i, page in enumerate(new))
        _put_database(sample_vault, spliced)
        code, out, err = cli("verify", sample_vault)
        assert code == 1, f"page {n + 1} put back alone passed verify: {out}{err}"
        # Unlocking (what the window does) says so too, on a copy no computer has seen.
        # (The page of meta, which holds the audit chain's head, would make the unlock's
        # own audit entry collide: that unlock is refused outright, with its reason.)
        fresh = tmp_path / f"copy-{n}"
        shutil.copytree(sample_vault, fresh)
        try:
            vault = Vault.open(fresh, PASSPHRASE)
        except CounselDeskError as exc:
            # the page of meta, with the audit trail's head: refused, and said plainly
            assert "older than the trail itself" in str(exc), f"page {n + 1}: {exc}"
            refused_meta = True
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
    assert refused_meta  # the page of meta was among them, and refused with its reason
    _put_database(sample_vault, after)
    assert cli("verify", sample_vault)[0] == 0


def test_a_splice_is_noticed_by_the_check_after_an_unlock_that_deferred_it(
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
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
        folder = tmp_path / f"copy-{n}"  # a copy each: nothing of one open reaches the next
        shutil.copytree(sample_vault, folder)
        _put_database(folder, b"".join(before[n] if i == n else p for i, p in enumerate(after)))
        # A vault that keeps no state (read-only, or opened only to read) is checked too;
        # such an open writes nothing.
        with Vault.open(
            folder, PASSPHRASE, upgrade_and_record=False, check_records=False
        ) as reading:
            reader_problem = reading.check_records(piece_rows=5)
        try:
            vault = Vault.open(folder, PASSPHRASE, check_records=False)
        except CounselDeskError:
            continue  # the meta page: refused outright
        with vault:
            try:
                active = _status(vault, client_id, consent_id) is ConsentStatus.ACTIVE
            except CounselDeskError:
                active = False
            if not active:
                continue
            assert reader_problem is not None and "consents" in str(reader_problem)
            assert vault.rollback_problem is None  # not summed yet
            ConsentService(vault).consents(client_id)  # she works meanwhile
            problem = vault.check_records(piece_rows=3)
            assert problem is not None and "consents" in str(problem)
            assert vault.rollback_problem == problem
        with Vault.open(folder, PASSPHRASE, check_records=False) as vault:
            assert vault.check_records() is not None  # the evidence stayed
        return
    pytest.fail("no page put back the active consent")


def test_every_set_of_differing_pages_put_back_together_is_noticed(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """Pages of meta (which keeps the digest) and of the data put back together, in
    every combination short of the whole old file (which the header's audit head
    catches): each is noticed."""
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        _, consent_id = _active_consent(vault)
    old = _pages((sample_vault / "records.db").read_bytes())
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        ConsentService(vault).revoke(consent_id, dt.date.today())
    current = (sample_vault / "records.db").read_bytes()
    new = _pages(current)
    differing = [n for n in range(min(len(old), len(new))) if old[n] != new[n]]
    assert 2 <= len(differing) <= 8
    for subset in range(1, 2 ** len(differing)):
        chosen = {n for bit, n in enumerate(differing) if subset >> bit & 1}
        _put_database(
            sample_vault, b"".join(old[i] if i in chosen else p for i, p in enumerate(new))
        )
        assert cli("verify", sample_vault)[0] == 1, f"pages {sorted(chosen)} passed verify"
    _put_database(sample_vault, current)
    assert cli("verify", sample_vault)[0] == 0


def _no_alarm(cli, folder: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, err = cli("verify", folder)
    assert code == 0, out + err
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.rollback_problem is None
        assert vault.check_integrity() == []


def test_a_counselors_ordinary_work_raises_no_alarm(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    from counsel_desk.domain.model import SessionNote
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.notes import NoteService
    from counsel_desk.services.retention import RetentionService
    from counsel_desk.vault.backup import restore_backup, write_backup

    with Vault.open(sample_vault, PASSPHRASE) as vault:  # edit a profile, write and sign
        clients = ClientService(vault)
        first = clients.list_summaries()[0]
        client = clients.get(first.id)
        clients.save_profile(dataclasses.replace(client, grade="9C"))
        notes = NoteService(vault)
        autosave = notes.autosave(first.id, SessionNote(dt.date(2025, 9, 1), fields={"text": "a"}))
        draft, _ = notes.save_draft(
            first.id, SessionNote(dt.date(2025, 9, 1), fields={"text": "ab"}), autosave_id=autosave
        )
        assert draft.id is not None
        notes.sign(draft.id)
        notes.add_addendum(draft.id, "later", "a date was wrong")
        _, consent_id = _active_consent(vault)
        ConsentService(vault).revoke(consent_id, dt.date.today())
    _no_alarm(cli, sample_vault)

    assert (
        cli("passwd", sample_vault, stdin=f"{PASSPHRASE}\n{PASSPHRASE} 2\n{PASSPHRASE} 2\n")[0] == 0
    )
    assert (
        cli(
            "passwd",
            sample_vault,
            "--rotate-key",
            stdin=f"{PASSPHRASE} 2\n{PASSPHRASE}\n{PASSPHRASE}\n",
        )[0]
        == 0
    )
    _no_alarm(cli, sample_vault)
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        vault.replace_recovery_key(PASSPHRASE)
        backup = write_backup(vault, tmp_path / "b.cdbackup").path
        clients = ClientService(vault)
        last = clients.list_summaries()[-1]
        RetentionService(vault).destroy_client(last.id)  # delete + VACUUM
    _no_alarm(cli, sample_vault)

    restored = restore_backup(
        backup, tmp_path / "restored", lambda folder: Vault.open(folder, PASSPHRASE)
    )
    restored.close()
    _no_alarm(cli, tmp_path / "restored")

    # A crash: the vault is copied while open (its log not folded in, no head written at
    # a lock); the copy opens without an alarm and with the change.
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        clients = ClientService(vault)
        first = clients.list_summaries()[0]
        clients.save_profile(dataclasses.replace(clients.get(first.id), grade="10A"))
        crashed = tmp_path / "crashed"
        shutil.copytree(sample_vault, crashed)
    _no_alarm(cli, crashed)
    with Vault.open(crashed, PASSPHRASE) as vault:
        assert ClientService(vault).get(first.id).grade == "10A"


def test_a_key_rotation_stopped_right_after_its_rekey_opens_without_an_alarm(
    sample_vault: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    cli,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """The digest is kept under a key from the data key: a crash between the re-key and
    the next commit leaves it under the old key, and the copy summed under the new key
    that the rotation wrote first is used."""
    from counsel_desk.vault import vault as vault_module

    real_write_header = vault_module.write_header
    calls = []

    def stop_after_rekey(folder: Path, header: object) -> None:
        calls.append(header)
        if len(calls) == 2:  # the header promoting the new key: the crash comes first
            raise KeyboardInterrupt
        real_write_header(folder, header)  # type: ignore[arg-type]

    vault = Vault.open(sample_vault, PASSPHRASE)
    monkeypatch.setattr(vault_module, "write_header", stop_after_rekey)
    with pytest.raises(KeyboardInterrupt):
        vault.replace_recovery_key(PASSPHRASE)
    monkeypatch.setattr(vault_module, "write_header", real_write_header)
    vault._conn.close()  # type: ignore[union-attr]  # the process died: nothing more written
    with Vault.open(sample_vault, PASSPHRASE) as reopened:
        assert reopened.rollback_problem is None
    _no_alarm(cli, sample_vault)
