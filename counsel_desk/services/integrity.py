"""Checking a vault's integrity from the app, and the vault-layer types the app shows.

The UI may not import ``counsel_desk.vault`` (see docs/architecture.md), yet it lists
audit entries, backups and their rotation: those types are re-exported here.
"""

from __future__ import annotations

from counsel_desk.i18n import UserMessage
from counsel_desk.services.vault_service import VaultService
from counsel_desk.vault.audit import AuditAction, AuditEntry
from counsel_desk.vault.backup import BACKUP_SUFFIX, BackupInfo, Rotation

__all__ = [
    "BACKUP_SUFFIX",
    "AuditAction",
    "AuditEntry",
    "BackupInfo",
    "Rotation",
    "verify",
]


def verify(service: VaultService) -> list[UserMessage]:
    """The unlocked vault's problems (encrypted pages, database structure, foreign keys,
    audit chain); an empty list when it is intact. Slow for a large vault: call it off
    the GUI thread."""
    return service.verify()
