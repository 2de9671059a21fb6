"""Boundary rules of the stored retention policy (domain/retention.py), written to kill the
mutants that survived the older tests: the years a counselor may choose (0 to 100, as the
settings page offers) come back as chosen, anything outside or not a number falls back to
the profile's default instead of destroying records early or keeping them for ever."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.retention import (
    CaseDates,
    RetentionPolicy,
    RetentionProfile,
    destruction_date,
)

YEAR_KEYS = ("school_years", "adult_years", "years_after_majority", "custom_years")


@pytest.mark.parametrize("key", YEAR_KEYS)
@pytest.mark.parametrize("years", [0, 1, 99, 100])
def test_every_number_of_years_the_settings_page_offers_is_read_back_as_chosen(
    key: str, years: int
) -> None:
    stored = RetentionPolicy().to_json() | {key: years}
    assert getattr(RetentionPolicy.from_json(stored), key) == years


@pytest.mark.parametrize("key", YEAR_KEYS)
@pytest.mark.parametrize("years", [-1, 101, 1000, "3", 3.0, None, True, False])
def test_years_outside_0_to_100_or_not_a_whole_number_fall_back_to_the_default(
    key: str, years: object
) -> None:
    stored = RetentionPolicy().to_json() | {key: years}
    assert getattr(RetentionPolicy.from_json(stored), key) == getattr(RetentionPolicy(), key)


def test_a_policy_stored_without_some_keys_keeps_the_defaults_for_those() -> None:
    policy = RetentionPolicy.from_json({"profile": "custom", "custom_years": 10})
    assert policy == RetentionPolicy(RetentionProfile.CUSTOM, custom_years=10)
    assert RetentionPolicy.from_json({}) == RetentionPolicy()
    assert RetentionPolicy.from_json({"school_years": 4}).profile is RetentionProfile.SCHOOL


def test_zero_years_makes_a_closed_school_case_due_the_day_it_closes() -> None:
    closed = dt.date(2025, 6, 20)
    policy = RetentionPolicy.from_json({"profile": "school", "school_years": 0})
    assert destruction_date(policy, CaseDates(closed, closed, None)) == closed
