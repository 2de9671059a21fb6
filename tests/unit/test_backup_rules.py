"""The rules a backup keeps, each stated on both of its sides (issue 24): what a backup
holds and says about itself, what makes one unusable, when an automatic one is deleted,
and that a restore replaces nothing until the copy proves whole.

One small vault (cheap Argon2 parameters, on purpose: these are tests) is backed up once
per test; hostile archives are built in memory from its real members. Fast enough to
run against every mutant of vault/backup.py (``python3 dev.py mutate vault/backup.py``).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import re
import stat
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsel_desk.vault import KdfParams, Vault, seen_heads
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.backup import (
    BackupInfo,
    Rotation,
    auto_backup_name,
    automatic_backup,
    backups_to_delete,
    list_backups,
    read_manifest,
    restore_backup,
    unpack_backup,
    write_backup,
)
from counsel_desk.vault.errors import StorageError, VaultDamagedError, VaultExistsError
from counsel_desk.vault.header import MAX_HEADER_BYTES
from tests.translations import finished_translations

PASSPHRASE = "a backup passphrase, tested cheaply"
WHEN = dt.datetime(2026, 7, 1, 9, 30, 15)


def _clock(when: dt.datetime = WHEN):  # type: ignore[no-untyped-def]
    return lambda: when


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    with Vault.create(tmp_path / "vault", PASSPHRASE, KdfParams.cheap_for_tests()) as v:
        yield v


@pytest.fixture
def backup(vault: Vault, tmp_path: Path) -> Path:
    return write_backup(vault, tmp_path / "b.cdbackup", clock=_clock()).path


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _tar(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _with_manifest(path: Path, out: Path, **changes: object) -> Path:
    members = _members(path)
    manifest = json.loads(members["manifest.json"])
    for key, value in changes.items():
        if value is _DROP:
            del manifest[key]
        else:
            manifest[key] = value
    members["manifest.json"] = json.dumps(manifest).encode()
    return _tar(out, members)


_DROP = object()


FINISHED = finished_translations()


def _told(error: BaseException) -> str:
    """The English text of a refusal, after checking that she reads it in Indonesian too:
    its context is the Backups one and the committed translation has it finished."""
    message = getattr(error, "message", None)
    assert message is not None, error
    assert message.context == "Backups", message.template
    assert ("Backups", message.template) in FINISHED, message.template
    return str(error)


def _refused(path: Path, target: Path, why: str) -> None:
    """Unpacking ``path`` is refused with exactly this reason, and leaves nothing."""
    with pytest.raises(VaultDamagedError) as err:
        unpack_backup(path, target)
    assert _told(err.value) == f"This backup cannot be used: {why}. Nothing was changed."
    assert not target.exists()


# --- what a backup holds --------------------------------------------------------------


def test_a_backup_holds_the_vault_files_as_they_are_on_disk_with_their_sums(
    vault: Vault, tmp_path: Path
) -> None:
    info = write_backup(vault, tmp_path / "b.cdbackup", clock=_clock(WHEN.replace(microsecond=7)))
    members = _members(info.path)
    assert list(members) == ["manifest.json", "vault.json", "records.db"]
    manifest = json.loads(members["manifest.json"])
    assert manifest == {
        "format": "counsel-desk-backup/1",
        "vault_id": vault.header.vault_id,
        "created_at": "2026-07-01T09:30:15",  # to the second
        "schema_version": info.schema_version,
        "files": {
            "vault.json": hashlib.sha256(members["vault.json"]).hexdigest(),
            "records.db": hashlib.sha256(members["records.db"]).hexdigest(),
        },
        "sizes": {
            "vault.json": len(members["vault.json"]),
            "records.db": len(members["records.db"]),
        },
    }
    assert members["vault.json"] == (vault.folder / "vault.json").read_bytes()
    assert info.schema_version >= 1
    assert info == BackupInfo(
        info.path, vault.header.vault_id, WHEN, info.schema_version, info.path.stat().st_size
    )
    assert info.path.is_absolute()


def test_every_member_is_owner_only_and_dated_when_the_backup_was_made(backup: Path) -> None:
    with tarfile.open(backup) as tar:
        for member in tar.getmembers():
            assert member.mode == 0o600
            assert member.mtime == int(WHEN.timestamp())
            assert member.isreg()


def test_a_backup_into_a_missing_folder_makes_it_owner_only(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "stick" / "backups" / "b.cdbackup"
    write_backup(vault, out, clock=_clock())
    assert out.is_file()
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_each_backup_written_is_in_the_audit_log_by_its_file_name(
    vault: Vault, tmp_path: Path
) -> None:
    write_backup(vault, tmp_path / "monday.cdbackup", clock=_clock())
    entries = [e for e in vault.audit.entries() if e.action == AuditAction.BACKUP_WRITTEN]
    assert [e.detail for e in entries] == ["monday.cdbackup"]


def test_a_backup_that_cannot_be_written_says_why_and_leaves_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "full"
    folder.mkdir()
    (folder / "b.cdbackup").mkdir()  # a folder where the file would go
    with pytest.raises(StorageError) as err:
        write_backup(vault, folder / "b.cdbackup", clock=_clock())
    told = _told(err.value)
    assert re.fullmatch(r"The backup could not be written: (?!None)[^.]+\.", told), told
    assert [p.name for p in folder.iterdir()] == ["b.cdbackup"]


def test_a_backup_whose_drive_is_gone_says_reconnect(vault: Vault, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.write_bytes(b"")  # not a folder: the drive is not there
    with pytest.raises(StorageError) as err:
        write_backup(vault, stick / "b.cdbackup", clock=_clock())
    told = _told(err.value)
    assert re.fullmatch(
        r"The backup could not be written: the drive it was going to was removed or cannot "
        r"be reached \((?!None)[^)]+\)\. No backup was made there; the vault is unchanged\. "
        r"Reconnect the drive and back up again\.",
        told,
    ), told


# --- what a backup says about itself ----------------------------------------------------


def test_read_manifest_tells_the_vault_the_time_and_the_size(vault: Vault, backup: Path) -> None:
    info = read_manifest(backup)
    assert info.path == backup
    assert info.vault_id == vault.header.vault_id
    assert info.created_at == WHEN
    assert info.size == backup.stat().st_size


def test_a_time_with_a_zone_is_read_in_local_time(backup: Path, tmp_path: Path) -> None:
    zoned = dt.datetime(2026, 7, 1, 2, 0, tzinfo=dt.UTC)
    out = _with_manifest(backup, tmp_path / "z.cdbackup", created_at=zoned.isoformat())
    created = read_manifest(out).created_at
    assert created.tzinfo is None
    assert created == zoned.astimezone().replace(tzinfo=None)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"created_at": "yesterday"}, "its manifest is damaged"),
        ({"schema_version": "two"}, "its manifest is damaged"),
        ({"vault_id": _DROP}, "its manifest is damaged"),
        ({"created_at": _DROP}, "its manifest is damaged"),
        ({"format": "counsel-desk-backup/2"}, "it is not a Counsel Desk backup"),
        ({"format": _DROP}, "it is not a Counsel Desk backup"),
    ],
)
def test_a_manifest_that_does_not_say_what_it_must_is_refused(
    backup: Path, tmp_path: Path, change: dict[str, object], words: str
) -> None:
    out = _with_manifest(backup, tmp_path / "m.cdbackup", **change)
    with pytest.raises(VaultDamagedError) as err:
        read_manifest(out)
    assert _told(err.value) == f"This backup cannot be used: {words}. Nothing was changed."


def test_a_manifest_that_is_not_an_object_is_refused(backup: Path, tmp_path: Path) -> None:
    members = _members(backup)
    members["manifest.json"] = b'["counsel-desk-backup/1"]'
    with pytest.raises(VaultDamagedError) as err:
        read_manifest(_tar(tmp_path / "list.cdbackup", members))
    assert "not a Counsel Desk backup" in str(err.value)


def test_a_manifest_of_exactly_64_kib_is_read_and_one_byte_more_is_refused(
    backup: Path, tmp_path: Path
) -> None:
    members = _members(backup)
    manifest = members["manifest.json"]
    members["manifest.json"] = manifest + b" " * (64 * 1024 - len(manifest))
    assert read_manifest(_tar(tmp_path / "at.cdbackup", members)).created_at == WHEN
    members["manifest.json"] += b" "
    with pytest.raises(VaultDamagedError):
        read_manifest(_tar(tmp_path / "over.cdbackup", members))
    _refused(tmp_path / "over.cdbackup", tmp_path / "t", "its manifest is far too large")


# --- what makes a backup unusable ---------------------------------------------------------


def test_unpacking_checks_every_sum_and_writes_owner_only_files(
    backup: Path, vault: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "unpacked"
    info = unpack_backup(backup, target)
    assert info.vault_id == vault.header.vault_id
    assert sorted(p.name for p in target.iterdir()) == ["records.db", "vault.json"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    members = _members(backup)
    for name in ("records.db", "vault.json"):
        assert (target / name).read_bytes() == members[name]
        assert stat.S_IMODE((target / name).stat().st_mode) == 0o600


def test_unpacking_never_writes_into_a_folder_that_exists(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "there"
    target.mkdir()
    with pytest.raises(VaultExistsError) as err:
        unpack_backup(backup, target)
    assert str(target) in str(err.value)
    assert list(target.iterdir()) == []


@pytest.mark.parametrize("name", ["records.db", "vault.json"])
def test_one_changed_byte_in_either_file_refuses_the_backup(
    backup: Path, tmp_path: Path, name: str
) -> None:
    members = _members(backup)
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    members[name] = bytes(data)
    out = _tar(tmp_path / "flip.cdbackup", members)
    _refused(out, tmp_path / "t", f"{name} does not match its checksum")


def test_a_backup_from_before_sizes_were_listed_still_unpacks(backup: Path, tmp_path: Path) -> None:
    out = _with_manifest(backup, tmp_path / "old.cdbackup", sizes=_DROP)
    unpack_backup(out, tmp_path / "t")
    assert (tmp_path / "t" / "records.db").is_file()


@pytest.mark.parametrize("name", ["records.db", "vault.json"])
def test_a_file_not_the_size_its_manifest_says_is_refused(
    backup: Path, tmp_path: Path, name: str
) -> None:
    manifest = json.loads(_members(backup)["manifest.json"])
    sizes = dict(manifest["sizes"])
    sizes[name] += 1
    out = _with_manifest(backup, tmp_path / "s.cdbackup", sizes=sizes)
    _refused(out, tmp_path / "t", "a file is not the size its manifest says")


@pytest.mark.parametrize("sizes", [[1, 2], "big", None])
def test_sizes_that_are_not_a_table_of_sizes_are_refused(
    backup: Path, tmp_path: Path, sizes: object
) -> None:
    out = _with_manifest(backup, tmp_path / "s.cdbackup", sizes=sizes)
    if sizes is None:  # null: read as a backup from before sizes were listed
        unpack_backup(out, tmp_path / "t")
        return
    _refused(out, tmp_path / "t", "a file is not the size its manifest says")


@pytest.mark.parametrize(
    ("files", "words"),
    [
        ({"records.db": "0" * 64}, "its manifest lists the wrong files"),
        (["records.db", "vault.json"], "its manifest lists the wrong files"),
        ({"records.db": 1, "vault.json": 2}, "its manifest is damaged"),
        ({"records.db": "a", "vault.json": 2}, "its manifest is damaged"),
    ],
)
def test_a_manifest_listing_the_wrong_files_is_refused(
    backup: Path, tmp_path: Path, files: object, words: str
) -> None:
    out = _with_manifest(backup, tmp_path / "f.cdbackup", files=files)
    _refused(out, tmp_path / "t", words)


def test_a_header_of_the_largest_size_is_checked_and_one_byte_more_is_refused(
    backup: Path, tmp_path: Path
) -> None:
    members = _members(backup)
    members["vault.json"] = b" " * MAX_HEADER_BYTES
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["vault.json"] = hashlib.sha256(members["vault.json"]).hexdigest()
    manifest["sizes"]["vault.json"] = MAX_HEADER_BYTES
    members["manifest.json"] = json.dumps(manifest).encode()
    unpack_backup(_tar(tmp_path / "at.cdbackup", members), tmp_path / "at")
    assert (tmp_path / "at" / "vault.json").stat().st_size == MAX_HEADER_BYTES
    members["vault.json"] += b" "
    manifest["sizes"]["vault.json"] += 1
    members["manifest.json"] = json.dumps(manifest).encode()
    _refused(
        _tar(tmp_path / "over.cdbackup", members), tmp_path / "t", "vault.json is far too large"
    )


@pytest.mark.parametrize("missing", ["manifest.json", "vault.json", "records.db"])
def test_a_backup_missing_one_of_its_three_files_is_refused(
    backup: Path, tmp_path: Path, missing: str
) -> None:
    members = _members(backup)
    del members[missing]
    _refused(_tar(tmp_path / "m.cdbackup", members), tmp_path / "t", "a file is missing from it")


def test_a_repeated_or_stranger_member_is_refused_by_name(backup: Path, tmp_path: Path) -> None:
    members = _members(backup)
    out = tmp_path / "x.cdbackup"
    with tarfile.open(out, "w") as tar:
        for name, data in [*members.items(), ("notes.txt", b"hello")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    _refused(out, tmp_path / "t", "it holds an unexpected file ('notes.txt')")
    with tarfile.open(out, "w") as tar:
        for name, data in [*members.items(), ("records.db", b"again")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    _refused(out, tmp_path / "t", "it holds an unexpected file ('records.db')")


def test_a_long_stranger_name_is_shown_cut_to_80_characters(backup: Path, tmp_path: Path) -> None:
    members = {"x" * 90: b"", **_members(backup)}
    why = f"it holds an unexpected file ({'x' * 80!r})"
    _refused(_tar(tmp_path / "x.cdbackup", members), tmp_path / "t", why)


def test_a_link_member_is_refused(backup: Path, tmp_path: Path) -> None:
    members = _members(backup)
    out = tmp_path / "link.cdbackup"
    with tarfile.open(out, "w") as tar:
        for name in ("manifest.json", "vault.json"):
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            tar.addfile(info, io.BytesIO(members[name]))
        link = tarfile.TarInfo("records.db")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tar.addfile(link)
    _refused(out, tmp_path / "t", "records.db is not a plain file")


def test_a_backup_cut_anywhere_in_its_last_file_is_incomplete(backup: Path, tmp_path: Path) -> None:
    data = backup.read_bytes()
    with tarfile.open(backup) as tar:
        last = tar.getmembers()[-1]
    end = last.offset_data + last.size
    whole = tmp_path / "whole.cdbackup"
    whole.write_bytes(data[:end])  # not a byte of the last file missing: still whole
    assert read_manifest(whole).size == end
    cut = tmp_path / "cut.cdbackup"
    cut.write_bytes(data[: end - 1])
    _refused(cut, tmp_path / "t", "it is incomplete")
    with pytest.raises(VaultDamagedError):
        read_manifest(cut)


def test_a_member_larger_than_the_whole_backup_is_refused_as_such(
    backup: Path, tmp_path: Path
) -> None:
    members = _members(backup)
    out = tmp_path / "claim.cdbackup"
    with out.open("wb") as fh:
        for name in ("manifest.json", "vault.json"):
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            fh.write(info.tobuf() + members[name] + b"\0" * (-len(members[name]) % 512))
        huge = tarfile.TarInfo("records.db")
        size = fh.tell() + 512  # the file itself, exactly: one byte more is a lie
        huge.size = size + 1
        fh.write(huge.tobuf())
    assert out.stat().st_size == size
    _refused(out, tmp_path / "t", "records.db claims to be larger than the backup")
    huge.size = size  # as large as the whole file, its own header included: cut short
    out.write_bytes(out.read_bytes()[:-512] + huge.tobuf())
    _refused(out, tmp_path / "t", "it is incomplete")


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path) -> None:
    photo = tmp_path / "holiday.cdbackup"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    _refused(photo, tmp_path / "t", "it is not a Counsel Desk backup or it is damaged")


# --- restore ---------------------------------------------------------------------------


def _opener(folder: Path) -> Vault:
    return Vault.open(folder, PASSPHRASE)


def test_a_restore_puts_the_vault_in_place_and_records_when_the_backup_was_made(
    backup: Path, vault: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "restored"
    with restore_backup(backup, target, _opener) as restored:
        assert restored.header.vault_id == vault.header.vault_id
        assert restored.folder == target.absolute()
        entries = restored.audit.entries()
        restores = [e for e in entries if e.action == AuditAction.RESTORED]
        assert [e.detail for e in restores] == [WHEN.isoformat()]
        assert restored.audit.verify().ok
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".restored")] == []


def test_a_restore_into_an_empty_folder_is_allowed(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    restore_backup(backup, target, _opener).close()
    assert (target / "records.db").is_file()


def test_a_restore_never_writes_into_a_folder_with_anything_in_it(
    backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "used"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(VaultExistsError) as err:
        restore_backup(backup, target, _opener)
    assert str(target) in str(err.value)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    file_target = tmp_path / "a-file"
    file_target.write_text("x")
    with pytest.raises(VaultExistsError):
        restore_backup(backup, file_target, _opener)


def test_a_restore_onto_a_symbolic_link_is_refused_and_follows_nothing(
    backup: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "link"
    link.symlink_to(elsewhere)
    with pytest.raises(StorageError) as err:
        restore_backup(backup, link, _opener)
    assert _told(err.value) == (
        f"{link.absolute()} is a symbolic link: restore into a new folder of its own. "
        "Nothing was changed."
    )
    assert list(elsewhere.iterdir()) == []


def test_a_backup_whose_header_belongs_to_another_vault_is_refused(
    backup: Path, tmp_path: Path
) -> None:
    out = _with_manifest(backup, tmp_path / "other.cdbackup", vault_id="another-vault")
    target = tmp_path / "restored"
    with pytest.raises(VaultDamagedError) as err:
        restore_backup(out, target, _opener)
    assert _told(err.value) == (
        "This backup cannot be used: it belongs to another vault. Nothing was changed."
    )
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".restored")] == []


def test_a_restore_whose_copy_fails_to_open_removes_its_staging(
    backup: Path, tmp_path: Path
) -> None:
    def refuse(folder: Path) -> Vault:
        assert folder.name.startswith(".restored.restoring-")
        assert (folder / "records.db").is_file()
        raise VaultDamagedError("no")

    with pytest.raises(VaultDamagedError):
        restore_backup(backup, tmp_path / "restored", refuse)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.cdbackup", "vault"]


def test_a_restored_copy_is_no_rollback_on_this_computer(
    backup: Path, vault: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "restored"
    seen_heads.remember(vault.header.vault_id, target.absolute(), 10_000, "f" * 64)
    restore_backup(backup, target, _opener).close()
    head = seen_heads.last_seen(vault.header.vault_id, target.absolute())
    assert head is None or head[0] < 10_000


# --- automatic backups and their rotation ----------------------------------------------


def test_automatic_backups_are_named_for_their_second_and_never_replace_another(
    tmp_path: Path,
) -> None:
    assert auto_backup_name(WHEN) == "auto-20260701-093015.cdbackup"
    assert auto_backup_name(WHEN, tmp_path) == "auto-20260701-093015.cdbackup"
    (tmp_path / "auto-20260701-093015.cdbackup").write_bytes(b"")
    assert auto_backup_name(WHEN, tmp_path) == "auto-20260701-093015-2.cdbackup"
    (tmp_path / "auto-20260701-093015-2.cdbackup").write_bytes(b"")
    assert auto_backup_name(WHEN, tmp_path) == "auto-20260701-093015-3.cdbackup"


def _info(when: dt.datetime, name: str | None = None) -> BackupInfo:
    return BackupInfo(Path(name or f"auto-{when:%Y%m%d-%H%M%S}.cdbackup"), "v", when, 2, 1)


def test_the_newest_keep_last_backups_are_kept_and_the_next_one_goes() -> None:
    today = WHEN.date()
    old = [_info(WHEN - dt.timedelta(days=100, minutes=i)) for i in range(4)]  # one old day
    assert backups_to_delete(old, Rotation(keep_last=4, keep_daily_days=30), today) == []
    doomed = backups_to_delete(old, Rotation(keep_last=3, keep_daily_days=30), today)
    assert doomed == [old[3]]
    assert backups_to_delete(old, Rotation(keep_last=0, keep_daily_days=0), today) == old


def test_one_a_day_is_kept_for_keep_daily_days_and_it_is_the_days_newest() -> None:
    today = WHEN.date()
    rotation = Rotation(keep_last=0, keep_daily_days=3)
    evening = dt.datetime(2026, 6, 29, 20, 0)  # two days before today: kept
    morning = evening.replace(hour=8)
    third = dt.datetime(2026, 6, 28, 20, 0)  # three days before: the day is out
    backups = [_info(evening), _info(morning), _info(third)]
    assert backups_to_delete(backups, rotation, today) == [_info(morning), _info(third)]
    wider = backups_to_delete(backups, Rotation(keep_last=0, keep_daily_days=4), today)
    assert wider == [_info(morning)]


def test_rotation_returns_the_doomed_newest_first() -> None:
    backups = [_info(WHEN - dt.timedelta(days=d)) for d in (50, 40, 60)]
    doomed = backups_to_delete(backups, Rotation(keep_last=0, keep_daily_days=30), WHEN.date())
    assert [b.created_at for b in doomed] == sorted((b.created_at for b in backups), reverse=True)


def test_list_backups_reads_the_good_ones_newest_first_and_skips_the_rest(
    vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    first = write_backup(vault, folder / "a.cdbackup", clock=_clock(WHEN))
    second = write_backup(vault, folder / "b.cdbackup", clock=_clock(WHEN + dt.timedelta(hours=1)))
    (folder / "broken.cdbackup").write_bytes(b"not a backup")
    (folder / "c.tar").write_bytes(first.path.read_bytes())
    assert [b.path.name for b in list_backups(folder)] == [second.path.name, first.path.name]
    assert list_backups(tmp_path / "nowhere") == []
    (tmp_path / "a-file").write_text("x")
    assert list_backups(tmp_path / "a-file") == []


def test_an_automatic_backup_rotates_only_this_vaults_automatic_backups(
    vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    made = [
        automatic_backup(vault, folder, Rotation(1, 0), clock=_clock(WHEN + dt.timedelta(s)))
        for s in range(3)
    ]
    assert [p.name for p in sorted(folder.iterdir())] == [made[-1].path.name]
    # a hand-made backup of this vault and another vault's automatic ones stay
    mine = write_backup(vault, folder / "before-the-trip.cdbackup", clock=_clock())
    other = tmp_path / "other"
    with Vault.create(other, PASSPHRASE, KdfParams.cheap_for_tests()) as theirs:
        foreign = write_backup(theirs, folder / "auto-20200101-000000.cdbackup", clock=_clock())
    last = automatic_backup(vault, folder, Rotation(1, 0), clock=_clock(WHEN + dt.timedelta(9)))
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [mine.path.name, foreign.path.name, last.path.name]
    )
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_automatic_backup_folder_that_cannot_be_made_is_named_in_the_message(
    vault: Vault, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as err:
        automatic_backup(vault, blocker / "backups", clock=_clock())
    message = _told(err.value)
    assert message.startswith(f"The backup folder {blocker / 'backups'} cannot be used: ")


def test_an_old_backup_that_cannot_be_deleted_now_stays_and_the_new_one_is_made(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "auto"
    first = automatic_backup(vault, folder, Rotation(1, 0), clock=_clock(WHEN))

    def refuse(self: Path, *_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    second = automatic_backup(vault, folder, Rotation(1, 0), clock=_clock(WHEN + dt.timedelta(1)))
    monkeypatch.undo()
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.path.name, second.path.name])


def test_a_compressed_archive_is_refused_and_never_unpacked(backup: Path, tmp_path: Path) -> None:
    # A backup is a plain tar: a compressed one could hold far more than its size (a
    # decompression bomb) and no Counsel Desk ever wrote one.
    packed = tmp_path / "packed.cdbackup"
    packed.write_bytes(gzip.compress(backup.read_bytes()))
    _refused(packed, tmp_path / "t", "it is not a Counsel Desk backup or it is damaged")


def test_unpacking_makes_the_missing_folders_above_the_target(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "restores" / "today"
    unpack_backup(backup, target)
    assert (target / "records.db").is_file()


def test_a_restore_leaves_this_computer_one_record_of_the_vault_and_none_of_its_staging(
    backup: Path, vault: Vault, tmp_path: Path
) -> None:
    restore_backup(backup, tmp_path / "restored", _opener).close()
    heads = json.loads(seen_heads.seen_heads_path().read_text(encoding="utf-8"))["heads"]
    mine = [k for k in heads if k.startswith(vault.header.vault_id + "/")]
    expected = {
        seen_heads.copy_key(vault.header.vault_id, tmp_path / "restored"),
        seen_heads.copy_key(vault.header.vault_id, vault.folder),
    }
    assert set(mine) <= expected
    assert seen_heads.copy_key(vault.header.vault_id, tmp_path / "restored") in mine


def _mkdir_fails(monkeypatch: pytest.MonkeyPatch, code: int, words: str) -> None:
    real = Path.mkdir

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if self.name == "t":
            raise OSError(code, words, str(self))
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", mkdir)


def test_unpacking_onto_a_full_disk_says_the_systems_reason(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    _mkdir_fails(monkeypatch, errno.ENOSPC, "No space left on device")
    with pytest.raises(StorageError) as err:
        unpack_backup(backup, tmp_path / "t")
    assert _told(err.value) == "The backup could not be unpacked: No space left on device."


def test_unpacking_onto_a_drive_that_went_away_says_reconnect(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    _mkdir_fails(monkeypatch, errno.EIO, "Input/output error")
    with pytest.raises(StorageError) as err:
        unpack_backup(backup, tmp_path / "t")
    assert _told(err.value) == (
        "The backup could not be unpacked: a drive it was read from or written to was "
        "removed or cannot be reached (Input/output error). Nothing was restored and "
        "nothing was left behind. Reconnect the drive and restore again."
    )


def test_a_backup_read_failing_midway_says_reconnect_and_leaves_nothing(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    real = tarfile.TarFile.extractfile

    def extract(self: tarfile.TarFile, member: tarfile.TarInfo | str):  # type: ignore[no-untyped-def]
        source = real(self, member)
        name = member if isinstance(member, str) else member.name
        if name == "records.db" and source is not None:

            def read(_size: int = -1) -> bytes:
                raise OSError(errno.EIO, "Input/output error")

            source.read = read  # type: ignore[method-assign]
        return source

    monkeypatch.setattr(tarfile.TarFile, "extractfile", extract)
    with pytest.raises(StorageError) as err:
        unpack_backup(backup, tmp_path / "t")
    assert "was removed or cannot be reached (Input/output error)" in _told(err.value)
    assert not (tmp_path / "t").exists()


def test_a_refused_restore_says_its_reason_in_indonesian_too(backup: Path, tmp_path: Path) -> None:
    from counsel_desk.i18n import Catalog

    out = _with_manifest(backup, tmp_path / "other.cdbackup", vault_id="another-vault")
    with pytest.raises(VaultDamagedError) as err:
        restore_backup(out, tmp_path / "restored", _opener)
    reason = err.value.message.params["why"]
    assert reason.context == "Backups" and ("Backups", reason.template) in FINISHED
    indonesian = Catalog.load("id").message(err.value.message)
    assert "another vault" not in indonesian and "Nothing was changed" not in indonesian
