"""Sites moved onto the operation layer (issue 14) still tell a vault error where they
did, in her language, and change nothing else."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from counsel_desk.i18n import Catalog, CounselDeskError, UserMessage
from tests.ui.test_languages import compiled_translation, language  # noqa: F401 - fixtures
from tests.ui.waiting import today_view_read

NOT_FOUND = "That client is no longer in the vault."  # translated in context Clients


def _fails(*_args: object, **_kwargs: object) -> None:
    raise CounselDeskError(UserMessage(NOT_FOUND))


class _FailingService:
    def __getattr__(self, _name: str) -> object:
        return _fails


def _in_indonesian() -> str:
    expected = Catalog.load("id").translate("Clients", NOT_FOUND)
    assert expected != NOT_FOUND
    return expected


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_search_the_vault_refuses_says_why_in_the_count_line(qtbot, language) -> None:  # noqa: F811
    from counsel_desk.ui.dialogs.search_dialog import SearchDialog

    dialog = SearchDialog(lambda: _FailingService())  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    dialog.edit.setText("takut")
    dialog.run_query()
    assert dialog.count_label.text() == _in_indonesian()
    assert dialog.model.rowCount() == 0


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_breach_facts_the_vault_refuses_are_told_on_the_status_line(qtbot, language) -> None:  # noqa: F811
    from counsel_desk.ui.dialogs.breach_dialog import BreachDialog
    from tests.ui.choosers import FakeChooser

    dialog = BreachDialog(lambda: _FailingService(), FakeChooser())  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    dialog.load()
    assert dialog.status_label.text() == _in_indonesian()
    assert dialog.facts is None
    assert dialog.save_letter() is None  # nothing to write a letter from


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_breach_letter_the_vault_refuses_is_told_and_no_file_is_written(
    qtbot,
    language,  # noqa: F811
    window,
    tmp_path,
) -> None:
    from tests.ui.choosers import use_chooser
    from tests.ui.conftest import make_vault, sample_clients, unlock

    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    dialog = window.plan_actions.show_breach()
    assert dialog.facts is not None
    saved: list[object] = []
    dialog.letter_saved.connect(saved.append)
    use_chooser(window, tmp_path / "notice.pdf")
    dialog._chooser = window.chooser
    real = window.vault.breach
    dialog._breach = lambda: _Failing(real, "save_letter")
    assert dialog.save_letter() is None
    assert dialog.status_label.text() == _in_indonesian()
    assert saved == [] and not (tmp_path / "notice.pdf").exists()


class _Failing:
    """A real service of which one method is refused by the vault."""

    def __init__(self, real: object, name: str) -> None:
        self._real = real
        self._name = name

    def __getattr__(self, name: str) -> object:
        return _fails if name == self._name else getattr(self._real, name)


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_reminders_the_vault_refuses_are_told_in_the_status_bar(
    qtbot,
    language,  # noqa: F811
    window,
    tmp_path,
    monkeypatch,
) -> None:
    from tests.ui.conftest import TODAY, make_vault, sample_clients, unlock

    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    ayu = next(s.id for s in window.vault.clients.list_summaries() if s.given_name == "Ayu")
    follow_up = window.vault.reminders.add_follow_up(ayu, TODAY, "Check in")
    window.plan_actions.refresh_reminders()
    today_view_read(qtbot, window)
    panel = window.dashboard_view.reminders
    shown_before = panel.model.rowCount()
    assert shown_before > 0
    real = window.vault.reminders
    service = type(window.vault)
    monkeypatch.setattr(
        service, "reminders", property(lambda _self: _Failing(real, "complete_follow_up"))
    )
    window.statusBar().clearMessage()
    window.plan_actions.complete_follow_up(follow_up.id)
    assert window.statusBar().currentMessage() == _in_indonesian()
    monkeypatch.setattr(service, "reminders", property(lambda _self: _Failing(real, "reminders")))
    window.statusBar().clearMessage()
    window.plan_actions.refresh_reminders()
    today_view_read(qtbot, window)
    assert window.statusBar().currentMessage() == _in_indonesian()
    assert panel.model.rowCount() == shown_before  # the list as it was, not emptied
    monkeypatch.undo()
    now = dt.datetime.combine(TODAY, dt.time())
    assert follow_up.id in {r.ref_id for r in real.reminders(now)}  # not completed


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_supervision_texts_and_names_the_vault_refuses_are_told_and_kept_in_the_window(
    qtbot,
    language,  # noqa: F811
    window,
    tmp_path,
    monkeypatch,
) -> None:
    from tests.ui.conftest import unlock
    from tests.ui.test_supervision_export import client_id, open_dialog, sample_vault

    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    assert window.workspace.open_client(client_id(window))
    dialog = open_dialog(qtbot, window)
    real = window.vault.supervision
    service = type(window.vault)
    monkeypatch.setattr(
        service, "supervision", property(lambda _self: _Failing(real, "save_context"))
    )
    edit = next(iter(dialog.compose.text_edits.values()))
    edit.setPlainText("Apa yang bisa saya coba minggu depan?")
    assert not dialog.save_context()  # not kept: the export waits
    assert dialog.messages.error_label.text() == _in_indonesian()
    assert edit.toPlainText() == "Apa yang bisa saya coba minggu depan?"
    assert dialog.texts_unsaved  # still there to keep, and shown

    monkeypatch.setattr(
        service, "supervision", property(lambda _self: _Failing(real, "add_never_print"))
    )
    monkeypatch.setattr(dialog, "_selected_name", lambda: "Doni")
    dialog.messages.error_label.clear()
    dialog.redact_selected_name()
    assert dialog.messages.error_label.text() == _in_indonesian()
    assert "Doni" not in real.never_print()

    monkeypatch.setattr(
        service, "supervision", property(lambda _self: _Failing(real, "add_kept_word"))
    )
    monkeypatch.setattr(dialog.review_page, "is_possible_person", lambda _word: True)
    dialog.messages.error_label.clear()
    dialog.keep_selected_word()
    assert dialog.messages.error_label.text() == _in_indonesian()
    assert "Doni" not in real.kept_words()

    clients = window.vault.clients
    monkeypatch.setattr(
        service, "clients", property(lambda _self: _Failing(clients, "add_other_person"))
    )
    changed: list[int] = []
    dialog.record_changed.connect(changed.append)
    dialog.messages.error_label.clear()
    dialog.add_selected_name_as_person()
    assert dialog.messages.error_label.text() == _in_indonesian()
    assert changed == []


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_legal_hold_or_destruction_the_vault_refuses_is_told_and_changes_nothing(
    qtbot,
    language,  # noqa: F811
    window,
    tmp_path,
    monkeypatch,
) -> None:
    from counsel_desk.domain.retention import RetentionPolicy, RetentionProfile
    from tests.ui.conftest import unlock
    from tests.ui.test_retention_ui import vault_with_an_old_closed_case

    path = tmp_path / "vault"
    vault_with_an_old_closed_case(path)
    unlock(qtbot, window, path)
    window.vault.retention.set_policy(RetentionPolicy(RetentionProfile.ADULT_CLINICAL))
    window.vault_actions.due_action.trigger()
    dialog = window.vault_actions.last_dialog
    assert dialog.select_client(dialog.model.statuses()[0].client_id)
    real = window.vault.retention
    service = type(window.vault)
    refuse = ("set_legal_hold", "release_legal_hold", "plan_destruction")
    monkeypatch.setattr(service, "retention", property(lambda _self: _FailingAll(real, refuse)))
    dialog.reason_edit.setText("laporan ke polisi")
    dialog.place_hold()
    assert dialog.message_label.text() == _in_indonesian()
    assert dialog.reason_edit.text() == "laporan ke polisi"  # kept to try again
    assert dialog.model.index(0, 4).data() == ""
    dialog.message_label.clear()
    dialog.release_hold()
    assert dialog.message_label.text() == _in_indonesian()
    dialog.message_label.clear()
    assert dialog.ask_destroy() is None and dialog.destroy_dialog is None
    assert dialog.message_label.text() == _in_indonesian()


class _FailingAll(_Failing):
    def __init__(self, real: object, names: tuple[str, ...]) -> None:
        super().__init__(real, "")
        self._names = names

    def __getattr__(self, name: str) -> object:
        return _fails if name in self._names else getattr(self._real, name)


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_plan_the_vault_refuses_to_read_or_keep_is_told_and_the_editor_stays_open(
    qtbot,
    language,  # noqa: F811
    window,
    tmp_path,
    monkeypatch,
) -> None:
    from tests.ui.conftest import make_vault, sample_clients, unlock

    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    assert window.workspace.open_client(window.vault.clients.list_summaries()[0].id)
    view = window.profile_view
    view.tabs.setCurrentIndex(view.TAB_PLAN)
    plan_view = view.plan_view
    real = window.vault.plans
    service = type(window.vault)
    monkeypatch.setattr(
        service, "plans", property(lambda _self: _FailingAll(real, ("record", "save_version")))
    )
    window.prompter.errors.clear()
    plan_view.reload()
    assert [text for _title, text in window.prompter.errors] == [_in_indonesian()]
    dialog = plan_view.open_editor()
    assert dialog is not None
    dialog.goal_editors[0].text_edit.setText("Tujuan")
    dialog.goal_editors[0].objectives.item(0, 0).setText("Sasaran")
    dialog.submitted.emit()
    assert dialog.isVisible() and dialog.error_label.text() == _in_indonesian()
    monkeypatch.undo()
    assert real.record(plan_view._client.id).current is None  # nothing was kept


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_consent_form_the_vault_cannot_make_says_why_where_the_form_would_stand(
    qtbot,
    language,  # noqa: F811
) -> None:
    from counsel_desk.domain.model import Client
    from counsel_desk.ui.dialogs.consent_dialog import ConsentDialog

    client = Client(given_name="Ayu", family_name="Lestari", grade="8A", id=1)
    dialog = ConsentDialog(_FailingService(), client)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.form_text() == _in_indonesian()
    assert _in_indonesian() in dialog.text_view.toPlainText()
    assert dialog.printable_text() == _in_indonesian()


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_settings_a_page_refuses_stay_open_with_the_reason_in_her_language(
    qtbot,
    language,  # noqa: F811
    window,
) -> None:
    from PySide6.QtCore import QTime

    from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sessions_page.start_edit.setTime(QTime(15, 0))
    dialog.sessions_page.end_edit.setTime(QTime(7, 0))
    dialog.accept()
    reason = Catalog.load("id").translate(
        "SessionsSettingsPage", "Working hours must end after they start."
    )
    assert dialog.error_label.isVisible() and dialog.error_label.text() == reason
    assert dialog.isVisible() and dialog.result() == 0  # still open, to put right
    assert window.settings.working_hours[1] != dt.time(7, 0)


def _in_indonesian_as(context: str, template: str, **params: str) -> str:
    text = Catalog.load("id").translate(context, template)
    assert text != template
    return text.format(**params)


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_supervision_summary_the_vault_refuses_to_prepare_or_write_is_told_and_nothing_is_saved(
    qtbot,
    language,  # noqa: F811
    window,
    tmp_path,
    monkeypatch,
) -> None:
    from tests.ui.choosers import use_chooser
    from tests.ui.conftest import unlock
    from tests.ui.test_supervision_export import client_id, review, sample_vault

    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    assert window.workspace.open_client(client_id(window))
    real = window.vault.supervision
    service = type(window.vault)
    refusing = {"name": "identifiers"}
    monkeypatch.setattr(
        service, "supervision", property(lambda _self: _Failing(real, refusing["name"]))
    )
    # The identifiers (built in a worker as the dialog opens) are refused.
    window.supervision_actions.export_action.trigger()
    dialog = window.supervision_actions.dialog
    qtbot.waitUntil(lambda: dialog.messages.error_label.text() == _in_indonesian(), timeout=10000)
    assert not dialog.has_identifiers and dialog.review_button.isEnabled()

    # Then the preview: told on the error line, the dialog idle again, not "preparing".
    refusing["name"] = "prepare"
    dialog.messages.error_label.clear()
    dialog.review_button.click()
    qtbot.waitUntil(lambda: dialog.messages.error_label.text() == _in_indonesian(), timeout=15000)
    assert dialog.summary is None and not dialog.messages.busy.isVisible()
    assert dialog.back_button.isEnabled()

    # The preview made after all, the PDF is refused: said on the result line, no file.
    refusing["name"] = "export"
    dialog.go_back()
    review(qtbot, dialog)
    out = tmp_path / "summary.pdf"
    dialog._chooser = use_chooser(window, out)
    with qtbot.waitSignal(dialog.export_done, timeout=30000) as blocker:
        assert dialog.save_pdf() is not None and dialog.is_busy
    assert isinstance(blocker.args[0], CounselDeskError)
    assert dialog.messages.result_label.text() == _in_indonesian_as(
        "SummarySaver", "The PDF was not saved: {reason}", reason=_in_indonesian()
    )
    assert not out.exists()
    assert not dialog.is_busy and dialog.close_button.isEnabled()
    assert dialog.save_button.isEnabled()


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_the_supervision_preview_is_made_leaves_the_dialog_usable(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from tests.ui.conftest import unlock
    from tests.ui.test_supervision_export import client_id, open_dialog, review, sample_vault

    faults: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _kind, error, _tb: faults.append(error))
    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    assert window.workspace.open_client(client_id(window))
    dialog = open_dialog(qtbot, window)
    real = window.vault.supervision
    service = type(window.vault)

    def broken(*_args: object) -> None:
        raise KeyError("Budi")  # a bug, with a name in it

    monkeypatch.setattr(service, "supervision", property(lambda _self: _Broken(real, broken)))
    dialog.review_button.click()
    qtbot.waitUntil(lambda: bool(faults), timeout=15000)
    assert isinstance(faults[0], KeyError)  # reported as the bug it is
    assert not dialog.messages.busy.isVisible() and dialog.back_button.isEnabled()
    assert "Budi" not in dialog.messages.error_label.text()
    monkeypatch.setattr(service, "supervision", property(lambda _self: real))
    dialog.go_back()
    review(qtbot, dialog)  # and the summary can still be made
    assert dialog.summary is not None


class _Broken:
    def __init__(self, real: object, prepare: object) -> None:
        self._real = real
        self._prepare = prepare

    def __getattr__(self, name: str) -> object:
        return self._prepare if name == "prepare" else getattr(self._real, name)


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_recovery_key_pdf_the_disk_refuses_is_told_and_the_key_stays_on_screen(
    qtbot,
    language,  # noqa: F811
    tmp_path,
) -> None:
    from counsel_desk.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
    from counsel_desk.ui.tasks import TaskRunner
    from tests.ui.choosers import FakeChooser

    key = "-".join(["ABCD"] * 12)
    gone = tmp_path / "unplugged-stick" / "key.pdf"  # its folder is not there
    runner = TaskRunner()
    dialog = RecoveryKeyDialog(key, tmp_path / "Vault", runner, FakeChooser(gone))
    qtbot.addWidget(dialog)
    dialog.show()
    task = dialog.save_pdf()
    assert task is not None and dialog.is_saving
    assert not dialog.save_pdf_button.isEnabled()
    dialog.stored_check.setChecked(True)
    assert not dialog.close_button.isEnabled()  # not while the PDF is being written
    qtbot.waitUntil(lambda: not dialog.is_saving, timeout=30000)
    assert dialog.note_label.text() == _in_indonesian_as(
        "RecoveryKeyDialog", "The PDF could not be saved: {reason}.", reason=os.strerror(2)
    )
    assert dialog.saved_pdf is None and not gone.exists()
    assert dialog.save_pdf_button.isEnabled() and dialog.close_button.isEnabled()
    assert "ABCD" in dialog.key_label.text()
    dialog.accept()


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_demo_vault_that_cannot_be_made_says_so_and_cannot_be_unlocked(
    qtbot,
    language,  # noqa: F811
    window,
    tmp_path,
    monkeypatch,
) -> None:
    from PySide6.QtCore import QSettings

    from counsel_desk.ui import demo as demo_ui
    from counsel_desk.ui.tasks import TaskRunner

    monkeypatch.setattr(demo_ui, "build_demo_vault", _fails)
    ini = QSettings(str(tmp_path / "demo.ini"), QSettings.Format.IniFormat)
    demo = demo_ui.DemoSession(TaskRunner(), data_dir=tmp_path / "data", settings=ini)
    try:
        with qtbot.waitSignal(demo.failed, timeout=30000):
            demo.start(window)
        view = window.unlock_view
        assert view.message_label.text() == _in_indonesian_as(
            "Demo", "The demo vault could not be made. {reason}", reason=_in_indonesian()
        )
        assert not view.busy.isVisible() and not view.unlock_button.isEnabled()
    finally:
        demo.cleanup()
    assert not demo.folder.root.exists()


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_the_demo_is_built_says_it_was_not_made_and_is_reported(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings

    from counsel_desk.ui import demo as demo_ui
    from counsel_desk.ui.tasks import TaskRunner

    faults: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _kind, error, _tb: faults.append(error))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("Budi")

    monkeypatch.setattr(demo_ui, "build_demo_vault", broken)
    ini = QSettings(str(tmp_path / "demo.ini"), QSettings.Format.IniFormat)
    demo = demo_ui.DemoSession(TaskRunner(), data_dir=tmp_path / "data", settings=ini)
    try:
        with qtbot.waitSignal(demo.failed, timeout=30000):
            demo.start(window)
        view = window.unlock_view
        assert "The demo vault could not be made." in view.message_label.text()
        assert "Budi" not in view.message_label.text()
        assert not view.busy.isVisible() and not view.unlock_button.isEnabled()
        assert [type(f) for f in faults] == [KeyError]
    finally:
        demo.cleanup()
