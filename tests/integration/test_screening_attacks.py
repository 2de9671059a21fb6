"""Attacks on screening (review of 2026-12-07, docs/attacks-2026-12-07b.md): a self-harm
answer must reach the counselor's dashboard until a note written after it assesses it.
Vaults use KdfParams.cheap_for_tests()."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from counsel_desk.domain.model import Client, RiskAssessment, SessionNote
from counsel_desk.domain.screening import PHQA, InstrumentId, ScreeningEntry, ScreeningResult
from counsel_desk.services.clients import AttentionKind
from counsel_desk.services.vault_service import KdfParams, VaultService

# Notes are stamped with the computer's clock, so the vault's clock follows it here.
TODAY = dt.date.today()


@pytest.fixture
def clock() -> list[dt.datetime]:
    # The computer's time when the test starts, not when the module was imported: the
    # suite runs in a random order, and a note is stamped by the computer's clock.
    return [dt.datetime.now().replace(microsecond=0)]


@pytest.fixture
def service(tmp_path: Path, clock: list[dt.datetime]):
    vault = VaultService(clock=lambda: clock[0])
    vault.create(tmp_path / "v", "screening passphrase, long enough", KdfParams.cheap_for_tests())
    yield vault
    vault.lock()


def _client(service: VaultService) -> int:
    client, _ = service.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"), today=TODAY
    )
    assert client.id is not None
    return client.id


def _phqa(client_id: int, item9: int) -> ScreeningResult:
    answers = {q.key: 1 for q in PHQA.scored} | {"9": item9, "past_month": 0}
    return ScreeningResult(client_id, InstrumentId.PHQA, TODAY, answers, ScreeningEntry.KIOSK)


def _self_harm_items(service: VaultService) -> list:
    return [
        i for i in service.clients.attention(TODAY) if i.kind is AttentionKind.SELF_HARM_SCREENING
    ]


def test_a_second_self_harm_answer_on_the_day_of_a_risk_note_stays_on_the_dashboard(
    service: VaultService, clock: list[dt.datetime]
) -> None:
    # Morning: a kiosk answer, and the risk note she wrote about it.
    client_id = _client(service)
    start = clock[0]
    clock[0] = start - dt.timedelta(minutes=5)
    service.screening.save(_phqa(client_id, item9=1))
    service.notes.save_draft(client_id, SessionNote(TODAY, risk=RiskAssessment(self_harm=True)))
    assert not _self_harm_items(service)
    # Afternoon: the student sits the kiosk again, answers item 9 higher, and the kiosk is
    # closed by the lock (so no risk note opens): the morning's note did not assess it.
    clock[0] = start + dt.timedelta(minutes=5)
    service.screening.save(_phqa(client_id, item9=3))
    (item,) = _self_harm_items(service)
    assert item.case_code == "BK-007"


def test_signing_the_mornings_risk_note_later_does_not_assess_the_afternoons_answer(
    service: VaultService, clock: list[dt.datetime]
) -> None:
    client_id = _client(service)
    clock[0] -= dt.timedelta(minutes=5)
    service.screening.save(_phqa(client_id, item9=1))
    morning = SessionNote(TODAY, risk=RiskAssessment(self_harm=True))
    saved, _ = service.notes.save_draft(client_id, morning)
    # Notes are stamped by the computer's clock, to the second.
    clock[0] = dt.datetime.now().replace(microsecond=0) + dt.timedelta(seconds=1)
    service.screening.save(_phqa(client_id, item9=3))  # after the note was written
    assert _self_harm_items(service)
    time.sleep(2.1)
    # She signs (or edits) the morning's note at the end of the day: it is saved again
    # after the afternoon's answer, but it did not assess it.
    service.notes.save_draft(client_id, saved)
    assert _self_harm_items(service)
    # A note she writes now does.
    service.notes.save_draft(client_id, SessionNote(TODAY, risk=RiskAssessment(self_harm=True)))
    assert not _self_harm_items(service)


def test_a_risk_note_dated_in_the_future_does_not_silence_a_self_harm_answer(
    service: VaultService,
) -> None:
    client_id = _client(service)
    # A draft with the year mistyped (or a planned session) with the risk box ticked.
    typo = SessionNote(TODAY + dt.timedelta(days=365), risk=RiskAssessment(self_harm=True))
    service.notes.save_draft(client_id, typo)
    service.screening.save(_phqa(client_id, item9=2))
    assert _self_harm_items(service)


def test_a_strike_reason_with_a_text_direction_control_is_refused(service: VaultService) -> None:
    from counsel_desk.domain.screening import ScreeningError

    client_id = _client(service)
    saved = service.screening.save(_phqa(client_id, item9=0))
    assert saved.id is not None
    with pytest.raises(ScreeningError, match="U\\+202E"):
        service.screening.strike(saved.id, "salah \u202esiswa")
    assert not service.screening.record(client_id).results[0].is_struck
