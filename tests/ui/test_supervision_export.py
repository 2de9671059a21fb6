"""Export for Supervision… (issue 5, "In the app") and Settings → Never Print.

The vault is the sample caseload (fictional people), made through the services with
``KdfParams.cheap_for_tests()`` — weak Argon2 parameters for speed; the product never
uses them. Leaks are judged by the independent oracle of the redaction tests
(``tests/redaction_corpus.leaks``: folded-text searches, not the engine's matcher).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QScrollArea

from counsel_desk.app import load_translations
from counsel_desk.domain.model import Caseload
from counsel_desk.domain.redaction import Category
from counsel_desk.export import pdf_check
from counsel_desk.services.supervision import SupervisionService
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
from counsel_desk.ui.dialogs.supervision_export_dialog import SupervisionExportDialog
from counsel_desk.ui.widgets import redaction_preview
from tests.redaction_corpus import leaks

from .choosers import use_chooser
from .conftest import PASSPHRASE, TODAY, unlock

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample-caseload.json"
QUESTION = "How can I help Budi when Doni teases him about Bu Febriani's class at Matahari?"
NAMES = ("Budi", "Santoso", "Ucok", "Hartono", "Siti", "Rahmawati", "Rina", "Joko", "Wahyuni")


def sample_vault(path: Path) -> Path:
    service = VaultService()
    service.create(path, PASSPHRASE, KdfParams.cheap_for_tests())  # test-only parameters
    try:
        service.interchange.import_text(SAMPLE.read_text(encoding="utf-8"))
    finally:
        service.lock()
    return path


def caseload(vault: VaultService) -> Caseload:
    clients = vault.clients
    return Caseload([clients.get(s.id) for s in clients.list_summaries()])


def client_id(window, code: str = "C-0001") -> int:
    return next(s.id for s in window.client_model.summaries() if s.case_code == code)


@pytest.fixture
def opened(qtbot, window, runner, tmp_path):
    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    # the records checked and the identifier set prepared in the background
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=15000)
    assert window.workspace.open_client(client_id(window))
    return window


def open_dialog(qtbot, window) -> SupervisionExportDialog:
    window.supervision_actions.export_action.trigger()
    dialog = window.supervision_actions.dialog
    assert isinstance(dialog, SupervisionExportDialog)
    qtbot.waitUntil(lambda: dialog.has_identifiers, timeout=10000)
    return dialog


def review(qtbot, dialog: SupervisionExportDialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.review_button.click()
    assert dialog.stack.currentIndex() == dialog.PAGE_REVIEW


def redo(qtbot, dialog: SupervisionExportDialog, button) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        button.click()


def test_the_review_highlights_every_replacement_and_shows_no_identifier(qtbot, opened):
    window = opened
    assert window.supervision_actions.export_action.isEnabled()
    assert window.supervision_actions.export_action.shortcut().toString() == "Ctrl+E"
    dialog = open_dialog(qtbot, window)
    assert dialog.client_id == client_id(window)  # the open client, preselected
    assert dialog.windowTitle() == "Export for Supervision"
    assert not dialog.compose.private_check.isChecked()
    dialog.compose.text_edits["question"].setPlainText(QUESTION)
    review(qtbot, dialog)

    summary = dialog.summary
    assert summary is not None
    text = dialog.review_page.preview.toPlainText()
    marks = dialog.review_page.preview.highlights()
    expected = sum(len(item.redacted.spans) for _s, item in summary.redactions())
    assert expected > 5 and len(marks) == expected == dialog.review_page.preview.span_count
    for start, end, label in marks:
        assert text[start:end] == label  # the highlight sits exactly on the label
    labels = {label for _s, _e, label in marks}
    assert {"[CLIENT]", "[GUARDIAN 1]", "[PHONE]"} <= labels
    assert {label for label, _c in dialog.review_page.preview.legend()} == labels
    assert "[CLIENT]" in dialog.review_page.legend_label.text()

    assert leaks(text, caseload(window.vault)) == []
    assert "Febriani" not in text  # a name after a title, in no record
    # A given name the dictionary knows as a word is a possible person all the same.
    assert "Doni" not in text and "Doni" in dialog.review_page.possible_names()
    # A word printed as written is listed for the counselor, underlined where it stands.
    assert "Matahari" in text and "Matahari" in dialog.review_page.possible_names()
    assert dialog.review_page.preview.mark_words(["Matahari"]) == 1
    # The texts typed for supervision are kept with the case.
    assert window.vault.supervision.context(dialog.client_id).question == QUESTION


def test_the_identifier_set_is_built_once_for_the_dialogs_life(qtbot, opened, monkeypatch):
    calls: list[int] = []
    original = SupervisionService.identifiers

    def counting(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(SupervisionService, "identifiers", counting)
    dialog = open_dialog(qtbot, opened)
    review(qtbot, dialog)
    dialog.back_button.click()
    next(iter(dialog.compose.section_checks.values())).setChecked(False)
    review(qtbot, dialog)
    assert calls == [1]


def test_the_identifier_set_is_prepared_after_the_unlock_and_the_dialog_builds_none(
    qtbot, window, runner, tmp_path, monkeypatch
):
    # issue 14: the session's first export does not build the set while the dialog opens
    builds: list[int] = []
    original = SupervisionService._build_identifiers

    def counting(self):
        builds.append(1)
        return original(self)

    monkeypatch.setattr(SupervisionService, "_build_identifiers", counting)
    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    qtbot.waitUntil(lambda: bool(builds) and runner.active_count == 0, timeout=15000)
    kept = window.vault.supervision.identifiers()
    assert window.workspace.open_client(client_id(window))
    dialog = open_dialog(qtbot, window)
    assert dialog._preparer._ids is kept  # the set the unlock prepared, not a new one
    review(qtbot, dialog)
    assert builds == [1]


def test_a_lock_while_the_set_is_prepared_says_nothing(qtbot, window, runner, tmp_path, prompter):
    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    window.lock()
    qtbot.waitUntil(lambda: not window.lock_pending and runner.active_count == 0, timeout=15000)
    assert not window.vault.is_unlocked
    assert prompter.errors == []


def test_possible_names_are_redacted_added_as_people_or_dismissed(qtbot, opened):
    window = opened
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["question"].setPlainText(QUESTION)
    dialog.compose.text_edits["reactions"].setPlainText("I think of Kartika and Doni together.")
    review(qtbot, dialog)
    assert {"Doni", "Kartika", "Febriani"} <= set(dialog.review_page.possible_names())

    # Redact everywhere: into the vault's never-print list; gone from the next preview.
    assert dialog.review_page.select_name("Doni")
    redo(qtbot, dialog, dialog.review_page.redact_button)
    assert "Doni" in window.vault.supervision.never_print()
    assert "Doni" not in dialog.review_page.possible_names()
    text = dialog.review_page.preview.toPlainText()
    assert "Doni" not in text and "[REDACTED]" in text

    # Another person of this client: into the profile (and the open profile view).
    assert dialog.review_page.select_name("Kartika")
    redo(qtbot, dialog, dialog.review_page.add_person_button)
    client = window.vault.clients.get(dialog.client_id)
    assert "Kartika" in client.other_people
    assert "Kartika" in window.profile_view.other_people_editor.names()
    assert "Kartika" not in dialog.review_page.possible_names()
    assert "Kartika" not in dialog.review_page.preview.toPlainText()

    # Not a name: only left out of this list, nothing stored.
    assert dialog.review_page.select_name("Febriani")
    dialog.review_page.not_name_button.click()
    assert "Febriani" not in dialog.review_page.possible_names()
    assert "Febriani" not in window.vault.supervision.never_print()


def test_a_person_word_is_kept_with_one_click_and_printed_in_every_later_summary(
    qtbot, opened, settings
):
    window = opened
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["reactions"].setPlainText(
        "She plays Genshin every night at Matahari. Kahoot quizzes calm her."
    )
    review(qtbot, dialog)
    text = dialog.review_page.preview.toPlainText()
    assert "Genshin" not in text and "plays [PERSON ?] every" in text
    # Every word printed as [PERSON ?] is listed, also one seen only at a sentence start.
    assert {"Genshin", "Kahoot"} <= set(dialog.review_page.possible_names())
    assert dialog.review_page.select_name("Matahari")  # printed as written already: nothing to keep
    assert not dialog.review_page.keep_button.isEnabled()
    assert dialog.review_page.select_name("Genshin")
    assert dialog.review_page.keep_button.isEnabled()

    redo(qtbot, dialog, dialog.review_page.keep_button)  # one click: stored, and the preview redone
    assert window.vault.supervision.kept_words() == ["Genshin"]
    text = dialog.review_page.preview.toPlainText()
    assert "plays Genshin every night" in text
    assert "[PERSON ?] quizzes" in text  # only the word she kept
    assert "Genshin" not in dialog.review_page.possible_names()
    assert leaks(text, caseload(window.vault)) == []  # every name is still redacted
    dialog.reject()

    # A later summary, of another client, in Indonesian: printed as written too.
    again = open_dialog(qtbot, window)
    again.compose.client_combo.setCurrentIndex(
        again.compose.client_combo.findData(client_id(window, "C-0002"))
    )
    again.compose.language_combo.setCurrentIndex(again.compose.language_combo.findData("id"))
    again.compose.text_edits["reactions"].setPlainText("Dia main Genshin dan Kahoot.")
    review(qtbot, again)
    assert "main Genshin dan [ORANG ?]" in again.review_page.preview.toPlainText()
    again.reject()

    # Settings -> Kept Words lists it; removing it replaces the word again.
    dialog = SettingsDialog(settings, window, vault=window.vault)
    qtbot.addWidget(dialog)
    page = dialog.kept_words_page
    assert page is not None and page.words() == ["Genshin"]
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Kept Words"
    assert not page.remove_button.isEnabled()
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.remove_button.click()
    assert page.words() == [] and page.empty_label.isVisibleTo(page)
    dialog.accept()
    assert window.vault.supervision.kept_words() == []
    last = open_dialog(qtbot, window)
    last.compose.text_edits["reactions"].setPlainText("She plays Genshin every night.")
    review(qtbot, last)
    assert "plays [PERSON ?] every" in last.review_page.preview.toPlainText()


def pdf_words(path: Path) -> str:
    reader = PdfReader(str(path))
    pages = "\n".join(page.extract_text() or "" for page in reader.pages)
    meta = "\n".join(str(v) for v in (reader.metadata or {}).values())
    return pages + "\n" + meta


def test_saving_writes_a_checked_pdf_without_identifiers_and_audits_it(
    qtbot, opened, tmp_path, caplog
):
    window = opened
    caplog.set_level(logging.DEBUG)
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["question"].setPlainText(QUESTION)
    review(qtbot, dialog)
    out = tmp_path / "exports" / "for-supervisor"
    out.parent.mkdir()
    chooser = use_chooser(window, out)
    dialog._chooser = chooser
    with qtbot.waitSignal(dialog.export_done, timeout=30000) as blocker:
        task = dialog.save_pdf()
        assert task is not None and dialog.is_busy and dialog.messages.busy.isVisible()
    result = blocker.args[0]
    written = out.with_name("for-supervisor.pdf")
    assert result.path == written and written.is_file()
    # The suggested name holds the case code and a date, nothing of the client.
    suggested = chooser.asked[0][2]
    assert suggested.name == f"supervision-C-0001-{TODAY.isoformat()}.pdf"

    words = pdf_words(written)
    assert "Session 1" in words
    assert leaks(words, caseload(window.vault)) == []
    assert "not encrypted" in dialog.messages.result_label.text()
    assert str(written) in dialog.messages.result_label.text()
    assert not dialog.messages.findings_view.isVisible()

    entries = [e for e in window.vault.audit_entries() if e.action == "export_written"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.case_code == "C-0001"
    assert result.sha256 in (entry.detail or "")
    assert "for-supervisor" not in (entry.detail or "") and str(tmp_path) not in (
        entry.detail or ""
    )
    assert not any(n in caplog.text for n in NAMES)


def test_a_failed_self_check_writes_nothing_and_shows_what_was_found(
    qtbot, opened, tmp_path, monkeypatch, caplog
):
    window = opened
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "summary.pdf"

    def finds_a_name(pdf, identifiers, *, subject_case_code=None):
        assert isinstance(pdf, bytes) and not out.exists()  # checked before any writing
        return [pdf_check.Finding("Budi", Category.CLIENT, "a name of the client", "page 1")]

    monkeypatch.setattr(pdf_check, "find_in_pdf", finds_a_name)
    dialog = open_dialog(qtbot, window)
    review(qtbot, dialog)
    dialog._chooser = use_chooser(window, out)
    with qtbot.waitSignal(dialog.export_done, timeout=30000) as blocker:
        dialog.save_pdf()
    assert isinstance(blocker.args[0], pdf_check.SelfCheckFailedError)
    assert not out.exists()
    assert "Nothing was written" in dialog.messages.result_label.text()
    assert dialog.messages.findings_view.isVisible()
    assert "Budi" in dialog.messages.findings_view.toPlainText()  # to the counselor, on screen
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert not [e for e in window.vault.audit_entries() if e.action == "export_written"]
    assert "Budi" not in caplog.text  # never logged


def test_the_never_print_list_round_trips_through_settings(qtbot, window, settings, tmp_path):
    locked = SettingsDialog(settings, window, vault=None)
    qtbot.addWidget(locked)
    assert locked.never_print_page is None  # only while unlocked: it lives in the vault

    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    dialog = SettingsDialog(settings, window, vault=window.vault)
    qtbot.addWidget(dialog)
    page = dialog.never_print_page
    assert page is not None and page.terms() == []
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Never Print"
    page.term_edit.setText("Kampung Melayu")
    page.add_button.click()
    page.add_term("klub catur")
    page.add_term("KAMPUNG  melayu")  # the same term: kept once
    page.term_edit.setText("Sindrom Langka")  # typed, not added: OK still keeps it
    dialog.accept()
    assert window.vault.supervision.never_print() == [
        "Kampung Melayu",
        "klub catur",
        "Sindrom Langka",
    ]

    again = SettingsDialog(settings, window, vault=window.vault)
    qtbot.addWidget(again)
    page = again.never_print_page
    assert page.terms() == ["Kampung Melayu", "klub catur", "Sindrom Langka"]
    page.view.setCurrentIndex(page.model.index(1, 0))
    page.remove_button.click()
    again.accept()
    assert window.vault.supervision.never_print() == ["Kampung Melayu", "Sindrom Langka"]
    settings.sync()
    stored = "".join(p.read_text(errors="ignore") for p in tmp_path.rglob("*.ini"))
    assert "Kampung" not in stored and "Sindrom" not in stored


def test_locking_closes_the_dialog_and_keeps_the_typed_texts(qtbot, opened):
    window = opened
    cid = client_id(window)
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["reactions"].setPlainText("I notice I want to rescue him.")
    window.lock()
    assert window.supervision_actions.dialog is None or not dialog.isVisible()
    assert not window.supervision_actions.export_action.isEnabled()
    unlock(qtbot, window, window.unlock_view.vault_path)
    assert window.vault.supervision.context(cid).reactions == "I notice I want to rescue him."


def test_print_full_record_asks_first_then_writes_in_a_worker(qtbot, opened, prompter, tmp_path):
    window = opened
    action = window.supervision_actions.full_record_action
    assert action.isEnabled()
    prompter.confirm_answer = False
    assert window.supervision_actions.print_full_record() is None
    assert prompter.asked == ["confirm"]

    prompter.confirm_answer = True
    out = tmp_path / "record"
    use_chooser(window, out)
    task = window.supervision_actions.print_full_record()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    written = out.with_name("record.pdf")
    assert written.is_file()
    assert "Budi" in pdf_words(written)  # the counselor's own, unredacted copy
    assert "not encrypted" in window.statusBar().currentMessage()
    entries = [e for e in window.vault.audit_entries() if e.action == "export_written"]
    assert entries and entries[0].case_code == "C-0001"
    assert str(tmp_path) not in (entries[0].detail or "")


def test_the_profile_offers_both_exports(qtbot, opened):
    profile = opened.profile_view
    assert profile.export_button.isEnabled()
    menu = profile.export_button.menu()
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Export for Supervision…", "Print Full Record…"]
    with qtbot.waitSignal(profile.supervision_requested):
        menu.actions()[0].trigger()
    assert isinstance(opened.supervision_actions.dialog, SupervisionExportDialog)


def test_a_lock_during_the_export_lets_the_checked_file_finish_first(qtbot, opened, tmp_path):
    window = opened
    dialog = open_dialog(qtbot, window)
    review(qtbot, dialog)
    out = tmp_path / "during-lock.pdf"
    dialog._chooser = use_chooser(window, out)
    assert dialog.save_pdf() is not None
    window.lock()  # at once, while the worker writes and checks
    assert out.is_file()
    unlock(qtbot, window, window.unlock_view.vault_path)
    entries = [e for e in window.vault.audit_entries() if e.action == "export_written"]
    assert [e.case_code for e in entries] == ["C-0001"]


def test_headings_follow_the_chosen_language(qtbot, opened):
    dialog = open_dialog(qtbot, opened)
    dialog.compose.language_combo.setCurrentIndex(dialog.compose.language_combo.findData("id"))
    review(qtbot, dialog)
    assert dialog.summary.language == "id"
    assert "Sesi 1" in dialog.review_page.preview.toPlainText()


def test_a_description_that_may_single_the_student_out_is_flagged_in_the_review(qtbot, opened):
    window = opened
    dialog = open_dialog(qtbot, window)
    review(qtbot, dialog)
    assert dialog.review_page.descriptions() == []
    assert not dialog.review_page.descriptions_list.isVisibleTo(dialog)  # nothing to read: no list
    dialog.go_back()
    dialog.compose.text_edits["reactions"].setPlainText(
        "He is the only Papuan student in 9C and the principal's son; I worry he is seen."
    )
    review(qtbot, dialog)
    text = dialog.review_page.preview.toPlainText()
    flagged = dialog.review_page.descriptions()
    assert "the principal's son" in flagged
    assert any(p.startswith("the only Papuan student in") for p in flagged)
    assert dialog.review_page.descriptions_list.isVisibleTo(dialog)
    for phrase in flagged:  # printed as written, for her to read, and marked where it is
        assert phrase in text
    assert dialog.review_page.preview.mark_words(flagged) >= 2
    dialog.review_page.descriptions_list.setCurrentRow(1)
    assert (
        dialog.review_page.preview.textCursor().selectedText() == flagged[1]
    )  # shown where it stands


def test_a_person_word_marked_not_a_name_is_printed_as_written_in_this_export_only(qtbot, opened):
    window = opened
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["reactions"].setPlainText(
        "She plays Genshin every night. Kahoot too."
    )
    review(qtbot, dialog)
    assert "plays [PERSON ?] every" in dialog.review_page.preview.toPlainText()
    assert dialog.review_page.select_name("Genshin")
    redo(qtbot, dialog, dialog.review_page.not_name_button)  # the preview is made again without it
    text = dialog.review_page.preview.toPlainText()
    assert "plays Genshin every night" in text and "[PERSON ?] too" in text
    assert "Genshin" not in dialog.review_page.possible_names()
    assert leaks(text, caseload(window.vault)) == []
    assert window.vault.supervision.kept_words() == []  # nothing stored
    dialog.reject()
    again = open_dialog(qtbot, window)  # the next export: replaced again
    again.compose.text_edits["reactions"].setPlainText("She plays Genshin every night.")
    review(qtbot, again)
    assert "plays [PERSON ?] every" in again.review_page.preview.toPlainText()


def test_another_clients_label_is_told_apart_from_the_client_in_either_language():
    # [PERSON C] / [ORANG C] is another client's name, shown in the person colour; the
    # Indonesian label once read "konseli" (the client) on the client's yellow.
    for label in ("[PERSON C]", "[ORANG C]"):
        assert redaction_preview.category_text(Category.CLIENT, label) == "another client"
        assert (
            redaction_preview.category_colour(Category.CLIENT, label)
            == (redaction_preview._COLOURS[Category.OTHER_PERSON])
        )
        assert redaction_preview.category_text(Category.GUARDIAN, label) == (
            "a guardian of another client"
        )
    for label in ("[CLIENT]", "[KONSELI]"):
        assert redaction_preview.category_text(Category.CLIENT, label) == "the client"
    assert redaction_preview.category_text(Category.GUARDIAN, "[ORANG TUA/WALI 1]") == (
        "a guardian of the client"
    )
    assert (
        redaction_preview.category_colour(Category.GUARDIAN, "[ORANG TUA/WALI 1]")
        == (redaction_preview._COLOURS[Category.GUARDIAN])
    )


def test_the_review_sides_titles_wrap_in_indonesian_instead_of_being_clipped(qtbot, qapp, opened):
    load_translations(qapp, "id")
    try:
        dialog = open_dialog(qtbot, opened)
        side = dialog.findChild(QScrollArea, "reviewSide").widget()
        titles = [w for w in side.findChildren(QLabel) if w.objectName() == "sideTitle"]
        assert len(titles) == 3
        assert "Kemungkinan nama" in " ".join(t.text() for t in titles)
        for title in titles:  # the side is 330 px wide; a long title takes two lines
            assert title.wordWrap() or title.sizeHint().width() <= 330
        buttons = (
            dialog.review_page.redact_button,
            dialog.review_page.add_person_button,
            dialog.review_page.not_name_button,
            dialog.review_page.keep_button,
        )
        for button in buttons:  # a button's text is never cut at both ends
            assert button.sizeHint().width() <= 330, button.text()
        dialog.reject()
    finally:
        load_translations(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))


# -- sharing with a password (issue 18, item 6) ------------------------------------------


def _protected_words(path: Path, words: str) -> str:
    """The text of ``path``, after checking it opens with ``words`` and not without."""
    from pypdf import PasswordType

    assert PdfReader(str(path)).decrypt("") == PasswordType.NOT_DECRYPTED
    reader = PdfReader(str(path))
    assert reader.decrypt(words) != PasswordType.NOT_DECRYPTED
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _tick_and_read(qtbot, recipient: str, seen: list[str]):
    """A hand for the real ShareDialog: she types who receives it, ticks "Protect with a
    password", reads the words, asks for new ones once, reads those."""

    def share(dialog) -> bool:
        assert not dialog.card.isVisibleTo(dialog)  # no words until she asks for them
        dialog.recipient_edit.setText(recipient)
        dialog.protect_check.click()
        assert dialog.card.isVisibleTo(dialog)
        first = dialog.words_label.text()
        dialog.new_words_button.click()
        seen.append(dialog.words_label.text())
        assert seen[-1] != first and len(seen[-1].split(" ")) == 5
        return True

    return share


