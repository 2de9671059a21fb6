"""Vault → Audit Trail: every recorded action, filterable by case code and action;
Verify checks the chain and the database; Export writes the filtered rows to CSV."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import CounselDeskError, UserMessage, shown_path
from counsel_desk.private_files import failure_reason, write_private
from counsel_desk.services.integrity import AuditEntry, verify
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.models.audit_model import (
    AuditColumn,
    AuditFilterProxy,
    AuditTableModel,
    action_label,
    audit_time_text,
)
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.tasks import Runner, Task
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import translate

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (a case code such as
    ``=HYPERLINK(...)``): OWASP's CSV-injection rule, a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def audit_csv(entries: list[AuditEntry]) -> str:
    """Time, action and case code of each entry. No detail column: a detail can hold a
    file name the counselor typed, and the export must carry no client names."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["time", "action", "action_label", "case_code"])
    for entry in entries:
        writer.writerow(
            [
                audit_time_text(entry.at),
                entry.action,
                action_label(entry.action),
                _cell(entry.case_code or ""),
            ]
        )
    return out.getvalue()


class AuditDialog(QDialog):
    def __init__(
        self,
        vault: VaultService,
        runner: Runner,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.chooser = chooser
        self._today = today or dt.date.today()
        # Its errors are said in the dialog's own status line.
        self._ops = Operations(runner, None)
        self._loading: VaultOp[list[AuditEntry]] | None = None
        self._verifying: VaultOp[list[UserMessage]] | None = None
        self.problems: list[str] | None = None
        self.setWindowTitle(self.tr("Audit Trail"))
        self.resize(900, 600)

        intro = QLabel(
            self.tr(
                "Every unlock, change, signature, export and destruction is recorded here, "
                "by case code, never with the content of a record. Each entry is sealed to "
                "the one before it, so an edited, removed or reordered entry is detected by "
                "Verify."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("caseCodeFilter")
        self.code_edit.setPlaceholderText(self.tr("Case code"))
        self.code_edit.setClearButtonEnabled(True)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("actionFilter")
        self.action_combo.addItem(self.tr("All actions"), None)
        self.action_combo.setAccessibleDescription(
            self.tr("Which kind of entry the trail lists, or all of them.")
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter:"), self))
        filters.addWidget(self.code_edit, 1)
        filters.addWidget(self.action_combo, 1)
        filters.addWidget(self.count_label)

        self.model = AuditTableModel(self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setAccessibleDescription(
            self.tr("Everything done in the vault, newest first: when, what and for which case.")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditColumn.TIME, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in (AuditColumn.TIME, AuditColumn.ACTION, AuditColumn.CASE_CODE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditColumn.DETAIL, QHeaderView.ResizeMode.Stretch)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        self.verify_label = QLabel(self)
        self.verify_label.setObjectName("verifyLabel")
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setAccessibleDescription(
            self.tr("Checks that no entry of the trail was changed or taken out.")
        )
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleDescription(
            self.tr("Saves the entries listed as a CSV file where you choose; it is not encrypted.")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleDescription(self.tr("Closes the audit trail."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.verify_label)
        layout.addLayout(buttons)

        self.code_edit.textChanged.connect(self._filter_changed)
        self.action_combo.currentIndexChanged.connect(self._filter_changed)
        self.verify_button.clicked.connect(self.start_verify)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.load()

    # -- loading ----------------------------------------------------------------------
    def load(self) -> Task[list[AuditEntry]]:
        self.busy.setVisible(True)
        op = self._ops.op(self, "", self._vault.audit_entries).on_done(self._update_busy)
        self._loading = op.on_success(self._loaded).on_error(self._failed)
        return op.run_in_background()

    @property
    def is_loading(self) -> bool:
        return self._loading is not None and self._loading.running

    def _loaded(self, entries: list[AuditEntry]) -> None:
        self.model.set_entries(entries)
        current = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        while self.action_combo.count() > 1:
            self.action_combo.removeItem(1)
        for action in self.model.actions():
            self.action_combo.addItem(action_label(action), action)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(current)))
        self.action_combo.blockSignals(False)
        self._filter_changed()

    def _failed(self, error: CounselDeskError) -> None:
        self._say(user_text(error), ok=False)

    def _update_busy(self) -> None:
        verifying = self._verifying is not None and self._verifying.running
        self.busy.setVisible(self.is_loading or verifying)
        self.verify_button.setEnabled(not verifying)

    @Slot()
    def _filter_changed(self) -> None:
        self.proxy.set_case_code_filter(self.code_edit.text())
        self.proxy.set_action_filter(self.action_combo.currentData())
        self.count_label.setText(
            self.tr("{shown} of {total}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def set_action_filter(self, action: str | None) -> None:
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action)))

    # -- verify -----------------------------------------------------------------------
    @Slot()
    def start_verify(self) -> Task[list[UserMessage]] | None:
        if self._verifying is not None and self._verifying.running:
            return None
        self.problems = None
        self._say(self.tr("Checking the encrypted pages, the database and the audit chain…"))
        op = self._ops.op(self, "", lambda: verify(self._vault)).on_done(self._update_busy)
        self._verifying = op.on_success(self._verified).on_error(self._verify_failed)
        task = op.run_in_background()
        self._update_busy()
        return task

    def _verified(self, problems: list[UserMessage]) -> None:
        self.problems = [translate(p) for p in problems]
        if not problems:
            self._say(
                self.tr(
                    "Verified: the encrypted pages, the database and all {count} audit "
                    "entries are intact."
                ).format(count=self.model.rowCount()),
                ok=True,
            )
        else:
            self._say(
                self.tr(
                    "Problems found: {problems}. Restore from a backup made before this."
                ).format(problems="; ".join(self.problems)),
                ok=False,
            )

    def _verify_failed(self, error: CounselDeskError) -> None:
        self.problems = [user_text(error)]
        self._say(self.problems[0], ok=False)

    def _say(self, text: str, ok: bool | None = None) -> None:
        self.verify_label.setText(text)
        set_tone(self.verify_label, {True: "success", False: "error", None: None}[ok])

    # -- export -----------------------------------------------------------------------
    @Slot()
    def export(self) -> Path | None:
        suggested = Path.home() / f"counsel-desk-audit-{self._today.isoformat()}.csv"
        path = self.chooser.save_file(
            self, self.tr("Export the audit trail"), suggested, self.tr("CSV (*.csv)")
        )
        if path is None:
            return None
        data = audit_csv(self.proxy.visible_entries()).encode("utf-8")
        try:
            write_private(path, data)
        except OSError as exc:
            self._say(
                self.tr("The export could not be written: {reason}.").format(
                    reason=translate(failure_reason(exc))
                ),
                ok=False,
            )
            return None
        digest = hashlib.sha256(data).hexdigest()
        self._vault.record_export(f"audit trail CSV sha256:{digest}")
        self._say(
            self.tr(
                "Exported {count} entries to {path}. The file holds case codes and actions, "
                "no names, and is not encrypted."
            ).format(count=self.proxy.rowCount(), path=shown_path(path)),
            ok=True,
        )
        return path

    def reject(self) -> None:
        self.model.clear()
        super().reject()
