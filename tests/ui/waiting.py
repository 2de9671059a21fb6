"""Waiting for what the window reads in the background before a test looks at it."""

from __future__ import annotations

from typing import Any


def today_view_read(qtbot: Any, window: Any, timeout: int = 10000) -> None:
    """The Today view's attention items and reminders are read and shown (the caseload
    list itself is read at once)."""
    qtbot.waitUntil(
        lambda: not window.workspace.refreshing and not window.plan_actions.reminders_pending,
        timeout=timeout,
    )
