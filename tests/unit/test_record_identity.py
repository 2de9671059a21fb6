"""The ids and stamps of records (vault/identity.py): UUIDv7 ids, and stamps of a hybrid
logical clock that order as strings and never go back."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.vault import identity

DEVICE = "3f2a9c1d4e5b6a70"
MS = 1_000_000
YEAR_MS = 365 * 24 * 3600 * 1000


class Wall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms * MS


def test_an_id_is_a_uuid7_carrying_its_millisecond_and_ids_differ() -> None:
    ms = 1_796_000_000_123
    ids = {identity.new_uid(ms) for _ in range(5000)}
    assert len(ids) == 5000
    for text in list(ids)[:50]:
        value = uuid.UUID(text)
        assert value.version == 7 and value.variant == uuid.RFC_4122
        assert value.int >> 80 == ms
        assert identity.is_uid(text) and text == str(value)
    assert identity.new_uid(ms) < identity.new_uid(ms + 1)


def test_a_stamp_says_the_time_the_counter_and_the_device() -> None:
    clock = identity.HybridClock(DEVICE, wall=Wall(1_796_000_000_123))
    stamp = clock.tick()
    assert stamp == f"2026-11-30T00:53:20.123Z/0000/{DEVICE}"
    assert identity.parse_stamp(stamp) == (1_796_000_000_123, 0, DEVICE)
    assert identity.is_stamp(stamp)
    for bad in ("", stamp + " ", stamp.replace("Z", ""), stamp.upper(), "2026-11-29/0/x"):
        assert not identity.is_stamp(bad)


@given(st.lists(st.integers(-2 * YEAR_MS, 2 * YEAR_MS), min_size=1, max_size=60))
def test_stamps_order_as_strings_in_the_order_given_whatever_the_wall_clock_does(
    moves: list[int],
) -> None:
    wall = Wall(1_796_000_000_000)
    clock = identity.HybridClock(DEVICE, wall=wall)
    stamps = []
    for move in moves:
        wall.ms = max(wall.ms + move, 0)
        stamps.append(clock.tick())
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_clock_set_back_a_year_counts_on_from_the_newest_stamp() -> None:
    wall = Wall(1_796_000_000_000)
    clock = identity.HybridClock(DEVICE, wall=wall)
    newest = clock.tick()
    wall.ms -= YEAR_MS
    later = clock.tick()
    assert later > newest
    assert identity.parse_stamp(later)[:2] == (1_796_000_000_000, 1)
    wall.ms += 2 * YEAR_MS  # and back with the wall clock once it is ahead again
    assert identity.parse_stamp(clock.tick())[:2] == (1_796_000_000_000 + YEAR_MS, 0)


def test_the_counter_full_moves_to_the_next_millisecond() -> None:
    clock = identity.HybridClock(DEVICE, wall=Wall(1_796_000_000_000))
    stamps = [clock.tick() for _ in range(0x10001)]
    assert identity.parse_stamp(stamps[0xFFFF])[:2] == (1_796_000_000_000, 0xFFFF)
    assert identity.parse_stamp(stamps[0x10000])[:2] == (1_796_000_000_001, 0)
    assert stamps == sorted(stamps)


def test_a_stamp_seen_from_another_device_is_never_followed_by_an_older_one() -> None:
    clock = identity.HybridClock(DEVICE, wall=Wall(1_796_000_000_000))
    theirs = identity.format_stamp(1_796_000_600_000, 7, "0123456789abcdef")
    clock.observe(theirs)
    ours = clock.tick()
    assert identity.parse_stamp(ours) == (1_796_000_600_000, 8, DEVICE)
    clock.observe(identity.format_stamp(1_700_000_000_000, 0, "0123456789abcdef"))
    assert clock.tick() > ours


def test_one_transaction_one_stamp() -> None:
    stamps = identity.TransactionStamps(identity.HybridClock(DEVICE, wall=Wall(1_796_000_000_000)))
    assert stamps.drawn is None
    first = stamps.current()
    assert stamps.current() == first == stamps.drawn
    assert stamps.end() == first and stamps.drawn is None
    assert stamps.current() > first
