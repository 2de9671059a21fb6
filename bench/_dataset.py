"""The benchmark vault of ``bench/run.py``: the generated caseload, with one client who
has enough notes for a supervision summary of 40 sessions, and its plain-SQLite twin.

Everything here is invented data (``bench/generate.py``).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.generate import BENCH_PASSPHRASE, fill_vault, generate_caseload
from counsel_desk.vault.connection import CONNECTION_PRAGMAS, Connection
from counsel_desk.vault.header import DATABASE_FILE, HEADER_FILE
from counsel_desk.vault.kdf import KdfParams
from counsel_desk.vault.vault import Vault

# The client whose record the supervision summary is made of gets this many notes
# (everyone else gets --notes-per-client): enough for 40 record notes in the summary
# once drafts, private process notes and struck notes are left out.
SUPERVISION_NOTES = 52
SUPERVISION_SESSIONS = 40


def supervision_client_number(clients: int) -> int:
    """1-based position (case code C-0000N) of the client with the long record: the
    middle of the caseload, so that it is neither the first row nor the last id."""
    return max(1, (clients + 1) // 2)


def note_counts(clients: int, notes_per_client: int) -> list[int]:
    counts = [notes_per_client] * clients
    if clients:
        index = supervision_client_number(clients) - 1
        counts[index] = max(counts[index], SUPERVISION_NOTES)
    return counts


def build(
    folder: Path,
    clients: int,
    notes_per_client: int,
    seed: int = 1,
    params: KdfParams | None = None,
    passphrase: str = BENCH_PASSPHRASE,
) -> dict[str, float]:
    """Create the benchmark vault at ``folder``; returns seconds spent per phase."""
    kdf = params if params is not None else KdfParams.recommended_minimum()
    start = time.perf_counter()
    caseload = generate_caseload(clients, note_counts(clients, notes_per_client), seed)
    generated = time.perf_counter()
    with Vault.create(Path(folder), passphrase, kdf) as vault:
        created = time.perf_counter()
        fill_vault(vault, caseload)
        filled = time.perf_counter()
    del caseload
    return {
        "generate_s": round(generated - start, 2),
        "create_s": round(created - generated, 2),
        "insert_s": round(filled - created, 2),
        "total_s": round(time.perf_counter() - start, 2),
    }


def export_plain(vault: Vault, target_folder: Path) -> Path:
    """A decrypted copy of the vault's database (SQLCipher's ``sqlcipher_export``) in
    ``target_folder``/records.db, next to a copy of the header; returns the folder.

    Synthetic data only; the caller deletes it at the end."""
    if target_folder.exists():
        shutil.rmtree(target_folder)
    target_folder.mkdir(parents=True, mode=0o700)
    plain = target_folder / DATABASE_FILE
    shutil.copy2(vault.folder / HEADER_FILE, target_folder / HEADER_FILE)
    with vault.reading() as conn:
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain),))
        try:
            conn.execute("SELECT sqlcipher_export('plaintext')")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.execute("DETACH DATABASE plaintext")
    # sqlcipher_export copies the schema and rows, not user_version: set it, or the
    # plain vault would look unmigrated.
    with open_plain_database(plain) as c:
        c.execute(f"PRAGMA user_version = {int(version)}")
    return target_folder


class _Closing:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        return self.conn

    def __exit__(self, *exc: Any) -> None:
        self.conn.close()


def open_plain_database(path: Path) -> Any:
    return _Closing(plain_connection(path))


def plain_connection(path: Path) -> Connection:
    """The plain database, opened as ``connection.open_database`` opens the vault's:
    same library (sqlcipher3, no key), same PRAGMAs except the key."""
    uri = path.resolve().as_uri() + "?mode=rw"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    for name, value in CONNECTION_PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")
    conn.enable_load_extension(False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        raise RuntimeError(f"plain copy: journal_mode={mode}")
    return conn


def open_plain_vault(folder: Path, like: Vault, data_key: bytes) -> Vault:
    """A :class:`Vault` object over the plain copy, so that the very same services and
    repositories run on it: same header, same audit key (derived from ``data_key``, which
    never keys this connection), no encryption."""
    conn = plain_connection(folder / DATABASE_FILE)
    return Vault(folder, like.header, conn, data_key, like._clock)


__all__ = [
    "SUPERVISION_NOTES",
    "SUPERVISION_SESSIONS",
    "build",
    "export_plain",
    "note_counts",
    "open_plain_vault",
    "plain_connection",
    "supervision_client_number",
]
