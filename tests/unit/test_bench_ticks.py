"""The bench's tick-gap recorder finds the longest time the GUI's loop went without a turn."""

from __future__ import annotations

from bench.ticks import TickGaps


def test_the_longest_gap_between_ticks_is_reported_longest_first() -> None:
    gaps = TickGaps(keep=3)
    gaps.start(now=10.0)
    for at in (10.001, 10.002, 10.250, 10.251, 10.300, 10.301):
        gaps.tick(now=at)
    gaps.stop(now=10.302)
    assert round(gaps.longest_s, 6) == 0.248
    assert [round(g, 3) for g in gaps.longest_ms(3)] == [248.0, 49.0, 1.0]
    assert gaps.ticks == 6
    assert round(gaps.elapsed_s, 6) == 0.302
    assert gaps.report()["longest_gap_ms"] == 248.0


def test_work_that_blocks_until_the_end_counts_as_a_gap() -> None:
    gaps = TickGaps()
    gaps.start(now=0.0)
    gaps.tick(now=0.001)
    gaps.stop(now=0.501)  # no tick came in the last half second
    assert round(gaps.longest_s, 6) == 0.5


def test_work_that_blocks_from_the_start_counts_as_a_gap() -> None:
    gaps = TickGaps()
    gaps.start(now=0.0)
    gaps.tick(now=0.3)  # the first tick came late
    gaps.tick(now=0.301)
    gaps.stop(now=0.302)
    assert round(gaps.longest_s, 6) == 0.3


def test_ticks_before_start_or_after_stop_count_for_nothing() -> None:
    gaps = TickGaps()
    gaps.tick(now=5.0)
    assert gaps.ticks == 0 and gaps.longest_s == 0.0
    gaps.start(now=1.0)
    gaps.tick(now=1.01)
    gaps.stop(now=1.02)
    gaps.tick(now=9.0)  # a timer event delivered after stop
    assert gaps.ticks == 1
    assert round(gaps.longest_s, 6) == 0.01


def test_a_new_start_forgets_the_previous_run() -> None:
    gaps = TickGaps()
    gaps.start(now=0.0)
    gaps.stop(now=2.0)
    gaps.start(now=3.0)
    gaps.tick(now=3.004)
    gaps.stop(now=3.005)
    assert round(gaps.longest_s, 6) == 0.004
