"""The counsel-desk/1 interchange format (and what /2 keeps of it): strict reading, exact
writing, round trips."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentStatus,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Addendum, Caseload, Client, SessionNote
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.domain.validation import Severity, errors, validate_client
from counsel_desk.export.interchange import (
    CLIENT_KEYS,
    CONSENT_KEYS,
    CONTACT_KEYS,
    FORMAT,
    SESSION_EXTENSION_KEYS,
    SESSION_KEYS,
    InterchangeError,
    ParseResult,
    caseload_to_document,
    dump_document,
    parse_document,
)
from counsel_desk.i18n import CounselDeskError, UserMessage
from tests.conftest import sample_caseload_text
from tests.strategies import caseloads

TODAY = dt.date(2026, 1, 15)

Doc = dict[str, Any]


def sample() -> Doc:
    doc: Doc = json.loads(sample_caseload_text())
    return doc


def parse(doc: Doc | str, known: tuple[str, ...] = ()) -> ParseResult:
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    return parse_document(text, known, today=TODAY)


def refused(doc: Doc | str | bytes, known: tuple[str, ...] = ()) -> InterchangeError:
    with pytest.raises(InterchangeError) as info:
        if isinstance(doc, bytes):
            parse_document(doc, known, today=TODAY)
        else:
            parse(doc, known)
    return info.value


def minimal(**client: Any) -> Doc:
    """A document with one client holding only ``client``'s keys (given_name by default)."""
    return {"format": FORMAT, "clients": [{"given_name": "Ayu", **client}]}


def edited(change: Callable[[Doc], object]) -> Doc:
    doc = sample()
    change(doc)
    return doc


# --- the sample document --------------------------------------------------------------


def test_the_counsel_desk_1_sample_is_written_back_as_counsel_desk_2_with_nothing_else_changed() -> (
    None
):
    text = sample_caseload_text()
    assert '"format": "counsel-desk/1"' in text
    written = dump_document(parse_document(text).caseload)
    assert written == text.replace('"counsel-desk/1"', '"counsel-desk/2"', 1)
    assert dump_document(parse_document(written).caseload) == written


def test_sample_caseload_reads_into_the_records_it_describes() -> None:
    caseload = parse(sample_caseload_text()).caseload
    budi, siti, ayu, emily = caseload.clients
    assert [c.case_code for c in caseload.clients] == ["C-0001", "C-0002", "C-0003", "C-0004"]
    assert budi.date_of_birth == dt.date(2011, 3, 9)
    assert budi.guardians[0].name == "Hartono Santoso"
    assert budi.guardians[0].email is None
    assert budi.risk_level is RiskLevel.LOW
    first = budi.sessions[0]
    assert first.start_time == dt.time(9, 30)
    assert first.duration_minutes == 45
    assert first.template is TemplateId.SOAP
    assert first.signed_at == dt.datetime(2025, 7, 21, 10, 30)
    assert budi.sessions[1].addenda == [
        Addendum(
            dt.datetime(2025, 7, 29, 8, 0),
            "Late entry: Budi's mother phoned to say he slept better.",
        )
    ]
    assert budi.sessions[2].kind is SessionKind.GROUP
    assert budi.sessions[2].group_members == ["C-0002"]
    assert budi.sessions[3].signed_at is None
    assert siti.sessions[1].modality is Modality.VIDEO
    assert ayu.family_name == ""
    assert ayu.preferred_name is None
    assert ayu.status is ClientStatus.CLOSED
    assert ayu.closed_on == dt.date(2025, 3, 1)
    assert ayu.consents[1].status is ConsentStatus.REVOKED
    assert ayu.consents[1].revoked_on == dt.date(2025, 2, 20)
    assert emily.family_name == "Carter-Nguyễn"
    assert emily.consents[1].signer_relationship is SignerRelationship.GUARDIAN
    assert all(c.id is None for c in caseload.clients)


def test_minor_without_guardian_consent_gives_a_warning_not_an_error() -> None:
    # Ayu (C-0003) was 17 at her signed session and no guardian consent is on file.
    result = parse(sample_caseload_text())
    assert len(result.warnings) == 1
    ref, issue = result.warnings[0]
    assert ref == "client 3 (C-0003)"
    assert issue.severity is Severity.WARNING
    assert issue.path == "sessions[0].date"
    assert "under 18" in str(issue.message)


