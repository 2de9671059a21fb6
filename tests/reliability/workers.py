"""Child processes for the reliability suite: each does one kind of work on a vault and
reports progress on stdout, line by line, so the parent can kill it (SIGKILL) mid-way and
then check what survived.

    python -m tests.reliability.workers import VAULT FILE.json
    python -m tests.reliability.workers save-notes VAULT
    python -m tests.reliability.workers passwd VAULT OLD NEW
    python -m tests.reliability.workers fill-disk VAULT LIMIT_BYTES
    python -m tests.reliability.workers move VAULT TARGET STEP

Cheap Argon2 settings are used by the parents that create the vaults (tests only).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import signal
import sys
from pathlib import Path

from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.clients import ClientService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.services.notes import NoteService
from counsel_desk.vault import Vault

PASSPHRASE = "reliability suite passphrase, long enough"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def note_text(i: int) -> str:
    return f"Session {i}: the student practised breathing before the maths test. " * 3


def do_import(vault_path: Path, document: Path) -> None:
    """Says "writing" when the first note goes into the import's transaction, so the
    test knows a kill landed inside it (before "done")."""
    from counsel_desk.vault.repositories.notes import SessionRepository

    insert = SessionRepository.insert
    written: list[bool] = []

    def insert_and_say(self: SessionRepository, *args: object, **kwargs: object) -> object:
        if not written:
            written.append(True)
            say("writing")
        return insert(self, *args, **kwargs)  # type: ignore[arg-type]

    SessionRepository.insert = insert_and_say  # type: ignore[method-assign,assignment]
    data = document.read_bytes()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        say("ready")
        InterchangeService(vault).import_text(data)
        say("done")


def do_save_notes(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        client, _ = ClientService(vault).save_profile(Client(given_name="Budi"))
        assert client.id is not None
        notes = NoteService(vault)
        say("ready")
        for i in range(100_000):
            note = SessionNote(
                date=dt.date(2025, 1, 1) + dt.timedelta(days=i % 300),
                template=TemplateId.FREE,
                fields={"text": note_text(i)},
            )
            saved = notes.save_draft(client.id, note)[0]
            say(f"saved {saved.id} {i}")


def do_passwd(vault_path: Path, old: str, new: str, rotate_key: bool = False) -> None:
    with Vault.open(vault_path, old) as vault:
        say("ready")
        vault.change_passphrase(old, new, rotate_key=rotate_key)
        say("done")


def do_fill_disk(vault_path: Path, extra: int) -> None:
    """Save notes until the disk is full: a tiny file system of its own (``extra`` 0), or
    a file-size limit ``extra`` bytes above the vault's largest file. Every failure must
    be a clear StorageError, never a crash; nothing saved before may be lost."""
    with Vault.open(vault_path, PASSPHRASE) as vault:
        client, _ = ClientService(vault).save_profile(Client(given_name="Siti"))
        assert client.id is not None
        notes = NoteService(vault)
        if extra > 0:
            largest = max(p.stat().st_size for p in vault_path.iterdir())
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it -> EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (largest + extra, largest + extra))
        say("ready")
        for i in range(100_000):
            note = SessionNote(
                date=dt.date(2025, 1, 1),
                template=TemplateId.FREE,
                fields={"text": note_text(i) * 40},
            )
            try:
                saved = notes.save_draft(client.id, note)[0]
            except CounselDeskError as exc:
                say(f"refused {type(exc).__name__}: {exc}")
                break
            say(f"saved {saved.id} {i}")
    say("closed")


def do_move(vault_path: Path, target: Path, kill_at: str) -> None:
    """Move the vault to ``target`` and SIGKILL this process at the step ``kill_at``
    (one of vault.move.MOVE_STEPS), as a power cut would: no cleanup runs."""
    from counsel_desk.vault.move import move_vault

    def step(name: str) -> None:
        say(f"step {name}")
        if name == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    vault = Vault.open(vault_path, PASSPHRASE)
    say("ready")
    moved, _gone = move_vault(vault, target, lambda f: Vault.open(f, PASSPHRASE), step=step)
    moved.close()
    say("done")


if __name__ == "__main__":
    command, vault_arg, *rest = sys.argv[1:]
    path = Path(vault_arg)
    if command == "import":
        do_import(path, Path(rest[0]))
    elif command == "save-notes":
        do_save_notes(path)
    elif command == "passwd":
        do_passwd(path, rest[0], rest[1])
    elif command == "passwd-rotate":
        do_passwd(path, rest[0], rest[1], rotate_key=True)
    elif command == "move":
        do_move(path, Path(rest[0]), rest[1])
    elif command == "fill-disk":
        do_fill_disk(path, int(rest[0]))
    else:
        raise SystemExit(f"unknown command {command}")
