"""Confirm the destruction of one client's records: says exactly what goes, which
backups still hold it, and asks for the case code to be typed."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from counsel_desk.services.retention import DestructionPlan
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.task_dialog import TaskDialog
from counsel_desk.ui.models.retention_model import service_dates
from counsel_desk.ui.tasks import TaskRunner
from counsel_desk.ui.theme import set_tone


class DestroyDialog(TaskDialog):
    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        plan: DestructionPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent, self.tr("Destroy Records"))
        self._vault = vault
        self.plan = plan
        self.setMinimumWidth(600)
        self.intro_label.setText(
            self.tr("Every record of case {code} will be destroyed for good:").format(
                code=plan.case_code
            )
        )
        self.intro_label.setVisible(True)
        self.summary_label = QLabel(self._summary(), self)
        self.summary_label.setObjectName("destroySummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backups_label = QLabel(self._backups(), self)
        self.backups_label.setObjectName("destroyBackups")
        self.backups_label.setWordWrap(True)
        self.backups_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.backups_label, "caution")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("confirmCodeEdit")
        self.code_edit.setPlaceholderText(plan.case_code)
        self.extra.addWidget(self.summary_label)
        self.extra.addWidget(self.backups_label)
        self.form.addRow(
            self.tr("Type {code} to confirm:").format(code=plan.case_code), self.code_edit
        )
        # The form sits above the summary in the base layout; put it last here.
        self.body.removeItem(self.form)
        self.extra.addLayout(self.form)
        self.code_edit.setAccessibleDescription(
            self.tr("Type the case code shown to confirm which case is destroyed.")
        )
        self.ok_button.setText(self.tr("Destroy for Good"))
        self.ok_button.setAccessibleDescription(
            self.tr("Deletes the case's records for good; this cannot be undone.")
        )
        set_tone(self.ok_button, "error", "font-weight: 600;")
        self.ok_button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.code_edit.textChanged.connect(self.refresh)
        self.refresh()

    def _summary(self) -> str:
        plan = self.plan
        lines = [
            self.tr("• the client's profile, guardians and contacts"),
            self.tr("• {sessions} session notes (with their addenda)").format(
                sessions=plan.sessions
            ),
            self.tr("• {consents} consent records").format(consents=plan.consents),
            self.tr("• dates of service: {dates}").format(
                dates=service_dates(plan.first_service, plan.last_service)
            ),
            "",
            self.tr(
                "The freed space in the vault is overwritten and compacted. Only the case "
                "code, the dates of service and today's date stay, in the destruction log."
            ),
        ]
        return "\n".join(lines)

    def _backups(self) -> str:
        held = self.plan.backups_still_holding
        if not held:
            text = self.tr("No automatic backup of this vault holds this case.")
        else:
            dates = ", ".join(b.created_at.strftime("%Y-%m-%d %H:%M") for b in held[:6]) + (
                " …" if len(held) > 6 else ""
            )
            size = sum(b.size for b in held)
            text = self.tr(
                "{count} automatic backups still hold this case until they rotate out "
                "({dates}; {size} in all)."
            ).format(count=len(held), dates=dates, size=QLocale().formattedDataSize(size, 1))
        return (
            text
            + " "
            + self.tr("Backups you saved yourself with Back Up Now hold it until you delete them.")
        )

    def can_submit(self) -> bool:
        return self.code_edit.text().strip() == self.plan.case_code

    def submit(self) -> None:
        self.run_task(
            self.tr("Destroying the records and overwriting the freed space…"),
            self._vault.retention.destroy_client,
            self.plan.client_id,
        )
