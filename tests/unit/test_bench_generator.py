"""The benchmark's caseload generator makes valid, importable, reproducible caseloads."""

from __future__ import annotations

import datetime as dt

from bench.generate import TODAY, generate_caseload
from counsel_desk.domain.validation import errors, validate_client
from counsel_desk.export.interchange import dump_document, parse_document


def test_generated_clients_validate_without_errors() -> None:
    caseload = generate_caseload(5, 3, seed=11)
    assert len(caseload.clients) == 5
    for client in caseload.clients:
        assert len(client.sessions) == 3
        assert errors(validate_client(client, today=TODAY)) == [], client.case_code


def test_case_codes_are_unique_and_group_members_exist() -> None:
    caseload = generate_caseload(5, 3, seed=11)
    codes = [c.case_code for c in caseload.clients]
    assert len(set(codes)) == len(codes)
    assert all(code is not None and code.startswith("C-") for code in codes)
    for client in caseload.clients:
        for note in client.sessions:
            for member in note.group_members:
                assert member in codes
                assert member != client.case_code


def test_a_larger_caseload_has_groups_drafts_addenda_and_no_future_dates() -> None:
    caseload = generate_caseload(40, 5, seed=2)
    notes = [n for c in caseload.clients for n in c.sessions]
    assert any(n.group_members for n in notes)
    assert any(n.signed_at is None for n in notes)
    assert any(n.addenda for n in notes)
    for client in caseload.clients:
        assert errors(validate_client(client, today=TODAY)) == [], client.case_code
        for note in client.sessions:
            assert note.date <= TODAY
            if note.signed_at is not None:
                assert note.signed_at.date() >= note.date
                assert all(a.written_at > note.signed_at for a in note.addenda)
        for consent in client.consents:
            assert consent.signed_on <= TODAY
        if client.date_of_birth is not None:
            assert client.date_of_birth < TODAY - dt.timedelta(days=365 * 10)


def test_generator_is_deterministic_for_a_seed() -> None:
    first = generate_caseload(5, 3, seed=11)
    assert generate_caseload(5, 3, seed=11) == first
    assert generate_caseload(5, 3, seed=12) != first


def test_generated_document_imports_and_round_trips() -> None:
    text = dump_document(generate_caseload(5, 3, seed=11))
    parsed = parse_document(text, today=TODAY)
    assert parsed.warnings == []
    assert dump_document(parsed.caseload) == text
