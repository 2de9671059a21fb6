"""The review step's read-only view of a redacted supervision summary.

Every replacement the redactor made is highlighted with a colour for its kind (the
client, a guardian, another person, a place, a number, a date, a never-print word), so
the counselor sees at a glance what was taken out — and, by its absence, what was not.
The text shown is exactly the summary's text: the labels, never the words they replace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from counsel_desk.domain.redaction import Category, RedactionResult
from counsel_desk.export.supervision_summary import Section, SummaryItem, SupervisionSummary
from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.ui.theme import MARK_TEXT

# Light backgrounds with dark text: readable on light and dark palettes alike.
_COLOURS: dict[Category, str] = {
    Category.CLIENT: "#fde68a",
    Category.GUARDIAN: "#bfdbfe",
    Category.EMERGENCY_CONTACT: "#c7d2fe",
    Category.OTHER_PERSON: "#ddd6fe",
    Category.UNLISTED_PERSON: "#f5d0fe",
    Category.SCHOOL: "#bbf7d0",
    Category.ADDRESS: "#a7f3d0",
    Category.PHONE: "#fecaca",
    Category.EMAIL: "#fed7aa",
    Category.ID: "#fecdd3",
    Category.DATE: "#e5e7eb",
    Category.CLASS: "#e5e7eb",
    Category.TERM: "#fbcfe8",
}
_TEXT_ON_HIGHLIGHT = MARK_TEXT  # the same in the light and the dark theme

_KINDS: dict[Category, str] = {
    Category.CLIENT: QT_TRANSLATE_NOOP("RedactionPreview", "the client"),
    Category.GUARDIAN: QT_TRANSLATE_NOOP("RedactionPreview", "a guardian of the client"),
    Category.EMERGENCY_CONTACT: QT_TRANSLATE_NOOP("RedactionPreview", "an emergency contact"),
    Category.OTHER_PERSON: QT_TRANSLATE_NOOP("RedactionPreview", "a person named in a record"),
    Category.UNLISTED_PERSON: QT_TRANSLATE_NOOP(
        "RedactionPreview", "a name after a title, in no record"
    ),
    Category.SCHOOL: QT_TRANSLATE_NOOP("RedactionPreview", "a school"),
    Category.ADDRESS: QT_TRANSLATE_NOOP("RedactionPreview", "an address or street"),
    Category.PHONE: QT_TRANSLATE_NOOP("RedactionPreview", "a phone number"),
    Category.EMAIL: QT_TRANSLATE_NOOP("RedactionPreview", "an e-mail address"),
    Category.ID: QT_TRANSLATE_NOOP("RedactionPreview", "an ID number"),
    Category.DATE: QT_TRANSLATE_NOOP("RedactionPreview", "a date"),
    Category.CLASS: QT_TRANSLATE_NOOP("RedactionPreview", "a class and its parallel (9C)"),
    Category.TERM: QT_TRANSLATE_NOOP("RedactionPreview", "a word from your never-print list"),
}

LABEL_PROPERTY = QTextCharFormat.Property.UserProperty + 1
"""Char-format property holding the redaction label of a highlighted run."""

_WHOLE_WORD = QTextDocument.FindFlag.FindWholeWords | QTextDocument.FindFlag.FindCaseSensitively


_ANOTHER_CLIENT = QT_TRANSLATE_NOOP("RedactionPreview", "another client")
_ANOTHER_GUARDIAN = QT_TRANSLATE_NOOP("RedactionPreview", "a guardian of another client")


# [PERSON C] or [ORANG C], not [ORANG ?] nor [ORANG TUA/WALI 1] (domain/placeholders.py)
_PERSON_LABEL = re.compile(r"\[(?:PERSON|ORANG) [A-Z]+\]")


def _is_person_label(label: str) -> bool:
    """A letter label: a person named in a record, in either language's labels."""
    return _PERSON_LABEL.fullmatch(label) is not None