def test_bytes_and_text_read_the_same_and_a_byte_order_mark_is_skipped() -> None:
    text = sample_caseload_text()
    expected = parse_document(text).caseload
    assert parse_document(text.encode("utf-8")).caseload == expected
    assert parse_document(b"\xef\xbb\xbf" + text.encode("utf-8")).caseload == expected
    assert parse_document("\ufeff" + text).caseload == expected


# --- what the file must be ------------------------------------------------------------


def test_text_that_is_not_utf8_is_refused() -> None:
    data = b'{"format": "counsel-desk/1", "clients": [{"given_name": "Jos\xe9"}]}'
    error = refused(data)
    assert error.client_ref is None
    assert str(error) == (
        f"The file is not UTF-8 text (the first bad byte is at offset {data.index(0xE9)})."
    )


def test_invalid_json_is_refused_with_line_and_column() -> None:
    error = refused('{\n  "format": "counsel-desk/1",\n  "clients": [,]\n}')
    assert error.client_ref is None
    assert str(error).startswith("The file is not valid JSON:")
    assert "line 3, column 15" in str(error)


@pytest.mark.parametrize("text", ["", "  \n", "\ufeff"])
def test_an_empty_file_is_refused(text: str) -> None:
    assert str(refused(text)) == "The file is empty."


@pytest.mark.parametrize("text", ['{"format": "counsel-desk/1", "clients": NaN}', "[1, Infinity]"])
def test_nan_and_infinity_are_not_json(text: str) -> None:
    error = refused(text)
    assert error.client_ref is None


def test_a_huge_integer_is_refused_cleanly() -> None:
    digits = "9" * 5000
    error = refused(
        '{"format": "counsel-desk/1", "clients": [{"given_name": "A", "sessions": '
        f'[{{"date": "2025-01-01", "duration_minutes": {digits}}}]}}]}}'
    )
    assert "not valid JSON" in str(error)


def test_deep_nesting_is_refused_cleanly() -> None:
    error = refused('{"format": "counsel-desk/1", "clients": ' + "[" * 100_000)
    assert error.client_ref is None
    assert str(error) == "The file is nested too deeply to be a counsel-desk document."


@pytest.mark.parametrize(
    ("text", "found"), [("[]", "a list"), ('"counsel-desk/1"', '"counsel-desk/1"'), ("3", "3")]
)
def test_the_top_level_must_be_an_object(text: str, found: str) -> None:
    assert str(refused(text)) == f"The file must hold one JSON object, not {found}."


def test_a_missing_format_is_refused() -> None:
    error = refused({"clients": []})
    assert (error.client_ref, error.key) == (None, "format")
    assert str(error) == ('The file has no "format" key, so it is not a counsel-desk document.')


@pytest.mark.parametrize("value", ["counsel-desk/3", "Counsel-Desk/1", 1, None])
def test_a_wrong_format_is_refused(value: object) -> None:
    error = refused({"format": value, "clients": []})
    assert (error.client_ref, error.key) == (None, "format")
    assert str(error).startswith('The file\'s "format" is ')
    assert str(error).endswith('; only "counsel-desk/1" and "counsel-desk/2" can be read.')


def test_the_format_is_checked_before_other_keys() -> None:
    error = refused({"version": 3, "people": []})
    assert error.key == "format"


def test_a_document_without_clients_is_an_empty_caseload() -> None:
    assert parse({"format": FORMAT}).caseload == Caseload([])
    assert parse({"format": FORMAT, "clients": []}).caseload == Caseload([])


# --- unknown and repeated keys --------------------------------------------------------


def test_unknown_key_in_a_session_is_refused_naming_client_and_key() -> None:
    error = refused(edited(lambda d: d["clients"][1]["sessions"][0].update(colour="blue")))
    assert error.client_ref == "client 2 (C-0002)"
    assert error.client_number == 2
    assert error.case_code == "C-0002"
    assert error.key == "sessions[0].colour"
    assert str(error) == (
        'Client 2 (C-0002): "sessions[0].colour" is not part of the counsel-desk/1 format '
        "(keys allowed here: " + ", ".join(SESSION_KEYS + SESSION_EXTENSION_KEYS) + ")."
    )


def test_an_unknown_key_of_a_v2_document_names_counsel_desk_2() -> None:
    def change(d: dict[str, Any]) -> None:
        d["format"] = FORMAT
        d["clients"][1]["sessions"][0]["colour"] = "blue"

    error = refused(edited(change))
    assert str(error).startswith(
        'Client 2 (C-0002): "sessions[0].colour" is not part of the counsel-desk/2 format '
    )
    document = refused({"format": FORMAT, "clients": [], "audit_log": []})
    assert str(document).startswith('"audit_log" is not part of the counsel-desk/2 format ')


