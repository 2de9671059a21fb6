"""The lines under a dialog's pages that say what is happening and how it ended: a busy
bar with what is being done, an error line, a result line (green when it went well) and,
when a check found things, a read-only list of them, a line each. Each line is hidden
while it has nothing to say. Every text is plain (a word typed by her is never markup).

The styles are the dialog's: ``QLabel#hint``, ``#errorLabel`` and ``#resultLabel`` with
its ``ok`` property.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QProgressBar, QVBoxLayout, QWidget


class OutcomeLines(QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, findings_name: str = "", findings_about: str = ""
    ) -> None:
        super().__init__(parent)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("hint")
        self.error_label = self._plain_label("errorLabel")
        self.result_label = self._plain_label("resultLabel")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings_view = QPlainTextEdit(self)
        self.findings_view.setObjectName("findingsView")
        self.findings_view.setAccessibleName(findings_name)
        self.findings_view.setAccessibleDescription(findings_about)
        self.findings_view.setReadOnly(True)
        self.findings_view.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._lines = (
            self.status_label,
            self.busy,
            self.error_label,
            self.result_label,
            self.findings_view,
        )
        for widget in self._lines:
            widget.setVisible(False)
            layout.addWidget(widget)
        self.setVisible(False)

    def _fit(self) -> None:
        """Hidden itself while no line has anything to say: the pages above keep the
        room (and the dialog's spacing) they had."""
        self.setVisible(any(not line.isHidden() for line in self._lines))

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_working(self, text: str | None) -> None:
        """The busy bar with what is being done, or (None) neither."""
        self.busy.setVisible(text is not None)
        self.status_label.setVisible(text is not None)
        self.status_label.setText(text or "")
        self._fit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self._fit()

    def show_result(self, text: str, *, ok: bool, details: Sequence[str] = ()) -> None:
        self.result_label.setProperty("ok", "true" if ok else "false")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))
        self.findings_view.setPlainText("\n".join(details))
        self.findings_view.setVisible(bool(details))
        self._fit()

    def clear(self) -> None:
        """No error, no result, no findings (the busy bar is left as it is)."""
        self.show_error("")
        self.show_result("", ok=True)
