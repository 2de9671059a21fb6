"""The attacker's review of sharing a PDF (docs/attacks-2026-12-07d.md): each test was
seen failing before its fix. Vaults use cheap Argon2 settings (tests only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import cli, sample_vault  # noqa: F401 (fixtures)


@pytest.mark.parametrize(
    ("recipient", "problem"),
    [
        ("Dr.\u202eSari", "karakter arah teks"),
        ("Dr. Sari\ncounsel-desk-cli: ditulis", "satu baris"),
        ("x" * 201, "paling banyak 200 karakter"),
    ],
)
def test_supervision_pdf_refuses_a_bad_recipient_as_a_usage_error_in_her_language_before_unlocking(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    recipient: str,
    problem: str,
) -> None:
    monkeypatch.setenv("LANGUAGE", "id")
    before = (sample_vault / "records.db").read_bytes()
    out = tmp_path / "summary.pdf"
    code, stdout, err = cli(
        "supervision-pdf",
        sample_vault,
        "C-0001",
        out,
        "--encrypt",
        "--recipient",
        recipient,
        stdin="",  # no passphrase is asked for: the argument is refused first
    )
    assert code == 2 and stdout == ""
    last = err.rstrip("\n").split("\n")[-1]
    assert problem in last and "--recipient" in last
    assert "\u202e" not in err and "counsel-desk-cli: ditulis" not in err.split("\n")[-2:][0]
    assert not out.exists()
    assert (sample_vault / "records.db").read_bytes() == before  # not even unlocked
