"""The vault header (vault.json) at its edges: every field a reader checks, the exact
key derivations and associated data of docs/formats.md, and what each refusal says.

These run on the header alone (cheap Argon2, no database), so mutation testing of
vault/header.py can afford them for every mutant (docs/testing.md)."""

from __future__ import annotations

import base64
import errno
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counsel_desk.vault import header as hdr
from counsel_desk.vault.credentials import Credentials
from counsel_desk.vault.errors import (
    KdfParametersError,
    KeyFileRequiredError,
    StorageError,
    VaultDamagedError,
    WrongPassphraseError,
    WrongPassphraseOrKeyFileError,
    WrongRecoveryKeyError,
)
from counsel_desk.vault.header import (
    PASSPHRASE_KEYFILE_SLOT,
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    KeySlot,
    VaultHeader,
)
from counsel_desk.vault.kdf import KdfParams, derive_key, derive_key_from_bytes

CHEAP = KdfParams.cheap_for_tests()
VAULT_ID = "9b0c0f4e-0000-4000-8000-000000000001"
DATA_KEY = bytes(range(32))
WORDS = Credentials(passphrase="correct horse battery staple")
DIGEST = hashlib.sha256(b"the key file").digest()
RECOVERY = bytes(range(100, 120))


def _header(*slots: KeySlot, **kwargs: Any) -> VaultHeader:
    if not slots:
        slots = (hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP),)
    return VaultHeader(VAULT_ID, "2025-07-14T09:00:00", slots, **kwargs)


def _doc(header: VaultHeader) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(header.to_bytes())
    return doc


def _bytes(doc: dict[str, Any], *, checksum: bool = True) -> bytes:
    """``doc`` as a header file, with a correct checksum (an edit by someone who knows
    the format) unless ``checksum`` is False."""
    doc = {k: v for k, v in doc.items() if k != "checksum"}
    if checksum:
        doc["checksum"] = hdr._checksum(doc)
    return json.dumps(doc).encode("utf-8")


def _damage(doc: dict[str, Any]) -> str:
    with pytest.raises(VaultDamagedError) as caught:
        VaultHeader.from_bytes(_bytes(doc))
    return str(caught.value)


# -- reading and writing ------------------------------------------------------------------


def test_a_header_reads_back_exactly_as_written_with_pending_slots_and_audit_head() -> None:
    slot = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    new = hdr.wrap_key(
        VAULT_ID, bytes(32), RECOVERY_SLOT, Credentials(recovery_key=RECOVERY), CHEAP
    )
    header = _header(slot, pending=(new,), audit_head=(7, "ab" * 32, "cd" * 32))
    raw = header.to_bytes()
    assert VaultHeader.from_bytes(raw) == header
    assert raw.endswith(b"}\n") and raw.startswith(b'{\n  "format"')


