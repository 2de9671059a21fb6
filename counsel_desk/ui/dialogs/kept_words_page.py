"""Settings → Kept Words: the words the counselor kept from the supervision review with
"Always Keep This Word" (issue 16) — words in no record and no dictionary that are no
one's name ("Duolingo", "Indomaret"), printed as written instead of ``[PERSON ?]``.

Words are added only from the review, where she sees them in context; here she reads the
list and removes a word, which is then printed as ``[PERSON ?]`` again. The list lives in
the vault (``SupervisionService.set_kept_words``), never in QSettings, so the page exists
only while the vault is unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.services.vault_service import VaultService
from counsel_desk.ui.widgets.string_list_editing import remove_selected_rows, tidy_unique


class KeptWordsPage(QWidget):
    def __init__(self, vault: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setObjectName("keptWordsPage")
        intro = QLabel(
            self.tr(
                "Words you chose to keep in the supervision review: they are in no record "
                "and no dictionary but are no one's name, so every summary prints them as "
                "written instead of [PERSON ?]. A name in a record and a never-print word "
                "are redacted all the same. Remove a word to have it replaced again."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("keptWordsList")
        self.view.setAccessibleName(self.tr("Kept words"))
        self.view.setAccessibleDescription(
            self.tr(
                "Words printed as written in every summary, though they look like names. "
                "Choose some to remove them."
            )
        )
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty_label = QLabel(
            self.tr("No kept words yet. Keep one from the review of a supervision summary."),
            self,
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("keptWordsRemove")
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the words chosen: summaries print them as [PERSON ?] again.")
        )
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)

        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(remove_row)

        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.set_words(vault.supervision.kept_words() if vault.is_unlocked else [])

    def words(self) -> list[str]:
        return list(self.model.stringList())

    def set_words(self, words: list[str]) -> None:
        self.model.setStringList(tidy_unique(words, sort=True))
        self.update_buttons()

    def remove_selected(self) -> None:
        remove_selected_rows(self.view, self.model)
        self.update_buttons()

    def update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def apply(self) -> None:
        """Store the list in the vault when a word was removed (the Settings dialog's OK)."""
        if self._vault.is_unlocked and self.words() != self._vault.supervision.kept_words():
            self._vault.supervision.set_kept_words(self.words())
