"""The Consents tab: the client's consents with their exact text and signature, and the
actions — record a signed consent, attach a scan, revoke, print for a wet signature."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.disclosures import Disclosure, Sharing
from counsel_desk.domain.enums import AttachmentKind, ConsentKind, ConsentStatus, SharedDocument
from counsel_desk.domain.model import Client, Consent
from counsel_desk.i18n import CounselDeskError, shown_path
from counsel_desk.services.consents import ConsentService, text_sha256
from counsel_desk.services.disclosures import DisclosureService, Shared
from counsel_desk.ui.dialogs.closing import close_at_lock
from counsel_desk.ui.dialogs.consent_dialog import ConsentDialog
from counsel_desk.ui.dialogs.share_dialog import ShareRequest
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.labels import (
    consent_kind_label,
    consent_status_label,
    format_date,
    name_of,
)
from counsel_desk.ui.note_labels import signature_method_label
from counsel_desk.ui.operations import Operations, VaultOp, user_text
from counsel_desk.ui.plain_text import plain_tooltip
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.tasks import Runner, Task, TaskRunner
from counsel_desk.ui.theme import tone
from counsel_desk.ui.widgets.empty_hint import EmptyHint

AnyIndex = QModelIndex | QPersistentModelIndex
CONSENT_ROLE = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class ConsentTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], dt.date]) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[Consent] = []
        self._headers = [
            self.tr("Consent"),
            self.tr("Signed by"),
            self.tr("Signed on"),
            self.tr("Status"),
            self.tr("Expires"),
            self.tr("Signature"),
        ]

    def set_consents(self, consents: list[Consent]) -> None:
        self.beginResetModel()
        self._rows = list(consents)
        self.endResetModel()

    def consents(self) -> list[Consent]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def status_text(self, consent: Consent) -> str:
        if consent.status is ConsentStatus.ACTIVE and consent.is_expired_on(self._today()):
            return consent_status_label(ConsentStatus.EXPIRED)
        return consent_status_label(consent.status)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role == CONSENT_ROLE:
            return c
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            label = (
                consent_kind_label(c.kind)
                if c.kind is not ConsentKind.ASSENT
                else self.tr("Student's assent")
            )
            return label + (f" ({c.language})" if c.language else "")
        if column == 1:
            return c.signed_by + (f" — {c.relationship_detail}" if c.relationship_detail else "")
        if column == 2:
            return format_date(c.signed_on)
        if column == 3:
            status = self.status_text(c)
            if c.revoked_on:
                status += " " + format_date(c.revoked_on)
            return status
        if column == 4:
            return format_date(c.expires_on)
        if column == 5:
            return signature_method_label(c.method) if c.method else ""
        return None


class RevokeDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date, earliest: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke Consent"))
        label = QLabel(
            self.tr(
                "The consent stays in the record, marked revoked from this date. It covered "
                "the days before."
            ),
            self,
        )
        label.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Revoked on"))
        self.date_edit.setAccessibleDescription(
            self.tr("The day the consent was withdrawn, as year-month-day.")
        )
        self.date_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleDescription(self.tr("Marks the consent revoked from this date."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        return py_date(self.date_edit.date())


class ConsentsView(QWidget):
    consents_changed = Signal()
    message = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.chooser: FileChooser = FileChooser()  # the window gives its own (set_chooser)
        self._service: Callable[[], ConsentService] | None = None
        # Errors are told in the window's status line (``message``) or the dialog.
        self._ops = Operations(TaskRunner(self), None)
        self._client: Client | None = None
        self.active_dialog: QDialog | None = None

        self.model = ConsentTableModel(self, today=today)
        self.table = QTableView(self)
        self.table.setObjectName("consentsTable")
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No consent is recorded for this client yet. Use “Record Consent…”: for a "
                "student under 18 it opens the guardian consent, with the student's own "
                "assent."
            ),
            self.tr("This client's consents and their status. Choose one to see it below."),
        )
        self.details = QTextBrowser(self)
        self.details.setObjectName("consentDetails")
        self.details.setAccessibleName(self.tr("The consent chosen"))
        self.details.setAccessibleDescription(
            self.tr("Who signed the consent chosen, when, and the exact text signed.")
        )
        self.signature_label = QLabel(self)
        self.signature_label.setObjectName("consentSignatureImage")
        self.signature_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        # The drawn ink is dark blue on transparent: on paper white in a dark theme too.
        self.signature_label.setStyleSheet("QLabel#consentSignatureImage { background: #ffffff; }")

        self.new_button = QPushButton(self.tr("Record Consent…"), self)
        self.new_button.setObjectName("newConsentButton")
        self.new_button.setAccessibleDescription(
            self.tr("Fills in a consent form for this client and records who signed it.")
        )
        self.scan_button = QPushButton(self.tr("Attach Scan…"), self)
        self.scan_button.setObjectName("attachScanToConsentButton")
        self.scan_button.setAccessibleDescription(
            self.tr(
                "Adds a scan of the signed paper form (PDF, PNG or JPEG) to the consent chosen."
            )
        )
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.setObjectName("revokeConsentButton")
        self.revoke_button.setAccessibleDescription(
            self.tr("Marks the consent chosen as withdrawn from a date. It stays in the record.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.revoke_button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addWidget(self.signature_label)

        # The disclosure log (issue 18): each PDF of this client that left the vault.
        self._disclosures: Callable[[], DisclosureService] | None = None
        disclosures = QWidget(self)
        disclosures_layout = QVBoxLayout(disclosures)
        disclosures_layout.setContentsMargins(0, 4, 0, 0)
        self.disclosures_heading = QLabel(self.tr("Disclosures: PDFs that left the vault"), self)
        self.disclosures_heading.setObjectName("disclosuresHeading")
        heading_font = self.disclosures_heading.font()
        heading_font.setBold(True)
        self.disclosures_heading.setFont(heading_font)
        self.disclosures_model = QStandardItemModel(0, 5, self)
        self.disclosures_table = QTableView(self)
        self.disclosures_table.setModel(self.disclosures_model)
        self.disclosures_table.setObjectName("disclosuresTable")
        self.disclosures_table.setAccessibleName(self.tr("Disclosures"))
        self.disclosures_table.setAccessibleDescription(
            self.tr(
                "Every PDF of this client's record that was saved for someone: when, what, "
                "to whom, under which consent, and whether it was password-protected."
            )
        )
        self.disclosures_model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("To whom"),
                self.tr("Under"),
                self.tr("Password"),
            ]
        )
        self.disclosures_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disclosures_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disclosures_table.verticalHeader().setVisible(False)
        self.disclosures_table.setAlternatingRowColors(True)
        # Fits the tab's width at 1366 px: the date and "protected" as wide as they are,
        # what, to whom and under which consent share the rest (elided; the full text is
        # the cell's tooltip).
        log_header = self.disclosures_table.horizontalHeader()
        log_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 4):
            log_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.disclosures_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.disclosures_table.setWordWrap(False)
        EmptyHint(  # parented to the table, which keeps it
            self.disclosures_table,
            self.tr(
                "Nothing of this client has been shared yet. Each PDF you save of the record, "
                "a consent form, a referral letter or a supervision summary is listed here."
            ),
            self.tr("What of this client's record left the vault, newest last."),
        )
        disclosures_layout.addWidget(self.disclosures_heading)
        disclosures_layout.addWidget(self.disclosures_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.addWidget(disclosures)
        splitter.setSizes([190, 130, 190])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.new_button.clicked.connect(lambda *_: self.open_consent_dialog())
        self.scan_button.clicked.connect(lambda *_: self.choose_scan_for_selected())
        self.revoke_button.clicked.connect(lambda *_: self.open_revoke_dialog())
        self._update_buttons()

    # -- wiring -----------------------------------------------------------------------
    def set_service(self, provider: Callable[[], ConsentService] | None) -> None:
        self._service = provider

    def set_runner(self, runner: Runner) -> None:
        self._ops = Operations(runner, None)

    def set_disclosures(self, provider: Callable[[], DisclosureService] | None) -> None:
        self._disclosures = provider

    def _op(self, work: Callable[[], T]) -> VaultOp[T]:
        """Vault work of this tab; its error is told in the status line."""
        return self._ops.op(self, "", work).on_error(lambda e: self.message.emit(user_text(e)))

    def _consents(self) -> ConsentService:
        assert self._service is not None
        return self._service()

    # -- showing ----------------------------------------------------------------------
    def show_client(self, client: Client) -> None:
        self._client = client
        self.reload()

    def clear(self) -> None:
        close_at_lock(self.active_dialog)  # a consent being recorded or revoked
        self.active_dialog = None
        self._client = None
        self.model.set_consents([])
        self._show_disclosures([])
        self.details.clear()
        self.signature_label.clear()
        self._update_buttons()

    def reload(self, select_id: int | None = None) -> None:
        client = self._client
        if client is None or client.id is None:
            self.model.set_consents([])
        elif self._service is None:
            self.model.set_consents(client.consents)
        else:
            client_id = client.id
            self._ops.op(self, "", lambda: self._consents().consents(client_id)).on_success(
                self.model.set_consents
            ).on_error(lambda error: self.details.setPlainText(user_text(error))).run()
        rows = self.model.consents()
        if select_id is not None:
            for row, consent in enumerate(rows):
                if consent.id == select_id:
                    self.table.selectRow(row)
        self._show_selected()
        self._update_buttons()
        self.reload_disclosures()

    def reload_disclosures(self) -> None:
        """The disclosure log of the client shown, read again (after a PDF was shared)."""
        client = self._client
        provider = self._disclosures
        if client is None or client.id is None or provider is None:
            self._show_disclosures([])
            return
        client_id = client.id
        self._op(lambda: provider().of_client(client_id)).on_success(self._show_disclosures).run()

    def _show_disclosures(self, rows: list[Disclosure]) -> None:
        consents = {c.id: c for c in self.model.consents() if c.id is not None}
        model = self.disclosures_model
        model.removeRows(0, model.rowCount())
        for d in rows:
            what = name_of(d.document)
            if d.reference and d.document is SharedDocument.REFERRAL_LETTER:
                what = f"{what} {d.reference}"
            elif d.reference:
                with contextlib.suppress(ValueError):
                    what = f"{what}: {consent_kind_label(ConsentKind(d.reference))}"
            consent = consents.get(d.consent_id) if d.consent_id is not None else None
            under = (
                self.tr("{kind} of {day}").format(
                    kind=consent_kind_label(consent.kind), day=format_date(consent.signed_on)
                )
                if consent is not None
                else self.tr("no consent")
            )
            shown_at = d.shared_at.astimezone() if d.shared_at.tzinfo else d.shared_at
            cells = [
                f"{format_date(shown_at.date())} {shown_at:%H:%M}",
                what,
                d.recipient or self.tr("no one named"),
                under,
                self.tr("protected") if d.protected else self.tr("none"),
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
                item.setToolTip(plain_tooltip(item.text()))  # never read as markup
            model.appendRow(items)

    def selected(self) -> Consent | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        consent = self.model.data(self.model.index(index.row(), 0), CONSENT_ROLE)
        return consent if isinstance(consent, Consent) else None

    def _update_buttons(self) -> None:
        has_client = self._client is not None and self._client.id is not None
        has_service = self._service is not None
        selected = self.selected()
        self.new_button.setEnabled(has_client and has_service)
        self.scan_button.setEnabled(has_service and selected is not None)
        self.revoke_button.setEnabled(
            has_service and selected is not None and selected.status is ConsentStatus.ACTIVE
        )

    def redraw(self) -> None:
        """After a change of theme: the consent shown is drawn in its colours."""
        if self._client is not None:
            self._show_selected()

    def _show_selected(self) -> None:
        consent = self.selected()
        self.signature_label.clear()
        self._update_buttons()
        if consent is None:
            self.details.clear()
            return
        parts = [f"<h3>{html.escape(consent_kind_label(consent.kind))}</h3>"]
        facts = [
            self.tr("Signed by {name} on {date}").format(
                name=consent.signed_by, date=format_date(consent.signed_on)
            ),
            self.tr("Form version {version}").format(version=consent.template_version),
        ]
        if consent.method:
            facts.append(signature_method_label(consent.method))
        if consent.bundle:
            facts.append(self.tr("Signed together with the student's assent"))
        if consent.released_to:
            facts.append(self.tr("Released to: {party}").format(party=consent.released_to))
        parts.append("<p>" + "<br>".join(html.escape(f) for f in facts) + "</p>")
        if consent.text:
            ok = consent.text_sha256 == text_sha256(consent.text)
            parts.append(
                f"<p style='color:{tone('muted').name()}'>"
                + html.escape(
                    self.tr("SHA-256 of the signed text: {hash}").format(
                        hash=consent.text_sha256 or ""
                    )
                )
                + (
                    ""
                    if ok
                    else f" <b style='color:{tone('error').name()}'>"
                    + html.escape(self.tr("does not match"))
                    + "</b>"
                )
                + "</p>"
            )
            parts.append(
                "<div style='border-left:3px solid #999; padding-left:8px'>"
                + html.escape(consent.text).replace("\n", "<br>")
                + "</div>"
            )
        scans = [a for a in consent.attachments if a.kind is AttachmentKind.SCAN]
        if scans:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("Scanned forms kept encrypted in the vault: {count}").format(
                        count=len(scans)
                    )
                )
                + "</p>"
            )
        self.details.setHtml("".join(parts))
        signature = next(
            (a for a in consent.attachments if a.kind is AttachmentKind.SIGNATURE), None
        )
        if signature is not None and signature.id is not None and self._service is not None:
            signature_id = signature.id
            self._ops.op(self, "", lambda: self._consents().attachment(signature_id)).on_error(
                lambda _error: None  # the details say the rest; the picture stays empty
            ).on_success(lambda found: self._show_signature(found[1])).run()

    def _show_signature(self, data: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")  # in memory, from the vault
        self.signature_label.setPixmap(
            pixmap.scaledToHeight(90, Qt.TransformationMode.SmoothTransformation)
        )

    # -- actions ----------------------------------------------------------------------
    def open_consent_dialog(self, kind: ConsentKind | None = None) -> ConsentDialog | None:
        """The form to record; by default the one she needs: for a student under 18
        without an active guardian consent, the guardian consent (with the assent)."""
        if self._client is None or self._client.id is None or self._service is None:
            return None
        if kind is None:
            today = self._today()
            needs_guardian = self._client.is_minor_on(
                today
            ) and not self._client.has_active_guardian_consent_on(today)
            kind = ConsentKind.GUARDIAN_CONSENT if needs_guardian else ConsentKind.INFORMED_CONSENT
        dialog = ConsentDialog(
            self._consents(), self._client, self, today=self._today, kind=kind, chooser=self.chooser
        )
        dialog.accepted.connect(lambda: self.record(dialog))
        dialog.print_requested.connect(lambda: self.print_form(dialog))
        dialog.finished.connect(lambda *_: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def record(self, dialog: ConsentDialog) -> bool:
        client = self._client
        if client is None or client.id is None:
            return False
        client_id = client.id

        def sign() -> list[Consent]:
            assent = dialog.assent_draft()
            if assent is not None:
                return self._consents().sign_bundle(client_id, dialog.draft(), assent)
            return [self._consents().sign(client_id, dialog.draft())]

        def signed(saved: list[Consent]) -> None:
            self.reload(select_id=saved[0].id)
            self.consents_changed.emit()
            self.message.emit(self.tr("Consent recorded."))

        def not_recorded(error: CounselDeskError) -> None:
            # The form comes back as she filled it (the signer, a drawn signature), with
            # why it was not recorded: a full disk must not cost her the signature.
            text = user_text(error)
            self.message.emit(text)
            dialog.show_error(text)
            self.active_dialog = dialog
            dialog.open()

        return self._ops.op(self, "", sign).on_success(signed).on_error(not_recorded).run()

    def choose_scan_for_selected(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        path = self.chooser.open_file(
            self,
            self.tr("Attach the Signed Form"),
            None,
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path is not None:
            self.attach_scan(path)

    def attach_scan(self, path: Path) -> bool:
        """Read the file the user chose and keep it, encrypted, with the selected consent."""
        from counsel_desk.services.consents import media_type_for

        consent = self.selected()
        if consent is None or consent.id is None:
            return False
        consent_id = consent.id

        def attach() -> None:
            data = path.read_bytes()  # an OSError is told with the file's name
            self._consents().attach_scan(consent_id, media_type_for(path.name, data) or "", data)

        def attached(_: None) -> None:
            self.reload(select_id=consent_id)
            self.message.emit(self.tr("The scan is stored encrypted in the vault."))

        return self._op(attach).on_success(attached).run()

    def open_revoke_dialog(self) -> RevokeDialog | None:
        consent = self.selected()
        if consent is None:
            return None
        dialog = RevokeDialog(self, self._today(), consent.signed_on)
        dialog.accepted.connect(lambda: self.revoke(dialog.day()))
        dialog.finished.connect(lambda *_: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def revoke(self, day: dt.date) -> bool:
        consent = self.selected()
        if consent is None or consent.id is None:
            return False
        consent_id = consent.id

        def revoked(_: object) -> None:
            self.reload(select_id=consent_id)
            self.consents_changed.emit()

        return self._op(lambda: self._consents().revoke(consent_id, day)).on_success(revoked).run()

    # -- printing ---------------------------------------------------------------------
    def print_form(
        self, dialog: ConsentDialog, path: Path | None = None, sharing: Sharing | None = None
    ) -> Task[Path] | Task[Shared] | None:
        """Ask how it is shared (to whom, with a password?) and where, then write the form
        as a PDF there (never elsewhere), off the GUI thread, logged as a disclosure; say
        whether the file is encrypted. ``path`` and ``sharing`` given: ask nothing.
        A lock (or another client) while she was asked ends it: nothing is written."""
        asked_for = self._client.id if self._client is not None else None
        if sharing is None and path is None:
            sharing = self.chooser.share(
                dialog,
                ShareRequest(
                    self.tr("the consent form “{form}”").format(
                        form=consent_kind_label(dialog.kind)
                    ),
                    dialog.language,
                ),
            )
            if sharing is None:
                return None
        sharing = sharing or Sharing()
        if path is None:
            chosen = self.chooser.save_file(
                dialog,
                self.tr("Print Consent Form to PDF"),
                Path.home() / "consent-form.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if chosen is None:
                return None
            path = chosen
        client_id = self._client.id if self._client is not None else None
        if client_id != asked_for or not shiboken6.isValid(dialog):
            return None  # locked (or another client) while the questions were open
        # The form's own fields (name, relationship, date) are printed once, the date
        # blank for the signer; only the signature line is added.
        text = dialog.printable_text()
        lines = [self.tr("Signature:")]
        target = path
        note = (
            self.tr(
                "The PDF {name} is protected with its password: keep it safe, and destroy it "
                "once the signed form is attached to the vault."
            )
            if sharing.password is not None
            else self.tr(
                "The PDF {name} is not encrypted: keep it safe, and destroy it once the "
                "signed form is attached to the vault."
            )
        ).format(name=shown_path(path.name))
        kind = dialog.kind

        def printed(logged: bool) -> None:
            shown = note
            if not logged:
                shown += " " + self.tr(
                    "The vault cannot be written now (read-only or full): this disclosure is "
                    "not in its log."
                )
            dialog.show_error(shown)
            self.message.emit(shown)
            self.reload_disclosures()

        def failed(error: CounselDeskError) -> None:
            dialog.show_error(user_text(error))

        shared = sharing
        if client_id is None or self._service is None:
            if shared.password is not None:
                return None  # never a plain file in place of the protected one she chose
            plain = self._ops.op(dialog, "", lambda: ConsentService.print_form(target, text, lines))
            plain.on_success(lambda _path: printed(True)).on_error(failed)
            return plain.run_in_background()
        known = client_id
        op = self._ops.op(
            dialog,
            "",
            lambda: self._consents().share_form(known, kind, target, text, lines, shared),
        )
        op.on_success(lambda result: printed(result.logged)).on_error(failed)
        return op.run_in_background()
