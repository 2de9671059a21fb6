"""The sociogram drawn: each student a node, placed by ``domain.sociometry.layout`` (the
more positive choices she received, the nearer the centre: stars in the middle, isolates
on the edge), positive choices as solid arrows, negative ones as dashed arrows in another
colour, mutual choices as one thicker line with a head at each end. Stars are
double-ringed, isolates have a dashed ring, rejected students a thick ring with a cross —
told apart by shape and line, not by colour alone. A plain ``QWidget`` painted with
``QPainter``; it only draws what it is given (no vault)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from counsel_desk.domain.sociometry import Sociogram, layout

POSITIVE = QColor("#1f4e79")
NEGATIVE = QColor("#b3261e")
INK = QColor("#1f2328")
NODE = QColor("#eef2f7")
STAR = QColor("#ffe08a")


class SociogramView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sociogramView")
        self.setMinimumSize(360, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.gram: Sociogram | None = None
        self.labels: dict[int, str] = {}
        self.places: dict[int, tuple[float, float]] = {}
        self.setAccessibleName(self.tr("Sociogram"))

    def sizeHint(self) -> QSize:
        return QSize(560, 560)

    def show_sociogram(self, gram: Sociogram | None, labels: dict[int, str]) -> None:
        self.gram = gram
        self.labels = labels
        self.places = layout(gram) if gram is not None else {}
        if gram is not None:
            self.setAccessibleDescription(
                self.tr("{stars} stars, {isolates} isolated, {pairs} mutual pairs.").format(
                    stars=len(gram.stars()),
                    isolates=len(gram.isolates()),
                    pairs=len(gram.mutual_pairs),
                )
            )
        self.update()

    def node_at(self, number: int) -> QPointF:
        """Where student ``number`` is drawn, in widget coordinates."""
        x, y = self.places[number]
        side = min(self.width(), self.height())
        scale = side / 2 - 34
        return QPointF(self.width() / 2 + x * scale, self.height() / 2 + y * scale)

    def _radius(self) -> float:
        count = len(self.places)
        return 11.0 if count <= 36 else 8.0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        gram = self.gram
        if gram is None or not self.places:
            painter.setPen(INK)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No round chosen yet.")
            )
            painter.end()
            return
        radius = self._radius()
        mutual = set(gram.mutual_pairs)
        for a, b in sorted(gram.negative_edges):
            self._arrow(painter, a, b, NEGATIVE, Qt.PenStyle.DashLine, 1.2, radius, heads=1)
        for a, b in sorted(gram.positive_edges):
            if (min(a, b), max(a, b)) in mutual:
                if a < b:
                    self._arrow(painter, a, b, POSITIVE, Qt.PenStyle.SolidLine, 2.6, radius, 2)
                continue
            self._arrow(painter, a, b, POSITIVE, Qt.PenStyle.SolidLine, 1.1, radius, heads=1)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        for number in gram.members:
            self._node(painter, number, radius)
        painter.end()

    def _arrow(
        self,
        painter: QPainter,
        a: int,
        b: int,
        colour: QColor,
        style: Qt.PenStyle,
        width: float,
        radius: float,
        heads: int,
    ) -> None:
        start, end = self.node_at(a), self.node_at(b)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        offset = QPointF(radius * math.cos(angle), radius * math.sin(angle))
        start, end = start + offset, end - offset
        pen = QPen(colour, width, style)
        painter.setPen(pen)
        painter.drawLine(start, end)
        self._head(painter, end, angle, colour, filled=style == Qt.PenStyle.SolidLine)
        if heads == 2:
            self._head(painter, start, angle + math.pi, colour, filled=True)

    @staticmethod
    def _head(painter: QPainter, tip: QPointF, angle: float, colour: QColor, filled: bool) -> None:
        size = 9.0
        left = QPointF(
            tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4)
        )
        right = QPointF(
            tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4)
        )
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(QBrush(colour if filled else QColor("#ffffff")))
        painter.drawPolygon(QPolygonF([tip, left, right]))

    def _node(self, painter: QPainter, number: int, radius: float) -> None:
        assert self.gram is not None
        figure = self.gram.figures[number]
        centre = self.node_at(number)
        if figure.star:
            painter.setPen(QPen(INK, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + 4, radius + 4)
        pen = QPen(NEGATIVE if figure.rejected else INK, 3.0 if figure.rejected else 1.2)
        if figure.isolate:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(STAR if figure.star else NODE))
        painter.drawEllipse(centre, radius, radius)
        if figure.rejected:
            d = radius * 0.5
            painter.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d))
            painter.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d))
        label = self.labels.get(number, "")
        font = painter.font()
        font.setBold(figure.star)
        painter.setFont(font)
        box = QRectF(centre.x() - 60, centre.y() + radius + 1, 120, 16)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        used = painter.boundingRect(box, flags, label).adjusted(-2, 0, 2, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))  # readable over the arrows
        painter.drawRoundedRect(used, 3, 3)
        painter.setPen(INK)
        painter.drawText(box, flags, label)
