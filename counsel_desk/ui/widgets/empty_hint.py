"""What to do, written inside an empty table or list (instead of a blank white box)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from counsel_desk.ui.theme import set_tone


class EmptyHint(QObject):
    """A wrapped, centred hint on ``view``'s viewport, shown while its model has no rows.

    Screen readers get the same text as the view's accessible description; once the view
    has rows its description is ``description`` (what the list holds and how to use it),
    else the one the view had before."""

    def __init__(self, view: QAbstractItemView, text: str, description: str | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._description = view.accessibleDescription() if description is None else description
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        set_tone(self.label, None, "color: palette(placeholder-text); padding: 12px;")
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)
        model.layoutChanged.connect(self.update)
        self.update()

    @property
    def text(self) -> str:
        return self.label.text()

    def update(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0
        self.label.setVisible(empty)
        self._view.setAccessibleDescription(self.label.text() if empty else self._description)
        self._place()

    def _place(self) -> None:
        self.label.setGeometry(self._view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
