"""Pausing Python's cyclic garbage collector around work that allocates many objects
which form no reference cycles (parsing a document, building the identifier set).

A full pass of the collector walks every tracked object and holds the interpreter while
it does: with a large caseload in memory, 100–300 ms in which the window cannot turn
(issue 14, "the GUI never stalls"), several times in one import. Objects freed by their
reference count go at once, paused or not; only cycles wait for the collector to run
again. Nested and concurrent pauses (an export's worker while an import runs) are
counted: the collector is back on when the last ends, and only if it was on before the
first. No Qt.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
