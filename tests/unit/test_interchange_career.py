"""Career interests in counsel-desk/2 (issue 20, item 4): the client key
``career_interests`` read strictly — an unknown item, an answer outside the scale, a
missing item, a half-struck result each refuse the file naming the key, and nothing is
imported — and written back in the inventory's item order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from counsel_desk.domain.career_interests import ITEMS
from counsel_desk.export.interchange import InterchangeError, parse_document
from counsel_desk.services.vault_service import KdfParams, VaultService

ALL = {i.key: 2 for i in ITEMS}


def _doc(rows: list[Any]) -> str:
    client: dict[str, Any] = {"given_name": "Rina", "case_code": "BK-001", "career_interests": rows}
    return json.dumps({"format": "counsel-desk/2", "clients": [client]})


def _refusal(text: str) -> str:
    with pytest.raises(InterchangeError) as caught:
        parse_document(text)
    return f"{caught.value.key} | {caught.value}"


def test_an_inventory_is_read_and_scored_by_the_reader() -> None:
    answers = ALL | {f"S{n}": 4 for n in range(1, 9)} | {f"A{n}": 3 for n in range(1, 9)}
    parsed = parse_document(
        _doc([{"taken_on": "2025-09-03", "entry": "kiosk", "answers": answers}])
    )
    (result,) = parsed.records.clients[0].career_interests
    assert result.entry.value == "kiosk" and result.taken_on == dt.date(2025, 9, 3)
    assert str(result.profile.code) == "SA(R/I/E/C)"


@pytest.mark.parametrize(
    ("row", "key", "words"),
    [
        ({"taken_on": "2025-09-03", "answers": ALL | {"R9": 2}}, "career_interests[0].answers.R9", ""),
        ({"taken_on": "2025-09-03", "answers": ALL | {"E3": 5}}, "career_interests[0]", "E3"),
        ({"taken_on": "2025-09-03", "answers": ALL | {"E3": -1}}, "career_interests[0]", "E3"),
        ({"taken_on": "2025-09-03", "answers": ALL | {"E3": True}}, "career_interests[0].answers.E3", ""),
        ({"taken_on": "2025-09-03", "answers": {k: v for k, v in ALL.items() if k != "S5"}}, "career_interests[0]", "S5"),
        ({"taken_on": "2999-01-01", "answers": ALL}, "career_interests[0]", "future"),
        ({"taken_on": "2025-09-03", "answers": ALL, "code": "SAI"}, "career_interests[0].code", ""),
        ({"taken_on": "2025-09-03", "answers": ALL, "entry": "parent"}, "career_interests[0].entry", ""),
        ({"taken_on": "2025-09-03", "answers": ALL, "struck_at": "2025-09-04T10:00:00"}, "career_interests[0].strike_reason", "both"),
        ({"taken_on": "2025-09-03", "answers": ALL, "struck_at": "2999-01-01T10:00:00", "strike_reason": "x"}, "career_interests[0]", "future"),
        ({"taken_on": "2025-09-03", "answers": ALL, "struck_at": "2025-09-02T10:00:00", "strike_reason": "x"}, "career_interests[0]", "before the day"),
        ({"taken_on": "2025-09-03", "answers": ALL, "struck_at": "2025-09-04T10:00:00", "strike_reason": "salah \u202esiswa"}, "career_interests[0]", "text-direction"),
        ({"taken_on": "2025-09-03", "answers": ALL, "struck_at": "2025-09-04T10:00:00", "strike_reason": "x" * 501}, "career_interests[0]", "longer than 500"),
        ({"taken_on": "2025-09-03"}, "career_interests[0].answers", ""),
        ({"taken_on": "2025-09-03", "answers": [2, 2]}, "career_interests[0].answers", ""),
    ],
)  # fmt: skip
def test_a_broken_inventory_refuses_the_file_naming_its_key(
    row: dict[str, Any], key: str, words: str
) -> None:
    refusal = _refusal(_doc([row]))
    assert refusal.startswith(key + " |") and words in refusal


def test_a_strike_reason_from_a_file_is_kept_as_the_window_keeps_one() -> None:
    row = {
        "taken_on": "2025-09-03",
        "answers": ALL,
        "struck_at": "2025-09-04T10:00:00",
        "strike_reason": "  lembar\u200b siswa\n lain ",
    }
    (result,) = parse_document(_doc([row])).records.clients[0].career_interests
    assert result.strike_reason == "lembar siswa lain"


def test_a_hostile_inventory_imports_nothing(tmp_path: Path) -> None:
    service = VaultService(clock=lambda: dt.datetime(2026, 12, 7, 10, 0))
    service.create(tmp_path / "v", "career passphrase, long enough", KdfParams.cheap_for_tests())
    try:
        good = {"taken_on": "2025-09-03", "answers": ALL}
        bad = {"taken_on": "2025-09-03", "answers": ALL | {"C8": 7}}
        with pytest.raises(InterchangeError):
            service.interchange.import_text(_doc([good, bad]))
        assert service.clients.list_summaries() == []
        with service.vault.reading() as conn:
            assert conn.execute("SELECT count(*) FROM career_interests").fetchone()[0] == 0
        # and a good one comes back out as it went in, items in the inventory's order
        service.interchange.import_text(_doc([good | {"entry": "kiosk"}]))
        exported = json.loads(service.interchange.export_text())
        (row,) = exported["clients"][0]["career_interests"]
        assert list(row["answers"]) == [i.key for i in ITEMS]
        assert row == {
            "taken_on": "2025-09-03",
            "entry": "kiosk",
            "answers": row["answers"],
            "struck_at": None,
            "strike_reason": None,
        }
        assert set(row["answers"].values()) == {2}
    finally:
        service.lock()
