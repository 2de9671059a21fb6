"""The editor of a draft note: session details, template fields with guidance, the risk
section and the duty checklist.

Edits are autosaved into the vault: ``autosave_due`` fires 1.5 s after the last
keystroke (well inside the 3 s promise) and when focus leaves the editor; the sessions
view answers it through the note service. Nothing is written anywhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.enums import (
    DutyStep,
    IdentityCheck,
    Modality,
    NoteClass,
    RiskLevel,
    SessionKind,
)
from counsel_desk.domain.model import DutyAction, RiskAssessment, SessionNote
from counsel_desk.domain.notes import WorkingHours, boundary_flags, duty_steps_for
from counsel_desk.domain.templates import TEMPLATES, TemplateId, template_for
from counsel_desk.ui.labels import modality_label, risk_label, session_kind_label
from counsel_desk.ui.note_labels import (
    duty_step_label,
    identity_check_label,
    note_class_hint,
    note_class_label,
)
from counsel_desk.ui.qt_types import py_date, py_time
from counsel_desk.ui.spelling import (
    Speller,
    SpellHighlighter,
    interface_language,
    spelling_choices,
    spelling_menu,
)
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import translate
from counsel_desk.ui.widgets.date_edit import OptionalDateEdit
from counsel_desk.ui.widgets.progress_entry import ProgressEntry
from counsel_desk.ui.widgets.service_selector import ServiceSelector

AUTOSAVE_DELAY_MS = 1500
FIELD_LINES = 5


class _FieldEdit(QPlainTextEdit):
    """A template field: about five lines high to begin with, so that a whole SOAP
    note fits on a laptop screen (Qt's default is twice that); it grows with the pane."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing() * FIELD_LINES
        return QSize(hint.width(), lines + 2 * self.frameWidth() + 8)


class DutyChecklist(QGroupBox):
    """The duty-to-warn / mandatory-report steps a disclosure opens; each records when
    it was done (through ``step_done``)."""

    step_done = Signal(object)  # DutyStep

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyChecklist")
        self.setTitle(self.tr("Duty to warn / report: what was done, and when"))
        self._layout = QGridLayout(self)
        self._layout.setColumnStretch(0, 1)
        self.buttons: dict[DutyStep, QPushButton] = {}

    def set_state(
        self, steps: list[DutyStep], done: list[DutyAction], *, enabled: bool = True
    ) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        intro = QLabel(
            self.tr(
                "A disclosure of harm or abuse may oblige you to act. Record each step "
                "as you take it; the time is kept with the note."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self._layout.addWidget(intro, 0, 0, 1, 3)
        when = {a.step: a for a in done}
        for row, step in enumerate(steps, start=1):
            label = QLabel(duty_step_label(step), self)
            label.setWordWrap(True)
            self._layout.addWidget(label, row, 0)
            action = when.get(step)
            if action is not None:
                stamp = QLabel(
                    self.tr("Done {time}").format(time=action.done_at.strftime("%Y-%m-%d %H:%M")),
                    self,
                )
                stamp.setObjectName("dutyDone")
                self._layout.addWidget(stamp, row, 1, 1, 2)
            else:
                button = QPushButton(self.tr("Mark done now"), self)
                button.setObjectName(f"duty_{step.value}")
                button.setAccessibleName(
                    self.tr("{step}: mark done now").format(step=duty_step_label(step))
                )
                button.setAccessibleDescription(
                    self.tr("Records that you took this step, with the time now.")
                )
                button.setEnabled(enabled)
                button.clicked.connect(lambda *_, s=step: self.step_done.emit(s))
                self.buttons[step] = button
                self._layout.addWidget(button, row, 2)
        self.setVisible(bool(steps))


class NoteEditor(QWidget):
    """Edits one draft. The sessions view loads a note with :meth:`set_note` and reads
    it back with :meth:`note`."""

    changed = Signal()
    autosave_due = Signal()
    save_requested = Signal()
    sign_requested = Signal()
    focus_toggled = Signal(bool)  # distraction-free writing: only the note on screen
    discard_requested = Signal()
    start_from_last_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        platforms: Callable[[], list[str]] = lambda: [],
        hours: Callable[[], WorkingHours] = WorkingHours,
    ) -> None:
        super().__init__(parent)
        self._platforms = platforms
        self._hours = hours
        # Spell check (ui/spelling.py): the window gives the speller (set_speller); the
        # language is chosen per note, the interface language by default.
        self._speller: Speller | None = None
        self._highlighters: list[tuple[QPlainTextEdit, SpellHighlighter]] = []
        self._spelling_for: dict[int, str] = {}  # note id -> language, in memory only
        self.spelling_menu_shown: QMenu | None = None
        self._loading = False
        self._dirty = False
        self.not_saved = False  # the vault refused the last save (a full disk)
        self._base = SessionNote(date=dt.date.today())
        self.field_edits: dict[str, QPlainTextEdit] = {}
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self._autosave_now)
        self._build()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("note_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Session date"))
        self.date_edit.setAccessibleDescription(
            self.tr("The day of the session, as year-month-day; Alt+Down opens a calendar.")
        )
        self.time_check = QCheckBox(self.tr("at"), self)
        self.time_check.setAccessibleName(self.tr("Record the start time"))
        self.time_check.setAccessibleDescription(
            self.tr("Tick it to record when the session started.")
        )
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("note_start_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.time_edit.setAccessibleDescription(
            self.tr("When the session started, as hours:minutes.")
        )
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("note_duration")
        self.duration_spin.setRange(0, 1440)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("—"))
        self.duration_spin.setAccessibleName(self.tr("Duration"))
        self.duration_spin.setAccessibleDescription(
            self.tr("How long the session lasted, in minutes; 0 if not recorded.")
        )
        self.modality_combo = QComboBox(self)
        self.modality_combo.setObjectName("note_modality")
        for m in Modality:
            self.modality_combo.addItem(modality_label(m), m)
        self.modality_combo.setAccessibleDescription(
            self.tr("How you met: in person, by video, by phone or by chat.")
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("note_kind")
        for k in SessionKind:
            self.kind_combo.addItem(session_kind_label(k), k)
        self.kind_combo.setAccessibleDescription(
            self.tr("Who took part: the client alone, a group, the family, or a consultation.")
        )
        self.members_edit = QLineEdit(self)
        self.members_edit.setObjectName("note_group_members")
        self.members_edit.setPlaceholderText(
            self.tr("Case codes of the other members: C-0002, C-0004")
        )
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("note_class")
        for c in NoteClass:
            self.class_combo.addItem(note_class_label(c), c)
        self.class_hint = QLabel(self)
        self.class_hint.setObjectName("noteClassHint")
        self.class_hint.setWordWrap(True)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("note_template")
        for t in TemplateId:
            self.template_combo.addItem(translate(TEMPLATES[t].name, "NoteTemplates"), t)
        self.template_combo.setAccessibleDescription(
            self.tr("The headings the note is written under.")
        )
        self.last_button = QPushButton(self.tr("Start from My Last Note"), self)
        self.last_button.setObjectName("startFromLastButton")
        self.last_button.setAccessibleDescription(
            self.tr(
                "Starts a note set up like your last one for this client (template, kind, "
                "duration), its fields empty."
            )
        )
        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("note_platform")
        self.platform_combo.setEditable(True)
        self.platform_combo.setAccessibleDescription(
            self.tr("The video or chat service the session used; type one or choose it.")
        )
        self.identity_combo = QComboBox(self)
        self.identity_combo.setObjectName("note_identity_check")
        self.identity_combo.addItem(self.tr("Not recorded"), None)
        for i in IdentityCheck:
            self.identity_combo.addItem(identity_check_label(i), i)
        self.identity_combo.setAccessibleDescription(
            self.tr("How you made sure it was the client at the other end.")
        )
        self.flags_label = QLabel(self)
        self.flags_label.setObjectName("boundaryFlags")
        self.flags_label.setWordWrap(True)
        set_tone(self.flags_label, "warning")

        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_check)
        when.addWidget(self.time_edit)
        when.addWidget(self.duration_spin)
        when.addStretch(1)
        how = QHBoxLayout()
        how.addWidget(self.modality_combo)
        how.addWidget(self.kind_combo)
        how.addStretch(1)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo)
        template_row.addWidget(self.last_button)
        template_row.addStretch(1)
        online = QHBoxLayout()
        online.addWidget(self.platform_combo, 1)
        self.identity_label = QLabel(self.tr("Identity checked by:"), self)
        online.addWidget(self.identity_label)
        online.addWidget(self.identity_combo, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Session:"), when)
        form.addRow(self.tr("Kind:"), how)
        self.members_label = QLabel(self.tr("Group:"), self)
        form.addRow(self.members_label, self.members_edit)
        self.online_label = QLabel(self.tr("Platform:"), self)
        form.addRow(self.online_label, online)
        form.addRow(self.tr("Class:"), self.class_combo)
        form.addRow("", self.class_hint)
        self.service_selector = ServiceSelector(self)
        self.service_selector.setObjectName("noteService")
        form.addRow(self.tr("Service:"), self.service_selector)
        form.addRow(self.tr("Template:"), template_row)
        self.spelling_combo = QComboBox(self)
        self.spelling_combo.setObjectName("spellingCombo")
        for label, language in spelling_choices():
            self.spelling_combo.addItem(label, language)
        self.spelling_combo.setAccessibleDescription(
            self.tr(
                "The language this note is spell-checked in. Words you add are kept in the vault."
            )
        )
        self.spelling_combo.currentIndexChanged.connect(self._spelling_chosen)
        form.addRow(self.tr("Spelling:"), self.spelling_combo)

        self.fields_box = QWidget(self)
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        # Below a template's Follow-up: its day, which signing makes a reminder.
        self.follow_up_row = QWidget(self.fields_box)
        self.follow_up_row.setObjectName("followUpRow")
        self.follow_up_label = QLabel(self.tr("Remind me on:"), self.follow_up_row)
        self.follow_up_edit = OptionalDateEdit(
            self.follow_up_row, opens_at=self._follow_up_opens_at
        )
        self.follow_up_edit.setObjectName("note_follow_up_on")
        self.follow_up_edit.setAccessibleName(self.tr("Follow-up day"))
        self.follow_up_edit.setAccessibleDescription(
            self.tr(
                "The day the follow-up is due. When the note is signed it becomes a "
                "follow-up on the dashboard; leave it empty for none."
            )
        )
        follow_up = QHBoxLayout(self.follow_up_row)
        follow_up.setContentsMargins(0, 0, 0, 0)
        follow_up.addWidget(self.follow_up_label)
        follow_up.addWidget(self.follow_up_edit, 1)

        self.risk_notes_edit = QPlainTextEdit(self)
        self.risk_notes_edit.setObjectName("note_risk_notes")
        self.risk_notes_edit.setPlaceholderText(self.tr("Anything about risk not covered above"))
        self.risk_notes_edit.setFixedHeight(48)
        self.self_harm_check = QCheckBox(self.tr("Thoughts of self-harm or suicide"), self)
        self.self_harm_check.setObjectName("risk_self_harm")
        self.others_check = QCheckBox(self.tr("Thoughts of harming others"), self)
        self.others_check.setObjectName("risk_harm_to_others")
        self.abuse_check = QCheckBox(self.tr("Abuse or neglect disclosed"), self)
        self.abuse_check.setObjectName("risk_abuse_disclosed")
        for check in (self.self_harm_check, self.others_check, self.abuse_check):
            check.setAccessibleDescription(
                self.tr("Tick it if the client spoke of it in this session.")
            )
        self.abuse_check.setAccessibleDescription(
            self.tr(
                "Tick it if the client disclosed abuse or neglect; the steps you may be "
                "obliged to take then appear below."
            )
        )
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("risk_level")
        self.level_combo.addItem(self.tr("Not assessed"), None)
        for level in RiskLevel:
            self.level_combo.addItem(risk_label(level), level)
        self.level_combo.setAccessibleDescription(
            self.tr("Your assessment of risk in this session; it becomes the client's risk level.")
        )
        self.actions_edit = QPlainTextEdit(self)
        self.actions_edit.setObjectName("risk_actions_taken")
        self.actions_edit.setPlaceholderText(
            self.tr("Safety plan, who was told, referrals made, follow-up agreed")
        )
        self.actions_edit.setFixedHeight(56)
        risk_box = QGroupBox(self.tr("Risk"), self)
        risk_box.setObjectName("riskBox")
        self.risk_box = risk_box
        risk_form = QFormLayout(risk_box)
        risk_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # One check per line: side by side they made the editor wider than the profile
        # pane, and every field was cut off on the right.
        checks = QVBoxLayout()
        checks.setSpacing(4)
        checks.addWidget(self.self_harm_check)
        checks.addWidget(self.others_check)
        checks.addWidget(self.abuse_check)
        risk_form.addRow(checks)
        risk_form.addRow(self.tr("Level:"), self.level_combo)
        risk_form.addRow(self.tr("Actions taken:"), self.actions_edit)
        risk_form.addRow(self.tr("Risk notes:"), self.risk_notes_edit)
        self.duty = DutyChecklist(self)
        self.duty.setVisible(False)
        self.progress = ProgressEntry(self)  # plan ratings and measures (issue 9)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(form)
        column.addWidget(self.flags_label)
        column.addWidget(self.fields_box)
        column.addWidget(self.progress)
        column.addWidget(risk_box)
        column.addWidget(self.duty)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.scroll_area = scroll

        self.status_label = QLabel(self)
        self.status_label.setObjectName("autosaveStatus")
        self.discard_button = QPushButton(self.tr("Discard Draft"), self)
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.setAccessibleDescription(
            self.tr("Deletes this draft. A signed note is never deleted.")
        )
        self.save_button = QPushButton(self.tr("Save Draft"), self)
        self.save_button.setObjectName("saveDraftButton")
        self.save_button.setAccessibleDescription(
            self.tr("Saves the note as a draft you can still change. Drafts save themselves too.")
        )
        self.sign_button = QPushButton(self.tr("Sign and Lock…"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setAccessibleDescription(
            self.tr(
                "Shows the note to check, then signs it: after that it can never be "
                "changed, only added to."
            )
        )
        self.focus_button = QPushButton(self.tr("Focus"), self)
        self.focus_button.setObjectName("focusWritingButton")
        self.focus_button.setCheckable(True)
        self.focus_button.setToolTip(
            self.tr("Only the note on screen while you write (F11; Esc returns)")
        )
        self.focus_button.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.focus_button.toggled.connect(self.focus_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.focus_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for signal in (
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
            self.duration_spin.valueChanged,
            self.members_edit.textEdited,
            self.platform_combo.currentTextChanged,
            self.risk_notes_edit.textChanged,
            self.actions_edit.textChanged,
        ):
            signal.connect(self._edited)
        for combo in (
            self.modality_combo,
            self.kind_combo,
            self.class_combo,
            self.identity_combo,
            self.level_combo,
        ):
            combo.currentIndexChanged.connect(self._edited)
        for check in (self.time_check, self.self_harm_check, self.others_check, self.abuse_check):
            check.toggled.connect(self._edited)
        self.service_selector.changed.connect(self._edited)
        self.follow_up_edit.dateChanged.connect(self._edited)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.save_button.clicked.connect(self.save_requested)
        self.sign_button.clicked.connect(self.sign_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.last_button.clicked.connect(self.start_from_last_requested)

    def _build_fields(self, template: TemplateId, values: dict[str, str]) -> None:
        while self.fields_layout.count():
            item = self.fields_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.follow_up_row:
                if isinstance(widget, QPlainTextEdit):
                    # Emptied now: deleted only when the event loop comes back, it would
                    # hold the note's text (and be spell-checked again) after a lock.
                    widget.blockSignals(True)
                    widget.clear()
                widget.deleteLater()
        self.field_edits = {}
        for spec in template_for(template).fields:
            label = QLabel(translate(spec.label, "NoteTemplates"), self.fields_box)
            label.setObjectName("fieldLabel")
            label.setStyleSheet("font-weight: 600;")
            guidance = QLabel(translate(spec.guidance, "NoteTemplates"), self.fields_box)
            guidance.setObjectName("hint")
            guidance.setWordWrap(True)
            edit = _FieldEdit(self.fields_box)
            edit.setObjectName(f"note_field_{spec.key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.setPlaceholderText(translate(spec.guidance, "NoteTemplates"))
            edit.setAccessibleName(label.text())
            edit.setAccessibleDescription(guidance.text())
            edit.setPlainText(values.get(spec.key, ""))
            edit.setProperty("seenText", edit.toPlainText())
            edit.textChanged.connect(self._edited)
            self.fields_layout.addWidget(label)
            self.fields_layout.addWidget(guidance)
            self.fields_layout.addWidget(edit)
            self.field_edits[spec.key] = edit
            if spec.key == "follow_up":
                self.fields_layout.addWidget(self.follow_up_row)
        self.follow_up_row.setVisible("follow_up" in self.field_edits)
        self._highlighters = [
            (e, h) for e, h in self._highlighters if e in (self.actions_edit, self.risk_notes_edit)
        ]
        for field_edit in self.field_edits.values():
            self._check_spelling_of(field_edit)

    # -- loading and reading ----------------------------------------------------------
    def set_note(self, note: SessionNote) -> None:
        self._loading = True
        try:
            self._base = note
            self.date_edit.setDate(QDate(note.date.year, note.date.month, note.date.day))
            self.time_check.setChecked(note.start_time is not None)
            start = note.start_time or dt.time(8, 0)
            self.time_edit.setTime(QTime(start.hour, start.minute))
            self.duration_spin.setValue(note.duration_minutes or 0)
            self.modality_combo.setCurrentIndex(self.modality_combo.findData(note.modality))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(note.kind))
            self.members_edit.setText(", ".join(note.group_members))
            self.class_combo.setCurrentIndex(self.class_combo.findData(NoteClass(note.note_class)))
            self.template_combo.setCurrentIndex(self.template_combo.findData(note.template))
            self.platform_combo.clear()
            self.platform_combo.addItems(self._platforms())
            self.platform_combo.setEditText(note.platform or "")
            self.identity_combo.setCurrentIndex(
                max(0, self.identity_combo.findData(note.identity_check))
                if note.identity_check
                else 0
            )
            risk = note.risk or RiskAssessment()
            self.self_harm_check.setChecked(risk.self_harm)
            self.others_check.setChecked(risk.harm_to_others)
            self.abuse_check.setChecked(risk.abuse_disclosed)
            self.level_combo.setCurrentIndex(
                self.level_combo.findData(RiskLevel(risk.level))
                if note.risk and risk.level is not None
                else 0
            )
            self.actions_edit.setPlainText(risk.actions_taken)
            self.risk_notes_edit.setPlainText(note.risk_notes or "")
            for risk_edit in (self.actions_edit, self.risk_notes_edit):
                risk_edit.setProperty("seenText", risk_edit.toPlainText())
            self.service_selector.set_service(note.service, note.kind)
            self.follow_up_edit.set_value(note.follow_up_on)
            self._build_fields(note.template, note.fields)
            language = self._spelling_for.get(note.id, interface_language()) if note.id else None
            self.spelling_combo.setCurrentIndex(
                max(0, self.spelling_combo.findData(language or interface_language()))
            )
            self._apply_spelling()
        finally:
            self._loading = False
        self._dirty = False
        self._set_not_saved(False)
        self.autosave_timer.stop()
        self._update_visibility()
        self.progress.load(note.id)

    # -- spell check ------------------------------------------------------------------
    def set_speller(self, speller: Speller) -> None:
        self._speller = speller
        for edit in (self.actions_edit, self.risk_notes_edit, *self.field_edits.values()):
            self._check_spelling_of(edit)

    def _check_spelling_of(self, edit: QPlainTextEdit) -> None:
        speller = self._speller
        if speller is None or any(e is edit for e, _ in self._highlighters):
            return
        highlighter = SpellHighlighter(edit.document(), speller)
        highlighter.set_language(self.spelling_language())
        self._highlighters.append((edit, highlighter))
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(
            lambda pos, e=edit, h=highlighter: self._spelling_menu(e, h, pos)
        )

    def _spelling_menu(
        self, edit: QPlainTextEdit, highlighter: SpellHighlighter, pos: QPoint
    ) -> None:
        if self._speller is None:
            return
        menu = spelling_menu(edit, highlighter, self._speller, pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.viewport().mapToGlobal(pos))
        self.spelling_menu_shown = menu  # tests and screenshots

    @property
    def speller(self) -> Speller | None:
        """The window's speller, for the dialogs that add to a note (an addendum)."""
        return self._speller

    def spelling_language_of(self, note_id: int | None) -> str:
        """The language note ``note_id`` is spell-checked in (chosen this session, or the
        interface's)."""
        if note_id is None:
            return interface_language()
        return self._spelling_for.get(note_id, interface_language())

    def spelling_language(self) -> str:
        """ "en", "id", or "" for no spell check."""
        return str(self.spelling_combo.currentData() or "")

    def highlighter_of(self, edit: QPlainTextEdit) -> SpellHighlighter | None:
        return next((h for e, h in self._highlighters if e is edit), None)

    def _spelling_chosen(self) -> None:
        base = getattr(self, "_base", None)  # None while the editor is being built
        note_id = base.id if base is not None else None
        if note_id is not None and not getattr(self, "_loading", True):
            self._spelling_for[note_id] = self.spelling_language()
        self._apply_spelling()

    def _apply_spelling(self) -> None:
        for _, highlighter in self._highlighters:
            highlighter.set_language(self.spelling_language())

    def forget_spelling_choices(self) -> None:
        """At a lock: which note was checked in which language goes too."""
        self._spelling_for.clear()

    def note(self) -> SessionNote:
        """The note as the editor now shows it (its id kept)."""
        template = TemplateId(self.template_combo.currentData() or TemplateId.FREE)
        level_data = self.level_combo.currentData()
        level = RiskLevel(level_data) if level_data else None
        risk_any = (
            self.self_harm_check.isChecked()
            or self.others_check.isChecked()
            or self.abuse_check.isChecked()
            or level is not None
            or bool(self.actions_edit.toPlainText().strip())
        )
        risk = (
            RiskAssessment(
                self_harm=self.self_harm_check.isChecked(),
                harm_to_others=self.others_check.isChecked(),
                abuse_disclosed=self.abuse_check.isChecked(),
                level=level,  # None: "Not assessed", never read as "None"
                actions_taken=self.actions_edit.toPlainText(),
            )
            if risk_any
            else None
        )
        modality = Modality(self.modality_combo.currentData() or Modality.IN_PERSON)
        kind = SessionKind(self.kind_combo.currentData() or SessionKind.INDIVIDUAL)
        members = (
            [c.strip() for c in self.members_edit.text().split(",") if c.strip()]
            if kind is SessionKind.GROUP
            else []
        )
        online = Modality(modality).is_online
        platform = self.platform_combo.currentText().strip() if online else ""
        return SessionNote(
            id=self._base.id,
            date=py_date(self.date_edit.date()),
            start_time=py_time(self.time_edit.time()) if self.time_check.isChecked() else None,
            duration_minutes=self.duration_spin.value() or None,
            modality=modality,
            kind=kind,
            group_members=members,
            template=template,
            fields={k: e.toPlainText() for k, e in self.field_edits.items()},
            risk_notes=self.risk_notes_edit.toPlainText(),
            note_class=NoteClass(self.class_combo.currentData() or NoteClass.PROGRESS),
            platform=platform or None,
            identity_check=IdentityCheck(self.identity_combo.currentData())
            if online and self.identity_combo.currentData()
            else None,
            risk=risk,
            duty_actions=list(self._base.duty_actions),
            service=self.service_selector.service(),
            follow_up_on=self.follow_up_edit.value() if "follow_up" in self.field_edits else None,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.focus_button.isChecked():
            self.focus_button.setChecked(False)
            return
        super().keyPressEvent(event)

    def use_preferences(
        self, platforms: Callable[[], list[str]], hours: Callable[[], WorkingHours]
    ) -> None:
        """Where the approved platforms (offered for online sessions) and the working
        hours (an entry outside them is flagged) come from: Settings → Sessions."""
        self._platforms = platforms
        self._hours = hours

    @property
    def is_dirty(self) -> bool:
        """The text on screen is not in the vault as it stands."""
        return self._dirty

    def mark_unsaved(self) -> None:
        """The note just put here is not in the vault as it stands (recovered text, a
        note held across a lock): it is autosaved when she leaves it, and a refused save
        keeps it here and asks before it is lost, as if she had typed it."""
        self._dirty = True

    def mark_saved(self, message: str) -> None:
        """The text on screen is in the vault; ``message`` says so on the status line."""
        self._dirty = False
        self._set_not_saved(False)
        self.autosave_timer.stop()
        self.status_label.setText(message)

    def show_not_saved(self, message: str) -> None:
        """A warning that stays until the text is saved: the vault refused it."""
        self._set_not_saved(True)
        self.status_label.setText(message)

    def _set_not_saved(self, on: bool) -> None:
        self.not_saved = on
        set_tone(self.status_label, "error" if on else None, "font-weight: 600;" if on else "")

    def show_risk(self) -> None:
        """Bring the risk section and the duty checklist into view, the level first."""
        self.scroll_area.ensureWidgetVisible(
            self.duty if self.duty.isVisibleTo(self) else self.risk_box
        )
        self.scroll_area.ensureWidgetVisible(self.risk_box)
        self.level_combo.setFocus()

    def set_duty_actions(self, actions: list[DutyAction]) -> None:
        self._base.duty_actions = list(actions)
        self._update_visibility()

    def _follow_up_opens_at(self) -> dt.date:
        """The calendar opens two weeks after the session."""
        return py_date(self.date_edit.date()) + dt.timedelta(days=14)

    def set_base_id(self, session_id: int | None) -> None:
        self._base.id = session_id
        if session_id is not None:  # a new draft, saved: its spelling stays with it
            self._spelling_for.setdefault(session_id, self.spelling_language())

    # -- editing ----------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if self._loading or any(h.busy for _, h in self._highlighters):
            return  # a spell-check underline drawn again is no edit
        sender = self.sender()
        if isinstance(sender, QPlainTextEdit):
            # The spell check's underlines are drawn after a delay and the document
            # reports them as a change: only a change of the text is an edit.
            text = sender.toPlainText()
            if sender.property("seenText") == text:
                return
            sender.setProperty("seenText", text)
        self._dirty = True
        self.autosave_timer.start()
        self._update_visibility()
        self.changed.emit()

    def _template_changed(self, *_args: object) -> None:
        if self._loading:
            return
        current = {k: e.toPlainText() for k, e in self.field_edits.items()}
        template = TemplateId(self.template_combo.currentData() or TemplateId.FREE)
        self._build_fields(template, current)
        self._edited()

    def _autosave_now(self) -> None:
        if self._dirty:
            self.autosave_due.emit()

    def flush(self) -> None:
        """Autosave now if anything is pending (focus left, view closing, lock)."""
        if self._dirty:
            self.autosave_timer.stop()
            self.autosave_due.emit()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if (
            old is not None
            and self.isAncestorOf(old)
            and (new is None or not self.isAncestorOf(new))
        ):
            self.flush()

    def _update_visibility(self) -> None:
        group = self.kind_combo.currentData() == SessionKind.GROUP.value
        self.service_selector.set_kind(SessionKind(self.kind_combo.currentData()))
        self.members_edit.setVisible(group)
        self.members_label.setVisible(group)
        online = Modality(self.modality_combo.currentData() or Modality.IN_PERSON).is_online
        for widget in (
            self.online_label,
            self.platform_combo,
            self.identity_label,
            self.identity_combo,
        ):
            widget.setVisible(online)
        note_class = NoteClass(self.class_combo.currentData() or NoteClass.PROGRESS)
        self.class_hint.setText(note_class_hint(note_class))
        self.class_combo.setAccessibleDescription(self.class_hint.text())
        if note_class is not NoteClass.PROGRESS:
            set_tone(self.class_hint, "private")
        else:
            set_tone(self.class_hint, None, "color: palette(placeholder-text);")
        note = self.note()
        flags = boundary_flags(note, self._platforms(), self._hours())
        self.flags_label.setText("\n".join("⚠ " + translate(f) for f in flags))
        self.flags_label.setVisible(bool(flags))
        steps = duty_steps_for(note.risk)
        self.duty.set_state(steps, note.duty_actions)
