"""Pull the plug (SIGKILL) in the middle of work: the vault must open intact afterwards,
with every finished change in it and no half-finished one."""

from __future__ import annotations

import random
import time
from pathlib import Path

from bench.generate import generate_caseload
from counsel_desk.export.interchange import dump_document
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.notes import NoteService
from counsel_desk.vault import KdfParams, Vault
from counsel_desk.vault.errors import WrongPassphraseError
from tests.reliability.conftest import Child
from tests.reliability.workers import PASSPHRASE, note_text

CHEAP = KdfParams.cheap_for_tests()  # the reliability suite tests records, not the KDF


def _count(vault: Vault, table: str) -> int:
    with vault.reading() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_killed_10000_note_import_is_all_there_or_not_at_all(
    tmp_path: Path, child_processes: list[Child]
) -> None:
    document = tmp_path / "caseload.json"
    document.write_text(dump_document(generate_caseload(500, 20, seed=7)), encoding="utf-8")
    rng = random.Random(2025)
    inside = 0
    for attempt in range(4):
        vault_path = tmp_path / f"v{attempt}"
        Vault.create(vault_path, PASSPHRASE, CHEAP).close()
        child = Child("import", vault_path, document)
        child_processes.append(child)
        child.wait_for("ready")
        if attempt < 2:  # at once, and a little after the first note is written
            child.wait_for("writing")
            time.sleep(0.0 if attempt == 0 else 0.2)
        else:  # any time at all, as a power cut chooses
            time.sleep(rng.uniform(0.05, 2.5))
        child.kill()
        landed_inside = "writing" in child.lines and "done" not in child.lines
        inside += landed_inside
        with Vault.open(vault_path, PASSPHRASE) as vault:
            assert vault.check_integrity() == []
            sessions = _count(vault, "sessions")
            clients = _count(vault, "clients")
            assert (clients, sessions) in {(0, 0), (500, 10_000)}
            if landed_inside:
                assert (clients, sessions) == (0, 0)
    assert inside >= 1, "no kill landed inside the import's transaction"


def test_every_note_save_that_returned_survives_a_kill(
    tmp_path: Path, child_processes: list[Child]
) -> None:
    rng = random.Random(7)
    vault_path = tmp_path / "v"
    Vault.create(vault_path, PASSPHRASE, CHEAP).close()
    for _round in range(3):
        child = Child("save-notes", vault_path)
        child_processes.append(child)
        child.wait_for("ready")
        child.wait_for("saved ")  # a loaded machine may take a while for the first one
        time.sleep(rng.uniform(0.2, 1.0))
        child.kill()
        saved = [line.split() for line in child.lines if line.startswith("saved ")]
        assert saved, "the worker saved nothing before the kill"
        with Vault.open(vault_path, PASSPHRASE) as vault:
            assert vault.check_integrity() == []
            notes = NoteService(vault)
            for _, note_id, index in saved:
                _, note = notes.get(int(note_id))
                assert note.fields["text"] == note_text(int(index))


def _passphrases_that_open(
    vault_path: Path, candidates: tuple[str, str], *, clients: int | None = None
) -> list[str]:
    """Which of ``candidates`` open the vault; each one that does finds it intact (and
    holding ``clients`` clients, when given)."""
    opened = []
    for candidate in candidates:
        try:
            with Vault.open(vault_path, candidate) as vault:
                assert vault.check_integrity() == []
                if clients is not None:
                    assert _count(vault, "clients") == clients
            opened.append(candidate)
        except WrongPassphraseError:
            pass
    return opened


def test_killed_passphrase_change_leaves_exactly_one_passphrase_working(
    tmp_path: Path, child_processes: list[Child]
) -> None:
    # Heavier Argon2 than CHEAP (but still quick) so kills land inside each phase.
    params = KdfParams(time_cost=2, memory_kib=32 * 1024, parallelism=1)
    vault_path = tmp_path / "v"
    Vault.create(vault_path, PASSPHRASE, params).close()
    current, other = PASSPHRASE, "the other passphrase of this test"
    rng = random.Random(11)
    for _ in range(12):
        child = Child("passwd", vault_path, current, other)
        child_processes.append(child)
        child.wait_for("ready")
        time.sleep(rng.uniform(0.0, 0.25))
        child.kill()
        opened = _passphrases_that_open(vault_path, (current, other))
        assert len(opened) == 1, opened
        if opened[0] == other:
            current, other = other, current
        assert (vault_path / "vault.json").is_file()


def test_killed_key_rotation_leaves_exactly_one_passphrase_and_key_working(
    tmp_path: Path, child_processes: list[Child]
) -> None:
    # A vault of a few MB so that kills land inside the re-key and the checkpoint too.
    from counsel_desk.services.interchange import InterchangeService
    from counsel_desk.vault.header import HEADER_FILE

    params = KdfParams(time_cost=1, memory_kib=16 * 1024, parallelism=1)
    vault_path = tmp_path / "v"
    with Vault.create(vault_path, PASSPHRASE, params) as vault:
        InterchangeService(vault).import_text(dump_document(generate_caseload(100, 20, seed=3)))
    current, other = PASSPHRASE, "the other passphrase of this rotation test"
    header_of = {current: (vault_path / HEADER_FILE).read_bytes()}
    rng = random.Random(15)
    for _ in range(16):
        child = Child("passwd-rotate", vault_path, current, other)
        child_processes.append(child)
        child.wait_for("ready")
        # The whole rotation of this vault takes about a tenth of a second.
        time.sleep(rng.uniform(0.0, 0.12))
        child.kill()
        opened = _passphrases_that_open(vault_path, (current, other), clients=100)
        assert len(opened) == 1, opened
        if opened[0] == other:
            # The header that was in force before, with its passphrase, no longer
            # opens the database: the data key really changed.
            live = (vault_path / HEADER_FILE).read_bytes()
            (vault_path / HEADER_FILE).write_bytes(header_of[current])
            try:
                Vault.open(vault_path, current).close()
                raise AssertionError("the old header still opens the rotated vault")
            except CounselDeskError:
                pass
            finally:
                (vault_path / HEADER_FILE).write_bytes(live)
            header_of[other] = live
            current, other = other, current
