"""The profile's Referrals tab (*alih tangan kasus*, issue 17): cases handed on under a
release of information, their replies and outcomes, and a numbered letter.

The release chosen decides what may be ticked as sent: only the items it allows. The
vault refuses a referral without an active release, and the letter prints only what was
sent. Nothing here runs SQL; vault work goes through ``ui/operations.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.enums import (
    DisclosureItem,
    ReferralAgency,
    ReferralOutcome,
    ReferralUrgency,
)
from counsel_desk.domain.model import Client, Consent
from counsel_desk.domain.referrals import Referral
from counsel_desk.i18n import CounselDeskError, shown_path
from counsel_desk.services.referrals import ReferralService
from counsel_desk.ui.dialogs.share_dialog import ShareRequest
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.labels import format_date, name_of
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.date_edit import OptionalDateEdit
from counsel_desk.ui.widgets.record_table import record_table


class ReferralsView(QWidget):
    message = Signal(str)  # for the status bar
    referrals_changed = Signal()  # a follow-up may have been added
    disclosures_changed = Signal()  # a letter was saved: the disclosure log has a row more

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._service: Callable[[], ReferralService] | None = None
        self._ops: Operations | None = None
        self._chooser: FileChooser | None = None
        self._language: Callable[[], str] = lambda: "id"
        self._client: Client | None = None
        self._referrals: list[Referral] = []
        self._releases: list[Consent] = []
        self._editing: Referral | None = None

        self.table = record_table(
            self,
            "referralTable",
            [
                self.tr("Date"),
                self.tr("To"),
                self.tr("Agency"),
                self.tr("Letter"),
                self.tr("Outcome"),
            ],
            stretch=1,
            name=self.tr("Referrals"),
            description=self.tr(
                "The referrals of this student, oldest first. Choose one to see or change it."
            ),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        # -- the form ------------------------------------------------------------------
        self.release_combo = QComboBox(self)
        self.release_combo.setObjectName("referralRelease")
        self.release_combo.setAccessibleName(self.tr("Release of information"))
        self.release_combo.setAccessibleDescription(
            self.tr("The signed release this referral relies on; it says what may be sent.")
        )
        self.release_combo.currentIndexChanged.connect(self._release_chosen)
        self.agency_combo = QComboBox(self)
        self.agency_combo.setObjectName("referralAgency")
        for agency in ReferralAgency:
            self.agency_combo.addItem(name_of(agency), agency)
        self.agency_combo.setAccessibleName(self.tr("Kind of service"))
        self.agency_combo.setAccessibleDescription(
            self.tr("Where the case goes: a psychologist, the puskesmas, child protection …")
        )
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setObjectName("referralRecipient")
        self.recipient_edit.setPlaceholderText(self.tr("Who receives it: service and role"))
        self.recipient_edit.setAccessibleName(self.tr("Referred to"))
        self.recipient_edit.setAccessibleDescription(
            self.tr("The service and the person's role, as the letter is addressed.")
        )
        self.urgency_combo = QComboBox(self)
        self.urgency_combo.setObjectName("referralUrgency")
        for urgency in ReferralUrgency:
            self.urgency_combo.addItem(name_of(urgency), urgency)
        self.urgency_combo.setAccessibleName(self.tr("Urgency"))
        self.urgency_combo.setAccessibleDescription(self.tr("How soon the service should act."))
        self.made_edit = QDateEdit(self)
        self.made_edit.setObjectName("referralMadeOn")
        self.made_edit.setCalendarPopup(True)
        self.made_edit.setDisplayFormat("yyyy-MM-dd")
        self.made_edit.setAccessibleName(self.tr("Day of the referral"))
        self.made_edit.setAccessibleDescription(
            self.tr("The day the case was referred, as year-month-day.")
        )
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("referralReason")
        self.reason_edit.setPlaceholderText(
            self.tr("Why you refer the case, as the letter says it")
        )
        self.reason_edit.setFixedHeight(64)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setAccessibleDescription(
            self.tr("Why the case is referred; the letter prints it.")
        )
        self.sent_checks: dict[DisclosureItem, QCheckBox] = {}
        self.section_edits: dict[DisclosureItem, QPlainTextEdit] = {}
        sent_box = QWidget(self)
        sent = QGridLayout(sent_box)
        sent.setContentsMargins(0, 0, 0, 0)
        for row, item in enumerate(DisclosureItem):
            check = QCheckBox(name_of(item), sent_box)
            check.setObjectName(f"referralSend_{item.value}")
            check.setAccessibleDescription(
                self.tr("Tick it to send this; only what the release allows can be ticked.")
            )
            check.toggled.connect(self._update)
            self.sent_checks[item] = check
            sent.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            if item is not DisclosureItem.FULL_RECORD:
                edit = QPlainTextEdit(sent_box)
                edit.setObjectName(f"referralSection_{item.value}")
                edit.setFixedHeight(48)
                edit.setAccessibleName(name_of(item))
                edit.setAccessibleDescription(self.tr("What the letter says under this heading."))
                edit.setPlaceholderText(self.tr("What the letter says about it"))
                self.section_edits[item] = edit
                sent.addWidget(edit, row, 1)
        sent.setColumnStretch(1, 1)
        self.follow_up_edit = OptionalDateEdit(self, opens_at=self._in_two_weeks)
        self.follow_up_edit.setObjectName("referralFollowUp")
        self.follow_up_edit.setAccessibleName(self.tr("Follow up on"))
        self.follow_up_edit.setAccessibleDescription(
            self.tr("The day to ask how it went; saving makes it a follow-up reminder.")
        )
        self.reply_on_edit = OptionalDateEdit(self, opens_at=self._today)
        self.reply_on_edit.setObjectName("referralReplyOn")
        self.reply_on_edit.setAccessibleName(self.tr("Reply received on"))
        self.reply_on_edit.setAccessibleDescription(
            self.tr("The day the service answered; empty while there is no reply.")
        )
        self.reply_edit = QPlainTextEdit(self)
        self.reply_edit.setObjectName("referralReply")
        self.reply_edit.setPlaceholderText(self.tr("What the service answered"))
        self.reply_edit.setFixedHeight(48)
        self.reply_edit.setAccessibleName(self.tr("Reply"))
        self.reply_edit.setAccessibleDescription(self.tr("What the service answered."))
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("referralOutcome")
        self.outcome_combo.addItem(self.tr("Not known yet"), None)
        for outcome in ReferralOutcome:
            self.outcome_combo.addItem(name_of(outcome), outcome)
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        self.outcome_combo.setAccessibleDescription(self.tr("What came of the referral."))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("referralStatus")
        self.status_label.setWordWrap(True)
        set_tone(self.status_label, "error")

        to_row = QHBoxLayout()
        to_row.addWidget(self.agency_combo)
        to_row.addWidget(self.recipient_edit, 1)
        when_row = QHBoxLayout()
        when_row.addWidget(self.made_edit)
        when_row.addWidget(self.urgency_combo)
        when_row.addStretch(1)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_on_edit)
        reply_row.addWidget(self.outcome_combo)
        reply_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Under:"), self.release_combo)
        form.addRow(self.tr("To:"), to_row)
        form.addRow(self.tr("When:"), when_row)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        form.addRow(self.tr("Send:"), sent_box)
        form.addRow(self.tr("Follow up on:"), self.follow_up_edit)
        form.addRow(self.tr("Reply:"), reply_row)
        form.addRow("", self.reply_edit)

        self.new_button = QPushButton(self.tr("New Referral"), self)
        self.new_button.setObjectName("referralNewButton")
        self.new_button.setAccessibleDescription(self.tr("Empties the form for a new referral."))
        self.new_button.clicked.connect(lambda *_: self.start_new())
        self.letter_button = QPushButton(self.tr("Make Letter…"), self)
        self.letter_button.setObjectName("referralLetterButton")
        self.letter_button.setAccessibleDescription(
            self.tr(
                "Saves the numbered referral letter as a PDF (not encrypted). It names the "
                "student and holds only what was sent."
            )
        )
        self.letter_button.clicked.connect(lambda *_: self.make_letter())
        self.save_button = QPushButton(self.tr("Save Referral"), self)
        self.save_button.setObjectName("referralSaveButton")
        self.save_button.setAccessibleDescription(
            self.tr("Keeps the referral in the vault; refused without an active release.")
        )
        self.save_button.clicked.connect(lambda *_: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.save_button)

        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        form_layout.addWidget(self.status_label)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.hint)
        top_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([140, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.start_new()

    # -- wiring ------------------------------------------------------------------------
    def set_service(self, provider: Callable[[], ReferralService] | None) -> None:
        self._service = provider

    def set_operations(self, ops: Operations) -> None:
        self._ops = ops

    def set_chooser(self, chooser: FileChooser) -> None:
        self._chooser = chooser

    def set_language(self, language: Callable[[], str]) -> None:
        self._language = language

    def _in_two_weeks(self) -> dt.date:
        return py_date(self.made_edit.date()) + dt.timedelta(days=14)

    # -- showing -----------------------------------------------------------------------
    def show_client(self, client: Client) -> None:
        self._client = client
        self.reload()

    def clear(self) -> None:
        self._client = None
        self._referrals = []
        self._releases = []
        self.table.setRowCount(0)
        self.release_combo.clear()
        self.start_new()

    def count(self) -> int:
        return len(self._referrals)

    def reload(self, select: int | None = None) -> None:
        client = self._client
        if client is None or client.id is None or self._service is None or self._ops is None:
            return
        service, client_id, today = self._service, client.id, self._today()
        self._ops.op(
            self,
            self.tr("The referrals were not read"),
            lambda: (service().referrals(client_id), service().releases(client_id, today)),
        ).on_success(lambda found: self._show(found[0], found[1], select)).run()

    def _show(self, referrals: list[Referral], releases: list[Consent], select: int | None) -> None:
        self._referrals = referrals
        self._releases = releases
        self.table.blockSignals(True)
        self.table.setRowCount(len(referrals))
        for row, referral in enumerate(referrals):
            cells = (
                format_date(referral.made_on),
                referral.recipient,
                name_of(referral.agency),
                referral.letter_number or "",
                name_of(referral.outcome) if referral.outcome is not None else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        if releases:
            self.hint.setText(
                self.tr(
                    "A referral relies on a signed release of information: only what it allows "
                    "can be sent, and the letter prints only that."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "No active release of information: record one on the Consents tab first. "
                    "It names who receives the information, what for, and what may be shared."
                )
            )
        self._fill_releases(self._editing.consent_id if self._editing else None)
        if select is not None:
            for row, referral in enumerate(referrals):
                if referral.id == select:
                    self.table.selectRow(row)

    def _fill_releases(self, consent_id: int | None) -> None:
        """The active releases, and the one an older referral relies on even if it has
        ended since (so its record still reads)."""
        self.release_combo.blockSignals(True)
        self.release_combo.clear()
        for consent in self._releases:
            until = format_date(consent.expires_on) if consent.expires_on else "—"
            self.release_combo.addItem(
                self.tr("{party} — signed {signed}, until {until}").format(
                    party=consent.released_to or "—",
                    signed=format_date(consent.signed_on),
                    until=until,
                ),
                consent.id,
            )
        if consent_id is not None and self.release_combo.findData(consent_id) < 0:
            self.release_combo.addItem(self.tr("(a release no longer active)"), consent_id)
        self.release_combo.setCurrentIndex(max(0, self.release_combo.findData(consent_id)))
        self.release_combo.blockSignals(False)
        self._release_chosen()

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) == 1:
            self.load(self._referrals[rows.pop()])

    # -- the form ----------------------------------------------------------------------
    def start_new(self) -> None:
        self.table.clearSelection()
        self._editing = None
        day = self._today()
        self.made_edit.setDate(QDate(day.year, day.month, day.day))
        self.agency_combo.setCurrentIndex(0)
        self.urgency_combo.setCurrentIndex(0)
        release = self._release()
        self.recipient_edit.setText(release.released_to or "" if release else "")
        self.reason_edit.clear()
        for check in self.sent_checks.values():
            check.setChecked(False)
        for edit in self.section_edits.values():
            edit.clear()
        self.follow_up_edit.set_value(None)
        self.reply_on_edit.set_value(None)
        self.reply_edit.clear()
        self.outcome_combo.setCurrentIndex(0)
        self.status_label.clear()
        self._update()

    def load(self, referral: Referral) -> None:
        self._editing = referral
        self._fill_releases(referral.consent_id)
        day = referral.made_on
        self.made_edit.setDate(QDate(day.year, day.month, day.day))
        self.agency_combo.setCurrentIndex(self.agency_combo.findData(referral.agency))
        self.urgency_combo.setCurrentIndex(self.urgency_combo.findData(referral.urgency))
        self.recipient_edit.setText(referral.recipient)
        self.reason_edit.setPlainText(referral.reason)
        for item, check in self.sent_checks.items():
            check.setChecked(item in referral.sent)
        for item, edit in self.section_edits.items():
            edit.setPlainText(referral.section(item))
        self.follow_up_edit.set_value(referral.follow_up_on)
        self.reply_on_edit.set_value(referral.reply_on)
        self.reply_edit.setPlainText(referral.reply)
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(referral.outcome)))
        self.status_label.clear()
        self._update()

    def _release(self) -> Consent | None:
        consent_id = self.release_combo.currentData()
        return next((c for c in self._releases if c.id == consent_id), None)

    def _release_chosen(self) -> None:
        release = self._release()
        if self._editing is None and release is not None and not self.recipient_edit.text():
            self.recipient_edit.setText(release.released_to or "")
        self._update()

    def _update(self, *_args: object) -> None:
        release = self._release()
        allowed = set(release.disclosures) if release is not None else set()
        for item, check in self.sent_checks.items():
            ok = item in allowed
            check.setEnabled(ok or check.isChecked())  # an old tick stays visible
            check.setToolTip(
                ""
                if ok
                else self.tr("The release of information chosen does not allow sharing this.")
            )
            edit = self.section_edits.get(item)
            if edit is not None:
                edit.setVisible(check.isChecked())
        has_release = self.release_combo.count() > 0
        self.save_button.setEnabled(has_release)
        self.letter_button.setEnabled(self._editing is not None)

    def referral(self) -> Referral:
        """The referral as the form shows it."""
        sent = tuple(i for i, check in self.sent_checks.items() if check.isChecked())
        sections = {
            item.value: edit.toPlainText()
            for item, edit in self.section_edits.items()
            if item in sent and edit.toPlainText().strip()
        }
        outcome = self.outcome_combo.currentData()
        editing = self._editing
        return Referral(
            id=editing.id if editing else None,
            made_on=py_date(self.made_edit.date()),
            agency=ReferralAgency(self.agency_combo.currentData()),
            recipient=self.recipient_edit.text(),
            reason=self.reason_edit.toPlainText(),
            consent_id=int(self.release_combo.currentData() or 0),
            urgency=ReferralUrgency(self.urgency_combo.currentData()),
            sent=sent,
            sections=sections,
            letter_number=editing.letter_number if editing else None,
            reply_on=self.reply_on_edit.value(),
            reply=self.reply_edit.toPlainText(),
            outcome=ReferralOutcome(outcome) if outcome is not None else None,
            follow_up_on=self.follow_up_edit.value(),
        )

    # -- saving and the letter ---------------------------------------------------------
    def save(self) -> bool:
        client = self._client
        if client is None or client.id is None or self._service is None or self._ops is None:
            return False
        service, client_id, referral = self._service, client.id, self.referral()
        language = self._language()
        return (
            self._ops.op(
                self,
                self.tr("The referral was not saved"),
                lambda: service().save(client_id, referral, language=language),
            )
            .disabling(self.save_button)
            .on_error(self._refused)
            .on_success(self._saved)
            .run()
        )

    def _saved(self, referral: Referral) -> None:
        self._editing = referral
        self.status_label.clear()
        self.message.emit(self.tr("Referral saved."))
        self.referrals_changed.emit()
        self.reload(select=referral.id)

    def _refused(self, error: CounselDeskError) -> None:
        self.status_label.setText(user_text(error))

    def make_letter(self) -> bool:
        """Number the letter (once) and save it where she chooses, off the GUI thread."""
        editing = self._editing
        if editing is None or editing.id is None or self._service is None or self._ops is None:
            return False
        if self._chooser is None:
            return False
        client = self._client
        code = client.case_code if client is not None else ""
        sharing = self._chooser.share(
            self,
            ShareRequest(
                self.tr("the referral letter of {code}").format(code=code),
                self._language(),
                editing.recipient,
            ),
        )
        if sharing is None:
            return False
        suggested = Path.home() / f"referral-{code}-{editing.made_on.isoformat()}.pdf"
        target = self._chooser.save_file(
            self, self.tr("Save the referral letter as"), suggested, self.tr("PDF (*.pdf)")
        )
        if target is None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        service, referral_id, language, chosen = (
            self._service,
            editing.id,
            self._language(),
            target,
        )
        self._ops.op(
            self,
            self.tr("The referral letter was not saved"),
            lambda: service().write_letter(referral_id, chosen, language=language, sharing=sharing),
        ).disabling(self.letter_button).on_error(self._refused).on_success(
            lambda number: self._letter_written(number, chosen, sharing.password is not None)
        ).run_in_background()
        return True

    def _letter_written(self, number: str, path: Path, protected: bool = False) -> None:
        text = (
            self.tr("Letter {number} saved, protected with its password: {path}")
            if protected
            else self.tr("Letter {number} saved (not encrypted): {path}")
        )
        self.message.emit(text.format(number=number, path=shown_path(path)))
        self.disclosures_changed.emit()
        self.reload(select=self._editing.id if self._editing else None)
