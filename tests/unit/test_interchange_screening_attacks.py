"""Attacks on the screening keys of counsel-desk/2 (review of 2026-12-07,
docs/attacks-2026-12-07b.md): a file's strike is checked as the window's is."""

from __future__ import annotations

import json
from typing import Any

import pytest

from counsel_desk.export.interchange import InterchangeError, parse_document

NINE = {str(i): 1 for i in range(1, 10)}
PHQ9 = {"instrument": "phq9", "taken_on": "2025-09-03", "answers": NINE}
DCM = {"instrument": "dcm", "taken_on": "2025-09-03", "areas": [{"area": "Belajar", "count": 5}]}


def _doc(key: str, row: dict[str, Any]) -> str:
    client = {"given_name": "Rina", "case_code": "BK-001", key: [row]}
    return json.dumps({"format": "counsel-desk/2", "clients": [client]})


@pytest.mark.parametrize(("key", "row"), [("screenings", PHQ9), ("recorded_results", DCM)])
@pytest.mark.parametrize(
    ("struck_at", "reason", "words"),
    [
        ("2999-01-01T10:00:00", "salah siswa", "struck on a day in the future"),
        ("2025-09-02T10:00:00", "salah siswa", "struck before the day it was taken"),
        ("2025-09-04T10:00:00", "salah \u202esiswa", "<U+202E>"),
        ("2025-09-04T10:00:00", "x" * 100_000, "longer than 500 characters"),
        ("2025-09-04T10:00:00", "\u200b", "Say why the result is struck"),
    ],
    ids=["future", "before the result", "text-direction control", "huge", "invisible only"],
)
def test_a_files_strike_is_refused_where_the_window_would_refuse_it(
    key: str, row: dict[str, Any], struck_at: str, reason: str, words: str
) -> None:
    text = _doc(key, row | {"struck_at": struck_at, "strike_reason": reason})
    with pytest.raises(InterchangeError) as caught:
        parse_document(text)
    assert caught.value.key == f"{key}[0]" and words in str(caught.value)


def test_a_files_strike_reason_is_kept_as_the_window_keeps_it() -> None:
    text = _doc(
        "screenings", PHQ9 | {"struck_at": "2025-09-04T10:00:00", "strike_reason": " a\u200bb  c "}
    )
    (result,) = parse_document(text).records.clients[0].screenings
    assert result.strike_reason == "ab c"
