"""Look-alike case codes and invisible characters in names, through the CLI and the
services (issue 15, item 14, attacks F7 and F8): importing C-0001 and C-0001 + U+200B, or
José-1 composed and decomposed, never leaves two clients whose codes look the same, in
one file, in two imports, or beside a code an older version saved decomposed; a name
pasted with zero-width characters is stored as it reads."""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from counsel_desk.domain.enums import ConsentKind, DisclosureItem, SignerRelationship
from counsel_desk.domain.model import Client, Contact
from counsel_desk.domain.validation import ValidationError
from counsel_desk.export.interchange import InterchangeError
from counsel_desk.services.clients import ClientService
from counsel_desk.services.consents import ConsentDraft, ConsentService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.services.supervision import SupervisionService
from counsel_desk.vault import Vault
from counsel_desk.vault.repositories.clients import ClientRepository
from tests.integration.conftest import PASSPHRASE, SAMPLE
from tests.integration.test_cli import CHEAP, run

NFC = unicodedata.normalize("NFC", "José-1")
NFD = unicodedata.normalize("NFD", "José-1")
ZWSP = "\u200b"
TODAY = dt.date(2025, 9, 1)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        return run(monkeypatch, capsys, *argv, stdin=stdin)

    return call


def _file(tmp_path: Path, name: str, *codes: str) -> Path:
    clients = [
        {"given_name": f"Ayu {i}", "case_code": code, "opened_on": "2025-07-14"}
        for i, code in enumerate(codes)
    ]
    path = tmp_path / name
    path.write_text(json.dumps({"format": "counsel-desk/2", "clients": clients}))
    return path


def _codes(cli, vault: Path) -> list[str]:  # type: ignore[no-untyped-def]
    code, out, err = cli("list", vault)
    assert code == 0, err
    return [line.split("\t")[0] for line in out.splitlines()]


@pytest.mark.parametrize(
    ("first", "second"), [("C-0001", f"C-0001{ZWSP}"), (NFC, NFD)], ids=["zwsp", "nfd"]
)
def test_importing_look_alike_codes_never_gives_two_look_alike_clients(
    cli, tmp_path: Path, first: str, second: str
) -> None:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    # In one file: refused whole, nothing stored.
    code, _, err = cli("import", vault, _file(tmp_path, "both.json", first, second))
    assert code == 1 and "Client 2" in err, err
    assert ZWSP not in err
    assert _codes(cli, vault) == []
    # One file after the other: the second is refused.
    assert cli("import", vault, _file(tmp_path, "one.json", first))[0] == 0
    code, _, err = cli("import", vault, _file(tmp_path, "two.json", second))
    assert code == 1, err
    assert ZWSP not in err
    assert _codes(cli, vault) == [unicodedata.normalize("NFC", first)]


