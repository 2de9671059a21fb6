"""The encrypted vault: key derivation and wrapping, the SQLCipher connection, schema
migrations, repositories (the only place SQL lives) and the audit chain."""

from counsel_desk.vault.kdf import KdfParams, calibrate
from counsel_desk.vault.vault import Vault, looks_like_vault

__all__ = ["KdfParams", "Vault", "calibrate", "looks_like_vault"]
