"""A passphrase strength meter: five segments, a word, and the policy's problems."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from counsel_desk.domain.passphrase import PassphraseAssessment
from counsel_desk.ui.theme import set_tone, tone
from counsel_desk.ui.translate import translate

TONES = ("error", "orange", "warning", "olive", "success")  # very weak … very strong


class _Bar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled = 0
        self._colour = tone(TONES[0])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def set_level(self, filled: int, colour: QColor) -> None:
        self._filled = filled
        self._colour = colour
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4
        width = (self.width() - gap * 4) / 5
        empty = self.palette().color(QPalette.ColorRole.Mid)
        for i in range(5):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour if i < self._filled else empty)
            painter.drawRoundedRect(int(i * (width + gap)), 0, int(width), self.height(), 3, 3)
        painter.end()


class StrengthMeter(QWidget):
    """Shows a :class:`PassphraseAssessment`: bar, verdict and what to change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = _Bar(self)
        self._verdict = QLabel(self)
        self._verdict.setObjectName("strengthVerdict")
        self._verdict.setMinimumWidth(110)
        self._verdict.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._problems = QLabel(self)
        self._problems.setObjectName("strengthProblems")
        self._problems.setWordWrap(True)
        self._problems.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._bar, 1)
        top.addWidget(self._verdict)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self._problems)
        self._strength = -1
        self.clear()

    @property
    def strength(self) -> int:
        return self._strength

    def problems_text(self) -> str:
        return self._problems.text()

    def clear(self) -> None:
        self._strength = -1
        self._bar.set_level(0, tone(TONES[0]))
        self._verdict.setText("")
        self._problems.setText(
            self.tr("Use at least 15 characters. A few unrelated words are easy to remember.")
        )
        self._problems.setStyleSheet("")

    def show_assessment(self, assessment: PassphraseAssessment | None) -> None:
        if assessment is None or assessment.length == 0:
            self.clear()
            return
        self._strength = assessment.strength
        words = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        name = TONES[assessment.strength]
        self._bar.set_level(assessment.strength + 1, tone(name))
        self._verdict.setText(words[assessment.strength])
        set_tone(self._verdict, name, "font-weight: 600;")
        if assessment.problems:
            self._problems.setText("\n".join(translate(p) for p in assessment.problems))
            set_tone(self._problems, TONES[0])
        else:
            self._problems.setText(self.tr("This passphrase meets the policy."))
            set_tone(self._problems, TONES[4])