def test_the_written_header_has_the_fields_of_the_public_format() -> None:
    slot = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    doc = _doc(_header(slot, audit_head=(3, "aa", "bb")))
    assert doc["format"] == "counsel-desk-vault/1"
    assert doc["vault_id"] == VAULT_ID and doc["created_at"] == "2025-07-14T09:00:00"
    assert doc["audit_head"] == {"seq": 3, "hash": "aa", "mac": "bb"}
    assert "pending_slots" not in doc
    assert doc["slots"] == [
        {
            "name": "passphrase",
            "kdf": {
                "algorithm": "argon2id",
                "version": 19,
                "time_cost": CHEAP.time_cost,
                "memory_kib": CHEAP.memory_kib,
                "parallelism": CHEAP.parallelism,
                "salt": base64.b64encode(slot.salt).decode(),
            },
            "nonce": base64.b64encode(slot.nonce).decode(),
            "wrapped_key": base64.b64encode(slot.wrapped_key).decode(),
        }
    ]
    canonical = json.dumps(
        {k: v for k, v in doc.items() if k != "checksum"},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    assert doc["checksum"] == "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def test_a_header_without_audit_head_or_pending_slots_has_none() -> None:
    doc = _doc(_header())
    assert "audit_head" not in doc and "pending_slots" not in doc
    read = VaultHeader.from_bytes(_bytes(doc))
    assert read.audit_head is None and read.pending == ()
    assert read.pending_header() is None


def test_a_header_written_before_checksums_existed_still_reads() -> None:
    header = _header()
    assert VaultHeader.from_bytes(_bytes(_doc(header), checksum=False)) == header


@pytest.mark.parametrize(
    "field, value",
    [
        ("vault_id", "another-vault"),
        ("created_at", "2020-01-01T00:00:00"),
        ("audit_head", {"seq": 8, "hash": "ab", "mac": "cd"}),
    ],
)
def test_a_field_edited_without_its_checksum_is_damage(field: str, value: object) -> None:
    doc = _doc(_header(audit_head=(7, "ab", "cd")))
    doc[field] = value
    with pytest.raises(VaultDamagedError, match="checksum does not match"):
        VaultHeader.from_bytes(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "stored", [None, 12, ["sha256:"], "sha256:" + "0" * 64, "", "sha256:é", "\ud800"]
)
def test_a_checksum_that_is_not_the_header_s_own_is_damage(stored: object) -> None:
    doc = _doc(_header())
    doc["checksum"] = stored
    with pytest.raises(VaultDamagedError, match="checksum does not match"):
        VaultHeader.from_bytes(json.dumps(doc).encode())


def test_a_header_of_exactly_64_kib_reads_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    raw = _header().to_bytes()
    padded = raw + b" " * (hdr.MAX_HEADER_BYTES - len(raw))
    assert len(padded) == 64 * 1024
    assert VaultHeader.from_bytes(padded) == _header(*VaultHeader.from_bytes(raw).slots)
    (tmp_path / "vault.json").write_bytes(padded)
    assert hdr.read_header(tmp_path).vault_id == VAULT_ID
    (tmp_path / "vault.json").write_bytes(padded + b" ")
    with pytest.raises(VaultDamagedError, match="far too large"):
        hdr.read_header(tmp_path)
    with pytest.raises(VaultDamagedError, match="far too large"):
        VaultHeader.from_bytes(padded + b" ")


@pytest.mark.parametrize(
    "raw",
    [b"{not json", b"\xff\xfe{}", b"[" * 30_000 + b"]" * 30_000, b""],
    ids=["not-json", "not-utf8", "nested-deep", "empty"],
)
def test_an_unreadable_header_is_damage_never_a_crash(raw: bytes) -> None:
    with pytest.raises(VaultDamagedError, match="not readable JSON"):
        VaultHeader.from_bytes(raw)


@pytest.mark.parametrize(
    "doc",
    [[], "counsel-desk-vault/1", {}, {"format": "counsel-desk-vault/2"}, {"format": None}],
)
def test_a_file_of_another_format_is_refused(doc: object) -> None:
    with pytest.raises(VaultDamagedError, match="unknown format"):
        VaultHeader.from_bytes(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "field, value, says",
    [
        ("vault_id", None, "vault id missing"),
        ("vault_id", 7, "vault id missing"),
        ("created_at", None, "vault id missing"),
        ("created_at", ["2025"], "vault id missing"),
        ("slots", None, "no key slots"),
        ("slots", [], "no key slots"),
        ("slots", {"name": "passphrase"}, "no key slots"),
        ("pending_slots", {}, "unreadable pending key slots"),
        ("pending_slots", "x", "unreadable pending key slots"),
        ("audit_head", [1, "a", "b"], "unreadable audit head"),
        ("audit_head", {"seq": True, "hash": "a", "mac": "b"}, "unreadable audit head"),
        ("audit_head", {"seq": "1", "hash": "a", "mac": "b"}, "unreadable audit head"),
        ("audit_head", {"seq": 1.0, "hash": "a", "mac": "b"}, "unreadable audit head"),
        ("audit_head", {"seq": 1, "hash": 5, "mac": "b"}, "unreadable audit head"),
        ("audit_head", {"seq": 1, "mac": "b"}, "unreadable audit head"),
        ("audit_head", {"seq": 1, "hash": "a", "mac": None}, "unreadable audit head"),
        ("audit_head", {"seq": 1, "hash": "a"}, "unreadable audit head"),
    ],
)
def test_a_header_field_of_the_wrong_kind_is_refused_as_damage(
    field: str, value: object, says: str
) -> None:
    doc = _doc(_header())
    if value is None:
        doc.pop(field, None)
        doc[field] = None
    else:
        doc[field] = value
    assert says in _damage(doc)


@pytest.mark.parametrize("field", ["vault_id", "created_at", "slots"])
def test_a_header_missing_a_required_field_is_damage(field: str) -> None:
    doc = _doc(_header())
    del doc[field]
    _damage(doc)


def test_the_audit_head_read_is_the_one_written() -> None:
    doc = _doc(_header())
    doc["audit_head"] = {"seq": 0, "hash": "", "mac": "ff"}
    assert VaultHeader.from_bytes(_bytes(doc)).audit_head == (0, "", "ff")


# -- key slots ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "edit, says",
    [
        (lambda s: s.clear() or s.update({"x": 1}), "unknown key derivation"),
        (lambda s: s.update(kdf="argon2id"), "unknown key derivation"),
        (lambda s: s["kdf"].update(algorithm="argon2i"), "unknown key derivation"),
        (lambda s: s["kdf"].pop("algorithm"), "unknown key derivation"),
        (lambda s: s["kdf"].update(version=16), "unknown key derivation"),
        (lambda s: s["kdf"].update(version=20), "unknown key derivation"),
        (lambda s: s["kdf"].update(version="19"), "unknown key derivation"),
        (lambda s: s["kdf"].pop("version"), "unknown key derivation"),
        (lambda s: s.pop("name"), "a key slot has no name"),
        (lambda s: s.update(name=1), "a key slot has no name"),
        (lambda s: s["kdf"].pop("salt"), "salt missing"),
        (lambda s: s["kdf"].update(salt="not base64!"), "salt unreadable"),
        (lambda s: s["kdf"].update(salt="Zm9v\u00e9"), "salt unreadable"),
        (lambda s: s.pop("nonce"), "nonce missing"),
        (lambda s: s.update(nonce=12), "nonce missing"),
        (lambda s: s.update(nonce="AAAA=AAA"), "nonce unreadable"),
        (lambda s: s.pop("wrapped_key"), "wrapped key missing"),
        (lambda s: s.update(wrapped_key="***"), "wrapped key unreadable"),
    ],
)
def test_a_key_slot_field_of_the_wrong_kind_is_refused_as_damage(edit: Any, says: str) -> None:
    doc = _doc(_header())
    edit(doc["slots"][0])
    assert says in _damage(doc)


