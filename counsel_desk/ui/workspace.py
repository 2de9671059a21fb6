"""The workspace while the vault is unlocked: the caseload, the Today view and one client's
record — opening, creating, saving and closing a case, the notes and consents tabs as they
change, search, recovered drafts, and what a refused note means before another client
replaces it (issue 14: out of ``main_window.py``).

The window builds the views and lays them out (``WorkspaceViews``); this controller holds
what they do together. It asks the window only for the little a :class:`WorkspaceHost`
offers: the window as a dialog parent, the status bar, its enabled state, a dialog to
close at lock, the lock itself and privacy mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QSplitter, QStackedWidget, QWidget

from counsel_desk.domain.model import Client
from counsel_desk.domain.notes import WorkingHours
from counsel_desk.domain.templates import TemplateId
from counsel_desk.domain.validation import Issue, ValidationError
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.clients import AttentionItem
from counsel_desk.services.notes import RecoveredDraft
from counsel_desk.ui.context import AppContext
from counsel_desk.ui.dialogs.search_dialog import SearchDialog
from counsel_desk.ui.models.client_table_model import ClientTableModel
from counsel_desk.ui.operations import NewestRead
from counsel_desk.ui.prompter import UnsavedAnswer
from counsel_desk.ui.read_only import ReadOnlyGuard
from counsel_desk.ui.spelling import Speller
from counsel_desk.ui.translate import error_text
from counsel_desk.ui.views.caseload_view import CaseloadView
from counsel_desk.ui.views.client_profile_view import ClientProfileView
from counsel_desk.ui.views.dashboard_view import DashboardView

if TYPE_CHECKING:
    from counsel_desk.services.vault_service import VaultService


@dataclass(frozen=True)
class WorkspaceViews:
    """The views of the workspace, laid out: the caseload beside the Today view or the
    client's profile."""

    client_model: ClientTableModel
    caseload_view: CaseloadView
    dashboard_view: DashboardView
    profile_view: ClientProfileView
    right_stack: QStackedWidget  # the Today view or the profile
    splitter: QSplitter  # the caseload | right_stack

    @classmethod
    def side_by_side(cls, parent: QWidget, today: Callable[[], dt.date]) -> WorkspaceViews:
        model = ClientTableModel(parent, today=today)
        caseload = CaseloadView(model, parent)
        dashboard = DashboardView(parent, today=today)
        profile = ClientProfileView(parent, today=today)
        right = QStackedWidget(parent)
        right.addWidget(dashboard)
        right.addWidget(profile)
        splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        splitter.addWidget(caseload)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([620, 660])  # a 1280-pixel window
        splitter.setChildrenCollapsible(False)
        return cls(model, caseload, dashboard, profile, right, splitter)


class WorkspaceHost(Protocol):
    """What the workspace may ask of the window."""

    def window_widget(self) -> QWidget: ...

    def show_status(self, text: str, ms: int = 0) -> None: ...

    def update_actions(self) -> None:
        """The menus' and toolbar's enabled state again (a client opened, saved, closed)."""
        ...

    def track_vault_dialog(self, dialog: QDialog) -> None: ...

    def lock(self) -> None: ...

    @property
    def lock_pending(self) -> bool:
        """The vault is still closing (in a worker) after a lock was asked."""
        ...

    @property
    def privacy(self) -> bool: ...


