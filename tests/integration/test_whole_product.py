"""Every record the app accepts works everywhere: generated caseloads with every kind of
record go through import, every service read, every PDF and the JSON round trip.

Hypothesis runs a few examples per test in the default profile (the whole suite stays
quick); ``HYPOTHESIS_PROFILE=thorough`` runs many more by hand (docs/testing.md). Cheap
Argon2 parameters: a test.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from counsel_desk.domain.enums import AttachmentKind, ClientStatus, ConsentKind, SignatureMethod
from counsel_desk.domain.plans import MOOD, Goal, Measure, Objective, ObjectiveRating, SupportPlan
from counsel_desk.domain.retention import RetentionPolicy, RetentionProfile
from counsel_desk.domain.sociometry import analyse
from counsel_desk.export.interchange import (
    ClientRecords,
    InterchangeError,
    VaultRecords,
    dump_document,
)
from counsel_desk.export.supervision_summary import ALL_SECTIONS, DEFAULT_SECTIONS
from counsel_desk.services.consents import ConsentDraft
from counsel_desk.services.supervision import SupervisionContext, SupervisionRequest
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.vault import identity
from tests.caseloads import (
    LETTERHEAD,
    RECORD_ENUMS,
    TODAY,
    enum_members_in,
    every_kind_activities,
    every_kind_appointments,
    every_kind_career_interests,
    every_kind_caseload,
    every_kind_disclosures,
    every_kind_needs,
    every_kind_referrals,
    every_kind_roster,
    every_kind_screenings,
    every_kind_sociometry,
    realistic_caseloads,
    vault_word_lists,
)

PASSPHRASE = "whole product passphrase, long enough"
# Attachments are made through the services (add_plans_and_reminders), not generated.
NOT_IN_DOCUMENTS = {AttachmentKind}
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # not a picture; the vault keeps any bytes
PDF = b"%PDF-1.4\n% scanned form\n" + bytes(range(255, -1, -1))
# A few examples in every run of the suite; many more with HYPOTHESIS_PROFILE=thorough.
EXAMPLES = 150 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 4


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[object]:
    opened: list[VaultService] = []
    counter = iter(range(1000))

    def make() -> VaultService:
        service = VaultService(backup_root=tmp_path / "backups")
        service.create(tmp_path / f"vault{next(counter)}", PASSPHRASE, KdfParams.cheap_for_tests())
        opened.append(service)
        return service

    yield make
    for service in opened:
        if service.is_unlocked:
            service.lock(backup=False)


def add_plans_and_reminders(vault: VaultService) -> None:
    """What counsel-desk/1 does not carry, made through the services as the app does:
    a support plan with two versions, ratings and measures on draft notes, follow-ups
    (one done), a drawn signature and a scanned form, a legal hold, the never-print
    list, the retention settings and supervision context."""
    summaries = vault.clients.list_summaries()
    first = summaries[0].id
    signed = vault.consents.sign(
        first,
        ConsentDraft(
            ConsentKind.INFORMED_CONSENT,
            "id",
            "Ayu Lestari",
            TODAY,
            method=SignatureMethod.DRAWN,
            signature_png=PNG,
        ),
    )
    assert signed.id is not None
    vault.consents.attach_scan(signed.id, "application/pdf", PDF)
    vault.retention.set_legal_hold(first, "Laporan ke P2TP2A")
    vault.retention.set_policy(RetentionPolicy(RetentionProfile.CUSTOM, custom_years=9))
    vault.supervision.set_never_print(["SMPN 4", "Pak Joko"])
    vault.supervision.save_context(first, SupervisionContext(question="Bagaimana?", plan="Lanjut"))
    done = vault.reminders.add_follow_up(first, TODAY - dt.timedelta(days=9), "Kirim surat")
    assert done.id is not None
    vault.reminders.complete_follow_up(done.id)
    for summary in summaries[:2]:
        objective = Objective("Tidur sebelum jam 22.00", 4, 3)
        plan = SupportPlan(goals=[Goal("Mengelola kecemasan ujian", [objective], ["CBT"])])
        saved, _ = vault.plans.save_version(summary.id, plan)
        vault.plans.save_version(summary.id, saved, reason="Target dipertajam")
        for entry in vault.notes.timeline(summary.id):
            note = entry.note
            if not entry.owned or note.id is None or note.is_signed or entry.autosave_id:
                continue
            session_id = note.id
            vault.plans.save_session_scores(
                session_id,
                [ObjectiveRating(objective.key, 2, 4)],
                [Measure(MOOD, 6), Measure("SDQ", 14)],
            )
        vault.reminders.add_follow_up(summary.id, TODAY, "Telepon ibu Ayu")
        vault.reminders.add_follow_up(summary.id, TODAY - dt.timedelta(days=3), "Cek nilai")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def exercise_everything(vault: VaultService, out: Path) -> None:
    """Every read and every export a counselor can reach, for every client."""
    out.mkdir(parents=True, exist_ok=True)
    summaries = vault.clients.list_summaries()
    assert summaries
    vault.clients.attention(TODAY)
    vault.consents.flags(TODAY)
    vault.reminders.reminders(dt.datetime.combine(TODAY, dt.time(8)))
    vault.retention.statuses()
    vault.retention.due_for_destruction()
    vault.search.search("ujian")
    vault.search.search('"capek banget"')
    year = vault.school_year  # a new school year's preview reads every active class
    state = year.state(TODAY)
    if state.choices:  # none when the running year and the next were both started
        start = state.next_year if state.next_year in state.choices else state.choices[0]
        plan = year.preview(start, year.guessed_last_level(), today=TODAY)
        assert len(plan.changes) == sum(1 for s in summaries if s.status is ClientStatus.ACTIVE)
    for summary in summaries:
        client = vault.clients.open_record(summary.id)
        vault.notes.timeline(summary.id)
        vault.consents.consents(summary.id)
        vault.plans.record(summary.id).progress()
        vault.plans.record(summary.id).measure_lines()
        vault.reminders.follow_ups(summary.id, open_only=False)
        vault.supervision.context(summary.id)
        screening = vault.screening.record(summary.id)
        for result in screening.results:  # every saved questionnaire scores
            assert 0 <= result.score.total <= result.definition.max_score
        screening.lines()
        for inventory in vault.career_interests.results(summary.id):  # every one scores
            scored = inventory.profile
            assert len(scored.code.letters) >= 3
            assert all(8 <= v <= 40 for v in scored.scores.values())
        for language in ("en", "id"):
            vault.plans.plan_summary_text(summary.id, language=language)
            target = out / f"{client.case_code}-{language}-supervision.pdf"
            # Indonesian with every section ticked: the screening scores too (issue 20).
            sections = ALL_SECTIONS if language == "id" else DEFAULT_SECTIONS
            result = vault.supervision.export(
                SupervisionRequest(summary.id, language=language, sections=sections), target
            )
            assert result.path.stat().st_size > 0
            record = out / f"{client.case_code}-{language}-record.pdf"
            vault.supervision.export_full_record(
                summary.id, record, include_private=language == "en", language=language
            )
            assert client.given_name.split()[0] in pdf_text(record).replace("\n", " ")
    report = vault.reports.term_report(dt.date(2024, 7, 1), dt.date(2026, 6, 30))
    for language in ("en", "id"):
        vault.reports.write_pdf(report, out / f"term-{language}.pdf", language=language)
    calendar_holds_no_name(vault, out)
    assert vault.verify() == []


# Words of the calendar's own texts (a name equal to one of them would prove nothing).
CALENDAR_WORDS = {"counseling", "konseling", "class", "kelas", "parent", "meeting", "group"}


def calendar_holds_no_name(vault: VaultService, out: Path) -> None:
    """Every appointment goes to the phone's calendar with case codes only: no word of
    anyone's name in the vault (clients, their people, requests to talk), no purpose."""
    first, last = dt.date(2000, 1, 1), dt.date(2100, 1, 1)
    appointments = vault.appointments.between(first, last)
    requests = vault.appointments.requests(include_done=True)
    names: set[str] = set()
    for summary in vault.clients.list_summaries():
        client = vault.clients.open_record(summary.id)
        people = [client.given_name, client.family_name or "", client.preferred_name or ""]
        people += [p.name for p in (*client.guardians, *client.emergency_contacts)]
        names |= {w for n in people + client.other_people for w in re.findall(r"\w+", n.casefold())}
    names |= {w for r in requests for w in re.findall(r"\w+", r.name.casefold())}
    purposes = {a.purpose.casefold() for a in appointments if len(a.purpose) > 3}
    for language in ("en", "id"):
        target = out / f"calendar-{language}.ics"
        assert vault.appointments.export_calendar(first, last, language, target) == len(
            appointments
        )
        text = target.read_bytes().decode("utf-8").replace("\r\n ", "").casefold()
        words = set(re.findall(r"\w+", text))
        assert not (names - CALENDAR_WORDS) & words
        assert not [p for p in purposes if p in text]


