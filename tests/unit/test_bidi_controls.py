"""Invisible text-direction characters (U+202E and the like) are refused in names, case
codes and every one-line field (issue 15, item 14): "C-0001\u202efdp.exe" would read as
"C-0001exe.pdf" in a file name, and a name could be shown reversed."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from counsel_desk.domain.enums import ConsentKind
from counsel_desk.domain.model import Client, Consent, Contact
from counsel_desk.domain.validation import BIDI_CONTROLS, errors, validate_client
from counsel_desk.export.interchange import InterchangeError, parse_document

TODAY = dt.date(2025, 9, 1)


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_a_name_with_a_direction_control_is_refused(control: str) -> None:
    client = Client(given_name=f"Budi{control}otnaS", opened_on=dt.date(2025, 7, 14))
    found = errors(validate_client(client, today=TODAY))
    assert [i.path for i in found] == ["given_name"]
    assert "text-direction" in str(found[0].message)


def test_a_case_code_spoofing_a_file_extension_is_refused() -> None:
    client = Client(given_name="Budi", case_code="C-0001\u202efdp.exe", opened_on=TODAY)
    assert [i.path for i in errors(validate_client(client, today=TODAY))] == ["case_code"]


def test_a_guardians_name_with_an_override_is_refused() -> None:
    client = Client(
        given_name="Budi", guardians=[Contact("\u202eotraH", "father")], opened_on=TODAY
    )
    assert [i.path for i in errors(validate_client(client, today=TODAY))] == ["guardians[0].name"]


def test_a_direction_control_in_another_persons_name_or_a_tag_is_refused() -> None:
    client = Client(
        given_name="Budi",
        other_people=["Rian", "\u202eitS"],
        tags=["anxiety", "fdp.exe\u2067"],
        opened_on=TODAY,
    )
    assert [i.path for i in errors(validate_client(client, today=TODAY))] == [
        "other_people[1]",
        "tags[1]",
    ]


@pytest.mark.parametrize("field", ["signed_by", "relationship_detail", "released_to"])
def test_a_direction_control_in_a_consents_names_is_refused(field: str) -> None:
    consent = Consent(
        ConsentKind.RELEASE_OF_INFORMATION,
        signed_by="Ibu Siti",
        signed_on=TODAY,
        relationship_detail="ibu kandung",
        released_to="Puskesmas Depok",
    )
    setattr(consent, field, getattr(consent, field) + "\u202e")
    client = Client(given_name="Budi", consents=[consent], opened_on=TODAY)
    found = errors(validate_client(client, today=TODAY))
    assert [i.path for i in found] == [f"consents[0].{field}"]
    assert "text-direction" in str(found[0].message)


def test_an_import_with_an_override_in_a_name_is_refused_whole() -> None:
    doc = {
        "format": "counsel-desk/1",
        "clients": [{"given_name": "Ayu\u2067", "opened_on": "2025-07-14"}],
    }
    with pytest.raises(InterchangeError):
        parse_document(json.dumps(doc))


def test_arabic_and_hebrew_names_without_controls_are_welcome() -> None:
    for name in ("مرحبا", "שלום", "Nguyễn"):
        assert errors(validate_client(Client(given_name=name, opened_on=TODAY), today=TODAY)) == []