@pytest.mark.parametrize("slot", [None, "passphrase", ["passphrase"]])
def test_a_key_slot_that_is_not_an_object_is_damage(slot: object) -> None:
    doc = _doc(_header())
    doc["slots"] = [slot]
    assert "a key slot is not an object" in _damage(doc)


def test_a_pending_key_slot_is_checked_like_any_other() -> None:
    doc = _doc(_header())
    pending = dict(doc["slots"][0])
    pending["name"] = None
    doc["pending_slots"] = [pending]
    assert "a key slot has no name" in _damage(doc)


def test_the_kdf_settings_read_are_the_ones_written() -> None:
    doc = _doc(_header())
    doc["slots"][0]["kdf"].update(time_cost=2, memory_kib=16384, parallelism=3)
    slot = VaultHeader.from_bytes(_bytes(doc)).slots[0]
    assert slot.kdf == KdfParams(time_cost=2, memory_kib=16384, parallelism=3)


def test_a_slot_is_found_by_its_name_and_a_missing_one_is_damage() -> None:
    words = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    rec = hdr.wrap_key(VAULT_ID, DATA_KEY, RECOVERY_SLOT, Credentials(recovery_key=RECOVERY), CHEAP)
    header = _header(words, rec)
    assert header.slot(RECOVERY_SLOT) is rec and header.slot(PASSPHRASE_SLOT) is words
    with pytest.raises(VaultDamagedError, match="no passphrase\\+keyfile key slot"):
        header.slot(PASSPHRASE_KEYFILE_SLOT)


