"""A dialog that collects a few answers and then runs one slow job in a worker.

The base of the key, backup and restore dialogs: an intro, a form, a busy bar while the
job runs (Argon2, copying a vault), an error line, and OK/Cancel. Cancel is refused while
the job runs (Argon2 cannot be interrupted; a half-done job is worse than a wait).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import CounselDeskError
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.tasks import Runner, Task
from counsel_desk.ui.theme import set_tone


class TaskDialog(QDialog):
    """Subclasses fill ``self.form``, override :meth:`can_submit` and :meth:`submit`
    (which calls :meth:`run_task`), and may override :meth:`on_success`."""

    succeeded = Signal(object)

    def __init__(self, runner: Runner, parent: QWidget | None, title: str, intro: str = "") -> None:
        super().__init__(parent)
        # Its job's errors are shown in the dialog itself (on_failure), never in a box.
        self._ops = Operations(runner, None)
        self._op: VaultOp[Any] | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(560)

        self.intro_label = QLabel(intro, self)
        self.intro_label.setObjectName("dialogIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setVisible(bool(intro))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(10)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error_label, "error")
        self.error_label.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.clicked.connect(self._submit_clicked)
        self.cancel_button.clicked.connect(self.reject)

        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(22, 20, 22, 16)
        self.body.setSpacing(12)
        self.body.addWidget(self.intro_label)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.extra.setSpacing(8)
        self.body.addLayout(self.extra)
        self.body.addWidget(self.status_label)
        self.body.addWidget(self.busy)
        self.body.addWidget(self.error_label)
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)

    # -- for subclasses ---------------------------------------------------------------
    def can_submit(self) -> bool:
        return True

    def submit(self) -> None:
        raise NotImplementedError

    def wipe(self) -> None:
        """Forget typed secrets (called when the dialog ends either way)."""

    def on_success(self, result: object) -> None:
        self.wipe()
        self.succeeded.emit(result)
        self.accept()

    def on_failure(self, error: CounselDeskError) -> None:
        self.show_error(user_text(error))

    # -- machinery --------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self.ok_button.setEnabled(not self.is_busy and self.can_submit())

    @Slot()
    def _submit_clicked(self) -> None:
        if not self.is_busy and self.can_submit():
            self.submit()

    def run_task(self, status: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task[Any]:
        """Run ``fn(*args, **kwargs)`` in the background through the operation layer; the
        dialog is busy until it ends, then :meth:`on_success` or :meth:`on_failure`."""
        self.show_error("")
        self._set_busy(True, status)
        op = self._ops.op(self, self.windowTitle(), lambda: fn(*args, **kwargs))
        self._op = op
        op.disabling(self.ok_button).on_done(lambda: self._set_busy(False))
        return op.on_success(self.on_success).on_error(self.on_failure).run_in_background()

    def _set_busy(self, busy: bool, status: str = "") -> None:
        self.busy.setVisible(busy)
        self.status_label.setText(status)
        self.status_label.setVisible(busy and bool(status))
        for child in self.findChildren(QWidget):
            if child in (self.busy, self.status_label, self.error_label, self.intro_label):
                continue
            if child.parent() is self and child is not self.buttons:
                child.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.refresh()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def is_busy(self) -> bool:
        return self._op is not None and self._op.running

    def reject(self) -> None:
        if self.is_busy:
            return
        self.wipe()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy:
            event.ignore()
            return
        super().closeEvent(event)
