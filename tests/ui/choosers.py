"""A FileChooser for tests: answers from a queue at once, never opens a real dialog."""

from __future__ import annotations

from pathlib import Path


class FakeChooser:
    def __init__(self, *answers: Path | None) -> None:
        self.answers: list[Path | None] = list(answers)
        self.asked: list[tuple[str, str, Path | None]] = []

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


def use_chooser(window, *answers: Path | None) -> FakeChooser:
    """Give the window's fake chooser (the ``window`` fixture builds the window with one,
    for its dialogs, actions and unlock screen) these answers, forgetting earlier ones."""
    chooser = window.chooser
    assert isinstance(chooser, FakeChooser), "build the window with chooser=FakeChooser()"
    chooser.answers = list(answers)
    chooser.asked = []
    return chooser
