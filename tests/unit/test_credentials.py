"""Key files and recovery keys as files and text (vault/credentials.py), without a vault:
which files serve as a key file (1 byte to 1 MiB, all of it counted), what a new key
file holds, and what the counselor is told when a key file cannot be read or written."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from counsel_desk.vault.credentials import (
    KEY_FILE_BYTES,
    MAX_KEY_FILE_BYTES,
    RECOVERY_KEY_BYTES,
    KeyFileError,
    format_recovery_key,
    parse_recovery_key,
    read_key_file,
    write_new_key_file,
)
from tests.translations import finished_translations

SIZE = "A key file must hold between 1 byte and 1 MiB."


def _refusal(path: Path) -> str:
    with pytest.raises(KeyFileError) as caught:
        read_key_file(path)
    return str(caught.value.message)


@pytest.mark.parametrize("size", [1, 2, MAX_KEY_FILE_BYTES - 1, MAX_KEY_FILE_BYTES])
def test_a_file_of_one_byte_up_to_exactly_one_mib_serves_as_key_file_every_byte_counted(
    tmp_path: Path, size: int
) -> None:
    data = bytes(i % 251 for i in range(size))
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    assert read_key_file(path) == hashlib.sha256(data).digest()
    # The last byte counts: a file that differs only there is another key.
    path.write_bytes(data[:-1] + bytes([(data[-1] + 1) % 256]))
    assert read_key_file(path) != hashlib.sha256(data).digest()


@pytest.mark.parametrize("size", [0, MAX_KEY_FILE_BYTES + 1, MAX_KEY_FILE_BYTES + 2])
def test_an_empty_file_or_one_over_one_mib_is_refused_as_key_file(
    tmp_path: Path, size: int
) -> None:
    path = tmp_path / "chosen.bin"
    path.write_bytes(b"k" * size)
    assert _refusal(path) == SIZE


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a device that never ends")
def test_a_device_that_never_ends_is_refused_without_being_read_to_its_end() -> None:
    assert (
        _refusal(Path("/dev/zero")) == "zero is not a regular file: a key file is an ordinary file."
    )


def test_a_key_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    # The reason is the system's own words (in the system's language when it has one).
    assert _refusal(tmp_path / "missing.key") == (
        f"The key file cannot be read: {os.strerror(errno.ENOENT)}."
    )
    assert (
        _refusal(tmp_path)
        == f"{tmp_path.name} is not a regular file: a key file is an ordinary file."
    )


def test_a_new_key_file_holds_64_random_bytes_and_its_digest_is_returned(tmp_path: Path) -> None:
    first, second = tmp_path / "a.key", tmp_path / "b.key"
    digest = write_new_key_file(first)
    assert KEY_FILE_BYTES == 64
    assert len(first.read_bytes()) == KEY_FILE_BYTES
    assert digest == hashlib.sha256(first.read_bytes()).digest() == read_key_file(first)
    write_new_key_file(second)
    assert first.read_bytes() != second.read_bytes()


def test_a_new_key_file_is_never_written_over_an_existing_file_and_the_message_names_it(
    tmp_path: Path,
) -> None:
    precious = tmp_path / "thesis.docx"
    precious.write_bytes(b"years of work")
    with pytest.raises(KeyFileError) as caught:
        write_new_key_file(precious)
    assert str(caught.value.message) == (
        f"{precious} already exists; choose a new name for the key file."
    )
    assert precious.read_bytes() == b"years of work"


def test_a_new_key_file_that_cannot_be_written_says_why(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError) as caught:
        write_new_key_file(tmp_path / "unplugged" / "counsel.key")
    assert str(caught.value.message) == (
        f"The key file cannot be written: {os.strerror(errno.ENOENT)}."
    )


def test_a_failure_the_system_gives_no_reason_for_is_still_described(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some drives (network shares, phones over MTP) fail with no error number."""

    def fails(*_args: object, **_kwargs: object) -> None:
        raise OSError("the drive went away")

    monkeypatch.setattr(Path, "open", fails)
    monkeypatch.setattr("counsel_desk.vault.credentials.os.open", fails)
    assert _refusal(tmp_path / "on-the-share.key") == (
        "The key file cannot be read: the drive went away."
    )


def test_every_key_file_message_has_a_finished_indonesian_translation_in_its_context(
    tmp_path: Path,
) -> None:
    existing = tmp_path / "exists.key"
    existing.write_bytes(b"x")
    empty = tmp_path / "empty.key"
    empty.write_bytes(b"")
    messages = []
    for attempt in (
        lambda: read_key_file(tmp_path / "missing.key"),
        lambda: read_key_file(empty),
        lambda: write_new_key_file(existing),
        lambda: write_new_key_file(tmp_path / "unplugged" / "counsel.key"),
    ):
        with pytest.raises(KeyFileError) as caught:
            attempt()
        messages.append(caught.value.message)
    finished = finished_translations()
    assert len({m.template for m in messages}) == 4
    for message in messages:
        assert message.context == "VaultErrors"
        assert (message.context, message.template) in finished, message.template


def test_a_recovery_key_is_eight_groups_of_four_and_reads_back_as_its_bytes() -> None:
    raw = os.urandom(RECOVERY_KEY_BYTES)
    key = format_recovery_key(raw)
    assert [len(group) for group in key.split("-")] == [4] * 8
    assert parse_recovery_key(key) == raw
