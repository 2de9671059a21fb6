"""counsel-desk/2: what it adds to /1 is read strictly and written back byte for byte."""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from counsel_desk.export.interchange import (
    InterchangeError,
    dump_document,
    parse_document,
)
from tests.conftest import REPO_ROOT, sample_caseload_text

WHOLE_VAULT = REPO_ROOT / "tests" / "fixtures" / "whole-vault.v2.json"
Doc = dict[str, Any]


def whole() -> Doc:
    return json.loads(WHOLE_VAULT.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def refused(doc: Doc) -> InterchangeError:
    with pytest.raises(InterchangeError) as info:
        parse_document(json.dumps(doc))
    return info.value


def first_with(doc: Doc, key: str) -> tuple[int, Doc]:
    return next((i, c) for i, c in enumerate(doc["clients"]) if key in c)


def test_the_whole_vault_fixture_holds_every_kind_of_v2_record() -> None:
    doc = whole()
    assert doc["format"] == "counsel-desk/2"
    assert doc["retention"]["profile"] == "custom" and doc["never_print"]
    assert list(doc)[-14:] == [
        "never_print",
        "keep_words",
        "school_calendar",
        "activities",
        "letterhead",
        "letter_numbers",
        "akpd_items",
        "akpd_responses",
        "bk_program",
        "school_years_started",
        "appointments",
        "intake",
        "roster",
        "sociometry",
    ]
    # issue 20: every kind and status of appointment, an overlap, requests of each state
    assert {a["kind"] for a in doc["appointments"]} == {
        "client",
        "group",
        "class",
        "parent_meeting",
        "other",
    }
    assert {a["status"] for a in doc["appointments"]} == {"planned", "held", "cancelled", "no_show"}
    assert {r["state"] for r in doc["intake"]} == {"open", "scheduled", "closed"}
    assert any(r["name"] for r in doc["intake"]) and any(
        r["client"] is not None for r in doc["intake"]
    )
    assert doc["keep_words"] and doc["school_calendar"] and doc["activities"]
    assert any("rpl" in a for a in doc["activities"])  # a session delivered from the program
    keys = {k for c in doc["clients"] for k in c}
    assert {"support_plans", "follow_ups", "legal_hold", "supervision_context"} <= keys
    assert "referrals" in keys  # issue 17
    assert "graduated_on" in keys  # issue 20
    sessions = [s for c in doc["clients"] for s in c["sessions"]]
    assert any("ratings" in s for s in sessions) and any("measures" in s for s in sessions)
    assert any("service" in s for s in sessions) and any("follow_up_on" in s for s in sessions)
    releases = [x for c in doc["clients"] for x in c["consents"] if "disclosures" in x]
    assert releases and releases[0]["purpose"]
    attachments = [
        a for c in doc["clients"] for x in c["consents"] for a in x.get("attachments", [])
    ]
    assert {a["kind"] for a in attachments} == {"signature", "scan"}
    assert any(len(c.get("support_plans", [])) == 2 for c in doc["clients"])


def test_the_whole_vault_fixture_reads_and_writes_back_byte_for_byte() -> None:
    text = WHOLE_VAULT.read_text(encoding="utf-8")
    parsed = parse_document(text)
    assert dump_document(parsed.caseload, parsed.records) == text


def test_attachments_come_back_as_the_exact_bytes_with_their_hash() -> None:
    parsed = parse_document(WHOLE_VAULT.read_text(encoding="utf-8"))
    found = [a for c in parsed.records.clients for v in c.attachments.values() for a in v]
    assert [a.kind.value for a in found] == ["signature", "scan"]
    assert found[0].data.startswith(b"\x89PNG") and found[1].data.startswith(b"%PDF")
    assert found[1].media_type == "application/pdf"


def test_a_v1_document_reads_with_no_v2_records_and_is_written_as_v2() -> None:
    parsed = parse_document(sample_caseload_text())
    assert parsed.records.clients == [] and parsed.records.never_print == []
    assert parsed.records.keep_words == []
    assert dump_document(parsed.caseload, parsed.records).startswith(
        '{\n  "format": "counsel-desk/2"'
    )


def test_a_v1_document_may_not_use_v2_keys() -> None:
    doc = whole()
    doc["format"] = "counsel-desk/1"
    error = refused(doc)
    assert error.key in {"retention", "never_print"} or error.client_ref is not None
    assert "is not part of the counsel-desk/1 format" in str(error)


def test_a_v1_document_may_not_carry_kept_words() -> None:
    doc = json.loads(sample_caseload_text())
    assert doc["format"] == "counsel-desk/1"
    doc["keep_words"] = ["Duolingo"]
    error = refused(doc)
    assert error.key == "keep_words"
    assert "is not part of the counsel-desk/1 format" in str(error)


def test_kept_words_are_read_and_written_back_in_their_order_after_never_print() -> None:
    doc = whole()
    doc["keep_words"] = ["Indomaret", "duolingo", "Kahoot"]  # as the vault holds them
    parsed = parse_document(json.dumps(doc))
    assert parsed.records.keep_words == ["Indomaret", "duolingo", "Kahoot"]
    again = json.loads(dump_document(parsed.caseload, parsed.records))
    assert again["keep_words"] == ["Indomaret", "duolingo", "Kahoot"]
    keys = list(again)
    assert keys.index("never_print") + 1 == keys.index("keep_words")
    assert keys.index("keep_words") + 1 == keys.index("school_calendar")
    parsed.records.keep_words = []
    assert "keep_words" not in dump_document(parsed.caseload, parsed.records)  # not when empty


def _edit_plan_version(doc: Doc) -> str:
    _, client = first_with(doc, "support_plans")
    client["support_plans"][1]["version"] = 3
    return "support_plans[1].version"


def _edit_digest(doc: Doc) -> str:
    for client in doc["clients"]:
        for j, consent in enumerate(client["consents"]):
            if "attachments" in consent:
                data = base64.b64decode(consent["attachments"][0]["data"])
                consent["attachments"][0]["data"] = base64.b64encode(data[:-1] + b"!").decode()
                return f"consents[{j}].attachments[0].sha256"
    raise AssertionError("no attachment")


def _edit_base64(doc: Doc) -> str:
    for client in doc["clients"]:
        for j, consent in enumerate(client["consents"]):
            if "attachments" in consent:
                consent["attachments"][0]["data"] = "not base64 at all!"
                return f"consents[{j}].attachments[0].data"
    raise AssertionError("no attachment")


def _edit_rating(doc: Doc) -> str:
    for client in doc["clients"]:
        for j, session in enumerate(client["sessions"]):
            if "ratings" in session:
                session["ratings"][0]["score"] = session["ratings"][0]["scale_max"] + 1
                return f"sessions[{j}].ratings[0].score"
    raise AssertionError("no rating")


def _edit_measure_twice(doc: Doc) -> str:
    for client in doc["clients"]:
        for j, session in enumerate(client["sessions"]):
            if "measures" in session:
                session["measures"].append(copy.deepcopy(session["measures"][0]))
                n = len(session["measures"]) - 1
                return f"sessions[{j}].measures[{n}].instrument"
    raise AssertionError("no measure")


def _edit_follow_up(doc: Doc) -> str:
    _, client = first_with(doc, "follow_ups")
    client["follow_ups"][0]["text"] = "   "
    return "follow_ups[0].text"


def _edit_follow_up_stamp(doc: Doc) -> str:
    _, client = first_with(doc, "follow_ups")
    client["follow_ups"][0]["created_at"] = "2025-01-01 10:00"
    return "follow_ups[0].created_at"


def _edit_hold(doc: Doc) -> str:
    _, client = first_with(doc, "legal_hold")
    del client["legal_hold"]["since"]
    return "legal_hold.since"


def _edit_objective_scale(doc: Doc) -> str:
    _, client = first_with(doc, "support_plans")
    client["support_plans"][0]["goals"][0]["objectives"][0]["scale_max"] = 5
    return "support_plans[0].goals[0].objectives[0].scale_max"


def _edit_plan_unknown_key(doc: Doc) -> str:
    _, client = first_with(doc, "support_plans")
    client["support_plans"][0]["colour"] = "blue"
    return "support_plans[0].colour"


def _edit_context(doc: Doc) -> str:
    _, client = first_with(doc, "supervision_context")
    client["supervision_context"]["question"] = 7
    return "supervision_context.question"


def _edit_retention(doc: Doc) -> str:
    doc["retention"]["profile"] = "forever"
    return "retention.profile"


def _edit_retention_years(doc: Doc) -> str:
    doc["retention"]["custom_years"] = 500
    return "retention.custom_years"


def _edit_never_print(doc: Doc) -> str:
    doc["never_print"].append(" ")
    return f"never_print[{len(doc['never_print']) - 1}]"


def _edit_keep_words(doc: Doc) -> str:
    doc["keep_words"].insert(0, "")
    return "keep_words[0]"


def _edit_keep_words_type(doc: Doc) -> str:
    doc["keep_words"] = "Duolingo"
    return "keep_words"


BROKEN: list[Callable[[Doc], str]] = [
    _edit_plan_version,
    _edit_digest,
    _edit_base64,
    _edit_rating,
    _edit_measure_twice,
    _edit_follow_up,
    _edit_follow_up_stamp,
    _edit_hold,
    _edit_objective_scale,
    _edit_plan_unknown_key,
    _edit_context,
    _edit_retention,
    _edit_retention_years,
    _edit_never_print,
    _edit_keep_words,
    _edit_keep_words_type,
]


@pytest.mark.parametrize("edit", BROKEN, ids=lambda f: f.__name__[6:])
def test_a_broken_v2_record_is_refused_naming_its_key(edit: Callable[[Doc], str]) -> None:
    doc = whole()
    key = edit(doc)
    error = refused(doc)
    assert error.key == key
    assert key.split(".")[0].split("[")[0] in str(error)


@pytest.mark.parametrize(
    ("event", "key"),
    [
        ({"name": "UAS", "from": "2025-12-06", "to": "2025-12-01"}, "school_calendar[0]"),
        ({"name": "Semester 1", "from": "2025-07-14", "to": "2025-12-20"}, "school_calendar[0]"),
        ({"name": " ", "from": "2025-12-01", "to": "2025-12-06"}, "school_calendar[0]"),
        ({"name": "UAS", "from": "2025-12-01"}, "school_calendar[0].to"),
        ({"name": "UAS", "from": "2025-02-30", "to": "2025-03-02"}, "school_calendar[0].from"),
        ({"name": "UAS", "from": "2025-12-01", "to": "2025-12-02", "x": 1}, "school_calendar[0].x"),
    ],
)
def test_a_school_calendar_event_that_cannot_be_kept_is_refused_naming_its_key(
    event: dict[str, object], key: str
) -> None:
    doc = whole()
    doc["school_calendar"] = [event]
    with pytest.raises(InterchangeError) as info:
        parse_document(json.dumps(doc))
    assert info.value.key == key


def test_a_school_year_listed_twice_or_not_a_year_is_refused_by_its_place() -> None:
    doc = whole()
    doc["school_years_started"] = [2018, 2018]
    assert "school_years_started[1]" in str(refused(doc))
    doc["school_years_started"] = [2018, "2019"]
    assert "school_years_started[1]" in str(refused(doc))
    doc["school_years_started"] = [1899]
    assert "school_years_started[0]" in str(refused(doc))


def test_a_graduation_day_is_a_v2_key_and_not_in_the_future() -> None:
    doc = whole()
    doc["clients"][2]["graduated_on"] = "2999-06-15"
    assert "graduated_on" in str(refused(doc))
    v1 = json.loads(sample_caseload_text())
    v1["clients"][0]["graduated_on"] = "2019-06-15"
    assert "graduated_on" in str(refused(v1))


def test_an_appointment_that_ends_before_it_starts_refuses_the_file_naming_its_key() -> None:
    doc = whole()
    doc["appointments"][1]["end"] = "09:00"
    assert refused(doc).key == "appointments[1].end"


@pytest.mark.parametrize(
    ("where", "key", "value", "refused_key"),
    [
        ("appointments", "client", 9, "appointments[0].client"),
        ("appointments", "start", "9:00", "appointments[0].start"),
        ("appointments", "kind", "lunch", "appointments[0].kind"),
        ("appointments", "remind_minutes", 7, "appointments[0].remind_minutes"),
        ("appointments", "room", "B", "appointments[0].room"),
        ("intake", "appointment", 5, "intake[0].appointment"),
        ("intake", "channel", "pigeon", "intake[0].channel"),
        ("intake", "received_on", "2999-01-01", "intake[0].received_on"),
    ],
)
def test_a_broken_appointment_or_request_refuses_the_file(
    where: str, key: str, value: object, refused_key: str
) -> None:
    doc = whole()
    doc[where][0][key] = value
    assert refused(doc).key == refused_key
