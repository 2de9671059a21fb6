"""Settings → Letters: the school's letterhead and how referral letters are numbered
(issue 17). Kept in the vault (``ReferralService.set_letterhead``): the school's name
identifies, so never in QSettings; the page exists only while the vault is unlocked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from counsel_desk.domain.referrals import DEFAULT_SCHEME, Letterhead, letter_number, scheme_problem
from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.translate import translate


class LetterheadPage(QWidget):
    def __init__(self, vault: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setObjectName("letterheadPage")
        intro = QLabel(
            self.tr(
                "The letterhead of referral letters and how they are numbered. A number is "
                "given once and never again, even if the scheme changes."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        descriptions = {
            "school": self.tr("The school's name at the top of every letter."),
            "short_name": self.tr("The school as the letter number shows it."),
            "address": self.tr("The school's address under its name."),
            "phone": self.tr("The school's telephone under its name."),
            "counselor": self.tr("Your name below the letter, as you sign it."),
            "counselor_id": self.tr("Your NIP or NUPTK below your name, or empty."),
            "scheme": self.tr("How letters are numbered; it must hold {number}."),
        }
        labels = {
            "school": (self.tr("School:"), self.tr("SMP Negeri 1 Depok")),
            "short_name": (self.tr("In the number:"), self.tr("SMPN 1")),
            "address": (self.tr("Address:"), self.tr("Jl. Nusantara No. 1, Depok")),
            "phone": (self.tr("Telephone:"), "(021) 000000"),
            "counselor": (self.tr("Signed by:"), self.tr("Your name as you sign letters")),
            "counselor_id": (self.tr("NIP / NUPTK:"), ""),
            "scheme": (self.tr("Numbering:"), DEFAULT_SCHEME),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, (label, placeholder) in labels.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"letterhead_{key}")
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label.rstrip(":"))
            edit.setAccessibleDescription(descriptions[key])
            edit.textChanged.connect(self._preview)
            self.edits[key] = edit
            form.addRow(label, edit)
        self.scheme_hint = QLabel(self)
        self.scheme_hint.setObjectName("hint")
        self.scheme_hint.setWordWrap(True)
        form.addRow("", self.scheme_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        head = vault.referrals.letterhead() if vault.is_unlocked else Letterhead()
        self.set_letterhead(head)

    def set_letterhead(self, head: Letterhead) -> None:
        for key, value in head.to_json().items():
            self.edits[key].setText(value)

    def letterhead(self) -> Letterhead:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["scheme"] = values["scheme"] or DEFAULT_SCHEME
        return Letterhead(**values)

    def _preview(self, *_args: object) -> None:
        head = self.letterhead()
        problem = scheme_problem(head.scheme)
        if problem is not None:
            set_tone(self.scheme_hint, "error")
            self.scheme_hint.setText(translate(problem))
            return
        set_tone(self.scheme_hint, None)
        example = letter_number(
            head.scheme, 5, head.short_name or head.school or "…", dt.date.today()
        )
        self.scheme_hint.setText(
            self.tr(
                "The fifth letter this month reads {example}. Fields: {{number:03d}}, "
                "{{school}}, {{month_roman}}, {{month}}, {{year}}."
            ).format(example=example)
        )

    def apply(self) -> None:
        """Store the letterhead when it changed (the Settings dialog's OK)."""
        if not self._vault.is_unlocked:
            return
        head = self.letterhead()
        if head == self._vault.referrals.letterhead():
            return
        if head == Letterhead(scheme=head.scheme):
            return  # nothing entered: letters wait until the school is named
        self._vault.referrals.set_letterhead(head)
