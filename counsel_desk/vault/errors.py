"""Errors of the vault layer. Each carries a message fit to show the user as it is."""

from __future__ import annotations

import os

from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage


class VaultError(CounselDeskError):
    """Base of the vault's errors."""


class WrongPassphraseError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "The passphrase is not correct. Check the keyboard layout and Caps Lock.",
                )
            )
        )


class WrongPassphraseOrKeyFileError(WrongPassphraseError):
    def __init__(self) -> None:
        VaultError.__init__(
            self,
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "The passphrase or the key file is not correct. Check both: the key file "
                    "must be the very file chosen when it was added.",
                )
            ),
        )


class WrongRecoveryKeyError(WrongPassphraseError):
    def __init__(self) -> None:
        VaultError.__init__(
            self,
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "The recovery key is not correct. Check each group of four characters.",
                )
            ),
        )


class KeyFileRequiredError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "This vault also needs its key file. Choose the key file to unlock.",
                )
            )
        )


class KeyFileNotExpectedError(VaultError):
    """A key file was given for a vault that needs none: refused, not ignored, since it
    may mean that ``vault.json`` was replaced by an older copy (from before the key file
    was added)."""

    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "This vault needs no key file, yet one was given. If you did not remove "
                    "the key file yourself, its vault.json may have been replaced by an older "
                    "copy. Unlock without the key file only if you removed it.",
                )
            )
        )


class NotAVaultError(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP("VaultErrors", "{path} is not a Counsel Desk vault."), path=path
            )
        )


class VaultFolderMissingError(NotAVaultError):
    """The vault's folder is not there at all: most often a USB drive or share that is
    not connected, never a damaged vault."""

    def __init__(self, path: str) -> None:
        VaultError.__init__(
            self,
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "There is no folder {path}. If the vault is on a USB drive or a network "
                    "share, connect it and try again; nothing was changed.",
                ),
                path=path,
            ),
        )


def not_a_vault(path: str) -> NotAVaultError:
    """The error for a path that holds no vault: a missing folder said as such."""
    if not os.path.lexists(path):
        return VaultFolderMissingError(path)
    return NotAVaultError(path)


class VaultExistsError(VaultError):
    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "{path} already exists and is not empty; choose a new folder for the vault.",
                ),
                path=path,
            )
        )


class VaultDamagedError(VaultError):
    """The vault's files are damaged or were tampered with."""


class VaultTooNewError(VaultError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "This vault was made by a newer Counsel Desk (schema {found}; this version "
                    "knows up to {supported}). Update Counsel Desk to open it.",
                ),
                found=found,
                supported=supported,
            )
        )


class VaultLockedError(VaultError):
    def __init__(self) -> None:
        super().__init__(UserMessage(QT_TRANSLATE_NOOP("VaultErrors", "The vault is locked.")))


class KdfParametersError(VaultError):
    """Argon2 parameters out of the accepted bounds (a damaged or hostile header)."""


class StorageError(VaultError):
    """The disk refused a read or write (full, read-only, removed, busy); never damage.
    ``cause`` is one of storage_errors.Cause's values."""

    cause: str = "other"
