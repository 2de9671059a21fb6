"""Domain rules a counselor relies on: ages, consents, case closure, groups."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.enums import ClientStatus, ConsentKind, ConsentStatus, SessionKind
from counsel_desk.domain.model import Client, Consent, SessionNote, age_on
from counsel_desk.domain.validation import Severity, errors, validate_client

D = dt.date


def test_age_turns_over_on_the_birthday() -> None:
    born = D(2007, 5, 2)
    assert age_on(born, D(2025, 5, 1)) == 17
    assert age_on(born, D(2025, 5, 2)) == 18
    assert age_on(None, D(2025, 5, 2)) is None


def test_leap_day_birthday() -> None:
    assert age_on(D(2008, 2, 29), D(2026, 2, 28)) == 17
    assert age_on(D(2008, 2, 29), D(2026, 3, 1)) == 18


def test_revoked_consent_covered_the_days_before_revocation() -> None:
    consent = Consent(
        ConsentKind.GUARDIAN_CONSENT,
        "Dewi",
        D(2025, 1, 1),
        status=ConsentStatus.REVOKED,
        revoked_on=D(2025, 3, 1),
    )
    assert consent.is_active_on(D(2025, 2, 28))
    assert not consent.is_active_on(D(2025, 3, 1))
    assert not consent.is_active_on(D(2024, 12, 31))


def test_given_name_is_required_and_messages_name_the_field() -> None:
    found = errors(validate_client(Client(given_name="  ")))
    assert [i.path for i in found] == ["given_name"]
    assert str(found[0].message) == "The given name is required."


def test_only_a_closed_case_has_a_closing_date() -> None:
    client = Client(given_name="Ayu", opened_on=D(2025, 1, 10), closed_on=D(2025, 3, 1))
    assert [i.path for i in errors(validate_client(client))] == ["closed_on"]
    client.status = ClientStatus.CLOSED
    assert errors(validate_client(client)) == []
    client.closed_on = D(2024, 1, 1)
    assert [i.path for i in errors(validate_client(client))] == ["closed_on"]


def test_group_members_only_in_group_sessions_and_never_the_client_itself() -> None:
    note = SessionNote(date=D(2025, 8, 4), group_members=["C-0002"])
    client = Client(given_name="Budi", case_code="C-0001", sessions=[note])
    assert [i.path for i in errors(validate_client(client))] == ["sessions[0].group_members"]
    note.kind = SessionKind.GROUP
    note.group_members = ["C-0001"]
    assert [i.path for i in errors(validate_client(client))] == ["sessions[0].group_members[0]"]


def test_future_birth_date_and_bad_email_are_errors() -> None:
    client = Client(given_name="Em", date_of_birth=D(2030, 1, 1), email="em at example")
    paths = {
        i.path for i in validate_client(client, today=D(2025, 1, 1)) if i.severity is Severity.ERROR
    }
    assert paths == {"date_of_birth", "email"}
