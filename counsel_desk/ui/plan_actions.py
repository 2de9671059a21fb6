"""Support plans, reminders, the term report and breach response: what the window does
with them, kept out of ``main_window.py`` like ``vault_actions.py``.

* The dashboard's reminders are refreshed with the caseload (``refresh_reminders``), a
  follow-up is marked done (``complete_follow_up``), and the plan on screen is read again
  when a note or a follow-up changed (the window connects the views' signals here).
* Reports → Term Report… and Breach Response… open dialogs tracked by the vault
  actions, so a lock closes them at once.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar

from counsel_desk.domain.reminders import Reminder
from counsel_desk.i18n import CounselDeskError
from counsel_desk.ui.operations import NewestRead, user_text

if TYPE_CHECKING:
    from counsel_desk.ui.context import AppContext, WindowHost
    from counsel_desk.ui.dialogs.activity_log_dialog import ActivityLogDialog
    from counsel_desk.ui.dialogs.appointments_dialog import AppointmentsDialog
    from counsel_desk.ui.dialogs.bk_report_dialog import BkReportDialog
    from counsel_desk.ui.dialogs.breach_dialog import BreachDialog
    from counsel_desk.ui.dialogs.needs_dialog import NeedsAssessmentDialog
    from counsel_desk.ui.dialogs.program_dialog import ProgramDialog
    from counsel_desk.ui.dialogs.report_dialog import ReportDialog
    from counsel_desk.ui.dialogs.roster_import_dialog import RosterImportDialog
    from counsel_desk.ui.dialogs.roster_list_dialog import RosterListDialog
    from counsel_desk.ui.dialogs.sociometry_dialog import SociometryDialog


class PlanActions(QObject):
    def __init__(self, context: AppContext, host: WindowHost) -> None:
        widget = host.window_widget()
        super().__init__(widget)
        self.context = context
        self.host = host
        self._dialog_parent = widget  # of the dialogs and shortcuts
        # Read in the background: only the newest answer, for the vault still open.
        self._reminders: NewestRead[list[Reminder]] = NewestRead(
            context.runner,
            "the reminders",
            context.vault,
            lambda: host.lock_pending,
            lambda text: host.show_status(text, 6000),
        )
        self.report_dialog: ReportDialog | None = None
        self.activity_dialog: ActivityLogDialog | None = None
        self.breach_dialog: BreachDialog | None = None
        self.needs_dialog: NeedsAssessmentDialog | None = None
        self.program_dialog: ProgramDialog | None = None
        self.bk_report_dialog: BkReportDialog | None = None
        self.appointments_dialog: AppointmentsDialog | None = None
        self.roster_dialog: RosterImportDialog | None = None
        self.roster_action = QAction(self.tr("Import &Class List…"), widget)
        self.roster_action.setObjectName("importRosterAction")
        self.roster_action.setStatusTip(
            self.tr("Students from a Dapodik export or a homeroom list, without opening cases")
        )
        self.roster_action.triggered.connect(lambda *_: self.show_roster_import())
        self.roster_list_dialog: RosterListDialog | None = None
        self.roster_list_action = QAction(self.tr("Class &List…"), widget)
        self.roster_list_action.setObjectName("rosterListAction")
        self.roster_list_action.setStatusTip(
            self.tr("The students of the class lists; open a case for one of them")
        )
        self.roster_list_action.triggered.connect(lambda *_: self.show_roster_list())

        self.report_action = QAction(self.tr("&Term Report…"), widget)
        self.report_action.setObjectName("termReportAction")
        self.report_action.setStatusTip(
            self.tr("Figures for the school without names: clients, sessions, time spent")
        )
        self.report_action.triggered.connect(lambda *_: self.show_report())
        self.needs_action = QAction(self.tr("&Needs Assessment…"), widget)
        self.needs_action.setObjectName("needsAssessmentAction")
        self.needs_action.setStatusTip(
            self.tr("AKPD: the students' needs per class, filled on paper or in a kiosk")
        )
        self.needs_action.triggered.connect(lambda *_: self.show_needs())
        self.sociometry_dialog: SociometryDialog | None = None
        self.sociometry_action = QAction(self.tr("S&ociometry…"), widget)
        self.sociometry_action.setObjectName("sociometryAction")
        self.sociometry_action.setStatusTip(
            self.tr(
                "Who in a class chooses whom: the sociogram, and a version for the homeroom teacher"
            )
        )
        self.sociometry_action.triggered.connect(lambda *_: self.show_sociometry())
        self.program_action = QAction(self.tr("BK &Program…"), widget)
        self.program_action.setObjectName("bkProgramAction")
        self.program_action.setStatusTip(
            self.tr("Program tahunan / semesteran drafted from the needs, with each RPL BK")
        )
        self.program_action.triggered.connect(lambda *_: self.show_program())
        self.bk_report_action = QAction(self.tr("BK &Service Report…"), widget)
        self.bk_report_action.setObjectName("bkReportAction")
        self.bk_report_action.setStatusTip(
            self.tr("Laporan pelaksanaan layanan BK: services, classes, workload in JP, ASCA")
        )
        self.bk_report_action.triggered.connect(lambda *_: self.show_bk_report())
        self.activity_action = QAction(self.tr("&Activity Log…"), widget)
        self.activity_action.setObjectName("activityLogAction")
        self.activity_action.setStatusTip(
            self.tr("Classical guidance, meetings and duties that are not about one student")
        )
        self.activity_action.triggered.connect(lambda *_: self.show_activity_log())
        self.appointments_action = QAction(self.tr("A&ppointments…"), widget)
        self.appointments_action.setObjectName("appointmentsAction")
        self.appointments_action.setStatusTip(
            self.tr("The week of appointments and the students' requests to talk")
        )
        self.appointments_action.triggered.connect(lambda *_: self.show_appointments())
        self.breach_action = QAction(self.tr("&Breach Response…"), widget)
        self.breach_action.setObjectName("breachAction")
        self.breach_action.setStatusTip(
            self.tr("The laptop is lost or the vault may have been exposed: what to do now")
        )
        self.breach_action.triggered.connect(lambda *_: self.show_breach())

    # -- menus and state --------------------------------------------------------------
    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Reports"))
        menu.addAction(self.appointments_action)
        menu.addSeparator()
        menu.addAction(self.activity_action)
        menu.addAction(self.report_action)
        menu.addAction(self.bk_report_action)
        menu.addSeparator()
        menu.addAction(self.needs_action)
        menu.addAction(self.sociometry_action)
        menu.addAction(self.program_action)
        menu.addSeparator()
        menu.addAction(self.breach_action)

    def add_file_entries(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.roster_action)
        menu.addAction(self.roster_list_action)

    def update_enabled(self, unlocked: bool) -> None:
        self.roster_action.setEnabled(unlocked)
        self.roster_list_action.setEnabled(unlocked)
        self.report_action.setEnabled(unlocked)
        self.bk_report_action.setEnabled(unlocked)
        self.activity_action.setEnabled(unlocked)
        self.appointments_action.setEnabled(unlocked)
        self.needs_action.setEnabled(unlocked)
        self.sociometry_action.setEnabled(unlocked)
        self.program_action.setEnabled(unlocked)
        self.breach_action.setEnabled(unlocked)

    # -- reminders ------------------------------------------------------------------------
    def refresh_reminders(self) -> None:
        """Read what comes due in the background (every profile: the window would stop
        0.1-0.5 s) and show it, unless a newer read was asked or the vault that was
        asked is no longer the one open (a lock came, or is under way, meanwhile)."""
        context = self.context
        now = dt.datetime.combine(context.today(), dt.datetime.now().time())
        if not self._reminders.ask(
            self._dialog_parent,
            lambda: context.vault.reminders.reminders(now),
            self.host.show_reminders,
        ):
            self.host.show_reminders([])

    @property
    def reminders_pending(self) -> bool:
        """The reminders are being read in the background."""
        return self._reminders.pending

    def complete_follow_up(self, follow_up_id: int) -> None:
        context = self.context
        context.ops.op(
            self._dialog_parent,
            "",
            lambda: context.vault.reminders.complete_follow_up(follow_up_id),
        ).on_success(lambda _: self._follow_up_completed()).on_error(self._tell).run()

    def _follow_up_completed(self) -> None:
        self.refresh_reminders()
        self.host.reload_plan()

    def _tell(self, error: CounselDeskError) -> None:
        self.host.show_status(user_text(error), 6000)

    def notes_changed(self) -> None:
        """A note was saved or signed: its ratings and measures on the plan's charts."""
        if self.context.vault.is_unlocked:
            self.host.reload_plan()

    # -- dialogs --------------------------------------------------------------------------
    def _opened(self, dialog: QDialog, attribute: str) -> None:
        """Open ``dialog`` as ``self.<attribute>`` until it closes; a lock closes it."""
        self.host.track_vault_dialog(dialog)
        dialog.finished.connect(lambda *_: setattr(self, attribute, None))
        # A lock hides and deletes it without ``finished``: forget it then too, so a later
        # privacy toggle never reaches a deleted dialog.
        dialog.destroyed.connect(lambda *_: self._forget(attribute, dialog))
        setattr(self, attribute, dialog)
        dialog.open()

    def _forget(self, attribute: str, dialog: QDialog) -> None:
        if getattr(self, attribute, None) is dialog:
            setattr(self, attribute, None)

    def show_report(self) -> ReportDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(
            lambda: context.vault.reports,
            context.runner,
            context.chooser,
            self._dialog_parent,
            today=context.today,
            language=context.settings.language or "en",
        )
        self._opened(dialog, "report_dialog")
        dialog.refresh()
        return dialog

    def show_bk_report(self) -> BkReportDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.bk_report_dialog import BkReportDialog

        dialog = BkReportDialog(
            lambda: context.vault.bk_reports,
            context.runner,
            context.chooser,
            self._dialog_parent,
            today=context.today,
            language=context.settings.language or "en",
        )
        self._opened(dialog, "bk_report_dialog")
        dialog.load_settings()
        return dialog

    def show_roster_import(self) -> RosterImportDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(
            lambda: context.vault.roster, context.ops, context.chooser, self._dialog_parent
        )
        self._opened(dialog, "roster_dialog")
        return dialog

    def show_roster_list(self) -> RosterListDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.roster_list_dialog import RosterListDialog

        dialog = RosterListDialog(
            lambda: context.vault.roster, context.ops, self.host.client_changed, self._dialog_parent
        )
        self._opened(dialog, "roster_list_dialog")
        dialog.refresh()
        return dialog

    def show_activity_log(self) -> ActivityLogDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.activity_log_dialog import ActivityLogDialog

        dialog = ActivityLogDialog(
            lambda: context.vault.activities,
            context.ops,
            context.prompter,
            self._dialog_parent,
            today=context.today,
            planned=lambda: context.vault.needs.program(),
        )
        self._opened(dialog, "activity_dialog")
        dialog.refresh()
        return dialog

    def show_appointments(self) -> AppointmentsDialog | None:
        context, host = self.context, self.host
        if not context.vault.is_unlocked:
            return None

        def case_codes() -> list[tuple[int, str]]:
            return sorted(
                ((s.id, s.case_code) for s in context.vault.clients.list_summaries()),
                key=lambda pair: pair[1],
            )

        def calendar_language() -> str:
            language = context.settings.language
            if language:
                return language
            return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"

        from counsel_desk.ui.dialogs.appointments_dialog import AppointmentsDialog

        dialog = AppointmentsDialog(
            lambda: context.vault.appointments,
            case_codes,
            context.ops,
            context.prompter,
            context.chooser,
            self._dialog_parent,
            today=context.today,
            language=calendar_language,
            privacy=host.privacy,
        )

        def write_note(client_id: int) -> None:
            dialog.accept()
            host.start_session_note(client_id)

        dialog.note_requested.connect(write_note)
        dialog.client_opened.connect(host.client_changed)
        self._opened(dialog, "appointments_dialog")
        dialog.refresh_queue()
        return dialog

    def set_privacy(self, on: bool) -> None:
        """Privacy mode turned on or off: the appointments window follows."""
        if self.appointments_dialog is not None:
            self.appointments_dialog.set_privacy(on)
        if self.sociometry_dialog is not None:
            self.sociometry_dialog.load_round()

    def show_needs(self) -> NeedsAssessmentDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.needs_dialog import NeedsAssessmentDialog

        dialog = NeedsAssessmentDialog(
            lambda: context.vault.needs,
            lambda: context.vault.clients.list_summaries(),
            lambda passphrase: context.vault.verify_passphrase(passphrase),
            context.ops,
            context.prompter,
            self._dialog_parent,
            today=context.today,
            language=context.settings.language or "en",
            track=self.host.track_vault_dialog,
            lock=self.host.lock,
        )
        self._opened(dialog, "needs_dialog")
        dialog.refresh()
        return dialog

    def show_sociometry(self) -> SociometryDialog | None:
        context, host = self.context, self.host
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.sociometry_dialog import SociometryDialog

        dialog = SociometryDialog(
            lambda: context.vault.sociometry,
            lambda passphrase: context.vault.verify_passphrase(passphrase),
            context.ops,
            context.prompter,
            context.chooser,
            self._dialog_parent,
            today=context.today,
            language=context.settings.language or "en",
            track=host.track_vault_dialog,
            lock=host.lock,
            privacy=lambda: host.privacy,
        )
        self._opened(dialog, "sociometry_dialog")
        dialog.refresh()
        return dialog

    def show_program(self) -> ProgramDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.program_dialog import ProgramDialog

        dialog = ProgramDialog(
            lambda: context.vault.needs,
            context.ops,
            context.prompter,
            context.chooser,
            self._dialog_parent,
            today=context.today,
            language=context.settings.language or "en",
        )
        self._opened(dialog, "program_dialog")
        dialog.refresh()
        return dialog

    def show_breach(self) -> BreachDialog | None:
        context = self.context
        if not context.vault.is_unlocked:
            return None
        from counsel_desk.ui.dialogs.breach_dialog import BreachDialog

        dialog = BreachDialog(
            lambda: context.vault.breach, context.chooser, self._dialog_parent, today=context.today
        )
        self._opened(dialog, "breach_dialog")
        return dialog