@pytest.mark.parametrize(
    ("change", "client_ref", "key"),
    [
        (lambda d: d.update(extra=1), None, "extra"),
        (lambda d: d["clients"][0].update(nickname="U"), "client 1 (C-0001)", "nickname"),
        (
            lambda d: d["clients"][0]["guardians"][0].update(mobile="1"),
            "client 1 (C-0001)",
            "guardians[0].mobile",
        ),
        (
            lambda d: d["clients"][0]["emergency_contacts"][0].update(Name="x"),
            "client 1 (C-0001)",
            "emergency_contacts[0].Name",
        ),
        (
            lambda d: d["clients"][0]["sessions"][1]["addenda"][0].update(author="me"),
            "client 1 (C-0001)",
            "sessions[1].addenda[0].author",
        ),
        (
            lambda d: d["clients"][2]["consents"][1].update(valid_until="2026-01-01"),
            "client 3 (C-0003)",
            "consents[1].valid_until",
        ),
        (
            lambda d: d["clients"][3]["sessions"][0]["fields"].update(data="x"),
            "client 4 (C-0004)",
            "sessions[0].fields.data",
        ),
    ],
)
def test_unknown_keys_are_refused_at_every_level(
    change: Callable[[Doc], object], client_ref: str | None, key: str
) -> None:
    error = refused(edited(change))
    assert (error.client_ref, error.key) == (client_ref, key)
    assert f'"{key}"' in str(error)


def test_a_field_the_template_lacks_is_refused_listing_the_template_fields() -> None:
    doc = minimal(sessions=[{"date": "2025-01-01", "template": "dap", "fields": {"text": ""}}])
    error = refused(doc)
    assert error.key == "sessions[0].fields.text"
    assert str(error) == (
        'Client 1: "sessions[0].fields.text" is not a field of the dap template '
        "(it has: data, assessment, plan)."
    )


def test_a_key_given_twice_is_refused() -> None:
    text = '{"format": "counsel-desk/1", "clients": [{"given_name": "A", "given_name": "B"}]}'
    error = refused(text)
    assert (error.client_ref, error.key) == ("client 1", "given_name")
    assert "more than once" in str(error)


def test_a_strange_unknown_key_is_shown_escaped() -> None:
    error = refused(minimal(**{"bad\nkey\u202e": 1}))
    assert error.key == "bad\nkey\u202e"
    assert "\n" not in str(error)
    assert r'"bad\nkey' in str(error)


# --- types ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("client", "key", "message"),
    [
        ({"given_name": 5}, "given_name", '"given_name" must be a string, not 5.'),
        ({"given_name": None}, "given_name", '"given_name" must be a string, not null.'),
        ({"family_name": []}, "family_name", '"family_name" must be a string or null, not a list.'),
        ({"email": False}, "email", '"email" must be a string or null, not false.'),
        ({"tags": "anxiety"}, "tags", '"tags" must be a list, not "anxiety".'),
        ({"tags": None}, "tags", '"tags" must be a list, not null.'),
        ({"tags": ["a", 2]}, "tags[1]", '"tags[1]" must be a string, not 2.'),
        (
            {"other_people": [None]},
            "other_people[0]",
            '"other_people[0]" must be a string, not null.',
        ),
        ({"guardians": {"name": "x"}}, "guardians", '"guardians" must be a list, not an object.'),
        ({"guardians": ["Dewi"]}, "guardians[0]", '"guardians[0]" must be an object, not "Dewi".'),
        ({"sessions": [[]]}, "sessions[0]", '"sessions[0]" must be an object, not a list.'),
        (
            {"sessions": [{"date": "2025-01-01", "duration_minutes": "45"}]},
            "sessions[0].duration_minutes",
            '"sessions[0].duration_minutes" must be a whole number of minutes or null, not "45".',
        ),
        (
            {"sessions": [{"date": "2025-01-01", "duration_minutes": 45.5}]},
            "sessions[0].duration_minutes",
            '"sessions[0].duration_minutes" must be a whole number of minutes or null, not 45.5.',
        ),
        (
            {"sessions": [{"date": "2025-01-01", "fields": {"text": None}}]},
            "sessions[0].fields.text",
            '"sessions[0].fields.text" must be a string, not null.',
        ),
        (
            {"sessions": [{"date": "2025-01-01", "fields": "notes"}]},
            "sessions[0].fields",
            '"sessions[0].fields" must be an object, not "notes".',
        ),
        (
            {"sessions": [{"date": "2025-01-01", "group_members": "C-1"}]},
            "sessions[0].group_members",
            '"sessions[0].group_members" must be a list, not "C-1".',
        ),
        (
            {
                "consents": [
                    {
                        "kind": "supervision",
                        "signed_by": "A",
                        "signed_on": "2025-01-01",
                        "template_version": 1,
                    }
                ]
            },
            "consents[0].template_version",
            '"consents[0].template_version" must be a string, not 1.',
        ),
    ],
)
def test_wrong_json_types_are_refused(client: Doc, key: str, message: str) -> None:
    error = refused(minimal(**client))
    assert error.key == key
    assert str(error) == f"Client 1: {message}"


