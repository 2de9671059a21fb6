"""Sociometry in counsel-desk/2 (issue 20, item 4): the optional top-level ``sociometry``,
read strictly — a hostile file (a self-choice, an unknown member, too many choices) is
refused whole, naming its key — and written back byte for byte."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from counsel_desk.domain.enums import AkpdEntry
from counsel_desk.domain.sociometry import Answer, Member
from counsel_desk.export.interchange import InterchangeError, dump_document, parse_document

WHOLE_VAULT = Path(__file__).resolve().parents[1] / "fixtures" / "whole-vault.v2.json"


def _document() -> dict[str, Any]:
    return json.loads(WHOLE_VAULT.read_text(encoding="utf-8"))


def test_the_whole_vault_fixture_reads_and_writes_its_round_byte_for_byte() -> None:
    text = WHOLE_VAULT.read_text(encoding="utf-8")
    parsed = parse_document(text)
    (round_,) = parsed.records.sociometry
    assert round_.class_name == "VIII-B" and round_.choices_per_criterion == 2
    assert [c.positive for c in round_.criteria] == [True, False]
    assert round_.members == (Member(1, None, 0), Member(2, 0, None), Member(3, 1, 1), Member(4))
    assert round_.answers[1] == Answer(2, ((1,), ()), AkpdEntry.KIOSK)
    assert dump_document(parsed.caseload, parsed.records) == text
    assert list(json.loads(text))[-1] == "sociometry"


def test_no_round_is_not_written() -> None:
    doc = _document()
    del doc["sociometry"]
    parsed = parse_document(json.dumps(doc))
    assert "sociometry" not in json.loads(dump_document(parsed.caseload, parsed.records))


def _refused(change: Any) -> InterchangeError:
    doc = _document()
    change(doc["sociometry"][0])
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(doc))
    return raised.value


HOSTILE = [
    # a student who chooses herself
    (
        lambda r: r["answers"][0]["choices"][0].__setitem__(0, 1),
        "sociometry[0].answers[0].choices[0][0]",
        "themselves",
    ),
    # a classmate who is no member
    (
        lambda r: r["answers"][0]["choices"][0].__setitem__(1, 9),
        "sociometry[0].answers[0].choices[0][1]",
        "not a member",
    ),
    # more than N
    (
        lambda r: r["answers"][0]["choices"][0].append(4),
        "sociometry[0].answers[0].choices[0]",
        "at most 2",
    ),
    # the same classmate twice
    (
        lambda r: r["answers"][0]["choices"][0].__setitem__(1, 2),
        "sociometry[0].answers[0].choices[0][1]",
        "twice",
    ),
    # an answer of no member
    (
        lambda r: r["answers"][2].__setitem__("member", 7),
        "sociometry[0].answers[2].member",
        "not a member",
    ),
    (
        lambda r: r["answers"].append({"member": 7, "entry": "paper", "choices": [[1], []]}),
        "sociometry[0].answers[3].member",
        "not a member",
    ),
    (
        lambda r: r["answers"].reverse(),
        "sociometry[0].answers",
        "out of order",
    ),
    # choices for one question only
    (
        lambda r: r["answers"][0].__setitem__("choices", [[2]]),
        "sociometry[0].answers[0].choices",
        "2",
    ),
    (
        lambda r: r["answers"][0].__setitem__("choices", [[2, "3"], []]),
        "sociometry[0].answers[0].choices[0][1]",
        "whole number",
    ),
    (
        lambda r: r["answers"][0].__setitem__("choices", [2, []]),
        "sociometry[0].answers[0].choices[0]",
        "list",
    ),
    (
        lambda r: r["answers"][0].__setitem__("entry", "web"),
        "sociometry[0].answers[0].entry",
        "paper, kiosk",
    ),
    (lambda r: r["members"][0].__setitem__("roster", 5), "sociometry[0].members[0].roster", ""),
    (lambda r: r["members"][0].__setitem__("client", 3), "sociometry[0].members[0].client", ""),
    (lambda r: r["members"][1].__setitem__("roster", 1), "sociometry[0].members[2]", "twice"),
    (
        lambda r: r["members"][3].__setitem__("client", 1),
        "sociometry[0].members[3].client",
        "twice",
    ),
    (
        lambda r: r["members"][2].__setitem__("client", 0),
        "sociometry[0].members[2].client",
        "not the client",
    ),
    (lambda r: r["members"].pop(), "sociometry[0].answers[0].choices[1][0]", "not a member"),
    (lambda r: r.__setitem__("members", r["members"][:2]), "sociometry[0].members", "3 to 60"),
    (
        lambda r: r.__setitem__("choices_per_criterion", 0),
        "sociometry[0].choices_per_criterion",
        "1 to 10",
    ),
    (
        lambda r: r.__setitem__("choices_per_criterion", True),
        "sociometry[0].choices_per_criterion",
        "whole number",
    ),
    (
        lambda r: r["criteria"][0].__setitem__("positive", False),
        "sociometry[0].criteria",
        "positive",
    ),
    (lambda r: r["criteria"][0].pop("positive"), "sociometry[0].criteria[0].positive", "required"),
    (
        lambda r: r["criteria"][0].__setitem__("text", "Teman\nduduk"),
        "sociometry[0].criteria[0].text",
        "one line",
    ),
    (lambda r: r.__setitem__("class_name", " "), "sociometry[0].class_name", "blank"),
    (lambda r: r.__setitem__("held_on", "2999-01-01"), "sociometry[0].held_on", "future"),
    (lambda r: r.__setitem__("colour", "red"), "sociometry[0].colour", "not part"),
    (lambda r: r.pop("answers"), "sociometry[0].answers", "required"),
    (lambda r: r.pop("members"), "sociometry[0].members", "required"),
    (lambda r: r["answers"][0].pop("choices"), "sociometry[0].answers[0].choices", "required"),
    # a link between entry and client the class list does not have
    (
        lambda r: r["members"][1].__setitem__("client", 2),
        "sociometry[0].members[1].client",
        "not the client",
    ),
]


@pytest.mark.parametrize(("change", "key", "words"), HOSTILE)
def test_a_hostile_round_refuses_the_file_naming_its_key(change, key, words) -> None:
    error = _refused(change)
    assert error.key == key
    assert words in str(error)


def test_rounds_are_listed_by_day() -> None:
    doc = _document()
    later = copy.deepcopy(doc["sociometry"][0])
    later["held_on"] = "2025-09-01"
    doc["sociometry"].append(later)
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(doc))
    assert raised.value.key == "sociometry"


def test_a_counsel_desk_1_document_may_not_hold_a_round() -> None:
    doc = {"format": "counsel-desk/1", "sociometry": []}
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps(doc))
    assert raised.value.key == "sociometry"
