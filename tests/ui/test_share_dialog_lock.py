"""The Share dialog at a lock (docs/attacks-2026-12-07d.md, P1): the real file chooser
runs the dialog modally (``exec``); a lock while it is open — the auto-lock, Ctrl+L from
its menu — must close it, take the words off the screen and out of the dialog, and end
the export: no file name is asked and nothing is written.

The vault is the sample caseload (fictional people), cheap Argon2 for tests only."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from counsel_desk.ui.dialogs.share_dialog import ShareDialog
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.main_window import MainWindow

from .conftest import TODAY, cheap_calibrator, unlock
from .test_supervision_export import client_id, sample_vault


def test_a_lock_while_the_share_dialog_is_open_closes_it_wipes_the_words_and_ends_the_export(
    qtbot, vault_service, settings, runner, prompter, tmp_path
):
    chooser = FileChooser()  # the real one: the dialog runs modally, as for her
    asked_names: list[str] = []
    chooser.save_file = lambda *args, **kwargs: asked_names.append("save") or None  # type: ignore[method-assign]
    window = MainWindow(
        vault_service,
        settings,
        runner,
        prompter,
        today=lambda: TODAY,
        calibrator=cheap_calibrator,
        chooser=chooser,
    )
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=15000)
    assert window.workspace.open_client(client_id(window))
    prompter.confirm_answer = True
    seen: dict[str, object] = {}

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ShareDialog):  # not up yet: the next turn of its loop
            QTimer.singleShot(0, while_open)
            return
        dialog.protect_check.click()
        seen["words"] = dialog.words_label.text()
        window.lock()  # what the auto-lock does
        seen["still_open"] = dialog.isVisible()
        seen["label"] = dialog.words_label.text()
        seen["password"] = dialog._password
        if dialog.isVisible():  # the flaw: let the test go on to say so
            dialog.accept()  # she clicks "Choose where to save…" after the lock

    QTimer.singleShot(0, while_open)
    assert window.supervision_actions.print_full_record() is None
    words = seen["words"]
    assert isinstance(words, str) and len(words.split()) == 5
    assert seen["still_open"] is False
    assert seen["label"] == "" and seen["password"] is None
    assert asked_names == []  # the export ended with the dialog
    shown = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLabel)]
    assert all(words not in text for text in shown)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog) and w.isVisible()
    ]


def test_a_lock_while_the_file_name_is_asked_writes_no_consent_form_and_never_a_plain_one(
    qtbot, window, tmp_path
):
    """The auto-lock may come while she is in the file dialog (it is not the window's to
    close). The form she asked to protect was then written without its password — the
    consent view had forgotten its client, and a form with no client in the vault took
    the plain path — while the dialog said it was protected."""
    from counsel_desk.domain.enums import ConsentKind

    from .conftest import make_vault, sample_clients
    from .test_consents import _consents

    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    view, _ = _consents(window, "C-0001")
    printed = tmp_path / "izin.pdf"
    chooser = window.chooser

    def protect(share) -> bool:
        share.protect_check.click()
        return True

    def save_file(*args, **kwargs):
        window.lock()  # while the file dialog is open
        return printed

    chooser.share_with = protect
    chooser.save_file = save_file
    dialog = view.open_consent_dialog(ConsentKind.RELEASE_OF_INFORMATION)
    task = view.print_form(dialog)
    if task is not None:
        with qtbot.waitSignal(task.finished, timeout=20000):
            pass
    assert not printed.exists()


def test_a_recipient_written_as_markup_reads_as_its_characters_in_the_log_and_its_tooltip(
    qtbot, window, tmp_path
):
    """A recipient (typed, or from an imported file) such as "<b>…</b>" or "<img …>"
    is shown as the characters it is, also in the tooltip, which Qt would read as rich
    text."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    from counsel_desk.domain.disclosures import Disclosure
    from counsel_desk.domain.enums import SharedDocument
    from counsel_desk.vault.repositories.disclosures import DisclosureRepository

    from .conftest import make_vault, sample_clients
    from .test_consents import _consents

    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    view, client_id = _consents(window, "C-0001")
    recipient = "<b>Bu Sari</b> <img src=x height=900>"
    with window.vault.vault.transaction() as conn:
        DisclosureRepository(conn).add(
            Disclosure(
                client_id=client_id,
                shared_at=dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC),
                document=SharedDocument.FULL_RECORD,
                recipient=recipient,
                protected=True,
            )
        )
    view.reload_disclosures()
    qtbot.waitUntil(lambda: view.disclosures_model.rowCount() == 1, timeout=10000)
    item = view.disclosures_model.item(0, 2)
    assert item.text() == recipient
    tooltip = item.data(Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    if GuiQt.mightBeRichText(tooltip):  # as the tooltip decides
        shown.setHtml(tooltip)
    else:
        shown.setPlainText(tooltip)
    assert shown.toPlainText().strip() == recipient
