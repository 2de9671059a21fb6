"""Ctrl+F's search runs in the background (issue 14, "the GUI never stalls"): the window
keeps turning while the vault answers, and only the answer to what the box holds now is
shown — an older query answering late never replaces a newer one's results."""

from __future__ import annotations

import threading

from counsel_desk.services.search import HitKind, SearchHit
from counsel_desk.ui.dialogs.search_dialog import SearchDialog
from counsel_desk.ui.models.search_results_model import HIT_ROLE
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.tasks import TaskRunner


def _hit(client_id: int, text: str) -> SearchHit:
    return SearchHit(HitKind.PROFILE, client_id, f"C-{client_id}", "Nama Klien", text)


class SlowService:
    """Answers "lama" only once released; any other query at once."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def search(self, text: str) -> list[SearchHit]:
        if text == "lama":
            assert self.release.wait(20)
            return [_hit(1, "lama"), _hit(2, "lama")]
        return [_hit(3, text)]


def _dialog(qtbot, service: SlowService) -> tuple[SearchDialog, TaskRunner]:
    runner = TaskRunner()
    dialog = SearchDialog(lambda: service, ops=Operations(runner, None))  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    return dialog, runner


def _typed(dialog: SearchDialog, text: str) -> None:
    """``text`` typed and the typing pause over (the dialog's timer would ask again)."""
    dialog.edit.setText(text)
    dialog.timer.stop()
    dialog.run_query()


def test_the_dialog_answers_keys_while_a_search_is_still_running(qtbot) -> None:
    service = SlowService()
    dialog, _ = _dialog(qtbot, service)
    _typed(dialog, "lama")  # returns at once: the vault answers in a worker
    assert dialog.searching and dialog.model.rowCount() == 0
    qtbot.keyClicks(dialog.edit, "!")  # typing is taken while it runs
    assert dialog.edit.text() == "lama!"
    dialog.edit.setText("lama")
    dialog.timer.stop()
    service.release.set()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    assert not dialog.searching
    assert dialog.count_label.text() == "Results: 2"


def test_an_older_query_answering_late_does_not_replace_the_newer_results(qtbot) -> None:
    service = SlowService()
    dialog, runner = _dialog(qtbot, service)
    _typed(dialog, "lama")
    _typed(dialog, "baru")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    service.release.set()  # "lama" answers now, after "baru"
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=10000)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0).data(HIT_ROLE).snippet == "baru"
    assert dialog.count_label.text() == "Results: 1"


def test_an_answer_arriving_after_the_dialog_closed_is_dropped(qtbot) -> None:
    """A lock closes the dialog (attack review 2026-12-08, 4): what was still being
    searched is not put into it, nor opened."""
    service = SlowService()
    dialog, runner = _dialog(qtbot, service)
    opened: list[int] = []
    dialog.client_requested.connect(opened.append)
    _typed(dialog, "lama")
    dialog._open_first()  # Enter, before the answer
    dialog.reject()
    service.release.set()
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=10000)
    assert dialog.model.rowCount() == 0
    assert opened == []


def test_enter_then_typing_on_opens_nothing_by_itself(qtbot) -> None:
    service = SlowService()
    dialog, runner = _dialog(qtbot, service)
    opened: list[int] = []
    dialog.client_requested.connect(opened.append)
    dialog.edit.setText("lama")
    dialog._open_first()  # Enter on "lama"; its answer is held
    _typed(dialog, "baru")  # she typed on: "baru" answers at once
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    service.release.set()
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=10000)
    assert opened == []  # neither answer opened a record she did not choose
