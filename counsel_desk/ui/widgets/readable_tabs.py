"""A tab bar whose names stay readable when the tabs do not all fit.

Qt shortens every tab of a crowded bar towards a minimum of one letter and "…"
("P…" for "Profil", "K…" for "Kasus"), which tells her nothing. Here a tab is shortened
no further than its first few letters (a short name stays whole); the full name is its
tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar

KEPT_LETTERS = 7
"""A tab's name is shortened no further than this many letters and "…"."""


class ReadableTabBar(QTabBar):
    def minimumTabSizeHint(self, index: int) -> QSize:
        natural = self.tabSizeHint(index)
        text = self.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&")
        if len(text) <= KEPT_LETTERS:
            return natural  # a short name is never shortened
        metrics = self.fontMetrics()
        padding = natural.width() - metrics.horizontalAdvance(text)
        shortened = padding + metrics.horizontalAdvance(text[:KEPT_LETTERS].rstrip() + "…")
        return QSize(min(natural.width(), shortened), natural.height())
