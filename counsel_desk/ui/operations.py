"""One way to do vault work from the GUI.

A view that reads or changes the vault says what to run and what to do with the result,
and nothing else::

    self.ops.op(self, self.tr("The note was not saved"), lambda: notes.save_draft(...))
        .disabling(self.save_button)
        .on_success(self._draft_saved)  # gets the typed result, on the GUI thread
        .run()  # now, on the GUI thread; or .run_in_background() for slow work

The operation then

* disables the controls named in :meth:`VaultOp.disabling` while it runs, and gives them
  back their state when it ends;
* hands the result to :meth:`VaultOp.on_success`, typed by what the work returns;
* shows a :class:`~counsel_desk.i18n.CounselDeskError` to the user, in her language,
  under the operation's title (the prompter's ``error``), unless the caller handles
  that kind of error itself (:meth:`VaultOp.on_error`, :meth:`VaultOp.handle`);
* tells an ``OSError`` (a disk that fails under a file the user chose: a full USB stick,
  a folder she may not write to) as the storage error it is, with its cause;
* treats anything else as a bug. Work run now lets it rise to the slot, as any fault in
  a slot does; work run in the background gives it to the fault handler -- by default
  the application's excepthook (``app.install_excepthook``), which logs the exception's
  type only (never its text, which can hold client data), brings the window back to a
  true state (locked stays locked, the auto-lock is armed again) and shows a generic
  dialog without a traceback.

Nothing in ``ui/`` calls a :class:`~counsel_desk.ui.tasks.TaskRunner` or catches a
``CounselDeskError`` around vault work by hand; ``tests/ui/test_operation_layer.py``
counts what is left so it cannot grow back.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from counsel_desk.domain.validation import ValidationError
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.ui.tasks import Runner, Task
from counsel_desk.ui.translate import error_text, translate

if TYPE_CHECKING:
    from counsel_desk.services.vault_service import VaultService

log = logging.getLogger(__name__)

T = TypeVar("T")
D = TypeVar("D")
E = TypeVar("E", bound=CounselDeskError)

Control = QWidget | QAction
Fault = Callable[[BaseException], None]


class ErrorShower(Protocol):
    """Where an unhandled ``CounselDeskError`` is shown (the :class:`Prompter` is one)."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...


def report_fault(error: BaseException) -> None:
    """A bug reached an operation: hand it to the excepthook, as a fault in a slot is.

    The application's hook logs the type only, recovers the window and shows a generic
    dialog. The traceback is dropped afterwards: its frames can hold client data."""
    try:
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        error.__traceback__ = None


def user_error(error: BaseException) -> CounselDeskError | None:
    """``error`` as the user is told it; None for a bug."""
    if isinstance(error, CounselDeskError):
        return error
    if isinstance(error, OSError):
        name = error.filename
        shown = Path(os.fsdecode(name)).name if isinstance(name, str | bytes) else ""
        return CounselDeskError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Operations",
                    "The file {file} could not be read or written ({detail}). Check that its "
                    "disk is connected, writable and not full, then try again.",
                ),
                file=shown,
                detail=error.strerror or type(error).__name__,
            )
        )
    return None


def user_text(error: CounselDeskError) -> str:
    """What the user reads about ``error``: a validation's issues line by line, otherwise
    the error's own message, in her language."""
    if isinstance(error, ValidationError) and error.issues:
        return "\n".join(translate(issue.message) for issue in error.issues)
    return error_text(error)


class _Progress(QObject):
    """Relays a job's progress to the GUI thread: made there, so a worker's ``emit``
    arrives through a queued connection."""

    fraction = Signal(float)

    def __init__(self, receiver: Callable[[float], object]) -> None:
        super().__init__()
        self._receiver = receiver
        self.fraction.connect(self._deliver)

    @Slot(float)
    def _deliver(self, fraction: float) -> None:
        self._receiver(fraction)