def test_true_is_not_a_duration() -> None:
    error = refused(minimal(sessions=[{"date": "2025-01-01", "duration_minutes": True}]))
    assert error.key == "sessions[0].duration_minutes"
    assert str(error).endswith("not true.")


def test_an_unpaired_surrogate_escape_is_refused() -> None:
    error = refused('{"format": "counsel-desk/1", "clients": [{"given_name": "A\\ud800"}]}')
    assert error.key == "given_name"
    assert "surrogate" in str(error)


def test_a_client_that_is_not_an_object_is_refused_by_position() -> None:
    error = refused({"format": FORMAT, "clients": [{"given_name": "A"}, "Budi"]})
    assert (error.client_ref, error.key) == (None, "clients[1]")
    assert str(error) == '"clients[1]" must be an object, not "Budi".'


# --- enums ----------------------------------------------------------------------------


def test_a_bad_modality_names_the_allowed_values() -> None:
    error = refused(edited(lambda d: d["clients"][1]["sessions"][0].update(modality="zoom")))
    assert str(error) == (
        'Client 2 (C-0002): "sessions[0].modality" must be one of '
        'in_person, video, phone, chat, not "zoom".'
    )
    assert isinstance(error, CounselDeskError)
    assert isinstance(error.message, UserMessage)
    assert "{problem}" in error.message.template
    assert "{allowed}" in error.problem.template


@pytest.mark.parametrize(
    ("client", "key", "allowed"),
    [
        ({"risk_level": "severe"}, "risk_level", "none, low, moderate, high"),
        ({"risk_level": None}, "risk_level", "none, low, moderate, high"),
        ({"status": "Active"}, "status", "active, closed"),
        (
            {"sessions": [{"date": "2025-01-01", "kind": "couple"}]},
            "sessions[0].kind",
            "individual, group, family, consultation",
        ),
        (
            {"sessions": [{"date": "2025-01-01", "template": "SOAP"}]},
            "sessions[0].template",
            "soap, dap, birp, free, girp, brief, home_visit, case_conference",
        ),
        (
            {"consents": [{"kind": "photo", "signed_by": "A", "signed_on": "2025-01-01"}]},
            "consents[0].kind",
            "informed_consent, guardian_consent, online_counseling, "
            "release_of_information, supervision, assent",
        ),
        (
            {
                "consents": [
                    {
                        "kind": "supervision",
                        "signed_by": "A",
                        "signed_on": "2025-01-01",
                        "signer_relationship": "parent",
                    }
                ]
            },
            "consents[0].signer_relationship",
            "self, guardian, other",
        ),
        (
            {
                "consents": [
                    {
                        "kind": "supervision",
                        "signed_by": "A",
                        "signed_on": "2025-01-01",
                        "status": 1,
                    }
                ]
            },
            "consents[0].status",
            "active, revoked, expired",
        ),
    ],
)
def test_bad_enum_values_are_refused_naming_the_allowed_ones(
    client: Doc, key: str, allowed: str
) -> None:
    error = refused(minimal(**client))
    assert error.key == key
    assert f"must be one of {allowed}, not " in str(error)


# --- dates, times, timestamps ---------------------------------------------------------


def test_impossible_date_is_refused() -> None:
    error = refused(edited(lambda d: d["clients"][0].update(date_of_birth="2025-02-30")))
    assert (error.client_ref, error.key) == ("client 1 (C-0001)", "date_of_birth")
    assert str(error) == (
        'Client 1 (C-0001): "date_of_birth" must be a real date written YYYY-MM-DD, '
        'not "2025-02-30".'
    )


@pytest.mark.parametrize(
    "value",
    [
        "2023-02-29",
        "2025-13-01",
        "0000-01-01",
        "2025-1-5",
        "20250105",
        "2025-01-05T00:00:00",
        " 2025-01-05",
        "2025/01/05",
        "05-01-2025",
        "２０２５-01-05",
        "2025-W01-1",
        20250105,
    ],
)
def test_dates_must_be_real_and_written_yyyy_mm_dd(value: object) -> None:
    error = refused(minimal(opened_on=value))
    assert error.key == "opened_on"
    assert "YYYY-MM-DD" in str(error)


