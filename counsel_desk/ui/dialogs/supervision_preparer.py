"""What Export for Supervision prepares in the background: the vault's identifier set and
the redacted summary made with it.

The identifier set (every name and identifier of the whole vault) is built once in a
worker when the dialog opens and kept for the dialog's life; it is built again only after
she changes the record from the review (:meth:`SummaryPreparer.forget_identifiers`). A
summary asked for before the set is ready waits for it (no second build). The words she
said are no name are kept for this export alone (:attr:`SummaryPreparer.dismissed`).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.export.supervision_summary import SupervisionSummary
from counsel_desk.services.supervision import SupervisionContext, SupervisionRequest
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.operations import Operations, VaultOp, report_fault
from counsel_desk.ui.tasks import TaskRunner


class SummaryPreparer(QObject):
    prepared = Signal(object)  # the SupervisionSummary, or None: the vault locked meanwhile
    failed = Signal(object)  # the exception: the identifiers or the summary were not made

    def __init__(self, vault: VaultService, runner: TaskRunner, owner: QWidget) -> None:
        super().__init__(owner)
        self._vault = vault
        self._owner = owner
        # Its errors are told by the dialog; a bug leaves it idle and is reported as one.
        self._ops = Operations(runner, None, fault=self._broke)
        self._ids: IdentifierSet | None = None
        self._ids_op: VaultOp[IdentifierSet] | None = None
        self._prepare_op: VaultOp[SupervisionSummary] | None = None
        self._pending: tuple[SupervisionRequest, SupervisionContext] | None = None
        self.dismissed: set[str] = set()  # casefolded words she said are no name

    @property
    def has_identifiers(self) -> bool:
        return self._ids is not None

    @property
    def busy(self) -> bool:
        """A summary is asked for and not yet shown."""
        return self._pending is not None or _runs(self._prepare_op)

    def start(self) -> None:
        """Build the identifier set in a worker (when the vault is open)."""
        self._ids = None
        if not self._vault.is_unlocked:
            if self._pending is not None:  # a summary asked for: none comes (locked)
                self._pending = None
                self.prepared.emit(None)
            return
        op = self._ops.op(self._owner, "", self._vault.supervision.identifiers)
        self._ids_op = op
        op.on_success(self._identifiers_loaded).on_error(self._failed).run_in_background()

    def prepare(self, request: SupervisionRequest, context: SupervisionContext) -> None:
        """Make the redacted summary in a worker: at once, or when the set is ready."""
        self._pending = (request, context)
        if self._ids is not None:
            self._prepare()
        elif not _runs(self._ids_op):
            self.start()

    def forget_identifiers(self) -> None:
        """The record changed: the set is built again for the next summary."""
        self._ids = None

    def export_ids(self) -> IdentifierSet:
        """The vault's identifiers, with the words she said are no name in this export
        kept for it alone."""
        assert self._ids is not None
        return self._ids.with_kept(self.dismissed)

    def wipe(self) -> None:
        """Forget the set and what was asked (at lock)."""
        self._ids = None
        self._pending = None

    def _identifiers_loaded(self, ids: IdentifierSet) -> None:
        self._ids = ids
        if self._pending is not None:
            self._prepare()

    def _prepare(self) -> None:
        assert self._pending is not None
        (request, context), self._pending = self._pending, None
        if self._ids is None or not self._vault.is_unlocked:
            self.prepared.emit(None)
            return
        service, ids = self._vault.supervision, self.export_ids()
        op = self._ops.op(self._owner, "", lambda: service.prepare(request, context, ids))
        self._prepare_op = op
        op.on_success(self.prepared.emit).on_error(self._failed).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self._pending = None
        self.failed.emit(error)

    def _broke(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self._failed(error)
        report_fault(error)


def _runs(op: VaultOp[Any] | None) -> bool:
    return op is not None and op.running
