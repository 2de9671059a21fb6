"""Issue 19, spell check in the note editor: a misspelled word is underlined, right-click
offers suggestions that replace it and "Add … to My Dictionary", whose words are kept in
the vault (never in a file outside it) and come back after a lock; the language is
chosen per note, the interface language by default. Dictionaries: resources/dictionaries
(Hunspell, read with spylls). Cheap Argon2 through tests/ui/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.spelling import SpellingService
from counsel_desk.ui.main_window import MainWindow
from tests.leaks import readable_in
from tests.ui.conftest import make_vault, sample_clients, unlock

NAME = "Wulandarikah"  # a name no dictionary knows


def _underlined(edit) -> list[str]:
    """The words of ``edit`` drawn with the spell-check underline."""
    text = edit.toPlainText()
    found = []
    block = edit.document().firstBlock()
    while block.isValid():
        for rng in block.layout().formats():
            style = rng.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                start = block.position() + rng.start
                found.append(text[start : start + rng.length])
        block = block.next()
    return found


@pytest.fixture
def editor(qtbot, window: MainWindow, tmp_path: Path):
    path = make_vault(tmp_path / "v", sample_clients())
    unlock(qtbot, window, path)
    ayu = next(s for s in window.client_model.summaries() if s.given_name == "Ayu")
    assert window.workspace.open_client(ayu.id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_SESSIONS)
    profile.sessions_view.new_note(TemplateId.FREE)
    return profile.sessions_view.editor


def _ready(qtbot, window: MainWindow, language: str) -> None:
    window.speller.checker(language)
    qtbot.waitUntil(lambda: window.speller.ready(language), timeout=20000)


def test_a_misspelled_word_is_underlined_and_right_click_replaces_it(qtbot, window, editor):
    assert editor.spelling_language() == "en"  # the interface language of the tests
    edit = editor.field_edits["text"]
    edit.setPlainText("The student talked about her famly and her exams.")
    _ready(qtbot, window, "en")
    qtbot.waitUntil(lambda: _underlined(edit) == ["famly"], timeout=5000)

    at = edit.toPlainText().index("famly") + 2
    cursor = edit.textCursor()
    cursor.setPosition(at)
    pos = edit.cursorRect(cursor).center()
    editor._spelling_menu(edit, editor.highlighter_of(edit), pos)
    menu = editor.spelling_menu_shown
    texts = [a.text() for a in menu.actions()]
    assert "family" in texts
    assert "Add “famly” to My Dictionary" in texts
    next(a for a in menu.actions() if a.text() == "family").trigger()
    menu.close()
    assert edit.toPlainText() == "The student talked about her family and her exams."
    qtbot.waitUntil(lambda: _underlined(edit) == [], timeout=5000)


def test_her_own_words_are_kept_in_the_vault_and_nowhere_else(
    qtbot, window, editor, tmp_path, isolated_settings
):
    edit = editor.field_edits["text"]
    edit.setPlainText(f"{NAME} came to talk about school.")
    _ready(qtbot, window, "en")
    qtbot.waitUntil(lambda: _underlined(edit) == [NAME], timeout=5000)
    assert window.speller.add_word(NAME)
    qtbot.waitUntil(lambda: _underlined(edit) == [], timeout=5000)
    assert SpellingService(window.vault.vault).personal_words() == {NAME.casefold()}

    window.lock()
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=10000)
    assert window.speller.personal_words == set()  # forgotten while locked
    # and so is every word of the note the dictionary was asked about ("came", "school")
    checker = window.speller.checker("en")
    assert checker is not None and checker.words_remembered == 0
    # No text box of the window still holds the note, not even one waiting to be deleted.
    for widget in QApplication.allWidgets():
        if isinstance(widget, QPlainTextEdit):
            assert "talk about school" not in widget.toPlainText(), widget
    # Not written anywhere outside the vault: not in the settings, not beside the vault.
    for file in [*tmp_path.rglob("*")]:
        if file.is_file():
            data = file.read_bytes()
            assert not readable_in(NAME.encode(), data), file
            assert not readable_in(NAME.casefold().encode(), data), file

    unlock(qtbot, window, tmp_path / "v")
    assert window.speller.personal_words == {NAME.casefold()}


def test_the_language_is_chosen_per_note(qtbot, window, editor):
    edit = editor.field_edits["text"]
    sentence = "Siswa bercerita tentang ujian dan keluarganya."
    edit.setPlainText(sentence)
    _ready(qtbot, window, "en")
    qtbot.waitUntil(lambda: "bercerita" in _underlined(edit), timeout=5000)
    editor.spelling_combo.setCurrentIndex(editor.spelling_combo.findData("id"))
    _ready(qtbot, window, "id")
    qtbot.waitUntil(lambda: _underlined(edit) == [], timeout=5000)
    assert window.profile_view.sessions_view.save_draft()
    first = editor.note().id
    # Another note starts in the interface language; the first keeps its own.
    window.profile_view.sessions_view.new_note(TemplateId.FREE)
    assert editor.spelling_language() == "en"
    assert window.profile_view.sessions_view.open_note(first)
    assert editor.spelling_language() == "id"
    # Off: nothing is underlined.
    editor.spelling_combo.setCurrentIndex(editor.spelling_combo.findData(""))
    editor.field_edits["text"].setPlainText("famly bercerrita")
    assert _underlined(editor.field_edits["text"]) == []


def test_an_addendum_is_spell_checked_in_the_language_of_its_note(qtbot, window, editor):
    sessions = window.profile_view.sessions_view
    editor.spelling_combo.setCurrentIndex(editor.spelling_combo.findData("id"))
    editor.field_edits["text"].setPlainText("Siswa bercerita tentang ujian.")
    assert sessions.sign()
    dialog = sessions.open_addendum_dialog()
    assert dialog.highlighter is not None
    edit = dialog.text_edit
    edit.setPlainText("Orang tua menelepon tentang jadwal ujian, keluarganya sehat.")
    _ready(qtbot, window, "id")
    qtbot.waitUntil(lambda: _underlined(edit) == [], timeout=5000)  # Indonesian, not English
    edit.setPlainText("Orang tua menelpon tentang jadwall ujian.")
    qtbot.waitUntil(lambda: "jadwall" in _underlined(edit), timeout=5000)
    dialog.reject()


def test_the_presenting_concern_is_spell_checked_too(qtbot, window, editor):
    edit = window.profile_view.concern_edit
    edit.setPlainText("Anxiety about exams and her famly.")
    _ready(qtbot, window, "en")
    qtbot.waitUntil(lambda: _underlined(edit) == ["famly"], timeout=5000)


def test_the_unlock_screen_reads_no_dictionary(qtbot, window):
    """A dictionary is read (pure Python, a second of the interpreter) when there is text
    to check, never at launch: reading one while the unlock screen comes up held its first
    paint back by most of a second."""
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert not window.speller.ready("en") and not window.speller.ready("id")
    assert not window.speller.loading


def test_a_dictionary_read_after_a_client_is_opened_leaves_her_profile_unchanged(
    qtbot, window, tmp_path: Path
):
    """The underlines drawn when the dictionary arrives (or a word is added) change no
    text: the profile is not taken for edited, so no "unsaved changes" question follows."""
    from counsel_desk.domain.model import Client

    client = Client(given_name="Rina", grade="8A", presenting_concern="Worried about her famly.")
    unlock(qtbot, window, make_vault(tmp_path / "v", [client]))
    rina = next(s for s in window.client_model.summaries() if s.given_name == "Rina")
    assert window.workspace.open_client(rina.id)
    edit = window.profile_view.concern_edit
    qtbot.waitUntil(lambda: window.speller.ready("en"), timeout=20000)
    qtbot.waitUntil(lambda: _underlined(edit) == ["famly"], timeout=5000)
    assert not window.profile_view.is_dirty
    assert not window.profile_view.save_button.isEnabled()


def test_the_dictionary_arriving_is_no_change_of_the_profile(qtbot, window, tmp_path):
    # The underlines of the presenting concern are drawn again when the dictionary is
    # ready; the document reports that as a change, but she changed nothing: no "save
    # your changes?" question later (the screenshots stopped at one).
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    ayu = next(s for s in window.client_model.summaries() if s.given_name == "Ayu")
    assert window.workspace.open_client(ayu.id)
    profile = window.profile_view
    profile.concern_edit.setPlainText("Anxiety about exams and her famly.")
    assert window.workspace.save()
    assert not profile.is_dirty
    _ready(qtbot, window, "en")
    profile.concern_highlighter.refresh()
    assert not profile.is_dirty
    profile.concern_edit.insertPlainText("More: ")  # typing is a change
    assert profile.is_dirty
