"""When a closed case is due for destruction, under each retention profile."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.retention import (
    CaseDates,
    RetentionPolicy,
    RetentionProfile,
    add_years,
    destruction_date,
    sole_possession_due,
)

D = dt.date


def test_open_case_has_no_destruction_date() -> None:
    for profile in RetentionProfile:
        assert (
            destruction_date(RetentionPolicy(profile), CaseDates(None, D(2025, 1, 1), None)) is None
        )


def test_school_keeps_the_record_years_after_the_student_leaves() -> None:
    case = CaseDates(closed_on=D(2025, 6, 20), last_service=D(2025, 6, 1), date_of_birth=None)
    policy = RetentionPolicy(RetentionProfile.SCHOOL, school_years=3)
    assert destruction_date(policy, case) == D(2028, 6, 20)
    assert sole_possession_due(policy, case) == D(2025, 6, 20)
    assert sole_possession_due(RetentionPolicy(RetentionProfile.ADULT_CLINICAL), case) is None


def test_adult_clinical_is_seven_years_after_the_last_service() -> None:
    case = CaseDates(closed_on=D(2025, 3, 1), last_service=D(2025, 2, 10), date_of_birth=None)
    assert destruction_date(RetentionPolicy(RetentionProfile.ADULT_CLINICAL), case) == D(2032, 3, 1)


def test_minor_clinical_waits_until_years_after_the_client_turns_18() -> None:
    case = CaseDates(
        closed_on=D(2025, 3, 1), last_service=D(2025, 3, 1), date_of_birth=D(2012, 9, 18)
    )
    policy = RetentionPolicy(RetentionProfile.MINOR_CLINICAL, years_after_majority=3, adult_years=7)
    # 18 on 2030-09-18, +3 = 2033-09-18, later than 7 years after service (2032-03-01)
    assert destruction_date(policy, case) == D(2033, 9, 18)
    older = CaseDates(D(2025, 3, 1), D(2025, 3, 1), D(2005, 1, 1))
    assert destruction_date(policy, older) == D(2032, 3, 1)
    unknown_age = CaseDates(D(2025, 3, 1), D(2025, 3, 1), None)
    assert destruction_date(policy, unknown_age) == D(2032, 3, 1)


def test_custom_years_after_last_service() -> None:
    case = CaseDates(D(2025, 3, 1), D(2025, 3, 1), None)
    assert destruction_date(RetentionPolicy(RetentionProfile.CUSTOM, custom_years=10), case) == D(
        2035, 3, 1
    )


def test_leap_day_plus_years() -> None:
    assert add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
    assert add_years(D(2024, 2, 29), 4) == D(2028, 2, 29)


def test_policy_survives_json_and_ignores_nonsense() -> None:
    policy = RetentionPolicy(RetentionProfile.MINOR_CLINICAL, 2, 8, 4, 6)
    assert RetentionPolicy.from_json(policy.to_json()) == policy
    assert RetentionPolicy.from_json({"profile": "forever", "adult_years": -5}) == RetentionPolicy()
    assert RetentionPolicy.from_json("garbage") == RetentionPolicy()