def test_a_zero_width_space_in_a_case_code_is_named_visibly(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    code, _, err = cli("import", vault, _file(tmp_path, "zwsp.json", f"C-0001{ZWSP}"))
    assert code == 1
    assert "U+200B" in err and "invisible" in err and ZWSP not in err


def test_a_decomposed_code_is_stored_composed_and_found_either_way(
    vault: Vault, tmp_path: Path
) -> None:
    InterchangeService(vault).import_text(_file(tmp_path, "nfd.json", NFD).read_text())
    with vault.reading() as conn:
        assert ClientRepository(conn).case_codes() == {NFC}
    found = SupervisionService(vault).client_id_for(NFD)
    assert found == SupervisionService(vault).client_id_for(NFC)


def test_the_form_refuses_a_decomposed_copy_of_an_existing_code(vault: Vault) -> None:
    clients = ClientService(vault)
    saved, _ = clients.save_profile(Client(given_name="Ayu", case_code=NFC), today=TODAY)
    with pytest.raises(ValidationError) as refused:
        clients.save_profile(Client(given_name="Budi", case_code=NFD), today=TODAY)
    assert "already in use" in str(refused.value)
    # Her own record, re-saved with the code typed decomposed, is still hers.
    again, _ = clients.save_profile(
        Client(given_name="Ayu", family_name="Lestari", case_code=NFD, id=saved.id), today=TODAY
    )
    assert again.case_code == NFC
    assert [s.case_code for s in clients.list_summaries()] == [NFC]


def test_a_code_an_older_version_saved_decomposed_still_blocks_its_look_alike(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as conn:  # as a version before this rule wrote it
        ClientRepository(conn).insert(Client(given_name="Ayu", case_code=NFD))
    clients = ClientService(vault)
    with pytest.raises(ValidationError):
        clients.save_profile(Client(given_name="Budi", case_code=NFC), today=TODAY)
    with pytest.raises(InterchangeError):
        InterchangeService(vault).import_text(_file(tmp_path, "nfc.json", NFC).read_text())
    assert len(clients.list_summaries()) == 1
    assert SupervisionService(vault).client_id_for(NFC) is not None


def test_names_pasted_with_invisible_characters_are_imported_as_they_read(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(json.loads(SAMPLE.read_text()))
    client = doc["clients"][0]
    given = client["given_name"]
    client["given_name"] = given[:2] + ZWSP + given[2:] + "\ufeff"
    client["other_people"][0] = "\u00ad" + client["other_people"][0]
    client["guardians"][0]["name"] = client["guardians"][0]["name"] + "\u2060"
    client["consents"][0]["signed_by"] = "\U000e0041" + client["consents"][0]["signed_by"]
    client["tags"][0] = "مهر\u200cناز"  # a joiner Persian needs: kept
    original = json.loads(SAMPLE.read_text())["clients"][0]
    planted = tmp_path / "pasted.json"
    planted.write_text(json.dumps(doc))
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    code, _, err = cli("import", vault, planted)
    assert code == 0, err
    out = tmp_path / "out.json"
    assert cli("export-json", vault, out)[0] == 0
    back = json.loads(out.read_text())["clients"][0]
    assert back["given_name"] == original["given_name"]
    assert back["other_people"][0] == original["other_people"][0]
    assert back["guardians"][0]["name"] == original["guardians"][0]["name"]
    assert back["consents"][0]["signed_by"] == original["consents"][0]["signed_by"]
    assert "مهر\u200cناز" in back["tags"]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"], ids=ascii)
def test_an_import_with_a_line_separator_in_a_name_is_refused(
    cli, tmp_path: Path, separator: str
) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(SAMPLE.read_text())
    doc["clients"][0]["family_name"] = f"San{separator}toso"
    planted = tmp_path / "planted.json"
    planted.write_text(json.dumps(doc))
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    code, _, err = cli("import", vault, planted)
    assert code == 1 and "one line" in err, err
    assert _codes(cli, vault) == []


def test_a_consent_signed_with_a_pasted_name_keeps_the_name_as_it_reads(vault: Vault) -> None:
    saved, _ = ClientService(vault).save_profile(
        Client(given_name="Ayu", guardians=[Contact("Siti")]), today=TODAY
    )
    assert saved.id is not None
    consent = ConsentService(vault).sign(
        saved.id,
        ConsentDraft(
            kind=ConsentKind.RELEASE_OF_INFORMATION,
            language="en",
            signed_by=f"Ibu {ZWSP}Siti\ufeff",
            signed_on=TODAY,
            signer_relationship=SignerRelationship.GUARDIAN,
            relationship_detail="ibu\u00ad kandung",
            released_to=f"Puskesmas{ZWSP} Depok",
            purpose=f"Pemeriksaan{ZWSP} psikolog",
            disclosures=(DisclosureItem.CONCERNS,),
            expires_on=TODAY + dt.timedelta(days=90),
        ),
    )
    assert consent.purpose == "Pemeriksaan psikolog"
    assert (consent.signed_by, consent.relationship_detail, consent.released_to) == (
        "Ibu Siti",
        "ibu kandung",
        "Puskesmas Depok",
    )
    assert "Puskesmas Depok" in (consent.text or "")
