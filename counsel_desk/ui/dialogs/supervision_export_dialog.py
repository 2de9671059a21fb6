"""Client → Export for Supervision…: the redacted summary a supervisor receives.

Two steps in one dialog:

1. **Compose** — the client (preselected), the period, the sections, the language of the
   headings, whether private notes go in (off by default), and the texts only the
   counselor can write for supervision (question, conceptualization, reactions…). Those
   texts are kept with the case (``SupervisionService.save_context``) for next time.
2. **Review** — the redacted text exactly as the PDF will print it, every replacement
   highlighted with a legend of its labels, and the capitalised words that look like
   names but are in no record: each can be redacted everywhere (the vault's never-print
   list), added as another person of this client, or dismissed for this export; a word
   printed as ``[PERSON ?]`` can be kept as written in every summary from now on (the
   vault's kept words, issue 16). Any change re-runs the preview. Then **Save PDF…**: the PDF is rendered, read back and checked off
   the GUI thread; if the self-check finds anything, nothing is written and the words
   found are shown here — on screen only, never logged.

The identifier set (the whole vault) is built once in a worker and kept for the dialog's
life; it is rebuilt only after the counselor changes the record from here. Nothing of a
client goes into the window title, QSettings or the suggested file name (a case code and
a date are not identifying).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.placeholders import fixed_label
from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.export.pdf_check import SelfCheckFailedError
from counsel_desk.export.supervision_summary import Section, SupervisionSummary
from counsel_desk.i18n import CounselDeskError, shown_path
from counsel_desk.services.supervision import (
    ExportResult,
    SupervisionContext,
    SupervisionRequest,
    SupervisionService,
)
from counsel_desk.services.vault_service import VaultService, is_disk_refusal
from counsel_desk.ui.dialogs.share_dialog import ShareRequest
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.operations import Operations, VaultOp, report_fault
from counsel_desk.ui.tasks import SyncRunner, Task, TaskRunner
from counsel_desk.ui.theme import styled, tone
from counsel_desk.ui.translate import error_text, translate
from counsel_desk.ui.widgets.date_edit import OptionalDateEdit
from counsel_desk.ui.widgets.redaction_preview import RedactionPreview, legend_html

T = TypeVar("T")

CONTEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SupervisionContext))


def _style() -> str:
    amber, red, green = (tone(n).name() for n in ("amber", "error", "success"))
    return f"""