def test_a_leap_day_is_a_real_date() -> None:
    client = parse(minimal(opened_on="2024-02-29")).caseload.clients[0]
    assert client.opened_on == dt.date(2024, 2, 29)


@pytest.mark.parametrize("value", ["9:30", "24:00", "12:60", "09:30:00", "0930", "09.30", 930])
def test_times_must_be_hh_mm(value: object) -> None:
    error = refused(minimal(sessions=[{"date": "2025-01-01", "start_time": value}]))
    assert error.key == "sessions[0].start_time"
    assert "HH:MM" in str(error)


@pytest.mark.parametrize(
    "value",
    [
        "2025-07-21 10:30:00",
        "2025-07-21T10:30",
        "2025-07-21T10:30:00Z",
        "2025-07-21T10:30:00+07:00",
        "2025-07-21T10:30:00.5",
        "2025-07-21T25:00:00",
        "2025-02-30T10:30:00",
        "2025-07-21",
    ],
)
def test_timestamps_must_be_yyyy_mm_ddthh_mm_ss(value: str) -> None:
    doc = minimal(sessions=[{"date": "2025-01-01", "fields": {"text": "x"}, "signed_at": value}])
    error = refused(doc)
    assert error.key == "sessions[0].signed_at"
    assert "YYYY-MM-DDTHH:MM:SS" in str(error)


def test_a_bad_addendum_timestamp_names_the_addendum() -> None:
    error = refused(
        edited(lambda d: d["clients"][0]["sessions"][1]["addenda"][0].update(written_at="soon"))
    )
    assert error.key == "sessions[1].addenda[0].written_at"


# --- required keys --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("client", "key"),
    [
        ({"sessions": [{"template": "free"}]}, "sessions[0].date"),
        ({"consents": [{"signed_by": "A", "signed_on": "2025-01-01"}]}, "consents[0].kind"),
        (
            {"consents": [{"kind": "supervision", "signed_on": "2025-01-01"}]},
            "consents[0].signed_by",
        ),
        ({"consents": [{"kind": "supervision", "signed_by": "A"}]}, "consents[0].signed_on"),
        ({"guardians": [{"phone": "0812"}]}, "guardians[0].name"),
        (
            {
                "sessions": [
                    {
                        "date": "2025-01-01",
                        "fields": {"text": "x"},
                        "signed_at": "2025-01-01T10:00:00",
                        "addenda": [{"text": "x"}],
                    }
                ]
            },
            "sessions[0].addenda[0].written_at",
        ),
        (
            {
                "sessions": [
                    {
                        "date": "2025-01-01",
                        "fields": {"text": "x"},
                        "signed_at": "2025-01-01T10:00:00",
                        "addenda": [{"written_at": "2025-01-02T10:00:00"}],
                    }
                ]
            },
            "sessions[0].addenda[0].text",
        ),
    ],
)
def test_missing_required_keys_are_refused(client: Doc, key: str) -> None:
    error = refused(minimal(**client))
    assert error.key == key
    assert str(error) == f'Client 1: "{key}" is required.'


def test_a_missing_given_name_is_refused() -> None:
    error = refused({"format": FORMAT, "clients": [{"case_code": "C-9"}]})
    assert (error.client_ref, error.key) == ("client 1 (C-9)", "given_name")
    assert str(error) == 'Client 1 (C-9): "given_name" is required.'


@pytest.mark.parametrize("name", ["", "   "])
def test_a_blank_given_name_is_refused(name: str) -> None:
    error = refused(minimal(given_name=name))
    assert error.key == "given_name"
    assert str(error) == 'Client 1: "given_name": The given name is required.'


# --- defaults, null and "" ------------------------------------------------------------


