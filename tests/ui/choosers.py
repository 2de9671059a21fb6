"""A FileChooser for tests: answers from a queue at once, never opens a real dialog; and
``answer_file_dialog`` for the tests that use the real one (Qt's own file dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


class FakeChooser:
    def __init__(self, *answers: Path | None) -> None:
        self.answers: list[Path | None] = list(answers)
        self.asked: list[tuple[str, str, Path | None]] = []
        # How a PDF is shared (issue 18): None answers "for my own files, no password"
        # at once; a function is handed the real ShareDialog (not shown, never modal)
        # to tick and read, and answers with the dialog's choice, or None (Cancel).
        self.share_with: Callable[[Any], bool] | None = None
        self.shared: list[Any] = []  # the ShareRequests asked about
        self.track: Callable[[Any], None] | None = None

    def track_dialogs(self, track):
        self.track = track  # as the real chooser: the Share dialog closes at lock

    def _next(self, kind: str, title: str, start: Path | None) -> Path | None:
        self.asked.append((kind, title, start))
        assert self.answers, f"unexpected {kind} question: {title}"
        return self.answers.pop(0)

    def open_file(self, parent, title, start=None, filters=""):
        return self._next("open", title, start)

    def save_file(self, parent, title, suggested, filters=""):
        return self._next("save", title, suggested)

    def folder(self, parent, title, start=None):
        return self._next("folder", title, start)

    def share(self, parent, request):
        from counsel_desk.domain.disclosures import Sharing
        from counsel_desk.ui.dialogs.share_dialog import ShareDialog

        self.shared.append(request)
        if self.share_with is None:
            return Sharing()
        dialog = ShareDialog(parent, request)
        if self.track is not None:
            self.track(dialog)
        try:
            if not self.share_with(dialog) or dialog.wiped:
                return None
            dialog._accept_if_valid()
            if dialog.result() != ShareDialog.DialogCode.Accepted:
                return None
            return dialog.sharing()
        finally:
            dialog.deleteLater()


def use_chooser(window, *answers: Path | None) -> FakeChooser:
    """Give the window's fake chooser (the ``window`` fixture builds the window with one,
    for its dialogs, actions and unlock screen) these answers, forgetting earlier ones."""
    chooser = window.chooser
    assert isinstance(chooser, FakeChooser), "build the window with chooser=FakeChooser()"
    chooser.answers = list(answers)
    chooser.asked = []
    return chooser


def answer_file_dialog(path: Path) -> None:
    """Type ``path`` into the Qt file dialog about to open and accept it, as a person
    would (for the real chooser; the dialog's modal loop runs meanwhile)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(50, answer)
            return
        dialog = dialogs[0]
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(50, answer)
