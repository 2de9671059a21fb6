"""Run slow work (Argon2, export, backup) off the GUI thread.

``TaskRunner.run(fn, *args)`` executes ``fn`` on a :class:`QThreadPool` and returns a
:class:`Task`. The worker only emits the task's private signals; the task lives on the
GUI thread, so those arrive there through queued connections, and the task re-emits
them as ``finished(result)``, ``failed(exception)`` and ``progress(fraction)``. Whatever
is connected to the public signals — a widget method or a lambda — therefore runs on the
GUI thread. Running tasks are kept by the runner until they end, so neither the runnable
nor its task is garbage-collected mid-flight. Tests wait with
``qtbot.waitSignal(task.finished)``.

A ``Task[T]`` is typed by what its job returns: :meth:`Task.then` hands the result to a
``Callable[[T], …]``, so no receiver guards it with ``isinstance``. :class:`SyncRunner`
runs each job at once on the calling thread, for tests of what happens after a job; the
views' own code goes through :mod:`counsel_desk.ui.operations`, never the runner itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class Task(QObject, Generic[T]):
    """The GUI-thread face of one background job that returns a ``T``."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(float)

    _finished_in_worker = Signal(object)
    _failed_in_worker = Signal(object)
    _progress_in_worker = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self._finished_in_worker.connect(self._deliver_result)
        self._failed_in_worker.connect(self._deliver_error)
        self._progress_in_worker.connect(self._deliver_progress)

    def report_progress(self, fraction: float) -> None:
        """Callable from the worker thread."""
        self._progress_in_worker.emit(float(fraction))

    def then(
        self, on_result: Callable[[T], object], on_error: Callable[[BaseException], object]
    ) -> None:
        """Call ``on_result(result)`` or ``on_error(exception)`` on the GUI thread when the
        job ends -- at once if it has ended already (a :class:`SyncRunner`'s job)."""
        if self.done:
            if self.error is not None:
                on_error(self.error)
            else:
                on_result(cast(T, self.result))
            return
        self.finished.connect(lambda result: on_result(cast(T, result)))
        self.failed.connect(on_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self.done = True
        self.result = cast(T, result)
        self.finished.emit(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self.done = True
        self.error = error if isinstance(error, BaseException) else None
        self.failed.emit(error)

    @Slot(float)
    def _deliver_progress(self, fraction: float) -> None:
        if not self.done:
            self.progress.emit(fraction)


class _Runnable(QRunnable):
    def __init__(
        self, task: Task[Any], fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until the task ends
        self._task: Task[Any] | None = task
        self._fn: Callable[..., Any] | None = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:  # worker thread: touch no widget here
        task = self._task
        assert task is not None and self._fn is not None
        result: Any = None
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            task._failed_in_worker.emit(exc)
        else:
            task._finished_in_worker.emit(result)
        finally:
            # The pool keeps every runnable it ran: without this, each one would keep
            # its job, the job's arguments and, through its task, the result -- client
            # data (an identifier set, a summary) held after the vault locks, and a heap
            # that grows with every export, each pass of the cyclic collector longer.
            self._task = self._fn = None
            self._args, self._kwargs = (), {}
            del task, result


class TaskRunner(QObject):
    """Starts background jobs and keeps them alive until their result is delivered."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: dict[Task[Any], _Runnable] = {}

    @property
    def active_count(self) -> int:
        return len(self._running)

    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> Task[T]:
        """Run ``fn(*args, **kwargs)`` in the pool. With ``with_progress`` it also gets
        ``progress=`` a callable taking a fraction 0..1, relayed to ``task.progress``."""
        task: Task[T] = Task(self)
        if with_progress:
            kwargs["progress"] = task.report_progress
        runnable = _Runnable(task, fn, args, kwargs)
        self._running[task] = runnable
        task.finished.connect(lambda _result, t=task: self._forget(t))
        task.failed.connect(lambda error, t=task: self._forget(t, error))
        self._pool.start(runnable)
        return task

    def _forget(self, task: Task[Any], error: object = None) -> None:
        self._running.pop(task, None)
        if error is not None and not isinstance(error, Exception):
            log.error("background task ended with %s", type(error).__name__)
        task.deleteLater()

    def wait_for_all(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)


class Runner(Protocol):
    """What runs a job: :class:`TaskRunner` (a worker thread) or :class:`SyncRunner`."""

    def run(
        self, fn: Callable[..., T], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> Task[T]: ...


class SyncRunner:
    """Runs each job at once, on the calling thread; the task it returns has ended.

    For tests of what the GUI does with a result or an error, without a worker thread
    (the cross-thread delivery itself is tested with :class:`TaskRunner`)."""

    def run(
        self, fn: Callable[..., T], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> Task[T]:
        task: Task[T] = Task()
        if with_progress:
            kwargs["progress"] = task._deliver_progress
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:  # delivered like a worker's, never lost
            task._deliver_error(exc)
        else:
            task._deliver_result(result)
        return task
