"""Vault → Breach Response…: for when the laptop is lost or the vault may have been
exposed. What the vault held (counts by kind, the dates of its records, the backups and
where they are), the steps to take, and the notification letter for clients and
guardians in Bahasa Indonesia and English (UU PDP: written notice within 3 × 24 hours).

The letter carries counts and dates, never a name; what the counselor types into it is
not kept anywhere — it goes only into the file they choose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import shown_path
from counsel_desk.services.breach import BreachFacts, BreachService, letter_facts
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.tasks import SyncRunner
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import translate

if TYPE_CHECKING:
    from counsel_desk.export.breach_letter import LetterFacts

T = TypeVar("T")


def _size(n: int) -> str:
    return QLocale().formattedDataSize(n)


class BreachDialog(QDialog):
    letter_saved = Signal(object)

    def __init__(
        self,
        breach: Callable[[], BreachService],
        chooser: Any,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breachDialog")
        self.setWindowTitle(self.tr("Breach Response"))
        self.resize(900, 640)
        self._breach = breach
        self._chooser = chooser
        self._today = today
        self._ops = Operations(SyncRunner(), None)  # errors: the status line
        self.facts: BreachFacts | None = None

        intro = QLabel(
            self.tr(
                "If the laptop is lost or stolen, or the vault may have been seen by someone "
                "else, act now. Indonesia's personal data protection law (UU PDP No. 27/2022) "
                "asks for written notice to the people concerned within 3 × 24 hours of "
                "finding out."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("breachIntro")
        set_tone(intro, "alarm", "font-weight: 600;")

        # -- what the vault held ------------------------------------------------------
        self.counts_model = QStandardItemModel(self)
        self.counts_table = QTableView(self)
        self.counts_table.setObjectName("breachCounts")
        self.counts_table.setAccessibleName(self.tr("What the lost copy may hold"))
        self.counts_table.setAccessibleDescription(
            self.tr("How many clients, notes and consents of each kind the vault holds.")
        )
        self.counts_table.setModel(self.counts_model)
        self.counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_table.verticalHeader().setVisible(False)
        self.counts_table.setAlternatingRowColors(True)
        self.counts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("breachRange")
        self.range_label.setWordWrap(True)
        self.vault_label = QLabel(self)
        self.vault_label.setObjectName("breachVaultFolder")
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups_model = QStandardItemModel(self)
        self.backups_table = QTableView(self)
        self.backups_table.setObjectName("breachBackups")
        self.backups_table.setAccessibleName(self.tr("Backups"))
        self.backups_table.setAccessibleDescription(
            self.tr("Each backup of this vault and where it is: it may have been lost too.")
        )
        self.backups_table.setModel(self.backups_model)
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.verticalHeader().setVisible(False)
        self.backups_table.horizontalHeader().setStretchLastSection(True)
        held = QWidget(self)
        held_layout = QHBoxLayout(held)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("What the vault holds:"), self))
        left.addWidget(self.counts_table, 1)
        right = QVBoxLayout()
        right.addWidget(self.range_label)
        right.addWidget(self.vault_label)
        right.addWidget(QLabel(self.tr("Backups of this vault:"), self))
        right.addWidget(self.backups_table, 1)
        held_layout.addLayout(left, 2)
        held_layout.addLayout(right, 3)

        # -- steps ----------------------------------------------------------------------
        self.steps_model = QStandardItemModel(self)
        self.steps_list = QListView(self)
        self.steps_list.setObjectName("breachSteps")
        self.steps_list.setAccessibleName(self.tr("Steps to take"))
        self.steps_list.setAccessibleDescription(
            self.tr("What to do now, in order. Space ticks a step; the ticks are not saved.")
        )
        self.steps_list.setModel(self.steps_model)
        self.steps_list.setWordWrap(True)
        self.steps_list.setSpacing(3)
        self.steps_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        steps_page = QWidget(self)
        steps_layout = QVBoxLayout(steps_page)
        hint = QLabel(self.tr("Tick each step as you take it (the ticks are not saved)."), self)
        hint.setObjectName("hint")
        steps_layout.addWidget(hint)
        steps_layout.addWidget(self.steps_list, 1)

        # -- letter ---------------------------------------------------------------------
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("letterLanguage")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        self.language_combo.setAccessibleDescription(
            self.tr("The language the notification letter is written in.")
        )
        self.incident_edit = QLineEdit(self)
        self.incident_edit.setObjectName("letterIncident")
        self.incident_edit.setPlaceholderText(self.tr("e.g. 14 September 2025, afternoon"))
        self.discovered_edit = QDateEdit(self)
        self.discovered_edit.setObjectName("letterDiscovered")
        self.discovered_edit.setCalendarPopup(True)
        self.discovered_edit.setDisplayFormat("yyyy-MM-dd")
        self.discovered_edit.setAccessibleDescription(
            self.tr("The day you found out, as year-month-day; the deadline counts from it.")
        )
        day = today()
        self.discovered_edit.setDate(QDate(day.year, day.month, day.day))
        self.what_edit = QPlainTextEdit(self)
        self.what_edit.setObjectName("letterWhatHappened")
        self.what_edit.setPlaceholderText(
            self.tr("What happened, in a few plain sentences (no names)")
        )
        self.what_edit.setFixedHeight(60)
        self.what_edit.setAccessibleDescription(
            self.tr("What happened, in a few plain sentences, without names. Tab moves on.")
        )
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("letterContact")
        self.contact_edit.setPlaceholderText(self.tr("Who to contact: school, telephone, e-mail"))
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("letterDeadline")
        set_tone(self.deadline_label, "alarm")
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("letterPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The letter"))
        self.preview.setAccessibleDescription(
            self.tr("The letter as it will be saved, made from the fields above.")
        )
        self.save_button = QPushButton(self.tr("Save Letter…"), self)
        self.save_button.setObjectName("saveLetterButton")
        self.save_button.setAccessibleDescription(
            self.tr(
                "Saves the letter as a PDF or a text file where you choose; it is not encrypted."
            )
        )
        letter_page = QWidget(self)
        letter_form = QFormLayout()
        letter_form.addRow(self.tr("Language:"), self.language_combo)
        letter_form.addRow(self.tr("When it happened:"), self.incident_edit)
        letter_form.addRow(self.tr("Found out on:"), self.discovered_edit)
        letter_form.addRow(self.tr("What happened:"), self.what_edit)
        letter_form.addRow(self.tr("Contact:"), self.contact_edit)
        letter_layout = QVBoxLayout(letter_page)
        letter_layout.addLayout(letter_form)
        letter_layout.addWidget(self.deadline_label)
        letter_layout.addWidget(self.preview, 1)
        save_row = QHBoxLayout()
        save_note = QLabel(
            self.tr("Saved as PDF or text where you choose; the file is not encrypted."), self
        )
        save_note.setObjectName("hint")
        save_row.addWidget(save_note, 1)
        save_row.addWidget(self.save_button)
        letter_layout.addLayout(save_row)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        index = self.tabs.addTab(held, self.tr("What the Vault Held"))
        self.tabs.setTabToolTip(
            index, self.tr("What a lost copy of the vault may hold, and its backups")
        )
        index = self.tabs.addTab(steps_page, self.tr("Steps to Take"))
        self.tabs.setTabToolTip(index, self.tr("What to do now, step by step"))
        index = self.tabs.addTab(letter_page, self.tr("Notification Letter"))
        self.tabs.setTabToolTip(
            index, self.tr("A letter telling the people concerned what happened")
        )
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleDescription(self.tr("Closes the window; nothing here is saved."))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)
        box = QGroupBox(self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(intro)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for signal in (
            self.language_combo.currentIndexChanged,
            self.incident_edit.textChanged,
            self.discovered_edit.dateChanged,
            self.what_edit.textChanged,
            self.contact_edit.textChanged,
        ):
            signal.connect(lambda *_: self.update_letter())
        self.save_button.clicked.connect(lambda *_: self.save_letter())
        self._fill_steps()
        self.steps_model.itemChanged.connect(lambda *_: self.update_letter())
        self.load()

    # -- facts --------------------------------------------------------------------------
    def load(self) -> None:
        self._op(lambda: self._breach().facts()).on_success(self._show_facts).run()

    def _op(self, work: Callable[[], T]) -> VaultOp[T]:
        """Vault work whose error is told on the status line, as everything here is."""
        return self._ops.op(self, "", work).on_error(
            lambda error: self.status_label.setText(user_text(error))
        )

    def _show_facts(self, facts: BreachFacts) -> None:
        self.facts = facts
        inv = facts.inventory
        rows = [
            (self.tr("Clients"), inv.clients),
            (self.tr("  active / closed"), f"{inv.active_clients} / {inv.closed_clients}"),
            (self.tr("  minors (under 18 today)"), facts.minors),
            (self.tr("Guardians"), inv.guardians),
            (self.tr("Emergency contacts"), inv.emergency_contacts),
            (self.tr("Other people named"), inv.other_people),
            (self.tr("Session notes"), inv.notes),
            (self.tr("  signed / drafts"), f"{inv.signed_notes} / {inv.draft_notes}"),
            (self.tr("  addenda"), inv.addenda),
            (self.tr("Consents"), inv.consents),
            (
                self.tr("Attachments (signatures, scans)"),
                f"{inv.attachments} ({_size(inv.attachment_bytes)})",
            ),
            (self.tr("Support plan versions"), inv.plan_versions),
            (self.tr("Ratings and measures"), inv.measures),
            (self.tr("Follow-ups"), inv.follow_ups),
            (self.tr("Audit trail entries"), inv.audit_entries),
        ]
        self.counts_model.clear()
        self.counts_model.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Count")])
        for label, value in rows:
            count = QStandardItem(str(value))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts_model.appendRow([QStandardItem(label), count])
        self.counts_table.resizeColumnToContents(1)
        if inv.first_record is not None:
            self.range_label.setText(
                self.tr("Records dated from {first} to {last}.").format(
                    first=format_date(inv.first_record), last=format_date(inv.last_record)
                )
            )
        else:
            self.range_label.setText(self.tr("The vault holds no dated records."))
        self.vault_label.setText(
            self.tr("Vault folder: {vault}\nAutomatic backups go to: {backups}").format(
                vault=shown_path(facts.vault_folder or ""),
                backups=shown_path(facts.backup_folder),
            )
        )
        self.backups_model.clear()
        self.backups_model.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("File")]
        )
        for backup in facts.backups:
            self.backups_model.appendRow(
                [
                    QStandardItem(backup.created_at.strftime("%Y-%m-%d %H:%M")),
                    QStandardItem(_size(backup.size)),
                    QStandardItem(shown_path(backup.path)),
                ]
            )
        if not facts.backups:
            self.backups_model.appendRow(
                [
                    QStandardItem(self.tr("No automatic backups found")),
                    QStandardItem(""),
                    QStandardItem(""),
                ]
            )
        self.backups_table.resizeColumnsToContents()
        self.update_letter()

    def count_rows(self) -> dict[str, str]:
        return {
            self.counts_model.item(r, 0).text().strip(): self.counts_model.item(r, 1).text()
            for r in range(self.counts_model.rowCount())
        }

    def _fill_steps(self) -> None:
        self.steps_model.clear()
        for n, step in enumerate(BreachService.steps(), start=1):
            item = QStandardItem(f"{n}. {translate(step)}")
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.steps_model.appendRow(item)

    # -- letter -------------------------------------------------------------------------
    def letter_text(self) -> str:
        if self.facts is None:
            return ""
        return self._breach().letter(self._letter_facts(), self.language())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _letter_facts(self) -> LetterFacts:
        assert self.facts is not None
        return letter_facts(
            self.facts,
            incident=self.incident_edit.text(),
            discovered=py_date(self.discovered_edit.date()),
            what_happened=self.what_edit.toPlainText(),
            contact=self.contact_edit.text(),
            ticked=self.ticked_steps(),
        )

    def ticked_steps(self) -> frozenset[int]:
        """The steps she ticked as done: the letter states only these as done."""
        return frozenset(
            row
            for row in range(self.steps_model.rowCount())
            if self.steps_model.item(row).checkState() == Qt.CheckState.Checked
        )

    def update_letter(self) -> None:
        if self.facts is None:
            return
        discovered = py_date(self.discovered_edit.date())
        deadline = dt.datetime.combine(discovered, dt.time()) + dt.timedelta(hours=72)
        self.deadline_label.setText(
            self.tr("Send it by {day} at the latest (3 × 24 hours after finding out).").format(
                day=format_date(deadline.date())
            )
        )
        self.preview.setPlainText(self.letter_text())

    def save_letter(self) -> Path | None:
        if self.facts is None:
            return None
        language = self.language()
        suggested = Path.home() / f"breach-notice-{language}.pdf"
        path = self._chooser.save_file(
            self,
            self.tr("Save the Notification Letter"),
            suggested,
            self.tr("PDF files (*.pdf);;Text files (*.txt)"),
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".pdf", ".txt"):
            path = path.with_suffix(".pdf")
        saved = self._op(
            lambda: self._breach().save_letter(self._letter_facts(), language, path)
        ).result_or(None)
        if saved is None:
            return None
        self.status_label.setText(
            self.tr("Saved to {path}. The file is not encrypted; it holds no names.").format(
                path=shown_path(saved)
            )
        )
        self.letter_saved.emit(saved)
        return saved
