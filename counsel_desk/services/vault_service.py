"""Create, unlock, lock and re-key the vault; back it up and restore it. The use cases
behind the unlock screen, Settings and ``counsel-desk-cli``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_desk.domain.model import SessionNote
from counsel_desk.domain.notes import note_from_payload, note_to_payload
from counsel_desk.i18n import CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction, AuditEntry
from counsel_desk.vault.backup import (
    BackupInfo,
    Rotation,
    automatic_backup,
    list_backups,
    restore_backup,
    write_backup,
)
from counsel_desk.vault.errors import StorageError, VaultLockedError
from counsel_desk.vault.kdf import KdfParams, calibrate
from counsel_desk.vault.move import check_move_target, move_vault
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.storage_errors import too_little_space_for_backups
from counsel_desk.vault.synced_folders import (
    SyncedFolder,
    SyncedFolderError,
    find_synced_folder,
    refuse_synced,
    service_name,
)
from counsel_desk.vault.vault import Vault, looks_like_vault

if TYPE_CHECKING:
    from counsel_desk.services.activities import ActivityService
    from counsel_desk.services.appointments import AppointmentService
    from counsel_desk.services.bk_reports import BkReportService
    from counsel_desk.services.breach import BreachService
    from counsel_desk.services.career_interests import CareerInterestService
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.consents import ConsentService
    from counsel_desk.services.disclosures import DisclosureService
    from counsel_desk.services.interchange import InterchangeService
    from counsel_desk.services.needs import NeedsService
    from counsel_desk.services.notes import NoteService
    from counsel_desk.services.plans import PlanService
    from counsel_desk.services.referrals import ReferralService
    from counsel_desk.services.reminders import ReminderService
    from counsel_desk.services.reports import ReportService
    from counsel_desk.services.retention import RetentionService
    from counsel_desk.services.roster import RosterService
    from counsel_desk.services.school_year import SchoolYearService
    from counsel_desk.services.screening import ScreeningService
    from counsel_desk.services.search import SearchService
    from counsel_desk.services.sociometry import SociometryService
    from counsel_desk.services.spelling import SpellingService
    from counsel_desk.services.supervision import SupervisionService


__all__ = [
    "KdfParams",
    "LockResult",
    "SyncedFolder",
    "SyncedFolderError",
    "VaultService",
    "calibrate",
    "is_disk_refusal",
    "service_name",
]

ROTATION_KEY = "backup_rotation"
AUTO_BACKUP_KEY = "automatic_backups"


def is_disk_refusal(error: BaseException) -> bool:
    """Whether ``error`` is the disk refusing a write (full, read-only, gone, busy), not
    bad input or damage: what was asked can often still be done without writing."""
    return isinstance(error, StorageError)


@dataclass(frozen=True)
class HeldNote:
    """A note a full disk refused, given back after the vault was unlocked again."""

    client_id: int
    autosave_id: int | None
    note: SessionNote


@dataclass(frozen=True)
class LockResult:
    """What locking did: the automatic backup it made, or why it could not."""

    backup: BackupInfo | None = None
    backup_error: UserMessage | None = None


class VaultService:
    """Holds the one unlocked vault of the session, if any."""

    def __init__(
        self,
        backup_root: Path | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._vault: Vault | None = None
        self._backup_root = backup_root
        self._clock = clock
        # A note that could not be saved (full disk) when the vault locked: sealed under
        # the vault's key (Vault.seal), in memory only, until that vault is unlocked.
        self._held_note: tuple[Path, bytes] | None = None
        # The synced folder the open vault lies in (docs/sync.md), found once per folder.
        self._synced: tuple[Path, SyncedFolder | None] | None = None
        # After a move: the old folder, when it held files of hers that stay there.
        self.moved_from_kept: Path | None = None

    # --- state ---------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.open_vault is not None

    @property
    def path(self) -> Path | None:
        return self._vault.folder if self._vault is not None else None

    @property
    def vault(self) -> Vault:
        vault = self.open_vault
        if vault is None:
            raise VaultLockedError()
        return vault

    @property
    def open_vault(self) -> Vault | None:
        """The vault open now, or None; read once, so a lock in a worker between two
        questions cannot make it raise (a background read asks whether it still counts)."""
        vault = self._vault
        return vault if vault is not None and vault.is_open else None

    @staticmethod
    def looks_like_vault(path: Path) -> bool:
        return looks_like_vault(path)

    @property
    def read_only(self) -> bool:
        """Whether the open vault is on a disk or folder that cannot be written (it
        opened read-only: reading and exports work, nothing can be saved)."""
        return self.is_unlocked and self.vault.read_only

    @property
    def low_on_space(self) -> bool:
        """Whether the open vault's disk has less free space than two backups need."""
        return too_little_space_for_backups(self.vault.folder)

    @staticmethod
    def requires_key_file(path: Path) -> bool:
        return looks_like_vault(path) and Vault.requires_key_file(path)

    @staticmethod
    def default_vault_path() -> Path:
        from counsel_desk.paths import default_vault_path

        return default_vault_path()

    # --- synced folders (issue 18, docs/sync.md) -------------------------------------

    @staticmethod
    def check_new_location(path: Path) -> None:
        """Raise :class:`SyncedFolderError` when a new vault at ``path`` would lie in a
        synced folder (Dropbox, OneDrive …). Writes nothing; a few stat calls."""
        refuse_synced(path)

    @property
    def synced_folder(self) -> SyncedFolder | None:
        """The synced folder the open vault lies in, or None (also while locked)."""
        if not self.is_unlocked:
            return None
        folder = self.vault.folder
        if self._synced is None or self._synced[0] != folder:
            self._synced = (folder, find_synced_folder(folder))
        return self._synced[1]

    @staticmethod
    def check_move_target(source: Path, target: Path) -> Path:
        """The target a vault at ``source`` would move to; raises when it cannot (synced,
        inside the vault, not empty, too little space). Writes nothing."""
        return check_move_target(source, target)

    def move(self, target: Path, passphrase: str, keyfile: Path | None = None) -> Path:
        """Move the open vault to the new folder ``target``: copied while nothing is
        written, checked byte for byte and opened with these credentials, and only then
        the old copy removed (``vault/move.py``). Returns the new folder, unlocked;
        ``moved_from_kept`` is then the old folder when files of hers were left in it.
        On a failure the vault stays where it was (open, unless it was closed just
        before the rename failed). Slow: off the GUI thread."""
        vault = self.vault
        self.moved_from_kept = None
        if keyfile is None:  # a wrong passphrase is said before anything is copied
            vault.verify_passphrase(passphrase)
        old = vault.folder
        try:
            moved, gone = move_vault(
                vault,
                target,
                lambda folder: Vault.open(
                    folder, passphrase, keyfile=keyfile, clock=self._clock, check_records=False
                ),
            )
        finally:
            if not vault.is_open and self._vault is vault:
                self._vault = None
        self._vault = moved
        self.moved_from_kept = None if gone else old
        return moved.folder

    # --- life cycle ----------------------------------------------------------------

    def create(self, path: Path, passphrase: str, params: KdfParams) -> str:
        """Make a new vault and unlock it; return its recovery key, to show once.
        Slow (Argon2): run off the GUI thread."""
        self.lock(backup=False)
        vault = Vault.create(path, passphrase, params, clock=self._clock)
        recovery_key = vault.recovery_key or ""
        vault.recovery_key = None
        self._vault = vault
        return recovery_key

    def unlock(self, path: Path, passphrase: str, keyfile: Path | None = None) -> None:
        """Slow (Argon2): run off the GUI thread."""
        # A wrong passphrase is counted on this computer (vault/failed_unlocks.py) and
        # recorded in the audit trail by the next unlock, here or in the CLI.
        # Summing every record row against the vault's record-state digest is left to
        # ``check_records``, run in the background once the window shows the vault.
        vault = Vault.open(
            path, passphrase, keyfile=keyfile, clock=self._clock, check_records=False
        )
        self.lock(backup=False)
        self._vault = vault

    def check_records(self) -> UserMessage | None:
        """Compare every record row with the vault's record-state digest (a data page put
        back from an older state, docs/security.md). Slow (O(records)): run it off the GUI
        thread; the vault stays usable meanwhile. The problem found, if any, is also the
        vault's ``rollback_problem``."""
        return self.vault.check_records()

    def recover(self, path: Path, recovery_key: str, new_passphrase: str) -> str:
        """Open with the recovery key and set a new passphrase; the vault's key changes too.
        Returns the new recovery key (the old one stops working), to show once. Slow."""
        vault = Vault.open_with_recovery_key(path, recovery_key, new_passphrase, clock=self._clock)
        new_recovery_key = vault.recovery_key or ""
        vault.recovery_key = None
        self.lock(backup=False)
        self._vault = vault
        return new_recovery_key

    def lock(self, *, backup: bool = True) -> LockResult:
        """Close the vault; first make an automatic backup (unless turned off)."""
        if self._vault is None:
            return LockResult()
        vault, self._vault = self._vault, None
        result = LockResult()
        try:
            if backup and vault.is_open and self.automatic_backups_enabled(vault):
                try:
                    info = automatic_backup(
                        vault, self.backup_folder(vault), self.rotation(vault), clock=self._clock
                    )
                    result = LockResult(backup=info)
                except CounselDeskError as exc:
                    result = LockResult(backup_error=exc.message)
        finally:
            vault.close()
            # The word checks keep the answers about every word of the notes they saw
            # (supervision exports, the redaction's possible people): forgotten too.
            from counsel_desk.domain.redaction import forget_looked_up_words

            forget_looked_up_words()
        return result

    # --- a note held across a lock ------------------------------------------------------

    def hold_unsaved_note(self, client_id: int, autosave_id: int | None, note: SessionNote) -> None:
        """Before a lock: keep a note that could not be saved (the disk is full), sealed
        under the vault's key, in memory only, until the vault is unlocked again in this
        run (``take_held_note``). Nothing of it is written anywhere."""
        payload = json.dumps(
            {"client_id": client_id, "autosave_id": autosave_id, "note": note_to_payload(note)}
        ).encode("utf-8")
        self._held_note = (self.vault.folder.absolute(), self.vault.seal(payload))

    @property
    def holds_a_note(self) -> bool:
        """Whether a note that could not be saved waits in memory for the next unlock."""
        return self._held_note is not None

    def take_held_note(self) -> HeldNote | None:
        """The note held at the last lock, once its vault is unlocked again (then it is
        no longer held), or None."""
        if self._held_note is None or not self.is_unlocked:
            return None
        folder, sealed = self._held_note
        if folder != self.vault.folder.absolute():
            return None  # another vault is open: it waits for its own
        data = self.vault.unseal(sealed)
        if data is None:
            return None
        self._held_note = None
        held = json.loads(data.decode("utf-8"))
        return HeldNote(
            int(held["client_id"]),
            None if held["autosave_id"] is None else int(held["autosave_id"]),
            note_from_payload(held["note"]),
        )

    # --- audit entries waiting for space -------------------------------------------------

    def write_waiting_audit(self) -> bool:
        """Write the audit entries a full disk refused; True when none waits any more."""
        return self.vault.write_waiting_audit()

    # --- keys ----------------------------------------------------------------------

    def change_passphrase(
        self,
        old: str,
        new: str,
        params: KdfParams | None = None,
        keyfile: Path | None = None,
        *,
        rotate_key: bool = False,
    ) -> str | None:
        """Slow (two Argon2 runs; with ``rotate_key`` also every page rewritten): run off
        the GUI thread. With ``rotate_key`` returns the new recovery key, to show once."""
        return self.vault.change_passphrase(
            old, new, params, keyfile=keyfile, rotate_key=rotate_key
        )

    @property
    def weak_kdf(self) -> KdfParams | None:
        """The open vault's Argon2 settings when they are below RFC 9106's recommendation."""
        return self.vault.weak_kdf

    def strengthen(
        self,
        passphrase: str,
        keyfile: Path | None = None,
        calibrator: Callable[[], KdfParams] | None = None,
    ) -> KdfParams:
        """Wrap the data key again with this computer's calibration (never below RFC
        9106); the passphrase stays. Slow (calibration and two Argon2 runs): run it off the
        GUI thread. Returns the settings now in force."""
        params = (calibrator or calibrate)().at_least(self.vault.login_kdf)
        self.vault.change_passphrase(passphrase, passphrase, params, keyfile=keyfile)
        return params

    def estimated_rotation_seconds(self) -> float:
        """How long changing the vault's key takes for this vault, roughly."""
        return self.vault.estimated_rotation_seconds()

    def add_key_file(self, passphrase: str, keyfile: Path, *, create: bool = True) -> str:
        """A key rotation: returns the new recovery key, to show once. Off the GUI thread."""
        return self.vault.add_key_file(passphrase, keyfile, create=create)

    def remove_key_file(self, passphrase: str, keyfile: Path) -> str | None:
        """A key rotation: returns the new recovery key, to show once. Off the GUI thread."""
        return self.vault.remove_key_file(passphrase, keyfile)

    @property
    def has_key_file(self) -> bool:
        return self.vault.has_key_file

    def verify_passphrase(self, passphrase: str) -> None:
        """Raises the unlock's error unless ``passphrase`` opens the vault now open (the
        kiosk's way out). Slow (Argon2): off the GUI thread."""
        self.vault.verify_passphrase(passphrase)

    def replace_recovery_key(self, passphrase: str, keyfile: Path | None = None) -> str:
        return self.vault.replace_recovery_key(passphrase, keyfile)

    # --- backups -------------------------------------------------------------------

    def backup_folder(self, vault: Vault | None = None) -> Path:
        """Where automatic backups of this vault go (outside the vault folder)."""
        from counsel_desk.paths import default_data_dir

        root = self._backup_root or default_data_dir() / "Backups"
        return root / (vault or self.vault).header.vault_id

    def rotation(self, vault: Vault | None = None) -> Rotation:
        with (vault or self.vault).reading() as conn:
            data = VaultSettingsRepository(conn).get(ROTATION_KEY, {})
        default = Rotation()
        if not isinstance(data, dict):
            return default
        last = data.get("keep_last", default.keep_last)
        days = data.get("keep_daily_days", default.keep_daily_days)
        ok = isinstance(last, int) and isinstance(days, int) and 1 <= last <= 1000
        return Rotation(last, days) if ok and 0 <= days <= 3650 else default

    def set_rotation(self, rotation: Rotation) -> None:
        with self.vault.transaction() as conn:
            VaultSettingsRepository(conn).set(
                ROTATION_KEY,
                {"keep_last": rotation.keep_last, "keep_daily_days": rotation.keep_daily_days},
            )

    def automatic_backups_enabled(self, vault: Vault | None = None) -> bool:
        with (vault or self.vault).reading() as conn:
            return bool(VaultSettingsRepository(conn).get(AUTO_BACKUP_KEY, True))

    def set_automatic_backups(self, enabled: bool) -> None:
        with self.vault.transaction() as conn:
            VaultSettingsRepository(conn).set(AUTO_BACKUP_KEY, enabled)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.backup_folder())

    def backup_to(self, out: Path) -> BackupInfo:
        """Back up to a file of the user's choice (encrypted). Slow: off the GUI thread."""
        return write_backup(self.vault, out, clock=self._clock)

    def restore(
        self, backup: Path, new_vault: Path, passphrase: str, keyfile: Path | None = None
    ) -> None:
        """Restore a backup as a new vault (checked whole before it is put in place) and
        unlock it. Slow: off the GUI thread."""
        vault = restore_backup(
            backup,
            new_vault,
            lambda folder: Vault.open(folder, passphrase, keyfile=keyfile, clock=self._clock),
        )
        self.lock(backup=False)
        self._vault = vault

    # --- services ------------------------------------------------------------------

    @property
    def clients(self) -> ClientService:
        from counsel_desk.services.clients import ClientService

        return ClientService(self.vault)

    @property
    def notes(self) -> NoteService:
        from counsel_desk.services.notes import NoteService

        return NoteService(self.vault)

    @property
    def activities(self) -> ActivityService:
        from counsel_desk.services.activities import ActivityService

        return ActivityService(self.vault, today=lambda: self._clock().date())

    @property
    def needs(self) -> NeedsService:
        from counsel_desk.services.needs import NeedsService

        return NeedsService(self.vault, today=lambda: self._clock().date())

    @property
    def referrals(self) -> ReferralService:
        from counsel_desk.services.referrals import ReferralService

        return ReferralService(self.vault, today=lambda: self._clock().date(), clock=self._clock)

    @property
    def appointments(self) -> AppointmentService:
        from counsel_desk.services.appointments import AppointmentService

        return AppointmentService(self.vault, today=lambda: self._clock().date())

    @property
    def sociometry(self) -> SociometryService:
        from counsel_desk.services.sociometry import SociometryService

        return SociometryService(self.vault, today=lambda: self._clock().date())

    @property
    def roster(self) -> RosterService:
        from counsel_desk.services.roster import RosterService

        return RosterService(self.vault, today=lambda: self._clock().date())

    @property
    def interchange(self) -> InterchangeService:
        from counsel_desk.services.interchange import InterchangeService

        return InterchangeService(self.vault)

    @property
    def consents(self) -> ConsentService:
        from counsel_desk.services.consents import ConsentService

        return ConsentService(self.vault)

    @property
    def search(self) -> SearchService:
        from counsel_desk.services.search import SearchService

        return SearchService(self.vault)

    @property
    def supervision(self) -> SupervisionService:
        from counsel_desk.services.supervision import SupervisionService

        return SupervisionService(self.vault, clock=self._clock)

    @property
    def disclosures(self) -> DisclosureService:
        from counsel_desk.services.disclosures import DisclosureService

        return DisclosureService(self.vault, clock=self._clock)

    @property
    def spelling(self) -> SpellingService:
        from counsel_desk.services.spelling import SpellingService

        return SpellingService(self.vault)

    @property
    def retention(self) -> RetentionService:
        from counsel_desk.services.retention import RetentionService

        return RetentionService(
            self.vault, self.backup_folder(), today=lambda: self._clock().date()
        )

    @property
    def career_interests(self) -> CareerInterestService:
        from counsel_desk.services.career_interests import CareerInterestService

        return CareerInterestService(self.vault, clock=self._clock)

    @property
    def screening(self) -> ScreeningService:
        from counsel_desk.services.screening import ScreeningService

        return ScreeningService(self.vault, clock=self._clock)

    @property
    def plans(self) -> PlanService:
        from counsel_desk.services.plans import PlanService

        return PlanService(self.vault, clock=self._clock)

    @property
    def reminders(self) -> ReminderService:
        from counsel_desk.services.reminders import ReminderService

        return ReminderService(self.vault, clock=self._clock)

    @property
    def reports(self) -> ReportService:
        from counsel_desk.services.reports import ReportService

        return ReportService(self.vault)

    @property
    def bk_reports(self) -> BkReportService:
        from counsel_desk.services.bk_reports import BkReportService

        return BkReportService(self.vault)

    @property
    def school_year(self) -> SchoolYearService:
        from counsel_desk.services.school_year import SchoolYearService

        return SchoolYearService(self.vault, today=lambda: self._clock().date())

    @property
    def breach(self) -> BreachService:
        from counsel_desk.services.breach import BreachService

        return BreachService(
            self.vault, self.backup_folder(), self.backups, today=lambda: self._clock().date()
        )

    def verify(self) -> list[UserMessage]:
        """The unlocked vault's problems (encrypted pages, structure, foreign keys, audit
        chain); empty when intact. Slow for a large vault: off the GUI thread."""
        return self.vault.check_integrity()

    def record_export(self, what: str, case_code: str | None = None) -> None:
        """Record in the audit trail that something was exported (what, never where)."""
        self.vault.record(AuditAction.EXPORT_WRITTEN, case_code, what)

    def audit_entries(self, limit: int | None = None) -> list[AuditEntry]:
        with self.vault.reading():
            return self.vault.audit.entries(limit)

    def vault_words(self) -> set[str]:
        """Names and schools in the vault, which a new passphrase should not contain."""
        with self.vault.reading() as conn:
            return ClientRepository(conn).identifying_words()
