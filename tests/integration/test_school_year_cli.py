"""counsel-desk-cli new-school-year (issue 20, item 2): a preview by case code that changes
nothing, then the year started with --yes, once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.bk_reports import BkSettings, school_year_of
from tests.integration.conftest import SAMPLE
from tests.integration.test_cli import CHEAP, run

# The school year running today (the CLI reads the real clock): always one to start.
CURRENT = str(school_year_of(dt.date.today(), BkSettings()))


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path) -> tuple[int, str, str]:
        return run(monkeypatch, capsys, *argv)

    return call


@pytest.fixture
def vault(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    assert cli("init", folder, *CHEAP)[0] == 0
    code, _, err = cli("import", folder, SAMPLE)
    assert code == 0, err
    return folder


def _listed(cli, vault: Path) -> str:  # type: ignore[no-untyped-def]
    code, out, err = cli("list", vault)
    assert code == 0, err
    return out


def test_the_preview_names_case_codes_only_and_changes_nothing(cli, vault: Path) -> None:  # type: ignore[no-untyped-def]
    before = _listed(cli, vault)
    code, out, err = cli("new-school-year", vault, "--last-class", "IX")
    assert code == 0, err
    assert out.splitlines() == [
        "C-0001: 8B → 9B",
        "C-0002: 9A graduates; the case closes on " + out.split("closes on ")[1].split()[0],
        "C-0004: 7 → 8",
    ]
    assert "1 graduate" in err and "--yes" in err
    for name in ("Budi", "Siti", "Emily"):
        assert name not in out + err
    assert _listed(cli, vault) == before


def test_yes_starts_the_year_once(cli, vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("new-school-year", vault, "--year", CURRENT, "--last-class", "9", "--yes")
    assert code == 0, err
    assert "Started the school year" in err
    code, _, err = cli("export-json", vault, tmp_path / "out.json")
    assert code == 0, err
    out = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert '"grade": "9B"' in out and '"grade": "8"' in out
    assert '"graduated_on"' in out and '"school_years_started"' in out
    code, _, err = cli("new-school-year", vault, "--year", CURRENT, "--last-class", "9", "--yes")
    assert code != 0 and "already been started" in err


def test_a_last_class_that_is_no_level_is_refused(cli, vault: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("new-school-year", vault, "--last-class", "IX-A")
    assert code != 0 and "--last-class" in err
