"""Client → Export for Supervision… and Print Full Record…: the entries and their flows.

Kept out of ``main_window.py`` like ``vault_actions.py``. The export dialog is tracked by
the vault actions, so a lock closes it at once (its typed texts are kept with the case
first). The full record is the counselor's own unredacted copy: it is written only after
a confirmation that it identifies the client and is not encrypted, off the GUI thread.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from counsel_desk.domain.notes import is_record_note
from counsel_desk.i18n import shown_path
from counsel_desk.ui.operations import VaultOp
from counsel_desk.ui.tasks import Task

if TYPE_CHECKING:
    from counsel_desk.services.supervision import ExportResult
    from counsel_desk.ui.context import AppContext, WindowHost
    from counsel_desk.ui.dialogs.supervision_export_dialog import SupervisionExportDialog


def default_record_name(case_code: str, day_iso: str) -> str:
    code = re.sub(r"[^A-Za-z0-9_-]+", "-", case_code).strip("-") or "case"
    return f"record-{code}-{day_iso}.pdf"


class SupervisionActions(QObject):
    def __init__(self, context: AppContext, host: WindowHost) -> None:
        widget = host.window_widget()
        super().__init__(widget)
        self.context = context
        self.host = host
        self._dialog_parent = widget  # of the dialogs and shortcuts
        self.dialog: SupervisionExportDialog | None = None
        self._record_op: VaultOp[ExportResult] | None = None  # a full record being written

        self.export_action = QAction(self.tr("Export for &Supervision…"), widget)
        self.export_action.setObjectName("exportSupervisionAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = self.tr("A redacted case summary for clinical supervision (Ctrl+E)")
        self.export_action.setStatusTip(tip)
        self.export_action.setToolTip(tip)
        self.export_action.triggered.connect(lambda *_: self.export_for_supervision())
        widget.addAction(self.export_action)

        self.full_record_action = QAction(self.tr("Print &Full Record…"), widget)
        self.full_record_action.setObjectName("fullRecordAction")
        self.full_record_action.setStatusTip(
            self.tr("The complete, unredacted record of this client as a PDF")
        )
        self.full_record_action.triggered.connect(lambda *_: self.print_full_record())
        widget.addAction(self.full_record_action)

    # -- menus and state --------------------------------------------------------------
    def add_to_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.full_record_action)

    def update_enabled(self, unlocked: bool) -> None:
        self.export_action.setEnabled(unlocked)
        self.full_record_action.setEnabled(
            unlocked and self.host.current_client_id() is not None and not self._writing_record
        )

    @property
    def _unlocked(self) -> bool:
        return self.context.vault.is_unlocked and not self.host.lock_pending

    # -- export for supervision -------------------------------------------------------
    @Slot()
    def export_for_supervision(
        self, client_id: int | None = None
    ) -> SupervisionExportDialog | None:
        context = self.context
        if not self._unlocked:
            return None
        # The dialog may change the profile (a name added as another person): edits
        # pending in the profile are settled first, so nothing is overwritten later.
        if not self.host.resolve_unsaved_changes():
            return None
        from counsel_desk.ui.dialogs.supervision_export_dialog import SupervisionExportDialog

        dialog = SupervisionExportDialog(
            context.vault,
            context.runner,
            context.chooser,
            self._dialog_parent,
            client_id=client_id if client_id is not None else self.host.current_client_id(),
            today=context.today(),
            privacy=self.host.privacy,
            language=context.settings.language or "en",
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.record_changed.connect(self.host.client_changed)
        dialog.exported.connect(self._exported)
        dialog.finished.connect(self._dialog_closed)
        self.host.track_vault_dialog(dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _dialog_closed(self) -> None:
        self.dialog = None

    @Slot(object)
    def _exported(self, result: object) -> None:
        from counsel_desk.services.supervision import ExportResult

        if isinstance(result, ExportResult):
            text = (
                self.tr("Supervision summary saved, protected with its password: {name}")
                if result.protected
                else self.tr("Supervision summary saved (not encrypted): {name}")
            )
            self.host.show_status(text.format(name=shown_path(result.path.name)), 10000)

    # -- full record ----------------------------------------------------------------------
    @Slot()
    def print_full_record(self, client_id: int | None = None) -> Task[ExportResult] | None:
        context, parent = self.context, self._dialog_parent
        client_id = client_id if client_id is not None else self.host.current_client_id()
        if not self._unlocked or client_id is None or self._writing_record:
            return None
        if not self.host.resolve_unsaved_changes():
            return None
        known = client_id
        client = context.ops.op(
            parent, self.tr("Print Full Record"), lambda: context.vault.clients.get(known)
        ).result_or(None)
        if client is None:
            return None
        code = client.case_code or ""
        if not context.prompter.confirm(
            parent,
            self.tr("Print Full Record"),
            self.tr(
                "The full record of {code} holds the client's name and every identifying "
                "detail, unredacted. Keep it where only you, or whoever may read it, can "
                "read it; protect it with a password if it leaves your hands. Write it now?"
            ).format(code=code),
        ):
            return None
        private = [n for n in client.sessions if not is_record_note(n)]
        include_private = bool(private) and context.prompter.confirm(
            parent,
            self.tr("Print Full Record"),
            self.tr(
                "{count} of these notes are your private process or sole-possession notes, "
                "which are not part of the record. Include them in this print?"
            ).format(count=len(private)),
        )
        language = "id" if QLocale().language() == QLocale.Language.Indonesian else "en"
        from counsel_desk.ui.dialogs.share_dialog import ShareRequest

        sharing = context.chooser.share(
            parent,
            ShareRequest(self.tr("the full record of {code}").format(code=code), language),
        )
        if sharing is None:
            return None
        suggested = Path.home() / default_record_name(code, context.today().isoformat())
        target = context.chooser.save_file(
            parent, self.tr("Save the full record as"), suggested, self.tr("PDF (*.pdf)")
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        chosen = target
        op = context.ops.op(
            parent,
            self.tr("The full record was not saved"),
            lambda: context.vault.supervision.export_full_record(
                known, chosen, include_private=include_private, language=language, sharing=sharing
            ),
        )
        self._record_op = op
        op.on_done(self._record_ended).on_success(
            lambda result: self._record_written(result, known)
        )
        self.host.show_status(self.tr("Writing the full record…"))
        task = op.run_in_background()
        self.host.vault_state_changed()
        return task

    @property
    def _writing_record(self) -> bool:
        return self._record_op is not None and self._record_op.running

    def _record_ended(self) -> None:
        self.host.vault_state_changed()
        self.host.show_status("")

    def _record_written(self, result: ExportResult, client_id: int) -> None:
        text = (
            self.tr("Full record saved, protected with its password: {path}")
            if result.protected
            else self.tr("Full record saved (not encrypted): {path}")
        )
        shown = text.format(path=shown_path(result.path))
        if not result.logged:
            shown += " " + self.tr(
                "The vault cannot be written now (read-only or full): this disclosure is "
                "not in its log."
            )
        self.host.show_status(shown, 15000)
        self.host.client_changed(client_id)  # its disclosure log has a row more