def category_colour(category: Category, label: str = "") -> str:
    """The highlight of a replacement. [CLIENT] and [GUARDIAN n] have their own colours;
    every [PERSON x] shares one, whichever record the person came from."""
    if _is_person_label(label) and category in (Category.CLIENT, Category.GUARDIAN):
        return _COLOURS[Category.OTHER_PERSON]
    return _COLOURS.get(category, "#e5e7eb")


def category_text(category: Category, label: str = "") -> str:
    """What a label stands for, in a few words (the legend)."""
    text = _KINDS.get(category, QT_TRANSLATE_NOOP("RedactionPreview", "identifying text"))
    if _is_person_label(label) and category is Category.CLIENT:
        text = _ANOTHER_CLIENT
    elif _is_person_label(label) and category is Category.GUARDIAN:
        text = _ANOTHER_GUARDIAN
    return QCoreApplication.translate("RedactionPreview", text)


def legend_html(entries: Iterable[tuple[str, Category]]) -> str:
    """One line per label: the label on its colour, then what it stands for."""
    rows = []
    for label, category in entries:
        rows.append(
            "<tr><td style='padding:2px 8px 2px 0'>"
            f"<span style='background-color:{category_colour(category, label)};"
            f"color:{_TEXT_ON_HIGHLIGHT}'>&nbsp;{escape(label)}&nbsp;</span></td>"
            f"<td style='padding:2px 0'>{escape(category_text(category, label))}</td></tr>"
        )
    return "<table cellspacing='0'>" + "".join(rows) + "</table>"


