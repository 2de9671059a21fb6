"""The vault header: a small JSON file that holds the wrapped data key.

The database is encrypted with a random 256-bit *data key*. The header stores that key
only wrapped (AES-256-GCM) by key-encryption keys, one per *key slot*: the passphrase
(through Argon2id) now, a recovery key or a key file later. The slot's KDF parameters,
salt and the vault id are the GCM associated data, so a header edited by hand does not
unwrap. Changing the passphrase rewrites this small file atomically (write a new file,
fsync, rename over the old one): the database is never touched, so the change costs one
Argon2 run and cannot leave the vault half-changed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.private_files import failure_reason, write_private
from counsel_desk.vault.credentials import Credentials
from counsel_desk.vault.errors import (
    KeyFileRequiredError,
    StorageError,
    VaultDamagedError,
    WrongPassphraseError,
    WrongPassphraseOrKeyFileError,
    WrongRecoveryKeyError,
)
from counsel_desk.vault.kdf import (
    KEY_BYTES,
    SALT_BYTES,
    KdfParams,
    check_bounds,
    derive_key,
    derive_key_from_bytes,
)
from counsel_desk.vault.storage_errors import DISK_CAUSES, cause_of, storage_error

HEADER_FORMAT = "counsel-desk-vault/1"
HEADER_FILE = "vault.json"
DATABASE_FILE = "records.db"
MAX_HEADER_BYTES = 64 * 1024
NONCE_BYTES = 12
PASSPHRASE_SLOT = "passphrase"
PASSPHRASE_KEYFILE_SLOT = "passphrase+keyfile"
RECOVERY_SLOT = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise _damaged(f"{what} missing")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise _damaged(f"{what} unreadable") from exc


def _damaged(why: str) -> VaultDamagedError:
    return VaultDamagedError(
        UserMessage(
            QT_TRANSLATE_NOOP(
                "VaultErrors",
                "The vault's key file ({file}) is damaged: {why}. Restore the vault from a backup.",
            ),
            file=HEADER_FILE,
            why=why,
        )
    )


@dataclass(frozen=True)
class KeySlot:
    """One way to unwrap the data key."""

    name: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kdf": {
                "algorithm": "argon2id",
                "version": 19,
                **self.kdf.to_json(),
                "salt": _b64(self.salt),
            },
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        if not isinstance(data, dict):
            raise _damaged("a key slot is not an object")
        kdf = data.get("kdf")
        if (
            not isinstance(kdf, dict)
            or kdf.get("algorithm") != "argon2id"
            or kdf.get("version") != 19
        ):
            raise _damaged("unknown key derivation")
        name = data.get("name")
        if not isinstance(name, str):
            raise _damaged("a key slot has no name")
        params = KdfParams(kdf.get("time_cost"), kdf.get("memory_kib"), kdf.get("parallelism"))  # type: ignore[arg-type]
        return cls(
            name=name,
            kdf=params,
            salt=_unb64(kdf.get("salt"), "salt"),
            nonce=_unb64(data.get("nonce"), "nonce"),
            wrapped_key=_unb64(data.get("wrapped_key"), "wrapped key"),
        )


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created_at: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    # Slots for a new data key while a key rotation is under way: written before the
    # database is re-keyed, promoted to ``slots`` after it. Empty otherwise.
    pending: tuple[KeySlot, ...] = field(default_factory=tuple)
    # The audit chain's head when the header was last written (on lock and close):
    # (sequence number, hex MAC of that entry, hex HMAC of both under a key from the
    # data key). A database older than this is a rollback. None in older headers.
    audit_head: tuple[int, str, str] | None = None
    # The record-state digest when the header was last written (vault/record_state.py):
    # (transaction number, hex digest of the sums, hex HMAC of both and of the audit head
    # above, under the same key). None in older headers.
    record_state: tuple[int, str, str] | None = None

    def slot(self, name: str) -> KeySlot:
        for slot in self.slots:
            if slot.name == name:
                return slot
        raise _damaged(f"no {name} key slot")

    def with_slot(self, new: KeySlot) -> VaultHeader:
        others = tuple(s for s in self.slots if s.name != new.name)
        return replace(self, slots=(*others, new))

    def to_bytes(self) -> bytes:
        doc: dict[str, object] = {
            "format": HEADER_FORMAT,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.pending:
            doc["pending_slots"] = [s.to_json() for s in self.pending]
        if self.audit_head is not None:
            seq, head_hash, mac = self.audit_head
            doc["audit_head"] = {"seq": seq, "hash": head_hash, "mac": mac}
        if self.record_state is not None:
            seq, digest, mac = self.record_state
            doc["record_state"] = {"seq": seq, "digest": digest, "mac": mac}
        doc["checksum"] = _checksum(doc)
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> VaultHeader:
        if len(raw) > MAX_HEADER_BYTES:
            raise _damaged("the file is far too large")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _damaged("it is not readable JSON") from exc
        except RecursionError as exc:  # nested thousands deep: no header is
            raise _damaged("it is not readable JSON") from exc
        if not isinstance(doc, dict) or doc.get("format") != HEADER_FORMAT:
            raise _damaged("unknown format")
        # The checksum tells a damaged file (a flipped bit on disk) from a wrong
        # passphrase. Headers written before it existed have none.
        if "checksum" in doc:
            stored = doc.pop("checksum")
            if not isinstance(stored, str) or not hmac.compare_digest(
                stored.encode("utf-8", "surrogatepass"), _checksum(doc).encode("ascii")
            ):  # as bytes: compare_digest refuses a str that is not ASCII (attack F6)
                raise _damaged("its checksum does not match")
        vault_id, created = doc.get("vault_id"), doc.get("created_at")
        slots = doc.get("slots")
        if not isinstance(vault_id, str) or not isinstance(created, str):
            raise _damaged("vault id missing")
        if not isinstance(slots, list) or not slots:
            raise _damaged("no key slots")
        pending = doc.get("pending_slots", [])
        if not isinstance(pending, list):
            raise _damaged("unreadable pending key slots")
        audit_head = _signed_record(doc, "audit_head", "hash", "unreadable audit head")
        record_state = _signed_record(doc, "record_state", "digest", "unreadable record state")
        return cls(
            vault_id,
            created,
            tuple(KeySlot.from_json(s) for s in slots),
            tuple(KeySlot.from_json(s) for s in pending),
            audit_head,
            record_state,
        )

    def pending_header(self) -> VaultHeader | None:
        """The header as it will be once the rotation under way is finished."""
        if not self.pending:
            return None
        return VaultHeader(self.vault_id, self.created_at, self.pending, (), self.audit_head)

    def without_pending(self) -> VaultHeader:
        return replace(self, pending=())


def _checksum(doc: dict[str, object]) -> str:
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def head_key(data_key: bytes) -> bytes:
    """The key that MACs the audit head kept in the header."""
    return hmac.new(data_key, b"counsel-desk/header-audit-head/v1", hashlib.sha256).digest()


def head_mac(key: bytes, vault_id: str, seq: int, head_hash: str) -> str:
    message = json.dumps([vault_id, seq, head_hash], separators=(",", ":")).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def state_mac(
    key: bytes, vault_id: str, seq: int, digest: str, audit: tuple[int, str] | None
) -> str:
    """The MAC of the record state kept in the header (same key as the audit head's),
    bound to the audit head written with it."""
    message = json.dumps(
        ["record-state", vault_id, seq, digest, list(audit) if audit else None],
        separators=(",", ":"),
    ).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _associated_data(vault_id: str, slot_name: str, params: KdfParams, salt: bytes) -> bytes:
    doc = {
        "format": HEADER_FORMAT,
        "vault_id": vault_id,
        "slot": slot_name,
        **params.to_json(),
        "salt": _b64(salt),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _kek(slot_name: str, params: KdfParams, salt: bytes, credentials: Credentials) -> bytes:
    """The key-encryption key of a slot from the credentials it needs."""
    if slot_name == RECOVERY_SLOT:
        if credentials.recovery_key is None:
            raise ValueError("the recovery slot needs a recovery key")
        return derive_key_from_bytes(credentials.recovery_key, salt, params)
    if credentials.passphrase is None:
        raise ValueError("a passphrase slot needs a passphrase")
    stretched = derive_key(credentials.passphrase, salt, params)
    if slot_name == PASSPHRASE_KEYFILE_SLOT:
        if credentials.keyfile_digest is None:
            raise KeyFileRequiredError()
        return hmac.new(
            stretched, b"counsel-desk/keyfile/v1" + credentials.keyfile_digest, hashlib.sha256
        ).digest()
    return stretched


def wrap_key(
    vault_id: str,
    data_key: bytes,
    slot_name: str,
    credentials: Credentials,
    params: KdfParams,
) -> KeySlot:
    """A new key slot (fresh salt and nonce) holding ``data_key`` under ``credentials``."""
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _kek(slot_name, params, salt, credentials)
    nonce = secrets.token_bytes(NONCE_BYTES)
    aad = _associated_data(vault_id, slot_name, params, salt)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, aad)
    return KeySlot(slot_name, params, salt, nonce, wrapped)


def unwrap_key(header: VaultHeader, slot_name: str, credentials: Credentials) -> bytes:
    """The data key from one slot, or WrongPassphraseError (bounds-checked first)."""
    slot = header.slot(slot_name)
    check_bounds(slot.kdf)
    if len(slot.nonce) != NONCE_BYTES or len(slot.wrapped_key) != KEY_BYTES + 16:
        raise _damaged("the wrapped key has the wrong size")
    kek = _kek(slot.name, slot.kdf, slot.salt, credentials)
    aad = _associated_data(header.vault_id, slot.name, slot.kdf, slot.salt)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, aad)
    except InvalidTag:
        if slot.name == RECOVERY_SLOT:
            raise WrongRecoveryKeyError() from None
        if slot.name == PASSPHRASE_KEYFILE_SLOT:
            raise WrongPassphraseOrKeyFileError() from None
        raise WrongPassphraseError() from None


def login_slot(header: VaultHeader) -> str:
    """The slot the everyday unlock uses: passphrase, or passphrase and key file."""
    names = {s.name for s in header.slots}
    if PASSPHRASE_KEYFILE_SLOT in names:
        return PASSPHRASE_KEYFILE_SLOT
    if PASSPHRASE_SLOT in names:
        return PASSPHRASE_SLOT
    raise _damaged("no passphrase key slot")


def read_header(folder: Path) -> VaultHeader:
    path = folder / HEADER_FILE
    with path.open("rb") as fh:
        raw = fh.read(MAX_HEADER_BYTES + 1)
    return VaultHeader.from_bytes(raw)


def write_header(folder: Path, header: VaultHeader) -> None:
    """Replace the header atomically: a crash leaves either the old or the new one."""
    try:
        write_private(folder / HEADER_FILE, header.to_bytes())
    except OSError as exc:
        if cause_of(exc) in DISK_CAUSES:  # full, read-only, gone: said as such, with advice
            raise storage_error(exc, folder) from exc
        raise StorageError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "Could not write the vault's header file (vault.json): {reason}. "
                    "Nothing was changed.",
                ),
                reason=failure_reason(exc),
            )
        ) from exc


def _signed_record(
    doc: dict[str, object], key: str, value_key: str, damaged: str
) -> tuple[int, str, str] | None:
    """``(seq, value, mac)`` of the header's ``audit_head`` or ``record_state``: absent is
    None, anything but an integer ``seq`` and two strings is damage."""
    record = doc.get(key)
    if record is None:
        return None
    if not isinstance(record, dict):
        raise _damaged(damaged)
    seq, value, mac = record.get("seq"), record.get(value_key), record.get("mac")
    if (
        not isinstance(seq, int)
        or isinstance(seq, bool)
        or not isinstance(value, str)
        or not isinstance(mac, str)
    ):
        raise _damaged(damaged)
    return seq, value, mac