class Operations:
    """Makes :class:`VaultOp` objects that share a runner, an error display and a fault
    handler. The main window owns one and hands it to its views, dialogs and actions."""

    def __init__(
        self, runner: Runner, errors: ErrorShower | None, fault: Fault = report_fault
    ) -> None:
        self.runner = runner
        self.errors = errors
        self.fault = fault

    def op(self, parent: QWidget | None, title: str, work: Callable[..., T]) -> VaultOp[T]:
        """An operation running ``work()``; a ``CounselDeskError`` from it is shown under
        ``title`` unless handled."""
        return VaultOp(self, parent, title, work)


def _spent(*_args: object, **_kwargs: object) -> Any:
    raise RuntimeError("this operation has already run: make a new one")


class VaultOp(Generic[T]):
    """One piece of vault work and what follows it. Configure, then :meth:`run` or
    :meth:`run_in_background` (once)."""

    def __init__(
        self, ops: Operations, parent: QWidget | None, title: str, work: Callable[..., T]
    ) -> None:
        self._ops = ops
        self._parent = parent
        self._title = title
        self._work = work
        self._success: Callable[[T], object] | None = None
        self._done: list[Callable[[], object]] = []
        self._handlers: list[tuple[type[CounselDeskError], Callable[[Any], object]]] = []
        self._controls: list[tuple[Control, bool]] = []
        self._to_disable: list[Control] = []
        self._progress: Callable[[float], object] | None = None
        self._relay: _Progress | None = None
        self.running = False

    # -- configuring ---------------------------------------------------------------------
    def on_success(self, fn: Callable[[T], object]) -> VaultOp[T]:
        """``fn(result)`` on the GUI thread when the work succeeded."""
        self._success = fn
        return self

    def on_done(self, fn: Callable[[], object]) -> VaultOp[T]:
        """``fn()`` when the work ended in any way, before the success or error handler
        (hide a busy bar, forget that it runs)."""
        self._done.append(fn)
        return self

    def handle(self, kind: type[E], fn: Callable[[E], object]) -> VaultOp[T]:
        """The caller shows errors of ``kind`` itself (an inline label, field marks);
        they are not shown by the operation. The first matching handler wins."""
        self._handlers.append((kind, fn))
        return self

    def on_error(self, fn: Callable[[CounselDeskError], object]) -> VaultOp[T]:
        """The caller shows every ``CounselDeskError`` itself."""
        return self.handle(CounselDeskError, fn)

    def disabling(self, *controls: Control | None) -> VaultOp[T]:
        """Disable ``controls`` while the work runs; they get their state back after."""
        self._to_disable.extend(c for c in controls if c is not None)
        return self

    def with_progress(self, fn: Callable[[float], object]) -> VaultOp[T]:
        """The work is called with ``progress=``, a callable taking a fraction 0..1 that
        reaches ``fn`` on the GUI thread."""
        self._progress = fn
        return self

    # -- running -----------------------------------------------------------------------
    def run(self) -> bool:
        """Run the work now, on the GUI thread (quick reads and writes). True when it
        succeeded and the success handler ran. A bug (not a ``CounselDeskError``) rises
        to the caller's slot after the controls are given back."""
        self._begin()
        try:
            result = self._call()
        except BaseException as error:
            self._end()
            told = user_error(error)
            if told is None:
                raise
            self._failed(told)
            return False
        self._end()
        if self._success is not None:
            self._success(result)
        return True

    def result_or(self, default: D) -> T | D:
        """Run the work now, as :meth:`run`; its result, or ``default`` when it failed
        (a quick question whose failure changes nothing: "are backups on?")."""
        results: list[T] = []
        previous = self._success

        def keep(result: T) -> None:
            results.append(result)
            if previous is not None:
                previous(result)

        self._success = keep
        self.run()
        return results[0] if results else default

    def run_in_background(self) -> Task[T]:
        """Run the work in the runner (slow work: Argon2, backup, PDF, a big read). The
        handlers run on the GUI thread when it ends -- unless the parent widget is gone
        by then (a dialog closed), in which case only a fault is still reported."""
        self._begin()
        task = self._ops.runner.run(self._call)
        task.then(self._background_result, self._background_error)
        return task

    # -- machinery ---------------------------------------------------------------------
    def _call(self) -> T:
        # An operation runs once: its work, and what the work's closure holds (client
        # data, a PDF's five words), goes as it runs, not when the caller forgets the
        # operation or the runner its task.
        work, self._work = self._work, _spent
        if self._relay is None:
            return work()
        return work(progress=self._relay.fraction.emit)

    def _begin(self) -> None:
        self.running = True
        if self._progress is not None:
            self._relay = _Progress(self._progress)  # on the GUI thread
        self._controls = [(c, c.isEnabled()) for c in self._to_disable]
        for control, _ in self._controls:
            control.setEnabled(False)

    def _end(self) -> None:
        self.running = False
        for control, enabled in self._controls:
            if shiboken6.isValid(control):
                control.setEnabled(enabled)
        self._controls = []
        for fn in self._done:
            fn()

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _background_result(self, result: T) -> None:
        if not self._parent_alive():
            return
        self._end()
        if self._success is not None:
            self._success(result)

    def _background_error(self, error: BaseException) -> None:
        told = user_error(error)
        if told is None:
            if self._parent_alive():
                self._end()
            self._ops.fault(error)
            return
        if self._parent_alive():
            self._end()
            self._failed(told)

    def _failed(self, error: CounselDeskError) -> None:
        for kind, fn in self._handlers:
            if isinstance(error, kind):
                fn(error)
                return
        if self._ops.errors is not None:
            self._ops.errors.error(self._parent, self._title, user_text(error))


