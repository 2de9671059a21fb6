"""Create, unlock, lock and re-key the vault: the use cases behind the unlock screen and
``counsel-desk-cli init/passwd``."""

from __future__ import annotations

from pathlib import Path

from counsel_desk.services.clients import ClientService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.vault.errors import VaultLockedError
from counsel_desk.vault.kdf import KdfParams, calibrate
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.vault import Vault, looks_like_vault

__all__ = ["KdfParams", "VaultService", "calibrate"]


class VaultService:
    """Holds the one unlocked vault of the session, if any."""

    def __init__(self) -> None:
        self._vault: Vault | None = None

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    @property
    def path(self) -> Path | None:
        return self._vault.folder if self._vault is not None else None

    @property
    def vault(self) -> Vault:
        if self._vault is None or not self._vault.is_open:
            raise VaultLockedError()
        return self._vault

    @staticmethod
    def looks_like_vault(path: Path) -> bool:
        return looks_like_vault(path)

    @staticmethod
    def default_vault_path() -> Path:
        from counsel_desk.paths import default_vault_path

        return default_vault_path()

    def create(self, path: Path, passphrase: str, params: KdfParams) -> None:
        """Make a new vault and unlock it. Slow (Argon2): run off the GUI thread."""
        self.lock()
        self._vault = Vault.create(path, passphrase, params)

    def unlock(self, path: Path, passphrase: str) -> None:
        """Slow (Argon2): run off the GUI thread."""
        vault = Vault.open(path, passphrase)
        self.lock()
        self._vault = vault

    def lock(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    def change_passphrase(self, old: str, new: str, params: KdfParams | None = None) -> None:
        """Slow (two Argon2 runs): run off the GUI thread."""
        self.vault.change_passphrase(old, new, params)

    @property
    def clients(self) -> ClientService:
        return ClientService(self.vault)

    @property
    def interchange(self) -> InterchangeService:
        return InterchangeService(self.vault)

    def vault_words(self) -> set[str]:
        """Names and schools in the vault, which a new passphrase should not contain."""
        with self.vault.reading() as conn:
            return ClientRepository(conn).identifying_words()
