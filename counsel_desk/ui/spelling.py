"""Spell check in the note editor (issue 19): red wavy underlines, suggestions and "Add to
My Dictionary" on right-click, English or Indonesian chosen per note (the interface
language by default).

* :class:`Speller` — one per window: the dictionaries (``services/spelling.py``, loaded in a
  worker the first time a language is asked for) and the counselor's own words, read
  from the vault after an unlock and forgotten at a lock. Adding a word writes it into
  the vault, never into a file.
* :class:`SpellHighlighter` — underlines the misspelled words of one text field.
* :func:`spelling_menu` — the right-click menu of a field with the suggestions on top.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from counsel_desk.services.spelling import LANGUAGES, SpellChecker, SpellingService, words_in
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.theme import tone

OFF = ""


def interface_language() -> str:
    """ "id" when the interface is in Indonesian, else "en" (the default spelling)."""
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


def spelling_choices() -> list[tuple[str, str]]:
    """(label, language) for the per-note choice; "" is no spell check."""
    return [
        (QCoreApplication.translate("Spelling", "English"), "en"),
        (QCoreApplication.translate("Spelling", "Bahasa Indonesia"), "id"),
        (QCoreApplication.translate("Spelling", "No spell check"), OFF),
    ]


class Speller(QObject):
    """The dictionaries and the counselor's own words; ``changed`` when either changes."""

    changed = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parent = parent
        self._checkers: dict[str, SpellChecker] = {}
        self._loading: set[str] = set()
        self._personal: set[str] = set()
        self._service: Callable[[], SpellingService] | None = None

    # -- the vault's words ---------------------------------------------------------------
    def set_service(self, service: Callable[[], SpellingService] | None) -> None:
        """After an unlock: her words from the vault. None at a lock: they are forgotten,
        and so is every word of her notes the dictionaries were asked about."""
        self._service = service
        words: set[str] = set()
        if service is not None:
            words = self._ops.op(self._parent, "", lambda: service().personal_words()).result_or(
                set()
            )
        self._set_personal(words)  # the notes on screen are checked again
        if service is None:
            for checker in self._checkers.values():
                checker.forget_words()  # the words of her notes it was asked about

    def add_word(self, word: str) -> bool:
        service = self._service
        if service is None:
            return False
        title = QCoreApplication.translate("Spelling", "The word was not added")
        return (
            self._ops.op(self._parent, title, lambda: service().add_word(word))
            .on_success(self._set_personal)
            .run()
        )

    def _set_personal(self, words: set[str]) -> None:
        self._personal = set(words)
        for checker in self._checkers.values():
            checker.personal = self._personal
        self.changed.emit()

    @property
    def personal_words(self) -> set[str]:
        return set(self._personal)

    # -- dictionaries --------------------------------------------------------------------
    def checker(self, language: str) -> SpellChecker | None:
        """The checker of ``language``, or None while it loads (``changed`` follows)."""
        if language not in LANGUAGES:
            return None
        found = self._checkers.get(language)
        if found is None and language not in self._loading:
            self._loading.add(language)
            title = QCoreApplication.translate("Spelling", "The dictionary could not be read")
            self._ops.op(self._parent, title, lambda: SpellChecker(language)).on_success(
                self._loaded
            ).on_done(lambda: self._loading.discard(language)).run_in_background()
        return found

    def _loaded(self, checker: SpellChecker) -> None:
        checker.personal = self._personal
        self._checkers[checker.language] = checker
        self.changed.emit()

    def ready(self, language: str) -> bool:
        return language in self._checkers

    @property
    def loading(self) -> bool:
        """A dictionary is being read in the background."""
        return bool(self._loading)


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underlines under the misspelled words of one document."""

    def __init__(self, document: QTextDocument, speller: Speller) -> None:
        super().__init__(document)
        self._speller = speller
        self.language = OFF
        # True while the underlines are drawn again: the document reports a change then,
        # though no text changed (the note editor must not take it for typing).
        self.busy = False
        speller.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.busy = True
        try:
            self.rehighlight()
        finally:
            self.busy = False

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.refresh()

    def checker(self) -> SpellChecker | None:
        return self._speller.checker(self.language) if self.language else None

    def highlightBlock(self, text: str) -> None:
        if not text.strip():  # nothing to check: no dictionary is read (not at launch)
            return
        checker = self.checker()
        if checker is None:
            return
        mark = QTextCharFormat()
        mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        mark.setUnderlineColor(tone("error"))
        for start, length in checker.misspelled(text):
            self.setFormat(start, length, mark)


def word_at(edit: QPlainTextEdit, pos: QPoint) -> tuple[QTextCursor, str]:
    """The word under ``pos`` (widget coordinates) and a cursor selecting it."""
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.position() - block.position()
    for start, length, word in words_in(block.text()):
        if start <= offset <= start + length:
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
            return cursor, word
    return cursor, ""


def spelling_menu(
    edit: QPlainTextEdit, highlighter: SpellHighlighter, speller: Speller, pos: QPoint
) -> QMenu:
    """``edit``'s own context menu; a misspelled word under ``pos`` puts its suggestions
    (each replaces the word) and "Add … to My Dictionary" on top."""
    menu = edit.createStandardContextMenu(pos)
    checker = highlighter.checker()
    cursor, word = word_at(edit, pos)
    if checker is None or not word or checker.is_correct(word) or edit.isReadOnly():
        return menu
    standard = menu.actions()
    # Each new action is added at the end, then moved above the menu's own first item;
    # a menu with no items of its own keeps them at the end, in the same order.
    first = standard[0] if standard else None
    suggestions = checker.suggestions(word)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.triggered.connect(lambda _=False, s=suggestion: _replace(edit, cursor, s))
        if first is not None:
            menu.insertAction(first, action)
    if not suggestions:
        none = menu.addAction(QCoreApplication.translate("Spelling", "(no suggestions)"))
        none.setEnabled(False)
        if first is not None:
            menu.insertAction(first, none)
    add = menu.addAction(
        QCoreApplication.translate("Spelling", "Add “{word}” to My Dictionary").format(word=word)
    )
    add.setToolTip(
        QCoreApplication.translate("Spelling", "Kept inside the vault, with your records")
    )
    add.triggered.connect(lambda: speller.add_word(word))
    if first is not None:
        menu.insertAction(first, add)
        menu.insertSeparator(first)
    else:
        menu.addSeparator()
    return menu


def attach_spell_check(edit: QPlainTextEdit, speller: Speller, language: str) -> SpellHighlighter:
    """Spell-check ``edit`` in ``language`` ("en", "id"; "" for none) as the note editor
    does: underlines, and suggestions and "Add to My Dictionary" on right-click."""
    highlighter = SpellHighlighter(edit.document(), speller)
    highlighter.set_language(language)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        menu = spelling_menu(edit, highlighter, speller, pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.viewport().mapToGlobal(pos))

    edit.customContextMenuRequested.connect(show_menu)
    return highlighter


def _replace(edit: QPlainTextEdit, cursor: QTextCursor, text: str) -> None:
    cursor.beginEditBlock()
    cursor.insertText(text)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)
