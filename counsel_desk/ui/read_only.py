"""Keeping every editing control disabled while the vault is open read-only (a vault on
a write-protected stick or a read-only share, issue 21).

The views enable and disable their own buttons as a selection or an edit changes; the
guard watches each control it disabled and turns it off again when a view enables it, and
remembers what the view asked for, so that leaving read-only gives every control back the
state its view wants. Containers (the note editor, whose fields are rebuilt with each
template) are disabled whole, so controls created later inside them are disabled too.
Reading stays possible: lists and tables keep working but edit nothing (no edit
triggers), and the note viewer, tabs and scroll bars are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)


def _is_editing_control(widget: QWidget) -> bool:
    if isinstance(widget, QTextBrowser | QHeaderView):
        return False
    if isinstance(widget, QAbstractItemView):
        return False  # read, scrolled and selected; its edit triggers are turned off
    return isinstance(
        widget,
        QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractSpinBox | QAbstractButton,
    )


def _in_tab_bar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabBar):
            return True
        parent = parent.parentWidget()
    return False


class ReadOnlyGuard(QObject):
    """Disables the editing controls under some roots while read-only is on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on = False
        self._wanted: dict[QWidget, bool] = {}  # what each view last asked for
        self._triggers: dict[QAbstractItemView, QAbstractItemView.EditTrigger] = {}

    @property
    def is_on(self) -> bool:
        return self._on

    @property
    def guarded(self) -> list[QWidget]:
        """The controls kept disabled, and the lists and tables kept from editing."""
        return [*self._wanted, *self._triggers]

    def set_read_only(
        self,
        on: bool,
        roots: Iterable[QWidget] = (),
        containers: Iterable[QWidget] = (),
        keep: Iterable[QWidget] = (),
    ) -> None:
        """Turn read-only on (disabling the editing controls under ``roots`` and the
        ``containers`` whole, except those in ``keep``) or off (giving them back)."""
        if not on:
            self._on = False
            wanted, self._wanted = self._wanted, {}
            for widget, enabled in wanted.items():
                widget.removeEventFilter(self)
                widget.setEnabled(enabled)
            triggers, self._triggers = self._triggers, {}
            for view, trigger in triggers.items():
                view.setEditTriggers(trigger)
            return
        kept = set(keep)
        found: list[QWidget] = list(containers)
        for root in roots:
            found += [
                w
                for w in root.findChildren(QWidget)
                if _is_editing_control(w) and not _in_tab_bar(w)
            ]
            for view in root.findChildren(QAbstractItemView):
                no_edit = QAbstractItemView.EditTrigger.NoEditTriggers
                if view not in self._triggers and view.editTriggers() != no_edit:
                    self._triggers[view] = view.editTriggers()
                    view.setEditTriggers(no_edit)
        self._on = True
        for widget in found:
            if widget in kept or widget in self._wanted:
                continue
            self._wanted[widget] = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            widget.installEventFilter(self)
            widget.setEnabled(False)
            widget.destroyed.connect(lambda *_, w=widget: self._wanted.pop(w, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._on
            and event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched in self._wanted
        ):
            forced = watched.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            if not forced:  # a view enabled it: remember that, and keep it off
                self._wanted[watched] = True
                watched.setEnabled(False)
        return False
