"""One client's profile: every field of the interchange format, in tabs.

The view edits a copy of a :class:`Client` and hands it back through :meth:`collect`;
saving is the main window's job (through the client service). Validation issues come
back by their dotted paths and are shown next to their fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
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
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.enums import ClientStatus, RiskLevel
from counsel_desk.domain.model import Client, age_on
from counsel_desk.domain.validation import Issue, Severity
from counsel_desk.ui.labels import (
    RISK_TONES,
    format_date,
    risk_label,
    status_label,
)
from counsel_desk.ui.spelling import (
    Speller,
    SpellHighlighter,
    attach_spell_check,
    interface_language,
)
from counsel_desk.ui.theme import styled, tone
from counsel_desk.ui.translate import translate
from counsel_desk.ui.views.consents_view import ConsentsView
from counsel_desk.ui.views.plan_view import PlanView
from counsel_desk.ui.views.referrals_view import ReferralsView
from counsel_desk.ui.views.screening_view import ScreeningView
from counsel_desk.ui.views.sessions_view import SessionsView
from counsel_desk.ui.widgets.contact_list_editor import ContactListEditor, NameListEditor
from counsel_desk.ui.widgets.date_edit import OptionalDateEdit
from counsel_desk.ui.widgets.readable_tabs import ReadableTabBar

AnyIndex = QModelIndex | QPersistentModelIndex
_PATH = re.compile(r"^(?P<list>\w+)\[(?P<row>\d+)\](?:\.(?P<field>\w+))?")


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def _blank(text: str) -> str | None:
    text = text.strip()
    return text or None


class ClientProfileView(QWidget):
    """Edits one client's profile; ``dirty_changed`` tells the window to enable Save."""

    dirty_changed = Signal(bool)
    save_requested = Signal()
    close_case_requested = Signal()
    supervision_requested = Signal()
    full_record_requested = Signal()

    TAB_PROFILE, TAB_CONTACTS, TAB_CASE, TAB_SESSIONS, TAB_CONSENTS = range(5)
    TAB_PLAN = 5
    TAB_REFERRALS = 6
    TAB_SCREENING = 7

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._client: Client | None = None
        self._dirty = False
        self._loading = False
        self._privacy = False
        self._field_errors: dict[str, QLabel] = {}
        self.concern_highlighter: SpellHighlighter | None = None
        self._build()
        self.clear()

    # -- construction -----------------------------------------------------------------

    def set_speller(self, speller: Speller) -> None:
        """Spell-check the presenting concern, her prose, in the interface language."""
        self.concern_highlighter = attach_spell_check(
            self.concern_edit, speller, interface_language()
        )

    def _line(self, key: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(f"field_{key}")
        edit.textEdited.connect(self._mark_dirty)
        return edit

    def _row(
        self, form: QFormLayout, label: str, key: str, widget: QWidget, description: str = ""
    ) -> None:
        if description:
            widget.setAccessibleDescription(description)  # what to type, for a screen reader
        error = _error_label(widget.parentWidget() or self)
        self._field_errors[key] = error
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, box)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    def _build(self) -> None:
        # Header: name (or case code in privacy mode), case code, status and risk chips.
        self.name_label = QLabel(self)
        self.name_label.setObjectName("profileName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("profileCaseCode")
        self.status_chip = QLabel(self)
        self.status_chip.setObjectName("statusChip")
        self.risk_chip = QLabel(self)
        self.risk_chip.setObjectName("riskChip")
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("profileFacts")
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleDescription(
            self.tr("Opens a menu: a redacted summary for supervision, or the full record printed.")
        )
        export_menu = QMenu(self.export_button)
        export_menu.addAction(
            self.tr("Export for Supervision…"), lambda: self.supervision_requested.emit()
        )
        export_menu.addAction(
            self.tr("Print Full Record…"), lambda: self.full_record_requested.emit()
        )
        self.export_button.setMenu(export_menu)
        self.close_case_button = QPushButton(self.tr("Close Case…"), self)
        self.close_case_button.setObjectName("closeCaseButton")
        self.close_case_button.setAccessibleDescription(
            self.tr("Closes this client's case on a date you choose. The record is kept.")
        )
        self.save_button = QPushButton(self.tr("Save Profile"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleDescription(
            self.tr("Saves the changes to this profile (Ctrl+S).")
        )
        self.save_button.setEnabled(False)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.code_label)
        title_row.addWidget(self.status_chip)
        title_row.addWidget(self.risk_chip)
        title_row.addStretch(1)
        # The actions share the second line with the facts: beside the name and chips
        # they made the pane so wide that the caseload's names were cut off.
        facts_row = QHBoxLayout()
        facts_row.setSpacing(10)
        facts_row.addWidget(self.facts_label, 1)
        facts_row.addWidget(self.export_button)
        facts_row.addWidget(self.close_case_button)
        facts_row.addWidget(self.save_button)
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addLayout(title_row)
        header.addLayout(facts_row)

        self.banner = QLabel(self)
        self.banner.setObjectName("profileBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("profileTabs")
        # Eight tabs: on a narrow window their names are shortened, never below their
        # first letters (each has its tooltip), rather than hidden behind scroll arrows.
        self.tabs.setTabBar(ReadableTabBar(self.tabs))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        index = self.tabs.addTab(self._build_profile_tab(), self.tr("Profile"))
        self.tabs.setTabToolTip(index, self.tr("Name, date of birth, school and contact details"))
        index = self.tabs.addTab(self._build_contacts_tab(), self.tr("Family && Contacts"))
        self.tabs.setTabToolTip(
            index, self.tr("Guardians, emergency contacts and the other people the record names")
        )
        index = self.tabs.addTab(self._build_case_tab(), self.tr("Case"))
        self.tabs.setTabToolTip(
            index, self.tr("Referral, presenting concern, risk level, tags and the case's dates")
        )
        index = self.tabs.addTab(self._build_sessions_tab(), self.tr("Sessions"))
        self.tabs.setTabToolTip(index, self.tr("Session notes: write, sign and read them"))
        index = self.tabs.addTab(self._build_consents_tab(), self.tr("Consents"))
        self.tabs.setTabToolTip(index, self.tr("The consents recorded for this client"))
        self.plan_view = PlanView(self, today=self._today)  # support plan, progress, measures
        self.plan_view.setObjectName("planView")
        self.plan_view.attach_progress(self.sessions_view.editor.progress)
        index = self.tabs.addTab(self.plan_view, self.tr("Plan"))
        self.tabs.setTabToolTip(index, self.tr("The support plan, progress charts and follow-ups"))
        self.referrals_view = ReferralsView(self, today=self._today)
        self.referrals_view.setObjectName("referralsView")
        index = self.tabs.addTab(self.referrals_view, self.tr("Referrals"))
        self.tabs.setTabToolTip(
            index, self.tr("Cases handed on (alih tangan kasus), their replies and letters")
        )
        self.screening_view = ScreeningView(self, today=self._today)
        self.screening_view.setObjectName("screeningView")
        self.screening_view.risk_found.connect(self.open_risk_note)
        self.screening_view.changed.connect(self._screening_changed)
        index = self.tabs.addTab(self.screening_view, self.tr("Screening"))
        self.tabs.setTabToolTip(
            index, self.tr("PHQ-A, PHQ-9 and GAD-7 scores over time; AUM, DCM and ITP results")
        )

        self.privacy_panel = QLabel(
            self.tr(
                "Privacy mode is on: names, contact details and notes are hidden. "
                "Turn privacy mode off to see or edit this profile."
            ),
            self,
        )
        self.privacy_panel.setObjectName("privacyPanel")
        self.privacy_panel.setWordWrap(True)
        self.privacy_panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.privacy_panel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)

        self.save_button.clicked.connect(self.save_requested)
        self.close_case_button.clicked.connect(self.close_case_requested)

    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _build_profile_tab(self) -> QWidget:
        page = QWidget(self)
        self.case_code_edit = self._line("case_code", page)
        self.given_name_edit = self._line("given_name", page)
        self.family_name_edit = self._line("family_name", page)
        self.preferred_name_edit = self._line("preferred_name", page)
        self.dob_edit = OptionalDateEdit(page, opens_at=self._school_age_birthday)
        self.dob_edit.setObjectName("field_date_of_birth")
        self.dob_edit.dateChanged.connect(self._mark_dirty)
        self.dob_edit.dateChanged.connect(lambda *_: self._update_facts())
        self.gender_edit = self._line("gender", page)
        self.school_edit = self._line("school", page)
        self.grade_edit = self._line("grade", page)
        self.student_number_edit = self._line("student_number", page)
        self.national_id_edit = self._line("national_id", page)
        self.phone_edit = self._line("phone", page)
        self.email_edit = self._line("email", page)
        self.address_edit = QPlainTextEdit(page)
        self.address_edit.setObjectName("field_address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(56)
        self.address_edit.textChanged.connect(self._mark_dirty)

        person = QGroupBox(self.tr("Person"), page)
        form = self._form()
        self._row(
            form,
            self.tr("Case code:"),
            "case_code",
            self.case_code_edit,
            self.tr(
                "The code that stands for the client in exports and in privacy mode. "
                "Left empty, one is assigned when the profile is saved."
            ),
        )
        self._row(
            form,
            self.tr("Given name:"),
            "given_name",
            self.given_name_edit,
            self.tr("The client's given name, as the school writes it."),
        )
        self._row(
            form,
            self.tr("Family name:"),
            "family_name",
            self.family_name_edit,
            self.tr("The family name, if the client has one."),
        )
        self._row(
            form,
            self.tr("Preferred name:"),
            "preferred_name",
            self.preferred_name_edit,
            self.tr("The name the client likes to be called, if it is another one."),
        )
        self._row(form, self.tr("Date of birth:"), "date_of_birth", self.dob_edit)
        self._row(
            form,
            self.tr("Gender:"),
            "gender",
            self.gender_edit,
            self.tr("The client's gender, in the client's own words."),
        )
        person.setLayout(form)

        school = QGroupBox(self.tr("School and contact"), page)
        form2 = self._form()
        self._row(
            form2,
            self.tr("School:"),
            "school",
            self.school_edit,
            self.tr("The school the client attends."),
        )
        self._row(
            form2,
            self.tr("Grade:"),
            "grade",
            self.grade_edit,
            self.tr("The client's grade or class, for example 8B."),
        )
        self._row(
            form2,
            self.tr("Student number:"),
            "student_number",
            self.student_number_edit,
            self.tr("The school's number for this student, if you keep it."),
        )
        self._row(
            form2,
            self.tr("National ID:"),
            "national_id",
            self.national_id_edit,
            self.tr("The national identity number, only if the record needs it."),
        )
        self._row(
            form2,
            self.tr("Phone:"),
            "phone",
            self.phone_edit,
            self.tr("The client's own phone number."),
        )
        self._row(
            form2,
            self.tr("E-mail:"),
            "email",
            self.email_edit,
            self.tr("The client's own e-mail address."),
        )
        self._row(
            form2,
            self.tr("Address:"),
            "address",
            self.address_edit,
            self.tr("Where the client lives; it may take several lines. Tab moves on."),
        )
        school.setLayout(form2)
        # One label width for both boxes, so their fields line up.
        labels = [
            label
            for f in (form, form2)
            for row in range(f.rowCount())
            if (item := f.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(label := item.widget(), QLabel)
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(form.labelAlignment())

        # One column: every field gets the pane's full width, so a school's or an
        # e-mail's full text shows without clipping.
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 10, 4, 4)
        grid.setVerticalSpacing(10)
        grid.addWidget(person, 0, 0)
        grid.addWidget(school, 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(2, 1)
        return self._scroll(page)

    def _build_contacts_tab(self) -> QWidget:
        page = QWidget(self)
        self.guardians_editor = ContactListEditor(
            self.tr("Add Guardian"),
            page,
            empty_text=self.tr(
                "No parent or guardian yet. Click “Add Guardian”, then type the name, the "
                "relationship (for example mother) and a phone number; Tab moves to the "
                "next cell."
            ),
        )
        self.guardians_editor.setObjectName("guardiansEditor")
        self.emergency_editor = ContactListEditor(
            self.tr("Add Emergency Contact"),
            page,
            empty_text=self.tr(
                "No emergency contact yet. Click “Add Emergency Contact” and type the "
                "name, the relationship and a phone number."
            ),
        )
        self.emergency_editor.setObjectName("emergencyEditor")
        self.other_people_editor = NameListEditor(self.tr("Add Person"), page)
        self.other_people_editor.setObjectName("otherPeopleEditor")
        for editor in (self.guardians_editor, self.emergency_editor, self.other_people_editor):
            editor.changed.connect(self._mark_dirty)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)
        for title, editor, hint in (
            (self.tr("Guardians"), self.guardians_editor, None),
            (self.tr("Emergency contacts"), self.emergency_editor, None),
            (
                self.tr("Other people named in the record"),
                self.other_people_editor,
                self.tr(
                    "Classmates, teachers or relatives the notes mention. They are "
                    "disguised in supervision summaries."
                ),
            ),
        ):
            box = QGroupBox(title, page)
            editor.view.setAccessibleName(title)  # the group box's title names its table
            inner = QVBoxLayout(box)
            if hint:
                label = QLabel(hint, box)
                label.setWordWrap(True)
                label.setObjectName("hint")
                inner.addWidget(label)
            inner.addWidget(editor)
            layout.addWidget(box)
        layout.addStretch(1)
        return self._scroll(page)

    def _build_case_tab(self) -> QWidget:
        page = QWidget(self)
        self.referral_edit = self._line("referral_source", page)
        self.concern_edit = QPlainTextEdit(page)
        self.concern_edit.setObjectName("field_presenting_concern")
        self.concern_edit.setTabChangesFocus(True)
        self.concern_edit.setMinimumHeight(90)
        self.concern_edit.textChanged.connect(self._concern_changed)
        self.risk_combo = QComboBox(page)
        self.risk_combo.setObjectName("field_risk_level")
        for level in RiskLevel:
            self.risk_combo.addItem(risk_label(level), level)
        self.risk_combo.currentIndexChanged.connect(self._mark_dirty)
        self.risk_combo.currentIndexChanged.connect(lambda *_: self._update_chips())
        self.tags_edit = self._line("tags", page)
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.opened_edit = OptionalDateEdit(page, opens_at=self._today)
        self.opened_edit.setObjectName("field_opened_on")
        self.opened_edit.dateChanged.connect(self._mark_dirty)
        self.closed_label = QLabel(page)
        self.closed_label.setObjectName("closedOnLabel")
        form = self._form()
        self._row(
            form,
            self.tr("Referral source:"),
            "referral_source",
            self.referral_edit,
            self.tr("Who sent the client to you, for example a homeroom teacher."),
        )
        self._row(
            form,
            self.tr("Presenting concern:"),
            "presenting_concern",
            self.concern_edit,
            self.tr("Why the client came, in a few sentences. Tab moves on."),
        )
        self._row(
            form,
            self.tr("Risk level:"),
            "risk_level",
            self.risk_combo,
            self.tr("Your assessment of risk now. A note's risk section changes it too."),
        )
        self._row(
            form,
            self.tr("Tags:"),
            "tags",
            self.tags_edit,
            self.tr("Words to find the client by, separated by commas."),
        )
        self._row(form, self.tr("Case opened:"), "opened_on", self.opened_edit)
        self._row(form, self.tr("Case closed:"), "closed_on", self.closed_label)
        box = QGroupBox(self.tr("Case"), page)
        box.setLayout(form)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)
        layout.addWidget(box)
        layout.addStretch(1)
        return self._scroll(page)

    def _build_sessions_tab(self) -> QWidget:
        self.sessions_view = SessionsView(self, today=self._today)
        self.sessions_view.setObjectName("sessionsView")
        return self.sessions_view

    def _build_consents_tab(self) -> QWidget:
        self.consents_view = ConsentsView(self, today=self._today)
        self.consents_view.setObjectName("consentsView")
        return self.consents_view

    # -- showing ----------------------------------------------------------------------
    @property
    def client(self) -> Client | None:
        return self._client

    @property
    def client_id(self) -> int | None:
        return self._client.id if self._client else None

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def privacy_active(self) -> bool:
        return self._privacy

    @property
    def has_client(self) -> bool:
        return self._client is not None

    def show_client(self, client: Client) -> None:
        """Load ``client`` into the form (discarding any edits)."""
        self._loading = True
        try:
            self._client = client
            self.case_code_edit.setText(client.case_code or "")
            self.given_name_edit.setText(client.given_name)
            self.family_name_edit.setText(client.family_name or "")
            self.preferred_name_edit.setText(client.preferred_name or "")
            self.dob_edit.set_value(client.date_of_birth)
            self.gender_edit.setText(client.gender or "")
            self.school_edit.setText(client.school or "")
            self.grade_edit.setText(client.grade or "")
            self.student_number_edit.setText(client.student_number or "")
            self.national_id_edit.setText(client.national_id or "")
            self.phone_edit.setText(client.phone or "")
            self.email_edit.setText(client.email or "")
            self.address_edit.setPlainText(client.address or "")
            self.guardians_editor.set_contacts(client.guardians)
            self.emergency_editor.set_contacts(client.emergency_contacts)
            self.other_people_editor.set_names(client.other_people)
            self.referral_edit.setText(client.referral_source or "")
            self.concern_edit.setPlainText(client.presenting_concern or "")
            self.risk_combo.setCurrentIndex(self.risk_combo.findData(RiskLevel(client.risk_level)))
            self.tags_edit.setText(", ".join(client.tags))
            self.opened_edit.set_value(client.opened_on)
            self.closed_label.setText(
                format_date(client.closed_on) if client.closed_on else self.tr("Open")
            )
            self._fill_sessions(client)
            self._fill_consents(client)
            if client.id is not None:
                self.plan_view.show_client(client)
            else:
                self.plan_view.clear()
            self.show_issues([])
        finally:
            self._loading = False
        self._set_dirty(False)
        self._update_header()
        self.close_case_button.setEnabled(
            client.id is not None and client.status is ClientStatus.ACTIVE
        )
        self.export_button.setEnabled(client.id is not None)
        self.case_code_edit.setPlaceholderText(
            self.tr("Assigned when saved") if client.case_code is None else ""
        )

    def set_risk_level(self, level: RiskLevel) -> None:
        """The risk level followed a new assessment in a note: show it without marking
        the profile as edited."""
        if self._client is None:
            return
        self._loading = True
        try:
            self._client = replace(self._client, risk_level=level)
            self.risk_combo.setCurrentIndex(self.risk_combo.findData(RiskLevel(level)))
        finally:
            self._loading = False
        self._update_chips()

    def open_risk_note(self, text: str) -> None:
        """A screening's self-harm answer: a new note with the risk section ticked and
        the duty checklist, in front of her at once."""
        self.tabs.setCurrentIndex(self.TAB_SESSIONS)
        self.sessions_view.new_risk_note(text)

    def _screening_changed(self) -> None:
        if self.plan_view.record is not None:
            self.plan_view.reload()

    def start_new(self) -> None:
        """An empty profile for a new client (saved with Ctrl+S)."""
        self.show_client(Client(given_name="", opened_on=self._today()))
        self.tabs.setCurrentIndex(self.TAB_PROFILE)
        self.given_name_edit.setFocus()

    def redraw(self) -> None:
        """After a change of theme: what the tabs drew as HTML is drawn again."""
        self.sessions_view.redraw()
        self.consents_view.redraw()
        self.plan_view.redraw()

    def clear(self) -> None:
        """Forget the client entirely (on lock): every field and table emptied."""
        self.show_client(Client(given_name=""))
        self._client = None
        self.sessions_view.clear()
        self.consents_view.clear()
        self.plan_view.clear()
        self.referrals_view.clear()
        self.screening_view.clear()
        self.name_label.setText("")
        self.code_label.setText("")
        self.facts_label.setText("")
        self.status_chip.setText("")
        self.risk_chip.setText("")
        self.tabs.setCurrentIndex(self.TAB_PROFILE)
        self._set_dirty(False)

    def _fill_sessions(self, client: Client) -> None:
        if client.id is not None:
            self.sessions_view.show_client(client)
        else:
            self.sessions_view.clear()
        self.tabs.setTabText(
            self.TAB_SESSIONS, self.tr("Sessions ({count})").format(count=len(client.sessions))
        )

    def _fill_consents(self, client: Client) -> None:
        if client.id is not None:
            self.consents_view.show_client(client)
            self.referrals_view.show_client(client)
            self.screening_view.show_client(client)
        else:
            self.consents_view.clear()
            self.referrals_view.clear()
            self.screening_view.clear()
        self.tabs.setTabText(
            self.TAB_CONSENTS, self.tr("Consents ({count})").format(count=len(client.consents))
        )

    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        self.body.setCurrentWidget(self.privacy_panel if on else self.tabs)
        self._update_header()

    def _update_header(self) -> None:
        client = self._client
        if client is None:
            return
        code = self.case_code_edit.text().strip() or client.case_code or ""
        if self._privacy:
            self.name_label.setText(code or self.tr("New client"))
            self.code_label.setText("")
        else:
            name = " ".join(
                p
                for p in (self.given_name_edit.text().strip(), self.family_name_edit.text().strip())
                if p
            )
            self.name_label.setText(name or self.tr("New client"))
            self.code_label.setText(code)
        self._update_chips()
        self._update_facts()

    def _update_chips(self) -> None:
        client = self._client
        if client is None:
            return
        status = ClientStatus(client.status)
        self.status_chip.setText(status_label(status))
        _chip(self.status_chip, "muted" if status is ClientStatus.CLOSED else "info")
        level = self.risk_combo.currentData() or RiskLevel.NONE
        self.risk_chip.setText(self.tr("Risk: {level}").format(level=risk_label(level)))
        _chip(self.risk_chip, RISK_TONES[RiskLevel(level)])

    def _update_facts(self) -> None:
        client = self._client
        if client is None:
            return
        facts = []
        born = self.dob_edit.value()
        if born is not None and not self._privacy:
            age = age_on(born, self._today())
            if age is not None:
                facts.append(self.tr("Age {age}").format(age=age))
        grade = self.grade_edit.text().strip()
        if grade:
            facts.append(self.tr("Grade {grade}").format(grade=grade))
        if client.opened_on:
            facts.append(self.tr("Opened {date}").format(date=format_date(client.opened_on)))
        if client.closed_on:
            facts.append(self.tr("Closed {date}").format(date=format_date(client.closed_on)))
        if client.graduated_on:
            facts.append(self.tr("Graduated {date}").format(date=format_date(client.graduated_on)))
        self.facts_label.setText("  ·  ".join(facts))

    # -- editing ----------------------------------------------------------------------
    def _school_age_birthday(self) -> dt.date:
        """Where the date-of-birth calendar opens: a student's birth year (12 years ago)."""
        today = self._today()
        return today.replace(year=today.year - 12, day=min(today.day, 28))

    def _concern_changed(self) -> None:
        # Underlines drawn again (a dictionary read, a word added) change no text.
        if self.concern_highlighter is not None and self.concern_highlighter.busy:
            return
        self._mark_dirty()

    def _mark_dirty(self, *_args: object) -> None:
        if self._loading or self._client is None:
            return
        self._set_dirty(True)
        self._update_header()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    def collect(self) -> Client:
        """The client as the form now describes it (sessions and consents unchanged)."""
        base = self._client or Client(given_name="")
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        return replace(
            base,
            case_code=_blank(self.case_code_edit.text()),
            given_name=self.given_name_edit.text().strip(),
            family_name=_blank(self.family_name_edit.text()),
            preferred_name=_blank(self.preferred_name_edit.text()),
            date_of_birth=self.dob_edit.value(),
            gender=_blank(self.gender_edit.text()),
            school=_blank(self.school_edit.text()),
            grade=_blank(self.grade_edit.text()),
            student_number=_blank(self.student_number_edit.text()),
            national_id=_blank(self.national_id_edit.text()),
            phone=_blank(self.phone_edit.text()),
            email=_blank(self.email_edit.text()),
            address=_blank(self.address_edit.toPlainText()),
            guardians=self.guardians_editor.contacts(),
            emergency_contacts=self.emergency_editor.contacts(),
            other_people=self.other_people_editor.names(),
            referral_source=_blank(self.referral_edit.text()),
            presenting_concern=_blank(self.concern_edit.toPlainText()),
            risk_level=self.risk_combo.currentData() or RiskLevel.NONE,
            tags=tags,
            opened_on=self.opened_edit.value(),
        )

    def show_issues(self, issues: list[Issue]) -> None:
        """Show each issue beside its field; anything unplaced goes in the banner."""
        for label in self._field_errors.values():
            label.clear()
            label.setVisible(False)
        contact_errors: dict[str, dict[tuple[int, str], str]] = {
            "guardians": {},
            "emergency_contacts": {},
        }
        people_errors: dict[int, str] = {}
        unplaced: list[str] = []
        first_tab: int | None = None
        for issue in issues:
            text = translate(issue.message)
            if issue.severity is Severity.WARNING:
                unplaced.append(text)
                continue
            match = _PATH.match(issue.path)
            tab: int | None = None
            if issue.path in self._field_errors:
                label = self._field_errors[issue.path]
                label.setText(text if not label.text() else f"{label.text()}\n{text}")
                label.setVisible(True)
                tab = self._tab_of_field(issue.path)
            elif match and match.group("list") in contact_errors:
                row = int(match.group("row"))
                contact_errors[match.group("list")][(row, match.group("field") or "name")] = text
                tab = self.TAB_CONTACTS
            elif match and match.group("list") == "other_people":
                people_errors[int(match.group("row"))] = text
                tab = self.TAB_CONTACTS
            elif match and match.group("list") == "tags":
                label = self._field_errors["tags"]
                label.setText(text)
                label.setVisible(True)
                tab = self.TAB_CASE
            else:
                unplaced.append(text)
            if first_tab is None and tab is not None:
                first_tab = tab
        self.guardians_editor.set_errors(contact_errors["guardians"])
        self.emergency_editor.set_errors(contact_errors["emergency_contacts"])
        self.other_people_editor.set_errors(people_errors)
        errors = [i for i in issues if i.severity is Severity.ERROR]
        if errors:
            self.set_banner(
                self.tr("The profile was not saved: please correct the fields marked below.")
                + ("\n" + "\n".join(unplaced) if unplaced else ""),
                error=True,
            )
        elif unplaced:
            self.set_banner("\n".join(unplaced), error=False)
        else:
            self.set_banner("")
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def field_error(self, key: str) -> str:
        label = self._field_errors.get(key)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    def set_banner(self, text: str, *, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        name = "error" if error else "warning"
        styled(
            self.banner,
            lambda: (
                f"QLabel#profileBanner {{ color: {tone(name).name()};"
                f" border: 1px solid {tone(name).name()}; border-radius: 4px; padding: 6px 8px; }}"
            ),
        )

    def _tab_of_field(self, key: str) -> int:
        if key in {
            "referral_source",
            "presenting_concern",
            "risk_level",
            "tags",
            "opened_on",
            "closed_on",
        }:
            return self.TAB_CASE
        return self.TAB_PROFILE

    def visible_texts(self) -> list[str]:
        """Every text a person looking at the screen could read (for privacy tests)."""
        texts: list[str] = []
        for widget in self.findChildren(QWidget):
            if not widget.isVisibleTo(self.window()) or not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QLineEdit, QPushButton)):
                texts.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QTableView):
                model = widget.model()
                texts += [
                    str(model.index(r, c).data() or "")
                    for r in range(model.rowCount())
                    for c in range(model.columnCount())
                ]
        return texts


def _chip(label: QLabel, name: str) -> None:
    """A rounded chip in the tone ``name`` (ui/theme.py), built again when the theme changes."""
    styled(
        label,
        lambda: (
            f"color: {tone(name).name()}; border: 1px solid {tone(name).name()};"
            " border-radius: 9px; padding: 1px 8px; font-weight: 600;"
        ),
    )
