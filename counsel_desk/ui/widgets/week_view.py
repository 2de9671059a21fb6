"""The week of appointments, Monday to Saturday, painted (issue 20, item 5).

One column per day, one block per appointment, placed by its start and end; blocks that
overlap share their column side by side and are marked as conflicts (a red edge and a
"!" corner). The whole day is drawn; the scroll area around it opens at school hours
(07:00). A block is moved by dragging it (day and time, snapped to ``snap`` minutes) —
the view only asks (``move_requested``); the window decides, saves and offers Undo.
Double-click or Enter edits; the arrow keys move the selection. Nothing here reads the
vault: the window hands in the appointments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from counsel_desk.domain.appointments import (
    CLIENT_KINDS,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    conflicts,
)
from counsel_desk.export.ics import SUMMARY_TEXTS, summary
from counsel_desk.ui.labels import format_date, name_of

DAYS = 6  # Monday to Saturday
GUTTER = 48  # the hours' column
HOUR_PX = 44
DAY_START, DAY_END = 7, 16  # school hours: where the view opens
_DRAG_START = 4  # pixels before a press becomes a drag

_KIND_COLORS = {
    AppointmentKind.CLIENT: "#2f6fb2",
    AppointmentKind.PARENT_MEETING: "#7a4fa3",
    AppointmentKind.CLASS: "#2e8b57",
    AppointmentKind.GROUP: "#b7791f",
    AppointmentKind.OTHER: "#5f6b7a",
}
_CONFLICT = QColor("#c53030")


def title_of(appointment: Appointment) -> str:
    """What a block, a list and the calendar call an appointment: its kind with a case
    code or a class, in the UI language (the calendar's own words)."""
    words = {k: QCoreApplication.translate("CalendarExport", v) for k, v in SUMMARY_TEXTS.items()}
    return summary(appointment, words)


@dataclass
class _Block:
    appointment: Appointment
    rect: QRectF
    conflict: bool


class WeekView(QWidget):
    """The painted week. ``set_week(monday, appointments)`` shows one; signals ask the
    window for what she did."""

    edit_requested = Signal(int)  # an appointment's id
    create_requested = Signal(object, object)  # day, time: a double-click on empty space
    move_requested = Signal(int, object, object)  # id, new day, new start
    selection_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self._today = today
        self.monday = today() - dt.timedelta(days=today().weekday())
        self._appointments: list[Appointment] = []
        self._conflicting: set[int] = set()  # positions in _appointments
        self._blocks: list[_Block] = []
        self._selected: int | None = None  # an appointment id
        self._press: QPoint | None = None
        self._grab_offset = 0.0  # minutes between the block's start and the press
        self._drag_target: tuple[dt.date, dt.time] | None = None
        self.snap = 15
        self.privacy = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumHeight(24 * HOUR_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Week of appointments"))
        self._describe()

    # -- what is shown ----------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(GUTTER + DAYS * 150, 24 * HOUR_PX)

    def set_week(self, monday: dt.date, appointments: Sequence[Appointment]) -> None:
        self.monday = monday
        end = monday + dt.timedelta(days=DAYS - 1)
        self._appointments = [a for a in appointments if monday <= a.day <= end]
        self._conflicting = set(conflicts(self._appointments))
        ids = {a.id for a in self._appointments}
        if self._selected not in ids:
            self._selected = None
        self._layout()
        self._describe()
        self.update()

    @property
    def appointments(self) -> list[Appointment]:
        return list(self._appointments)

    def conflicting_ids(self) -> set[int]:
        return {a.id for i, a in enumerate(self._appointments) if i in self._conflicting and a.id}

    @property
    def selected_id(self) -> int | None:
        return self._selected

    def select(self, appointment_id: int | None) -> None:
        self._selected = appointment_id
        self._describe()
        self.update()
        self.selection_changed.emit()

    def block_rect(self, appointment_id: int) -> QRect:
        """Where a block is drawn (for tests and the screenshots)."""
        for block in self._blocks:
            if block.appointment.id == appointment_id:
                return block.rect.toRect()
        return QRect()

    # -- geometry ---------------------------------------------------------------------
    def _column_width(self) -> float:
        return max(40.0, (self.width() - GUTTER) / DAYS)

    def y_of(self, time: dt.time) -> float:
        return (time.hour + time.minute / 60) * HOUR_PX

    def point_of(self, day: dt.date, time: dt.time) -> QPoint:
        """The middle of ``day``'s column at ``time`` (for tests and the screenshots)."""
        index = (day - self.monday).days
        x = GUTTER + (index + 0.5) * self._column_width()
        return QPoint(int(x), int(self.y_of(time)) + 1)

    def _at(self, pos: QPoint) -> tuple[dt.date, int]:
        """The day and the minute of the day at ``pos``."""
        index = int((pos.x() - GUTTER) // self._column_width())
        index = min(max(index, 0), DAYS - 1)
        minute = int(pos.y() / HOUR_PX * 60)
        return self.monday + dt.timedelta(days=index), min(max(minute, 0), 24 * 60 - 1)

    def _layout(self) -> None:
        """Blocks placed by time; the blocks of a cluster of overlapping ones side by
        side, each in the first lane free at its start."""
        width = self._column_width()
        blocks: list[_Block] = []
        by_day: dict[dt.date, list[int]] = {}
        for i, a in enumerate(self._appointments):
            by_day.setdefault(a.day, []).append(i)
        for day, indexes in by_day.items():
            indexes.sort(key=lambda i: (self._appointments[i].start, self._appointments[i].end))
            cluster: list[tuple[int, int]] = []  # (index, lane)
            cluster_end = dt.time(0, 0)
            lanes_end: list[dt.time] = []

            def flush(day: dt.date, cluster: list[tuple[int, int]]) -> None:
                lanes = max((lane for _, lane in cluster), default=0) + 1
                for i, lane in cluster:
                    a = self._appointments[i]
                    x = GUTTER + (day - self.monday).days * width + 2 + lane * (width - 4) / lanes
                    top = self.y_of(a.start)
                    height = max(self.y_of(a.end) - top, 14.0)
                    rect = QRectF(x, top, (width - 4) / lanes - 2, height - 1)
                    blocks.append(_Block(a, rect, i in self._conflicting))

            for i in indexes:
                a = self._appointments[i]
                if cluster and a.start >= cluster_end:
                    flush(day, cluster)
                    cluster, lanes_end = [], []
                lane = next((n for n, end in enumerate(lanes_end) if end <= a.start), None)
                if lane is None:
                    lane = len(lanes_end)
                    lanes_end.append(a.end)
                else:
                    lanes_end[lane] = a.end
                cluster.append((i, lane))
                cluster_end = max(cluster_end, a.end)
            if cluster:
                flush(day, cluster)
        self._blocks = blocks

    def resizeEvent(self, event: object) -> None:
        self._layout()
        super().resizeEvent(event)  # type: ignore[arg-type]

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        width = self._column_width()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        today = self._today()
        # school hours, today's column
        school = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(
            QRectF(GUTTER, DAY_START * HOUR_PX, DAYS * width, (DAY_END - DAY_START) * HOUR_PX),
            school,
        )
        if 0 <= (today - self.monday).days < DAYS:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(28)
            x = GUTTER + (today - self.monday).days * width
            painter.fillRect(QRectF(x, 0, width, 24 * HOUR_PX), highlight)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        text = palette.color(QPalette.ColorRole.Text)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for hour in range(25):
            y = hour * HOUR_PX
            painter.setPen(QPen(grid, 1))
            painter.drawLine(GUTTER, y, self.width(), y)
            if hour < 24:
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y + 1, GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{hour:02d}:00",
                )
        for day in range(DAYS + 1):
            x = GUTTER + day * width
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(x), 0, int(x), 24 * HOUR_PX)
        for block in self._blocks:
            self._paint_block(painter, block, small)
        if self._drag_target is not None and self._selected is not None:
            dragged = next((b for b in self._blocks if b.appointment.id == self._selected), None)
            if dragged is not None:
                moved = dragged.appointment.moved(*self._drag_target)
                x = GUTTER + (moved.day - self.monday).days * width + 2
                top = self.y_of(moved.start)
                ghost = QRectF(x, top, width - 6, max(self.y_of(moved.end) - top, 14.0))
                painter.setPen(
                    QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
                )
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(ghost, 4, 4)
                painter.setPen(text)
                painter.drawText(
                    ghost.adjusted(4, 2, -4, -2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    f"{moved.start:%H:%M}–{moved.end:%H:%M}",
                )
        painter.end()

    def _paint_block(self, painter: QPainter, block: _Block, font: QFont) -> None:
        a = block.appointment
        color = QColor(_KIND_COLORS[AppointmentKind(a.kind)])
        cancelled = a.status is AppointmentStatus.CANCELLED
        if cancelled:
            color.setAlpha(70)
        elif a.status in (AppointmentStatus.HELD, AppointmentStatus.NO_SHOW):
            color = color.darker(130)
        painter.setBrush(color)
        selected = a.id is not None and a.id == self._selected
        edge = _CONFLICT if block.conflict else color.darker(150)
        painter.setPen(QPen(edge, 3 if block.conflict or selected else 1))
        if selected:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
        painter.drawRoundedRect(block.rect, 4, 4)
        if block.conflict:
            corner = QRectF(block.rect.right() - 14, block.rect.top() + 1, 13, 13)
            painter.setBrush(_CONFLICT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(corner)
            painter.setPen(QColor("white"))
            painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, "!")
        painter.setPen(QColor("#1a1a1a") if cancelled else QColor("white"))
        painter.setFont(font)
        lines = [f"{a.start:%H:%M}–{a.end:%H:%M}", title_of(a)]
        if a.kind in CLIENT_KINDS:  # the case code first: it is what she looks for
            lines = [lines[0], a.case_code or "", name_of(a.kind)]
        if a.status is not AppointmentStatus.PLANNED:
            lines.append(name_of(a.status))
        if not self.privacy and a.place:
            lines.append(a.place)
        area = block.rect.adjusted(4, 1, -14 if block.conflict else -3, -1)
        metrics = QFontMetrics(font)
        fits = max(1, int(area.height() // metrics.lineSpacing()))
        if fits == 1:
            lines = [f"{a.start:%H:%M} {lines[1]}"]
        shown = [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(area.width()))
            for line in lines[:fits]
        ]
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), "\n".join(shown)
        )

    # -- mouse ------------------------------------------------------------------------
    def _hit(self, pos: QPoint) -> Appointment | None:
        for block in reversed(self._blocks):
            if block.rect.contains(pos.toPointF()):
                return block.appointment
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._hit(event.position().toPoint())
        self.select(hit.id if hit is not None else None)
        if hit is not None:
            self._press = event.position().toPoint()
            minute = event.position().y() / HOUR_PX * 60
            self._grab_offset = minute - (hit.start.hour * 60 + hit.start.minute)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._selected is None:
            return
        pos = event.position().toPoint()
        if self._drag_target is None and (pos - self._press).manhattanLength() < _DRAG_START:
            return
        day, _ = self._at(pos)
        minute = pos.y() / HOUR_PX * 60 - self._grab_offset
        snapped = int(round(minute / self.snap) * self.snap)
        snapped = min(max(snapped, 0), 24 * 60 - self.snap)
        self._drag_target = (day, dt.time(snapped // 60, snapped % 60))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target, chosen = self._drag_target, self._selected
        self._press, self._drag_target = None, None
        self.update()
        if target is None or chosen is None:
            return
        current = next((a for a in self._appointments if a.id == chosen), None)
        if current is not None and (current.day, current.start) != target:
            self.move_requested.emit(chosen, target[0], target[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if hit is not None and hit.id is not None:
            self.edit_requested.emit(hit.id)
            return
        day, minute = self._at(event.position().toPoint())
        minute = minute // 15 * 15
        self.create_requested.emit(day, dt.time(minute // 60, minute % 60))

    # -- keyboard ---------------------------------------------------------------------
    def _ordered(self) -> list[Appointment]:
        return sorted(self._appointments, key=lambda a: (a.day, a.start, a.id or 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ordered = self._ordered()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.edit_requested.emit(self._selected)
            return
        if not ordered or key not in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            super().keyPressEvent(event)
            return
        current = next((a for a in ordered if a.id == self._selected), None)
        if current is None:
            self.select(ordered[0].id)
            return
        at = ordered.index(current)
        if key == Qt.Key.Key_Down:
            chosen = ordered[min(at + 1, len(ordered) - 1)]
        elif key == Qt.Key.Key_Up:
            chosen = ordered[max(at - 1, 0)]
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            days = [a for a in ordered if (a.day - current.day).days * step > 0]
            if not days:
                return
            nearest_day = min(days, key=lambda a: abs((a.day - current.day).days)).day
            chosen = min(
                (a for a in ordered if a.day == nearest_day),
                key=lambda a: abs(self.y_of(a.start) - self.y_of(current.start)),
            )
        self.select(chosen.id)

    def _describe(self) -> None:
        chosen = next((a for a in self._appointments if a.id == self._selected), None)
        if chosen is None:
            self.setAccessibleDescription(
                self.tr(
                    "{count} appointments this week. Arrow keys choose one, Enter edits it; "
                    "drag a block to move it."
                ).format(count=len(self._appointments))
            )
            return
        conflict = chosen.id in self.conflicting_ids()
        text = self.tr("{day}, {start} to {end}: {title}, {status}").format(
            day=format_date(chosen.day),
            start=f"{chosen.start:%H:%M}",
            end=f"{chosen.end:%H:%M}",
            title=title_of(chosen),
            status=name_of(chosen.status),
        )
        if conflict:
            text += " " + self.tr("(overlaps another appointment)")
        self.setAccessibleDescription(text)

    def wipe(self) -> None:
        self._appointments, self._blocks, self._conflicting = [], [], set()
        self._selected = None
        self.update()