def test_missing_optional_keys_take_their_defaults() -> None:
    doc = minimal(
        sessions=[{"date": "2025-01-01"}],
        consents=[{"kind": "informed_consent", "signed_by": "Ayu", "signed_on": "2025-01-01"}],
        guardians=[{"name": "Ratna"}],
    )
    client = parse(doc).caseload.clients[0]
    assert client == Client(
        given_name="Ayu",
        guardians=client.guardians,
        sessions=client.sessions,
        consents=client.consents,
    )
    assert client.case_code is None
    assert client.family_name is None
    assert client.risk_level is RiskLevel.NONE
    assert client.status is ClientStatus.ACTIVE
    assert client.tags == []
    assert client.other_people == []
    assert client.emergency_contacts == []
    guardian = client.guardians[0]
    assert (guardian.relationship, guardian.phone, guardian.email) == (None, None, None)
    note = client.sessions[0]
    assert note.start_time is None
    assert note.duration_minutes is None
    assert note.modality is Modality.IN_PERSON
    assert note.kind is SessionKind.INDIVIDUAL
    assert note.group_members == []
    assert note.template is TemplateId.FREE
    assert note.fields == {"text": ""}
    assert note.risk_notes == ""
    assert note.signed_at is None
    assert note.addenda == []
    consent = client.consents[0]
    assert consent.template_version == "1"
    assert consent.signer_relationship is SignerRelationship.SELF
    assert consent.status is ConsentStatus.ACTIVE
    assert consent.revoked_on is None
    assert consent.notes is None


def test_null_and_empty_string_are_kept_apart() -> None:
    doc = minimal(
        family_name="",
        preferred_name=None,
        sessions=[
            {"date": "2025-01-01", "risk_notes": None},
            {"date": "2025-01-02", "risk_notes": ""},
            {"date": "2025-01-03"},
        ],
        consents=[
            {"kind": "supervision", "signed_by": "A", "signed_on": "2025-01-01", "notes": ""}
        ],
    )
    client = parse(doc).caseload.clients[0]
    assert client.family_name == ""
    assert client.preferred_name is None
    assert [s.risk_notes for s in client.sessions] == [None, "", ""]
    assert client.consents[0].notes == ""
    written = json.loads(dump_document(parse(doc).caseload))["clients"][0]
    assert written["family_name"] == ""
    assert written["preferred_name"] is None
    assert [s["risk_notes"] for s in written["sessions"]] == [None, "", ""]
    assert written["consents"][0]["notes"] == ""


def test_missing_fields_are_read_as_empty_in_template_order() -> None:
    doc = minimal(
        sessions=[
            {"date": "2025-01-01", "template": "birp", "fields": {"plan": "p", "behavior": "b"}}
        ]
    )
    fields = parse(doc).caseload.clients[0].sessions[0].fields
    assert list(fields.items()) == [
        ("behavior", "b"),
        ("intervention", ""),
        ("response", ""),
        ("plan", "p"),
    ]


def test_text_is_kept_exactly_as_written() -> None:
    tricky = ' e\u0301 é \u202eשלום\u202c 😀 "q" \\ {x}\n\ttab\r\n '
    doc = minimal(
        address=tricky,
        sessions=[{"date": "2025-01-01", "fields": {"text": tricky}, "risk_notes": tricky}],
    )
    client = parse(doc).caseload.clients[0]
    assert client.address == tricky
    assert client.sessions[0].fields["text"] == tricky
    assert parse(dump_document(parse(doc).caseload)).caseload == parse(doc).caseload


def test_a_line_break_in_a_name_is_refused() -> None:
    error = refused(minimal(family_name="Santoso\nSecond line"))
    assert error.key == "family_name"
    assert "one line" in str(error)


# --- case codes and group members -----------------------------------------------------


def test_a_case_code_used_twice_in_the_file_is_refused() -> None:
    error = refused(edited(lambda d: d["clients"][3].update(case_code="C-0002")))
    assert (error.client_ref, error.key) == ("client 4 (C-0002)", "case_code")
    assert str(error) == (
        'Client 4 (C-0002): The case code "C-0002" is already used by client 2 in this file.'
    )


def test_clients_without_case_codes_are_named_by_number() -> None:
    doc = {
        "format": FORMAT,
        "clients": [{"given_name": "A"}, {"given_name": "B", "email": "not an address"}],
    }
    error = refused(doc)
    assert error.client_ref == "client 2"
    assert error.case_code is None
    assert error.key == "email"


def test_an_invalid_case_code_is_refused_and_not_used_to_name_the_client() -> None:
    error = refused(minimal(case_code=" C-1 "))
    assert (error.client_ref, error.key) == ("client 1", "case_code")
    assert "spaces" in str(error)


def test_group_member_pointing_to_an_unknown_case_code_is_refused() -> None:
    error = refused(
        edited(lambda d: d["clients"][1]["sessions"][0].update(group_members=["C-0001", "C-0404"]))
    )
    assert (error.client_ref, error.key) == ("client 2 (C-0002)", "sessions[0].group_members[1]")
    assert '"C-0404"' in str(error)
    assert "no client in this file or in the vault" in str(error)


