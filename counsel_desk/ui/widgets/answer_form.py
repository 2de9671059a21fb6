"""A questionnaire's questions, each with its answers as radio buttons (the screening
instruments and the career-interest inventory), in a scroll area; who filled it in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from counsel_desk.domain.screening import ScreeningEntry


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