class ClientWorkspace(QObject):
    """The caseload, the Today view and the client on screen, while unlocked."""

    reloaded = Signal()  # the caseload and the Today view were read again

    def __init__(self, context: AppContext, views: WorkspaceViews, host: WorkspaceHost) -> None:
        super().__init__(host.window_widget())
        self.context = context
        self.host = host
        self._window = host.window_widget()
        self.client_model = views.client_model
        self.caseload_view = views.caseload_view
        self.dashboard_view = views.dashboard_view
        self.profile_view = views.profile_view
        self.right_stack = views.right_stack
        # A read-only vault: every editing control stays disabled (ui/read_only.py).
        self.read_only_guard = ReadOnlyGuard(self._window)
        self.search_dialog: SearchDialog | None = None
        # The Today view is read in the background: only the newest answer, for the vault
        # still open, is shown (ui/operations.NewestRead).
        self._today: NewestRead[tuple[list[AttentionItem], bool]] = NewestRead(
            context.runner,
            "the Today view",
            context.vault,
            lambda: host.lock_pending,
            lambda text: context.prompter.error(
                self._window, self.tr("Could not read the caseload"), text
            ),
        )
        self.caseload_view.client_activated.connect(self.open_client)
        self.dashboard_view.client_activated.connect(self.open_client)
        self.profile_view.dirty_changed.connect(lambda *_: host.update_actions())
        self.profile_view.save_requested.connect(self.save)
        self.profile_view.close_case_requested.connect(self.close_case)
        self.profile_view.consents_view.chooser = context.chooser
        self._wire_tabs()

    @property
    def vault(self) -> VaultService:
        return self.context.vault

    def today(self) -> dt.date:
        return self.context.today()

    @property
    def profile_shown(self) -> bool:
        return self.right_stack.currentWidget() is self.profile_view

    def current_client_id(self) -> int | None:
        """The client whose profile is shown; None on the Today view or a new profile."""
        return self.profile_view.client_id if self.profile_shown else None

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the caseload and the Today view from the vault.

        The caseload list is read at once (one query). The Today view needs every
        profile and consent (0.1 s at 1,000 clients, 0.5 s at 5,000: after every save
        the window would stop that long), so it is read in the background and shown
        when read — unless a newer refresh was asked or the vault locked meanwhile;
        ``reloaded`` follows it."""
        self._today.forget()  # whatever happens below, an older read is not shown
        if not self.vault.is_unlocked or self.host.lock_pending:
            return
        vault = self.vault
        if not self.context.ops.op(
            self._window,
            self.tr("Could not read the caseload"),
            lambda: self.client_model.set_summaries(vault.clients.list_summaries()),
        ).run():
            return
        self.caseload_view.select_client(self.current_client_id())
        today = self.today()

        def read() -> tuple[list[AttentionItem], bool]:
            return vault.clients.attention(today), vault.low_on_space

        self._today.ask(self._window, read, lambda found: self._show_today_view(*found))

    @property
    def refreshing(self) -> bool:
        """The Today view is being read in the background."""
        return self._today.pending

    def _show_today_view(self, items: list[AttentionItem], low_space: bool) -> None:
        self.dashboard_view.set_items(items)
        self.dashboard_view.set_low_space(low_space)
        self.reloaded.emit()

    def forget_client_data(self) -> None:
        """Nothing of a client stays on screen or in the views: the lock, a fault."""
        self._today.forget()  # a Today view still being read is not shown
        self.read_only_guard.set_read_only(False)  # the views set their own state again
        editor = self.profile_view.sessions_view.editor
        editor.forget_spelling_choices()
        editor.focus_button.setChecked(False)
        self.profile_view.clear()
        self.caseload_view.clear()
        self.dashboard_view.clear()
        self.right_stack.setCurrentWidget(self.dashboard_view)
        self.context.clipboard.clear_if_ours()
        # Her own words are forgotten until the next unlock, and every word the
        # dictionaries were asked about — last, once no view holds a note to check.
        self.speller.set_service(None)

    def show_today(self) -> None:
        """The Today view instead of a client's record (which is emptied)."""
        self.profile_view.clear()
        self.right_stack.setCurrentWidget(self.dashboard_view)

    def apply_read_only(self) -> None:
        """On a read-only vault disable every editing control of the profile (notes,
        consents, plan included) and of the dashboard; the exports stay."""
        if not self.vault.read_only:
            return
        sessions = self.profile_view.sessions_view
        self.read_only_guard.set_read_only(
            True,
            roots=(self.profile_view, self.dashboard_view),
            containers=(sessions.editor, sessions.viewer.duty),
            keep=(self.profile_view.export_button,),
        )

    def resolve_unsaved_changes(self) -> bool:
        """Ask what to do with unsaved edits; False when the user cancels."""
        if not self.profile_view.is_dirty:
            return True
        answer = self.context.prompter.unsaved_changes(self._window)
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        if answer is UnsavedAnswer.DISCARD:
            client = self.profile_view.client
            if client is not None and client.id is not None:
                self.profile_view.show_client(client)
            else:
                self.profile_view.clear()
            return True
        return False

    @Slot(int)
    def open_client(self, client_id: int, *, ask: bool = True) -> bool:
        if not self.vault.is_unlocked:
            return False
        if self.profile_shown and self.profile_view.client_id == client_id:
            return True
        if ask and not (self.resolve_unsaved_changes() and self.may_leave_unsaved_note()):
            self.caseload_view.select_client(self.profile_view.client_id)
            return False
        return (
            self.context.ops.op(
                self._window,
                self.tr("Could not open the client"),
                lambda: self.vault.clients.open_record(client_id),
            )
            .on_success(self._show_opened)
            .handle(CounselDeskError, lambda error: self._open_failed(error))
            .run()
        )

    def open_at_tab(self, client_id: int, tab: int) -> bool:
        """Open a client's record at one tab, without asking (after an unlock)."""
        if not self.open_client(client_id, ask=False):
            return False
        self.profile_view.tabs.setCurrentIndex(tab)
        return True

    def _open_failed(self, error: CounselDeskError) -> None:
        self.caseload_view.select_client(
            self.profile_view.client_id if self.profile_shown else None
        )
        self.context.prompter.error(
            self._window, self.tr("Could not open the client"), error_text(error)
        )

    def _show_opened(self, client: Client) -> None:
        tab = self.profile_view.tabs.currentIndex()
        self.profile_view.show_client(client)
        self.profile_view.tabs.setCurrentIndex(tab)
        self.right_stack.setCurrentWidget(self.profile_view)
        self.caseload_view.select_client(client.id)
        self.host.update_actions()

    @Slot()
    def new_client(self) -> None:
        if (
            not self.vault.is_unlocked
            or not self.resolve_unsaved_changes()
            or not self.may_leave_unsaved_note()
        ):
            return
        self.profile_view.start_new()
        self.right_stack.setCurrentWidget(self.profile_view)
        self.caseload_view.select_client(None)
        self.host.update_actions()

    @Slot()
    def show_dashboard(self) -> None:
        if not self.vault.is_unlocked or not self.resolve_unsaved_changes():
            return
        self.profile_view.clear()
        self.right_stack.setCurrentWidget(self.dashboard_view)
        self.refresh()
        self.host.update_actions()

    # -- changing ---------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        if not self.vault.is_unlocked or not self.profile_shown:
            return False
        if self.profile_view.privacy_active:
            self.host.show_status(
                self.tr("Turn privacy mode off to edit and save a profile."), 5000
            )
            return False
        client = self.profile_view.collect()
        return (
            self.context.ops.op(
                self._window,
                self.tr("The profile was not saved"),
                lambda: self.vault.clients.save_profile(client, today=self.today()),
            )
            .handle(ValidationError, lambda error: self.profile_view.show_issues(error.issues))
            .on_success(lambda result: self._show_saved(*result))
            .run()
        )

    def _show_saved(self, saved: Client, warnings: list[Issue]) -> None:
        tab = self.profile_view.tabs.currentIndex()
        self.profile_view.show_client(saved)
        self.profile_view.tabs.setCurrentIndex(tab)
        self.profile_view.show_issues(list(warnings))
        self.refresh()
        self.host.update_actions()
        # What was saved, by name: a note being written is saved by its own Save Draft.
        self.host.show_status(self.tr("Profile saved."), 3000)

    def save_quietly(self) -> bool:
        """Save the profile's typing without a word (the lock); False when it failed."""
        client = self.profile_view.collect()
        return (
            self.context.ops.op(
                self._window,
                "",
                lambda: self.vault.clients.save_profile(client, today=self.today()),
            )
            .on_error(lambda _error: None)  # the caller says the typing was discarded
            .run()
        )

    @Slot()
    def close_case(self) -> None:
        client = self.profile_view.client
        if not self.vault.is_unlocked or client is None or client.id is None:
            return
        if not self.resolve_unsaved_changes():
            return
        day = self.context.prompter.closing_date(self._window, client.opened_on)
        if day is None:
            return
        client_id = client.id

        def close() -> Client:
            self.vault.clients.close_case(client_id, day)
            return self.vault.clients.get(client_id)

        self.context.ops.op(self._window, self.tr("The case was not closed"), close).handle(
            ValidationError, lambda error: self.profile_view.show_issues(error.issues)
        ).on_success(self._show_closed).run()

    def _show_closed(self, reloaded: Client) -> None:
        self.profile_view.show_client(reloaded)
        self.refresh()
        self.host.update_actions()
        self.host.show_status(self.tr("Case closed."), 3000)

    @Slot(int)
    def client_changed(self, client_id: int) -> None:
        """A client's record changed outside the profile (the supervision dialog added a
        name): shown again if it is on screen and not being edited; the caseload too."""
        if not self.vault.is_unlocked:
            return
        profile = self.profile_view
        if profile.client_id == client_id and not profile.is_dirty:
            client = (
                self.context.ops.op(self._window, "", lambda: self.vault.clients.get(client_id))
                .on_error(lambda _error: None)  # gone meanwhile: nothing to show
                .result_or(None)
            )
            if client is None:
                return
            tab = profile.tabs.currentIndex()
            profile.show_client(client)
            profile.tabs.setCurrentIndex(tab)
        self.refresh()

    def client_destroyed(self, client_id: int) -> None:
        """A client's records were destroyed: nothing of them may stay on screen."""
        if self.profile_view.client_id == client_id:
            self.show_today()
        self.refresh()
        self.host.update_actions()

    # -- notes, consents, referrals, screening --------------------------------------------
    def _wire_tabs(self) -> None:
        context = self.context
        profile = self.profile_view
        sessions = profile.sessions_view
        # Spell check of notes: dictionaries loaded in a worker, her words in the vault.
        self.speller = Speller(context.ops, self._window)
        sessions.editor.set_speller(self.speller)
        profile.set_speller(self.speller)
        sessions.set_service(lambda: self.vault.notes)
        sessions.set_preferences(lambda: context.settings.approved_platforms, self._working_hours)
        sessions.set_operations(context.ops)
        sessions.notes_changed.connect(self._notes_changed)
        sessions.message.connect(lambda text: self.host.show_status(text, 6000))
        consents = profile.consents_view
        consents.set_service(lambda: self.vault.consents)
        consents.set_runner(context.runner)
        consents.set_disclosures(lambda: self.vault.disclosures)
        consents.consents_changed.connect(self._consents_changed)
        consents.message.connect(lambda text: self.host.show_status(text, 8000))
        referrals = profile.referrals_view
        referrals.set_service(lambda: self.vault.referrals)
        referrals.set_operations(context.ops)
        referrals.set_chooser(context.chooser)
        referrals.set_language(lambda: context.settings.language or "id")
        referrals.message.connect(lambda text: self.host.show_status(text, 10000))
        consents.consents_changed.connect(referrals.reload)  # a new release to rely on
        referrals.disclosures_changed.connect(consents.reload_disclosures)
        screening = profile.screening_view
        screening.set_service(lambda: self.vault.screening)
        screening.set_career_service(lambda: self.vault.career_interests)
        screening.set_operations(context.ops)
        screening.set_kiosk_hooks(
            lambda passphrase: self.vault.verify_passphrase(passphrase),
            self.host.lock,
            self.host.track_vault_dialog,
        )
        screening.message.connect(lambda text: self.host.show_status(text, 10000))

    def _working_hours(self) -> WorkingHours:
        start, end, days = self.context.settings.working_hours
        return WorkingHours(start, end, days)

    def _notes_changed(self) -> None:
        self.refresh()
        client_id = self.profile_view.client_id
        if client_id is None or not self.vault.is_unlocked:
            return
        self.context.ops.op(self._window, "", lambda: self.vault.clients.get(client_id)).on_error(
            lambda _error: None  # the tab's own message said what failed
        ).on_success(self._show_note_counts).run()

    def _show_note_counts(self, client: Client) -> None:
        if not self.profile_view.is_dirty:
            self.profile_view.set_risk_level(client.risk_level)
        self.profile_view.tabs.setTabText(
            self.profile_view.TAB_SESSIONS,
            self.tr("Sessions ({count})").format(count=len(client.sessions)),
        )

    def _consents_changed(self) -> None:
        self.refresh()
        if self.profile_view.client_id is not None:
            self.profile_view.tabs.setTabText(
                self.profile_view.TAB_CONSENTS,
                self.tr("Consents ({count})").format(
                    count=self.profile_view.consents_view.model.rowCount()
                ),
            )

    def start_session_note(self, client_id: int) -> bool:
        """Open the client's record at its Sessions tab with a new note."""
        if not self.open_client(client_id):
            return False
        profile = self.profile_view
        profile.tabs.setCurrentWidget(profile.sessions_view)
        profile.sessions_view.new_note(TemplateId.SOAP)
        return True

    @Slot(int, int)
    def open_note(self, client_id: int, session_id: int) -> bool:
        """Open a client's record at one note (a search result)."""
        if not self.open_client(client_id):
            return False
        self.profile_view.tabs.setCurrentIndex(self.profile_view.TAB_SESSIONS)
        return self.profile_view.sessions_view.open_note(session_id)

    # -- search -----------------------------------------------------------------------
    def make_search_dialog(self) -> SearchDialog:
        dialog = SearchDialog(
            lambda: self.vault.search, self._window, privacy=self.host.privacy, ops=self.context.ops
        )
        dialog.note_requested.connect(self.open_note)
        dialog.client_requested.connect(lambda cid: self.open_client(cid))
        return dialog

    @Slot()
    def show_search(self) -> SearchDialog | None:
        if not self.vault.is_unlocked:
            return None
        dialog = self.make_search_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host.track_vault_dialog(dialog)  # closed (and its results dropped) on lock
        self.search_dialog = dialog
        dialog.open()
        dialog.edit.setFocus()
        return dialog

    # -- drafts and refused notes ---------------------------------------------------------
    def offer_recovered_drafts(self) -> None:
        """After unlocking: notes being typed when the app was killed or the power went
        are in the vault's autosave; offer to open them."""

        def find() -> list[RecoveredDraft]:
            self.vault.consents.expire_due(self.today())
            return self.vault.notes.recovered_drafts()

        self.context.ops.op(self._window, "", find).on_error(lambda _error: None).on_success(
            self._offer_drafts
        ).run()

    def _offer_drafts(self, drafts: list[RecoveredDraft]) -> None:
        # The note given back after a lock is in the editor already.
        shown = self.profile_view.sessions_view.autosave_id
        drafts = [d for d in drafts if shown is None or d.autosave_id != shown]
        if not drafts:
            return
        first = drafts[0]
        who = first.case_code  # never a name in a message box
        text = self.tr(
            "A note for {client}, autosaved at {time}, was never saved: the app closed "
            "while it was being written. It is kept in the vault. Open it now?"
        ).format(client=who, time=first.saved_at.strftime("%Y-%m-%d %H:%M"))
        if len(drafts) > 1:
            text += "\n" + self.tr("Recovered notes: {count}").format(count=len(drafts))
        if not self.context.prompter.confirm(self._window, self.tr("Recovered note"), text):
            self.refresh()
            return
        if self.open_at_tab(first.client_id, self.profile_view.TAB_SESSIONS):
            self.profile_view.sessions_view.open_recovered(first.autosave_id)

    def give_back_held_note(self) -> None:
        """A note the full disk refused when the vault locked goes back in the editor."""
        held = (
            self.context.ops.op(self._window, "", self.vault.take_held_note)
            .on_error(lambda _error: None)
            .result_or(None)
        )
        if held is None or not self.open_at_tab(held.client_id, self.profile_view.TAB_SESSIONS):
            return
        self.profile_view.sessions_view.restore_unsaved(held.autosave_id, held.note)

    def may_leave_unsaved_note(self) -> bool:
        """Before another client replaces the note being typed: a note the disk refused
        would be lost with it (it is in the editor only); she is asked first."""
        sessions = self.profile_view.sessions_view
        sessions.editor.flush()  # one more try: the disk may have room again
        if not sessions.autosave_failed:
            return True
        return self.context.prompter.confirm(
            self._window,
            self.tr("Note not saved"),
            self.tr(
                "A note could not be saved because the disk is full. If you open another "
                "client now, its text is lost. Free some space so that it is saved first. "
                "Open the other client anyway?"
            ),
        )

    def may_lose_unsaved_note(self) -> bool:
        """Before quitting: a note the disk refused (on screen, or held while locked) is
        lost with the app; she is asked first."""
        open_note = self.vault.is_unlocked and self.profile_view.sessions_view.autosave_failed
        if not open_note and not self.vault.holds_a_note:
            return True
        return self.context.prompter.confirm(
            self._window,
            self.tr("Note not saved"),
            self.tr(
                "A note could not be saved because the disk is full. If you quit now, its "
                "text is lost. Free some space (and unlock the vault) to save it first. "
                "Quit anyway?"
            ),
        )
