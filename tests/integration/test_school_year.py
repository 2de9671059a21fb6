"""Starting a new school year in the vault (issue 20, item 2): every active client's class
moves up, the last class graduates and its cases close with the retention period
starting, all at once, audited, once a year. Vaults use KdfParams.cheap_for_tests() (weak
Argon2 on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from counsel_desk.domain.enums import ClientStatus
from counsel_desk.domain.model import Client
from counsel_desk.domain.school_year import Step
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.school_year import SchoolYearChangedError
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.vault.audit import AuditAction

PASSPHRASE = "a new school year passphrase"
TODAY = dt.date(2027, 7, 20)  # the school year 2027/2028 began on 15 July


@pytest.fixture
def service(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(9, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    for code, grade, status in [
        ("BK-001", "VII-A", ClientStatus.ACTIVE),
        ("BK-002", "VIII-B", ClientStatus.ACTIVE),
        ("BK-003", "IX-C", ClientStatus.ACTIVE),
        ("BK-004", "Tahfidz", ClientStatus.ACTIVE),
        ("BK-005", "VIII-A", ClientStatus.CLOSED),
    ]:
        service.clients.save_profile(
            Client(
                given_name=f"Siswa {code}",
                case_code=code,
                grade=grade,
                status=status,
                opened_on=dt.date(2026, 8, 3),
                closed_on=dt.date(2027, 3, 1) if status is ClientStatus.CLOSED else None,
            ),
            today=TODAY,
        )
    yield service
    service.lock()


def _by_code(service: VaultService) -> dict[str, Client]:
    return {s.case_code: service.clients.get(s.id) for s in service.clients.list_summaries()}


def test_starting_the_year_moves_every_class_up_and_closes_the_leavers_cases(
    service: VaultService,
) -> None:
    year = service.school_year
    assert year.state().next_year == 2027
    assert year.guessed_last_level() == 9
    plan = year.preview(2027, 9)
    assert plan.graduation_day == dt.date(2027, 7, 14)
    year.start(plan)
    clients = _by_code(service)
    assert clients["BK-001"].grade == "VIII-A"
    assert clients["BK-002"].grade == "IX-B"
    leaver = clients["BK-003"]
    assert (leaver.status, leaver.closed_on, leaver.graduated_on) == (
        ClientStatus.CLOSED,
        dt.date(2027, 7, 14),
        dt.date(2027, 7, 14),
    )
    assert leaver.grade == "IX-C"  # the class she left from
    assert clients["BK-004"].grade == "Tahfidz"
    assert clients["BK-005"].grade == "VIII-A"  # a closed case keeps the class it had
    assert clients["BK-005"].graduated_on is None
    # the retention period starts: the leaver now has a day her record may be destroyed
    destroy_on = {s.case_code: s.destroy_on for s in service.retention.statuses()}
    assert destroy_on["BK-003"] is not None and destroy_on["BK-003"] > TODAY
    assert destroy_on["BK-001"] is None


def test_the_year_is_audited_with_counts_and_never_a_name(service: VaultService) -> None:
    service.school_year.start(service.school_year.preview(2027, 9))
    entries = service.audit_entries()
    started = [e for e in entries if e.action == AuditAction.SCHOOL_YEAR_STARTED]
    assert len(started) == 1
    assert json.loads(started[0].detail or "") == {
        "year": 2027, "last_class": 9, "moved_up": 2, "graduated": 1, "kept": 1,
    }  # fmt: skip
    closed = [e for e in entries if e.action == AuditAction.CASE_CLOSED]
    assert [e.case_code for e in closed] == ["BK-003"]
    assert not any("Siswa" in (e.detail or "") for e in entries)


def test_a_school_year_is_started_once_and_the_next_is_offered(service: VaultService) -> None:
    service.school_year.start(service.school_year.preview(2027, 9))
    before = _by_code(service)
    with pytest.raises(CounselDeskError, match="2027/2028"):
        service.school_year.preview(2027, 9)
    assert service.school_year.state().started == (2027,)
    assert service.school_year.state().next_year == 2028
    assert _by_code(service) == before


def test_a_year_more_than_one_ahead_is_refused(service: VaultService) -> None:
    with pytest.raises(CounselDeskError, match="2029/2030"):
        service.school_year.preview(2029, 9)
    service.school_year.preview(2028, 9)  # next year's may be prepared


def test_a_preview_made_before_the_caseload_changed_writes_nothing(
    service: VaultService,
) -> None:
    plan = service.school_year.preview(2027, 9)
    service.clients.save_profile(
        Client(given_name="Baru", case_code="BK-006", grade="VII-C"), today=TODAY
    )
    before = _by_code(service)
    with pytest.raises(SchoolYearChangedError):
        service.school_year.start(plan)
    assert _by_code(service) == before
    assert service.school_year.state().started == ()
    assert not [e for e in service.audit_entries() if e.action == AuditAction.SCHOOL_YEAR_STARTED]


def test_leavers_prepared_in_june_graduate_today_not_in_the_future(tmp_path: Path) -> None:
    june = dt.date(2027, 6, 20)
    service = VaultService(clock=lambda: dt.datetime.combine(june, dt.time(9, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    service.clients.save_profile(Client(given_name="A", case_code="BK-1", grade="XII IPA 1"))
    state = service.school_year.state()
    assert state.next_year == 2027
    plan = service.school_year.preview(2027, 12)
    assert [c.step for c in plan.changes] == [Step.GRADUATES]
    assert plan.graduation_day == june
    service.lock()


def test_she_may_start_the_running_year_or_the_next_and_never_one_started(
    service: VaultService,
) -> None:
    assert service.school_year.state().choices == (2027, 2028)
    service.school_year.start(service.school_year.preview(2027, 9))
    assert service.school_year.state().choices == (2028,)
    service.school_year.start(service.school_year.preview(2028, 9))
    assert service.school_year.state().choices == ()


def test_the_full_record_of_a_leaver_says_when_she_graduated(
    service: VaultService, tmp_path: Path
) -> None:
    from counsel_desk.export.pdf_check import pdf_text

    service.school_year.start(service.school_year.preview(2027, 9))
    leaver = next(s for s in service.clients.list_summaries() if s.case_code == "BK-003")
    target = tmp_path / "record.pdf"
    service.supervision.export_full_record(leaver.id, target, include_private=False, language="en")
    pages, _ = pdf_text(target)
    text = " ".join(" ".join(pages).split())
    assert "Graduated 2027-07-14" in text