QLabel#stepTitle {{ font-weight: 600; font-size: 11pt; }}
QLabel#sideTitle {{ font-weight: 600; }}
QLabel#hint, QLabel#privateWarning[quiet="true"] {{ color: palette(placeholder-text); }}
QLabel#privateWarning[quiet="false"] {{ color: {amber}; }}
QLabel#errorLabel {{ color: {red}; }}
QLabel#resultLabel[ok="true"] {{ color: {green}; }}
QLabel#resultLabel[ok="false"] {{ color: {red}; }}
"""


def default_file_name(case_code: str, day: dt.date) -> str:
    """The suggested file name: the case code and a date, nothing else of the client."""
    code = re.sub(r"[^A-Za-z0-9_-]+", "-", case_code).strip("-") or "case"
    return f"supervision-{code}-{day.isoformat()}.pdf"


class SupervisionExportDialog(QDialog):
    exported = Signal(object)  # ExportResult, after a checked PDF was saved
    record_changed = Signal(int)  # a client's profile was changed from here (id)
    preview_ready = Signal()  # the review shows a fresh summary
    export_done = Signal(object)  # ExportResult or the exception, either way

    PAGE_COMPOSE, PAGE_REVIEW = 0, 1

    def __init__(
        self,
        vault: VaultService,
        runner: TaskRunner,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        today: dt.date | None = None,
        privacy: bool = False,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner  # waited for at lock, while a PDF is being written
        self._ops = Operations(SyncRunner(), None)  # quick vault work; errors: the error line
        # Slow work in a worker, its errors told in the dialog; a bug leaves the dialog
        # idle and is reported as one. The identifiers and the preview:
        self._preview_ops = Operations(runner, None, fault=self._preview_broke)
        # The PDF (its result line, and export_done, either way):
        self._export_ops = Operations(runner, None, fault=self._export_broke)
        self._chooser = chooser
        self._today = today or dt.date.today()
        self._privacy = privacy
        self._ids: IdentifierSet | None = None
        self._ids_op: VaultOp[IdentifierSet] | None = None
        self._prepare_op: VaultOp[SupervisionSummary] | None = None
        self._export_op: VaultOp[ExportResult] | None = None
        self._review_pending = False
        self._context_client: int | None = None
        self._context_dirty = False
        self._dismissed: set[str] = set()
        self._possible_people: set[str] = set()  # casefolded words printed as [PERSON ?]
        self.summary: SupervisionSummary | None = None
        self._request: SupervisionRequest | None = None  # what the preview was made from
        self._context: SupervisionContext | None = None

        self.setWindowTitle(self.tr("Export for Supervision"))
        self.setObjectName("supervisionExportDialog")
        styled(self, _style)
        self.resize(1120, 660)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_compose())
        self.stack.addWidget(self._build_review())

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("hint")
        self.status_label.setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setVisible(False)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(False)
        self.findings_view = QPlainTextEdit(self)
        self.findings_view.setObjectName("findingsView")
        self.findings_view.setAccessibleName(self.tr("What the check of the PDF found"))
        self.findings_view.setAccessibleDescription(
            self.tr("Each thing the check of the saved PDF found, a line each.")
        )
        self.findings_view.setReadOnly(True)
        self.findings_view.setMaximumHeight(110)
        self.findings_view.setVisible(False)

        self.back_button = QPushButton(self.tr("← Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleDescription(
            self.tr("Returns to the choice of sections and to your texts.")
        )
        self.review_button = QPushButton(self.tr("Review Redacted Text →"), self)
        self.review_button.setObjectName("reviewButton")
        self.review_button.setDefault(True)
        self.review_button.setAccessibleDescription(
            self.tr(
                "Shows the summary with names and identifiers replaced, to read before "
                "anything is saved."
            )
        )
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setAccessibleDescription(
            self.tr("Saves the summary you reviewed as a PDF where you choose, then checks it.")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleDescription(
            self.tr("Closes the window. Your texts for the supervisor are kept with the case.")
        )
        self.close_button.setAutoDefault(False)
        self.back_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.findings_view)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.go_back)
        self.review_button.clicked.connect(self.review)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.names_list.currentItemChanged.connect(self._update_buttons)
        self.names_list.currentItemChanged.connect(self._show_selected_name)
        self.redact_button.clicked.connect(self.redact_selected_name)
        self.add_person_button.clicked.connect(self.add_selected_name_as_person)
        self.not_name_button.clicked.connect(self.dismiss_selected_name)
        self.keep_button.clicked.connect(self.keep_selected_word)
        self.private_check.toggled.connect(self._private_toggled)
        for edit in self.text_edits.values():
            edit.textChanged.connect(self._context_edited)

        self._fill_clients(client_id)
        self.client_combo.currentIndexChanged.connect(self._client_changed)
        self._client_changed()
        self._private_toggled(False)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.stack.setCurrentIndex(self.PAGE_COMPOSE)
        self._start_identifiers()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------
    def _section_names(self) -> dict[Section, str]:
        return {
            Section.QUESTION: self.tr("Question for supervision"),
            Section.RISK: self.tr("Risk"),
            Section.CONTEXT: self.tr("Context (age, grade, setting)"),
            Section.PRESENTING_CONCERN: self.tr("Presenting concern"),
            Section.BACKGROUND_STRENGTHS: self.tr("Background and strengths"),
            Section.CONCEPTUALIZATION: self.tr("Case conceptualization"),
            Section.GOALS: self.tr("Goals"),
            Section.INTERVENTIONS: self.tr("Interventions and their intent"),
            Section.RESPONSE_PROGRESS: self.tr("Response and progress"),
            Section.REACTIONS: self.tr("Your own reactions"),
            Section.PLAN: self.tr("Plan"),
            Section.SESSIONS: self.tr("Sessions (all note fields)"),
            Section.CONSENTS: self.tr("Consents (kind and status)"),
            Section.SCREENINGS: self.tr("Screening scores (by week)"),
        }

    def _text_hints(self) -> dict[str, str]:
        return {
            "question": self.tr("What do you want help with in supervision?"),
            "background_strengths": self.tr("Family, school and history; what helps"),
            "conceptualization": self.tr("How you understand the case"),
            "goals": self.tr("What the client and you are working towards"),
            "interventions": self.tr("What you did, and why"),
            "response_progress": self.tr("How the client responded; what changed"),
            "reactions": self.tr("Your own feelings and reactions to the client"),
            "plan": self.tr("What comes next"),
        }

    def _build_compose(self) -> QWidget:
        page = QWidget(self)
        names = self._section_names()

        self.client_combo = QComboBox(page)
        self.client_combo.setObjectName("clientCombo")
        self.client_combo.setMinimumContentsLength(24)
        self.client_combo.setAccessibleDescription(self.tr("The client the summary is about."))
        self.from_edit = OptionalDateEdit(page, opens_at=lambda: self._today)
        self.from_edit.setObjectName("fromDate")
        self.to_edit = OptionalDateEdit(page, opens_at=lambda: self._today)
        self.to_edit.setObjectName("toDate")
        period_hint = QLabel(self.tr("Leave “—” for the first or the latest session."), page)
        period_hint.setObjectName("hint")
        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.setAccessibleDescription(
            self.tr("The language of the summary's headings; your texts stay as you wrote them.")
        )
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Client:"), self.client_combo)
        form.addRow(self.tr("From:"), self.from_edit)
        form.addRow(self.tr("To:"), self.to_edit)
        form.addRow("", period_hint)
        form.addRow(self.tr("Headings in:"), self.language_combo)

        sections_title = QLabel(self.tr("Sections"), page)
        sections_title.setObjectName("sideTitle")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.section_checks: dict[Section, QCheckBox] = {}
        for n, section in enumerate(Section):
            box = QCheckBox(names[section], page)
            box.setObjectName(f"section_{section.value}")
            box.setAccessibleDescription(self.tr("Tick it to put this section in the summary."))
            # Screening scores go to a supervisor only when she ticks them.
            box.setChecked(section is not Section.SCREENINGS)
            self.section_checks[section] = box
            grid.addWidget(box, n % 7, n // 7)

        self.private_check = QCheckBox(
            self.tr("Include private process notes and sole-possession notes"), page
        )
        self.private_check.setObjectName("privateNotesCheck")
        self.private_check.setAccessibleDescription(
            self.tr(
                "Tick it to put your private notes in the summary too; without it they are "
                "left out."
            )
        )
        self.private_warning = QLabel(page)
        self.private_warning.setObjectName("privateWarning")
        self.private_warning.setWordWrap(True)

        left = QVBoxLayout()
        left.setSpacing(10)
        title = QLabel(self.tr("What goes into the summary"), page)
        title.setObjectName("stepTitle")
        left.addWidget(title)
        left.addLayout(form)
        left.addSpacing(4)
        left.addWidget(sections_title)
        left.addLayout(grid)
        left.addSpacing(4)
        left.addWidget(self.private_check)
        left.addWidget(self.private_warning)
        left.addStretch(1)

        texts_title = QLabel(self.tr("For your supervisor"), page)
        texts_title.setObjectName("stepTitle")
        texts_hint = QLabel(
            self.tr(
                "Only you can write these. They are kept with the case for next time, "
                "and redacted like everything else."
            ),
            page,
        )
        texts_hint.setObjectName("hint")
        texts_hint.setWordWrap(True)
        inner = QWidget(page)
        texts_form = QFormLayout(inner)
        texts_form.setContentsMargins(0, 0, 8, 0)
        texts_form.setVerticalSpacing(8)
        texts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        hints = self._text_hints()
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for key in CONTEXT_FIELDS:
            edit = QPlainTextEdit(inner)
            edit.setObjectName(f"context_{key}")
            edit.setPlaceholderText(hints.get(key, ""))
            edit.setAccessibleDescription(
                self.tr("{hint} (kept with the case, and redacted like everything else)").format(
                    hint=hints.get(key, names[Section(key)])
                )
            )
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(58)
            edit.setMaximumHeight(84)
            self.text_edits[key] = edit
            texts_form.addRow(names[Section(key)], edit)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(texts_title)
        right.addWidget(texts_hint)
        right.addWidget(scroll, 1)

        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addLayout(left, 5)
        row.addLayout(right, 6)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Review the redacted summary"), page)
        title.setObjectName("stepTitle")
        intro = QLabel(
            self.tr(
                "This is the text the PDF will print. Every replacement is highlighted. "
                "Read it as your supervisor would: a name that is in no record and has no "
                "title before it is not replaced — check the list on the right."
            ),
            page,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.preview = RedactionPreview(page)
        self.preview.setAccessibleName(self.tr("The redacted summary"))
        self.preview.setAccessibleDescription(
            self.tr("The text the PDF will print; every replacement is marked with its label.")
        )

        legend_title = QLabel(self.tr("Labels in this summary"), page)
        legend_title.setObjectName("sideTitle")
        legend_title.setWordWrap(True)  # a longer translation wraps, never clips
        self.legend_label = QLabel(page)
        self.legend_label.setObjectName("legendLabel")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        names_title = QLabel(self.tr("Possible names not in any record"), page)
        names_title.setObjectName("sideTitle")
        names_title.setWordWrap(True)  # a longer translation wraps, never clips
        names_hint = QLabel(self._names_hint_text(fixed_label("unknown_person", "en")), page)
        self.names_hint = names_hint
        names_hint.setObjectName("hint")
        names_hint.setWordWrap(True)
        self.names_list = QListWidget(page)
        self.names_list.setObjectName("possibleNames")
        self.names_list.setAccessibleName(self.tr("Possible names not in any record"))
        self.names_list.setAccessibleDescription(
            self.tr(
                "Capitalised words that look like names. Choose one, then redact it, add "
                "it to the record or mark it as not a name."
            )
        )
        self.names_list.setMinimumHeight(70)
        self.names_list.setMaximumHeight(96)
        self.names_empty = QLabel(self.tr("None found."), page)
        self.names_empty.setObjectName("hint")
        self.redact_button = QPushButton(self.tr("Redact Everywhere"), page)
        self.redact_button.setObjectName("redactEverywhereButton")
        self.redact_button.setToolTip(
            self.tr("Add the word to the never-print list (Settings) and redact it everywhere")
        )
        self.add_person_button = QPushButton(self.tr("Add as Other Person of This Client"), page)
        self.add_person_button.setObjectName("addPersonButton")
        self.add_person_button.setToolTip(
            self.tr("Add the name to the client's “other people named” and redact it")
        )
        self.not_name_button = QPushButton(self.tr("It's Not a Name"), page)
        self.not_name_button.setObjectName("notANameButton")
        self.not_name_button.setToolTip(self.tr("Leave the word as it is in this export"))
        self.keep_button = QPushButton(self.tr("Always Keep This Word"), page)
        self.keep_button.setObjectName("keepWordButton")
        self.keep_button.setToolTip(
            self.tr(
                "Print the word as written in every summary from now on (Settings → Kept "
                "Words). A name in a record is still redacted."
            )
        )
        for button in self._name_buttons():
            button.setAutoDefault(False)

        descriptions_title = QLabel(self.tr("May single the student out"), page)
        descriptions_title.setObjectName("sideTitle")
        descriptions_title.setWordWrap(True)  # a longer translation wraps, never clips
        self.descriptions_hint = QLabel(
            self.tr(
                "No name, but it may point at one student. Read each; change the note if it does."
            ),
            page,
        )
        self.descriptions_hint.setObjectName("hint")
        self.descriptions_hint.setWordWrap(True)
        self.descriptions_list = QListWidget(page)
        self.descriptions_list.setObjectName("singlingOutDescriptions")
        self.descriptions_list.setAccessibleName(
            self.tr("Descriptions that may single the student out")
        )
        self.descriptions_list.setAccessibleDescription(
            self.tr("Printed as written. Choose one to see it in the summary.")
        )
        self.descriptions_list.setMaximumHeight(64)
        self.descriptions_list.currentItemChanged.connect(self._show_selected_description)
        self._description_widgets = (
            descriptions_title,
            self.descriptions_hint,
            self.descriptions_list,
        )
        for widget in self._description_widgets:
            widget.setVisible(False)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(legend_title)
        side.addWidget(self.legend_label)
        side.addSpacing(10)
        for widget in self._description_widgets:  # read first: shown only when found
            side.addWidget(widget)
        side.addWidget(names_title)
        side.addWidget(names_hint)
        side.addWidget(self.names_list)
        side.addWidget(self.names_empty)
        side.addWidget(self.redact_button)
        side.addWidget(self.add_person_button)
        side.addWidget(self.not_name_button)
        side.addWidget(self.keep_button)
        side.addStretch(1)
        side_widget = QWidget(page)
        side_widget.setLayout(side)
        # Many labels, many possible names and the flagged descriptions do not fit a
        # laptop's height together: the side scrolls instead of clipping the legend.
        side_scroll = QScrollArea(page)
        side_scroll.setObjectName("reviewSide")
        side_scroll.setWidget(side_widget)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFixedWidth(346)
        side_widget.setFixedWidth(330)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.preview, 1)
        body.addWidget(side_scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        return page

    def _name_buttons(self) -> tuple[QPushButton, ...]:
        return (self.redact_button, self.add_person_button, self.not_name_button, self.keep_button)

    # -- state ------------------------------------------------------------------------
    @property
    def _service(self) -> SupervisionService:
        return self._vault.supervision

    @staticmethod
    def _runs(op: VaultOp[Any] | None) -> bool:
        return op is not None and op.running

    @property
    def is_busy(self) -> bool:
        """An export is being written (the dialog cannot be closed meanwhile)."""
        return self._runs(self._export_op)

    @property
    def _working(self) -> bool:
        return self._runs(self._prepare_op) or self.is_busy or self._review_pending

    @property
    def client_id(self) -> int | None:
        value = self.client_combo.currentData()
        return int(value) if value is not None else None

    @property
    def case_code(self) -> str | None:
        value = self.client_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        return str(value) if value is not None else None

    def _fill_clients(self, client_id: int | None) -> None:
        summaries = self._op(self._vault.clients.list_summaries).result_or([])
        for s in sorted(summaries, key=lambda s: s.case_code):
            text = s.case_code if self._privacy else f"{s.case_code} — {s.full_name}"
            self.client_combo.addItem(text, s.id)
            self.client_combo.setItemData(
                self.client_combo.count() - 1, s.case_code, Qt.ItemDataRole.UserRole + 1
            )
        index = self.client_combo.findData(client_id) if client_id is not None else 0
        self.client_combo.setCurrentIndex(max(0, index))

    def _update_buttons(self, *_args: object) -> None:
        review = self.stack.currentIndex() == self.PAGE_REVIEW
        working = self._working
        self.back_button.setVisible(review)
        self.back_button.setEnabled(not working)
        self.review_button.setVisible(not review)
        self.review_button.setEnabled(not working and self.client_id is not None)
        self.save_button.setVisible(review)
        self.save_button.setEnabled(not working and self.summary is not None)
        self.save_button.setDefault(review)
        self.review_button.setDefault(not review)
        self.close_button.setEnabled(not self.is_busy)
        item = self.names_list.currentItem()
        for button in (self.redact_button, self.add_person_button, self.not_name_button):
            button.setEnabled(item is not None and not working)
        self.keep_button.setEnabled(
            item is not None and not working and self.is_possible_person(item.text())
        )
        has_names = self.names_list.count() > 0
        self.names_list.setVisible(has_names)
        self.names_empty.setVisible(not has_names and self.summary is not None)

    def _set_working(self, text: str | None) -> None:
        self.busy.setVisible(text is not None)
        self.status_label.setVisible(text is not None)
        self.status_label.setText(text or "")
        self._update_buttons()

    def _op(self, work: Callable[[], T]) -> VaultOp[T]:
        """Quick vault work whose error is told on the error line."""
        return self._ops.op(self, "", work).on_error(
            lambda error: self._show_error(error_text(error))
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_result(self, text: str, *, ok: bool, details: list[str] | None = None) -> None:
        self.result_label.setProperty("ok", "true" if ok else "false")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))
        self.findings_view.setPlainText("\n".join(details or []))
        self.findings_view.setVisible(bool(details))

    def _clear_messages(self) -> None:
        self._show_error("")
        self._show_result("", ok=True)

    @Slot(bool)
    def _private_toggled(self, on: bool) -> None:
        self.private_warning.setProperty("quiet", "false" if on else "true")
        self.private_warning.style().unpolish(self.private_warning)
        self.private_warning.style().polish(self.private_warning)
        self.private_warning.setText(
            self.tr(
                "Private notes are your own working notes, not the record. Include them "
                "only when supervision needs them; they are redacted like the rest."
            )
            if on
            else self.tr("Private process and sole-possession notes are left out.")
        )

    # -- the supervision texts kept with the case -------------------------------------
    def context(self) -> SupervisionContext:
        values = {k: (e.toPlainText().strip() or None) for k, e in self.text_edits.items()}
        return SupervisionContext(**values)

    @Slot()
    def _context_edited(self) -> None:
        self._context_dirty = True

    def _load_context(self, client_id: int | None) -> None:
        self._context_client = client_id
        context = SupervisionContext()
        if client_id is not None:
            context = self._op(lambda: self._service.context(client_id)).result_or(context)
        for key, edit in self.text_edits.items():
            edit.blockSignals(True)
            edit.setPlainText(getattr(context, key) or "")
            edit.blockSignals(False)
        self._context_dirty = False

    def save_context(self) -> bool:
        """Keep the typed texts with the case; True when nothing is left unsaved."""
        if not self._context_dirty or self._context_client is None:
            return True
        if not self._vault.is_unlocked:
            return False
        if self._vault.read_only:
            return True  # nothing can be kept in a read-only vault: the texts stay here
        client_id = self._context_client
        refused: list[CounselDeskError] = []
        kept = (
            self._ops.op(self, "", lambda: self._service.save_context(client_id, self.context()))
            .on_error(refused.append)
            .run()
        )
        if not kept:
            (error,) = refused
            if is_disk_refusal(error):
                # A full disk (or one that went read-only): the summary is still made from
                # what the vault holds, the texts stay in this window for this export.
                self._show_error(
                    self.tr(
                        "Your texts could not be kept with the case: {why} They stay in "
                        "this window for this export."
                    ).format(why=error_text(error))
                )
                return True
            self._show_error(error_text(error))
            return False
        self._context_dirty = False
        return True

    @Slot()
    def _client_changed(self, *_args: object) -> None:
        self.save_context()
        self._dismissed.clear()
        self._load_context(self.client_id)
        self._update_buttons()

    # -- identifiers (the whole vault), built once in a worker -------------------------
    def _start_identifiers(self) -> None:
        self._ids = None
        if not self._vault.is_unlocked:
            return
        op = self._preview_ops.op(self, "", self._service.identifiers)
        self._ids_op = op
        op.on_success(self._identifiers_loaded).on_error(self._not_prepared).run_in_background()

    def _identifiers_loaded(self, ids: IdentifierSet) -> None:
        self._ids = ids
        if self._review_pending:
            self._prepare()

    def _not_prepared(self, error: BaseException) -> None:
        """The identifiers or the preview could not be made: the dialog is idle again and
        says why on the error line."""
        self._review_pending = False
        self._set_working(None)
        self._show_error(error_text(error))

    def _preview_broke(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self._not_prepared(error)
        report_fault(error)

    # -- step 1 -> step 2 ---------------------------------------------------------------
    def request(self) -> SupervisionRequest | None:
        client_id = self.client_id
        if client_id is None:
            return None
        return SupervisionRequest(
            client_id=client_id,
            date_from=self.from_edit.value(),
            date_to=self.to_edit.value(),
            sections=frozenset(s for s, box in self.section_checks.items() if box.isChecked()),
            include_private_notes=self.private_check.isChecked(),
            language=str(self.language_combo.currentData() or "en"),
        )

    @Slot()
    def review(self) -> None:
        """Check the choices, keep the texts with the case, and show the redacted text."""
        if self._working:
            return
        self._clear_messages()
        request = self.request()
        if request is None:
            self._show_error(self.tr("Choose a client."))
            return
        if not request.sections:
            self._show_error(self.tr("Choose at least one section."))
            return
        if request.date_from and request.date_to and request.date_from > request.date_to:
            self._show_error(self.tr("The period ends before it starts."))
            return
        if not self.save_context():
            return
        self.stack.setCurrentIndex(self.PAGE_REVIEW)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        self.summary = None
        self.preview.clear_summary()
        self.legend_label.setText("")
        self.names_list.clear()
        self._clear_descriptions()
        self._possible_people = set()
        self._review_pending = True
        self._set_working(self.tr("Preparing the redacted summary…"))
        if self._ids is not None:
            self._prepare()
        elif not self._runs(self._ids_op):
            self._start_identifiers()

    def _prepare(self) -> None:
        self._review_pending = False
        request = self.request()
        if request is None or self._ids is None or not self._vault.is_unlocked:
            self._set_working(None)
            return
        self._request, self._context = request, self.context()
        service, context, ids = self._service, self._context, self._export_ids()
        op = self._preview_ops.op(self, "", lambda: service.prepare(request, context, ids))
        self._prepare_op = op
        op.on_success(self._prepared).on_error(self._not_prepared).run_in_background()
        self._update_buttons()

    def _prepared(self, summary: SupervisionSummary) -> None:
        self.summary = summary
        self.preview.show_summary(summary)
        legend = self.preview.legend()
        self.legend_label.setText(
            legend_html(legend) if legend else self.tr("Nothing needed replacing.")
        )
        # every label stays readable: the side scrolls rather than clip the legend
        self.legend_label.setMinimumHeight(self.legend_label.heightForWidth(330))
        self.names_list.clear()
        self._possible_people = {w.casefold() for w in summary.possible_people}
        label = fixed_label("unknown_person", summary.language)
        self.names_hint.setText(self._names_hint_text(label))
        listed: set[str] = set()
        for name in [*summary.possible_names, *summary.possible_people]:
            key = name.casefold()
            if key in self._dismissed or key in listed:
                continue
            listed.add(key)
            item = QListWidgetItem(name, self.names_list)
            if key in self._possible_people:
                item.setToolTip(self.tr("Printed as {label}").format(label=label))
        self.descriptions_list.clear()
        self.descriptions_list.addItems(summary.descriptions)
        for widget in self._description_widgets:
            widget.setVisible(bool(summary.descriptions))
        self.preview.mark_words(self._marked_words())
        if self.names_list.count():
            self.names_list.blockSignals(True)  # select the first, but stay at the top
            self.names_list.setCurrentRow(0)
            self.names_list.blockSignals(False)
        self._set_working(None)
        self.preview_ready.emit()

    def _names_hint_text(self, label: str) -> str:
        return self.tr(
            "Capitalised words that look like names. Redact each one, add it to this "
            "client's record, or mark it as not a name. A word in no record and no "
            "dictionary is printed as {label}: keep it if it is no one's name."
        ).format(label=label)

    @Slot()
    def go_back(self) -> None:
        if self._working:
            return
        self._clear_messages()
        self.stack.setCurrentIndex(self.PAGE_COMPOSE)
        self._update_buttons()

    # -- possible unlisted names ----------------------------------------------------------
    def possible_names(self) -> list[str]:
        return [self.names_list.item(i).text() for i in range(self.names_list.count())]

    def select_name(self, name: str) -> bool:
        for i in range(self.names_list.count()):
            if self.names_list.item(i).text() == name:
                self.names_list.setCurrentRow(i)
                return True
        return False

    def _clear_descriptions(self) -> None:
        self.descriptions_list.clear()
        for widget in self._description_widgets:
            widget.setVisible(False)

    def descriptions(self) -> list[str]:
        """The printed phrases flagged as possibly singling the student out."""
        return [
            self.descriptions_list.item(i).text() for i in range(self.descriptions_list.count())
        ]

    def _marked_words(self) -> list[str]:
        return [*self.possible_names(), *self.descriptions()]

    @Slot()
    def _show_selected_description(self, *_args: object) -> None:
        item = self.descriptions_list.currentItem()
        if item is not None:
            self.preview.show_word(item.text())

    @Slot()
    def _show_selected_name(self, *_args: object) -> None:
        item = self.names_list.currentItem()
        if item is not None:
            self.preview.show_word(item.text())

    def _selected_name(self) -> str | None:
        item = self.names_list.currentItem()
        return item.text() if item is not None and not self._working else None

    @Slot()
    def redact_selected_name(self) -> None:
        """Add the word to the vault's never-print list, then redo the preview."""
        name = self._selected_name()
        if name is None:
            return

        def never_print() -> None:
            terms = self._service.never_print()
            if name.casefold() not in {t.casefold() for t in terms}:
                self._service.set_never_print([*terms, name])

        self._op(never_print).on_success(lambda _: self._identifiers_changed()).run()

    def is_possible_person(self, word: str) -> bool:
        """The word is printed as [PERSON ?] in this preview."""
        return word.casefold() in self._possible_people

    @Slot()
    def keep_selected_word(self) -> None:
        """Add a [PERSON ?] word to the vault's kept words, then redo the preview: it is
        printed as written in this and every later summary (a name in a record is still
        redacted)."""
        word = self._selected_name()
        if word is None or not self.is_possible_person(word):
            return

        def keep() -> None:
            words = self._service.kept_words()
            if word.casefold() not in {w.casefold() for w in words}:
                self._service.set_kept_words([*words, word])

        self._op(keep).on_success(lambda _: self._identifiers_changed()).run()

    @Slot()
    def add_selected_name_as_person(self) -> None:
        """Add the name to this client's "other people named", then redo the preview."""
        name = self._selected_name()
        client_id = self.client_id
        if name is None or client_id is None:
            return

        def add_person() -> None:
            client = self._vault.clients.get(client_id)
            if name.casefold() not in {p.casefold() for p in client.other_people}:
                self._vault.clients.save_profile(
                    replace(client, other_people=[*client.other_people, name]),
                    today=self._today,
                )

        self._op(add_person).on_success(lambda _: self._person_added(client_id)).run()

    def _person_added(self, client_id: int) -> None:
        self.record_changed.emit(client_id)
        self._identifiers_changed()

    def _export_ids(self) -> IdentifierSet:
        """The vault's identifiers, with the words she said are no name in this export
        kept for it alone."""
        assert self._ids is not None
        return self._ids.with_kept(self._dismissed)

    @Slot()
    def dismiss_selected_name(self) -> None:
        """Not a name: left as written in this export (nothing is stored). A word printed
        as [PERSON ?] is printed as written in this export, and the preview is redone."""
        name = self._selected_name()
        if name is None:
            return
        self._dismissed.add(name.casefold())
        if self.is_possible_person(name):
            self._refresh_preview()
            return
        row = self.names_list.currentRow()
        self.names_list.takeItem(row)
        self.preview.mark_words(self._marked_words())
        self._update_buttons()

    def _identifiers_changed(self) -> None:
        self._clear_messages()
        self._ids = None
        self._refresh_preview()

    # -- saving -------------------------------------------------------------------------
    @Slot()
    def save_pdf(self) -> Task[ExportResult] | None:
        """Ask where, then write, read back and check the PDF in a worker."""
        if self._working or self.summary is None or self._request is None or self._ids is None:
            return None
        self._clear_messages()
        sharing = self._chooser.share(
            self,
            ShareRequest(
                self.tr("the supervision summary of {code}").format(code=self.summary.case_code),
                self.summary.language,
            ),
        )
        if sharing is None:
            return None
        suggested = Path.home() / default_file_name(self.summary.case_code, self._today)
        target = self._chooser.save_file(
            self, self.tr("Save the supervision summary as"), suggested, self.tr("PDF (*.pdf)")
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        service, request, context = self._service, self._request, self._context
        ids = self._export_ids()
        op = self._export_ops.op(
            self, "", lambda: service.export(request, target, context, ids, sharing)
        )
        self._export_op = op
        op.on_success(self._exported).on_error(self._export_failed)
        task = op.run_in_background()
        self._set_working(self.tr("Writing the PDF and checking it…"))
        return task

    def _exported(self, result: ExportResult) -> None:
        self._set_working(None)
        text = (
            self.tr(
                "Saved and checked: {path}\nThe PDF is protected with its password. Tell "
                "your supervisor the words another way than the file, and delete it when "
                "supervision is done."
            )
            if result.protected
            else self.tr(
                "Saved and checked: {path}\nThe PDF is not encrypted. Give it only to your "
                "supervisor, and delete it when supervision is done."
            )
        )
        shown = text.format(path=shown_path(result.path))
        if not result.logged:
            shown += "\n" + self.tr(
                "The vault cannot be written now (read-only or full): this disclosure is "
                "not in its log."
            )
        self._show_result(shown, ok=True)
        if self.client_id is not None:
            self.record_changed.emit(self.client_id)  # its disclosure log has a row more
        self.exported.emit(result)
        self.export_done.emit(result)

    def _export_failed(self, error: BaseException) -> None:
        self._set_working(None)
        if isinstance(error, SelfCheckFailedError):
            # The words found are shown here, to the counselor only: never logged.
            self._show_result(
                translate(error.message, "PdfCheck"), ok=False, details=error.details()
            )
        else:
            self._show_result(
                self.tr("The PDF was not saved: {reason}").format(reason=error_text(error)),
                ok=False,
            )
        self.export_done.emit(error)

    def _export_broke(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self._export_failed(error)
        report_fault(error)

    # -- closing ------------------------------------------------------------------------
    def wipe(self) -> None:
        """At lock: keep the typed texts with the case, then forget everything shown.

        A PDF being written is let finish first (a second or so), so that it is checked
        and recorded in the audit log before the vault closes: a half-done export is
        worse than a short wait."""
        if self.is_busy:
            self._runner.wait_for_all(30000)
        self.save_context()
        self._context_dirty = False
        for edit in self.text_edits.values():
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.preview.clear_summary()
        self.names_list.clear()
        self._clear_descriptions()
        self._possible_people = set()
        self.findings_view.clear()
        self.result_label.clear()
        self.client_combo.clear()
        self.summary = None
        self._ids = None
        self._request = None
        self._context = None

    def done(self, result: int) -> None:
        if self.is_busy:
            return  # the file is being written and checked: wait for the verdict
        self.save_context()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy:
            event.ignore()
            return
        super().closeEvent(event)
