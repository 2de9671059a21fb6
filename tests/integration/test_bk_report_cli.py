"""counsel-desk-cli bk-report (issue 17, item 5): the BK service report of a period as PDF
or XLSX from a script; a JP of 0 minutes, an empty period and an unknown period refused
with one line, nothing written."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from counsel_desk.cli import main
from counsel_desk.export.pdf_check import pdf_text
from tests.integration.conftest import PASSPHRASE, SAMPLE

CHEAP = ["--argon2-time", "1", "--argon2-memory-kib", "8192", "--argon2-parallelism", "1"]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def vault(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    assert cli("init", folder, *CHEAP)[0] == 0
    code, _, err = cli("import", folder, SAMPLE)
    assert code == 0, err
    return folder


def test_bk_report_pdf_and_xlsx_of_a_semester(cli, vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bk.pdf"
    code, _, err = cli("bk-report", vault, "--period", "2025-S1", "--out", out, "--language", "id")
    assert code == 0, err
    assert "2025-S1" in err and "NOT encrypted" in err
    pages, _meta = pdf_text(out)
    text = "\n".join(pages)
    assert "Laporan pelaksanaan layanan BK" in text
    assert "Semester 2025-S1: 15 Juli 2025 – 31 Desember 2025" in text
    _code, listing, _err = cli("list", vault)
    for line in listing.splitlines():
        code_, name, _status = line.split("\t")
        assert code_ not in text
        for word in name.split():
            assert not re.search(rf"\b{re.escape(word)}\b", text)
    sheet = tmp_path / "bk.xlsx"
    code, _, err = cli("bk-report", vault, "--period", "2025/2026", "--out", sheet)
    assert code == 0, err
    assert sheet.read_bytes()[:2] == b"PK"


def test_bk_report_refusals(cli, vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bk.pdf"
    code, _, err = cli("bk-report", vault, "--period", "2025-08", "--out", out, "--jp-minutes", "0")
    assert code == 1 and "lasts from 1 to 90 minutes" in err and "0 is not possible" in err
    code, _, err = cli("bk-report", vault, "--period", "2024-03", "--out", out)
    assert code == 1 and "Nothing was recorded from 2024-03-01 to 2024-03-31" in err
    code, _, err = cli("bk-report", vault, "--period", "Maret", "--out", out)
    assert code == 1 and "is no period" in err
    code, _, err = cli("bk-report", vault, "--period", "2025-08", "--out", tmp_path / "bk.doc")
    assert code == 1 and ".pdf or .xlsx" in err
    assert not out.exists()
    # A JP of 45 minutes is kept for the next report.
    code, _, err = cli(
        "bk-report", vault, "--period", "2025-08", "--out", out, "--jp-minutes", "45"
    )
    assert code == 0, err
    assert "45 minutes" in "\n".join(pdf_text(out)[0])