def _no_words_in_settings(tmp_path: Path, words: str) -> None:
    for file in (tmp_path / "config").rglob("*"):
        if file.is_file():
            text = file.read_bytes()
            assert words.encode() not in text, file
            assert words.split()[0].encode() + b" " not in text, file


def test_a_summary_protected_with_a_password_opens_only_with_the_words_shown(
    qtbot, opened, tmp_path
):
    window = opened
    dialog = open_dialog(qtbot, window)
    review(qtbot, dialog)
    out = tmp_path / "summary.pdf"
    chooser = use_chooser(window, out)
    dialog._chooser = chooser
    seen: list[str] = []
    chooser.share_with = _tick_and_read(qtbot, "Supervisor Ibu Dewi", seen)
    with qtbot.waitSignal(dialog.export_done, timeout=30000) as blocker:
        assert dialog.save_pdf() is not None
    result = blocker.args[0]
    assert result.protected and chooser.asked[0][0] == "save"  # asked after the sharing
    (request,) = chooser.shared
    assert "C-0001" in request.document and "Budi" not in request.document
    words = seen[-1]
    text = _protected_words(out, words)
    assert "Session 1" in text and leaks(text, caseload(window.vault)) == []
    assert "protected with its password" in dialog.messages.result_label.text()
    consents = window.profile_view.consents_view
    qtbot.waitUntil(lambda: consents.disclosures_model.rowCount() == 1, timeout=10000)
    row = [consents.disclosures_model.item(0, c).text() for c in range(5)]
    assert row[1] == "Supervision summary" and row[2] == "Supervisor Ibu Dewi"
    assert row[3] == "Supervision of 15 Jul 2025"  # the sample client's supervision consent
    assert row[4] == "protected"
    entries = [e for e in window.vault.audit_entries() if e.action == "export_written"]
    assert "password-protected" in (entries[-1].detail or "")
    assert "Dewi" not in (entries[-1].detail or "")
    _no_words_in_settings(tmp_path, words)


