"""Issue 19: every control the keyboard reaches, in every view and on every page of every
dialog, has an accessible description a screen reader says after its name (what it does,
what to type), in the interface's language; an empty list says what to do.

The dialogs are opened as in tests/ui/test_laptop_sizes.py (``DIALOGS``); a dialog's
pages are its tabs (each is shown in turn), the supervision export's second page is
its review.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QStringListModel
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialogButtonBox, QListView, QTabWidget, QWidget

from counsel_desk.app import load_translations
from counsel_desk.domain.templates import TemplateId
from counsel_desk.i18n import Catalog
from counsel_desk.ui.accessibility import (
    accessible_description,
    undescribed_controls,
    unnamed_controls,
)
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.widgets.empty_hint import EmptyHint
from tests.ui.conftest import TODAY, cheap_calibrator, make_vault, sample_clients, unlock
from tests.ui.test_languages import TS
from tests.ui.test_languages import compiled_translation as compiled_translation  # autouse
from tests.ui.test_laptop_sizes import DIALOGS


@pytest.fixture
def unlocked(qtbot, window, tmp_path) -> Iterator[MainWindow]:
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    yield window


def _listed(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()} in {type(w.parent()).__name__}" for w in widgets]


def _views(window: MainWindow) -> Iterator[str]:
    """Show every view of the window in turn; yields what is on screen."""
    yield "Today"
    budi = next(s.id for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(budi)
    tabs = window.profile_view.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        yield tabs.tabText(tab)
        if tabs.widget(tab) is window.profile_view.plan_view:
            charts = window.profile_view.plan_view.chart_tabs
            for chart in range(charts.count()):
                charts.setCurrentIndex(chart)
                yield f"plan, {charts.tabText(chart)}"
    tabs.setCurrentIndex(window.profile_view.TAB_SESSIONS)
    sessions = window.profile_view.sessions_view
    sessions.new_note(TemplateId.SOAP)
    yield "note editor"
    for key, edit in sessions.editor.field_edits.items():
        edit.setPlainText(f"isi {key}")
    assert sessions.sign()
    yield "signed note"
    window.lock()
    yield "unlock screen"


def _pages(dialog: QWidget, name: str) -> Iterator[str]:
    """Show every page of ``dialog`` in turn: each tab of each tab widget, the review."""
    yield name
    for tabs in dialog.findChildren(QTabWidget):
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            yield f"{name}, {tabs.tabText(tab)}"
    review = getattr(dialog, "review_button", None)
    if review is not None:
        review.click()
        yield f"{name}, review"


def test_every_control_of_every_view_says_what_it_does(qtbot, unlocked: MainWindow):
    for shown in _views(unlocked):
        assert _listed(undescribed_controls(unlocked)) == [], shown


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_on_every_page_of_every_dialog_is_named_and_says_what_it_does(
    qtbot, unlocked, tmp_path, name
):
    dialog = DIALOGS[name](unlocked, tmp_path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for page in _pages(dialog, name):
        assert _listed(unnamed_controls(dialog)) == [], page
        assert _listed(undescribed_controls(dialog)) == [], page


# -- in her language -------------------------------------------------------------------


def _english_only() -> set[str]:
    """Source texts of the catalogue that are not also some Indonesian translation."""
    root = ET.parse(TS).getroot()
    sources = {m.findtext("source") or "" for m in root.iter("message")}
    translations = {m.findtext("translation") or "" for m in root.iter("message")}
    return {s for s in sources - translations if s.strip()}


@pytest.fixture
def indonesian_window(
    qtbot, qapp, vault_service, settings, runner, prompter, tmp_path
) -> Iterator[MainWindow]:
    load_translations(qapp, "id")
    try:
        window = MainWindow(
            vault_service,
            settings,
            runner,
            prompter,
            today=lambda: TODAY,
            calibrator=cheap_calibrator,
        )
        qtbot.addWidget(window)
        window.show()
        unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
        yield window
        runner.wait_for_all(30000)
    finally:
        load_translations(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))


def _descriptions(root: QWidget, where: str) -> dict[str, str]:
    return {
        f"{where}: {type(w).__name__}#{w.objectName()}": text
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisible() and (text := accessible_description(w))
    }


def test_descriptions_are_in_the_interface_language(qtbot, indonesian_window):
    window = indonesian_window
    said: dict[str, str] = {}
    dialog = SettingsDialog(window.settings, window, vault=window.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for page in _pages(dialog, "settings"):
        said |= _descriptions(dialog, page)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    cancel_said = accessible_description(cancel)
    dialog.reject()
    for shown in _views(window):
        said |= _descriptions(window, shown)
    assert len(said) > 100
    english = _english_only()
    assert {where: text for where, text in said.items() if text in english} == {}

    # A sample, each the catalogue's translation of its own English text.
    catalog = Catalog.load("id")
    profile = window.profile_view
    for context, source, text in (
        (
            "ClientProfileView",
            "Saves the changes to this profile (Ctrl+S).",
            accessible_description(profile.save_button),
        ),
        (
            "NoteEditor",
            "Shows the note to check, then signs it: after that it can never be "
            "changed, only added to.",
            accessible_description(profile.sessions_view.editor.sign_button),
        ),
        (
            "PassphraseEdit",
            "Type the passphrase; it is hidden. The button at the end shows it.",
            accessible_description(window.unlock_view.passphrase_edit),
        ),
        ("AccessibleNames", "Closes this window without doing anything.", cancel_said),
    ):
        expected = catalog.translate(context, source)
        assert expected != source, source  # finished in the catalogue
        assert text == expected


# -- an empty list says what to do -------------------------------------------------------


def test_an_empty_list_tells_a_screen_reader_what_to_do_and_then_what_it_holds(qtbot):
    model = QStringListModel()
    view = QListView()
    view.setModel(model)
    qtbot.addWidget(view)
    hint = EmptyHint(view, "No follow-ups yet. Add one with “Add Follow-up…”.", "What to do")
    view.show()
    qtbot.waitExposed(view)
    assert hint.label.isVisible()
    label = QAccessible.queryAccessibleInterface(hint.label)
    assert label is not None and label.text(QAccessible.Text.Name) == hint.text
    assert accessible_description(view) == hint.text

    model.setStringList(["Call the guardian"])
    assert not hint.label.isVisible()
    assert accessible_description(view) == "What to do"

    model.setStringList([])
    assert accessible_description(view) == hint.text


def test_an_empty_list_keeps_the_description_its_view_had(qtbot):
    view = QListView()
    view.setModel(QStringListModel(["one"]))
    view.setAccessibleDescription("Notes, newest first")
    qtbot.addWidget(view)
    EmptyHint(view, "No notes yet.")
    assert accessible_description(view) == "Notes, newest first"
