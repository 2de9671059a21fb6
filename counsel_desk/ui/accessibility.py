"""Accessible names and descriptions for every control a screen reader or the keyboard
can reach.

Most controls are named where they are made (a button by its text, a field by the form
label whose buddy it is). The rest take the text the counselor sees beside them: the
label of their form row (a row may hold several controls: a date field's text box, a
name with its relationship), else their placeholder text.

The description says what a control does or what to type. Qt reads a control's tooltip
when it has no description (and a line edit's placeholder); a control without either is
described where it is made (``setAccessibleDescription(self.tr(...))``). What is left
here is what no view makes itself: a text box's placeholder, a button box's Cancel and
Close. A tab bar is described by its tabs' tooltips (Qt reads no description of the bar).

``AccessibleNames`` does both for every window once as it is shown (one walk of its
widgets; menus and tooltips are skipped); ``unnamed_controls`` and
``undescribed_controls`` are what the tests check.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Qt's own parts that never take a name of their own: a spin box's text box (the spin box
# is what a screen reader announces), a scroll area or tab widget (their contents and tab
# bar are), a chart's viewport.
_CONTAINERS = (QScrollArea, QTabWidget)
_QT_INTERNAL = frozenset({"qt_spinbox_lineedit", "qt_scrollarea_viewport"})


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _reachable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def needs_name(widget: QWidget) -> bool:
    """A control the keyboard reaches that is not one of Qt's inner parts."""
    if isinstance(widget, _CONTAINERS) or widget.objectName() in _QT_INTERNAL:
        return False
    parent = widget.parentWidget()
    if (
        parent is not None
        and isinstance(parent, QAbstractScrollArea)
        and (parent.viewport() is widget)
    ):
        return False
    if parent is not None and parent.objectName() == "qt_scrollarea_viewport":
        # a chart's or a graphics view's drawing surface
        grand = parent.parentWidget()
        if grand is not None and not isinstance(grand, QScrollArea):
            return False
    return _reachable(widget)


def accessible_description(widget: QWidget) -> str:
    """What a screen reader says after the name: the description, else the tooltip (Qt).

    A tab bar has none of its own (Qt reads no description of it): each of its tabs is
    described by the tab's tooltip, and the bar counts as described when every tab is."""
    if isinstance(widget, QTabBar):
        tips = [widget.tabToolTip(i).strip() for i in range(widget.count())]
        return " / ".join(tips) if all(tips) else ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


def undescribed_controls(root: QWidget) -> list[QWidget]:
    """The visible controls under ``root`` a keyboard reaches that nothing describes."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.isVisible() and needs_name(widget) and not accessible_description(widget)
    ]


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The visible controls under ``root`` a keyboard reaches but nothing names."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.isVisible() and needs_name(widget) and not accessible_name(widget)
    ]


def _widgets_of(item: object) -> list[QWidget]:
    if isinstance(item, QWidget):
        return [item, *item.findChildren(QWidget)]
    if isinstance(item, QLayout):
        found: list[QWidget] = []
        for i in range(item.count()):
            child = item.itemAt(i)
            if child is None:
                continue
            found += _widgets_of(child.widget() or child.layout())
        return found
    return []


def name_from_labels(root: QWidget) -> None:
    """Give every unnamed control under ``root`` the text beside it (see the module)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or field_item is None:
                continue
            text = _clean(label.text())
            if not text:
                continue
            field = field_item.widget() or field_item.layout()
            for widget in _widgets_of(field):
                if needs_name(widget) and not widget.accessibleName():
                    if isinstance(widget, QLineEdit):
                        hint = widget.placeholderText()
                    elif isinstance(widget, QAbstractButton):  # its own text says which
                        hint = _clean(widget.text())
                    else:
                        hint = ""
                    widget.setAccessibleName(f"{text} — {hint}" if hint else text)
    for widget in root.findChildren(QLineEdit):
        if needs_name(widget) and not accessible_name(widget) and widget.placeholderText():
            widget.setAccessibleName(widget.placeholderText())


def _fallback_description(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.placeholderText()
    box = widget.parentWidget()
    if isinstance(widget, QAbstractButton) and isinstance(box, QDialogButtonBox):
        if box.standardButton(widget) == QDialogButtonBox.StandardButton.Close:
            return QCoreApplication.translate("AccessibleNames", "Closes this window.")
        if box.buttonRole(widget) == QDialogButtonBox.ButtonRole.RejectRole:
            return QCoreApplication.translate(
                "AccessibleNames", "Closes this window without doing anything."
            )
    return ""


def describe_from_help(root: QWidget) -> None:
    """Describe every undescribed control under ``root`` Qt and its view left without
    one (see the module)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if needs_name(widget) and not accessible_description(widget):
            text = _fallback_description(widget)
            if text:
                widget.setAccessibleDescription(text)


_PASSING = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class AccessibleNames(QObject):
    """Names and describes a window's controls (see the module) whenever it is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() not in _PASSING
        ):
            name_from_labels(watched)
            describe_from_help(watched)
        return False