def test_the_full_record_protected_with_a_password_needs_the_words(
    qtbot, opened, prompter, tmp_path
):
    window = opened
    prompter.confirm_answer = True
    out = tmp_path / "record.pdf"
    chooser = use_chooser(window, out)
    seen: list[str] = []
    chooser.share_with = _tick_and_read(qtbot, "Orang tua (Ibu Santoso)", seen)
    task = window.supervision_actions.print_full_record()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert "Budi" in _protected_words(out, seen[-1])  # her own, unredacted copy
    assert "protected with its password" in window.statusBar().currentMessage()
    consents = window.profile_view.consents_view
    qtbot.waitUntil(lambda: consents.disclosures_model.rowCount() == 1, timeout=10000)
    assert consents.disclosures_model.item(0, 1).text() == "Full record"
    _no_words_in_settings(tmp_path, seen[-1])


def test_cancelling_the_sharing_question_writes_nothing_and_asks_no_file_name(
    qtbot, opened, prompter, tmp_path
):
    window = opened
    prompter.confirm_answer = True
    chooser = use_chooser(window, tmp_path / "record.pdf")
    chooser.share_with = lambda dialog: False
    assert window.supervision_actions.print_full_record() is None
    assert chooser.asked == [] and not (tmp_path / "record.pdf").exists()


