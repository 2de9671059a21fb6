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

from counsel_desk.ui.tasks import Task, TaskRunner
from counsel_desk.ui.translate import error_text


class TaskDialog(QDialog):
    """Subclasses fill ``self.form``, override :meth:`can_submit` and :meth:`submit`
    (which calls :meth:`run_task`), and may override :meth:`on_success`."""

    succeeded = Signal(object)

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None, title: str, intro: str = ""
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: Task | None = None
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
        self.error_label.setStyleSheet("color: #c62828;")
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

    def on_failure(self, error: object) -> None:
        self.show_error(error_text(error) if isinstance(error, BaseException) else "")

    # -- machinery --------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self.ok_button.setEnabled(self._task is None and self.can_submit())

    @Slot()
    def _submit_clicked(self) -> None:
        if self._task is None and self.can_submit():
            self.submit()

    def run_task(self, status: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        self.show_error("")
        self._set_busy(True, status)
        task = self._runner.run(fn, *args, **kwargs)
        self._task = task
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        return task

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._task = None
        self._set_busy(False)
        self.on_success(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._task = None
        self._set_busy(False)
        self.on_failure(error)

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
        return self._task is not None

    def reject(self) -> None:
        if self._task is not None:
            return
        self.wipe()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            event.ignore()
            return
        super().closeEvent(event)
