"""A locked window holds nothing of a client: not on screen, not in a hidden widget, not
in one waiting to be deleted.

She opens every client of the sample caseload, looks at every tab and types a note; then
the laptop locks (by hand here, the same path as idle and sleep). Every widget of the
application — its text, title, tooltip, accessible name and description, a combo box's
items, every cell of an item view — is read at once after the lock (before the event
loop deletes what was replaced) and again once the loop has run: no client's name,
nickname, guardian or note is found.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from counsel_desk.domain.templates import TemplateId
from tests.ui.conftest import unlock
from tests.ui.test_supervision_export import sample_vault

TYPED = "Dia cerita soal grup WA kelas yang mengejeknya tiap malam."


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model keeps it private: one column, no children
        return 1 if not parent.isValid() else 0


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), 500)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and _columns(model, index) and model.rowCount(index) > 0:
                    stack.append(index)


def _texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)


def _found(secrets: set[str]) -> list[tuple[str, str]]:
    found = []
    for widget in QApplication.allWidgets():
        for text in _texts(widget):
            folded = (text or "").casefold()
            found.extend(
                (secret, f"{type(widget).__name__} {widget.objectName()!r}")
                for secret in secrets
                if secret.casefold() in folded
            )
    return found


def test_after_a_lock_no_widget_holds_anything_of_a_client(qtbot, window, runner, tmp_path):
    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=15000)
    secrets = {TYPED[:30]}
    clients = window.vault.clients
    for summary in clients.list_summaries():
        client = clients.get(summary.id)
        secrets |= {client.given_name, client.family_name or "", client.preferred_name or ""}
        secrets |= {g.name for g in client.guardians}
        for entry in window.vault.notes.timeline(summary.id):
            secrets |= {v[:30] for v in entry.note.fields.values() if len(v) >= 30}
    secrets = {s for s in secrets if len(s) >= 4}  # a short name is also an ordinary word
    assert len(secrets) > 10

    for summary in clients.list_summaries():
        assert window.workspace.open_client(summary.id)
        tabs = window.profile_view.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(10)
    sessions = window.profile_view.sessions_view
    tabs.setCurrentIndex(window.profile_view.TAB_SESSIONS)
    sessions.new_note(TemplateId.FREE)
    sessions.editor.field_edits["text"].setPlainText(TYPED)
    assert _found(secrets)  # the check sees what is on screen

    window.lock()
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=10000)
    assert _found(secrets) == []  # at once, before anything replaced is deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)
    assert _found(secrets) == []


def test_a_lock_during_a_supervision_review_leaves_no_client_text(qtbot, window, runner, tmp_path):
    from tests.ui.test_supervision_export import open_dialog, review

    unlock(qtbot, window, sample_vault(tmp_path / "vault"))
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=15000)
    clients = window.vault.clients
    secrets = {
        name
        for s in clients.list_summaries()
        for name in (clients.get(s.id).given_name, clients.get(s.id).family_name or "")
        if len(name) >= 4
    } | {TYPED[:30]}
    first = clients.list_summaries()[0].id
    assert window.workspace.open_client(first)
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["question"].setPlainText(TYPED)
    review(qtbot, dialog)
    assert _found(secrets)  # the client's name in the chooser, her question

    window.lock()
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=10000)
    assert _found(secrets) == []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)
    assert _found(secrets) == []