def test_copy_puts_the_words_on_the_guarded_clipboard_and_new_words_take_them_off(qtbot):
    from PySide6.QtGui import QGuiApplication

    from counsel_desk.ui.clipboard import SensitiveClipboard
    from counsel_desk.ui.dialogs.share_dialog import ShareDialog, ShareRequest

    clipboard = SensitiveClipboard(timeout_ms=60000)
    dialog = ShareDialog(None, ShareRequest("the full record of C-0001", "id"), clipboard)
    qtbot.addWidget(dialog)
    dialog.protect_check.click()
    words = dialog.words_label.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == words and clipboard.holds_ours
    assert "cleared in 60 seconds" in dialog.status_label.text()
    dialog.new_words_button.click()
    assert QGuiApplication.clipboard().text() != words and not clipboard.holds_ours
    dialog.protect_check.click()  # unticked: no password, whatever was shown
    assert dialog.sharing().password is None


def _passwords_in_memory() -> list[object]:
    import gc

    from counsel_desk.domain.disclosures import Sharing

    # gc.get_objects() does not list frozen objects: the dictionaries' freeze happened
    # before any test ran (tests/conftest.py), so a Sharing is never among them.
    assert gc.get_freeze_count() > 0
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Sharing) and o.password is not None]


def test_the_words_of_a_protected_export_are_not_kept_once_it_is_written_and_locked(
    qtbot, opened, prompter, tmp_path
):
    """The last export's operation held its Sharing (the five words) until the next
    export, across a lock (attack review 2026-12-07d, left item): now nothing keeps it
    once the file is written and the vault locked."""
    window = opened
    prompter.confirm_answer = True
    chooser = use_chooser(window, tmp_path / "record.pdf")
    seen: list[str] = []
    chooser.share_with = _tick_and_read(qtbot, "Orang tua (Ibu Santoso)", seen)
    task = window.supervision_actions.print_full_record()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    dialog = open_dialog(qtbot, window)
    review(qtbot, dialog)
    dialog._chooser = use_chooser(window, tmp_path / "summary.pdf")
    dialog._chooser.share_with = _tick_and_read(qtbot, "Supervisor Ibu Dewi", seen)
    with qtbot.waitSignal(dialog.export_done, timeout=30000):
        assert dialog.save_pdf() is not None
    window.lock()
    qtbot.waitUntil(lambda: not window.lock_pending, timeout=30000)
    assert _passwords_in_memory() == []


def test_a_summary_asked_for_while_the_vault_is_locked_ends_at_once(qtbot, runner):
    """The preparer says "nothing" instead of preparing for ever when there is no vault to
    read (it locked under the dialog): the dialog is idle again."""
    from PySide6.QtWidgets import QWidget

    from counsel_desk.services.supervision import SupervisionContext, SupervisionRequest
    from counsel_desk.ui.dialogs.supervision_preparer import SummaryPreparer

    owner = QWidget()
    qtbot.addWidget(owner)
    preparer = SummaryPreparer(VaultService(), runner, owner)  # locked: no vault open
    with qtbot.waitSignal(preparer.prepared, timeout=2000) as blocker:
        preparer.prepare(SupervisionRequest(client_id=1), SupervisionContext())
    assert blocker.args == [None]
    assert not preparer.busy and not preparer.has_identifiers
