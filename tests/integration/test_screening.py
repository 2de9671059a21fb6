"""Screening results in the vault (issue 20, item 3): saved all or nothing, audited by
kind and id with no answer in the audit, struck but never deleted, gone with a destroyed
record. Vaults use KdfParams.cheap_for_tests()."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.model import Client
from counsel_desk.domain.screening import (
    PHQA,
    InstrumentId,
    RecordedInstrument,
    RecordedResult,
    ScreeningEntry,
    ScreeningError,
    ScreeningResult,
)
from counsel_desk.services.vault_service import KdfParams, VaultService

TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def service(tmp_path: Path):
    vault = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    vault.create(tmp_path / "v", "screening passphrase, long enough", KdfParams.cheap_for_tests())
    yield vault
    vault.lock()


def _client(service: VaultService) -> int:
    client, _ = service.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"), today=TODAY
    )
    assert client.id is not None
    return client.id


def _phqa(client_id: int, item9: int = 0) -> ScreeningResult:
    answers = {q.key: 1 for q in PHQA.scored} | {"9": item9, "past_month": 0}
    return ScreeningResult(client_id, InstrumentId.PHQA, TODAY, answers, ScreeningEntry.KIOSK)


def test_a_saved_questionnaire_comes_back_with_its_score_and_the_audit_names_no_answer(
    service: VaultService,
) -> None:
    client_id = _client(service)
    saved = service.screening.save(_phqa(client_id, item9=2))
    record = service.screening.record(client_id)
    assert [r.id for r in record.results] == [saved.id]
    back = record.results[0]
    assert (back.score.total, back.score.band.name, back.score.self_harm) == (10, "Moderate", True)
    assert back.entry is ScreeningEntry.KIOSK
    assert record.lines() == {"PHQ-A": [(TODAY, 10)]}
    entry = service.audit_entries()[0]
    assert entry.case_code == "BK-007"
    assert entry.detail == f"screening {saved.id}: phqa kiosk"


def test_an_incomplete_questionnaire_saves_nothing(service: VaultService) -> None:
    client_id = _client(service)
    bad = _phqa(client_id)
    del bad.answers["3"]
    before = len(service.audit_entries())
    with pytest.raises(ScreeningError):
        service.screening.save(bad)
    assert service.screening.record(client_id).results == []
    assert len(service.audit_entries()) == before


def test_a_result_entered_in_error_is_struck_with_its_reason_and_kept(
    service: VaultService,
) -> None:
    client_id = _client(service)
    saved = service.screening.save(_phqa(client_id))
    assert saved.id is not None
    with pytest.raises(ScreeningError, match="why"):
        service.screening.strike(saved.id, "  ")
    struck = service.screening.strike(saved.id, "wrong student at the kiosk")
    assert struck.is_struck and struck.strike_reason == "wrong student at the kiosk"
    record = service.screening.record(client_id)
    assert len(record.results) == 1 and record.lines() == {}


def test_recorded_results_are_kept_and_go_with_a_destroyed_record(service: VaultService) -> None:
    client_id = _client(service)
    service.screening.save(_phqa(client_id))
    saved = service.screening.save_recorded(
        RecordedResult(client_id, RecordedInstrument.AUM_PTSDL, TODAY, [("Sarana belajar", 5)])
    )
    assert service.screening.record(client_id).recorded == [saved]
    with service.vault.transaction() as conn:
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    with service.vault.reading() as conn:
        left = conn.execute(
            "SELECT (SELECT count(*) FROM screenings) + (SELECT count(*) FROM recorded_results)"
        ).fetchone()[0]
    assert left == 0


def test_a_result_for_a_client_not_in_the_vault_is_refused(service: VaultService) -> None:
    with pytest.raises(ScreeningError, match="no longer"):
        service.screening.save(_phqa(999))


def _supervision_text(service: VaultService, client_id: int, out: Path, sections=None) -> str:
    from counsel_desk.export.pdf_check import pdf_text
    from counsel_desk.services.supervision import SupervisionRequest

    request = (
        SupervisionRequest(client_id)
        if sections is None
        else SupervisionRequest(client_id, sections=sections)
    )
    result = service.supervision.export(request, out)
    return " ".join(" ".join(pdf_text(result.path.read_bytes())[0]).split())


def test_scores_reach_a_supervision_pdf_only_when_ticked_by_week_and_redacted(
    service: VaultService, tmp_path: Path
) -> None:
    from counsel_desk.export.supervision_summary import DEFAULT_SECTIONS, Section

    client_id = _client(service)
    service.screening.save(_phqa(client_id, item9=1))
    wrong = service.screening.save(
        ScreeningResult(client_id, InstrumentId.GAD7, TODAY, {str(i): 3 for i in range(1, 8)})
    )
    assert wrong.id is not None
    service.screening.strike(wrong.id, "wrong student")
    service.screening.save_recorded(
        RecordedResult(
            client_id,
            RecordedInstrument.AUM_UMUM,
            TODAY - dt.timedelta(days=21),
            [("Hubungan sosial", 6)],
            "Rina bilang: “aku dijauhin Wulandari sekeluarga”.",
        )
    )
    plain = _supervision_text(service, client_id, tmp_path / "plain.pdf")
    assert "PHQ-A" not in plain and "AUM" not in plain and "Screening" not in plain

    ticked = _supervision_text(
        service, client_id, tmp_path / "ticked.pdf", DEFAULT_SECTIONS | {Section.SCREENINGS}
    )
    assert "Screening results" in ticked
    assert "PHQ-A" in ticked and "9 of 27, Mild; self-harm item answered" in ticked
    assert "GAD-7" not in ticked  # struck: entered in error
    assert "AUM Umum" in ticked and "Hubungan sosial 6" in ticked
    assert "week 1" in ticked and "week 4" in ticked  # by week, from the first result
    for private in ("Rina", "Wulandari", "2026", "BK-007 Rina"):
        assert private not in ticked.replace("Case BK-007", "")


def test_the_full_record_lists_every_result_with_its_answers_and_the_struck_one_marked(
    service: VaultService, tmp_path: Path
) -> None:
    from counsel_desk.export.pdf_check import pdf_text

    client_id = _client(service)
    saved = service.screening.save(_phqa(client_id, item9=3))
    assert saved.id is not None
    service.screening.strike(saved.id, "wrong student")
    service.screening.save_recorded(
        RecordedResult(client_id, RecordedInstrument.DCM, TODAY, [("Belajar", 5)], "Sulit fokus.")
    )
    out = tmp_path / "record.pdf"
    service.supervision.export_full_record(client_id, out)
    text = " ".join(" ".join(pdf_text(out.read_bytes())[0]).split())
    assert "Screening and instruments" in text
    assert f"{TODAY.isoformat()} · PHQ-A: 11 of 27, Moderate" in text
    assert "Struck as entered in error on" in text and "wrong student" in text
    assert "9. Nearly every day" in text and "Self-harm item answered" in text
    assert "DCM (problem checklist) (result as entered)" in text and "Belajar: 5" in text


def test_a_self_harm_answer_stays_on_the_dashboard_until_a_note_assesses_it(
    service: VaultService,
) -> None:
    from counsel_desk.domain.model import RiskAssessment, SessionNote
    from counsel_desk.services.clients import AttentionKind

    client_id = _client(service)
    service.screening.save(_phqa(client_id, item9=0))  # no self-harm answer
    assert not _self_harm_items(service)
    service.screening.save(_phqa(client_id, item9=2))
    (item,) = _self_harm_items(service)
    assert item.kind is AttentionKind.SELF_HARM_SCREENING and item.case_code == "BK-007"
    assert "PHQ-A" in str(item.detail)
    # A note from before the questionnaire does not count; one on its day does.
    older = SessionNote(TODAY - dt.timedelta(days=3), risk=RiskAssessment(self_harm=True))
    service.notes.save_draft(client_id, older)
    assert _self_harm_items(service)
    service.notes.save_draft(client_id, SessionNote(TODAY, risk=RiskAssessment(self_harm=True)))
    assert not _self_harm_items(service)


def _self_harm_items(service: VaultService) -> list:
    from counsel_desk.services.clients import AttentionKind

    return [
        i for i in service.clients.attention(TODAY) if i.kind is AttentionKind.SELF_HARM_SCREENING
    ]


def test_a_note_that_leaves_the_risk_level_not_assessed_is_no_assessment(
    service: VaultService,
) -> None:
    """The risk note a self-harm answer opens starts at "Not assessed". Saved as a draft
    that way, it used to be stored as level "None": the dashboard's self-harm card went
    away, a high-risk client was lowered to no risk, and the note said "None", which she
    never chose. Now it stays "Not assessed", and only a chosen level counts."""
    from counsel_desk.domain.enums import RiskLevel
    from counsel_desk.domain.model import RiskAssessment, SessionNote
    from counsel_desk.domain.validation import ValidationError

    client_id = _client(service)
    earlier = SessionNote(
        TODAY - dt.timedelta(days=7), risk=RiskAssessment(self_harm=True, level=RiskLevel.HIGH)
    )
    service.notes.save_draft(client_id, earlier)
    assert service.clients.get(client_id).risk_level is RiskLevel.HIGH
    service.screening.save(_phqa(client_id, item9=2))
    unassessed = SessionNote(TODAY, risk=RiskAssessment(self_harm=True, level=None))
    saved, _ = service.notes.save_draft(client_id, unassessed)
    assert saved.id is not None

    assert _self_harm_items(service)  # still waiting for an assessment
    assert service.clients.get(client_id).risk_level is RiskLevel.HIGH  # not lowered
    _, again = service.notes.get(saved.id)
    assert again.risk is not None and again.risk.level is None  # "Not assessed", kept
    with pytest.raises(ValidationError) as refused:
        service.notes.sign(saved.id)
    assert any(i.path.endswith("risk.level") for i in refused.value.issues)

    again.risk = RiskAssessment(self_harm=True, level=RiskLevel.MODERATE)
    service.notes.save_draft(client_id, again)
    assert not _self_harm_items(service)
    assert service.clients.get(client_id).risk_level is RiskLevel.MODERATE