def test_with_slot_replaces_the_slot_of_that_name_and_keeps_the_others() -> None:
    words = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    rec = hdr.wrap_key(VAULT_ID, DATA_KEY, RECOVERY_SLOT, Credentials(recovery_key=RECOVERY), CHEAP)
    newer = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    header = _header(words, rec, audit_head=(1, "a", "b"))
    changed = header.with_slot(newer)
    assert changed.slots == (rec, newer)
    assert changed.audit_head == (1, "a", "b") and changed.vault_id == VAULT_ID


def test_the_everyday_unlock_uses_the_key_file_slot_when_there_is_one() -> None:
    words = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    both = Credentials(passphrase="p", keyfile_digest=DIGEST)
    keyfile = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_KEYFILE_SLOT, both, CHEAP)
    rec = hdr.wrap_key(VAULT_ID, DATA_KEY, RECOVERY_SLOT, Credentials(recovery_key=RECOVERY), CHEAP)
    assert hdr.login_slot(_header(rec, words)) == PASSPHRASE_SLOT
    assert hdr.login_slot(_header(words, keyfile, rec)) == PASSPHRASE_KEYFILE_SLOT
    assert hdr.login_slot(_header(keyfile, words)) == PASSPHRASE_KEYFILE_SLOT
    with pytest.raises(VaultDamagedError, match="no passphrase key slot"):
        hdr.login_slot(_header(rec))


def test_the_pending_header_is_the_header_after_the_rotation() -> None:
    old = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    new = hdr.wrap_key(VAULT_ID, bytes(32), PASSPHRASE_SLOT, WORDS, CHEAP)
    header = _header(old, pending=(new,), audit_head=(4, "a", "b"))
    after = header.pending_header()
    assert after == VaultHeader(VAULT_ID, "2025-07-14T09:00:00", (new,), (), (4, "a", "b"))
    assert header.without_pending() == _header(old, audit_head=(4, "a", "b"))
    assert "pending_slots" in _doc(header)


# -- wrapping and unwrapping ------------------------------------------------------------------


def _aad(slot: KeySlot, vault_id: str = VAULT_ID) -> bytes:
    """The associated data exactly as docs/formats.md states it."""
    doc = {
        "format": "counsel-desk-vault/1",
        "vault_id": vault_id,
        "slot": slot.name,
        "time_cost": slot.kdf.time_cost,
        "memory_kib": slot.kdf.memory_kib,
        "parallelism": slot.kdf.parallelism,
        "salt": base64.b64encode(slot.salt).decode(),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def test_a_passphrase_slot_is_aes_gcm_under_argon2id_with_the_documented_associated_data() -> None:
    slot = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    assert len(slot.salt) == 16 and len(slot.nonce) == 12 and len(slot.wrapped_key) == 48
    kek = derive_key("correct horse battery staple", slot.salt, CHEAP)
    assert AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, _aad(slot)) == DATA_KEY
    assert hdr.unwrap_key(_header(slot), PASSPHRASE_SLOT, WORDS) == DATA_KEY


