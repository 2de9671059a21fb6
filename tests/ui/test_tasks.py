"""The background runner delivers results and errors on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from counsel_desk.ui.tasks import TaskRunner


@pytest.fixture
def task_runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_for_all(10000)


def test_result_arrives_on_the_gui_thread(qtbot, task_runner):
    worker_threads: list[int] = []
    seen_threads: list[QThread] = []

    def work(x: int) -> int:
        worker_threads.append(threading.get_ident())
        return x * 2

    task = task_runner.run(work, 21)
    task.finished.connect(lambda _r: seen_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert seen_threads == [qtbot_app_thread()]
    qtbot.waitUntil(lambda: task_runner.active_count == 0)


def qtbot_app_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_errors_arrive_as_exceptions(qtbot, task_runner):
    def boom() -> None:
        raise RuntimeError("nope")

    task = task_runner.run(boom)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], RuntimeError)


def test_progress_is_relayed(qtbot, task_runner):
    def work(progress) -> str:
        for step in (0.25, 0.5, 1.0):
            progress(step)
        return "done"

    task = task_runner.run(work, with_progress=True)
    values: list[float] = []
    task.progress.connect(values.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert values == [0.25, 0.5, 1.0]  # queued before the result, so delivered before it


class _Held:
    """A job's result or argument (an identifier set, a summary: client data)."""


def test_nothing_of_an_ended_job_is_kept_its_result_and_arguments_are_let_go(qtbot, task_runner):
    # issue 14: the pool keeps every runnable it ran; a result kept through it stayed in
    # memory after the vault locked, and the heap grew with every export
    import gc
    import weakref

    argument, failing_argument = _Held(), _Held()
    results: list[weakref.ref[_Held]] = []

    def work(held: _Held) -> _Held:
        result = _Held()
        results.append(weakref.ref(result))
        return result

    def fail(held: _Held) -> None:
        raise RuntimeError("refused")

    for task in (task_runner.run(work, argument), task_runner.run(fail, failing_argument)):
        delivered: list[object] = []
        task.then(delivered.append, delivered.append)
        qtbot.waitUntil(lambda d=delivered: bool(d), timeout=5000)
        del task, delivered
    qtbot.waitUntil(lambda: task_runner.active_count == 0)
    assert task_runner.wait_for_all(5000)
    gone = [weakref.ref(argument), weakref.ref(failing_argument)]
    del argument, failing_argument
    qtbot.wait(50)  # the tasks' deleteLater
    gc.collect()
    assert [r() for r in results + gone] == [None, None, None]
