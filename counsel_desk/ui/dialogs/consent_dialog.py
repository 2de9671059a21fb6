"""Recording a signed consent: the form's text in the client's language, the signer,
and the signature — typed, drawn on the pad, or a scanned paper form.

A drawn signature becomes PNG bytes in memory; a scan is read into memory from the file
the user picked. Both go to the vault through the consent service; neither is ever
written to a file. Printing for a wet signature writes a PDF only where the user chose.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.enums import (
    ConsentKind,
    DisclosureItem,
    SignatureMethod,
    SignerRelationship,
)
from counsel_desk.domain.model import Client
from counsel_desk.i18n import QT_TRANSLATE_NOOP, shown_path
from counsel_desk.services.consents import ConsentDraft, ConsentService, media_type_for
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.labels import consent_kind_label, name_of
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.tasks import SyncRunner
from counsel_desk.ui.translate import error_text
from counsel_desk.ui.widgets.signature_pad import SignaturePad

LANGUAGE_NAMES = {"en": "English", "id": "Bahasa Indonesia"}


def _relationship_label(value: SignerRelationship) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {  # marked, so that lupdate collects them (they read in English before)
        SignerRelationship.SELF: QT_TRANSLATE_NOOP("ConsentDialog", "The client"),
        SignerRelationship.GUARDIAN: QT_TRANSLATE_NOOP("ConsentDialog", "Parent or guardian"),
        SignerRelationship.OTHER: QT_TRANSLATE_NOOP("ConsentDialog", "Someone else"),
    }
    return QCoreApplication.translate("ConsentDialog", names[value])


def form_html(text: str) -> str:
    """The form's plain text as the signer sees it: the title large, a short line that
    opens a paragraph (a section heading) bold, everything escaped."""
    blocks: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        escaped = html.escape(line)
        after_blank = i > 0 and not lines[i - 1].strip()
        if i == 0:
            blocks.append(f"<h3 style='margin-bottom:6px'>{escaped}</h3>")
        elif not line.strip():
            blocks.append("<p style='margin:0'>&nbsp;</p>")
        elif after_blank and len(line) < 60 and line.rstrip()[-1:] not in ".:;,!?":
            blocks.append(f"<p style='margin:0'><b>{escaped}</b></p>")
        else:
            blocks.append(f"<p style='margin:0'>{escaped}</p>")
    return "".join(blocks)


class ConsentDialog(QDialog):
    """Collects a :class:`ConsentDraft` (and, for a minor, the student's assent)."""

    print_requested = Signal()

    def __init__(
        self,
        service: ConsentService,
        client: Client,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        kind: ConsentKind = ConsentKind.INFORMED_CONSENT,
        chooser: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self._chooser = chooser or FileChooser()
        self.setWindowTitle(self.tr("Record a Signed Consent"))
        self._service = service
        self._ops = Operations(SyncRunner(), None)  # a form that cannot be made says why
        self._client = client
        self._today = today
        self._scan: tuple[str, bytes] | None = None

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("consentKind")
        self.kind_combo.setAccessibleName(self.tr("Form"))
        self.kind_combo.setAccessibleDescription(
            self.tr("Which consent is recorded; its text is shown beside the signer's fields.")
        )
        for k in ConsentKind:
            if k is not ConsentKind.ASSENT:
                self.kind_combo.addItem(consent_kind_label(k), k)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("consentLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of the form"))
        self.language_combo.setAccessibleDescription(
            self.tr("The language the form is printed and signed in.")
        )
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.released_edit = QLineEdit(self)
        self.released_edit.setObjectName("consentReleasedTo")
        self.released_edit.setPlaceholderText(self.tr("Name and role, e.g. dr. Sari, Puskesmas"))
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("consentText")
        self.text_view.setAccessibleName(self.tr("The text of the form"))
        self.text_view.setAccessibleDescription(
            self.tr("The exact words the signer agrees to; they are kept with the consent.")
        )
        self.text_view.setMinimumHeight(200)
        self.text_view.document().setDocumentMargin(10)
        self._text = ""

        self.signer_edit = QLineEdit(self)
        self.signer_edit.setObjectName("consentSigner")
        self.signer_edit.setAccessibleDescription(
            self.tr("The full name of the person who signs, as they write it.")
        )
        self.relationship_combo = QComboBox(self)
        self.relationship_combo.setObjectName("consentRelationship")
        self.relationship_combo.setAccessibleName(self.tr("Signer's relationship"))
        self.relationship_combo.setAccessibleDescription(
            self.tr("Who the signer is to the client.")
        )
        for r in SignerRelationship:
            self.relationship_combo.addItem(_relationship_label(r), r)
        self.detail_edit = QLineEdit(self)
        self.detail_edit.setObjectName("consentRelationshipDetail")
        self.detail_edit.setPlaceholderText(self.tr("e.g. mother, aunt"))
        self.signed_on_edit = QDateEdit(self)
        self.signed_on_edit.setObjectName("consentSignedOn")
        self.signed_on_edit.setCalendarPopup(True)
        self.signed_on_edit.setDisplayFormat("yyyy-MM-dd")
        self.signed_on_edit.setAccessibleDescription(
            self.tr("The day the form was signed, as year-month-day; Alt+Down opens a calendar.")
        )
        day = today()
        self.signed_on_edit.setDate(QDate(day.year, day.month, day.day))
        self.expires_check = QCheckBox(self.tr("Expires on"), self)
        self.expires_check.setObjectName("consentExpires")
        self.expires_check.setAccessibleName(self.tr("The consent expires"))
        self.expires_check.setAccessibleDescription(
            self.tr("Tick it if the consent ends on a date; choose the date next to it.")
        )
        self.expires_edit = QDateEdit(self)
        self.expires_edit.setObjectName("consentExpiresOn")
        self.expires_edit.setAccessibleName(self.tr("Expires on"))
        self.expires_edit.setAccessibleDescription(
            self.tr("The last day the consent holds, as year-month-day.")
        )
        self.expires_edit.setCalendarPopup(True)
        self.expires_edit.setDisplayFormat("yyyy-MM-dd")
        later = day.replace(year=day.year + 1) if not (day.month == 2 and day.day == 29) else day
        self.expires_edit.setDate(QDate(later.year, later.month, later.day))
        self.expires_edit.setEnabled(False)

        # How it is signed.
        self.method_tabs = QTabWidget(self)
        self.method_tabs.setObjectName("signatureMethod")
        typed = QLabel(
            self.tr("The signer typed or confirmed their name above; no image is kept."), self
        )
        typed.setWordWrap(True)
        self.pad = SignaturePad(self)
        clear = QPushButton(self.tr("Clear"), self)
        clear.setAccessibleName(self.tr("Clear the signature"))
        clear.setAccessibleDescription(self.tr("Wipes the drawn signature to sign again."))
        clear.clicked.connect(self.pad.clear)
        drawn = QWidget(self)
        drawn_layout = QVBoxLayout(drawn)
        drawn_layout.addWidget(self.pad)
        drawn_row = QHBoxLayout()
        drawn_row.addWidget(
            QLabel(self.tr("The signature is kept as an image inside the vault."), drawn), 1
        )
        drawn_row.addWidget(clear)
        drawn_layout.addLayout(drawn_row)
        scan = QWidget(self)
        scan_layout = QHBoxLayout(scan)
        self.scan_label = QLabel(self.tr("No file attached."), scan)
        self.scan_label.setObjectName("scanLabel")
        self.scan_button = QPushButton(self.tr("Attach Scan…"), scan)
        self.scan_button.setObjectName("attachScanButton")
        self.scan_button.setAccessibleDescription(
            self.tr(
                "Chooses the scan of the signed paper form: a PDF, PNG or JPEG of 20 MB at most."
            )
        )
        scan_layout.addWidget(self.scan_label, 1)
        scan_layout.addWidget(self.scan_button)
        index = self.method_tabs.addTab(typed, self.tr("Typed name"))
        self.method_tabs.setTabToolTip(
            index, self.tr("The signer typed or confirmed their name; no image is kept")
        )
        index = self.method_tabs.addTab(drawn, self.tr("Draw signature"))
        self.method_tabs.setTabToolTip(
            index, self.tr("The signer signs on the screen with the mouse, a pen or a finger")
        )
        index = self.method_tabs.addTab(scan, self.tr("Scanned paper form"))
        self.method_tabs.setTabToolTip(index, self.tr("A scan of the form signed on paper"))

        # A minor's bundle: the student's own assent, signed at the same time.
        self.assent_box = QGroupBox(
            self.tr("Also record the student's own agreement (assent)"), self
        )
        self.assent_box.setObjectName("assentBox")
        self.assent_box.setCheckable(True)
        self.assent_box.setAccessibleDescription(
            self.tr("Tick it to record, with this consent, that the student agrees too.")
        )
        self.assent_box.setChecked(client.is_minor_on(day))
        self.assent_name = QLineEdit(client.full_name, self.assent_box)
        self.assent_name.setObjectName("assentSigner")
        self.assent_name.setAccessibleDescription(
            self.tr("The student's name as they write it for the assent.")
        )
        self.assent_pad = SignaturePad(self.assent_box)
        self.assent_pad.setObjectName("assentPad")
        assent_form = QFormLayout(self.assent_box)
        assent_form.addRow(self.tr("Student:"), self.assent_name)
        assent_form.addRow(self.tr("Signature (optional):"), self.assent_pad)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo, 2)
        top.addWidget(self.language_combo, 1)
        form.addRow(self.tr("Form:"), top)
        self.released_label = QLabel(self.tr("Released to:"), self)
        form.addRow(self.released_label, self.released_edit)
        # A release of information says what for and what may go (issue 17): a referral
        # under it sends only the items ticked here.
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setObjectName("consentPurpose")
        self.purpose_edit.setPlaceholderText(
            self.tr("e.g. assessment by the puskesmas psychologist")
        )
        self.purpose_edit.setAccessibleName(self.tr("Purpose of the release"))
        self.purpose_label = QLabel(self.tr("For:"), self)
        form.addRow(self.purpose_label, self.purpose_edit)
        self.disclosure_checks: dict[DisclosureItem, QCheckBox] = {}
        self.disclosure_box = QWidget(self)
        items = QGridLayout(self.disclosure_box)
        items.setContentsMargins(0, 0, 0, 0)
        for n, item in enumerate(DisclosureItem):
            check = QCheckBox(name_of(item), self.disclosure_box)
            check.setObjectName(f"consentDisclose_{item.value}")
            check.setAccessibleDescription(
                self.tr("Tick it if the signer lets you share this with the party above.")
            )
            check.toggled.connect(self._refresh)
            self.disclosure_checks[item] = check
            items.addWidget(check, n // 2, n % 2)
        self.disclosure_label = QLabel(self.tr("May share:"), self)
        form.addRow(self.disclosure_label, self.disclosure_box)
        signer = QHBoxLayout()
        signer.addWidget(self.signer_edit, 2)
        signer.addWidget(self.relationship_combo, 1)
        signer.addWidget(self.detail_edit, 1)
        when = QHBoxLayout()
        when.addWidget(self.signed_on_edit)
        when.addSpacing(16)
        when.addWidget(self.expires_check)
        when.addWidget(self.expires_edit)
        when.addStretch(1)

        sign_form = QFormLayout()
        sign_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        sign_form.addRow(self.tr("Signed by:"), signer)
        sign_form.addRow(self.tr("Signed on:"), when)

        self.print_button = QPushButton(self.tr("Print for Signing on Paper…"), self)
        self.print_button.setObjectName("printConsentButton")
        self.print_button.setAccessibleDescription(
            self.tr("Saves the form as a PDF to print and sign on paper; attach its scan later.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record Consent"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Keeps the consent, its exact text and the signature in the vault.")
        )
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        # The form's text on the left, who signs and how on the right: side by side the
        # dialog fits a 1366×768 laptop; with a larger text size the two columns scroll,
        # the buttons below them stay on screen.
        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.text_view, 1)
        right = QVBoxLayout()
        right.addLayout(sign_form)
        right.addWidget(self.method_tabs)
        right.addWidget(self.assent_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("consentScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1120, 640)

        self.kind_combo.currentIndexChanged.connect(self._refresh)
        self.language_combo.currentIndexChanged.connect(self._refresh)
        self.released_edit.textEdited.connect(self._refresh)
        self.purpose_edit.textEdited.connect(self._refresh)
        self.expires_check.toggled.connect(self._refresh)
        self.expires_edit.dateChanged.connect(self._refresh)
        self.relationship_combo.currentIndexChanged.connect(self._relationship_changed)
        self.expires_check.toggled.connect(self.expires_edit.setEnabled)
        self.scan_button.clicked.connect(self.choose_scan)
        self.print_button.clicked.connect(self.print_requested)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._refresh()
        self._relationship_changed()

    # -- state ------------------------------------------------------------------------
    @property
    def kind(self) -> ConsentKind:
        return ConsentKind(self.kind_combo.currentData() or ConsentKind.INFORMED_CONSENT)

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or "en")

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))

    def _relationship_changed(self, *_args: object) -> None:
        relationship = self.relationship_combo.currentData()
        if relationship == SignerRelationship.SELF.value and not self.signer_edit.text():
            self.signer_edit.setText(self._client.full_name)

    def _refresh(self, *_args: object) -> None:
        kind = self.kind
        roi = kind is ConsentKind.RELEASE_OF_INFORMATION
        for widget in (
            self.released_edit,
            self.released_label,
            self.purpose_edit,
            self.purpose_label,
            self.disclosure_box,
            self.disclosure_label,
        ):
            widget.setVisible(roi)
        if roi and not self.expires_check.isChecked():
            self.expires_check.setChecked(True)  # a release always ends
        self.assent_box.setVisible(kind is ConsentKind.GUARDIAN_CONSENT)
        if kind is ConsentKind.GUARDIAN_CONSENT:
            self.relationship_combo.setCurrentIndex(
                self.relationship_combo.findData(SignerRelationship.GUARDIAN)
            )
            if self.signer_edit.text() in ("", self._client.full_name):
                self.signer_edit.clear()
                if self._client.guardians:
                    self.signer_edit.setText(self._client.guardians[0].name)
                    self.detail_edit.setText(self._client.guardians[0].relationship or "")
        client_id, language = self._client.id or 0, self.language
        released_to = self.released_edit.text() or None
        today = py_date(self.signed_on_edit.date())
        purpose, disclosures, expires_on = self._release_terms()
        text = self._form_or_refusal(
            lambda: self._service.render(
                kind,
                client_id,
                language,
                released_to=released_to,
                today=today,
                purpose=purpose,
                disclosures=disclosures,
                expires_on=expires_on,
            )[1]
        )
        self._text = text
        self.text_view.setHtml(form_html(text))

    def _release_terms(self) -> tuple[str | None, tuple[DisclosureItem, ...], dt.date | None]:
        """What the release is for, what it allows, and the day it ends, as chosen."""
        disclosures = tuple(i for i, check in self.disclosure_checks.items() if check.isChecked())
        expires_on = py_date(self.expires_edit.date()) if self.expires_check.isChecked() else None
        return self.purpose_edit.text() or None, disclosures, expires_on

    def form_text(self) -> str:
        """The exact text the signer reads (and the consent keeps), not its markup."""
        return self._text

    def printable_text(self) -> str:
        """The form to print and sign by hand: the same form, its date left blank."""
        kind, client_id, language = self.kind, self._client.id or 0, self.language
        released_to = self.released_edit.text() or None
        today = py_date(self.signed_on_edit.date())
        purpose, disclosures, expires_on = self._release_terms()
        return self._form_or_refusal(
            lambda: self._service.render(
                kind,
                client_id,
                language,
                released_to=released_to,
                today=today,
                blank_date=True,
                purpose=purpose,
                disclosures=disclosures,
                expires_on=expires_on,
            )[1]
        )

    def _form_or_refusal(self, render: Callable[[], str]) -> str:
        """The rendered form, or -- where the form would stand -- why it cannot be made."""
        told: list[str] = []
        text = (
            self._ops.op(self, "", render)
            .on_error(lambda error: told.append(error_text(error)))
            .result_or(None)
        )
        return text if text is not None else told[0]

    # -- signature --------------------------------------------------------------------
    def choose_scan(self) -> None:
        path = self._chooser.open_file(
            self,
            self.tr("Attach the Signed Form"),
            None,
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path is not None:
            self.attach_file(path)

    def attach_file(self, path: Path) -> bool:
        """Read the chosen file into memory (it is stored encrypted when recorded)."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self.error_label.setText(str(error.strerror or error))
            return False
        media = media_type_for(path.name, data)
        if media is None:
            self.error_label.setText(self.tr("Attach a PDF, PNG or JPEG file."))
            return False
        self.set_scan(media, data, path.name)
        return True

    def set_scan(self, media_type: str, data: bytes, name: str = "") -> None:
        self._scan = (media_type, data)
        self.scan_label.setText(
            self.tr("{name} ({size} KB) will be stored encrypted in the vault.").format(
                name=shown_path(name) or media_type, size=max(1, len(data) // 1024)
            )
        )
        self.method_tabs.setCurrentIndex(2)

    def method(self) -> SignatureMethod:
        return (SignatureMethod.TYPED, SignatureMethod.DRAWN, SignatureMethod.SCAN)[
            self.method_tabs.currentIndex()
        ]

    def draft(self) -> ConsentDraft:
        method = self.method()
        return ConsentDraft(
            kind=self.kind,
            language=self.language,
            signed_by=self.signer_edit.text(),
            signed_on=py_date(self.signed_on_edit.date()),
            signer_relationship=SignerRelationship(
                self.relationship_combo.currentData() or SignerRelationship.SELF
            ),
            relationship_detail=self.detail_edit.text() or None,
            method=method,
            expires_on=py_date(self.expires_edit.date())
            if self.expires_check.isChecked()
            else None,
            released_to=self.released_edit.text() or None,
            purpose=self._release_terms()[0]
            if self.kind is ConsentKind.RELEASE_OF_INFORMATION
            else None,
            disclosures=self._release_terms()[1]
            if self.kind is ConsentKind.RELEASE_OF_INFORMATION
            else (),
            signature_png=self.pad.png_bytes() if method is SignatureMethod.DRAWN else None,
            scan=self._scan if method is SignatureMethod.SCAN else None,
        )

    def assent_draft(self) -> ConsentDraft | None:
        if self.kind is not ConsentKind.GUARDIAN_CONSENT or not self.assent_box.isChecked():
            return None
        png = self.assent_pad.png_bytes()
        return ConsentDraft(
            kind=ConsentKind.ASSENT,
            language=self.language,
            signed_by=self.assent_name.text(),
            signed_on=py_date(self.signed_on_edit.date()),
            signer_relationship=SignerRelationship.SELF,
            method=SignatureMethod.DRAWN if png else SignatureMethod.TYPED,
            expires_on=py_date(self.expires_edit.date())
            if self.expires_check.isChecked()
            else None,
            signature_png=png,
        )

    def _try_accept(self) -> None:
        draft = self.draft()
        if not draft.signed_by.strip():
            self.error_label.setText(self.tr("Type the signer's name."))
            return
        if draft.method is SignatureMethod.DRAWN and draft.signature_png is None:
            self.error_label.setText(self.tr("Draw the signature first."))
            return
        if draft.method is SignatureMethod.SCAN and draft.scan is None:
            self.error_label.setText(self.tr("Attach the signed paper form."))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
