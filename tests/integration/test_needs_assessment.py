"""From needs to program to plan (issue 17, item 6): the AKPD questionnaire, its answers,
the ranked needs per class with small counts hidden (checked against hand-computed
figures), the draft program, and the program and an RPL as PDF. Vaults use
KdfParams.cheap_for_tests()."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.akpd import AkpdResponse, NeedItem, aggregate
from counsel_desk.domain.bk_program import ProgramItem, Rpl, draft_program
from counsel_desk.domain.enums import AkpdEntry, ServiceField, ServiceStrategy
from counsel_desk.domain.model import Client
from counsel_desk.domain.reports import Suppression
from counsel_desk.domain.validation import ValidationError
from counsel_desk.export.pdf_check import pdf_text
from counsel_desk.services.needs import NeedsError
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.vault.errors import WrongPassphraseError

PASSPHRASE = "needs passphrase, long enough"
TODAY = dt.date(2026, 7, 20)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    yield service
    service.lock()


def _text(path: Path) -> str:
    return " ".join(" ".join(pdf_text(path.read_bytes())[0]).split())


def _items() -> list[NeedItem]:
    return [
        NeedItem(ServiceField.PERSONAL, "confidence", 0, id=1),
        NeedItem(ServiceField.PERSONAL, "anger", 1, id=2),
        NeedItem(ServiceField.LEARNING, "exams", 0, id=3),
        NeedItem(ServiceField.CAREER, "next school", 0, id=4),
    ]


def _answers(class_name: str, yes_sets: list[set[int]]) -> list[AkpdResponse]:
    return [AkpdResponse(class_name, TODAY, (1, 2, 3, 4), frozenset(yes)) for yes in yes_sets]


def test_needs_are_ranked_and_small_counts_hidden_as_computed_by_hand() -> None:
    # 20 students of VIII-B: item 1 yes 12 (60 %), item 2 yes 3 (<5: hidden), item 3 yes
    # 15 (75 %), item 4 yes 0. Personal: students with a yes to item 1 or 2 — the first
    # 12 have 1, students 12..14 have 2 only: 15 of 20 = 75 %. Learning 15/20, career 0.
    yes = [{1, 3} for _ in range(12)] + [{2, 3}, {2, 3}, {2, 3}] + [set() for _ in range(5)]
    responses = _answers("VIII-B", yes) + _answers("IX-A", [{4}] * 3)
    result = aggregate(_items(), responses, "viii-b")
    assert result.respondents == 20 and not result.too_few
    assert [(f.item.id, f.yes, f.asked, f.suppression) for f in result.items] == [
        (3, 15, 20, Suppression.NONE),
        (1, 12, 20, Suppression.NONE),
        (4, 0, 20, Suppression.NONE),
        (2, 3, 20, Suppression.PRIMARY),
    ]
    assert [f.percent for f in result.items] == [75.0, 60.0, 0.0, None]
    assert [f.item.id for f in result.ranked()] == [3, 1]
    assert [(f.field, f.students, f.percent) for f in result.fields] == [
        (ServiceField.PERSONAL, 15, 75.0),
        (ServiceField.LEARNING, 15, 75.0),
        (ServiceField.CAREER, 0, 0.0),
    ]
    # IX-A: 3 students, fewer than the threshold — every figure hidden.
    small = aggregate(_items(), responses, "IX-A")
    assert small.too_few and small.respondents == 3
    assert all(f.hidden and f.percent is None for f in small.items)
    assert all(f.percent is None for f in small.fields)
    # The whole school: 23 students; item 4 yes 3 → hidden; item 3 15/23.
    everyone = aggregate(_items(), responses)
    assert everyone.respondents == 23
    by_id = {f.item.id: f for f in everyone.items}
    assert by_id[4].hidden and by_id[3].percent == pytest.approx(100 * 15 / 23)


def test_the_draft_program_takes_the_most_shared_needs_first() -> None:
    yes = [{1, 3} for _ in range(12)] + [{2, 3}] * 3 + [{4}] * 5
    result = aggregate(_items(), _answers("VIII-B", yes), "VIII-B")
    program = draft_program(result.ranked(), 2026, class_level="VIII", language="id")
    # 3: 75 % → classical; 1: 60 % → classical; 4: 25 % → group guidance; 2 hidden.
    assert [(p.topic, p.strategy, p.month) for p in program] == [
        ("exams", ServiceStrategy.CLASSROOM_GUIDANCE, dt.date(2026, 7, 1)),
        ("confidence", ServiceStrategy.CLASSROOM_GUIDANCE, dt.date(2026, 7, 1)),
        ("next school", ServiceStrategy.GROUP_GUIDANCE, dt.date(2026, 8, 1)),
    ]
    assert all(p.class_level == "VIII" and p.periods == 2 and p.rpl.objective for p in program)


def test_items_are_edited_and_an_answered_item_is_only_retired(vault: VaultService) -> None:
    needs = vault.needs
    items = needs.start_questionnaire("id")
    assert len(items) == 32
    assert {i.field for i in items} == set(ServiceField)
    assert items[0].text == "Saya ingin lebih percaya diri."
    assert needs.start_questionnaire("en") == items  # the starter set comes once
    with pytest.raises(ValidationError, match="text"):
        needs.save_item(NeedItem(ServiceField.SOCIAL, "   "))
    assert len(needs.items()) == 32
    added = needs.save_item(NeedItem(ServiceField.SOCIAL, "Saya ingin  belajar berorganisasi."))
    assert added.text == "Saya ingin belajar berorganisasi." and added.position == 8
    needs.delete_item(added.id)
    first = items[0]
    needs.save_response(
        AkpdResponse("VIII-B", TODAY, (first.id,), frozenset({first.id}), AkpdEntry.KIOSK)
    )
    with pytest.raises(NeedsError, match="retire"):
        needs.delete_item(first.id)
    needs.save_item(
        NeedItem(first.field, "Saya ingin lebih yakin pada diri sendiri.", 0, True, first.id)
    )
    assert needs.items(retired=False)[0].id != first.id
    assert needs.items()[0].retired


def test_bad_answers_are_refused_and_nothing_is_saved(vault: VaultService) -> None:
    needs = vault.needs
    items = needs.start_questionnaire("en")
    asked = tuple(i.id for i in items)
    with pytest.raises(ValidationError, match="class"):
        needs.save_response(AkpdResponse("  ", TODAY, asked))
    with pytest.raises(ValidationError, match="answers"):
        needs.save_response(AkpdResponse("VIII-B", TODAY, ()))
    with pytest.raises(ValidationError, match="answers"):
        needs.save_response(AkpdResponse("VIII-B", TODAY, (*asked, 9999)))
    assert needs.responses() == []
    with pytest.raises(NeedsError, match="Too few"):
        needs.draft(2026, "VIII-B")


def test_a_named_students_answers_sit_in_her_record(vault: VaultService, tmp_path: Path) -> None:
    client, _ = vault.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"), today=TODAY
    )
    needs = vault.needs
    items = needs.start_questionnaire("en")
    saved = needs.save_response(
        AkpdResponse("VIII-B", TODAY, (items[0].id,), frozenset(), client_id=client.id)
    )
    assert needs.responses(client.id) == [saved]
    assert needs.classes() == ["VIII-B"]
    yes = needs.save_response(
        AkpdResponse(
            "VIII-B",
            TODAY,
            (items[0].id, items[9].id),
            frozenset({items[9].id}),
            client_id=client.id,
        )
    )
    assert yes.id is not None
    out = tmp_path / "record.pdf"
    vault.supervision.export_full_record(client.id, out)
    text = _text(out)
    assert "Needs assessment (AKPD)" in text and items[9].text in text
    assert "yes to 1 of 2 items" in text and "no need ticked" in text


def test_the_program_is_saved_whole_and_printed(vault: VaultService, tmp_path: Path) -> None:
    needs = vault.needs
    plan = [
        ProgramItem(
            2026,
            dt.date(2026, 9, 1),
            ServiceField.LEARNING,
            ServiceStrategy.CLASSROOM_GUIDANCE,
            "Belajar efektif menjelang ujian",
            "VIII",
            2,
            Rpl(objective="Siswa mampu menyusun jadwal belajar.", core="Diskusi kelompok"),
        ),
        ProgramItem(
            2026,
            dt.date(2027, 2, 1),
            ServiceField.CAREER,
            ServiceStrategy.GROUP_GUIDANCE,
            "Mengenal SMA dan SMK",
            "IX",
            1,
        ),
    ]
    bad = [
        *plan,
        ProgramItem(
            2026, dt.date(2026, 10, 1), ServiceField.SOCIAL, ServiceStrategy.CLASSROOM_GUIDANCE, " "
        ),
    ]
    with pytest.raises(ValidationError, match=r"program\[3\]\.topic"):
        needs.save_program(2026, bad)
    assert needs.program(2026) == []
    saved = needs.save_program(2026, plan)
    assert [p.id for p in needs.program(2026)] == [p.id for p in saved]
    out = tmp_path / "program.pdf"
    needs.write_program_pdf(2026, out, language="id")
    text = _text(out)
    assert "program tahunan" in text.lower() and "Belajar efektif menjelang ujian" in text
    needs.write_program_pdf(2026, out, language="en", semester=2)
    text = _text(out)
    assert "Mengenal SMA dan SMK" in text and "Belajar efektif" not in text
    rpl = tmp_path / "rpl.pdf"
    needs.write_rpl_pdf(saved[0].id, rpl, language="id")
    text = _text(rpl)
    assert "Siswa mampu menyusun jadwal belajar." in text and "2 JP" in text
    with pytest.raises(NeedsError):
        needs.write_program_pdf(2027, out)


def test_the_kiosk_exit_checks_the_passphrase(vault: VaultService) -> None:
    vault.verify_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        vault.verify_passphrase("not it")


def _needs_vault(service: VaultService) -> None:
    client, _ = service.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"), today=TODAY
    )
    needs = service.needs
    items = needs.start_questionnaire("id")
    needs.save_item(NeedItem(items[1].field, items[1].text, items[1].position, True, items[1].id))
    asked = tuple(i.id for i in items[:4])
    needs.save_response(
        AkpdResponse("VIII-B", TODAY, asked, frozenset(asked[:2]), client_id=client.id)
    )
    needs.save_response(AkpdResponse("VIII-B", TODAY, asked, frozenset(), AkpdEntry.KIOSK))
    saved = needs.save_program(
        2026,
        [
            ProgramItem(
                2026,
                dt.date(2026, 8, 1),
                ServiceField.SOCIAL,
                ServiceStrategy.CLASSROOM_GUIDANCE,
                "Stop perundungan",
                "VIII",
                2,
                Rpl(objective="Siswa berani bicara."),
            ),
        ],
    )
    from counsel_desk.domain.activities import Activity
    from counsel_desk.domain.enums import ActivityKind

    service.activities.save(
        Activity(
            ActivityKind.CLASSROOM_GUIDANCE,
            TODAY,
            "Stop perundungan",
            "VIII-B",
            30,
            2,
            rpl=saved[0].id,
        )
    )


def test_the_needs_and_the_program_go_through_counsel_desk_2_unchanged(
    vault: VaultService, tmp_path: Path
) -> None:
    _needs_vault(vault)
    first = vault.interchange.export_text()
    assert '"akpd_items"' in first and '"bk_program"' in first and '"rpl": 0' in first
    other = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    other.create(tmp_path / "other", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        other.interchange.import_text(first)
        assert other.interchange.export_text() == first
        client = other.clients.list_summaries()[0]
        assert len(other.needs.responses(client.id)) == 1
        planned = other.needs.program(2026)[0]
        assert other.activities.activities()[0].rpl == planned.id
    finally:
        other.lock()


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d["akpd_responses"][0]["asked"].append(99), "akpd_responses[0].asked[4]"),
        (lambda d: d["akpd_responses"][0].update(client=5), "akpd_responses[0].client"),
        (lambda d: d["akpd_items"][0].update(text="  "), "akpd_items[0].text"),
        (lambda d: d["akpd_items"][0].update(colour="red"), "akpd_items[0].colour"),
        (lambda d: d["bk_program"][0].update(month="2026-13"), "bk_program[0].month"),
        (lambda d: d["bk_program"][0].update(topic=""), "bk_program[0].topic"),
        (lambda d: d["activities"][0].update(rpl=3), "activities[0].rpl"),
        (lambda d: d["akpd_responses"][0].update(class_name=""), "akpd_responses[0].class_name"),
        (lambda d: d["bk_program"][0].update(topic="Kasus Rina"), "bk_program[0].topic"),
        (lambda d: d["akpd_items"][2].update(text="Wulandari"), "akpd_items[2].text"),
    ],
)
def test_a_bad_needs_key_is_refused_by_name_and_nothing_is_imported(
    vault: VaultService, tmp_path: Path, change, key: str
) -> None:
    import json

    from counsel_desk.export.interchange import InterchangeError

    _needs_vault(vault)
    document = json.loads(vault.interchange.export_text())
    change(document)
    other = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    other.create(tmp_path / "other", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        with pytest.raises(InterchangeError) as refused:
            other.interchange.import_text(json.dumps(document))
        assert refused.value.key == key
        assert other.clients.list_summaries() == [] and other.needs.items() == []
        assert other.needs.program() == []
    finally:
        other.lock()


def test_the_program_and_the_questionnaire_keep_no_names(vault: VaultService) -> None:
    from counsel_desk.services.activities import ActivityNamesError

    vault.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"), today=TODAY
    )
    needs = vault.needs
    with pytest.raises(ActivityNamesError, match="BK-007"):
        needs.save_item(NeedItem(ServiceField.SOCIAL, "Saya ingin berteman dengan Rina."))
    plan = ProgramItem(
        2026,
        dt.date(2026, 9, 1),
        ServiceField.SOCIAL,
        ServiceStrategy.CLASSROOM_GUIDANCE,
        "Anti-perundungan",
        "VIII",
        2,
        Rpl(core="Kasus Wulandari dibahas"),
    )
    with pytest.raises(ActivityNamesError) as refused:
        needs.save_program(2026, [plan])
    assert refused.value.found[0].field == "program[1].rpl.core"
    assert needs.program(2026) == [] and needs.items() == []


def test_the_draft_follows_the_school_years_start(vault: VaultService, tmp_path: Path) -> None:
    from counsel_desk.domain.bk_reports import BkSettings

    vault.bk_reports.save_settings(BkSettings(year_start_month=8, year_start_day=15))
    needs = vault.needs
    items = needs.start_questionnaire("en")
    asked = tuple(i.id for i in items[:3])
    for _ in range(6):
        needs.save_response(AkpdResponse("7A", TODAY, asked, frozenset(asked)))
    draft = needs.draft(2026, "7A", class_level="7")
    assert [p.month for p in draft] == [dt.date(2026, 8, 1)] * 2 + [dt.date(2026, 9, 1)]
    saved = needs.save_program(2026, draft)
    out = tmp_path / "s1.pdf"
    needs.write_program_pdf(2026, out, semester=1)
    text = _text(out)
    assert "August 2026" in text and "September 2026" in text and "July 2026" not in text
    needs.write_program_pdf(2026, out)  # the whole year: August to July, every month
    text = _text(out)
    assert "July 2027" in text and "July 2026" not in text and "Nothing planned" in text
    needs.write_rpl_pdf(saved[2].id, out)
    assert "2026/2027, semester 1" in _text(out)
