"""How long the GUI's event loop went without a turn: the longest gap between ticks.

A :class:`TickGaps` is fed the time of each event-loop tick (``tick``) between ``start``
and ``stop``; it keeps the longest gaps. :func:`record_ticks` drives one from a Qt
timer (1 ms, precise) on the GUI thread: whenever the loop is held up (a slow slot, a
read waiting for the vault's lock, a big repaint) the timer cannot fire, and the gap
shows it. A gap of a few milliseconds is the loop idling; 100 ms is a window that
visibly stops.

The bookkeeping is pure (no Qt) so that it is tested on its own
(``tests/unit/test_bench_ticks.py``).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class TickGaps:
    """The gaps between consecutive ticks, in seconds; the first gap runs from ``start``
    and the last one ends at ``stop`` (work that blocks the loop until the very end is
    counted)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter, keep: int = 5) -> None:
        self._clock = clock
        self._keep = keep
        self._last: float | None = None
        self._started: float | None = None
        self._longest: list[float] = []  # ascending, at most ``keep``
        self.ticks = 0
        self.elapsed_s = 0.0

    @property
    def running(self) -> bool:
        return self._last is not None

    def start(self, now: float | None = None) -> None:
        at = self._clock() if now is None else now
        self._started = self._last = at
        self._longest = []
        self.ticks = 0
        self.elapsed_s = 0.0

    def tick(self, now: float | None = None) -> None:
        if self._last is None:
            return  # not started (or stopped): a late timer event counts for nothing
        at = self._clock() if now is None else now
        self._add(at - self._last)
        self._last = at
        self.ticks += 1

    def stop(self, now: float | None = None) -> None:
        if self._last is None or self._started is None:
            return
        at = self._clock() if now is None else now
        self._add(at - self._last)
        self.elapsed_s = at - self._started
        self._last = None

    def _add(self, gap: float) -> None:
        bisect.insort(self._longest, max(0.0, gap))
        if len(self._longest) > self._keep:
            del self._longest[0]

    @property
    def longest_s(self) -> float:
        return self._longest[-1] if self._longest else 0.0

    def longest_ms(self, count: int = 1) -> list[float]:
        """The ``count`` longest gaps, longest first, in milliseconds."""
        return [g * 1000.0 for g in reversed(self._longest[-count:])]

    def report(self) -> dict[str, Any]:
        return {
            "longest_gap_ms": round(self.longest_s * 1000.0, 1),
            "longest_gaps_ms": [round(g, 1) for g in self.longest_ms(self._keep)],
            "ticks": self.ticks,
            "elapsed_ms": round(self.elapsed_s * 1000.0, 1),
        }


@contextmanager
def record_ticks(interval_ms: int = 1) -> Iterator[TickGaps]:
    """Tick gaps of the GUI thread's event loop while the ``with`` block and whatever it
    waits for run (the loop must be turning: a nested ``QEventLoop`` or ``exec``)."""
    from PySide6.QtCore import Qt, QTimer

    gaps = TickGaps()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: gaps.tick())
    gaps.start()
    timer.start()
    try:
        yield gaps
    finally:
        timer.stop()
        gaps.stop()
