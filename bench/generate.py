"""Synthetic caseloads for the benchmarks, written into a vault.

The generator itself lives in the package (:mod:`counsel_desk.demo.generator`, which the
demo uses too); this script adds what only benchmarks need: a fixed passphrase, a fast
fill through the repositories, and a command line.

    python bench/generate.py --clients 1000 --out /tmp/BenchVault --json /tmp/bench.json

``generate_caseload`` is pure (no files); ``build_vault`` creates a vault and fills it in
one transaction through the repositories, which is much faster than an import.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from counsel_desk.demo.generator import TODAY, case_code, generate_caseload
from counsel_desk.domain.model import Caseload

if TYPE_CHECKING:
    from counsel_desk.vault.kdf import KdfParams
    from counsel_desk.vault.vault import Vault

__all__ = [
    "BENCH_PASSPHRASE",
    "TODAY",
    "build_vault",
    "case_code",
    "fill_vault",
    "generate_caseload",
    "main",
]

BENCH_PASSPHRASE = "benchmark vault: synthetic records only, never real ones"


def fill_vault(vault: Vault, caseload: Caseload) -> tuple[int, int, int]:
    """Insert a caseload through the repositories in one transaction.

    Returns (clients, sessions, consents). Much faster than an import, which parses and
    validates a document first; the caseload must already be valid.
    """
    from counsel_desk.vault.audit import AuditAction
    from counsel_desk.vault.repositories.clients import ClientRepository, SessionRepository

    sessions = consents = 0
    with vault.transaction() as conn:
        repo = ClientRepository(conn)
        notes = SessionRepository(conn)
        ids: dict[str, int] = {}
        for client in caseload.clients:
            assert client.case_code is not None
            ids[client.case_code] = repo.insert(client)
        for client in caseload.clients:
            client_id = ids[client.case_code or ""]
            for note in client.sessions:
                notes.insert(client_id, note, [ids[code] for code in note.group_members])
                sessions += 1
            for consent in client.consents:
                repo.insert_consent(client_id, consent)
                consents += 1
        vault.audit.append(
            AuditAction.CASELOAD_IMPORTED,
            detail=f"{len(ids)} clients, {sessions} sessions, {consents} consents",
        )
    return len(caseload.clients), sessions, consents


def build_vault(
    path: Path,
    clients: int = 1000,
    notes_per_client: int = 20,
    params: KdfParams | None = None,
    passphrase: str = BENCH_PASSPHRASE,
    seed: int = 1,
) -> Path:
    """Create a vault at ``path`` (must not exist, or be empty) holding a generated caseload.

    ``params`` are the Argon2 parameters (a ``KdfParams``); the default is the product's
    minimum, ``KdfParams.recommended_minimum()``.
    """
    from counsel_desk.vault.kdf import KdfParams
    from counsel_desk.vault.vault import Vault

    kdf = params if params is not None else KdfParams.recommended_minimum()
    caseload = generate_caseload(clients, notes_per_client, seed)
    with Vault.create(Path(path), passphrase, kdf) as vault:
        fill_vault(vault, caseload)
    return Path(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, required=True)
    parser.add_argument("--notes-per-client", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="vault folder to create (must not exist)")
    parser.add_argument("--json", type=Path, help="also write the counsel-desk/1 document here")
    parser.add_argument(
        "--cheap-kdf",
        action="store_true",
        help="weak Argon2 parameters (tests only); default: the product minimum t=3, 64 MiB, p=4",
    )
    parser.add_argument(
        "--passphrase",
        default=BENCH_PASSPHRASE,
        help="the vault's passphrase (default: a fixed benchmark passphrase)",
    )
    args = parser.parse_args(argv)
    if args.out is None and args.json is None:
        parser.error("give --out VAULT_DIR and/or --json OUT.json")

    started = time.perf_counter()
    caseload = generate_caseload(args.clients, args.notes_per_client, args.seed)
    notes = sum(len(c.sessions) for c in caseload.clients)
    print(
        f"generated {len(caseload.clients)} clients, {notes} notes "
        f"in {time.perf_counter() - started:.1f} s"
    )
    if args.json is not None:
        from counsel_desk.export.interchange import dump_document

        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(dump_document(caseload), encoding="utf-8")
        print(f"wrote {args.json} ({args.json.stat().st_size / 1e6:.1f} MB)")
    if args.out is not None:
        from counsel_desk.vault.kdf import KdfParams
        from counsel_desk.vault.vault import Vault

        kdf = KdfParams.cheap_for_tests() if args.cheap_kdf else KdfParams.recommended_minimum()
        started = time.perf_counter()
        with Vault.create(args.out, args.passphrase, kdf) as vault:
            fill_vault(vault, caseload)
        print(
            f"built vault {args.out} in {time.perf_counter() - started:.1f} s "
            f"(Argon2id t={kdf.time_cost}, m={kdf.memory_kib} KiB, p={kdf.parallelism})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
