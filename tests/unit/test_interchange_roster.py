"""The class list in counsel-desk/2 (issue 20, item 1): the optional top-level ``roster``,
read strictly (each refusal names its key) and written back byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.roster import RosterEntry
from counsel_desk.export.interchange import (
    InterchangeError,
    VaultRecords,
    dump_document,
    parse_document,
)

WHOLE_VAULT = Path(__file__).resolve().parents[1] / "fixtures" / "whole-vault.v2.json"


def _doc(**entry: Any) -> str:
    row = {"name": "Kirana Paramitha", **entry}
    return json.dumps(
        {"format": "counsel-desk/2", "clients": [{"given_name": "Rina"}], "roster": [row]}
    )


def test_a_roster_round_trips_and_keeps_the_link_to_its_client() -> None:
    records = VaultRecords(
        roster=[
            RosterEntry(
                "Kirana Paramitha",
                nisn="0098765432",
                gender="P",
                birth_date=dt.date(2012, 3, 12),
                class_name="VIII-B",
                school_year="2026/2027",
                client_id=0,
            ),
            RosterEntry("Yohanes Tanoto"),
        ]
    )
    text = dump_document(Caseload([Client(given_name="Rina", case_code="BK-001")]), records)
    document = json.loads(text)
    assert list(document)[-1] == "roster"
    assert document["roster"][1] == {
        "name": "Yohanes Tanoto",
        "nisn": None,
        "nipd": None,
        "nik": None,
        "gender": None,
        "birth_place": None,
        "birth_date": None,
        "class_name": None,
        "father_name": None,
        "mother_name": None,
        "guardian_name": None,
        "phone": None,
        "address": None,
        "school_year": None,
        "client": None,
    }
    parsed = parse_document(text)
    assert parsed.records.roster == records.roster
    assert dump_document(parsed.caseload, parsed.records) == text


def test_no_roster_is_not_written() -> None:
    text = dump_document(Caseload([Client(given_name="Rina")]), VaultRecords())
    assert "roster" not in json.loads(text)


def test_the_whole_vault_fixture_reads_and_writes_its_roster_byte_for_byte() -> None:
    text = WHOLE_VAULT.read_text(encoding="utf-8")
    parsed = parse_document(text)
    assert [e.name for e in parsed.records.roster] == [
        "Kirana Paramitha",
        "Yohanes Tanoto",
        "Oktaviani Lase",
    ]
    assert dump_document(parsed.caseload, parsed.records) == text


@pytest.mark.parametrize(
    ("entry", "key", "words"),
    [
        ({"nisn": "12345"}, "roster[0].nisn", "10 digits"),
        ({"nisn": 98765432}, "roster[0].nisn", "string"),
        ({"gender": "X"}, "roster[0].gender", "L, P"),
        ({"birth_date": "12/03/2012"}, "roster[0].birth_date", ""),
        ({"school_year": "2026"}, "roster[0].school_year", "2026/2027"),
        ({"client": 1}, "roster[0].client", ""),
        ({"name": "  "}, "roster[0].name", "blank"),
        ({"name": "Kirana\nParamitha"}, "roster[0].name", ""),
        ({"class_name": ""}, "roster[0].class_name", "blank"),
        ({"case_code": "BK-001"}, "roster[0].case_code", ""),
    ],
)
def test_a_bad_roster_entry_refuses_the_file_naming_its_key(entry, key, words) -> None:
    with pytest.raises(InterchangeError) as raised:
        parse_document(_doc(**entry))
    assert raised.value.key == key
    assert words in str(raised.value)


def test_an_nisn_or_a_client_twice_refuses_the_file() -> None:
    doc = json.loads(_doc(nisn="0098765432", client=0))
    doc["roster"].append({"name": "Yohanes", "nisn": "0098765432"})
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(doc))
    assert raised.value.key == "roster[1].nisn"
    doc["roster"][1] = {"name": "Yohanes", "client": 0}
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(doc))
    assert raised.value.key == "roster[1].client"


def test_a_counsel_desk_1_document_may_not_hold_a_roster() -> None:
    doc = json.loads(_doc())
    doc["format"] = "counsel-desk/1"
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(doc))
    assert raised.value.key == "roster"