def without_ids(value: Any) -> Any:
    """``value`` with every row id (``id`` fields, at any depth) set to None: row ids
    belong to one vault and are not part of the format; everything else must agree."""
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: None if f.name == "id" else without_ids(getattr(value, f.name))
            for f in fields(value)
            if f.init
        }
        return replace(value, **changes)
    return value


def ids(vault: VaultService) -> list[int]:
    return [r.id for r in vault.sociometry.rounds()]


def records_with_ids(service: VaultService) -> dict[str, int]:
    """How many records each table holds, once each was checked to have a well-formed
    id and stamp of its own (issue 18, item 1)."""
    seen: set[str] = set()
    counts: dict[str, int] = {}
    with service.vault.reading() as conn:
        for table in identity.record_tables(conn):
            rows = conn.execute(f"SELECT uid, stamp FROM {table}").fetchall()
            for uid, stamp in rows:
                assert identity.is_uid(uid) and identity.is_stamp(stamp), (table, uid, stamp)
                assert uid not in seen, (table, uid)
                seen.add(uid)
            counts[table] = len(rows)
    return counts


def round_trip(vault: VaultService, make_vault: object) -> None:
    """export-json, import into an empty vault, export again: the same bytes, and the
    two vaults agree record by record, read through the services."""
    first = vault.interchange.export_text()
    other: VaultService = make_vault()  # type: ignore[operator]
    other.interchange.import_text(first)
    assert other.interchange.export_text() == first
    assert records_with_ids(other) == records_with_ids(vault)
    everything = (dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    assert without_ids(vault.appointments.between(*everything)) == without_ids(
        other.appointments.between(*everything)
    )
    assert [
        (r.case_code, r.name, r.state) for r in vault.appointments.requests(include_done=True)
    ] == [(r.case_code, r.name, r.state) for r in other.appointments.requests(include_done=True)]
    assert [replace(r, id=None) for r in map(vault.sociometry.round, ids(vault))] == [
        replace(r, id=None) for r in map(other.sociometry.round, ids(other))
    ]
    for mine_id, their_id in zip(ids(vault), ids(other), strict=True):
        assert vault.sociometry.people(mine_id) == other.sociometry.people(their_id)
    counts = vault.interchange.export().counts
    assert (counts.plan_versions, counts.follow_ups) >= (2, 3)
    assert (counts.attachments, counts.legal_holds, counts.never_print) == (2, 1, 2)
    mine = {s.case_code: vault.clients.open_record(s.id) for s in vault.clients.list_summaries()}
    theirs = {s.case_code: other.clients.open_record(s.id) for s in other.clients.list_summaries()}
    assert sorted(mine) == sorted(theirs)
    for code, client in mine.items():
        twin = theirs[code]
        # The whole record: profile, every note (fields, risk, duty steps, addenda,
        # strike, content hash) and every consent with its attachments' descriptions.
        assert without_ids(client) == without_ids(twin)
        assert (client.given_name, client.family_name, len(client.sessions)) == (
            twin.given_name,
            twin.family_name,
            len(twin.sessions),
        )
        assert [c.kind for c in client.consents] == [c.kind for c in twin.consents]
        assert [n.fields for n in client.sessions] == [n.fields for n in twin.sessions]
        assert client.id is not None and twin.id is not None
        assert vault.plans.versions(client.id) == [
            replace(v, id=mine_v.id)
            for v, mine_v in zip(
                other.plans.versions(twin.id), vault.plans.versions(client.id), strict=True
            )
        ]
        assert len(vault.plans.versions(client.id)) == len(other.plans.versions(twin.id))
        mine_record, their_record = vault.plans.record(client.id), other.plans.record(twin.id)
        assert mine_record.progress() == their_record.progress()
        assert mine_record.measure_lines() == their_record.measure_lines()
        assert [
            (f.due_on, f.text, f.created_at, f.done_at)
            for f in vault.reminders.follow_ups(client.id, open_only=False)
        ] == [
            (f.due_on, f.text, f.created_at, f.done_at)
            for f in other.reminders.follow_ups(twin.id, open_only=False)
        ]
        assert vault.supervision.context(client.id) == other.supervision.context(twin.id)
        for consent, copy in zip(client.consents, twin.consents, strict=True):
            assert [(a.kind, a.media_type, a.size, a.added_at) for a in consent.attachments] == [
                (a.kind, a.media_type, a.size, a.added_at) for a in copy.attachments
            ]
            for a, b in zip(consent.attachments, copy.attachments, strict=True):
                assert a.id is not None and b.id is not None
                assert vault.consents.attachment(a.id) == other.consents.attachment(b.id)
    holds = {s.case_code: s.legal_hold_reason for s in vault.retention.statuses()}
    assert holds == {s.case_code: s.legal_hold_reason for s in other.retention.statuses()}
    assert vault.retention.policy() == other.retention.policy()
    assert vault.supervision.never_print() == other.supervision.never_print()
    assert vault.supervision.kept_words() == other.supervision.kept_words()
    assert counts.keep_words == len(vault.supervision.kept_words())
    assert vault.supervision.school_calendar() == other.supervision.school_calendar()
    assert counts.school_events == len(vault.supervision.school_calendar())


def test_the_every_kind_caseload_holds_every_enum_member() -> None:
    used = enum_members_in(
        every_kind_caseload(),
        every_kind_activities(),
        every_kind_referrals(),
        every_kind_needs()["akpd_responses"],  # type: ignore[arg-type]
        *every_kind_appointments(),
        [r for group in every_kind_screenings() for r in group],
        every_kind_disclosures(),
    )
    missing = [
        f"{enum.__name__}.{member.name}"
        for enum in RECORD_ENUMS
        if enum not in NOT_IN_DOCUMENTS
        for member in enum
        if member not in used
    ]
    assert missing == []


def test_a_caseload_with_every_kind_of_record_works_in_every_read_and_export(
    make_vault: object, tmp_path: Path
) -> None:
    vault: VaultService = make_vault()  # type: ignore[operator]
    kept = VaultRecords(
        clients=[
            ClientRecords(
                referrals=every_kind_referrals(),
                screenings=every_kind_screenings()[0],
                recorded_results=every_kind_screenings()[1],
                career_interests=every_kind_career_interests(),
                disclosures=every_kind_disclosures(),
            )
        ],
        keep_words=["Genshin", "ayu", " Duolingo "],  # "ayu": a name
        activities=[
            replace(a, rpl=0 if n == 0 else None) for n, a in enumerate(every_kind_activities())
        ],
        letterhead=LETTERHEAD,
        letter_numbers=[("007/BK/SMPN 3/VIII/2025", 2025, 7)],
        roster=every_kind_roster(),
        sociometry=every_kind_sociometry(),
        **every_kind_needs(),  # type: ignore[arg-type]
        school_years=[2024],
    )
    kept.appointments, kept.intake = every_kind_appointments()
    report = vault.interchange.import_text(dump_document(every_kind_caseload(), kept))
    assert report.clients == 3
    assert report.roster == len(every_kind_roster())
    linked = [e for e in vault.roster.entries() if e.client_id is not None]
    assert [vault.clients.get(e.client_id).case_code for e in linked] == [  # type: ignore[arg-type]
        every_kind_caseload().clients[0].case_code
    ]
    assert vault.supervision.kept_words() == ["Genshin", "ayu", " Duolingo "]
    assert report.activities == len(every_kind_activities())
    assert report.referrals == len(every_kind_referrals())
    assert report.screenings == sum(len(group) for group in every_kind_screenings()) + len(
        every_kind_career_interests()
    )
    assert vault.referrals.letterhead() == LETTERHEAD
    first = vault.clients.get(
        next(s.id for s in vault.clients.list_summaries() if s.case_code == "BK-001")
    )
    release = next(c for c in first.consents if c.kind is ConsentKind.RELEASE_OF_INFORMATION)
    log = vault.disclosures.of_client(first.id)
    assert [(d.document, d.recipient, d.protected) for d in log] == [
        (d.document, d.recipient, d.protected) for d in every_kind_disclosures()
    ]
    assert [d.consent_id for d in log] == [release.id, None, release.id, None]
    (summary,) = vault.sociometry.rounds()
    people = vault.sociometry.people(summary.id)
    assert [p.name for p in people.values()] == [
        "Kirana Paramitha",
        "Yohanes Tanoto",
        every_kind_caseload().clients[1].given_name
        + (
            f" {every_kind_caseload().clients[1].family_name}"
            if every_kind_caseload().clients[1].family_name
            else ""
        ),
        None,
    ]
    assert people[2].case_code == every_kind_caseload().clients[0].case_code
    assert vault.sociometry.sociogram(summary.id).mutual_pairs == ((1, 2), (1, 3))
    add_plans_and_reminders(vault)
    exercise_everything(vault, tmp_path / "out")
    round_trip(vault, make_vault)
    counts = vault.interchange.export().counts
    assert counts.ratings and counts.measures  # the every-kind caseload has drafts


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_realistic_caseload_works_in_every_read_and_export(
    data: st.DataObject, make_vault: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    caseload = data.draw(realistic_caseloads())
    lists = data.draw(vault_word_lists(caseload))
    vault: VaultService = make_vault()  # type: ignore[operator]
    vault.interchange.import_text(dump_document(caseload, lists))
    assert vault.supervision.kept_words() == lists.keep_words
    assert vault.supervision.school_calendar() == lists.school_calendar
    assert [replace(a, id=None, rpl=None) for a in vault.activities.activities()] == [
        replace(a, rpl=None) for a in lists.activities
    ]
    assert len(vault.needs.responses()) == len(lists.akpd_responses)
    assert sorted(e.name for e in vault.roster.entries()) == sorted(e.name for e in lists.roster)
    rounds = vault.sociometry.rounds()
    assert [(r.class_name, r.held_on, r.members, r.answered) for r in rounds] == [
        (r.class_name, r.held_on, len(r.members), len(r.answers)) for r in lists.sociometry
    ]
    for summary, expected in zip(rounds, lists.sociometry, strict=True):
        assert vault.sociometry.sociogram(summary.id) == analyse(expected)
    add_plans_and_reminders(vault)
    exercise_everything(vault, tmp_path_factory.mktemp("out"))
    round_trip(vault, make_vault)
    vault.lock(backup=False)


WHOLE_VAULT = Path(__file__).resolve().parents[1] / "fixtures" / "whole-vault.v2.json"


def test_the_whole_vault_fixture_imports_into_an_empty_vault_and_exports_the_same_bytes(
    make_vault: object,
) -> None:
    vault: VaultService = make_vault()  # type: ignore[operator]
    text = WHOLE_VAULT.read_text(encoding="utf-8")
    report = vault.interchange.import_text(text)
    assert (report.plan_versions, report.attachments, report.legal_holds) >= (2, 2, 1)
    assert vault.supervision.kept_words() == ["Duolingo", "Genshin"]
    assert [e.name for e in vault.supervision.school_calendar()] == ["PTS ganjil", "UAS semester 1"]
    assert report.roster == 3  # the class list (issue 20), one student linked to BK-002
    # a PHQ-A from the kiosk, a struck GAD-7, an AUM, a career-interest inventory (issue 20)
    assert report.screenings == 4
    (inventory,) = vault.career_interests.results(
        next(s.id for s in vault.clients.list_summaries() if s.case_code == "BK-001")
    )
    assert str(inventory.profile.code) == "SA(I/C)"
    (summary,) = vault.sociometry.rounds()  # a round of VIII-B with a former member
    people = vault.sociometry.people(summary.id)
    assert [(p.name, p.case_code) for p in people.values()] == [
        ("Ayu Lestari", "BK-001"),
        ("Kirana Paramitha", None),
        ("Yohanes Tanoto", "BK-002"),
        (None, None),
    ]
    assert vault.interchange.export_text() == text


def test_a_broken_v2_file_is_refused_and_the_vault_stays_as_it_was(make_vault: object) -> None:
    vault: VaultService = make_vault()  # type: ignore[operator]
    doc = json.loads(WHOLE_VAULT.read_text(encoding="utf-8"))
    # The last client's first follow-up is broken: everything before it is valid.
    holder = [c for c in doc["clients"] if c.get("follow_ups")][-1]
    holder["follow_ups"][0]["due_on"] = "2025-02-30"
    with pytest.raises(InterchangeError) as info:
        vault.interchange.import_text(json.dumps(doc))
    assert info.value.key == "follow_ups[0].due_on"
    assert vault.clients.list_summaries() == []
    assert vault.supervision.never_print() == []
    assert vault.supervision.kept_words() == []
    assert vault.retention.policy() == RetentionPolicy()
