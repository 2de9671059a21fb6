"""Settings → Never Print: words the counselor wants redacted in every supervision
summary (a village, a club, a rare condition), whoever's record they appear in.

The list lives in the vault (``SupervisionService.set_never_print``), never in QSettings,
so the page exists only while the vault is unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.widgets.string_list_editing import StringListEditing


class NeverPrintPage(StringListEditing, QWidget):
    keep_sorted = True  # words are looked up, not ranked: alphabetical

    def __init__(self, vault: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setObjectName("neverPrintPage")
        intro = QLabel(
            self.tr(
                "Words and phrases replaced by [REDACTED] in every supervision summary, in "
                "any letter case: a village, a club, a rare condition — anything that could "
                "identify someone and is not in a client's record. Kept in the vault."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.term_edit = QLineEdit(self)
        self.entry = self.term_edit
        self.term_edit.setObjectName("neverPrintEdit")
        self.term_edit.setPlaceholderText(self.tr("A word or phrase"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("neverPrintAdd")
        self.add_button.setAccessibleDescription(
            self.tr("Adds the word or phrase typed: it is never printed in a supervision summary.")
        )
        self.add_button.setAutoDefault(False)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("neverPrintList")
        self.view.setAccessibleName(self.tr("Never printed"))
        self.view.setAccessibleDescription(
            self.tr(
                "The words replaced by [REDACTED] in every summary. Choose some to remove them."
            )
        )
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("neverPrintRemove")
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the words chosen: summaries print them again.")
        )
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)

        add_row = QHBoxLayout()
        add_row.addWidget(self.term_edit, 1)
        add_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(remove_row)

        self.add_button.clicked.connect(self.add_from_edit)
        self.term_edit.returnPressed.connect(self.add_from_edit)
        self.term_edit.textChanged.connect(self.update_buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.set_terms(vault.supervision.never_print() if vault.is_unlocked else [])

    def terms(self) -> list[str]:
        return self.values()

    def set_terms(self, values: list[str]) -> None:
        self.set_values(values)

    def add_term(self, value: str) -> None:
        self.add_value(value)

    def apply(self) -> None:
        """Store the list in the vault (called by the Settings dialog's OK)."""
        if self.term_edit.text().strip():  # typed but not added: the counselor meant it
            self.add_from_edit()
        if self._vault.is_unlocked:
            self._vault.supervision.set_never_print(self.terms())

    def wipe(self) -> None:
        self.term_edit.clear()
        self.model.setStringList([])
