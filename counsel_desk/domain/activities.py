"""The activity log (issue 17, item 2): work of the BK program that is not about one
client — classical guidance in a class, group guidance, parent meetings, staff
consultations, program evaluation, duties that are not counseling.

An activity keeps no student's name: the service checks its text against everyone the
vault knows before saving (``services/activities.py``). Here: the record, its rules and the
ASCA category it counts under. No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from counsel_desk.domain.enums import (
    ActivityKind,
    ServiceComponent,
    ServiceStrategy,
    UseOfTime,
)
from counsel_desk.domain.school_services import ServiceClass

MAX_PERIODS: Final = 40  # JP in one activity (a whole week of lessons)
MAX_MINUTES: Final = 1440
MAX_STUDENTS: Final = 2000
MAX_TOPIC: Final = 200

# What each kind of activity usually is, offered when she picks the kind.
_SUGGESTED: Final[dict[ActivityKind, ServiceClass | None]] = {
    ActivityKind.CLASSROOM_GUIDANCE: ServiceClass(
        ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, ()
    ),
    ActivityKind.GROUP_GUIDANCE: ServiceClass(
        ServiceComponent.BASIC, ServiceStrategy.GROUP_GUIDANCE, ()
    ),
    ActivityKind.CROSS_CLASS_GUIDANCE: ServiceClass(
        ServiceComponent.BASIC, ServiceStrategy.CROSS_CLASS_GUIDANCE, ()
    ),
    ActivityKind.PARENT_MEETING: ServiceClass(
        ServiceComponent.SYSTEM_SUPPORT, ServiceStrategy.CONSULTATION, ()
    ),
    ActivityKind.STAFF_CONSULTATION: ServiceClass(
        ServiceComponent.SYSTEM_SUPPORT, ServiceStrategy.COLLABORATION, ()
    ),
    ActivityKind.PROGRAM_EVALUATION: ServiceClass(
        ServiceComponent.SYSTEM_SUPPORT, ServiceStrategy.COLLABORATION, ()
    ),
    ActivityKind.NON_COUNSELING_DUTY: None,
}

_UNCLASSIFIED_ASCA: Final[dict[ActivityKind, UseOfTime]] = {
    ActivityKind.CLASSROOM_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    ActivityKind.GROUP_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    ActivityKind.CROSS_CLASS_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    ActivityKind.PARENT_MEETING: UseOfTime.INDIRECT_CONSULTATION,
    ActivityKind.STAFF_CONSULTATION: UseOfTime.INDIRECT_CONSULTATION,
    ActivityKind.PROGRAM_EVALUATION: UseOfTime.PROGRAM_SUPPORT,
    ActivityKind.NON_COUNSELING_DUTY: UseOfTime.NON_COUNSELING,
}


def suggested_service(kind: ActivityKind) -> ServiceClass | None:
    """The komponen and strategi an activity of ``kind`` usually has (no bidang yet)."""
    return _SUGGESTED[ActivityKind(kind)]


@dataclass
class Activity:
    """One entry of the activity log. ``class_name`` is the class (rombel) it was given
    in, ``students_present`` how many took part; its length is in lesson periods (JP,
    ``periods``) or in minutes, never both."""

    kind: ActivityKind
    date: dt.date
    topic: str
    class_name: str | None = None
    students_present: int | None = None
    periods: int | None = None
    minutes: int | None = None
    notes: str = ""
    service: ServiceClass | None = None
    id: int | None = None
    rpl: int | None = None  # the planned session (program item) it carried out

    @property
    def asca(self) -> UseOfTime:
        """The ASCA category the reports count this activity under."""
        if ActivityKind(self.kind) is ActivityKind.NON_COUNSELING_DUTY:
            return UseOfTime.NON_COUNSELING
        if self.service is not None:
            return self.service.asca
        return _UNCLASSIFIED_ASCA[ActivityKind(self.kind)]

    def length_in_minutes(self, minutes_per_period: int) -> int | None:
        """How long it took, with one JP of ``minutes_per_period`` minutes."""
        if self.periods is not None:
            return self.periods * minutes_per_period
        return self.minutes

    def texts(self) -> list[tuple[str, str]]:
        """(key, text) of every free text, to check for names."""
        return [
            (key, value)
            for key, value in (
                ("topic", self.topic),
                ("class_name", self.class_name or ""),
                ("notes", self.notes),
            )
            if value
        ]
