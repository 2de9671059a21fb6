"""Recovery key and key file: the other ways into (and out of) a vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_desk.i18n import CounselDeskError
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.credentials import format_recovery_key, parse_recovery_key
from counsel_desk.vault.errors import (
    KeyFileRequiredError,
    WrongPassphraseError,
    WrongPassphraseOrKeyFileError,
    WrongRecoveryKeyError,
)
from tests.integration.conftest import PASSPHRASE, snapshot

NEW = "the counselor's brand new passphrase"


def _create(path: Path, cheap: KdfParams) -> str:
    with Vault.create(path, PASSPHRASE, cheap) as vault:
        assert vault.recovery_key is not None
        return vault.recovery_key


def test_recovery_key_is_shown_once_as_eight_groups_of_four(
    vault_path: Path, cheap: KdfParams
) -> None:
    key = _create(vault_path, cheap)
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.recovery_key is None
    assert key not in (vault_path / "vault.json").read_text()


def test_recovery_key_opens_a_vault_whose_passphrase_is_lost_and_sets_a_new_one(
    vault_path: Path, cheap: KdfParams
) -> None:
    key = _create(vault_path, cheap)
    typed = key.lower().replace("-", " ")
    old_header = (vault_path / "vault.json").read_bytes()
    with Vault.open_with_recovery_key(vault_path, typed, NEW) as vault:
        assert "recovery_key_used" in [e.action for e in vault.audit.entries()]
        new_key = vault.recovery_key
        assert new_key is not None and new_key != key
        assert vault.check_integrity() == []
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    Vault.open(vault_path, NEW).close()
    # Opening with the recovery key changes the vault's key: the old recovery key is
    # retired, even with an old copy of the header.
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_recovery_key(vault_path, key, PASSPHRASE)
    current = (vault_path / "vault.json").read_bytes()
    (vault_path / "vault.json").write_bytes(old_header)
    with pytest.raises(CounselDeskError):
        Vault.open_with_recovery_key(vault_path, key, PASSPHRASE)
    (vault_path / "vault.json").write_bytes(current)
    Vault.open_with_recovery_key(vault_path, new_key, PASSPHRASE).close()


def test_recovery_key_forgives_easily_confused_characters() -> None:
    raw = bytes(range(20))
    key = format_recovery_key(raw)
    confusable = key.replace("O", "0").replace("I", "1").replace("B", "8")
    assert parse_recovery_key(confusable) == raw


def test_wrong_recovery_key_changes_nothing(vault_path: Path, cheap: KdfParams) -> None:
    key = _create(vault_path, cheap)
    before = snapshot(vault_path)
    wrong = ("A" if key[0] != "A" else "B") + key[1:]
    for attempt in (wrong, "too short", ""):
        with pytest.raises(WrongRecoveryKeyError):
            Vault.open_with_recovery_key(vault_path, attempt, NEW)
    assert snapshot(vault_path) == before


def test_replacing_the_recovery_key_retires_the_old_one(vault_path: Path, cheap: KdfParams) -> None:
    old = _create(vault_path, cheap)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        new = vault.replace_recovery_key(PASSPHRASE)
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_recovery_key(vault_path, old, NEW)
    Vault.open_with_recovery_key(vault_path, new, NEW).close()


def test_key_file_is_needed_with_the_passphrase(
    vault_path: Path, cheap: KdfParams, tmp_path: Path
) -> None:
    _create(vault_path, cheap)
    keyfile = tmp_path / "usb" / "counsel.key"
    keyfile.parent.mkdir()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.add_key_file(PASSPHRASE, keyfile)
        assert vault.has_key_file
    assert Vault.requires_key_file(vault_path)
    before = snapshot(vault_path)
    with pytest.raises(KeyFileRequiredError):
        Vault.open(vault_path, PASSPHRASE)
    other = tmp_path / "other.key"
    other.write_bytes(b"not the key")
    with pytest.raises(WrongPassphraseOrKeyFileError):
        Vault.open(vault_path, PASSPHRASE, keyfile=other)
    with pytest.raises(WrongPassphraseOrKeyFileError):
        Vault.open(vault_path, "wrong passphrase entirely", keyfile=keyfile)
    assert snapshot(vault_path) == before
    Vault.open(vault_path, PASSPHRASE, keyfile=keyfile).close()


def test_key_file_is_never_overwritten(vault_path: Path, cheap: KdfParams, tmp_path: Path) -> None:
    from counsel_desk.vault.credentials import KeyFileError

    _create(vault_path, cheap)
    precious = tmp_path / "thesis.docx"
    precious.write_bytes(b"years of work")
    with Vault.open(vault_path, PASSPHRASE) as vault, pytest.raises(KeyFileError):
        vault.add_key_file(PASSPHRASE, precious)
    assert precious.read_bytes() == b"years of work"
    assert not Vault.requires_key_file(vault_path)


def test_an_existing_file_can_serve_as_key_file(
    vault_path: Path, cheap: KdfParams, tmp_path: Path
) -> None:
    _create(vault_path, cheap)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(bytes(range(256)) * 40)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.add_key_file(PASSPHRASE, photo, create=False)
    assert photo.read_bytes() == bytes(range(256)) * 40  # the photo is only read
    assert Vault.requires_key_file(vault_path)
    with pytest.raises(KeyFileRequiredError):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, PASSPHRASE, keyfile=photo) as vault:
        assert vault.is_open


def test_passphrase_change_keeps_the_key_file_and_removing_it_restores_passphrase_only(
    vault_path: Path, cheap: KdfParams, tmp_path: Path
) -> None:
    _create(vault_path, cheap)
    keyfile = tmp_path / "k.key"
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.add_key_file(PASSPHRASE, keyfile)
        vault.change_passphrase(PASSPHRASE, NEW, keyfile=keyfile)
    with pytest.raises(KeyFileRequiredError):
        Vault.open(vault_path, NEW)
    with Vault.open(vault_path, NEW, keyfile=keyfile) as vault:
        vault.remove_key_file(NEW, keyfile)
    Vault.open(vault_path, NEW).close()


def test_recovery_key_opens_even_without_the_key_file(
    vault_path: Path, cheap: KdfParams, tmp_path: Path
) -> None:
    old_key = _create(vault_path, cheap)
    keyfile = tmp_path / "lost.key"
    old_header = (vault_path / "vault.json").read_bytes()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        key = vault.add_key_file(PASSPHRASE, keyfile)
    assert key != old_key
    # Adding a key file changes the vault's key: an old header no longer opens without it.
    current = (vault_path / "vault.json").read_bytes()
    (vault_path / "vault.json").write_bytes(old_header)
    with pytest.raises(CounselDeskError):
        Vault.open(vault_path, PASSPHRASE)
    (vault_path / "vault.json").write_bytes(current)
    keyfile.unlink()  # the USB stick is gone
    Vault.open_with_recovery_key(vault_path, key, NEW).close()
    assert not Vault.requires_key_file(vault_path)
    Vault.open(vault_path, NEW).close()


def test_passphrase_change_with_key_rotation_retires_the_old_header_and_recovery_key(
    vault_path: Path, cheap: KdfParams
) -> None:
    old_recovery = _create(vault_path, cheap)
    old_header = (vault_path / "vault.json").read_bytes()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        new_recovery = vault.change_passphrase(PASSPHRASE, NEW, rotate_key=True)
        assert new_recovery is not None and new_recovery != old_recovery
        assert vault.check_integrity() == []
        actions = [e.action for e in vault.audit.entries(3)]
        assert "key_rotated" in actions and "passphrase_changed" in actions
    with Vault.open(vault_path, NEW) as vault:
        assert vault.check_integrity() == []
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_recovery_key(vault_path, old_recovery, "yet another long passphrase")
    Vault.open_with_recovery_key(vault_path, new_recovery, "yet another long passphrase").close()
    # A copy of the old vault.json (every old backup holds one) with the old
    # passphrase no longer opens today's database.
    (vault_path / "vault.json").write_bytes(old_header)
    with pytest.raises(CounselDeskError):
        Vault.open(vault_path, PASSPHRASE)


def test_plain_passphrase_change_keeps_the_data_key(vault_path: Path, cheap: KdfParams) -> None:
    _create(vault_path, cheap)
    old_header = (vault_path / "vault.json").read_bytes()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.change_passphrase(PASSPHRASE, NEW) is None
    (vault_path / "vault.json").write_bytes(old_header)
    Vault.open(vault_path, PASSPHRASE).close()  # as documented: the instant header rewrite


def test_replacing_the_recovery_key_rotates_the_data_key(
    vault_path: Path, cheap: KdfParams
) -> None:
    _create(vault_path, cheap)
    old_header = (vault_path / "vault.json").read_bytes()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.replace_recovery_key(PASSPHRASE)
        assert vault.check_integrity() == []
    (vault_path / "vault.json").write_bytes(old_header)
    with pytest.raises(CounselDeskError):
        Vault.open(vault_path, PASSPHRASE)


def test_two_rotations_keep_one_unbroken_audit_chain(vault_path: Path, cheap: KdfParams) -> None:
    _create(vault_path, cheap)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, NEW, rotate_key=True)
        vault.change_passphrase(NEW, PASSPHRASE, rotate_key=True)
        entries = vault.audit.entries()
        assert vault.check_integrity() == []
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.check_integrity() == []
        assert [e.id for e in vault.audit.entries()][-len(entries) :] == [e.id for e in entries]
