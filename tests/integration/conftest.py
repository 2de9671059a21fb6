"""Vault fixtures. Tests use cheap Argon2 parameters (KdfParams.cheap_for_tests) on
purpose, so the suite stays fast; the product never uses them by default."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsel_desk.vault import KdfParams, Vault
from tests.conftest import SAMPLE_CASELOAD

PASSPHRASE = "correct horse battery staple, twice over"
SAMPLE = SAMPLE_CASELOAD


@pytest.fixture
def cheap() -> KdfParams:
    return KdfParams.cheap_for_tests()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "MyVault"


@pytest.fixture
def vault(vault_path: Path, cheap: KdfParams) -> Iterator[Vault]:
    with Vault.create(vault_path, PASSPHRASE, cheap) as v:
        yield v


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
