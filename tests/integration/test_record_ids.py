"""Records that can meet again (issue 18, item 1): every record has a stable id and the
stamp of its last change; a deleted record leaves a tombstone; a restored copy stamps
with its own device id; the clock never goes back."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from counsel_desk.domain.enums import ServiceComponent, ServiceField, ServiceStrategy
from counsel_desk.domain.model import Contact
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.services.clients import ClientService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.services.notes import NoteService
from counsel_desk.services.reminders import ReminderService
from counsel_desk.services.retention import RetentionService
from counsel_desk.vault import KdfParams, Vault, identity
from counsel_desk.vault.backup import restore_backup, write_backup
from counsel_desk.vault.connection import DatabaseError
from counsel_desk.vault.migrations import m0013_record_ids
from tests.conftest import SAMPLE_CASELOAD
from tests.fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, FIXTURES
from tests.integration.conftest import PASSPHRASE


class SettableClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> SettableClock:
    # Ahead of the computer's clock, which stamped the rows of the migrations.
    return SettableClock(dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=1))


@pytest.fixture
def vault(vault_path: Path, cheap: KdfParams, clock: SettableClock) -> Iterator[Vault]:
    with Vault.create(vault_path, PASSPHRASE, cheap, clock=clock) as v:
        InterchangeService(v).import_text(SAMPLE_CASELOAD.read_bytes())
        yield v


def _ids(vault: Vault, table: str) -> dict[int, tuple[str, str]]:
    with vault.reading() as conn:
        rows = conn.execute(f"SELECT rowid, uid, stamp FROM {table}").fetchall()
    return {int(r[0]): (str(r[1]), str(r[2])) for r in rows}


def _client_id(vault: Vault, code: str) -> int:
    return next(s.id for s in ClientService(vault).list_summaries() if s.case_code == code)


def _every_record_has_its_id(vault: Vault) -> int:
    seen: set[str] = set()
    with vault.reading() as conn:
        for table in identity.record_tables(conn):
            for uid, stamp in conn.execute(f"SELECT uid, stamp FROM {table}"):
                assert identity.is_uid(uid), (table, uid)
                assert identity.is_stamp(stamp), (table, stamp)
                assert uid not in seen
                seen.add(uid)
    return len(seen)


def test_every_record_of_an_imported_caseload_has_an_id_and_a_stamp(vault: Vault) -> None:
    assert _every_record_has_its_id(vault) >= 4 + 8 + 10
    with vault.reading() as conn:
        tables = set(identity.record_tables(conn))
    assert set(m0013_record_ids.RECORD_TABLES) == tables


def test_every_table_is_a_record_a_part_of_one_or_named_as_neither(vault: Vault) -> None:
    """A table added later cannot be forgotten: it must take ids, be a part, or be
    declared as the vault's own bookkeeping."""
    with vault.reading() as conn:
        tables = {
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        }
        derived = {
            str(r[0])
            for r in conn.execute("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL%'")
        }
        records = set(identity.record_tables(conn))
    tables = {t for t in tables if not any(t.startswith(f"{d}_") for d in derived)}
    parts = {p[0] for p in identity.PARTS}
    assert records.isdisjoint(parts) and records.isdisjoint(identity.NOT_SYNCED)
    assert tables == records | parts | identity.NOT_SYNCED


def test_an_edit_moves_the_stamp_and_keeps_the_id(vault: Vault, clock: SettableClock) -> None:
    service = ClientService(vault)
    cid = _client_id(vault, "C-0001")
    uid, before = _ids(vault, "clients")[cid]
    other = {k: v for k, v in _ids(vault, "clients").items() if k != cid}
    clock.now += dt.timedelta(minutes=5)
    service.save_profile(replace(service.get(cid), school="SMPN 2 Bandung"))
    after_uid, after = _ids(vault, "clients")[cid]
    assert after_uid == uid
    assert after > before
    utc = clock.now.astimezone(dt.UTC)
    assert after.startswith(utc.strftime("%Y-%m-%dT%H:%M:%S.000Z/0000/"))
    assert {k: v for k, v in _ids(vault, "clients").items() if k != cid} == other


