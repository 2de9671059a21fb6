"""Client → Export for Supervision…: the redacted summary a supervisor receives.

Two steps in one dialog, each a page of its own: **compose** (``supervision_compose``:
the client, the period, the sections, the headings' language, private notes off by
default, and her texts for the supervisor, kept with the case for next time) and
**review** (``supervision_review``: the redacted text exactly as the PDF will print it,
the legend of its labels, the phrases that may single the student out and the possible
names in no record, each of which she can redact everywhere, add as another person of
the client, dismiss for this export, or keep as written from now on). Any change re-runs
the preview.

In the background: ``supervision_preparer`` builds the vault's identifier set once and
the redacted summary with it; ``supervision_saver`` asks how the PDF is shared and where,
then writes, reads back and checks it. The dialog leads the steps, does the quick vault
work of the review's buttons, and says on its lines (``OutcomeLines``) what happens.
Nothing of a client goes into the window title, QSettings or the suggested file name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.export.supervision_summary import SupervisionSummary
from counsel_desk.services.supervision import (
    ExportResult,
    SupervisionContext,
    SupervisionRequest,
    SupervisionService,
)
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.dialogs.supervision_compose import CaseTexts, SupervisionComposePage
from counsel_desk.ui.dialogs.supervision_preparer import SummaryPreparer
from counsel_desk.ui.dialogs.supervision_review import SupervisionReviewPage
from counsel_desk.ui.dialogs.supervision_saver import SummarySaver
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.operations import Operations, VaultOp
from counsel_desk.ui.tasks import SyncRunner, Task, TaskRunner
from counsel_desk.ui.theme import styled, tone
from counsel_desk.ui.translate import error_text
from counsel_desk.ui.widgets.outcome_lines import OutcomeLines

T = TypeVar("T")


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
        self._chooser = chooser
        self._today = today or dt.date.today()
        self._preparer = SummaryPreparer(vault, runner, self)
        self._preparer.prepared.connect(self._prepared)
        self._preparer.failed.connect(self._not_prepared)
        self.summary: SupervisionSummary | None = None
        self._request: SupervisionRequest | None = None  # what the preview was made from
        self._context: SupervisionContext | None = None

        self.setWindowTitle(self.tr("Export for Supervision"))
        self.setObjectName("supervisionExportDialog")
        styled(self, _style)
        self.resize(1120, 660)

        self.compose = SupervisionComposePage(lambda: self._today, self)
        self.review_page = SupervisionReviewPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.compose)
        self.stack.addWidget(self.review_page)

        self.messages = OutcomeLines(
            self,
            findings_name=self.tr("What the check of the PDF found"),
            findings_about=self.tr("Each thing the check of the saved PDF found, a line each."),
        )

        self._saver = SummarySaver(vault, runner, lambda: self._chooser, self.messages, self)
        self._saver.saved.connect(self._exported)
        self._saver.finished.connect(self._export_ended)

        self.back_button = self._button(
            self.tr("← Back"),
            "backButton",
            self.tr("Returns to the choice of sections and to your texts."),
        )
        self.review_button = self._button(
            self.tr("Review Redacted Text →"),
            "reviewButton",
            self.tr(
                "Shows the summary with names and identifiers replaced, to read before "
                "anything is saved."
            ),
        )
        self.save_button = self._button(
            self.tr("Save PDF…"),
            "savePdfButton",
            self.tr("Saves the summary you reviewed as a PDF where you choose, then checks it."),
        )
        self.close_button = self._button(
            self.tr("Close"),
            "closeButton",
            self.tr("Closes the window. Your texts for the supervisor are kept with the case."),
        )
        self.review_button.setDefault(True)
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
        layout.addWidget(self.messages)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.go_back)
        self.review_button.clicked.connect(self.review)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        review = self.review_page
        review.selection_changed.connect(self._update_buttons)
        review.redact_button.clicked.connect(self.redact_selected_name)
        review.add_person_button.clicked.connect(self.add_selected_name_as_person)
        review.not_name_button.clicked.connect(self.dismiss_selected_name)
        review.keep_button.clicked.connect(self.keep_selected_word)
        self._texts = CaseTexts(vault, self.compose, self._ops, self._show_error)

        summaries = self._op(self._vault.clients.list_summaries).result_or([])
        self.compose.fill_clients(summaries, client_id, privacy=privacy)
        self.compose.client_changed.connect(self._client_changed)
        self._client_changed()
        self.compose.set_language(language)
        self.stack.setCurrentIndex(self.PAGE_COMPOSE)
        self._preparer.start()
        self._update_buttons()

    def _button(self, text: str, name: str, about: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleDescription(about)
        button.setAutoDefault(False)  # Enter is the step's default button (_update_buttons)
        return button

    # -- state ------------------------------------------------------------------------
    @property
    def _service(self) -> SupervisionService:
        return self._vault.supervision

    @property
    def is_busy(self) -> bool:
        """An export is being written (the dialog cannot be closed meanwhile)."""
        return self._saver.busy

    @property
    def _working(self) -> bool:
        return self._preparer.busy or self.is_busy

    @property
    def client_id(self) -> int | None:
        return self.compose.client_id

    @property
    def has_identifiers(self) -> bool:
        """The vault's identifier set is ready (built in a worker after opening)."""
        return self._preparer.has_identifiers

    @property
    def texts_unsaved(self) -> bool:
        """She typed texts for the supervisor that are not yet kept with the case."""
        return self._texts.unsaved

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
        self.review_page.update_buttons(working=working, shown=self.summary is not None)

    def _set_working(self, text: str | None) -> None:
        self.messages.set_working(text)
        self._update_buttons()

    def _op(self, work: Callable[[], T]) -> VaultOp[T]:
        """Quick vault work whose error is told on the error line."""
        return self._ops.op(self, "", work).on_error(
            lambda error: self._show_error(error_text(error))
        )

    def _show_error(self, text: str) -> None:
        self.messages.show_error(text)

    # -- the supervision texts kept with the case -------------------------------------
    def context(self) -> SupervisionContext:
        return self.compose.context()

    def save_context(self) -> bool:
        """Keep the typed texts with the case; True when nothing is left unsaved that
        should stop the export."""
        return self._texts.keep()

    @Slot()
    def _client_changed(self, *_args: object) -> None:
        self.save_context()
        self._preparer.dismissed.clear()
        self._texts.load(self.client_id)
        self._update_buttons()

    def _not_prepared(self, error: BaseException) -> None:
        """The identifiers or the preview could not be made: the dialog is idle again and
        says why on the error line."""
        if shiboken6.isValid(self):
            self._set_working(None)
            self._show_error(error_text(error))

    # -- step 1 -> step 2 ---------------------------------------------------------------
    def request(self) -> SupervisionRequest | None:
        return self.compose.request()

    @Slot()
    def review(self) -> None:
        """Check the choices, keep the texts with the case, and show the redacted text."""
        if self._working:
            return
        self.messages.clear()
        problem = self.compose.problem(self.request())
        if problem is not None:
            self._show_error(problem)
            return
        if not self.save_context():
            return
        self.stack.setCurrentIndex(self.PAGE_REVIEW)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        self.summary = None
        self.review_page.clear()
        request = self.request()
        if request is None:
            return
        self._request, self._context = request, self.context()
        self._preparer.prepare(request, self._context)
        self._set_working(self.tr("Preparing the redacted summary…"))

    def _prepared(self, summary: SupervisionSummary | None) -> None:
        if not shiboken6.isValid(self):
            return
        if summary is not None:
            self.summary = summary
            self.review_page.show_summary(summary, self._preparer.dismissed)
        self._set_working(None)
        if summary is not None:
            self.preview_ready.emit()

    @Slot()
    def go_back(self) -> None:
        if self._working:
            return
        self.messages.clear()
        self.stack.setCurrentIndex(self.PAGE_COMPOSE)
        self._update_buttons()

    # -- possible unlisted names ----------------------------------------------------------
    def _selected_name(self) -> str | None:
        return None if self._working else self.review_page.selected_name()

    @Slot()
    def redact_selected_name(self) -> None:
        """Add the word to the vault's never-print list, then redo the preview."""
        name, service = self._selected_name(), self._service
        if name is not None:
            self._op(lambda: service.add_never_print(name)).on_success(self._record_changed).run()

    @Slot()
    def keep_selected_word(self) -> None:
        """Add a [PERSON ?] word to the vault's kept words, then redo the preview: it is
        printed as written in this and every later summary (a name in a record is still
        redacted)."""
        word, service = self._selected_name(), self._service
        if word is not None and self.review_page.is_possible_person(word):
            self._op(lambda: service.add_kept_word(word)).on_success(self._record_changed).run()

    @Slot()
    def add_selected_name_as_person(self) -> None:
        """Add the name to this client's "other people named", then redo the preview."""
        name, client_id, clients = self._selected_name(), self.client_id, self._vault.clients
        if name is None or client_id is None:
            return
        op = self._op(lambda: clients.add_other_person(client_id, name, today=self._today))
        op.on_success(lambda _: self._person_added(client_id)).run()

    def _person_added(self, client_id: int) -> None:
        self.record_changed.emit(client_id)
        self._record_changed()

    @Slot()
    def dismiss_selected_name(self) -> None:
        """Not a name: left as written in this export (nothing is stored). A word printed
        as [PERSON ?] is printed as written in this export, and the preview is redone."""
        name = self._selected_name()
        if name is None:
            return
        self._preparer.dismissed.add(name.casefold())
        if self.review_page.is_possible_person(name):
            self._refresh_preview()
            return
        self.review_page.drop_selected_name()
        self._update_buttons()

    def _record_changed(self, _changed: object = None) -> None:
        """The record changed from here: the identifiers are built again for the preview."""
        self.messages.clear()
        self._preparer.forget_identifiers()
        self._refresh_preview()

    # -- saving -------------------------------------------------------------------------
    @Slot()
    def save_pdf(self) -> Task[ExportResult] | None:
        """Ask where, then write, read back and check the PDF in a worker."""
        summary, request = self.summary, self._request
        if self._working or summary is None or request is None:
            return None
        if not self._preparer.has_identifiers:
            return None
        self.messages.clear()
        ids = self._preparer.export_ids()
        task = self._saver.save(summary, request, self._context, ids, self._today)
        if task is not None:
            self._set_working(self.tr("Writing the PDF and checking it…"))
        return task

    def _exported(self, result: ExportResult) -> None:
        self._set_working(None)
        if self.client_id is not None:
            self.record_changed.emit(self.client_id)  # its disclosure log has a row more
        self.exported.emit(result)

    def _export_ended(self, outcome: object) -> None:
        if shiboken6.isValid(self):
            self._set_working(None)
            self.export_done.emit(outcome)

    # -- closing ------------------------------------------------------------------------
    def wipe(self) -> None:
        """At lock: keep the typed texts with the case, then forget everything shown.

        A PDF being written is let finish first (a second or so), so that it is checked
        and recorded in the audit log before the vault closes: a half-done export is
        worse than a short wait."""
        if self.is_busy:
            self._runner.wait_for_all(30000)
        self.save_context()
        self._texts.unsaved = False
        self.review_page.clear()
        self.messages.clear()
        self.compose.wipe()
        self.summary = None
        self._preparer.wipe()
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