class NewestRead(Generic[T]):
    """A read asked again and again in the background (what a view shows that grows with
    the caseload: the Today view's attention items, the reminders). Only the newest
    answer is handed on, and only while the vault it was asked of is still the one open
    with no lock under way (a lock with its backup closes the vault in a worker, after
    the screen was emptied). A bug in the read is logged by type and told once with
    ``tell``: it does not go to the window's fault recovery, which would refresh, read
    and fault again, for ever."""

    def __init__(
        self,
        runner: Runner,
        what: str,
        vault: VaultService,
        lock_pending: Callable[[], bool],
        tell: Callable[[str], object],
    ) -> None:
        self._ops = Operations(runner, None, fault=self._fault)
        self._what = what  # for the log: never client data
        self._vault = vault
        self._lock_pending = lock_pending
        self._tell = tell
        self._asked = 0
        self._pending = 0

    @property
    def pending(self) -> bool:
        """A read is under way."""
        return self._pending > 0

    def forget(self) -> None:
        """No answer asked before now is handed on (a lock, a refresh that stopped)."""
        self._asked += 1

    def ask(
        self, parent: QWidget | None, work: Callable[[], T], show: Callable[[T], object]
    ) -> bool:
        """Run ``work()`` in the background, then ``show`` its answer if it still counts.
        False, and nothing asked, when no vault is open or a lock is under way."""
        self.forget()
        asked, opened = self._asked, self._opened()
        if opened is None:
            return False

        def counts() -> bool:
            return asked == self._asked and self._opened() is opened

        def shown(answer: T) -> None:
            if counts():
                show(answer)

        def refused(error: CounselDeskError) -> None:
            if counts():  # a read cut short by a lock says nothing
                self._tell(user_text(error))

        self._pending += 1
        self._ops.op(parent, "", work).on_done(self._ended).on_success(shown).on_error(
            refused
        ).run_in_background()
        return True

    def _opened(self) -> object | None:
        return None if self._lock_pending() else self._vault.open_vault

    def _ended(self) -> None:
        self._pending -= 1

    def _fault(self, error: BaseException) -> None:
        log.error("%s could not be read: %s", self._what, type(error).__name__)
        error.__traceback__ = None  # its frames can hold client data
        if self._opened() is not None:
            self._tell(error_text(error))