def test_a_follow_up_marked_done_gets_a_new_stamp(vault: Vault, clock: SettableClock) -> None:
    reminders = ReminderService(vault)
    follow_up = reminders.add_follow_up(_client_id(vault, "C-0001"), dt.date(2026, 9, 10), "Cek")
    assert follow_up.id is not None
    uid, before = _ids(vault, "follow_ups")[follow_up.id]
    clock.now += dt.timedelta(minutes=1)
    reminders.complete_follow_up(follow_up.id)
    assert _ids(vault, "follow_ups")[follow_up.id][0] == uid
    assert _ids(vault, "follow_ups")[follow_up.id][1] > before


@pytest.mark.parametrize(
    ("part", "statement"),
    [
        ("client_tags", "INSERT INTO client_tags (client_id, position, tag) VALUES (1, 9, 'x')"),
        ("contacts", "DELETE FROM contacts WHERE client_id = 1"),
        ("other_people", "UPDATE other_people SET name = name || 'x' WHERE client_id = 1"),
    ],
)
def test_a_part_changed_by_itself_moves_its_records_stamp(
    vault: Vault, clock: SettableClock, part: str, statement: str
) -> None:
    with vault.transaction() as conn:
        conn.execute("INSERT INTO other_people (client_id, position, name) VALUES (1, 5, 'Rina')")
        conn.execute(
            "INSERT INTO contacts (client_id, role, position, name) VALUES (1, 'guardian', 5, 'A')"
        )
    _, before = _ids(vault, "clients")[1]
    others = {k: v for k, v in _ids(vault, "clients").items() if k != 1}
    clock.now += dt.timedelta(minutes=1)
    with vault.transaction() as conn:
        assert conn.execute(statement).rowcount >= 1
    assert _ids(vault, "clients")[1][1] > before
    assert {k: v for k, v in _ids(vault, "clients").items() if k != 1} == others


def test_a_changed_contact_moves_its_clients_stamp(vault: Vault, clock: SettableClock) -> None:
    service = ClientService(vault)
    cid = _client_id(vault, "C-0001")
    client = service.get(cid)
    _, before = _ids(vault, "clients")[cid]
    clock.now += dt.timedelta(minutes=1)
    guardian = Contact(name="Ibu Sari", relationship="ibu", phone="0812 3456 7890")
    service.save_profile(replace(client, guardians=[*client.guardians, guardian]))
    assert _ids(vault, "clients")[cid][1] > before
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM tombstones").fetchone()[0] == 0


def test_signing_a_note_stamps_it_and_an_addendum_is_a_record_of_its_own(
    vault: Vault, clock: SettableClock
) -> None:
    notes = NoteService(vault)
    with vault.reading() as conn:
        (draft_id,) = conn.execute("SELECT id FROM sessions WHERE signed_at IS NULL").fetchone()
    _, before = _ids(vault, "sessions")[draft_id]
    clock.now += dt.timedelta(minutes=1)
    assert notes.sign(draft_id) == []
    _, signed = _ids(vault, "sessions")[draft_id]
    assert signed > before
    addenda = set(_ids(vault, "addenda"))
    clock.now += dt.timedelta(minutes=1)
    notes.add_addendum(draft_id, "Ibunya menelepon: sudah lebih tenang.")
    assert _ids(vault, "sessions")[draft_id][1] == signed  # a signed note never changes
    (new,) = set(_ids(vault, "addenda")) - addenda
    assert _ids(vault, "addenda")[new][1] > signed


def test_a_deleted_record_leaves_a_tombstone_with_its_id_only(vault: Vault) -> None:
    reminders = ReminderService(vault)
    cid = _client_id(vault, "C-0001")
    follow_up = reminders.add_follow_up(cid, dt.date(2026, 9, 10), "Tanya kabar Budi")
    (row, (uid, _)) = next(iter(_ids(vault, "follow_ups").items()))
    assert follow_up.id == row
    with vault.transaction() as conn:
        conn.execute("DELETE FROM follow_ups WHERE id = ?", (row,))
    with vault.reading() as conn:
        stones = conn.execute("SELECT uid, kind, stamp FROM tombstones").fetchall()
    assert [(str(u), str(k)) for u, k, _ in stones] == [(uid, "follow_ups")]
    assert identity.is_stamp(stones[0][2])


