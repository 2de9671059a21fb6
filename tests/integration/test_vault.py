"""The vault: creating, unlocking, locking and re-keying, and what it refuses."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from counsel_desk.domain.model import Client
from counsel_desk.vault import KdfParams, Vault, kdf
from counsel_desk.vault.connection import open_database
from counsel_desk.vault.errors import (
    KdfParametersError,
    NotAVaultError,
    StorageError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    WrongPassphraseError,
)
from counsel_desk.vault.header import DATABASE_FILE, HEADER_FILE
from tests.integration.conftest import PASSPHRASE, snapshot


def test_created_vault_unlocks_with_its_passphrase(vault_path: Path, cheap: KdfParams) -> None:
    Vault.create(vault_path, PASSPHRASE, cheap).close()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.is_open
        assert vault.check_integrity() == []


def test_vault_folder_holds_a_header_and_an_encrypted_database(
    vault_path: Path, cheap: KdfParams
) -> None:
    Vault.create(vault_path, PASSPHRASE, cheap).close()
    assert sorted(p.name for p in vault_path.iterdir()) == [DATABASE_FILE, HEADER_FILE]
    assert not (vault_path / DATABASE_FILE).read_bytes().startswith(b"SQLite format 3")
    header = json.loads((vault_path / HEADER_FILE).read_text())
    slot = header["slots"][0]
    assert slot["kdf"]["algorithm"] == "argon2id"
    assert {slot["kdf"]["time_cost"], slot["kdf"]["memory_kib"]} == {1, 8192}


def test_wrong_passphrase_raises_its_own_error_and_leaves_files_byte_identical(
    vault_path: Path, cheap: KdfParams
) -> None:
    Vault.create(vault_path, PASSPHRASE, cheap).close()
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE + "!")
    assert snapshot(vault_path) == before


def test_same_words_typed_in_another_unicode_form_open_the_vault(
    vault_path: Path, cheap: KdfParams
) -> None:
    composed = "Konseling di Café Nguyễn sangat rahasia"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Vault.create(vault_path, composed, cheap).close()
    Vault.open(vault_path, decomposed).close()


@pytest.mark.parametrize(
    "passphrase",
    [
        "it's \"quoted\" and 'single' and x'00' -- ; DROP TABLE clients",
        "🔐 rahasia konseli 🙏🏽 kunci brankas 🗝️",
        "kata sandi yang sangat panjang " * 34,  # over 1,000 characters
    ],
    ids=["quotes", "emoji", "1000-chars"],
)
def test_unusual_passphrases_work(vault_path: Path, cheap: KdfParams, passphrase: str) -> None:
    Vault.create(vault_path, passphrase, cheap).close()
    Vault.open(vault_path, passphrase).close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, passphrase[:-1])


def test_long_passphrase_is_never_truncated(vault_path: Path, cheap: KdfParams) -> None:
    long = "a" * 200 + "b"
    Vault.create(vault_path, long, cheap).close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, "a" * 200 + "c")


def _edit_header(folder: Path, **kdf_changes: object) -> None:
    """Edit the passphrase slot's KDF settings as a hostile hand would: with the checksum
    recomputed (it detects damage, not tampering; the GCM associated data does that)."""
    from counsel_desk.vault.header import _checksum

    path = folder / HEADER_FILE
    doc = json.loads(path.read_text())
    doc.pop("checksum")
    doc["slots"][0]["kdf"].update(kdf_changes)
    doc["checksum"] = _checksum(doc)
    path.write_text(json.dumps(doc))


def test_a_flipped_byte_in_the_header_is_damage_not_a_wrong_passphrase(
    vault_path: Path, cheap: KdfParams
) -> None:
    Vault.create(vault_path, PASSPHRASE, cheap).close()
    raw = (vault_path / HEADER_FILE).read_bytes()
    salt_at = raw.index(b'"salt": "') + 12
    damaged = bytearray(raw)
    damaged[salt_at] ^= 0x01
    (vault_path / HEADER_FILE).write_bytes(bytes(damaged))
    with pytest.raises(VaultDamagedError, match="checksum"):
        Vault.open(vault_path, PASSPHRASE)


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 2**40},
        {"time_cost": 10**9},
        {"parallelism": 0},
        {"memory_kib": "lots"},
        {"time_cost": 60, "memory_kib": 4 * 1024 * 1024},
    ],
    ids=["huge-memory", "huge-time", "zero-lanes", "not-a-number", "huge-work"],
)
def test_hostile_kdf_settings_are_refused_before_argon2_runs(
    vault_path: Path, cheap: KdfParams, monkeypatch: pytest.MonkeyPatch, changes: dict
) -> None:
    Vault.create(vault_path, PASSPHRASE, cheap).close()
    _edit_header(vault_path, **changes)

    def argon2_must_not_run(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("Argon2 ran on hostile parameters")

    monkeypatch.setattr(kdf, "hash_secret_raw", argon2_must_not_run)
    with pytest.raises(KdfParametersError):
        Vault.open(vault_path, PASSPHRASE)


def test_kdf_settings_edited_within_bounds_do_not_unwrap(
    vault_path: Path, cheap: KdfParams
) -> None:
    Vault.create(vault_path, PASSPHRASE, cheap).close()
    _edit_header(vault_path, time_cost=2)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


def test_damaged_header_gives_a_clear_error(vault_path: Path, cheap: KdfParams) -> None:
    Vault.create(vault_path, PASSPHRASE, cheap).close()
    (vault_path / HEADER_FILE).write_bytes(b"{not json")
    with pytest.raises(VaultDamagedError, match="damaged"):
        Vault.open(vault_path, PASSPHRASE)


@pytest.mark.parametrize("kind", ["missing", "empty-folder", "plain-file", "sqlite-only"])
def test_opening_a_path_that_is_not_a_vault_creates_nothing(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "target"
    if kind == "empty-folder":
        target.mkdir()
    elif kind == "plain-file":
        target.write_text("hello")
    elif kind == "sqlite-only":
        target.mkdir()
        (target / DATABASE_FILE).write_bytes(b"")
    before = snapshot(tmp_path)
    with pytest.raises(NotAVaultError):
        Vault.open(target, PASSPHRASE)
    assert snapshot(tmp_path) == before
    if kind == "missing":
        assert not target.exists()


def test_database_without_its_file_is_never_created_empty(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="unable to open"):
        open_database(tmp_path / "nothing.db", b"\x01" * 32)
    assert not (tmp_path / "nothing.db").exists()


def test_create_refuses_a_folder_that_is_not_empty(tmp_path: Path, cheap: KdfParams) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(VaultExistsError):
        Vault.create(tmp_path, PASSPHRASE, cheap)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_create_accepts_an_existing_empty_folder(tmp_path: Path, cheap: KdfParams) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    Vault.create(folder, PASSPHRASE, cheap).close()
    assert sorted(p.name for p in folder.iterdir()) == [DATABASE_FILE, HEADER_FILE]
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.folder == folder
        assert vault.check_integrity() == []


def test_every_connection_sets_the_security_pragmas(vault: Vault) -> None:
    with vault.reading() as conn:

        def pragma(name: str) -> object:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("foreign_keys") == 1
        assert str(pragma("journal_mode")).lower() == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("secure_delete") == 1
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("trusted_schema") == 0
        with pytest.raises(Exception, match="not authorized"):
            conn.execute("SELECT load_extension('/nonexistent')")


def test_change_passphrase_rewraps_the_key_without_touching_the_database(
    vault_path: Path, cheap: KdfParams
) -> None:
    new = "a brand new passphrase for the vault"
    with Vault.create(vault_path, PASSPHRASE, cheap) as vault:
        db_before = (vault_path / DATABASE_FILE).stat().st_mtime_ns
        vault.change_passphrase(PASSPHRASE, new)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, new) as vault:
        actions = [e.action for e in vault.audit.entries()]
        assert "passphrase_changed" in actions
    assert (vault_path / DATABASE_FILE).exists()
    del db_before


def test_change_passphrase_with_wrong_old_passphrase_changes_nothing(
    vault_path: Path, cheap: KdfParams
) -> None:
    with Vault.create(vault_path, PASSPHRASE, cheap) as vault:
        header_before = (vault_path / HEADER_FILE).read_bytes()
        with pytest.raises(WrongPassphraseError):
            vault.change_passphrase("not it", "whatever new passphrase")
        assert (vault_path / HEADER_FILE).read_bytes() == header_before


def test_passphrase_change_interrupted_before_the_rename_keeps_the_old_passphrase(
    vault_path: Path, cheap: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    import counsel_desk.private_files as writer

    def power_cut(*args: object) -> None:
        raise OSError(5, "Input/output error")

    with Vault.create(vault_path, PASSPHRASE, cheap) as vault:
        monkeypatch.setattr(writer.os, "replace", power_cut)
        with pytest.raises(StorageError):
            vault.change_passphrase(PASSPHRASE, "the new passphrase that never landed")
        monkeypatch.undo()
    assert sorted(p.name for p in vault_path.iterdir()) == [DATABASE_FILE, HEADER_FILE]
    Vault.open(vault_path, PASSPHRASE).close()


def test_locked_vault_refuses_access(vault: Vault) -> None:
    vault.close()
    with pytest.raises(VaultLockedError):
        vault.conn  # noqa: B018
    vault.close()  # closing twice is harmless


def test_vault_made_by_a_newer_version_is_refused(vault_path: Path, cheap: KdfParams) -> None:
    from counsel_desk.vault.errors import VaultTooNewError

    with Vault.create(vault_path, PASSPHRASE, cheap) as vault, vault.transaction() as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(VaultTooNewError, match="newer"):
        Vault.open(vault_path, PASSPHRASE)


def test_header_of_another_vault_is_detected(tmp_path: Path, cheap: KdfParams) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    Vault.create(a, PASSPHRASE, cheap).close()
    Vault.create(b, PASSPHRASE, cheap).close()
    (a / HEADER_FILE).write_bytes((b / HEADER_FILE).read_bytes())
    with pytest.raises(VaultDamagedError):
        Vault.open(a, PASSPHRASE)


def test_calibration_never_goes_below_the_rfc_minimum() -> None:
    slow = kdf.calibrate(1.0, timer=lambda p: 5.0)
    assert slow == KdfParams.recommended_minimum()


def test_calibration_grows_memory_then_passes_towards_the_target() -> None:
    def fake(p: KdfParams) -> float:  # 64 MiB x 3 passes = 0.06 s
        return p.time_cost * p.memory_kib / (64 * 1024 * 3) * 0.06

    progress: list[float] = []
    params = kdf.calibrate(1.0, progress.append, timer=fake)
    assert params.memory_kib == 1024 * 1024 or params.memory_kib >= 512 * 1024
    assert 0.8 <= fake(params) <= 1.3
    assert not params.is_below_recommended
    assert progress[0] == 0.0 and progress[-1] == 1.0
    assert progress == sorted(progress)


def _refuse(vault: Vault, action: int) -> None:
    """Make the real connection refuse one kind of statement (a failing disk, in effect)."""
    vault.conn.set_authorizer(lambda kind, *_: 1 if kind == action else 0)  # 1: SQLITE_DENY


def test_a_database_error_while_reading_is_the_storage_error_of_a_write(vault: Vault) -> None:
    from counsel_desk.services.clients import ClientService
    from counsel_desk.vault.connection import DatabaseError

    _refuse(vault, 22)  # SQLITE_TRANSACTION: BEGIN fails, as on a disk that went away
    with pytest.raises(StorageError) as writing:
        ClientService(vault).save_profile(Client(given_name="Budi"))
    _refuse(vault, 21)  # SQLITE_SELECT
    with pytest.raises(StorageError) as reading:
        ClientService(vault).list_summaries()
    assert isinstance(reading.value.__cause__, DatabaseError)
    assert reading.value.message.template == writing.value.message.template
    assert reading.value.message.params == writing.value.message.params
    vault.conn.set_authorizer(None)
    assert ClientService(vault).list_summaries() == []  # nothing was saved, nothing broke