def test_a_key_file_slot_needs_the_passphrase_stretched_then_macd_with_the_file() -> None:
    both = Credentials(passphrase="words", keyfile_digest=DIGEST)
    slot = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_KEYFILE_SLOT, both, CHEAP)
    stretched = derive_key("words", slot.salt, CHEAP)
    kek = hmac.new(stretched, b"counsel-desk/keyfile/v1" + DIGEST, hashlib.sha256).digest()
    assert AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, _aad(slot)) == DATA_KEY
    header = _header(slot)
    assert hdr.unwrap_key(header, PASSPHRASE_KEYFILE_SLOT, both) == DATA_KEY
    other_file = Credentials(passphrase="words", keyfile_digest=bytes(32))
    with pytest.raises(WrongPassphraseOrKeyFileError):
        hdr.unwrap_key(header, PASSPHRASE_KEYFILE_SLOT, other_file)
    with pytest.raises(WrongPassphraseOrKeyFileError):
        hdr.unwrap_key(header, PASSPHRASE_KEYFILE_SLOT, Credentials("wordz", DIGEST))
    with pytest.raises(KeyFileRequiredError):
        hdr.unwrap_key(header, PASSPHRASE_KEYFILE_SLOT, Credentials(passphrase="words"))


def test_a_recovery_slot_is_argon2id_of_the_recovery_key_bytes() -> None:
    creds = Credentials(recovery_key=RECOVERY)
    slot = hdr.wrap_key(VAULT_ID, DATA_KEY, RECOVERY_SLOT, creds, CHEAP)
    kek = derive_key_from_bytes(RECOVERY, slot.salt, CHEAP)
    assert AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, _aad(slot)) == DATA_KEY
    header = _header(slot)
    assert hdr.unwrap_key(header, RECOVERY_SLOT, creds) == DATA_KEY
    with pytest.raises(WrongRecoveryKeyError):
        hdr.unwrap_key(header, RECOVERY_SLOT, Credentials(recovery_key=bytes(20)))
    with pytest.raises(ValueError, match="recovery key"):
        hdr.unwrap_key(header, RECOVERY_SLOT, WORDS)


def test_a_passphrase_slot_refuses_the_wrong_words_as_a_wrong_passphrase_only() -> None:
    header = _header()
    with pytest.raises(WrongPassphraseError) as caught:
        hdr.unwrap_key(header, PASSPHRASE_SLOT, Credentials(passphrase="wrong"))
    assert type(caught.value) is WrongPassphraseError
    with pytest.raises(ValueError, match="needs a passphrase"):
        hdr.unwrap_key(header, PASSPHRASE_SLOT, Credentials(recovery_key=RECOVERY))


def test_each_wrap_has_its_own_salt_and_nonce() -> None:
    one = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    two = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    assert one.salt != two.salt and one.nonce != two.nonce
    assert one.wrapped_key != two.wrapped_key


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(vault_id="another-vault"),
        lambda d: d["slots"][0].update(name="recovery"),
        lambda d: d["slots"][0]["kdf"].update(time_cost=2),
        lambda d: d["slots"][0]["kdf"].update(memory_kib=CHEAP.memory_kib + 8),
        lambda d: d["slots"][0]["kdf"].update(parallelism=2),
        lambda d: d["slots"][0]["kdf"].update(salt=base64.b64encode(bytes(16)).decode()),
    ],
    ids=["vault-id", "slot-name", "time-cost", "memory", "parallelism", "salt"],
)
def test_editing_any_authenticated_field_stops_the_slot_opening(edit: Any) -> None:
    doc = _doc(_header())
    edit(doc)
    edited = VaultHeader.from_bytes(_bytes(doc))
    slot = edited.slots[0]
    with pytest.raises(WrongPassphraseError):
        hdr.unwrap_key(
            edited,
            slot.name,
            Credentials(passphrase=WORDS.passphrase, recovery_key=RECOVERY),
        )


