"""Breach response: when the laptop is lost or the vault may have been exposed.

What the vault held (counts by kind, the date range of its records, which backups exist
and where), the steps to take, and a notification letter for clients and guardians in
Bahasa Indonesia and English. Indonesia's personal data protection law (UU PDP,
No. 27/2022, Art. 46) asks for written notice to the people concerned — and to the
supervising agency — within 3 × 24 hours of learning of the failure, saying which data
were exposed, when and how, and what is being done about it.

Nothing here names a client: the letter carries counts and dates only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.model import age_on
from counsel_desk.export.breach_letter import LetterFacts, fill_letter, write_letter_pdf
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.private_files import FileWriteError, write_private
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.backup import BackupInfo
from counsel_desk.vault.repositories.reports import ReportRepository, VaultInventory
from counsel_desk.vault.vault import Vault

STEPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Breach",
        "Write down now what happened: when the laptop or file was lost or exposed, when "
        "you found out, where, and who else may know.",
    ),
    QT_TRANSLATE_NOOP(
        "Breach",
        "Change the vault's passphrase (Vault → Change Passphrase) on every copy you still "
        "hold, and replace the recovery key.",
    ),
    QT_TRANSLATE_NOOP(
        "Breach",
        "If a key file was on the lost device or with the lost copy, remove it from the vault "
        "(Vault → Remove Key File) and make a new one.",
    ),
    QT_TRANSLATE_NOOP(
        "Breach",
        "Check which backups exist and where (below). Move or delete any copy that is kept "
        "somewhere that was exposed.",
    ),
    QT_TRANSLATE_NOOP(
        "Breach",
        "Tell school leadership (the principal) today, and report the loss to the police if "
        "the device was stolen.",
    ),
    QT_TRANSLATE_NOOP(
        "Breach",
        "Notify the clients and guardians concerned in writing within 3 × 24 hours of "
        "finding out (UU PDP No. 27/2022, Art. 46): which data, when and how they were "
        "exposed, and what you are doing about it. Use the letter below.",
    ),
    QT_TRANSLATE_NOOP(
        "Breach",
        "Notify the supervising agency for personal data protection within the same "
        "3 × 24 hours, as the law asks.",
    ),
    QT_TRANSLATE_NOOP(
        "Breach",
        "Consult your professional association's ethics body (ABKIN in Indonesia; "
        "ASCA/ACA elsewhere) and your supervisor, and keep a record of each step and when "
        "you took it.",
    ),
)

LETTER_STEPS: dict[int, str] = {
    1: "passphrase_changed",
    2: "key_file_replaced",
    4: "principal_informed",
}
"""Steps of :data:`STEPS` the letter states as done once ticked (``LetterFacts.done_steps``)."""


@dataclass(frozen=True)
class BreachFacts:
    """What the vault held, as the breach screen and the letter show it."""

    inventory: VaultInventory
    minors: int
    vault_folder: Path | None
    backup_folder: Path
    backups: list[BackupInfo]
    today: dt.date


class BreachService:
    def __init__(
        self,
        vault: Vault,
        backup_folder: Path,
        backups: Callable[[], list[BackupInfo]],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._vault = vault
        self._backup_folder = backup_folder
        self._backups = backups
        self._today = today

    def facts(self) -> BreachFacts:
        today = self._today()
        with self._vault.reading() as conn:
            inventory = ReportRepository(conn).inventory()
        minors = sum(1 for born in inventory.dates_of_birth if (age_on(born, today) or 99) < 18)
        try:
            backups = list(self._backups())
        except OSError:
            backups = []
        return BreachFacts(
            inventory,
            minors,
            self._vault.folder,
            self._backup_folder,
            backups,
            today,
        )

    @staticmethod
    def steps() -> list[UserMessage]:
        return [UserMessage(step) for step in STEPS]

    def letter(self, facts: LetterFacts, language: str) -> str:
        return fill_letter(facts, language)

    def save_letter(self, facts: LetterFacts, language: str, path: Path) -> Path:
        """Write the letter where the counselor chose: a PDF for ``.pdf``, else text.
        It carries counts and dates only, never a name."""
        path = Path(path)
        text = fill_letter(facts, language)
        if path.suffix.lower() == ".pdf":
            write_letter_pdf(text, path, language)
        else:
            try:
                write_private(path, text.encode("utf-8"))
            except OSError as exc:
                raise FileWriteError(path, exc) from exc
        self._vault.record(AuditAction.EXPORT_WRITTEN, None, "breach letter")
        return path


def letter_facts(
    facts: BreachFacts,
    *,
    incident: str = "",
    discovered: dt.date | None = None,
    what_happened: str = "",
    contact: str = "",
    ticked: frozenset[int] = frozenset(),
) -> LetterFacts:
    """``ticked``: the indexes in :data:`STEPS` the counselor marked as done; only those
    the letter reports are stated in it as done."""
    inv = facts.inventory
    return LetterFacts(
        clients=inv.clients,
        minors=facts.minors,
        notes=inv.notes,
        consents=inv.consents,
        first_record=inv.first_record,
        last_record=inv.last_record,
        incident=incident,
        discovered=discovered or facts.today,
        what_happened=what_happened,
        contact=contact,
        written_on=facts.today,
        done_steps=frozenset(LETTER_STEPS[i] for i in ticked if i in LETTER_STEPS),
    )
