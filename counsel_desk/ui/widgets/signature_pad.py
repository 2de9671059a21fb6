"""A pad to sign on with the mouse, a pen or a finger; the drawing leaves as PNG bytes,
made in memory (QBuffer), never as a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = "#0d2a6b"  # dark blue, on white paper in either theme
PAPER = "#ffffff"


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))
        self._image = QImage(QSize(640, 160), QImage.Format.Format_ARGB32)
        self._image.fill(Qt.GlobalColor.transparent)
        self._last: QPointF | None = None
        self._strokes = 0

    def sizeHint(self) -> QSize:
        return QSize(480, 140)

    @property
    def is_empty(self) -> bool:
        return self._strokes == 0

    def clear(self) -> None:
        self._image.fill(Qt.GlobalColor.transparent)
        self._strokes = 0
        self._last = None
        self.update()
        self.changed.emit()

    # -- drawing ----------------------------------------------------------------------
    def _scale(self, point: QPointF) -> QPointF:
        w, h = max(1, self.width()), max(1, self.height())
        return QPointF(point.x() * self._image.width() / w, point.y() * self._image.height() / h)

    def begin_stroke(self, point: QPointF) -> None:
        self._last = self._scale(point)
        self._strokes += 1
        self._line_to(point)

    def continue_stroke(self, point: QPointF) -> None:
        if self._last is not None:
            self._line_to(point)

    def end_stroke(self) -> None:
        if self._last is not None:
            self._last = None
            self.changed.emit()

    def _line_to(self, point: QPointF) -> None:
        target = self._scale(point)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(INK), 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        assert self._last is not None
        painter.drawLine(self._last, target)
        painter.end()
        self._last = target
        self.update()

    def draw_path(self, points: list[tuple[float, float]]) -> None:
        """Draw one stroke through widget coordinates (tests and screenshots)."""
        if not points:
            return
        self.begin_stroke(QPointF(*points[0]))
        for x, y in points[1:]:
            self.continue_stroke(QPointF(x, y))
        self.end_stroke()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.continue_stroke(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self.continue_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Paper, in a light or a dark theme: the ink is dark blue, as it is stored.
        painter.fillRect(self.rect(), QColor(PAPER))
        painter.setPen(QPen(QColor("#8c8c8c"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.drawImage(self.rect(), self._image)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)

    # -- output -----------------------------------------------------------------------
    def png_bytes(self) -> bytes | None:
        """The signature as PNG bytes, made in memory; None when nothing was drawn."""
        if self.is_empty:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub: bytes; PySide6 takes str
        buffer.close()
        return bytes(data.data())
