"""Support plans, reminders, the term report and breach response: their wiring into the
main window, kept out of ``main_window.py`` like ``vault_actions.py``.

* The Plan tab and the note editor's ratings box get their services here.
* The dashboard's reminders are refreshed with the caseload (``refresh_reminders``).
* Reports → Term Report… and Breach Response… open dialogs tracked by the vault
  actions, so a lock closes them at once.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from counsel_desk.i18n import CounselDeskError
from counsel_desk.ui.dialogs.breach_dialog import BreachDialog
from counsel_desk.ui.dialogs.report_dialog import ReportDialog
from counsel_desk.ui.operations import user_text

if TYPE_CHECKING:
    from counsel_desk.ui.main_window import MainWindow


class PlanActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.report_dialog: ReportDialog | None = None
        self.breach_dialog: BreachDialog | None = None

        profile = window.profile_view
        plan_view = profile.plan_view
        plan_view.set_services(lambda: window.vault.plans, lambda: window.vault.reminders)
        plan_view.set_error_handler(lambda title, text: window.prompter.error(window, title, text))
        plan_view.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        plan_view.plan_changed.connect(self.refresh_reminders)
        editor = profile.sessions_view.editor
        editor.progress.set_service(lambda: window.vault.plans)
        editor.progress.error.connect(lambda text: editor.status_label.setText(text))
        profile.sessions_view.notes_changed.connect(self._notes_changed)
        reminders = window.dashboard_view.reminders
        reminders.follow_up_done.connect(self.complete_follow_up)

        self.report_action = QAction(self.tr("&Term Report…"), window)
        self.report_action.setObjectName("termReportAction")
        self.report_action.setStatusTip(
            self.tr("Figures for the school without names: clients, sessions, time spent")
        )
        self.report_action.triggered.connect(lambda *_: self.show_report())
        self.breach_action = QAction(self.tr("&Breach Response…"), window)
        self.breach_action.setObjectName("breachAction")
        self.breach_action.setStatusTip(
            self.tr("The laptop is lost or the vault may have been exposed: what to do now")
        )
        self.breach_action.triggered.connect(lambda *_: self.show_breach())

    # -- menus and state --------------------------------------------------------------
    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Reports"))
        menu.addAction(self.report_action)
        menu.addSeparator()
        menu.addAction(self.breach_action)

    def update_enabled(self, unlocked: bool) -> None:
        self.report_action.setEnabled(unlocked)
        self.breach_action.setEnabled(unlocked)

    # -- reminders ------------------------------------------------------------------------
    def refresh_reminders(self) -> None:
        window = self.window
        panel = window.dashboard_view.reminders
        if not window.vault.is_unlocked:
            panel.clear()
            return
        now = dt.datetime.combine(window.today(), dt.datetime.now().time())
        window.ops.op(window, "", lambda: window.vault.reminders.reminders(now)).on_success(
            panel.set_items
        ).on_error(self._tell).run()

    def complete_follow_up(self, follow_up_id: int) -> None:
        window = self.window
        window.ops.op(
            window, "", lambda: window.vault.reminders.complete_follow_up(follow_up_id)
        ).on_success(lambda _: self._follow_up_completed()).on_error(self._tell).run()

    def _follow_up_completed(self) -> None:
        self.refresh_reminders()
        plan_view = self.window.profile_view.plan_view
        if plan_view.record is not None:
            plan_view.reload()

    def _tell(self, error: CounselDeskError) -> None:
        self.window.statusBar().showMessage(user_text(error), 6000)

    def _notes_changed(self) -> None:
        plan_view = self.window.profile_view.plan_view
        if self.window.vault.is_unlocked and plan_view.record is not None:
            plan_view.reload()  # ratings and measures of the saved note on the charts

    # -- dialogs --------------------------------------------------------------------------
    def show_report(self) -> ReportDialog | None:
        window = self.window
        if not window.vault.is_unlocked:
            return None
        dialog = ReportDialog(
            lambda: window.vault.reports,
            window.runner,
            window.chooser,
            window,
            today=window.today,
            language=window.settings.language or "en",
        )
        window.vault_actions.track(dialog)
        dialog.finished.connect(lambda *_: setattr(self, "report_dialog", None))
        self.report_dialog = dialog
        dialog.open()
        dialog.refresh()
        return dialog

    def show_breach(self) -> BreachDialog | None:
        window = self.window
        if not window.vault.is_unlocked:
            return None
        dialog = BreachDialog(
            lambda: window.vault.breach, window.chooser, window, today=window.today
        )
        window.vault_actions.track(dialog)
        dialog.finished.connect(lambda *_: setattr(self, "breach_dialog", None))
        self.breach_dialog = dialog
        dialog.open()
        return dialog
