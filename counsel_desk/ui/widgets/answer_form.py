"""A questionnaire's questions, each with its answers as radio buttons (the screening
instruments and the career-interest inventory), in a scroll area; who filled it in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.screening import ScreeningEntry
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.qt_types import qt_date
from counsel_desk.ui.theme import set_tone


@dataclass(frozen=True)
class AnswerRow:
    key: str  # the answer's key in the result
    number: str  # as the form shows it: "1.", "•"
    text: str
    options: tuple[str, ...]  # an answer's value is its option's index


def entry_label(entry: ScreeningEntry) -> str:
    """Who filled a questionnaire in, as the tables say it."""
    if entry is ScreeningEntry.KIOSK:
        return QCoreApplication.translate("AnswerForm", "the student, in the kiosk")
    return QCoreApplication.translate("AnswerForm", "with the counselor")


def scrolled(parent: QWidget, inner: QWidget, name: str) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


class AnswerForm(QWidget):
    """The stem, each question with its answers (object names ``{prefix}{key}_{value}``),
    and the source's line."""

    answered = Signal()

    def __init__(
        self,
        stem: str,
        rows: Sequence[AnswerRow],
        source: str,
        prefix: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.groups: dict[str, QButtonGroup] = {}
        layout = QGridLayout(self)
        stem_label = QLabel(stem, self)
        stem_label.setWordWrap(True)
        stem_label.setObjectName("questionnaireStem")
        layout.addWidget(stem_label, 0, 0)
        row = 1
        for question in rows:
            text = QLabel(f"{question.number} {question.text}", self)
            text.setWordWrap(True)
            layout.addWidget(text, row, 0)
            row += 1
            choices = QWidget(self)
            line = QHBoxLayout(choices)
            line.setContentsMargins(24, 0, 0, 8)
            group = QButtonGroup(self)
            group.setExclusive(True)
            spoken = question.number.rstrip(".") if question.number != "•" else question.key
            for value, option in enumerate(question.options):
                button = QRadioButton(option, choices)
                button.setObjectName(f"{prefix}{question.key}_{value}")
                button.setAccessibleName(f"{spoken}: {option}")
                group.addButton(button, value)
                line.addWidget(button)
            line.addStretch(1)
            group.idClicked.connect(lambda _v: self.answered.emit())
            self.groups[question.key] = group
            layout.addWidget(choices, row, 0)
            row += 1
        source_label = QLabel(source, self)
        source_label.setObjectName("hint")
        source_label.setWordWrap(True)
        layout.addWidget(source_label, row, 0)
        layout.setRowStretch(row + 1, 1)

    def answers(self) -> dict[str, int]:
        return {key: g.checkedId() for key, g in self.groups.items() if g.checkedId() >= 0}

    def clear(self) -> None:
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)


def fill_in_layout(
    dialog: QDialog,
    notice: str,
    form: AnswerForm,
    name: str,
    today: dt.date,
) -> tuple[QDateEdit, QLabel, QLabel, QPushButton]:
    """The counselor's fill-in dialog around ``form``: the English-only notice, the day it
    was filled in (not after ``today``), the questions, a line that follows her answers
    and one for refusals, Save and Cancel (Save calls ``dialog.save``). Returns the date
    field, the live line, the message line and the Save button."""
    notice_label = QLabel(notice, dialog)
    notice_label.setWordWrap(True)
    notice_label.setObjectName("hint")
    date_edit = QDateEdit(dialog)
    date_edit.setObjectName(f"{name}Date")
    date_edit.setCalendarPopup(True)
    date_edit.setDisplayFormat("yyyy-MM-dd")
    date_edit.setDate(qt_date(today))
    date_edit.setMaximumDate(qt_date(today))
    date_edit.setAccessibleName(QCoreApplication.translate("AnswerForm", "Day it was filled in"))
    live = QLabel("", dialog)
    live.setObjectName(f"{name}Live")
    live.setWordWrap(True)
    message = QLabel("", dialog)
    message.setWordWrap(True)
    set_tone(message, "error")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    buttons.accepted.connect(getattr(dialog, "save"))  # noqa: B009 - each dialog's own
    buttons.rejected.connect(dialog.reject)
    top = QFormLayout()
    top.addRow(QCoreApplication.translate("AnswerForm", "Filled in on:"), date_edit)
    layout = QVBoxLayout(dialog)
    layout.addWidget(notice_label)
    layout.addLayout(top)
    layout.addWidget(scrolled(dialog, form, f"{name}Questions"), 1)
    layout.addWidget(live)
    layout.addWidget(message)
    layout.addWidget(buttons)
    dialog.resize(900, 640)
    return date_edit, live, message, save


T = TypeVar("T")


def save_shown(
    dialog: QDialog,
    ops: Operations,
    work: Callable[[], T],
    message: QLabel,
    save: QPushButton,
) -> T | None:
    """Save through the vault with Save disabled meanwhile; a refusal is shown in
    ``message`` (None returned: the dialog stays open)."""
    return (
        ops.op(dialog, "", work)
        .on_error(lambda e: message.setText(user_text(e)))
        .disabling(save)
        .result_or(None)
    )
