"""What a person presents to open a vault: a passphrase, a key file, a recovery key."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.private_files import failure_reason, write_private
from counsel_desk.vault.errors import VaultError, WrongRecoveryKeyError

RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters in 8 groups of 4
KEY_FILE_BYTES = 64
MAX_KEY_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Credentials:
    passphrase: str | None = None
    keyfile_digest: bytes | None = None
    recovery_key: bytes | None = None


def new_recovery_key() -> str:
    """A fresh recovery key, formatted for printing: ``ABCD-EFGH-…`` (8 groups of 4)."""
    return format_recovery_key(secrets.token_bytes(RECOVERY_KEY_BYTES))


def format_recovery_key(raw: bytes) -> str:
    # pragma below: 20 bytes are 32 base32 characters, never padded; "ASCII" is "ascii"
    text = base64.b32encode(raw).decode("ascii").rstrip("=")  # pragma: no mutate
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The key's bytes from what a person typed: any case, spaces or dashes, and the
    digits 0, 1, 8 read as the letters O, I, B they are easily mistaken for."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 32:
        raise WrongRecoveryKeyError()
    try:
        raw = base64.b32decode(cleaned)
    except (binascii.Error, ValueError):
        raise WrongRecoveryKeyError() from None
    return raw


class KeyFileError(VaultError):
    pass


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _read_up_to(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_key_file(path: Path) -> bytes:
    """The SHA-256 digest of a key file's bytes (any regular file up to 1 MiB).

    A FIFO, a device or a folder is refused without waiting for it (opened non-blocking,
    checked with ``fstat`` before any read); so is a file larger than 1 MiB, without
    reading it."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise KeyFileError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "VaultErrors",
                            "{name} is not a regular file: a key file is an ordinary file.",
                        ),
                        name=Path(path).name,
                    )
                )
            data = (
                b"" if st.st_size > MAX_KEY_FILE_BYTES else _read_up_to(fd, MAX_KEY_FILE_BYTES + 1)
            )
        finally:
            os.close(fd)
    except OSError as exc:
        raise KeyFileError(
            UserMessage(
                QT_TRANSLATE_NOOP("VaultErrors", "The key file cannot be read: {reason}."),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    if not data or len(data) > MAX_KEY_FILE_BYTES:  # an empty file, a huge one
        raise KeyFileError(
            UserMessage(
                QT_TRANSLATE_NOOP("VaultErrors", "A key file must hold between 1 byte and 1 MiB.")
            )
        )
    return hashlib.sha256(data).digest()


def write_new_key_file(path: Path) -> bytes:
    """Write a new random key file at ``path`` (never overwriting); return its digest."""
    data = secrets.token_bytes(KEY_FILE_BYTES)
    try:
        write_private(Path(path), data, replace=False)
    except FileExistsError as exc:
        raise KeyFileError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors", "{path} already exists; choose a new name for the key file."
                ),
                path=str(path),
            )
        ) from exc
    except OSError as exc:
        raise KeyFileError(
            UserMessage(
                QT_TRANSLATE_NOOP("VaultErrors", "The key file cannot be written: {reason}."),
                reason=failure_reason(exc),
            )
        ) from exc
    return hashlib.sha256(data).digest()