def test_a_destroyed_client_leaves_one_tombstone_and_none_of_her_records(vault: Vault) -> None:
    """Her records' tombstones would tell what she had (a duty action: a report made)
    and when each was made (a UUIDv7 carries it); hers is enough for a merge."""
    cid = _client_id(vault, "C-0003")
    (client_uid, _) = _ids(vault, "clients")[cid]
    RetentionService(vault, today=lambda: dt.date(2031, 1, 1)).destroy_client(cid)
    with vault.reading() as conn:
        stones = conn.execute("SELECT uid, kind FROM tombstones").fetchall()
    assert [(str(u), str(k)) for u, k in stones] == [(client_uid, "clients")]


def test_an_unchanged_save_moves_no_stamp(vault: Vault, clock: SettableClock) -> None:
    """Saving a form she did not change must not win a later merge over a real edit."""
    clients, notes = ClientService(vault), NoteService(vault)
    cid = _client_id(vault, "C-0001")
    with vault.reading() as conn:
        (draft_id, owner) = conn.execute(
            "SELECT id, client_id FROM sessions WHERE signed_at IS NULL"
        ).fetchone()
    before = (_ids(vault, "clients"), _ids(vault, "sessions"))
    clock.now += dt.timedelta(minutes=3)
    clients.save_profile(clients.get(cid))
    notes.save_draft(owner, notes.get(draft_id)[1])
    assert (_ids(vault, "clients"), _ids(vault, "sessions")) == before
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM tombstones").fetchone()[0] == 0


def test_two_handles_of_one_vault_never_stamp_backwards(
    vault: Vault, vault_path: Path, clock: SettableClock
) -> None:
    """The CLI beside the window: each counts on from the other's newest stamp."""
    behind = SettableClock(clock.now - dt.timedelta(hours=1))
    with Vault.open(vault_path, PASSPHRASE, clock=behind) as other:
        clock.now += dt.timedelta(minutes=1)
        ClientService(vault).save_profile(
            replace(ClientService(vault).get(_client_id(vault, "C-0001")), school="SMPN 7")
        )
        _, ahead = _ids(vault, "clients")[_client_id(vault, "C-0001")]
        service = ClientService(other)
        cid = _client_id(other, "C-0002")
        service.save_profile(replace(service.get(cid), school="SMPN 8"))
        _, later = _ids(other, "clients")[cid]
        with other.reading() as conn:
            (kept,) = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    assert later > ahead
    assert kept == later


def test_a_strike_and_a_classification_have_the_same_id_on_every_copy(
    vault: Vault, tmp_path: Path
) -> None:
    """One per note: the id follows from the note's, so two copies that each strike or
    classify the same note meet as one record, and clearing and setting keeps it."""
    backup = write_backup(vault, tmp_path / "backups").path
    copy = restore_backup(backup, tmp_path / "Copy", lambda p: Vault.open(p, PASSPHRASE))
    with vault.reading() as conn:
        (signed,) = conn.execute(
            "SELECT id FROM sessions WHERE signed_at IS NOT NULL AND id NOT IN "
            "(SELECT session_id FROM note_strikes) LIMIT 1"
        ).fetchone()
    service = ServiceClass(
        ServiceComponent.RESPONSIVE, ServiceStrategy.INDIVIDUAL_COUNSELING, (ServiceField.SOCIAL,)
    )
    with copy:
        for one in (vault, copy):
            NoteService(one).strike(signed, "Ditulis di catatan klien yang salah.")
            NoteService(one).classify(signed, service)
        for table in ("note_strikes", "session_services"):
            mine = {k: u for k, (u, _) in _ids(vault, table).items()}
            assert mine == {k: u for k, (u, _) in _ids(copy, table).items()}, table
        kept = _ids(copy, "session_services")[signed][0]
        NoteService(copy).classify(signed, None)
        NoteService(copy).classify(signed, service)
        assert _ids(copy, "session_services")[signed][0] == kept
        with copy.reading() as conn:
            assert conn.execute("SELECT count(*) FROM tombstones").fetchone()[0] == 0


