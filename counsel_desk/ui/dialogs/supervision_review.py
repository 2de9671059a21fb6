"""The second step of Export for Supervision: the redacted text, read before it is saved.

The summary exactly as the PDF will print it, every replacement highlighted with a legend
of its labels; the phrases that may single the student out; and the capitalised words that
look like names but are in no record, each of which she can redact everywhere, add as
another person of the client, dismiss for this export, or (a word printed as
``[PERSON ?]``) keep as written from now on. The page shows a summary and says which word
is chosen; what a button does to the vault is the dialog's work.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.placeholders import fixed_label
from counsel_desk.export.supervision_summary import SupervisionSummary
from counsel_desk.ui.widgets.redaction_preview import RedactionPreview, legend_html

SIDE_WIDTH = 330


class SupervisionReviewPage(QWidget):
    selection_changed = Signal()  # another possible name is chosen (or none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._possible_people: set[str] = set()  # casefolded words printed as [PERSON ?]
        title = QLabel(self.tr("Review the redacted summary"), self)
        title.setObjectName("stepTitle")
        intro = QLabel(
            self.tr(
                "This is the text the PDF will print. Every replacement is highlighted. "
                "Read it as your supervisor would: a name that is in no record and has no "
                "title before it is not replaced — check the list on the right."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.preview = RedactionPreview(self)
        self.preview.setAccessibleName(self.tr("The redacted summary"))
        self.preview.setAccessibleDescription(
            self.tr("The text the PDF will print; every replacement is marked with its label.")
        )

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.preview, 1)
        body.addWidget(self._build_side())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

        self.names_list.currentItemChanged.connect(self._show_selected_name)
        self.names_list.currentItemChanged.connect(self.selection_changed)
        self.descriptions_list.currentItemChanged.connect(self._show_selected_description)

    def _build_side(self) -> QScrollArea:
        legend_title = QLabel(self.tr("Labels in this summary"), self)
        legend_title.setObjectName("sideTitle")
        legend_title.setWordWrap(True)  # a longer translation wraps, never clips
        self.legend_label = QLabel(self)
        self.legend_label.setObjectName("legendLabel")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        names_title = QLabel(self.tr("Possible names not in any record"), self)
        names_title.setObjectName("sideTitle")
        names_title.setWordWrap(True)  # a longer translation wraps, never clips
        self.names_hint = QLabel(self._names_hint_text(fixed_label("unknown_person", "en")), self)
        self.names_hint.setObjectName("hint")
        self.names_hint.setWordWrap(True)
        self.names_list = QListWidget(self)
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
        self.names_empty = QLabel(self.tr("None found."), self)
        self.names_empty.setObjectName("hint")
        self.redact_button = QPushButton(self.tr("Redact Everywhere"), self)
        self.redact_button.setObjectName("redactEverywhereButton")
        self.redact_button.setToolTip(
            self.tr("Add the word to the never-print list (Settings) and redact it everywhere")
        )
        self.add_person_button = QPushButton(self.tr("Add as Other Person of This Client"), self)
        self.add_person_button.setObjectName("addPersonButton")
        self.add_person_button.setToolTip(
            self.tr("Add the name to the client's “other people named” and redact it")
        )
        self.not_name_button = QPushButton(self.tr("It's Not a Name"), self)
        self.not_name_button.setObjectName("notANameButton")
        self.not_name_button.setToolTip(self.tr("Leave the word as it is in this export"))
        self.keep_button = QPushButton(self.tr("Always Keep This Word"), self)
        self.keep_button.setObjectName("keepWordButton")
        self.keep_button.setToolTip(
            self.tr(
                "Print the word as written in every summary from now on (Settings → Kept "
                "Words). A name in a record is still redacted."
            )
        )
        for button in self.name_buttons():
            button.setAutoDefault(False)

        descriptions_title = QLabel(self.tr("May single the student out"), self)
        descriptions_title.setObjectName("sideTitle")
        descriptions_title.setWordWrap(True)  # a longer translation wraps, never clips
        self.descriptions_hint = QLabel(
            self.tr(
                "No name, but it may point at one student. Read each; change the note if it does."
            ),
            self,
        )
        self.descriptions_hint.setObjectName("hint")
        self.descriptions_hint.setWordWrap(True)
        self.descriptions_list = QListWidget(self)
        self.descriptions_list.setObjectName("singlingOutDescriptions")
        self.descriptions_list.setAccessibleName(
            self.tr("Descriptions that may single the student out")
        )
        self.descriptions_list.setAccessibleDescription(
            self.tr("Printed as written. Choose one to see it in the summary.")
        )
        self.descriptions_list.setMaximumHeight(64)
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
        for widget in (names_title, self.names_hint, self.names_list, self.names_empty):
            side.addWidget(widget)
        for button in self.name_buttons():
            side.addWidget(button)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        # Many labels, many possible names and the flagged descriptions do not fit a
        # laptop's height together: the side scrolls instead of clipping the legend.
        side_scroll = QScrollArea(self)
        side_scroll.setObjectName("reviewSide")
        side_scroll.setWidget(side_widget)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFixedWidth(SIDE_WIDTH + 16)
        side_widget.setFixedWidth(SIDE_WIDTH)
        return side_scroll

    def name_buttons(self) -> tuple[QPushButton, ...]:
        return (self.redact_button, self.add_person_button, self.not_name_button, self.keep_button)

    def _names_hint_text(self, label: str) -> str:
        return self.tr(
            "Capitalised words that look like names. Redact each one, add it to this "
            "client's record, or mark it as not a name. A word in no record and no "
            "dictionary is printed as {label}: keep it if it is no one's name."
        ).format(label=label)

    # -- showing a summary --------------------------------------------------------------
    def clear(self) -> None:
        """Nothing shown: a summary is being prepared, or the vault locks."""
        self.preview.clear_summary()
        self.legend_label.setText("")
        self.names_list.clear()
        self.descriptions_list.clear()
        for widget in self._description_widgets:
            widget.setVisible(False)
        self._possible_people = set()

    def show_summary(self, summary: SupervisionSummary, dismissed: Collection[str]) -> None:
        """The summary, its legend, the possible names (but those she dismissed, given
        casefolded) with the first one chosen, and the flagged descriptions."""
        self.preview.show_summary(summary)
        legend = self.preview.legend()
        self.legend_label.setText(
            legend_html(legend) if legend else self.tr("Nothing needed replacing.")
        )
        # every label stays readable: the side scrolls rather than clip the legend
        self.legend_label.setMinimumHeight(self.legend_label.heightForWidth(SIDE_WIDTH))
        self.names_list.clear()
        self._possible_people = {w.casefold() for w in summary.possible_people}
        label = fixed_label("unknown_person", summary.language)
        self.names_hint.setText(self._names_hint_text(label))
        listed: set[str] = set()
        for name in [*summary.possible_names, *summary.possible_people]:
            key = name.casefold()
            if key in dismissed or key in listed:
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

    def update_buttons(self, *, working: bool, shown: bool) -> None:
        """The name buttons for the chosen word; "None found." once a summary is shown."""
        item = self.names_list.currentItem()
        for button in (self.redact_button, self.add_person_button, self.not_name_button):
            button.setEnabled(item is not None and not working)
        self.keep_button.setEnabled(
            item is not None and not working and self.is_possible_person(item.text())
        )
        has_names = self.names_list.count() > 0
        self.names_list.setVisible(has_names)
        self.names_empty.setVisible(not has_names and shown)

    # -- the possible names -------------------------------------------------------------
    def possible_names(self) -> list[str]:
        return [self.names_list.item(i).text() for i in range(self.names_list.count())]

    def select_name(self, name: str) -> bool:
        for i in range(self.names_list.count()):
            if self.names_list.item(i).text() == name:
                self.names_list.setCurrentRow(i)
                return True
        return False

    def selected_name(self) -> str | None:
        item = self.names_list.currentItem()
        return item.text() if item is not None else None

    def is_possible_person(self, word: str) -> bool:
        """The word is printed as [PERSON ?] in this preview."""
        return word.casefold() in self._possible_people

    def drop_selected_name(self) -> None:
        """The chosen word leaves the list (and its marks in the text)."""
        self.names_list.takeItem(self.names_list.currentRow())
        self.preview.mark_words(self._marked_words())

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
