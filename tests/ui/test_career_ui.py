"""Career interests in the window (issue 20, item 4): a student fills the inventory in
the kiosk — nothing else on screen, her answers gone when she is done, left only with
the passphrase — and the code, the six bars and the explanation match hand-computed
scores; the counselor's paper entry shows the code, ties in brackets, as she goes; a
result struck, never deleted; the window closes at lock. Vaults use
KdfParams.cheap_for_tests()."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel, QMenuBar, QPushButton, QRadioButton

from counsel_desk.domain.career_interests import ITEMS
from tests.ui.conftest import PASSPHRASE, make_vault, sample_clients, unlock


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    summary = next(s for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(summary.id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_SCREENING)
    return window


def _by_type(**values: int | tuple[int, ...]) -> dict[str, int]:
    answers = {}
    for item in ITEMS:
        given = values[item.type.value]
        n = int(item.key[1:]) - 1
        answers[item.key] = given[n] if isinstance(given, tuple) else given
    return answers


def _answer(form, answers: dict[str, int]) -> None:
    for key, value in answers.items():
        form.groups[key].button(value).click()


# S "Strongly like" ×8 = 40; A "Like" ×8 = 32; I four "Like", four "Unsure" = 28;
# C "Unsure" = 24; R "Dislike" = 16; E "Strongly dislike" = 8  →  SAI
STUDENT = _by_type(S=4, A=3, I=(3, 3, 3, 3, 2, 2, 2, 2), C=2, R=1, E=0)


def test_a_student_fills_the_inventory_in_the_kiosk_and_sees_nothing_else(qtbot, opened) -> None:
    view = opened.profile_view.screening_view
    window = view.open_career_interests()
    assert window is not None and window.table.rowCount() == 0
    kiosk = window.start_kiosk()
    assert kiosk is not None
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    assert kiosk.isFullScreen() and not kiosk.findChildren(QMenuBar)
    assert not window.isVisible()  # her earlier results are not behind the kiosk
    shown = " ".join(
        w.text() for k in (QLabel, QPushButton, QRadioButton) for w in kiosk.findChildren(k)
    )
    for private in ("Budi", "Santoso", "Ucok", "C-0001"):
        assert private not in shown
    assert "Make a map of the bottom of an ocean" in shown
    assert "English" in kiosk.notice.text()
    # large print on the widgets themselves
    radio = kiosk.form.groups["R1"].button(0)
    assert radio.font().pointSizeF() > window.font().pointSizeF()

    half = dict(list(STUDENT.items())[:40])
    _answer(kiosk.form, half)
    assert not kiosk.submit()
    assert "41, 42, 43, 44, 45, 46, 47, 48" in kiosk.status_label.text()
    assert opened.vault.career_interests.results(view._client.id) == []
    _answer(kiosk.form, STUDENT)
    assert kiosk.submit()
    assert not kiosk.area.isVisible() and not kiosk.done_button.isVisible()
    assert kiosk.form.answers() == {}
    assert "give the laptop back" in kiosk.status_label.text()
    kiosk.reject()
    kiosk.close()
    assert kiosk.isVisible()
    kiosk.leave_button.click()
    kiosk.passphrase_edit.setText(PASSPHRASE)
    kiosk.leave()
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=20000)

    assert window.isVisible()  # back for the counselor, with the new result
    assert window.table.rowCount() == 1
    assert window.table.item(0, 1).text() == "SAI"
    assert window.table.item(0, 2).text() == "R 16 · I 28 · A 32 · S 40 · E 8 · C 24"
    assert "the student, in the kiosk" in window.table.item(0, 3).text()
    panel = window.panel
    assert "Holland code SAI" in panel.code_label.text()
    assert panel.chart.values == [16, 28, 32, 40, 8, 24]
    words = panel.explanation_label.text()
    for part in ("S — Social, score 40 of 40", "A — Artistic, score 32", "I — Investigative"):
        assert part in words
    assert "Realistic" not in words  # only the code's types are explained
    assert "guidance and counseling" in words  # the Social type's fields of study


def test_the_counselors_paper_entry_shows_the_code_with_ties_in_brackets(qtbot, opened) -> None:
    view = opened.profile_view.screening_view
    window = view.open_career_interests()
    dialog = window.fill_in()
    answers = _by_type(S=4, A=3, I=2, C=2, R=1, E=0)  # I and C tie at 24
    _answer(dialog.form, dict(list(answers.items())[:47]))
    assert "Not complete yet: activity 48" in dialog.code_label.text()
    assert not dialog.save() and "C8" in dialog.message_label.text()
    _answer(dialog.form, answers)
    assert dialog.code_label.text().startswith("Holland code SA(I/C)")
    assert dialog.save()
    assert window.table.item(0, 1).text() == "SA(I/C)"
    assert "with the counselor" in window.table.item(0, 3).text()
    assert "Letters in brackets are tied" in window.panel.explanation_label.text()


def test_a_wrong_result_is_struck_not_deleted(qtbot, opened) -> None:
    view = opened.profile_view.screening_view
    window = view.open_career_interests()
    dialog = window.fill_in()
    _answer(dialog.form, STUDENT)
    assert dialog.save()
    window.table.selectRow(0)
    strike = window.strike_selected()
    assert strike is not None
    strike.reason_edit.setText("the wrong student's paper")
    strike.buttons.accepted.emit()
    (kept,) = opened.vault.career_interests.results(view._client.id)
    assert kept.is_struck and kept.strike_reason == "the wrong student's paper"
    assert window.table.rowCount() == 1 and window.table.item(0, 0).font().strikeOut()
    window.table.selectRow(0)
    assert not window.strike_button.isEnabled()
    assert "struck" in window.panel.code_label.text()


def test_locking_closes_the_career_window_and_its_kiosk(qtbot, opened) -> None:
    view = opened.profile_view.screening_view
    window = view.open_career_interests()
    kiosk = window.start_kiosk()
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    _answer(kiosk.form, {"R1": 3})
    opened.lock()
    qtbot.waitUntil(lambda: not opened.vault.is_unlocked, timeout=20000)
    assert not shiboken6.isValid(kiosk) or not kiosk.isVisible()
    assert not shiboken6.isValid(window) or not window.isVisible()
