"""Save PDF… of Export for Supervision: how it is shared (and whether protected with a
password), where, then the PDF rendered, read back and checked in a worker, and the
verdict on the dialog's result line. If the self-check finds anything, nothing is written
and the words found are shown there — on screen only, never logged.

The suggested file name holds the case code and a date, nothing else of the client.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.export.pdf_check import SelfCheckFailedError
from counsel_desk.export.supervision_summary import SupervisionSummary
from counsel_desk.i18n import shown_path
from counsel_desk.services.supervision import (
    ExportResult,
    SupervisionContext,
    SupervisionRequest,
)
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.share_dialog import ShareRequest
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.operations import Operations, VaultOp, report_fault
from counsel_desk.ui.tasks import Task, TaskRunner
from counsel_desk.ui.translate import error_text, translate
from counsel_desk.ui.widgets.outcome_lines import OutcomeLines


def default_file_name(case_code: str, day: dt.date) -> str:
    """The suggested file name: the case code and a date, nothing else of the client."""
    code = re.sub(r"[^A-Za-z0-9_-]+", "-", case_code).strip("-") or "case"
    return f"supervision-{code}-{day.isoformat()}.pdf"


class SummarySaver(QObject):
    saved = Signal(object)  # ExportResult, after a checked PDF was saved
    finished = Signal(object)  # ExportResult or the exception, either way

    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        chooser: Callable[[], FileChooser],
        messages: OutcomeLines,
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self._vault = vault
        self._chooser = chooser
        self._messages = messages
        self._owner = owner
        # Its result line, and finished, either way; a bug is reported as one.
        self._ops = Operations(runner, None, fault=self._broke)
        self._op: VaultOp[ExportResult] | None = None

    @property
    def busy(self) -> bool:
        """A PDF is being written and checked."""
        return self._op is not None and self._op.running

    def save(
        self,
        summary: SupervisionSummary,
        request: SupervisionRequest,
        context: SupervisionContext | None,
        ids: IdentifierSet,
        today: dt.date,
    ) -> Task[ExportResult] | None:
        """Ask how it is shared and where, then write and check it in a worker (None: she
        cancelled)."""
        chooser = self._chooser()
        sharing = chooser.share(
            self._owner,
            ShareRequest(
                self.tr("the supervision summary of {code}").format(code=summary.case_code),
                summary.language,
            ),
        )
        if sharing is None:
            return None
        suggested = Path.home() / default_file_name(summary.case_code, today)
        target = chooser.save_file(
            self._owner,
            self.tr("Save the supervision summary as"),
            suggested,
            self.tr("PDF (*.pdf)"),
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        service = self._vault.supervision
        op = self._ops.op(
            self._owner, "", lambda: service.export(request, target, context, ids, sharing)
        )
        self._op = op
        op.on_success(self._exported).on_error(self._failed)
        return op.run_in_background()

    def _exported(self, result: ExportResult) -> None:
        text = (
            self.tr(
                "Saved and checked: {path}\nThe PDF is protected with its password. Tell "
                "your supervisor the words another way than the file, and delete it when "
                "supervision is done."
            )
            if result.protected
            else self.tr(
                "Saved and checked: {path}\nThe PDF is not encrypted. Give it only to your "
                "supervisor, and delete it when supervision is done."
            )
        )
        shown = text.format(path=shown_path(result.path))
        if not result.logged:
            shown += "\n" + self.tr(
                "The vault cannot be written now (read-only or full): this disclosure is "
                "not in its log."
            )
        self._messages.show_result(shown, ok=True)
        self.saved.emit(result)
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SelfCheckFailedError):
            # The words found are shown here, to the counselor only: never logged.
            self._messages.show_result(
                translate(error.message, "PdfCheck"), ok=False, details=error.details()
            )
        else:
            self._messages.show_result(
                self.tr("The PDF was not saved: {reason}").format(reason=error_text(error)),
                ok=False,
            )
        self.finished.emit(error)

    def _broke(self, error: BaseException) -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(self._messages):
            self._failed(error)
        report_fault(error)
