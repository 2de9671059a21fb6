"""The Sessions tab: a client's timeline, the note editor for drafts, and the read-only
view of signed notes with their addenda, strike-through and duty checklist.

All reading and writing goes through :class:`~counsel_desk.services.notes.NoteService`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.enums import DutyStep, NoteClass
from counsel_desk.domain.model import Client, RiskAssessment, SessionNote
from counsel_desk.domain.notes import (
    WorkingHours,
    copy_structure,
    duty_steps_for,
    hash_matches,
    is_late_addendum,
)
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import TEMPLATES, TemplateId, template_for
from counsel_desk.domain.validation import Issue, Severity, ValidationError
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.notes import NoteService, TimelineEntry
from counsel_desk.ui.dialogs.closing import close_at_lock
from counsel_desk.ui.dialogs.note_dialogs import AddendumDialog, SignNoteDialog, StrikeDialog
from counsel_desk.ui.labels import (
    format_date,
    modality_label,
    risk_label,
    service_line,
    session_kind_label,
)
from counsel_desk.ui.models.timeline_model import TimelineModel
from counsel_desk.ui.note_labels import (
    duty_step_label,
    identity_check_label,
    note_class_hint,
    note_class_label,
)
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.tasks import SyncRunner
from counsel_desk.ui.theme import tone
from counsel_desk.ui.translate import translate
from counsel_desk.ui.views.note_editor import DutyChecklist, NoteEditor
from counsel_desk.ui.widgets.empty_hint import EmptyHint
from counsel_desk.ui.widgets.service_selector import ServiceDialog

_E = html.escape
T = TypeVar("T")


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


class NoteViewer(QWidget):
    """A signed note, read-only: the original always visible, addenda below it."""

    addendum_requested = Signal()
    strike_requested = Signal()
    service_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("noteBrowser")
        self.browser.setAccessibleName(self.tr("The signed note"))
        self.browser.setAccessibleDescription(
            self.tr("The note as it was signed, with its addenda. It cannot be changed.")
        )
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(10)
        self.duty = DutyChecklist(self)
        self.duty.setVisible(False)
        self.addendum_button = QPushButton(self.tr("Add Addendum…"), self)
        self.addendum_button.setObjectName("addendumButton")
        self.addendum_button.setAccessibleDescription(
            self.tr("Adds a dated text below the signed note, which itself stays as it is.")
        )
        self.strike_button = QPushButton(self.tr("Strike Through…"), self)
        self.strike_button.setObjectName("strikeButton")
        self.strike_button.setAccessibleDescription(
            self.tr(
                "Marks the signed note as struck through, with your reason. It stays in the record."
            )
        )
        self.service_button = QPushButton(self.tr("Service…"), self)
        self.service_button.setObjectName("serviceButton")
        self.service_button.setAccessibleDescription(
            self.tr(
                "Says which school counseling service this contact was, for the school's "
                "reports. The signed note stays as it is."
            )
        )
        buttons = QHBoxLayout()
        self.read_only_label = QLabel(self.tr("Signed notes are read-only."), self)
        self.read_only_label.setObjectName("hint")
        self.read_only_label.setWordWrap(True)  # it gives way to the buttons, never widens
        buttons.addWidget(self.read_only_label, 1)
        buttons.addWidget(self.service_button)
        buttons.addWidget(self.strike_button)
        buttons.addWidget(self.addendum_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.duty)
        layout.addLayout(buttons)
        self.addendum_button.clicked.connect(self.addendum_requested)
        self.strike_button.clicked.connect(self.strike_requested)
        self.service_button.clicked.connect(self.service_requested)
        self.entry: TimelineEntry | None = None
        self._owner_label = ""

    def redraw(self) -> None:
        """The shown note again, in the colours of the theme now chosen."""
        if self.entry is not None and self.browser.toPlainText():
            self.browser.setHtml(render_note_html(self.entry, self._owner_label))

    def show_entry(self, entry: TimelineEntry, owner_label: str) -> None:
        self.entry = entry
        self._owner_label = owner_label
        note = entry.note
        self.browser.setHtml(render_note_html(entry, owner_label))
        owned = entry.owned
        self.addendum_button.setVisible(owned and not note.is_struck)
        self.strike_button.setVisible(owned and not note.is_struck)
        self.service_button.setVisible(owned)
        self.duty.set_state(duty_steps_for(note.risk), note.duty_actions, enabled=owned)

    def text(self) -> str:
        return self.browser.toPlainText()


def render_note_html(entry: TimelineEntry, owner_label: str = "") -> str:
    """The note as the record shows it (escaped; group members by case code only)."""
    note = entry.note
    parts: list[str] = []
    red, muted = tone("error").name(), tone("muted").name()
    if note.is_struck and note.struck_at is not None:
        parts.append(
            f"<p style='color:{red}; border:1px solid {red}; padding:4px'><b>"
            + _E(
                QCoreApplication.translate("SessionsView", "Struck through on {time}: {reason}")
            ).format(time=_E(_stamp(note.struck_at)), reason=_E(note.strike_reason or ""))
            + "</b></p>"
        )
    title = " · ".join(
        p
        for p in (
            format_date(note.date),
            note.start_time.strftime("%H:%M") if note.start_time else "",
            QCoreApplication.translate("SessionsView", "{minutes} min").format(
                minutes=note.duration_minutes
            )
            if note.duration_minutes
            else "",
            modality_label(note.modality),
            session_kind_label(note.kind),
            translate(template_for(note.template).name, "NoteTemplates"),
        )
        if p
    )
    parts.append(f"<h3 style='margin-bottom:2px'>{_E(title)}</h3>")
    if note.service is not None:
        parts.append(f"<p style='color:{muted}'>" + _E(service_line(note.service)) + "</p>")
    klass = NoteClass(note.note_class)
    if klass is not NoteClass.PROGRESS:
        parts.append(
            f"<p style='color:{tone('private').name()}'><b>"
            + _E(note_class_label(klass))
            + "</b> — "
            + _E(note_class_hint(klass))
            + "</p>"
        )
    state: list[str] = []
    if note.signed_at is not None:
        state.append(
            _E(
                QCoreApplication.translate("SessionsView", "Signed {time}").format(
                    time=_stamp(note.signed_at)
                )
            )
        )
        if note.content_hash:
            ok = hash_matches(note)
            state.append(
                _E(
                    QCoreApplication.translate("SessionsView", "SHA-256 {hash}…").format(
                        hash=note.content_hash[:16]
                    )
                )
                + (
                    ""
                    if ok
                    else f" <b style='color:{red}'>"
                    + _E(QCoreApplication.translate("SessionsView", "does not match"))
                    + "</b>"
                )
            )
    if note.follow_up_on is not None:
        state.append(
            _E(
                QCoreApplication.translate("SessionsView", "Follow-up due {date}").format(
                    date=format_date(note.follow_up_on)
                )
            )
        )
    if entry.late:
        state.append(
            f"<b style='color:{tone('warning').name()}'>"
            + _E(
                QCoreApplication.translate(
                    "SessionsView", "Late entry (written more than 24 hours after the session)"
                )
            )
            + "</b>"
        )
    if state:
        parts.append(f"<p style='color:{muted}'>" + " · ".join(state) + "</p>")
    if entry.group_codes or not entry.owned:
        codes = ", ".join(entry.group_codes)
        parts.append(
            "<p>"
            + _E(
                QCoreApplication.translate("SessionsView", "Group session with: {codes}").format(
                    codes=codes or "—"
                )
            )
            + (
                " <i>"
                + _E(
                    QCoreApplication.translate(
                        "SessionsView", "(kept in the record of {code})"
                    ).format(code=owner_label)
                )
                + "</i>"
                if not entry.owned and owner_label
                else ""
            )
            + "</p>"
        )
    if note.platform or note.identity_check:
        bits = []
        if note.platform:
            bits.append(
                _E(
                    QCoreApplication.translate("SessionsView", "Platform: {name}").format(
                        name=note.platform
                    )
                )
            )
        if note.identity_check:
            bits.append(
                _E(
                    QCoreApplication.translate("SessionsView", "Identity checked by: {how}").format(
                        how=identity_check_label(note.identity_check)
                    )
                )
            )
        parts.append("<p>" + " · ".join(bits) + "</p>")
    strike_open, strike_close = ("<s>", "</s>") if note.is_struck else ("", "")
    for spec in template_for(note.template).fields:
        value = note.fields.get(spec.key, "")
        parts.append(f"<p><b>{_E(translate(spec.label, 'NoteTemplates'))}</b><br>")
        parts.append(strike_open + _E(value).replace("\n", "<br>") + strike_close + "</p>")
    risk = note.risk
    if risk is not None:
        flags = [
            label
            for on, label in (
                (
                    risk.self_harm,
                    QCoreApplication.translate("SessionsView", "thoughts of self-harm"),
                ),
                (
                    risk.harm_to_others,
                    QCoreApplication.translate("SessionsView", "thoughts of harming others"),
                ),
                (
                    risk.abuse_disclosed,
                    QCoreApplication.translate("SessionsView", "abuse disclosed"),
                ),
            )
            if on
        ]
        parts.append(
            "<p><b>"
            + _E(
                QCoreApplication.translate("SessionsView", "Risk: {level}").format(
                    level=risk_label(risk.level)
                    if risk.level is not None
                    else QCoreApplication.translate("SessionsView", "not assessed")
                )
            )
            + "</b>"
            + (" — " + _E(", ".join(flags)) if flags else "")
            + "<br>"
            + _E(risk.actions_taken).replace("\n", "<br>")
            + "</p>"
        )
    if note.risk_notes:
        parts.append(
            "<p><b>"
            + _E(QCoreApplication.translate("SessionsView", "Risk notes"))
            + "</b><br>"
            + _E(note.risk_notes).replace("\n", "<br>")
            + "</p>"
        )
    if note.duty_actions:
        items = "".join(
            f"<li>{_E(_stamp(a.done_at))} — {_E(duty_step_label(a.step))}"
            + (f": {_E(a.note)}" if a.note else "")
            + "</li>"
            for a in note.duty_actions
        )
        parts.append(
            "<p><b>"
            + _E(QCoreApplication.translate("SessionsView", "Duty to warn / report"))
            + f"</b></p><ul>{items}</ul>"
        )
    for addendum in note.addenda:
        late = is_late_addendum(note, addendum)
        head = QCoreApplication.translate("SessionsView", "Addendum {time}").format(
            time=_stamp(addendum.written_at)
        )
        if addendum.reason:
            head += " — " + QCoreApplication.translate("SessionsView", "reason: {reason}").format(
                reason=addendum.reason
            )
        if late:
            head += " · " + QCoreApplication.translate("SessionsView", "late entry")
        # A one-cell table: QTextBrowser draws a cell's border and background, not a div's.
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='8' style='margin-top:8px'>"
            f"<tr><td style='background-color:{tone('addendum-bg').name()};"
            f" border-left:3px solid {tone('info').name()}'>"
            f"<b>{_E(head)}</b><br>{_E(addendum.text).replace(chr(10), '<br>')}</td></tr></table>"
        )
    return "".join(parts)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SessionsView", text)


class SessionsView(QWidget):
    """Timeline on the left; the editor (drafts) or the viewer (signed) on the right."""

    notes_changed = Signal()  # something was saved: the caseload may need a refresh
    message = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        platforms: Callable[[], list[str]] = lambda: [],
        hours: Callable[[], WorkingHours] = WorkingHours,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._service: Callable[[], NoteService] | None = None
        self._client: Client | None = None
        self._autosave_id: int | None = None
        # Until the window hands over its own: errors go to the status line only.
        self._ops = Operations(SyncRunner(), None)
        self.active_dialog: AddendumDialog | StrikeDialog | ServiceDialog | None = None
        self.sign_dialog: SignNoteDialog | None = None

        self.model = TimelineModel(self)
        self.timeline = QListView(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Notes, newest first"))
        self.timeline.setModel(self.model)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(2)
        self.empty_hint = EmptyHint(
            self.timeline,
            self.tr(
                "No notes yet. Click “New Note” to write the first one, or choose a "
                "template from its arrow."
            ),
            self.tr("This client's notes and drafts. Choose one to read it below."),
        )
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newNoteButton")
        self.new_button.setAccessibleDescription(
            self.tr(
                "Starts a note from the SOAP template. Its menu (Alt+Down) has the other "
                "templates and “Start from My Last Note”."
            )
        )
        self.new_button.setText(self.tr("New Note"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.new_button)
        self.template_actions = {}
        for template in TemplateId:
            action = menu.addAction(translate(TEMPLATES[template].name, "NoteTemplates"))
            action.triggered.connect(lambda *_, t=template: self.new_note(t))
            self.template_actions[template] = action
        menu.addSeparator()
        self.from_last_action = menu.addAction(self.tr("Start from My Last Note"))
        self.from_last_action.triggered.connect(lambda *_: self.start_from_last())
        self.new_button.setMenu(menu)
        self.new_button.clicked.connect(lambda *_: self.new_note(TemplateId.SOAP))

        left = QWidget(self)
        self.list_pane = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top_row = QHBoxLayout()
        top_row.addWidget(self.new_button)
        top_row.addStretch(1)
        left_layout.addLayout(top_row)
        left_layout.addWidget(self.timeline, 1)

        self.editor = NoteEditor(self, platforms=platforms, hours=hours)
        self.viewer = NoteViewer(self)
        self.empty_label = QLabel(
            self.tr("Choose a note in the list above, or start one with New Note."), self
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.viewer)

        # Timeline above the note: the profile pane is narrower than it is tall, and the
        # note's text wants the whole width.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([150, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(splitter)

        self.timeline.selectionModel().currentChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )
        self.editor.autosave_due.connect(self.autosave)
        self.editor.save_requested.connect(self.save_draft)
        self.editor.sign_requested.connect(self.ask_to_sign)
        self.editor.discard_requested.connect(self.discard)
        self.editor.start_from_last_requested.connect(self.start_from_last)
        self.editor.focus_toggled.connect(lambda on: self.list_pane.setVisible(not on))
        self.editor.duty.step_done.connect(self.record_duty)
        self.viewer.duty.step_done.connect(self.record_duty)
        self.viewer.addendum_requested.connect(self.open_addendum_dialog)
        self.viewer.strike_requested.connect(self.open_strike_dialog)
        self.viewer.service_requested.connect(self.open_service_dialog)

    # -- wiring -----------------------------------------------------------------------
    def set_service(self, provider: Callable[[], NoteService] | None) -> None:
        self._service = provider

    def set_operations(self, ops: Operations) -> None:
        self._ops = ops

    def _notes(self) -> NoteService:
        assert self._service is not None
        return self._service()

    def _op(self, title: str, work: Callable[[], T]) -> VaultOp[T]:
        """Vault work of this tab: an error is told under ``title`` and also stays in the
        editor's status line."""
        return self._ops.op(self, title, work).on_error(lambda error: self._error(title, error))

    def _error(self, title: str, error: CounselDeskError) -> None:
        text = user_text(error)
        if self._ops.errors is not None:
            self._ops.errors.error(self, title, text)
        self.editor.status_label.setText(text)

    def _change(self, title: str, work: Callable[[], object], session_id: int | None) -> bool:
        """Change a note; then the timeline is reloaded with the note (re)opened, and the
        window told (``notes_changed``)."""

        def changed(_: object) -> None:
            self.reload(select_session=session_id)
            if session_id is not None:
                self.open_note(session_id)
            self.notes_changed.emit()

        return self._op(title, work).on_success(changed).run()

    # -- showing ----------------------------------------------------------------------
    @property
    def client(self) -> Client | None:
        return self._client

    def set_preferences(
        self, platforms: Callable[[], list[str]], hours: Callable[[], WorkingHours]
    ) -> None:
        self.editor.use_preferences(platforms, hours)

    def show_client(self, client: Client) -> None:
        same = self._client is not None and client.id == self._client.id
        if not same:
            self.editor.flush()
        self._client = client
        self.editor.progress.set_client(client.id)
        current = self.stack.currentWidget()
        selected = None
        if same and current is self.viewer and self.viewer.entry is not None:
            selected = self.viewer.entry.note.id
        self.reload(select_session=selected)
        if not same or client.id is None:
            self.stack.setCurrentWidget(self.empty_label)
        elif selected is not None:
            self.open_note(selected)
        self.new_button.setEnabled(client.id is not None and self._service is not None)

    def redraw(self) -> None:
        """After a change of theme: the signed note shown is drawn in its colours."""
        if self.stack.currentWidget() is self.viewer:
            self.viewer.redraw()

    def clear(self) -> None:
        # The sign question, the addendum and the strike-through show the note or what is
        # being typed about it: gone at a lock (also an automatic one).
        close_at_lock(self.sign_dialog)
        close_at_lock(self.active_dialog)
        self.sign_dialog = None
        self.active_dialog = None
        self.editor.autosave_timer.stop()
        self._client = None
        self._autosave_id = None
        self.model.set_entries([])
        self.viewer.browser.clear()
        self.editor.set_note(SessionNote(date=self._today()))
        self.stack.setCurrentWidget(self.empty_label)

    def reload(self, select_session: int | None = None, select_autosave: int | None = None) -> None:
        client = self._client
        if client is None or client.id is None or self._service is None:
            self.model.set_entries([])
            return
        client_id = client.id
        self._op(
            self.tr("Could not read the notes"), lambda: self._notes().timeline(client_id)
        ).on_success(
            lambda entries: self._show_entries(entries, select_session, select_autosave)
        ).run()

    def _show_entries(
        self, entries: list[TimelineEntry], select_session: int | None, select_autosave: int | None
    ) -> None:
        self.timeline.selectionModel().blockSignals(True)
        self.model.set_entries(entries)
        row = self.model.row_of(select_session, select_autosave)
        if row >= 0:
            self.timeline.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.timeline.selectionModel().blockSignals(False)

    def count(self) -> int:
        return self.model.rowCount()

    def entry(self, row: int) -> TimelineEntry:
        return self.model.entries()[row]

    def _open_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        self.editor.flush()
        self.open_entry(self.model.entries()[row])

    def open_entry(self, entry: TimelineEntry) -> None:
        if self._keeps_unsaved_note():
            return
        note = entry.note
        if entry.is_recovered or (not note.is_signed and entry.owned):
            self._autosave_id = entry.autosave_id
            self.editor.set_note(note)
            if entry.is_recovered and entry.autosaved_at is not None:
                self.editor.status_label.setText(
                    self.tr("Recovered text autosaved at {time}: save it to keep it.").format(
                        time=_stamp(entry.autosaved_at)
                    )
                )
                self.editor.mark_unsaved()
            else:
                self.editor.status_label.setText(self.tr("Draft"))
            self.stack.setCurrentWidget(self.editor)
        else:
            owner = ""
            if not entry.owned:
                owner = entry.group_codes[0] if entry.group_codes else ""
            self.viewer.show_entry(entry, owner)
            self.stack.setCurrentWidget(self.viewer)

    def open_note(self, session_id: int) -> bool:
        """Select and open a note (from search). False when it is not in this timeline."""
        row = self.model.row_of(session_id)
        if row < 0:
            return False
        self.timeline.setCurrentIndex(self.model.index(row))
        self.open_entry(self.model.entries()[row])
        return True

    def open_recovered(self, autosave_id: int) -> bool:
        row = self.model.row_of(autosave_id=autosave_id)
        if row < 0:
            return False
        self.timeline.setCurrentIndex(self.model.index(row))
        self.open_entry(self.model.entries()[row])
        return True

    # -- drafting ---------------------------------------------------------------------
    def _keeps_unsaved_note(self) -> bool:
        """True (and says so) when the note in the editor was refused by the disk: it is
        in the editor only, so no other note may replace it there."""
        self.editor.flush()  # one more try: the disk may have room again
        if not self.autosave_failed:
            return False
        self.message.emit(
            self.tr(
                "This note is NOT SAVED: free some space on the vault's disk so that it is "
                "saved, or discard it, before you open another note."
            )
        )
        return True

    def new_note(self, template: TemplateId) -> None:
        if self._client is None or self._client.id is None:
            return
        if self._keeps_unsaved_note():
            return
        self._autosave_id = None
        self.timeline.clearSelection()
        self.editor.set_note(
            SessionNote(
                date=self._today(),
                template=template,
                fields=dict.fromkeys(template_for(template).keys, ""),
            )
        )
        self.editor.status_label.setText(self.tr("New note: autosaved into the vault as you type."))
        self.stack.setCurrentWidget(self.editor)
        first = next(iter(self.editor.field_edits.values()), None)
        if first is not None:
            first.setFocus()

    def new_risk_note(self, text: str) -> None:
        """A new brief note with "thoughts of self-harm" ticked (the duty checklist opens
        with it) and what the screening found in its risk notes; autosaved at once, so
        each duty step can be recorded with its time."""
        if self._client is None or self._client.id is None:
            return
        if self._keeps_unsaved_note():
            return
        self._autosave_id = None
        self.timeline.clearSelection()
        self.editor.set_note(
            SessionNote(
                date=self._today(),
                template=TemplateId.BRIEF,
                fields=dict.fromkeys(template_for(TemplateId.BRIEF).keys, ""),
                risk=RiskAssessment(self_harm=True),
                risk_notes=text,
            )
        )
        self.editor.level_combo.setCurrentIndex(0)  # "Not assessed": hers to choose
        self.editor.mark_unsaved()
        self.editor.status_label.setText(
            self.tr("A screening answer about self-harm: assess the risk and record each step.")
        )
        self.stack.setCurrentWidget(self.editor)
        self.autosave()
        self.message.emit(
            self.tr("A screening answer about self-harm: assess the risk and record each step.")
        )
        # After the layout has placed the new note: the risk section and duty checklist in view.
        QTimer.singleShot(0, self.editor.show_risk)

    def start_from_last(self) -> None:
        if self._client is None or self._client.id is None:
            return
        previous = self._notes().last_note(self._client.id)
        if previous is None:
            self.new_note(TemplateId.SOAP)
            return
        self.editor.flush()
        self._autosave_id = None
        self.editor.set_note(copy_structure(previous, self._today()))
        self.editor.status_label.setText(
            self.tr("Started from your note of {date}.").format(date=format_date(previous.date))
        )
        self.stack.setCurrentWidget(self.editor)

    def autosave(self) -> None:
        client = self._client
        if client is None or client.id is None or self._service is None:
            return
        client_id, note = client.id, self.editor.note()
        self._ops.op(
            self, "", lambda: self._notes().autosave(client_id, note, self._autosave_id)
        ).on_error(self._autosave_refused).on_success(self._autosaved).run()

    def _autosave_refused(self, error: CounselDeskError) -> None:
        # Her text stays in the editor; the window tries again while the disk is full
        # and holds it (encrypted, in memory) across a lock.
        self.editor.show_not_saved(
            self.tr(
                "NOT SAVED: {reason} Your text stays here and is saved as soon as that is possible."
            ).format(reason=user_text(error))
        )

    def _autosaved(self, autosave_id: int) -> None:
        self._autosave_id = autosave_id
        self.editor.mark_saved(
            self.tr("Autosaved in the vault at {time}").format(
                time=dt.datetime.now().strftime("%H:%M:%S")
            )
        )

    @property
    def autosave_id(self) -> int | None:
        return self._autosave_id

    @property
    def autosave_failed(self) -> bool:
        """Whether the text in the editor is not in the vault: its autosave was refused."""
        return self.editor.not_saved and self.editor.is_dirty

    def unsaved_note(self) -> tuple[int, int | None, SessionNote] | None:
        """The draft being typed when it is not in the vault (its client, its autosave,
        the note), or None."""
        client = self._client
        if client is None or client.id is None or not self.editor.is_dirty:
            return None
        if self.stack.currentWidget() is not self.editor:
            return None
        return client.id, self._autosave_id, self.editor.note()

    def restore_unsaved(self, autosave_id: int | None, note: SessionNote) -> None:
        """Put a note held across a lock back in the editor, and try to save it."""
        self._autosave_id = autosave_id
        self.timeline.clearSelection()
        self.editor.set_note(note)
        self.editor.mark_unsaved()
        self.stack.setCurrentWidget(self.editor)
        self.autosave()

    def save_draft(self) -> bool:
        client = self._client
        if client is None or client.id is None:
            return False
        client_id, note = client.id, self.editor.note()
        return (
            self._op(
                self.tr("The note was not saved"),
                lambda: self._notes().save_draft(client_id, note, autosave_id=self._autosave_id),
            )
            .on_success(lambda result: self._draft_saved(*result))
            .run()
        )

    def _draft_saved(self, saved: SessionNote, warnings: list[Issue]) -> None:
        self._autosave_id = None
        self.editor.set_base_id(saved.id)
        if saved.id is not None:
            self.editor.progress.save_for(saved.id)  # ratings and measures of a new note
        self.editor.mark_saved(self.tr("Draft saved."))
        if warnings:
            self.editor.status_label.setText("\n".join(translate(w.message) for w in warnings))
        self.reload(select_session=saved.id)
        self.notes_changed.emit()

    def ask_to_sign(self) -> SignNoteDialog | None:
        """The "Sign and Lock…" button: save the draft, then show what will be locked and any
        warning (a minor without an active guardian consent) before anything is signed;
        the note is signed only when she confirms (Cancel is the default)."""
        if not self.save_draft():
            return None
        session_id = self.editor.note().id
        if session_id is None:
            return None
        checked: list[list[Issue]] = []
        title = self.tr("The note was not signed")
        if (
            not self._op(title, lambda: self._notes().signing_check(session_id))
            .on_success(checked.append)
            .run()
        ):
            return None
        issues = checked[0]
        problems = [i for i in issues if i.severity is Severity.ERROR]
        if problems:
            self._error(self.tr("The note was not signed"), ValidationError(problems))
            return None
        entry = next((e for e in self.model.entries() if e.note.id == session_id), None)
        note_html = render_note_html(entry) if entry is not None else ""
        warnings = [translate(i.message) for i in issues if i.severity is Severity.WARNING]
        dialog = SignNoteDialog(note_html, warnings, self)
        dialog.accepted.connect(lambda: self._sign_confirmed(session_id))
        dialog.finished.connect(lambda *_: self._sign_dialog_closed(dialog))
        self.sign_dialog = dialog
        dialog.open()
        return dialog

    def _sign_confirmed(self, session_id: int) -> None:
        if self.editor.note().id == session_id and self.stack.currentWidget() is self.editor:
            self.sign()

    def _sign_dialog_closed(self, dialog: SignNoteDialog) -> None:
        if self.sign_dialog is dialog:
            self.sign_dialog = None
        dialog.deleteLater()

    def sign(self) -> bool:
        """Save and sign the draft in the editor: it becomes read-only."""
        if not self.save_draft():
            return False
        session_id = self.editor.note().id
        if session_id is None:
            return False
        warnings: list[Issue] = []
        signed = self._change(
            self.tr("The note was not signed"),
            lambda: warnings.extend(self._notes().sign(session_id)),
            session_id,
        )
        if signed:
            self.message.emit(
                "\n".join(translate(w.message) for w in warnings)
                if warnings
                else self.tr("Note signed and locked.")
            )
        return signed

    def discard(self) -> None:
        note = self.editor.note()

        def discard() -> None:
            if self._autosave_id is not None:
                self._notes().discard_autosave(self._autosave_id)
            if note.id is not None:
                self._notes().discard_draft(note.id)

        def discarded(_: None) -> None:
            self._autosave_id = None
            self.editor.set_note(SessionNote(date=self._today()))
            self.stack.setCurrentWidget(self.empty_label)
            self.reload()
            self.notes_changed.emit()

        self._op(self.tr("The draft was not discarded"), discard).on_success(discarded).run()

    def record_duty(self, step: DutyStep) -> None:
        session_id: int | None
        if self.stack.currentWidget() is self.editor:
            if not self.save_draft():
                return
            session_id = self.editor.note().id
        else:
            entry = self.viewer.entry
            session_id = entry.note.id if entry is not None else None
        if session_id is None:
            return
        known = session_id

        def record() -> SessionNote:
            self._notes().record_duty_action(known, step)
            return self._notes().get(known)[1]

        self._op(self.tr("The step was not recorded"), record).on_success(
            lambda note: self._duty_recorded(known, note)
        ).run()

    def _duty_recorded(self, session_id: int, note: SessionNote) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.set_duty_actions(note.duty_actions)
        self.reload(select_session=session_id)
        if self.stack.currentWidget() is self.viewer:
            self.open_note(session_id)

    # -- signed notes ------------------------------------------------------------------
    def _current_signed(self) -> int | None:
        entry = self.viewer.entry
        if self.stack.currentWidget() is not self.viewer or entry is None:
            return None
        return entry.note.id

    def open_addendum_dialog(self) -> AddendumDialog:
        editor, entry = self.editor, self.viewer.entry
        language = editor.spelling_language_of(entry.note.id if entry is not None else None)
        dialog = AddendumDialog(self, speller=editor.speller, spelling_language=language)
        dialog.accepted.connect(lambda: self.add_addendum(*dialog.values()))
        dialog.finished.connect(lambda *_: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_strike_dialog(self) -> StrikeDialog:
        dialog = StrikeDialog(self)
        dialog.accepted.connect(lambda: self.strike(dialog.reason()))
        dialog.finished.connect(lambda *_: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_service_dialog(self) -> ServiceDialog | None:
        entry = self.viewer.entry
        if entry is None:
            return None
        dialog = ServiceDialog(self, entry.note.service, entry.note.kind)
        dialog.accepted.connect(lambda: self.classify(dialog.service()))
        dialog.finished.connect(lambda *_: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def classify(self, service: ServiceClass | None) -> bool:
        """Set the shown signed note's service classification."""
        session_id = self._current_signed()
        if session_id is None:
            return False
        return self._change(
            self.tr("The service was not saved"),
            lambda: self._notes().classify(session_id, service),
            session_id,
        )

    def add_addendum(self, text: str, reason: str = "") -> bool:
        session_id = self._current_signed()
        if session_id is None:
            return False
        return self._change(
            self.tr("The addendum was not added"),
            lambda: self._notes().add_addendum(session_id, text, reason),
            session_id,
        )

    def strike(self, reason: str) -> bool:
        session_id = self._current_signed()
        if session_id is None:
            return False
        return self._change(
            self.tr("The note was not struck through"),
            lambda: self._notes().strike(session_id, reason),
            session_id,
        )
