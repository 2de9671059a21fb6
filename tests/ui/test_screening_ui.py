"""Screening in the window (issue 20, item 3, Done-when): a PHQ-A filled in by the student
in the kiosk — nothing else on screen, left only with the passphrase — with a self-harm
answer that opens the risk assessment and the duty checklist at once; the counselor's own
form scored as she goes; an AUM result recorded; a result struck, never deleted; the
totals on the Screening tab's chart and the plan's questionnaire chart. Vaults use
KdfParams.cheap_for_tests()."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel, QMenuBar, QPushButton, QRadioButton

from counsel_desk.domain.screening import InstrumentId, RecordedInstrument
from tests.ui.conftest import PASSPHRASE, TODAY, make_vault, sample_clients, unlock


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    summary = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(summary.id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_SCREENING)
    return window


def _choose(view, instrument: InstrumentId) -> None:
    view.instrument_combo.setCurrentIndex(view.instrument_combo.findData(instrument))


def _answer(form, answers: dict[str, int]) -> None:
    for key, value in answers.items():
        form.groups[key].button(value).click()


def test_a_phq_a_in_the_kiosk_with_a_self_harm_answer_opens_the_risk_flow(qtbot, opened) -> None:
    view = opened.profile_view.screening_view
    _choose(view, InstrumentId.PHQA)
    kiosk = view.start_kiosk()
    assert kiosk is not None
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    assert kiosk.isFullScreen() and not kiosk.findChildren(QMenuBar)
    shown = " ".join(
        w.text() for k in (QLabel, QPushButton, QRadioButton) for w in kiosk.findChildren(k)
    )
    for private in ("Budi", "Santoso", "Ucok", "C-0001"):
        assert private not in shown
    assert "Feeling down, depressed, irritable, or hopeless?" in shown
    # Behind it (Alt+Tab, a task-bar preview) the window shows the privacy view.
    profile = opened.profile_view
    assert profile.body.currentWidget() is profile.privacy_panel

    # An incomplete form is not saved: the student is told which questions are left.
    _answer(kiosk.form, {"1": 2, "2": 1})
    assert not kiosk.submit()
    assert "3, 4, 5, 6, 7, 8, 9" in kiosk.status_label.text()
    assert opened.vault.screening.record(view._client.id).results == []
    _answer(kiosk.form, {"3": 1, "4": 0, "5": 2, "6": 1, "7": 1, "8": 0, "9": 1, "past_month": 0})
    assert kiosk.submit()
    # Her answers leave the screen; it asks her to hand the laptop back, nothing more.
    assert not kiosk.area.isVisible() and not kiosk.done_button.isVisible()
    assert "give the laptop back" in kiosk.status_label.text()
    assert "risk" not in kiosk.status_label.text().lower()
    # Escape and close stay; the counselor's passphrase leaves.
    kiosk.reject()
    kiosk.close()
    assert kiosk.isVisible()
    kiosk.leave_button.click()
    kiosk.passphrase_edit.setText(PASSPHRASE)
    kiosk.leave()
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=20000)

    # At once: the Sessions tab, a new note with self-harm ticked and the duty checklist.
    assert profile.body.currentWidget() is profile.tabs  # privacy mode as she left it
    assert profile.tabs.currentIndex() == profile.TAB_SESSIONS
    editor = profile.sessions_view.editor
    assert profile.sessions_view.stack.currentWidget() is editor
    assert editor.self_harm_check.isChecked()
    assert editor.level_combo.currentData() is None  # "Not assessed": hers to choose
    assert editor.duty.isVisibleTo(profile) and editor.duty.buttons
    assert "PHQ-A" in editor.note().risk_notes and "better off dead" in editor.note().risk_notes
    # ... autosaved, so a duty step can be recorded with its time.
    qtbot.waitUntil(lambda: profile.sessions_view.autosave_id is not None, timeout=10000)

    (result,) = opened.vault.screening.record(view._client.id).results
    assert result.score.total == 9 and result.score.self_harm
    assert result.entry.value == "kiosk" and result.taken_on == TODAY
    assert view.table.rowCount() == 1 and "self-harm" in view.table.item(0, 2).text()
    assert view.chart.figures.rowCount() == 1

    # Saved as a draft before she judged the level: it stays "Not assessed" (never read
    # as "None"), the dashboard still waits for an assessment, and it cannot be signed.
    sessions = profile.sessions_view
    assert sessions.save_draft()
    assert editor.level_combo.currentData() is None
    client_id = view._client.id
    assert any(
        i.client_id == client_id and i.kind.value == "self_harm_screening"
        for i in opened.vault.clients.attention(TODAY)
    )
    editor.field_edits["reason"].setPlainText("Jawaban PHQ-A nomor 9.")
    editor.field_edits["summary"].setPlainText("Ngobrol soal perasaannya minggu ini.")
    opened.prompter.errors.clear()
    assert not sessions.sign()
    assert editor.level_combo.currentData() is None and not editor.note().signed_at
    ((_, said),) = opened.prompter.errors
    assert "“Not assessed” cannot be signed" in said


def test_the_counselors_own_gad_7_is_scored_as_she_goes_and_opens_no_risk_note(
    qtbot, opened
) -> None:
    view = opened.profile_view.screening_view
    _choose(view, InstrumentId.GAD7)
    assert "English only" in view.notice.text()
    dialog = view.fill_in()
    assert dialog is not None
    _answer(dialog.form, {"1": 3, "2": 3})
    assert "Not complete" in dialog.total_label.text()
    assert not dialog.save() and "not complete" in dialog.message_label.text()
    _answer(dialog.form, {"3": 2, "4": 2, "5": 1, "6": 0, "7": 0})
    assert dialog.total_label.text().startswith("Total 11 of 21: Moderate")
    assert dialog.save()
    profile = opened.profile_view
    assert profile.tabs.currentIndex() == profile.TAB_SCREENING  # no risk flow
    assert view.table.rowCount() == 1
    # The plan's questionnaire chart carries the total too (support-plan reviews).
    profile.tabs.setCurrentIndex(profile.TAB_PLAN)
    qtbot.waitUntil(lambda: profile.plan_view.questionnaire_chart.figures.rowCount() == 1)


def test_an_aum_result_is_recorded_and_a_wrong_result_struck_not_deleted(qtbot, opened) -> None:
    view = opened.profile_view.screening_view
    dialog = view.record_result()
    assert dialog is not None
    dialog.instrument_combo.setCurrentIndex(
        dialog.instrument_combo.findData(RecordedInstrument.AUM_UMUM)
    )
    dialog.areas.item(0, 0).setText("Hubungan sosial")
    dialog.areas.cellWidget(0, 1).setValue(4)
    dialog.add_area("Diri pribadi", 7)
    dialog.summary_edit.setPlainText("Banyak masalah pertemanan.")
    assert dialog.save()
    assert view.table.rowCount() == 1
    assert "Hubungan sosial 4, Diri pribadi 7" in view.table.item(0, 2).text()

    view.table.selectRow(0)
    strike = view.strike_selected()
    assert strike is not None
    strike.reason_edit.setText("wrong student")
    strike.buttons.accepted.emit()
    (kept,) = opened.vault.screening.record(view._client.id).recorded
    assert kept.is_struck and kept.strike_reason == "wrong student"
    assert view.table.item(0, 0).font().strikeOut()


def test_locking_closes_the_screening_kiosk(qtbot, opened) -> None:
    view = opened.profile_view.screening_view
    kiosk = view.start_kiosk()
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    _answer(kiosk.form, {"1": 3})
    opened.lock()
    qtbot.waitUntil(lambda: not opened.vault.is_unlocked, timeout=20000)
    assert not shiboken6.isValid(kiosk) or not kiosk.isVisible()


def test_scores_reach_the_supervision_review_only_when_ticked(qtbot, opened) -> None:
    from counsel_desk.export.supervision_summary import Section

    view = opened.profile_view.screening_view
    _choose(view, InstrumentId.GAD7)
    dialog = view.fill_in()
    _answer(dialog.form, {str(i): 1 for i in range(1, 8)})
    assert dialog.save()
    opened.supervision_actions.export_action.trigger()
    export = opened.supervision_actions.dialog
    qtbot.waitUntil(lambda: export.has_identifiers, timeout=10000)
    box = export.compose.section_checks[Section.SCREENINGS]
    assert not box.isChecked()  # off until she ticks it
    with qtbot.waitSignal(export.preview_ready, timeout=15000):
        export.review_button.click()
    assert "GAD-7" not in export.summary.plain_text()
    export.stack.setCurrentIndex(export.PAGE_COMPOSE)
    box.setChecked(True)
    with qtbot.waitSignal(export.preview_ready, timeout=15000):
        export.review_button.click()
    text = export.summary.plain_text()
    assert "Screening results" in text and "GAD-7" in text and "7 of 21, Mild" in text
    assert str(TODAY.year) not in text.split("Screening results")[1]  # by week, no date
