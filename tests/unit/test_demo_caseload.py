"""The demo's caseload: valid, bilingual, with the cases a dashboard should show, and
the same for the same seed and day. Its folder helpers delete only demo folders."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from counsel_desk.demo import DEMO_CLIENTS, build_demo_caseload
from counsel_desk.demo.vault import (
    MARKER_FILE,
    is_demo_folder,
    make_demo_folder,
    remove_demo_folder,
    remove_stale_demo_folders,
)
from counsel_desk.domain.enums import ClientStatus, RiskLevel, SessionKind
from counsel_desk.domain.validation import errors, validate_client
from counsel_desk.export.interchange import dump_document, parse_document

TODAY = dt.date(2026, 3, 16)


def test_the_demo_caseload_validates_and_imports() -> None:
    caseload = build_demo_caseload(TODAY)
    for client in caseload.clients:
        assert errors(validate_client(client, today=TODAY)) == [], client.case_code
        for note in client.sessions:
            assert note.date <= TODAY
    parsed = parse_document(dump_document(caseload), today=TODAY)
    assert len(parsed.caseload.clients) == len(caseload.clients)


def test_dozens_of_clients_and_a_few_hundred_notes_with_consents() -> None:
    caseload = build_demo_caseload(TODAY)
    assert len(caseload.clients) == DEMO_CLIENTS >= 24
    notes = [n for c in caseload.clients for n in c.sessions]
    assert 200 <= len(notes) <= 600
    assert max(len(c.sessions) for c in caseload.clients) >= 12  # some long-running cases
    assert sum(len(c.consents) for c in caseload.clients) >= len(caseload.clients)
    assert {c.status for c in caseload.clients} == {ClientStatus.ACTIVE, ClientStatus.CLOSED}


def test_notes_are_in_both_languages() -> None:
    texts = [n.text() for c in build_demo_caseload(TODAY).clients for n in c.sessions]
    indonesian = sum(("Konseli" in t or " dan " in t or "sesi" in t.lower()) for t in texts)
    english = sum((" the " in t or "Client " in t or " and " in t) for t in texts)
    assert indonesian > 50
    assert english > 50


def test_a_group_a_high_risk_case_and_the_dashboard_items() -> None:
    caseload = build_demo_caseload(TODAY)
    active = [c for c in caseload.clients if c.status is ClientStatus.ACTIVE]
    codes = {c.case_code for c in caseload.clients}
    groups = [n for c in caseload.clients for n in c.sessions if n.kind is SessionKind.GROUP]
    assert groups
    assert all(set(n.group_members) <= codes for n in groups)
    high = [c for c in active if c.risk_level is RiskLevel.HIGH]
    assert 1 <= len(high) <= 2
    assert any(n.signed_at is None for c in active for n in c.sessions), "a draft to finish"
    assert any(
        c.is_minor_on(TODAY) and not c.has_active_guardian_consent_on(TODAY) for c in active
    ), "a minor without guardian consent"
    stale = [c for c in active if c.sessions and (TODAY - c.sessions[-1].date).days > 30]
    assert stale, "a client not seen for a month"
    recent = [c for c in active if c.sessions and (TODAY - c.sessions[-1].date).days <= 14]
    assert len(recent) > 10, "dated relative to today"
    drafts = [n for c in caseload.clients for n in c.sessions if n.signed_at is None]
    assert 1 <= len(drafts) <= 6, "a handful of recent drafts, not dozens"
    assert all((TODAY - n.date).days <= 60 for n in drafts)
    expiring = [
        k
        for c in active
        for k in c.consents
        if k.expires_on is not None and TODAY < k.expires_on <= TODAY + dt.timedelta(days=30)
    ]
    assert expiring, "a consent that runs out soon"


def test_the_demo_caseload_is_deterministic_per_seed_and_day() -> None:
    first = build_demo_caseload(TODAY, seed=7)
    assert build_demo_caseload(TODAY, seed=7) == first
    assert build_demo_caseload(TODAY, seed=8) != first
    later = build_demo_caseload(TODAY + dt.timedelta(days=30), seed=7)
    assert max(n.date for c in later.clients for n in c.sessions) > TODAY


def test_demo_folders_are_made_under_the_data_folder_and_removed(tmp_path: Path) -> None:
    folder = make_demo_folder(tmp_path)
    assert folder.root.parent == tmp_path
    assert folder.root.name.startswith("Demo-")
    assert is_demo_folder(folder.root)
    assert folder.contains(folder.vault_path)
    assert not folder.contains(tmp_path / "Vault")
    (folder.root / "Vault").mkdir()
    assert remove_demo_folder(folder)
    assert not folder.root.exists()
    assert remove_demo_folder(folder)  # idempotent


def test_only_stale_demo_folders_are_removed_at_start(tmp_path: Path) -> None:
    old = make_demo_folder(tmp_path)
    young = make_demo_folder(tmp_path)
    # A folder of the user's that merely looks like a demo folder is never touched.
    lookalike = tmp_path / "Demo-0123456789abcdef"
    lookalike.mkdir()
    (lookalike / "records.txt").write_text("mine")
    users = tmp_path / "Demo-Class"
    users.mkdir()
    (users / MARKER_FILE).write_text("not ours")
    two_days_ago = time.time() - 2 * 86400
    for path in (old.root / MARKER_FILE, lookalike, users / MARKER_FILE):
        os.utime(path, (two_days_ago, two_days_ago))
    removed = remove_stale_demo_folders(tmp_path)
    assert removed == [old.root]
    assert young.root.exists() and lookalike.exists() and users.exists()