def test_group_member_already_in_the_vault_is_accepted_through_known_case_codes() -> None:
    doc = edited(lambda d: d["clients"][1]["sessions"][0].update(group_members=["C-0404"]))
    result = parse(doc, known=("C-0404", "C-0500"))
    assert result.caseload.clients[1].sessions[0].group_members == ["C-0404"]
    assert parse_document(json.dumps(doc), {"C-0404"}).caseload == result.caseload


def test_a_group_listing_its_own_client_is_refused() -> None:
    error = refused(
        edited(lambda d: d["clients"][1]["sessions"][0].update(group_members=["C-0002"]))
    )
    assert (error.client_ref, error.key) == ("client 2 (C-0002)", "sessions[0].group_members[0]")


def test_only_a_group_session_lists_members() -> None:
    error = refused(edited(lambda d: d["clients"][1]["sessions"][0].update(kind="individual")))
    assert error.key == "sessions[0].group_members"


# --- validation of the records --------------------------------------------------------


def test_validation_errors_are_refused_naming_client_key_and_problem() -> None:
    error = refused(edited(lambda d: d["clients"][0]["guardians"][0].update(email="hartono")))
    assert (error.client_ref, error.key) == ("client 1 (C-0001)", "guardians[0].email")
    assert str(error) == (
        'Client 1 (C-0001): "guardians[0].email": “hartono” does not look like an e-mail address.'
    )


def test_a_date_of_birth_in_the_future_is_refused() -> None:
    error = refused(minimal(date_of_birth="2026-01-16"))
    assert error.key == "date_of_birth"


def test_addenda_on_a_draft_are_refused() -> None:
    def change(d: Doc) -> None:
        d["clients"][0]["sessions"][3]["addenda"] = [
            {"written_at": "2025-08-12T08:00:00", "text": "x"}
        ]

    assert refused(edited(change)).key == "sessions[3].addenda"


def test_a_duration_of_zero_is_refused() -> None:
    error = refused(edited(lambda d: d["clients"][0]["sessions"][0].update(duration_minutes=0)))
    assert error.key == "sessions[0].duration_minutes"


def test_a_signed_note_with_an_empty_required_field_is_only_a_warning() -> None:
    def change(d: Doc) -> None:
        d["clients"][0]["sessions"][0]["fields"]["plan"] = " "
        del d["clients"][0]["sessions"][0]["fields"]["objective"]

    result = parse(edited(change))
    found = [(ref, i.path, i.severity) for ref, i in result.warnings if ref.startswith("client 1")]
    assert found == [
        ("client 1 (C-0001)", "sessions[0].fields.objective", Severity.WARNING),
        ("client 1 (C-0001)", "sessions[0].fields.plan", Severity.WARNING),
    ]
    assert str(result.warnings[0][1].message) == "The note was signed with “objective” left empty."


def test_a_risk_level_not_assessed_is_read_in_a_draft_and_refused_in_a_signed_note() -> None:
    risk = {"self_harm": True, "level": None, "actions_taken": ""}
    draft = parse(minimal(sessions=[{"date": "2025-01-01", "template": "free", "risk": risk}]))
    (note,) = draft.caseload.clients[0].sessions
    assert note.risk is not None and note.risk.self_harm and note.risk.level is None

    def signed(d: Doc) -> None:
        session = d["clients"][0]["sessions"][0]
        assert session["signed_at"]
        session["risk"] = risk

    error = refused(edited(signed))
    assert error.key == "sessions[0].risk.level"


def test_a_draft_with_empty_fields_gives_no_warning() -> None:
    result = parse(minimal(sessions=[{"date": "2025-01-01", "template": "soap"}]))
    assert result.warnings == []


# --- writing --------------------------------------------------------------------------


def test_the_document_lists_every_key_in_the_format_order() -> None:
    caseload = Caseload(
        [
            Client(
                given_name="Ayu",
                guardians=parse(minimal(guardians=[{"name": "R"}])).caseload.clients[0].guardians,
                sessions=[SessionNote(date=dt.date(2025, 1, 1), template=TemplateId.SOAP)],
                consents=parse(
                    minimal(
                        consents=[
                            {"kind": "supervision", "signed_by": "A", "signed_on": "2025-01-01"}
                        ]
                    )
                )
                .caseload.clients[0]
                .consents,
            )
        ]
    )
    doc = caseload_to_document(caseload)
    assert list(doc) == ["format", "clients"]
    client = doc["clients"][0]
    assert tuple(client) == CLIENT_KEYS
    assert tuple(client["guardians"][0]) == CONTACT_KEYS
    assert tuple(client["sessions"][0]) == SESSION_KEYS
    assert tuple(client["consents"][0]) == CONSENT_KEYS
    assert client["case_code"] is None
    assert client["sessions"][0]["fields"] == dict.fromkeys(template_for("soap").keys, "")