class RedactionPreview(QTextEdit):
    """Read-only rich text of a :class:`SupervisionSummary`, replacements highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("redactionPreview")
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(14)
        self._legend: dict[str, Category] = {}
        self._span_count = 0
        self._cursor = QTextCursor(self.document())
        self._first_block = True
        self._body = self._bold = self._muted = QTextCharFormat()

    # -- reading back (tests, legend) ---------------------------------------------------
    def legend(self) -> list[tuple[str, Category]]:
        """The labels shown, in order of first appearance, with their kind."""
        return list(self._legend.items())

    @property
    def span_count(self) -> int:
        return self._span_count

    def highlights(self) -> list[tuple[int, int, str]]:
        """(start, end, label) of each highlighted run, in document positions."""
        out: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                label = fragment.charFormat().property(LABEL_PROPERTY)
                if fragment.isValid() and label:
                    start = fragment.position()
                    end = start + fragment.length()
                    if out and out[-1][1] == start and out[-1][2] == label:
                        out[-1] = (out[-1][0], end, label)  # one run split by Qt
                    else:
                        out.append((start, end, str(label)))
                it += 1
            block = block.next()
        return out

    # -- possible unlisted names ----------------------------------------------------------
    def mark_words(self, words: Iterable[str]) -> int:
        """Underline every whole-word occurrence of ``words`` (the possible unlisted names,
        which are *not* replaced) and clear the marks of any other word; the count marked."""
        doc = self.document()
        plain = QTextCharFormat()
        plain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        everything = QTextCursor(doc)
        everything.select(QTextCursor.SelectionType.Document)
        everything.mergeCharFormat(plain)
        mark = QTextCharFormat()
        mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        mark.setUnderlineColor(QColor("#d97706"))
        count = 0
        for word in words:
            cursor = doc.find(word, 0, _WHOLE_WORD)
            while not cursor.isNull():
                cursor.mergeCharFormat(mark)
                count += 1
                cursor = doc.find(word, cursor, _WHOLE_WORD)
        return count

    def show_word(self, word: str) -> bool:
        """Select the first whole-word occurrence of ``word`` and scroll to it."""
        cursor = self.document().find(word, 0, _WHOLE_WORD)
        if cursor.isNull():
            return False
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    # -- filling ------------------------------------------------------------------------
    def clear_summary(self) -> None:
        self._legend = {}
        self._span_count = 0
        self.clear()

    def show_summary(self, summary: SupervisionSummary) -> None:
        self.clear_summary()
        self._cursor = QTextCursor(self.document())
        self._first_block = True
        size = max(self.font().pointSizeF(), 9.0)
        body = QTextCharFormat()
        body.setFont(self.font())
        bold = QTextCharFormat(body)
        bold.setFontWeight(QFont.Weight.DemiBold)
        muted = QTextCharFormat(body)
        muted.setForeground(self.palette().placeholderText())
        title = QTextCharFormat(bold)
        title.setFontPointSize(size * 1.35)
        h1 = QTextCharFormat(bold)
        h1.setFontPointSize(size * 1.18)
        self._body, self._bold, self._muted = body, bold, muted

        # One edit block: the document is laid out once, at its end, not after each of
        # the thousand runs of text (a fifth of a second on the GUI thread, a 40-session
        # summary).
        self._cursor.beginEditBlock()
        try:
            self._fill(summary, title=title, h1=h1)
        finally:
            self._cursor.endEditBlock()
        self._cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(self._cursor)
        self.verticalScrollBar().setValue(0)

    def _fill(
        self, summary: SupervisionSummary, *, title: QTextCharFormat, h1: QTextCharFormat
    ) -> None:
        bold, muted = self._bold, self._muted
        self._line(
            QCoreApplication.translate(
                "RedactionPreview", "Supervision summary · case {code}"
            ).format(code=summary.case_code),
            title,
            bottom=2,
        )
        self._line(summary.subtitle, muted, bottom=6)
        for section in summary.sections:
            if section.heading:
                self._line(section.heading, h1, top=12, bottom=4)
            if section.subheading:
                top = 10 if section.key is Section.SESSIONS else 6
                self._line(section.subheading, bold, top=top, bottom=2)
                if section.meta:
                    self._line(section.meta, muted, bottom=4)
            for item in section.items:
                self._item(item, table=section.table)

    def _block(self, char: QTextCharFormat, *, top: float = 0, bottom: float = 0) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        if self._first_block:
            self._cursor.setBlockFormat(fmt)
            self._cursor.setBlockCharFormat(char)
            self._first_block = False
        else:
            self._cursor.insertBlock(fmt, char)

    def _line(self, text: str, char: QTextCharFormat, *, top: float = 0, bottom: float = 0) -> None:
        self._block(char, top=top, bottom=bottom)
        self._cursor.insertText(text, char)

    def _item(self, item: SummaryItem, *, table: bool) -> None:
        if table:
            self._block(self._body, bottom=2)
            if item.label:
                self._cursor.insertText(f"{item.label}: ", self._bold)
            self._text(item)
            for cell in item.cells:
                self._cursor.insertText(" · ", self._muted)
                self._cursor.insertText(cell, self._body)
            return
        if item.label:
            self._line(item.label, self._bold, top=4)
        self._block(self._body, bottom=4)
        self._text(item)

    def _text(self, item: SummaryItem) -> None:
        cursor, body = self._cursor, self._body
        result: RedactionResult | None = item.redacted
        if result is None:
            cursor.insertText((item.value or "").strip(), body)
            return
        text = result.text
        # The PDF strips the outer whitespace of each text; so does the preview.
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        position = lead
        for span in result.spans:
            start = max(span.redacted_start, lead)
            end = min(span.redacted_end, trail)
            if start > position:
                cursor.insertText(text[position:start], body)
            if end > start:
                mark = QTextCharFormat(body)
                mark.setBackground(QColor(category_colour(span.category, span.label)))
                mark.setForeground(QColor(_TEXT_ON_HIGHLIGHT))
                mark.setProperty(LABEL_PROPERTY, span.label)
                cursor.insertText(text[start:end], mark)
                self._span_count += 1
                self._legend.setdefault(span.label, span.category)
            position = max(position, end)
        if trail > position:
            cursor.insertText(text[position:trail], body)
