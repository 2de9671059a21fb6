"""The disclosure log in counsel-desk/2 (issue 18, item 6): the client key
``disclosures`` read strictly — an unknown key, a document of no known kind, a consent
the client does not have, a recipient on two lines or with an invisible direction
character, a protected that is not true or false — each refuses the file naming the key,
and nothing is imported; a good one comes back out as it went in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from counsel_desk.domain.enums import SharedDocument
from counsel_desk.export.interchange import InterchangeError, parse_document
from counsel_desk.services.vault_service import KdfParams, VaultService

CONSENT = {
    "kind": "release_of_information",
    "signed_by": "Sri Wulandari",
    "signed_on": "2025-09-01",
}
GOOD = {
    "shared_at": "2025-09-12T08:30:00",
    "document": "full_record",
    "reference": None,
    "recipient": "Psikolog Puskesmas Beji",
    "consent": 0,
    "protected": True,
}


def _doc(rows: Any, consents: list[Any] | None = None) -> str:
    client: dict[str, Any] = {
        "given_name": "Rina",
        "case_code": "BK-001",
        "consents": [CONSENT] if consents is None else consents,
        "disclosures": rows,
    }
    return json.dumps({"format": "counsel-desk/2", "clients": [client]})


def _refusal(text: str) -> str:
    with pytest.raises(InterchangeError) as caught:
        parse_document(text)
    return f"{caught.value.key} | {caught.value}"


def test_a_disclosure_is_read_with_its_consent_as_an_index() -> None:
    (row,) = parse_document(_doc([GOOD])).records.clients[0].disclosures
    assert row.document is SharedDocument.FULL_RECORD and row.consent_id == 0
    assert row.shared_at == dt.datetime(2025, 9, 12, 8, 30) and row.protected
    assert row.recipient == "Psikolog Puskesmas Beji"


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        ({"password": "kapal rumput"}, "disclosures[0].password", ""),
        ({"document": "bk_report"}, "disclosures[0].document", ""),
        ({"consent": 1}, "disclosures[0].consent", ""),
        ({"consent": -1}, "disclosures[0].consent", ""),
        ({"consent": True}, "disclosures[0].consent", ""),
        ({"consent": "0"}, "disclosures[0].consent", ""),
        ({"recipient": "Bu Sari\nkelas 8"}, "disclosures[0].recipient", "one line"),
        ({"recipient": "Bu\u202eSari"}, "disclosures[0].recipient", "text-direction"),
        ({"recipient": "x" * 201}, "disclosures[0].recipient", "200"),
        ({"recipient": 7}, "disclosures[0].recipient", ""),
        ({"reference": "001\n002"}, "disclosures[0].reference", "one line"),
        ({"protected": "yes"}, "disclosures[0].protected", ""),
        ({"protected": 1}, "disclosures[0].protected", ""),
        ({"shared_at": "2025-09-12 08:30"}, "disclosures[0].shared_at", ""),
        ({"shared_at": "2025-02-30T08:30:00"}, "disclosures[0].shared_at", ""),
    ],
)  # fmt: skip
def test_a_broken_disclosure_refuses_the_file_naming_its_key(
    change: dict[str, Any], key: str, words: str
) -> None:
    refusal = _refusal(_doc([GOOD | change]))
    assert refusal.startswith(key + " |") and words in refusal


@pytest.mark.parametrize("missing", ["shared_at", "document", "protected"])
def test_a_disclosure_without_a_required_key_is_refused(missing: str) -> None:
    row = {k: v for k, v in GOOD.items() if k != missing}
    assert _refusal(_doc([row])).startswith(f"disclosures[0].{missing} |")


def test_a_consent_index_is_refused_when_the_client_has_no_consent() -> None:
    assert _refusal(_doc([GOOD], consents=[])).startswith("disclosures[0].consent |")


@pytest.mark.parametrize("rows", [{"0": GOOD}, "full_record", [["full_record"]]])
def test_disclosures_that_are_not_a_list_of_objects_are_refused(rows: Any) -> None:
    assert _refusal(_doc(rows)).startswith("disclosures")


def test_a_hostile_disclosure_imports_nothing_and_a_good_one_comes_back_as_it_went(
    tmp_path: Path,
) -> None:
    service = VaultService(clock=lambda: dt.datetime(2026, 12, 7, 10, 0))
    service.create(tmp_path / "v", "sharing passphrase, long enough", KdfParams.cheap_for_tests())
    try:
        with pytest.raises(InterchangeError):
            service.interchange.import_text(_doc([GOOD, GOOD | {"consent": 4}]))
        assert service.clients.list_summaries() == []
        with service.vault.reading() as conn:
            assert conn.execute("SELECT count(*) FROM disclosures").fetchone()[0] == 0
        plain = GOOD | {"consent": None, "protected": False, "recipient": ""}
        service.interchange.import_text(_doc([GOOD, plain]))
        (client,) = service.clients.list_summaries()
        consent_id = service.clients.get(client.id).consents[0].id
        log = service.disclosures.of_client(client.id)
        assert [d.consent_id for d in log] == [consent_id, None]  # the index became the id
        exported = json.loads(service.interchange.export_text())
        assert exported["clients"][0]["disclosures"] == [GOOD, plain]
    finally:
        service.lock()
