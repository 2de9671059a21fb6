"""Sociometry through the services (issue 20, item 4): a round of a class from its class
list and its clients, choices from paper and the kiosk, all or nothing, audited without
names; what a destroyed record leaves. Vaults use KdfParams.cheap_for_tests() (weak
Argon2 on purpose)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.enums import AkpdEntry
from counsel_desk.domain.model import Client
from counsel_desk.domain.sociometry import Answer, Criterion, LabelMode, Member, SociometryRound
from counsel_desk.domain.validation import ValidationError
from counsel_desk.services.activities import ActivityNamesError
from counsel_desk.services.sociometry import SociometryError
from counsel_desk.services.vault_service import KdfParams, VaultService

PASSPHRASE = "sociometry passphrase, long enough"
TODAY = dt.date(2026, 11, 20)
HEADER = "Nama Peserta Didik;NISN;JK;Tanggal Lahir;Rombel"
ROWS = (
    "Rina Wulandari;0012345678;P;12/03/2012;VIII-B",
    "Budi Santoso;0012345679;L;01/02/2012;VIII-B",
    "Kirana Paramitha;0012345670;P;05/05/2012;VIII-B",
    "Yoga Pratama;0012345671;L;06/06/2012;VIII-C",
)
CRITERIA = (Criterion("Teman duduk"), Criterion("Tidak ingin sekelompok", positive=False))


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    path = tmp_path / "kelas.csv"
    path.write_text("\n".join((HEADER, *ROWS)) + "\n", encoding="utf-8")
    service.roster.import_rows(service.roster.read(path))
    service.clients.save_profile(Client("Dewi", family_name="Anggraini", grade="VIII-B"))
    yield service
    service.lock()


def _round(vault: VaultService):
    """Members numbered in the class list's order (1 Budi, 2 Dewi, 3 Kirana, 4 Rina), as
    an import keeps them; a round made in the window is numbered at random."""
    candidates = vault.sociometry.candidates("viii-b")
    members = tuple(Member(n, c.roster_id, c.client_id) for n, c in enumerate(candidates, 1))
    return vault.sociometry.save_new(SociometryRound("VIII-B", TODAY, CRITERIA, 2, members))


def test_a_class_is_its_roster_entries_and_its_clients(vault) -> None:
    names = [(c.name, c.case_code) for c in vault.sociometry.candidates("VIII-B")]
    assert names == [
        ("Budi Santoso", None),
        ("Dewi Anggraini", "C-0001"),
        ("Kirana Paramitha", None),
        ("Rina Wulandari", None),
    ]
    assert vault.sociometry.classes() == ["VIII-B", "VIII-C"]


def test_a_round_and_its_choices_are_kept_and_analysed(vault) -> None:
    made = _round(vault)
    assert [m.number for m in made.members] == [1, 2, 3, 4]
    people = vault.sociometry.people(made.id)
    assert people[2].name == "Dewi Anggraini" and people[2].case_code == "C-0001"
    vault.sociometry.save_answer(made.id, Answer(1, ((2, 3), (4,))))
    vault.sociometry.save_answer(made.id, Answer(2, ((1, 3), ()), AkpdEntry.KIOSK))
    vault.sociometry.save_answer(made.id, Answer(3, ((1, 2), (4,))))
    back = vault.sociometry.round(made.id)
    assert back.answer_of(2) == Answer(2, ((1, 3), ()), AkpdEntry.KIOSK)
    gram = vault.sociometry.sociogram(made.id)
    assert gram.cliques == ((1, 2, 3),)
    assert gram.isolates() == [4]
    summary = vault.sociometry.rounds()[0]
    assert (summary.members, summary.answered) == (4, 3)


def test_a_hostile_answer_writes_nothing(vault) -> None:
    made = _round(vault)
    before = len(vault.vault.audit.entries())
    for bad in (
        Answer(1, ((1,), ())),  # herself
        Answer(1, ((2, 2), ())),  # twice
        Answer(1, ((2, 3, 4), ())),  # more than N
        Answer(1, ((9,), ())),  # not a member
        Answer(9, ((1,), ())),  # not a member answering
    ):
        with pytest.raises(ValidationError):
            vault.sociometry.save_answer(made.id, bad)
    assert vault.sociometry.round(made.id).answers == ()
    assert len(vault.vault.audit.entries()) == before


def test_the_kiosk_lets_a_student_answer_once(vault) -> None:
    made = _round(vault)
    vault.sociometry.save_answer(made.id, Answer(1, ((2,), ()), AkpdEntry.KIOSK))
    with pytest.raises(SociometryError, match="already answered"):
        vault.sociometry.save_answer(made.id, Answer(1, ((3,), ()), AkpdEntry.KIOSK))
    assert vault.sociometry.round(made.id).answer_of(1) == Answer(1, ((2,), ()), AkpdEntry.KIOSK)
    # the counselor from paper replaces it; or clears it so the kiosk may take it again
    vault.sociometry.save_answer(made.id, Answer(1, ((3,), ())))
    vault.sociometry.clear_answer(made.id, 1)
    vault.sociometry.save_answer(made.id, Answer(1, ((4,), ()), AkpdEntry.KIOSK))
    assert vault.sociometry.round(made.id).answer_of(1) == Answer(1, ((4,), ()), AkpdEntry.KIOSK)


def test_the_audit_names_kinds_and_ids_never_students(vault) -> None:
    made = _round(vault)
    vault.sociometry.save_answer(made.id, Answer(2, ((1, 3), (4,))))
    details = [
        e.detail or "" for e in vault.vault.audit.entries() if e.action.startswith("sociometry")
    ]
    assert sorted(details) == [f"round {made.id}: 4 members", f"round {made.id}: member 2, paper"]
    entries = [e for e in vault.vault.audit.entries() if e.action.startswith("sociometry")]
    assert all(e.case_code is None for e in entries)


def test_a_question_that_names_a_student_is_refused(vault) -> None:
    with pytest.raises(ActivityNamesError):
        vault.sociometry.create_round(
            "VIII-B",
            TODAY,
            (Criterion("Duduk dengan Rina"),),
            2,
            vault.sociometry.candidates("VIII-B"),
        )
    assert vault.sociometry.rounds() == []


def test_a_round_needs_three_members_and_a_day_not_in_the_future(vault) -> None:
    two = vault.sociometry.candidates("VIII-B")[:2]
    with pytest.raises(ValidationError):
        vault.sociometry.create_round("VIII-B", TODAY, CRITERIA, 2, two)
    with pytest.raises(ValidationError):
        vault.sociometry.create_round(
            "VIII-B",
            TODAY + dt.timedelta(days=1),
            CRITERIA,
            2,
            vault.sociometry.candidates("VIII-B"),
        )
    assert vault.sociometry.rounds() == []


def test_a_destroyed_record_leaves_a_former_member_and_the_figures(vault) -> None:
    made = _round(vault)
    vault.sociometry.save_answer(made.id, Answer(1, ((2, 3), ())))
    vault.sociometry.save_answer(made.id, Answer(2, ((1,), (4,))))
    vault.sociometry.save_answer(made.id, Answer(3, ((2,), ())))
    before = vault.sociometry.sociogram(made.id)
    dewi = vault.sociometry.people(made.id)[2]
    assert dewi.case_code == "C-0001"
    client_id = vault.clients.list_summaries()[0].id
    vault.retention.destroy_client(client_id)
    after = vault.sociometry.sociogram(made.id)
    assert after == before
    people = vault.sociometry.people(made.id)
    assert people[2].name is None and people[2].case_code is None
    assert vault.sociometry.teacher_names(made.id, LabelMode.FULL_NAME)[2] == "S02"
    assert vault.sociometry.round(made.id).members[1].client_id is None


def test_a_case_opened_from_the_list_keeps_the_student_once(vault) -> None:
    entry = next(e for e in vault.roster.entries() if e.name == "Rina Wulandari")
    client = vault.roster.open_case(entry.id)
    candidates = vault.sociometry.candidates("VIII-B")
    rina = [c for c in candidates if c.name == "Rina Wulandari"]
    assert len(rina) == 1 and rina[0].client_id == client.id and rina[0].roster_id == entry.id
    made = vault.sociometry.create_round("VIII-B", TODAY, CRITERIA, 2, candidates)
    number = next(m.number for m in made.members if m.roster_id == entry.id)
    assert vault.sociometry.of_client(client.id)[0][1] == number


def test_deleting_a_round_removes_its_choices(vault) -> None:
    made = _round(vault)
    vault.sociometry.save_answer(made.id, Answer(1, ((2,), ())))
    vault.sociometry.delete_round(made.id)
    assert vault.sociometry.rounds() == []
    with pytest.raises(SociometryError):
        vault.sociometry.round(made.id)
    with vault.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM sociometry_choices").fetchone()[0] == 0


def test_a_round_is_renamed_but_never_to_a_name(vault) -> None:
    made = _round(vault)
    vault.sociometry.rename_round(made.id, " VIII-B  (pagi) ", TODAY - dt.timedelta(days=2))
    back = vault.sociometry.round(made.id)
    assert (back.class_name, back.held_on) == ("VIII-B (pagi)", TODAY - dt.timedelta(days=2))
    with pytest.raises(ActivityNamesError):
        vault.sociometry.rename_round(made.id, "Kelas Kirana", TODAY)
    assert vault.sociometry.round(made.id).class_name == "VIII-B (pagi)"


WHOLE_VAULT = Path(__file__).resolve().parents[1] / "fixtures" / "whole-vault.v2.json"


def test_an_imported_question_that_names_a_student_refuses_the_whole_file(tmp_path) -> None:
    import json

    from counsel_desk.export.interchange import InterchangeError

    service = VaultService()
    service.create(tmp_path / "w", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        doc = json.loads(WHOLE_VAULT.read_text(encoding="utf-8"))
        doc["sociometry"][0]["criteria"][1]["text"] = "Tidak mau dengan Kirana"
        with pytest.raises(InterchangeError) as raised:
            service.interchange.import_text(json.dumps(doc))
        assert raised.value.key == "sociometry[0].criteria[1].text"
        assert service.sociometry.rounds() == [] and service.roster.entries() == []
        assert service.clients.list_summaries() == []
        report = service.interchange.import_text(WHOLE_VAULT.read_text(encoding="utf-8"))
        assert report.sociometry == 1
        assert service.interchange.export().counts.sociometry == 1
    finally:
        service.lock()


def _read_back(path: Path) -> str:
    from counsel_desk.export.pdf_check import pdf_text

    pages, meta = pdf_text(path)
    return "\n".join([*pages, *meta.values()])


def _answered_round(vault):
    made = _round(vault)  # Budi 1, Dewi 2, Kirana 3, Rina 4
    vault.sociometry.save_answer(made.id, Answer(1, ((2, 3), (4,))))
    vault.sociometry.save_answer(made.id, Answer(2, ((1, 3), ())))
    vault.sociometry.save_answer(made.id, Answer(3, ((1, 2), (4,))))
    return made


FULL_NAMES = ("Budi", "Santoso", "Dewi", "Anggraini", "Kirana", "Paramitha", "Rina", "Wulandari")


@pytest.mark.parametrize(
    ("mode", "shown"),
    [(LabelMode.INITIALS, ["BS", "DA", "KP", "RW"]), (LabelMode.NUMBER, ["S01", "S04"])],
)
def test_the_teacher_pdf_names_no_one_unless_she_ticks_it(vault, tmp_path, mode, shown) -> None:
    made = _answered_round(vault)
    out = tmp_path / "sosiogram.pdf"
    vault.sociometry.write_teacher_pdf(made.id, out, mode=mode, language="id")
    text = _read_back(out)
    for label in shown:
        assert label in text
    for word in FULL_NAMES:
        assert word not in text
    assert "C-0001" not in text  # no case code: it would tell who is a client
    from pypdf import PdfReader

    meta = PdfReader(str(out)).metadata or {}
    named = {k: v for k, v in meta.items() if k in ("/Title", "/Author", "/Subject", "/Keywords")}
    assert set(named.values()) <= {"Sociogram", "Sosiogram", ""}
    assert named.get("/Title") in ("Sociogram", "Sosiogram")


def test_full_names_only_when_ticked_and_with_the_banner(vault, tmp_path) -> None:
    made = _answered_round(vault)
    out = tmp_path / "names.pdf"
    vault.sociometry.write_teacher_pdf(made.id, out, mode=LabelMode.FULL_NAME)
    text = _read_back(out)
    assert "Kirana Paramitha" in text and "Full names shown" in text
    entries = [e for e in vault.vault.audit.entries() if e.action == "export_written"]
    assert entries[0].detail == f"sociogram of round {made.id}: full_name"


def test_a_name_in_a_question_stops_the_teacher_pdf_and_nothing_is_written(vault, tmp_path):
    made = _answered_round(vault)
    # a name the class list holds but the vault's identifier set was told after the
    # round was made: written straight into the vault, as an older version might have
    with vault.vault.transaction() as conn:
        conn.execute(
            "UPDATE sociometry_criteria SET text = 'Duduk dekat Kirana' WHERE position = 0"
        )
    out = tmp_path / "x.pdf"
    with pytest.raises(SociometryError, match="self-check"):
        vault.sociometry.write_teacher_pdf(made.id, out, mode=LabelMode.INITIALS)
    assert not out.exists()


def test_a_backup_restores_the_rounds(vault, tmp_path) -> None:
    from counsel_desk.vault.backup import write_backup
    from tests.leaks import readable_in

    made = _answered_round(vault)
    out = tmp_path / "usb" / "b.cdbackup"
    write_backup(vault.vault, out)
    assert not readable_in(b"Teman duduk", out.read_bytes())
    restored = VaultService()
    restored.restore(out, tmp_path / "restored", PASSPHRASE)
    try:
        back = restored.sociometry.round(made.id)
        assert back == vault.sociometry.round(made.id)
        assert restored.sociometry.people(made.id) == vault.sociometry.people(made.id)
    finally:
        restored.lock(backup=False)


def test_her_full_record_counts_what_she_received_and_names_no_classmate(vault, tmp_path):
    _answered_round(vault)  # Dewi (2) is chosen by Budi and Kirana, both mutual
    dewi = vault.clients.list_summaries()[0]
    out = tmp_path / "record.pdf"
    vault.supervision.export_full_record(dewi.id, out)
    text = _read_back(out)
    assert "Sociometry" in text and "class VIII-B: 3 of 4 students answered" in text
    assert "“Teman duduk”: chosen by 2, 2 of them mutual" in text
    assert "in a clique of 3" in text
    for classmate in ("Budi", "Santoso", "Kirana", "Paramitha", "Rina", "Wulandari"):
        assert classmate not in text
