"""Vault → Due for Destruction: closed cases past their retention date, legal holds,
secure destruction, and the destruction log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.retention import PROFILE_NAMES, RetentionProfile
from counsel_desk.services.retention import RetentionStatus
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.destroy_dialog import DestroyDialog
from counsel_desk.ui.dialogs.retention_settings_page import rule_text
from counsel_desk.ui.models.retention_model import (
    DestructionLogModel,
    DueColumn,
    DueTableModel,
    LogColumn,
)
from counsel_desk.ui.operations import Operations, VaultOp
from counsel_desk.ui.tasks import SyncRunner, TaskRunner
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import error_text

T = TypeVar("T")


def _rule_name(rule: str) -> str:
    try:
        return QCoreApplication.translate("Retention", PROFILE_NAMES[RetentionProfile(rule)])
    except ValueError:
        return rule


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class RetentionDialog(QDialog):
    destroyed_client = Signal(int)

    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._ops = Operations(SyncRunner(), None)  # quick vault work; errors: the message line
        self._today = today
        self.destroy_dialog: DestroyDialog | None = None
        self.setWindowTitle(self.tr("Due for Destruction"))
        self.resize(920, 560)

        # -- due tab
        due_page = QWidget(self)
        self.rule_label = QLabel(due_page)
        self.rule_label.setObjectName("hint")
        self.rule_label.setWordWrap(True)
        self.show_all_check = QCheckBox(self.tr("Show every closed case"), due_page)
        self.show_all_check.setObjectName("showAllCheck")
        self.show_all_check.setAccessibleDescription(
            self.tr("Tick it to list every closed case, not only those due.")
        )
        self.model = DueTableModel(self)
        self.table = _table(due_page, "dueTable")
        self.table.setAccessibleName(self.tr("Due for destruction"))
        self.table.setAccessibleDescription(
            self.tr("Closed cases past their keeping date. Choose one to hold or destroy it.")
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in DueColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueColumn.RULE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No case is due for destruction."), due_page)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.reason_edit = QLineEdit(due_page)
        self.reason_edit.setObjectName("holdReasonEdit")
        # Room for a reason beside the buttons, also with their longer translations.
        self.reason_edit.setMinimumWidth(200)
        self.reason_edit.setPlaceholderText(
            self.tr("Reason for the hold, e.g. abuse report 2025-03, court order")
        )
        self.hold_button = QPushButton(self.tr("Place on Legal Hold"), due_page)
        self.hold_button.setObjectName("holdButton")
        self.hold_button.setAccessibleDescription(
            self.tr(
                "Keeps the case chosen past its date, for the reason typed, until the hold "
                "is released."
            )
        )
        self.release_button = QPushButton(self.tr("Release Legal Hold"), due_page)
        self.release_button.setObjectName("releaseButton")
        self.release_button.setAccessibleDescription(
            self.tr("Ends the hold of the case chosen: it is due again on its date.")
        )
        self.destroy_button = QPushButton(self.tr("Destroy…"), due_page)
        self.destroy_button.setObjectName("destroyButton")
        self.destroy_button.setAccessibleDescription(
            self.tr(
                "Deletes the records of the case chosen for good, after you type its case "
                "code. Only the log keeps its code and dates."
            )
        )
        set_tone(self.destroy_button, "error")
        hold_row = QHBoxLayout()
        hold_row.addWidget(QLabel(self.tr("Legal hold:"), due_page))
        hold_row.addWidget(self.reason_edit, 1)
        hold_row.addWidget(self.hold_button)
        hold_row.addWidget(self.release_button)
        hold_row.addSpacing(18)
        hold_row.addWidget(self.destroy_button)
        self.message_label = QLabel(due_page)
        self.message_label.setObjectName("retentionMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        due_layout = QVBoxLayout(due_page)
        due_layout.setContentsMargins(10, 10, 10, 10)
        due_layout.addWidget(self.rule_label)
        due_layout.addWidget(self.show_all_check)
        due_layout.addWidget(self.table, 1)
        due_layout.addWidget(self.empty_label)
        due_layout.addLayout(hold_row)
        due_layout.addWidget(self.message_label)

        # -- log tab
        log_page = QWidget(self)
        self.log_model = DestructionLogModel(self, _rule_name)
        self.log_table = _table(log_page, "destructionLogTable")
        self.log_table.setModel(self.log_model)
        self.log_table.setAccessibleName(self.tr("Destruction log"))
        self.log_table.setAccessibleDescription(
            self.tr("Each case destroyed: its code, dates of service and the day it was destroyed.")
        )
        log_header = self.log_table.horizontalHeader()
        for log_column in LogColumn:
            log_header.setSectionResizeMode(log_column, QHeaderView.ResizeMode.ResizeToContents)
        log_header.setSectionResizeMode(LogColumn.RULE, QHeaderView.ResizeMode.Stretch)
        log_note = QLabel(
            self.tr(
                "What was destroyed, and when. The log keeps only case codes and dates; it "
                "stays in the vault after the records are gone."
            ),
            log_page,
        )
        log_note.setObjectName("hint")
        log_note.setWordWrap(True)
        log_layout = QVBoxLayout(log_page)
        log_layout.setContentsMargins(10, 10, 10, 10)
        log_layout.addWidget(log_note)
        log_layout.addWidget(self.log_table, 1)

        self.tabs = QTabWidget(self)
        index = self.tabs.addTab(due_page, self.tr("Due"))
        self.tabs.setTabToolTip(index, self.tr("Closed cases due for destruction, and legal holds"))
        index = self.tabs.addTab(log_page, self.tr("Destruction log"))
        self.tabs.setTabToolTip(index, self.tr("What was destroyed, and when"))
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAccessibleDescription(self.tr("Closes the window."))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        close_button.clicked.connect(self.reject)
        self.show_all_check.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.hold_button.clicked.connect(self.place_hold)
        self.release_button.clicked.connect(self.release_hold)
        self.destroy_button.clicked.connect(self.ask_destroy)
        self.reload()

    # -- data -------------------------------------------------------------------------
    def _rows(self, statuses: list[RetentionStatus]) -> list[RetentionStatus]:
        today = self._today()
        if self.show_all_check.isChecked():
            rows = [s for s in statuses if s.destroy_on is not None or s.legal_hold_reason]
        else:
            rows = [
                s
                for s in statuses
                if s.is_due(today)
                or (s.legal_hold_reason and s.destroy_on is not None and s.destroy_on <= today)
            ]
        return sorted(rows, key=lambda s: (s.destroy_on or dt.date.max, s.case_code))

    @Slot()
    def reload(self) -> None:
        selected = self.selected_status()
        retention = self._vault.retention
        policy = retention.policy()
        self.rule_label.setText(
            self.tr("Retention rule (Settings → Retention): {rule}.").format(rule=rule_text(policy))
        )
        self.model.set_statuses(self._rows(retention.statuses()), _rule_name(policy.profile.value))
        self.log_model.set_records(retention.destruction_log())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if selected is not None:
            self.select_client(selected.client_id)
        self._update_buttons()

    def selected_status(self) -> RetentionStatus | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.status(rows[0].row()) if rows else None

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    @Slot()
    def _update_buttons(self) -> None:
        status = self.selected_status()
        held = status is not None and status.legal_hold_reason is not None
        self.hold_button.setEnabled(
            status is not None and not held and bool(self.reason_edit.text().strip())
        )
        self.release_button.setEnabled(held)
        self.destroy_button.setEnabled(
            status is not None and not held and status.is_due(self._today())
        )

    def _op(self, work: Callable[[], T]) -> VaultOp[T]:
        """Quick vault work whose error is told on the message line."""
        return self._ops.op(self, "", work).on_error(
            lambda error: self._say(error_text(error), error=True)
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        set_tone(self.message_label, "error" if error else None)

    # -- legal hold -------------------------------------------------------------------
    @Slot()
    def place_hold(self) -> None:
        status = self.selected_status()
        if status is None:
            return
        reason = self.reason_edit.text()
        self._op(lambda: self._vault.retention.set_legal_hold(status.client_id, reason)).on_success(
            lambda _: self._hold_placed(status)
        ).run()

    def _hold_placed(self, status: RetentionStatus) -> None:
        self.reason_edit.clear()
        self._say(
            self.tr(
                "{code} is on legal hold: it is kept past its date until you release it."
            ).format(code=status.case_code)
        )
        self.reload()

    @Slot()
    def release_hold(self) -> None:
        status = self.selected_status()
        if status is None:
            return
        self._op(lambda: self._vault.retention.release_legal_hold(status.client_id)).on_success(
            lambda _: self._hold_released(status)
        ).run()

    def _hold_released(self, status: RetentionStatus) -> None:
        self._say(self.tr("The legal hold on {code} was released.").format(code=status.case_code))
        self.reload()

    # -- destruction ------------------------------------------------------------------
    @Slot()
    def ask_destroy(self) -> DestroyDialog | None:
        status = self.selected_status()
        if status is None or status.legal_hold_reason is not None:
            return None
        plan = self._op(lambda: self._vault.retention.plan_destruction(status.client_id)).result_or(
            None
        )
        if plan is None:
            return None
        dialog = DestroyDialog(self._vault, self._runner, plan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(lambda record, d=dialog: self._destroyed(d.plan.client_id, record))
        self.destroy_dialog = dialog
        dialog.open()
        return dialog

    def _destroyed(self, client_id: int, record: object) -> None:
        code = getattr(record, "case_code", "")
        self.destroy_dialog = None
        self._say(self.tr("The records of {code} were destroyed.").format(code=code))
        self.reload()
        self.destroyed_client.emit(client_id)

    def reject(self) -> None:
        if self.destroy_dialog is not None and self.destroy_dialog.is_busy:
            return
        self.model.set_statuses([], "")
        self.log_model.set_records([])
        super().reject()
