"""Invisible text-direction characters (U+202E and the like) never get into a stored name
and never reorder a path the CLI shows (issue 15, item 14): refused at import in every
field that holds a name, and written visibly (<U+202E>) in messages about files."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tests.integration.conftest import PASSPHRASE, SAMPLE
from tests.integration.test_cli import CHEAP, run

RLO = "\u202e"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        return run(monkeypatch, capsys, *argv, stdin=stdin)

    return call


def _with(doc: dict, where: str) -> dict:
    doc = copy.deepcopy(doc)
    client = doc["clients"][0]
    if where == "other_people":
        client["other_people"][0] = f"Ri{RLO}an"
    elif where == "tags":
        client["tags"][0] = f"anx{RLO}yteiy"
    elif where == "guardian":
        client["guardians"][0]["name"] = f"{RLO}otraH"
    elif where == "consent_signer":
        client["consents"][0]["signed_by"] = f"Ibu {RLO}itS"
    elif where == "emergency_contact":
        client["emergency_contacts"][0]["name"] = f"Bu {RLO}inaR"
    return doc


@pytest.mark.parametrize("fmt", ["counsel-desk/1", "counsel-desk/2"])
@pytest.mark.parametrize(
    "where", ["other_people", "tags", "guardian", "consent_signer", "emergency_contact"]
)
def test_an_import_with_a_direction_control_in_any_name_is_refused_and_stores_nothing(
    cli, tmp_path: Path, where: str, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    planted = tmp_path / "planted.json"
    doc = _with(json.loads(SAMPLE.read_text()), where)
    doc["format"] = fmt
    planted.write_text(json.dumps(doc))
    code, _, err = cli("import", vault, planted)
    assert code == 1, err
    assert "text-direction" in err and "Client 1" in err
    assert RLO not in err  # the message never carries the character itself
    out = tmp_path / "out.json"
    assert cli("export-json", vault, out)[0] == 0
    assert json.loads(out.read_text())["clients"] == []


def test_a_file_name_with_a_direction_control_is_shown_visibly_in_cli_messages(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault = tmp_path / f"vault{RLO}fdp.exe"
    code, _, err = cli("init", vault, *CHEAP)
    assert code == 0, err
    assert RLO not in err and "<U+202E>" in err
    code, _, err = cli("import", vault, tmp_path / f"missing{RLO}nosj.exe")
    assert code != 0
    assert RLO not in err and "<U+202E>" in err
