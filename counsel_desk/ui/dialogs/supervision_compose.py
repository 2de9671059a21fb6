"""The first step of Export for Supervision: what goes into the summary.

The client (preselected), the period, the language of the headings, the sections, whether
private notes go in (off by default), and the texts only the counselor can write for
supervision. The page holds the choices and says what they are (:meth:`request`,
:meth:`context`); :class:`CaseTexts` keeps the texts with the case for next time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import fields

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.export.supervision_summary import Section
from counsel_desk.i18n import CounselDeskError
from counsel_desk.services.clients import ClientSummary
from counsel_desk.services.supervision import SupervisionContext, SupervisionRequest
from counsel_desk.services.vault_service import VaultService, is_disk_refusal
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.translate import error_text
from counsel_desk.ui.widgets.date_edit import OptionalDateEdit

CONTEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SupervisionContext))


class SupervisionComposePage(QWidget):
    client_changed = Signal()  # another client was chosen
    texts_edited = Signal()  # she typed in one of the texts for the supervisor

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = self.section_names()

        self.client_combo = QComboBox(self)
        self.client_combo.setObjectName("clientCombo")
        self.client_combo.setMinimumContentsLength(24)
        self.client_combo.setAccessibleDescription(self.tr("The client the summary is about."))
        self.from_edit = OptionalDateEdit(self, opens_at=today)
        self.from_edit.setObjectName("fromDate")
        self.to_edit = OptionalDateEdit(self, opens_at=today)
        self.to_edit.setObjectName("toDate")
        period_hint = QLabel(self.tr("Leave “—” for the first or the latest session."), self)
        period_hint.setObjectName("hint")
        self.language_combo = QComboBox(self)
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

        sections_title = QLabel(self.tr("Sections"), self)
        sections_title.setObjectName("sideTitle")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.section_checks: dict[Section, QCheckBox] = {}
        for n, section in enumerate(Section):
            box = QCheckBox(names[section], self)
            box.setObjectName(f"section_{section.value}")
            box.setAccessibleDescription(self.tr("Tick it to put this section in the summary."))
            # Screening scores go to a supervisor only when she ticks them.
            box.setChecked(section is not Section.SCREENINGS)
            self.section_checks[section] = box
            grid.addWidget(box, n % 7, n // 7)

        self.private_check = QCheckBox(
            self.tr("Include private process notes and sole-possession notes"), self
        )
        self.private_check.setObjectName("privateNotesCheck")
        self.private_check.setAccessibleDescription(
            self.tr(
                "Tick it to put your private notes in the summary too; without it they are "
                "left out."
            )
        )
        self.private_warning = QLabel(self)
        self.private_warning.setObjectName("privateWarning")
        self.private_warning.setWordWrap(True)

        left = QVBoxLayout()
        left.setSpacing(10)
        title = QLabel(self.tr("What goes into the summary"), self)
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

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addLayout(left, 5)
        row.addLayout(self._build_texts(names), 6)

        self.private_check.toggled.connect(self._private_toggled)
        self.client_combo.currentIndexChanged.connect(self.client_changed)
        self._private_toggled(False)

    def _build_texts(self, names: dict[Section, str]) -> QVBoxLayout:
        texts_title = QLabel(self.tr("For your supervisor"), self)
        texts_title.setObjectName("stepTitle")
        texts_hint = QLabel(
            self.tr(
                "Only you can write these. They are kept with the case for next time, "
                "and redacted like everything else."
            ),
            self,
        )
        texts_hint.setObjectName("hint")
        texts_hint.setWordWrap(True)
        inner = QWidget(self)
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
            edit.textChanged.connect(self.texts_edited)
            self.text_edits[key] = edit
            texts_form.addRow(names[Section(key)], edit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(texts_title)
        right.addWidget(texts_hint)
        right.addWidget(scroll, 1)
        return right

    def section_names(self) -> dict[Section, str]:
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

    # -- the choices --------------------------------------------------------------------
    def fill_clients(
        self, summaries: Sequence[ClientSummary], client_id: int | None, *, privacy: bool
    ) -> None:
        """The clients by case code (with their names unless privacy mode is on), the
        given one chosen, without telling ``client_changed``."""
        self.client_combo.blockSignals(True)
        for s in sorted(summaries, key=lambda s: s.case_code):
            text = s.case_code if privacy else f"{s.case_code} — {s.full_name}"
            self.client_combo.addItem(text, s.id)
        index = self.client_combo.findData(client_id) if client_id is not None else 0
        self.client_combo.setCurrentIndex(max(0, index))
        self.client_combo.blockSignals(False)

    @property
    def client_id(self) -> int | None:
        value = self.client_combo.currentData()
        return int(value) if value is not None else None

    def set_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def request(self) -> SupervisionRequest | None:
        """The choices, or None without a client."""
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

    def problem(self, request: SupervisionRequest | None) -> str | None:
        """What is wrong with the choices, in her language, or None."""
        if request is None:
            return self.tr("Choose a client.")
        if not request.sections:
            return self.tr("Choose at least one section.")
        if request.date_from and request.date_to and request.date_from > request.date_to:
            return self.tr("The period ends before it starts.")
        return None

    # -- the texts for the supervisor ---------------------------------------------------
    def context(self) -> SupervisionContext:
        values = {k: (e.toPlainText().strip() or None) for k, e in self.text_edits.items()}
        return SupervisionContext(**values)

    def show_context(self, context: SupervisionContext) -> None:
        """The texts kept with the case, shown without telling ``texts_edited``."""
        for key, edit in self.text_edits.items():
            edit.blockSignals(True)
            edit.setPlainText(getattr(context, key) or "")
            edit.blockSignals(False)

    def wipe(self) -> None:
        """Forget the texts and the clients shown (at lock)."""
        self.show_context(SupervisionContext())
        self.client_combo.clear()  # tells client_changed: no client


class CaseTexts(QObject):
    """The page's texts for the supervisor, kept with the case: shown when a client is
    chosen; kept when she goes on to the review, chooses another client, closes the
    dialog or the vault locks. In a read-only vault, or when the disk refuses, they stay
    in the window for this export and the summary is made from them all the same."""

    def __init__(
        self,
        vault: VaultService,
        page: SupervisionComposePage,
        ops: Operations,
        show_error: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self._vault = vault
        self._page = page
        self._ops = ops
        self._show_error = show_error
        self._client: int | None = None
        self.unsaved = False
        page.texts_edited.connect(self._edited)

    @Slot()
    def _edited(self) -> None:
        self.unsaved = True

    def load(self, client_id: int | None) -> None:
        """Show the texts kept with this client (none: empty)."""
        self._client = client_id
        context = SupervisionContext()
        if client_id is not None:
            service = self._vault.supervision
            context = (
                self._ops.op(self._page, "", lambda: service.context(client_id))
                .on_error(lambda error: self._show_error(error_text(error)))
                .result_or(context)
            )
        self._page.show_context(context)
        self.unsaved = False

    def keep(self) -> bool:
        """Keep the typed texts with the case; True when nothing is left unsaved that
        should stop the export."""
        if not self.unsaved or self._client is None:
            return True
        if not self._vault.is_unlocked:
            return False
        if self._vault.read_only:
            return True  # nothing can be kept in a read-only vault: the texts stay here
        client_id, context, service = self._client, self._page.context(), self._vault.supervision
        refused: list[CounselDeskError] = []
        kept = (
            self._ops.op(self._page, "", lambda: service.save_context(client_id, context))
            .on_error(refused.append)
            .run()
        )
        if kept:
            self.unsaved = False
            return True
        (error,) = refused
        if not is_disk_refusal(error):
            self._show_error(error_text(error))
            return False
        # A full disk (or one that went read-only): the summary is still made from what
        # the vault holds, the texts stay in this window for this export.
        self._show_error(
            self.tr(
                "Your texts could not be kept with the case: {why} They stay in this "
                "window for this export."
            ).format(why=error_text(error))
        )
        return True
