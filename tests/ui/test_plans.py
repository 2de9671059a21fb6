"""Support plans in the Plan tab: creation, revision (the old version stays readable),
progress rated in session notes and shown on the chart, measures. Cheap Argon2
(KdfParams.cheap_for_tests) through tests/ui/conftest.py."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.plans import MOOD, Goal, Objective, SupportPlan
from counsel_desk.domain.templates import TemplateId
from counsel_desk.domain.validation import NoteLockedError
from tests.ui.conftest import TODAY, make_vault, sample_clients, unlock


@pytest.fixture
def opened(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    client_id = window.vault.clients.list_summaries()[0].id
    assert window.workspace.open_client(client_id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_PLAN)
    return window, client_id


def _write_plan(qtbot, view, goal_text: str, objective_text: str, reason: str = ""):
    dialog = view.open_editor()
    assert dialog is not None
    editor = dialog.goal_editors[0]
    editor.text_edit.setText(goal_text)
    editor.objectives.item(0, 0).setText(objective_text)
    editor.interventions_edit.setPlainText("Weekly check-in\nStudy-skills group")
    editor.review_edit.set_value(TODAY + dt.timedelta(days=30))
    if reason:
        dialog.reason_edit.setText(reason)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.submitted.emit()
    return dialog


def test_plan_creation_and_revision_keep_the_old_version(qtbot, opened):
    window, client_id = opened
    view = window.profile_view.plan_view
    assert view.edit_button.text() == "New Plan…"
    assert "No support plan yet" in view.browser.toPlainText()

    # A goal without text is refused, with the reason shown in the dialog.
    dialog = view.open_editor()
    dialog.goal_editors[0].objectives.item(0, 0).setText("Something")
    dialog.submitted.emit()
    assert dialog.isVisible() and "goal cannot be blank" in dialog.error_label.text()
    dialog.reject()

    _write_plan(qtbot, view, "Attend school every day", "Days attended per week")
    assert view.version_combo.count() == 1
    assert "Attend school every day" in view.browser.toPlainText()
    assert view.edit_button.text() == "Revise Plan…"

    _write_plan(qtbot, view, "Attend every lesson", "Lessons attended per day", "Reviewed")
    versions = window.vault.plans.versions(client_id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].goals[0].text == "Attend school every day"  # never overwritten
    assert versions[1].reason == "Reviewed"
    # The objective keeps its key across versions (one line on the chart).
    assert versions[0].goals[0].objectives[0].key == versions[1].goals[0].objectives[0].key
    assert view.version_combo.count() == 2
    assert "(current)" in view.version_combo.itemText(0)
    assert "Attend every lesson" in view.browser.toPlainText()
    view.version_combo.setCurrentIndex(1)  # the earlier version, read-only
    text = view.browser.toPlainText()
    assert "Attend school every day" in text and "earlier version" in text


def test_progress_and_measures_rated_in_notes(qtbot, opened):
    window, client_id = opened
    view = window.profile_view.plan_view
    plan = SupportPlan(
        goals=[
            Goal(
                "Manage exam stress",
                [Objective("Uses a calming strategy", 4, 3), Objective("Sleep quality", 10, 7)],
                ["Relaxation training"],
                review_date=TODAY + dt.timedelta(days=40),
            )
        ]
    )
    window.vault.plans.save_version(client_id, plan)
    window.profile_view.show_client(window.vault.clients.get(client_id))
    sessions = window.profile_view.sessions_view
    keys = [o.key for _, o in window.vault.plans.current(client_id).objectives()]

    for day, scores, mood in ((dt.date(2025, 9, 1), (1, 4), 3), (dt.date(2025, 9, 8), (3, 6), 6)):
        sessions.new_note(TemplateId.SOAP)
        editor = sessions.editor
        editor.date_edit.setDate(day)
        for key, score in zip(keys, scores, strict=True):
            combo = editor.progress.rating_combos[key]
            combo.setCurrentIndex(combo.findData(score))
        editor.progress.mood_combo.setCurrentIndex(editor.progress.mood_combo.findData(mood))
        editor.progress.questionnaire_edit.setText("SDQ")
        editor.progress.total_spin.setValue(20 - mood)
        for field in editor.field_edits.values():
            field.setPlainText("Worked on breathing.")
        assert sessions.sign()

    record = window.vault.plans.record(client_id)
    assert [(r.score, r.date) for r in record.ratings if r.objective_key == keys[0]] == [
        (1, dt.date(2025, 9, 1)),
        (3, dt.date(2025, 9, 8)),
    ]
    assert [m.score for m in record.measures if m.instrument == MOOD] == [3, 6]
    # The Plan tab shows the progress over time, and the measures.
    assert view.progress_chart.lines["Uses a calming strategy"] == [
        (dt.date(2025, 9, 1), 25.0),
        (dt.date(2025, 9, 8), 75.0),
    ]  # mixed scales (0–4 and 0–10) are drawn as a share of each scale
    assert [v for _, v in view.measures_chart.lines["Mood"]] == [3.0, 6.0]
    assert [v for _, v in view.questionnaire_chart.lines["SDQ"]] == [17.0, 14.0]
    # Each chart has its numbers in a table beside it.
    figures = view.measures_chart.figures
    rows = [[figures.index(r, c).data() for c in range(3)] for r in range(figures.rowCount())]
    assert rows == [["Mood", "1 Sep 2025", "3"], ["Mood", "8 Sep 2025", "6"]]
    table = view.measures_chart.table
    assert table is not None and table.model() is figures
    assert table.accessibleName() == "Mood chart, in numbers"
    assert "latest 3/4" in view.browser.toPlainText()

    # Signed notes keep the scores they were signed with.
    session_id = record.ratings[0].session_id
    with pytest.raises(NoteLockedError):
        window.vault.plans.save_session_scores(session_id, [], [])
    summary = window.vault.plans.plan_summary_text(client_id)
    assert "rated 1/4 first, 3/4 latest (2 sessions)" in summary


def test_plan_tab_is_emptied_on_lock(qtbot, opened):
    window, client_id = opened
    window.vault.plans.save_version(
        client_id, SupportPlan(goals=[Goal("Private goal", [Objective("x")])])
    )
    window.profile_view.show_client(window.vault.clients.get(client_id))
    assert "Private goal" in window.profile_view.plan_view.browser.toPlainText()
    window.lock()
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=10000)
    assert window.profile_view.plan_view.browser.toPlainText() == ""
    assert window.profile_view.plan_view.version_combo.count() == 0


@pytest.mark.parametrize(("y_max", "labels"), [(4, [0, 1, 2, 3, 4]), (10, [0, 2, 4, 6, 8, 10])])
def test_a_chart_labels_about_five_steps_so_its_axis_is_readable(qtbot, y_max, labels):
    """Eleven labels on the mood chart's 0–10 axis do not fit its height on a 1366×768
    screen (Qt elided every one to "…"): a 0–10 axis is labelled every other score."""
    from PySide6.QtCharts import QValueAxis

    from counsel_desk.ui.widgets.charts import LineChart

    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_lines({"Mood": [(TODAY, 5.0)]}, y_max=float(y_max))
    axis = next(a for a in chart.chart().axes() if isinstance(a, QValueAxis))
    step = axis.tickInterval()
    shown = [round(axis.tickAnchor() + i * step) for i in range(int(y_max / step) + 1)]
    assert shown == labels
