"""The class list through the services (issue 20, item 1): nothing written before she
confirms, then all or nothing; the same list again changes nothing; a roster entry is no
client until she opens a case, yet everyone on it is redacted and refused like anyone the
vault knows. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.enums import (
    ActivityKind,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
)
from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.domain.roster import Column, RowStatus
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.services.activities import ActivityNamesError
from counsel_desk.services.roster import RosterAlreadyClientError, RosterRefusedError
from counsel_desk.services.supervision import SupervisionRequest
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.vault.audit import AuditAction

PASSPHRASE = "class list passphrase, long enough"
TODAY = dt.date(2026, 11, 20)
HEADER = "Nama Peserta Didik;NISN;JK;Tempat Lahir;Tanggal Lahir;Rombel;Nama Ayah;Nama Ibu;No HP"
ROWS = (
    "Rina Wulandari;0012345678;P;Bantul;12/03/2012;VIII-B;Joko Susilo;Sri Wulandari;081234567788",
    "Budi Santoso;0012345679;L;Sleman;01/02/2012;VIII-B;Agus Santoso;Tini;081298765432",
    "Kirana Paramitha;0012345670;P;Depok;5 Mei 2012;VIII-C;Hendra Gunawan;Maya;0813111222",
)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    yield service
    service.lock()


def _file(tmp_path: Path, *rows: str, name: str = "kelas.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def _audit(vault: VaultService) -> list:
    return [e for e in vault.vault.audit.entries() if e.action == AuditAction.ROSTER_IMPORTED]


def test_nothing_is_written_until_she_confirms_then_every_row(vault, tmp_path: Path) -> None:
    request = vault.roster.read(_file(tmp_path, *ROWS))
    preview = vault.roster.preview(request)
    assert [r.status for r in preview.rows] == [RowStatus.NEW] * 3
    assert vault.roster.entries() == []
    done = vault.roster.import_rows(request)
    assert (done.added, done.changed, done.unchanged) == (3, 0, 0)
    entries = vault.roster.entries()
    assert [e.name for e in entries] == ["Budi Santoso", "Rina Wulandari", "Kirana Paramitha"]
    assert entries[1].birth_date == dt.date(2012, 3, 12) and entries[1].school_year == "2026/2027"
    assert entries[1].mother_name == "Sri Wulandari" and entries[1].gender == "P"
    (entry,) = _audit(vault)
    assert entry.detail == "class list: 3 added, 0 changed, 0 unchanged, 0 skipped"
    for name in ("Rina", "Budi", "Kirana", "0012345678"):
        assert name not in (entry.detail or "")


def test_a_refused_row_writes_nothing_of_the_whole_list(vault, tmp_path: Path) -> None:
    bad = "Dewi;1.23E+09;P;Bantul;12/03/2012;VIII-B;;;"
    request = vault.roster.read(_file(tmp_path, *ROWS, bad))
    with pytest.raises(RosterRefusedError) as raised:
        vault.roster.import_rows(request)
    assert [r.number for r in raised.value.rows] == [5]
    assert "row 5" in str(raised.value)
    assert vault.roster.entries() == [] and _audit(vault) == []
    # skipped, the rest goes in
    done = vault.roster.import_rows(_skip(request, 5))
    assert (done.added, done.skipped) == (3, 1)


def _skip(request, *rows: int):
    from dataclasses import replace

    return replace(request, skip=frozenset(rows))


def test_the_same_list_again_changes_nothing(vault, tmp_path: Path) -> None:
    path = _file(tmp_path, *ROWS)
    vault.roster.import_rows(vault.roster.read(path))
    before = vault.roster.entries()
    audit_before = len(vault.vault.audit.entries())
    again = vault.roster.read(path)
    assert {r.status for r in vault.roster.preview(again).rows} == {RowStatus.SAME}
    done = vault.roster.import_rows(again)
    assert (done.added, done.changed, done.unchanged) == (0, 0, 3)
    assert vault.roster.entries() == before
    assert len(vault.vault.audit.entries()) == audit_before


def test_a_new_class_list_changes_the_matched_students_only(vault, tmp_path: Path) -> None:
    vault.roster.import_rows(vault.roster.read(_file(tmp_path, *ROWS)))
    moved = ROWS[0].replace("VIII-B", "IX-B")
    no_nisn = ROWS[1].replace("0012345679", "").replace("Budi Santoso", "BUDI SANTOSO")
    request = vault.roster.read(_file(tmp_path, moved, no_nisn, name="baru.csv"))
    rows = vault.roster.preview(request).rows
    assert rows[0].status is RowStatus.CHANGED and rows[0].changed == ("class_name",)
    assert rows[1].status is RowStatus.SAME  # matched by name and birth date
    vault.roster.import_rows(request)
    by_name = {e.name: e for e in vault.roster.entries()}
    assert by_name["Rina Wulandari"].class_name == "IX-B"
    assert by_name["Budi Santoso"].nisn == "0012345679"
    assert len(by_name) == 3


def test_she_can_correct_a_cell_before_confirming(vault, tmp_path: Path) -> None:
    from dataclasses import replace

    request = vault.roster.read(_file(tmp_path, "Dewi;12345;P;Bantul;12/03/2012;VIII-B;;;"))
    fixed = replace(request, edits={(2, Column.NISN): "0012345671"})
    assert vault.roster.import_rows(fixed).added == 1
    assert vault.roster.entries()[0].nisn == "0012345671"


def test_roster_entries_are_no_clients_and_no_consent_warnings(vault, tmp_path: Path) -> None:
    vault.roster.import_rows(vault.roster.read(_file(tmp_path, *ROWS)))
    assert vault.clients.list_summaries() == []
    assert vault.clients.attention(TODAY) == []


def test_opening_a_case_fills_the_profile_and_links_the_entry(vault, tmp_path: Path) -> None:
    vault.roster.import_rows(vault.roster.read(_file(tmp_path, *ROWS)))
    rina = next(e for e in vault.roster.entries() if e.name == "Rina Wulandari")
    client = vault.roster.open_case(rina.id)
    assert client.case_code and client.given_name == "Rina Wulandari"
    assert client.date_of_birth == dt.date(2012, 3, 12) and client.grade == "VIII-B"
    assert client.student_number == "0012345678"
    assert [g.name for g in client.guardians] == ["Joko Susilo", "Sri Wulandari"]
    linked = next(e for e in vault.roster.entries() if e.id == rina.id)
    assert linked.client_id == client.id
    with pytest.raises(RosterAlreadyClientError):
        vault.roster.open_case(rina.id)
    # the linked client's consent warnings apply now: a minor without guardian consent
    assert {a.case_code for a in vault.clients.attention(TODAY)} == {client.case_code}


def test_a_classmate_from_the_roster_is_redacted_in_a_supervision_summary(
    vault, tmp_path: Path
) -> None:
    client, _ = vault.clients.save_profile(
        Client(given_name="Dimas", family_name="Pratama", case_code="BK-001"), today=TODAY
    )
    note = SessionNote(
        date=dt.date(2026, 11, 18),
        fields={
            "text": "Dimas bertengkar dengan Kirana Paramitha dan Kirananya menangis; "
            "ayahnya, Pak Hendra Gunawan, menelepon dari 0813111222."
        },
    )
    saved, _ = vault.notes.save_draft(client.id, note)
    vault.notes.sign(saved.id)
    before = vault.supervision.prepare(SupervisionRequest(client_id=client.id)).plain_text()
    assert "Kirana" in before  # no one knows her yet: the set is built, and kept
    vault.roster.import_rows(vault.roster.read(_file(tmp_path, *ROWS)))
    summary = vault.supervision.prepare(SupervisionRequest(client_id=client.id))
    text = summary.plain_text()
    assert "bertengkar" in text
    for words in ("Kirana", "Paramitha", "Hendra", "Gunawan", "0813111222"):
        assert words not in text, words
    out = tmp_path / "supervision.pdf"
    vault.supervision.export(SupervisionRequest(client_id=client.id), out)
    from counsel_desk.export.pdf_check import pdf_text

    pages, _ = pdf_text(out)
    assert "Kirana" not in " ".join(pages) and "Hendra" not in " ".join(pages)


def test_the_activity_log_refuses_a_name_from_the_roster(vault, tmp_path: Path) -> None:
    vault.roster.import_rows(vault.roster.read(_file(tmp_path, *ROWS)))
    activity = Activity(
        kind=ActivityKind.CLASSROOM_GUIDANCE,
        date=dt.date(2026, 11, 4),
        topic="Gaya belajar",
        class_name="VIII-B",
        students_present=30,
        periods=2,
        notes="Budi Santoso bertanya banyak.",
        service=ServiceClass(
            ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (ServiceField.LEARNING,)
        ),
    )
    with pytest.raises(ActivityNamesError) as raised:
        vault.activities.save(activity)
    assert "Budi Santoso" in str(raised.value) and "class list" in str(raised.value)
    assert vault.activities.activities() == []


def test_a_document_whose_roster_repeats_an_nisn_of_the_vault_imports_nothing(
    vault, tmp_path: Path
) -> None:
    import json

    from counsel_desk.export.interchange import InterchangeError

    vault.roster.import_rows(vault.roster.read(_file(tmp_path, *ROWS)))
    exported = json.loads(vault.interchange.export_text())
    assert [e["nisn"] for e in exported["roster"]] == ["0012345678", "0012345679", "0012345670"]
    document = {
        "format": "counsel-desk/2",
        "clients": [{"given_name": "Dimas", "case_code": "BK-009"}],
        "roster": [{"name": "Rina W.", "nisn": "0012345678"}],
    }
    with pytest.raises(InterchangeError) as raised:
        vault.interchange.import_text(json.dumps(document))
    assert raised.value.key == "roster[0].nisn"
    assert vault.clients.list_summaries() == [] and len(vault.roster.entries()) == 3


def test_the_demo_vault_holds_a_small_class_list_of_no_clients(tmp_path: Path) -> None:
    from counsel_desk.demo.caseload import build_demo_caseload
    from counsel_desk.demo.records import build_demo_records
    from counsel_desk.export.interchange import dump_document

    caseload = build_demo_caseload(TODAY)
    records = build_demo_records(caseload, TODAY)
    assert len(records.roster) == 6 and {e.class_name for e in records.roster} == {"VIII-D"}
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(tmp_path / "demo", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        report = service.interchange.import_text(dump_document(caseload, records))
        assert report.roster == 6
        names = {c.full_name for c in caseload.clients}
        assert not names & {e.name for e in service.roster.entries()}
    finally:
        service.lock()
