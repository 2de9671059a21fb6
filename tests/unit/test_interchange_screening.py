"""Screening results in counsel-desk/2 (issue 20, item 3): the client keys ``screenings``
and ``recorded_results`` read strictly — a file cannot carry an incomplete questionnaire,
an answer beyond its choices, a question the instrument lacks, or a half-struck result —
each refusal naming its key; and written back byte for byte (the whole-vault fixture)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from counsel_desk.domain.screening import InstrumentId, RecordedInstrument
from counsel_desk.export.interchange import InterchangeError, parse_document

NINE = {str(i): 1 for i in range(1, 10)}


def _doc(screenings: list[Any] | None = None, recorded: list[Any] | None = None) -> str:
    client: dict[str, Any] = {"given_name": "Rina", "case_code": "BK-001"}
    if screenings is not None:
        client["screenings"] = screenings
    if recorded is not None:
        client["recorded_results"] = recorded
    return json.dumps({"format": "counsel-desk/2", "clients": [client]})


def _refusal(text: str) -> str:
    with pytest.raises(InterchangeError) as caught:
        parse_document(text)
    return f"{caught.value.key} | {caught.value}"


def test_a_questionnaire_is_read_with_its_answers_and_scored_by_the_reader() -> None:
    parsed = parse_document(
        _doc([{"instrument": "phqa", "taken_on": "2025-09-03", "answers": {**NINE, "ever": 1}}])
    )
    (result,) = parsed.records.clients[0].screenings
    assert result.instrument is InstrumentId.PHQA and result.entry.value == "counselor"
    assert (result.score.total, result.score.self_harm) == (9, True)


@pytest.mark.parametrize(
    ("row", "key", "words"),
    [
        ({"instrument": "phq9", "taken_on": "2025-09-03", "answers": {"1": 1}}, "screenings[0]", "not complete"),
        ({"instrument": "phq9", "taken_on": "2025-09-03", "answers": {**NINE, "9": 4}}, "screenings[0]", "not one of its choices"),
        ({"instrument": "phq9", "taken_on": "2025-09-03", "answers": {**NINE, "9": True}}, "screenings[0].answers.9", ""),
        ({"instrument": "gad7", "taken_on": "2025-09-03", "answers": NINE}, "screenings[0].answers.8", ""),
        ({"instrument": "phq9", "taken_on": "2025-09-03", "answers": {**NINE, "ever": 0}}, "screenings[0].answers.ever", ""),
        ({"instrument": "phq9", "taken_on": "2999-01-01", "answers": NINE}, "screenings[0]", "future"),
        ({"instrument": "phq10", "taken_on": "2025-09-03", "answers": NINE}, "screenings[0].instrument", ""),
        ({"instrument": "phq9", "taken_on": "2025-09-03", "answers": NINE, "total": 27}, "screenings[0].total", ""),
        ({"instrument": "phq9", "taken_on": "2025-09-03", "answers": NINE, "struck_at": "2025-09-04T10:00:00"}, "screenings[0].strike_reason", "both"),
        ({"instrument": "phq9", "taken_on": "2025-09-03", "answers": [1, 1]}, "screenings[0].answers", ""),
    ],
)  # fmt: skip
def test_a_broken_questionnaire_refuses_the_file_naming_its_key(
    row: dict[str, Any], key: str, words: str
) -> None:
    refusal = _refusal(_doc([row]))
    assert refusal.startswith(key + " |") and words in refusal


def test_a_recorded_result_is_read_tidied_and_a_broken_one_refused() -> None:
    parsed = parse_document(
        _doc(
            recorded=[
                {
                    "instrument": "dcm",
                    "taken_on": "2025-08-01",
                    "areas": [{"area": " Belajar\u200b ", "count": 5}],
                }
            ]
        )
    )
    (result,) = parsed.records.clients[0].recorded_results
    assert result.instrument is RecordedInstrument.DCM and result.areas == [("Belajar", 5)]
    empty = {"instrument": "itp", "taken_on": "2025-08-01", "areas": []}
    assert "recorded_results[0] |" in _refusal(_doc(recorded=[empty]))
    nameless = {"instrument": "other", "taken_on": "2025-08-01", "summary": "ok"}
    assert "which instrument" in _refusal(_doc(recorded=[nameless]))
    negative = {
        "instrument": "dcm",
        "taken_on": "2025-08-01",
        "areas": [{"area": "A", "count": -2}],
    }
    assert "whole number" in _refusal(_doc(recorded=[negative]))
    extra = {
        "instrument": "dcm",
        "taken_on": "2025-08-01",
        "areas": [{"area": "A", "count": 1, "items": [3]}],
    }
    assert _refusal(_doc(recorded=[extra])).startswith("recorded_results[0].areas[0].items |")