def test_the_document_text_has_two_space_indents_unicode_and_no_final_newline() -> None:
    text = dump_document(Caseload([Client(given_name="Nguyễn 😀")]))
    assert text.startswith('{\n  "format": "counsel-desk/2",\n  "clients": [\n    {\n')
    assert '"given_name": "Nguyễn 😀"' in text
    assert not text.endswith("\n")


def test_times_are_written_to_the_minute_and_timestamps_to_the_second() -> None:
    note = SessionNote(
        date=dt.date(2025, 1, 1),
        start_time=dt.time(9, 5, 59, 123),
        fields={"text": "x"},
        signed_at=dt.datetime(2025, 1, 1, 7, 8, 9, 999_999),
        addenda=[Addendum(dt.datetime(2025, 1, 2, 0, 0, 0, 1), "later")],
    )
    written = caseload_to_document(Caseload([Client(given_name="A", sessions=[note])]))
    session = written["clients"][0]["sessions"][0]
    assert session["start_time"] == "09:05"
    assert session["signed_at"] == "2025-01-01T07:08:09"
    assert session["addenda"][0]["written_at"] == "2025-01-02T00:00:00"


def test_a_year_before_1000_is_written_with_four_digits() -> None:
    written = caseload_to_document(Caseload([Client(given_name="A", opened_on=dt.date(999, 1, 2))]))
    assert written["clients"][0]["opened_on"] == "0999-01-02"


def test_writing_a_field_the_template_lacks_is_refused_rather_than_dropped() -> None:
    note = SessionNote(date=dt.date(2025, 1, 1), fields={"text": "x", "summary": "y"})
    caseload = Caseload([Client(given_name="A", case_code="C-7", sessions=[note])])
    with pytest.raises(InterchangeError) as info:
        dump_document(caseload)
    assert (info.value.client_ref, info.value.key) == (
        "client 1 (C-7)",
        "sessions[0].fields.summary",
    )


def test_writing_does_not_change_the_caseload_or_share_its_lists() -> None:
    caseload = parse(sample_caseload_text()).caseload
    before = copy.deepcopy(caseload)
    doc = caseload_to_document(caseload)
    assert caseload == before
    doc["clients"][0]["tags"].append("changed")
    doc["clients"][0]["sessions"][0]["fields"]["plan"] = "changed"
    doc["clients"][0]["sessions"][2]["group_members"].clear()
    assert caseload == before


def test_reading_does_not_change_the_known_case_codes() -> None:
    known = {"C-0404"}
    parse_document(sample_caseload_text(), known)
    assert known == {"C-0404"}


# --- round trips ----------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(caseloads())
def test_any_valid_caseload_round_trips(caseload: Caseload) -> None:
    before = copy.deepcopy(caseload)
    text = dump_document(caseload)
    result = parse_document(text)
    assert result.caseload == caseload
    assert dump_document(result.caseload) == text
    assert caseload == before
    assert all(issue.severity is Severity.WARNING for _, issue in result.warnings)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(caseloads())
def test_generated_caseloads_are_valid(caseload: Caseload) -> None:
    codes = [c.case_code for c in caseload.clients if c.case_code is not None]
    assert len(codes) == len(set(codes))
    for client in caseload.clients:
        assert errors(validate_client(client)) == []
        for note in client.sessions:
            assert set(note.group_members) <= set(codes) - {client.case_code}


@pytest.mark.parametrize(
    ("key", "value"),
    [("closed_on", "9999-12-31"), ("date_of_birth", "0001-01-01"), ("opened_on", "2200-01-01")],
)
def test_a_date_outside_any_real_record_is_refused_with_its_key(key: str, value: str) -> None:
    # A closing date of 9999-12-31 used to import and then break the retention screen
    # (the destruction year 10002 cannot be a date).
    client: dict[str, object] = {"given_name": "Ayu", key: value}
    if key == "closed_on":
        client["status"] = "closed"
    text = json.dumps({"format": "counsel-desk/1", "clients": [client]})
    with pytest.raises(InterchangeError) as caught:
        parse_document(text)
    assert caught.value.key == key
    assert "between 1900-01-01 and 2199-12-31" in str(caught.value)
