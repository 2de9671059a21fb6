"""Attacks on screening in the window (review of 2026-12-07, docs/attacks-2026-12-07b.md).
Vaults use KdfParams.cheap_for_tests()."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from counsel_desk.domain.screening import PHQA, InstrumentId, ScreeningEntry, ScreeningResult
from tests.ui.conftest import TODAY, make_vault, sample_clients, unlock


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    summary = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(summary.id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_SCREENING)
    return window


def _intro(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_striking_a_self_harm_answer_says_whoever_gave_it_still_needs_an_assessment(
    qtbot, opened
) -> None:
    # "The wrong student sat the kiosk": striking the result takes the self-harm answer
    # off the dashboard, yet a student gave it.
    view = opened.profile_view.screening_view
    client_id = view._client.id
    answers = {q.key: 0 for q in PHQA.scored} | {"9": 2, "past_month": 0}
    harm = ScreeningResult(client_id, InstrumentId.PHQA, TODAY, answers, ScreeningEntry.KIOSK)
    opened.vault.screening.save(harm)
    view.reload()
    view.table.selectRow(0)
    strike = view.strike_selected()
    assert strike is not None
    assert "If another student filled it in, that student gave the answer" in _intro(strike)
    strike.reject()

    calm = ScreeningResult(
        client_id, InstrumentId.PHQA, TODAY, answers | {"9": 0}, ScreeningEntry.KIOSK
    )
    opened.vault.screening.save(calm)
    view.reload()
    view.table.selectRow(1)
    strike = view.strike_selected()
    assert strike is not None
    assert "self-harm" not in _intro(strike)
