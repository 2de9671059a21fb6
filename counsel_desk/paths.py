"""Where Counsel Desk keeps its files. No Qt here: the CLI uses it too."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import counsel_desk

APP_DIR_NAME = "Counsel Desk"
VAULT_FOLDER_NAME = "Vault"


def resource_path(*parts: str) -> Path:
    """A file under the top-level ``resources/`` folder shipped with the application."""
    base = Path(counsel_desk.__file__).resolve().parent.parent / "resources"
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller bundles resources/ beside the code
    if frozen and not base.is_dir():
        base = Path(frozen) / "resources"
    return base.joinpath(*parts)


def default_data_dir() -> Path:
    """The per-user data folder of the platform, plus ``Counsel Desk``."""
    if sys.platform == "win32":
        root = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(root) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    root_path = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return root_path / APP_DIR_NAME


def default_vault_path() -> Path:
    """Where the first-run dialog proposes to create the vault (a folder)."""
    return default_data_dir() / VAULT_FOLDER_NAME
