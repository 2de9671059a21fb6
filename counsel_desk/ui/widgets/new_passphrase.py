"""A new passphrase typed twice, with the policy's strength meter (as on the welcome
dialog): used to recover with the recovery key and to change the passphrase."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from counsel_desk.domain.passphrase import PassphraseAssessment, assess_passphrase
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.passphrase_edit import PassphraseEdit
from counsel_desk.ui.widgets.strength_meter import StrengthMeter


def show_match(label: QLabel, passphrase: str, repeat: str) -> None:
    """Say under the second field whether the two passphrases match (nothing while the
    second is empty)."""
    if not repeat:
        label.setText("")
    elif repeat == passphrase:
        label.setText(QCoreApplication.translate("NewPassphraseFields", "The passphrases match."))
        set_tone(label, "success")
    else:
        label.setText(
            QCoreApplication.translate("NewPassphraseFields", "The passphrases do not match yet.")
        )
        set_tone(label, "warning")


class NewPassphraseFields(QWidget):
    """Rows for a form: passphrase, meter, repeat, match. ``changed`` on every edit."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        vault_words: Collection[str] = (),
        only_factor: bool = True,
    ) -> None:
        super().__init__(parent)
        self._vault_words = vault_words
        self._only_factor = only_factor
        self._assessment: PassphraseAssessment | None = None
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("newPassphraseEdit")
        self.passphrase_edit.setAccessibleDescription(
            self.tr(
                "Type the new passphrase, a few unrelated words; the meter below says how "
                "strong it is. The button at the end shows it."
            )
        )
        self.repeat_edit = PassphraseEdit(self)
        self.repeat_edit.setObjectName("repeatPassphraseEdit")
        self.repeat_edit.setAccessibleDescription(
            self.tr("Type the new passphrase once more, to be sure of it.")
        )
        self.meter = StrengthMeter(self)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchLabel")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("New passphrase:"), self.passphrase_edit)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        form.addRow("", self.match_label)
        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        text = self.passphrase_edit.text()
        self._assessment = (
            assess_passphrase(text, vault_words=self._vault_words, only_factor=self._only_factor)
            if text
            else None
        )
        self.meter.show_assessment(self._assessment)
        show_match(self.match_label, text, self.repeat_edit.text())
        self.changed.emit()

    @property
    def acceptable(self) -> bool:
        return (
            self._assessment is not None
            and self._assessment.acceptable
            and self.repeat_edit.text() == self.passphrase_edit.text()
        )

    def text(self) -> str:
        return self.passphrase_edit.text()

    def set_text(self, text: str) -> None:
        """Type ``text`` into both fields (tests, screenshots)."""
        self.passphrase_edit.setText(text)
        self.repeat_edit.setText(text)

    def wipe(self) -> None:
        self.passphrase_edit.wipe()
        self.repeat_edit.wipe()
