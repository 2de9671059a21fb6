"""Retention: when a closed case's records are due for destruction.

Profiles follow common professional guidance; the counselor picks one in Settings and
may set the years. A legal hold (for example after an abuse report) keeps a case past
its date. Pure rules: the dates come in, a decision comes out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.model import ADULT_AGE
from counsel_desk.i18n import QT_TRANSLATE_NOOP


class RetentionProfile(StrEnum):
    SCHOOL = "school"
    ADULT_CLINICAL = "adult_clinical"
    MINOR_CLINICAL = "minor_clinical"
    CUSTOM = "custom"


PROFILE_NAMES = {
    RetentionProfile.SCHOOL: QT_TRANSLATE_NOOP("Retention", "School"),
    RetentionProfile.ADULT_CLINICAL: QT_TRANSLATE_NOOP("Retention", "Adult clinical"),
    RetentionProfile.MINOR_CLINICAL: QT_TRANSLATE_NOOP("Retention", "Minor clinical"),
    RetentionProfile.CUSTOM: QT_TRANSLATE_NOOP("Retention", "Custom"),
}


@dataclass(frozen=True)
class RetentionPolicy:
    profile: RetentionProfile = RetentionProfile.SCHOOL
    # SCHOOL: years the record is kept after the student leaves (the case closes);
    # sole-possession notes are due the day the case closes.
    school_years: int = 3
    # ADULT_CLINICAL: years after the last service.
    adult_years: int = 7
    # MINOR_CLINICAL: years after the client turns 18 (and never before adult_years
    # after the last service).
    years_after_majority: int = 3
    # CUSTOM: years after the last service.
    custom_years: int = 5

    def to_json(self) -> dict[str, object]:
        return {
            "profile": self.profile.value,
            "school_years": self.school_years,
            "adult_years": self.adult_years,
            "years_after_majority": self.years_after_majority,
            "custom_years": self.custom_years,
        }

    @classmethod
    def from_json(cls, data: object) -> RetentionPolicy:
        if not isinstance(data, dict):
            return cls()
        default = cls()

        def years(key: str, fallback: int) -> int:
            value = data.get(key)  # a missing key is None: not an int, so the fallback
            if isinstance(value, bool) or not isinstance(value, int):  # true is no year
                return fallback
            return value if 0 <= value <= 100 else fallback

        try:
            profile = RetentionProfile(data["profile"])
        except (KeyError, ValueError):
            profile = default.profile
        return cls(
            profile,
            years("school_years", default.school_years),
            years("adult_years", default.adult_years),
            years("years_after_majority", default.years_after_majority),
            years("custom_years", default.custom_years),
        )


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` plus whole years (29 February becomes 28 February when needed)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class CaseDates:
    """What retention needs to know of a case."""

    closed_on: dt.date | None
    last_service: dt.date | None
    date_of_birth: dt.date | None


def destruction_date(policy: RetentionPolicy, case: CaseDates) -> dt.date | None:
    """The day a closed case becomes due for destruction; None while it is open."""
    if case.closed_on is None:
        return None
    last = max(d for d in (case.closed_on, case.last_service) if d is not None)
    match policy.profile:
        case RetentionProfile.SCHOOL:
            return add_years(case.closed_on, policy.school_years)
        case RetentionProfile.ADULT_CLINICAL:
            return add_years(last, policy.adult_years)
        case RetentionProfile.MINOR_CLINICAL:
            after_service = add_years(last, policy.adult_years)
            if case.date_of_birth is None:
                return after_service
            majority = add_years(case.date_of_birth, ADULT_AGE)
            return max(add_years(majority, policy.years_after_majority), after_service)
        case RetentionProfile.CUSTOM:
            return add_years(last, policy.custom_years)
    return None  # pragma: no cover - every profile is matched above


def sole_possession_due(policy: RetentionPolicy, case: CaseDates) -> dt.date | None:
    """School counselors' sole-possession notes go when the student leaves the school."""
    if policy.profile is RetentionProfile.SCHOOL:
        return case.closed_on
    return None