def test_the_associated_data_binds_every_field_even_under_the_right_key() -> None:
    """The key-encryption key alone does not open a slot moved to another vault, name,
    cost setting or salt: the GCM tag covers each of them."""
    slot = hdr.wrap_key(VAULT_ID, DATA_KEY, PASSPHRASE_SLOT, WORDS, CHEAP)
    kek = derive_key("correct horse battery staple", slot.salt, CHEAP)
    assert hdr._associated_data(VAULT_ID, slot.name, slot.kdf, slot.salt) == _aad(slot)
    for aad in (
        hdr._associated_data("another", slot.name, slot.kdf, slot.salt),
        hdr._associated_data(VAULT_ID, RECOVERY_SLOT, slot.kdf, slot.salt),
        hdr._associated_data(VAULT_ID, slot.name, KdfParams(2, 8192, 1), slot.salt),
        hdr._associated_data(VAULT_ID, slot.name, KdfParams(1, 8200, 1), slot.salt),
        hdr._associated_data(VAULT_ID, slot.name, KdfParams(1, 8192, 2), slot.salt),
        hdr._associated_data(VAULT_ID, slot.name, slot.kdf, bytes(16)),
    ):
        with pytest.raises(InvalidTag):
            AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, aad)


@pytest.mark.parametrize(
    "nonce, wrapped",
    [(11, 48), (13, 48), (0, 48), (12, 47), (12, 49), (12, 32), (12, 0)],
)
def test_a_wrapped_key_of_the_wrong_size_is_damage_before_argon2_runs(
    nonce: int, wrapped: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    slot = KeySlot(PASSPHRASE_SLOT, CHEAP, bytes(16), bytes(nonce), bytes(wrapped))

    def argon2_must_not_run(*args: object) -> bytes:
        raise AssertionError("Argon2 ran on a damaged slot")

    monkeypatch.setattr(hdr, "derive_key", argon2_must_not_run)
    with pytest.raises(VaultDamagedError, match="wrong size"):
        hdr.unwrap_key(_header(slot), PASSPHRASE_SLOT, WORDS)


def test_unsafe_kdf_settings_are_refused_before_the_sizes_or_argon2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slot = KeySlot(PASSPHRASE_SLOT, KdfParams(65, 8192, 1), bytes(16), bytes(3), bytes(3))
    monkeypatch.setattr(hdr, "derive_key", lambda *a: pytest.fail("Argon2 ran"))
    with pytest.raises(KdfParametersError):
        hdr.unwrap_key(_header(slot), PASSPHRASE_SLOT, WORDS)


# -- the audit head's key ------------------------------------------------------------------


def test_the_audit_head_mac_is_the_documented_hmac_under_a_key_from_the_data_key() -> None:
    key = hdr.head_key(DATA_KEY)
    assert key == hmac.new(DATA_KEY, b"counsel-desk/header-audit-head/v1", hashlib.sha256).digest()
    assert key != hdr.head_key(bytes(32))
    mac = hdr.head_mac(key, VAULT_ID, 12, "ab" * 32)
    message = json.dumps([VAULT_ID, 12, "ab" * 32], separators=(",", ":")).encode()
    assert mac == hmac.new(key, message, hashlib.sha256).hexdigest()
    assert mac != hdr.head_mac(key, VAULT_ID, 13, "ab" * 32)
    assert mac != hdr.head_mac(key, "another", 12, "ab" * 32)


# -- writing -----------------------------------------------------------------------------


def test_a_header_is_written_privately_and_reads_back(tmp_path: Path) -> None:
    header = _header()
    hdr.write_header(tmp_path, header)
    path = tmp_path / "vault.json"
    assert path.read_bytes() == header.to_bytes()
    assert path.stat().st_mode & 0o777 == 0o600
    assert hdr.read_header(tmp_path) == header


def test_a_header_that_cannot_be_written_says_so_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise OSError(errno.ENAMETOOLONG, "File name too long")

    monkeypatch.setattr(hdr, "write_private", refuse)
    with pytest.raises(StorageError) as caught:
        hdr.write_header(tmp_path, _header())
    text = str(caught.value)
    assert "Could not write the vault's header file (vault.json)" in text
    assert "File name too long" in text and "Nothing was changed." in text
    assert not (tmp_path / "vault.json").exists()


def test_a_full_disk_while_writing_the_header_is_said_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(hdr, "write_private", full)
    with pytest.raises(StorageError) as caught:
        hdr.write_header(tmp_path, _header())
    assert "Could not write the vault's header" not in str(caught.value)
    assert "space" in str(caught.value).lower()
