"""The questions the UI asks the user, behind one seam.

Views never open a modal question box themselves: they ask a :class:`Prompter`. The
application plugs in :class:`DialogPrompter` (real dialogs); tests plug in a fake that
answers at once, so no test ever blocks on a modal dialog.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui.qt_types import py_date


class UnsavedAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompter(Protocol):
    def unsaved_changes(self, parent: QWidget | None) -> UnsavedAnswer: ...

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool: ...

    def closing_date(self, parent: QWidget | None, earliest: dt.date | None) -> dt.date | None: ...

    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompter", text)


class DialogPrompter:
    """The real thing: small, plain modal dialogs."""

    def unsaved_changes(self, parent: QWidget | None) -> UnsavedAnswer:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompter", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate(
                "Prompter", "This client's profile has changes that are not saved yet."
            )
        )
        box.setInformativeText(QCoreApplication.translate("Prompter", "Do you want to save them?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedAnswer.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.CANCEL

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def closing_date(self, parent: QWidget | None, earliest: dt.date | None) -> dt.date | None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("Prompter", "Close case"))
        layout = QVBoxLayout(dialog)
        label = QLabel(
            QCoreApplication.translate(
                "Prompter",
                "The case will be marked closed on this date. Its records stay in the vault.",
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        edit = QDateEdit(QDate.currentDate(), dialog)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        if earliest is not None:
            edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        edit.setMaximumDate(QDate.currentDate())
        layout.addWidget(edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Prompter", "Close case")
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return py_date(edit.date())

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