def test_a_record_without_an_id_or_with_a_changed_id_is_refused(vault: Vault) -> None:
    with pytest.raises(DatabaseError, match="uid and stamp"), vault.transaction() as conn:
        conn.execute(
            "INSERT INTO follow_ups (client_id, due_on, text, created_at) "
            "VALUES (1, '2026-09-02', 'x', '2026-09-01T08:00:00')"
        )
    with pytest.raises(DatabaseError, match="keeps its uid"), vault.transaction() as conn:
        conn.execute("UPDATE clients SET uid = ? WHERE id = 1", (identity.new_uid(),))


def test_the_clock_never_goes_back_across_a_restart_with_the_clock_set_back_a_year(
    vault: Vault, vault_path: Path, clock: SettableClock
) -> None:
    cid = _client_id(vault, "C-0001")
    service = ClientService(vault)
    clock.now += dt.timedelta(hours=1)
    service.save_profile(replace(service.get(cid), school="SMPN 3"))
    _, newest = _ids(vault, "clients")[cid]
    vault.close()
    clock.now -= dt.timedelta(days=365)  # the laptop's battery died
    with Vault.open(vault_path, PASSPHRASE, clock=clock) as again:
        again_service = ClientService(again)
        again_service.save_profile(replace(again_service.get(cid), school="SMPN 4"))
        _, later = _ids(again, "clients")[cid]
    assert later > newest
    assert identity.parse_stamp(later)[0] == identity.parse_stamp(newest)[0]


def test_a_restored_backup_keeps_the_ids_and_stamps_with_a_new_device_id(
    vault: Vault, tmp_path: Path
) -> None:
    ids = {t: _ids(vault, t) for t in ("clients", "sessions", "consents", "addenda")}
    device = vault.device_id
    assert device is not None and identity.is_device_id(device)
    backup = write_backup(vault, tmp_path / "backups").path
    restored = restore_backup(backup, tmp_path / "Restored", lambda p: Vault.open(p, PASSPHRASE))
    with restored:
        assert restored.header.vault_id == vault.header.vault_id
        assert restored.device_id not in (None, device)
        assert {t: _ids(restored, t) for t in ids} == ids
        cid = _client_id(restored, "C-0001")
        service = ClientService(restored)
        service.save_profile(replace(service.get(cid), school="SMPN 5"))
        assert _ids(restored, "clients")[cid][1].endswith(f"/{restored.device_id}")
    assert vault.device_id == device


def test_a_vault_of_schema_12_gets_ids_and_keeps_its_signed_notes_locked(tmp_path: Path) -> None:
    copy = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-schema-12", copy)
    with Vault.open(copy, FIXTURE_PASSPHRASE) as vault:
        assert _every_record_has_its_id(vault) >= 4 + 8 + 10
        assert vault.check_integrity() == []
        with pytest.raises(DatabaseError, match="signed note is locked"), vault.transaction() as c:
            c.execute("UPDATE sessions SET duration_minutes = 1 WHERE signed_at IS NOT NULL")
        with pytest.raises(DatabaseError, match="never edited"), vault.transaction() as c:
            c.execute("UPDATE addenda SET text = 'changed'")


def test_a_restore_cut_short_once_the_copy_is_in_place_still_has_its_own_device_id(
    vault: Vault, tmp_path: Path
) -> None:
    backup = write_backup(vault, tmp_path / "backups").path
    opened: list[Path] = []

    def opener(path: Path) -> Vault:
        opened.append(path)
        if len(opened) == 2:  # the copy is in place: the power fails here
            raise KeyboardInterrupt
        return Vault.open(path, PASSPHRASE)

    with pytest.raises(KeyboardInterrupt):
        restore_backup(backup, tmp_path / "Restored", opener)
    with Vault.open(tmp_path / "Restored", PASSPHRASE) as restored:
        assert restored.device_id not in (None, vault.device_id)
