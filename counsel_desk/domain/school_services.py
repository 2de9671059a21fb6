"""Which school counseling service a contact was (issue 17).

Every session (and, later, every activity) may carry a :class:`ServiceClass`: its
*komponen*, one or more *bidang* and its *strategi*, from the closed vocabularies in
``domain/enums.py``. An English-medium school reads the same contact as an ASCA
use-of-time category, derived from the classification (:func:`derived_use_of_time`)
unless the counselor chose another for this contact.

The classification is bookkeeping for the school's reports, not part of what a signed
note vouches for: it may be set or corrected after signing (the vault audits each change).
No Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from counsel_desk.domain.enums import (
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    UseOfTime,
)

_BY_STRATEGY: Final[dict[ServiceStrategy, UseOfTime]] = {
    ServiceStrategy.INDIVIDUAL_COUNSELING: UseOfTime.DIRECT_COUNSELING,
    ServiceStrategy.GROUP_COUNSELING: UseOfTime.DIRECT_COUNSELING,
    ServiceStrategy.GROUP_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    ServiceStrategy.CLASSROOM_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    ServiceStrategy.CROSS_CLASS_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    ServiceStrategy.CONSULTATION: UseOfTime.INDIRECT_CONSULTATION,
    ServiceStrategy.COLLABORATION: UseOfTime.INDIRECT_CONSULTATION,
    ServiceStrategy.HOME_VISIT: UseOfTime.INDIRECT_CONSULTATION,
    ServiceStrategy.CASE_CONFERENCE: UseOfTime.INDIRECT_CONSULTATION,
    ServiceStrategy.ADVOCACY: UseOfTime.INDIRECT_CONSULTATION,
    ServiceStrategy.MEDIATION: UseOfTime.INDIRECT_CONSULTATION,
    ServiceStrategy.REFERRAL: UseOfTime.INDIRECT_REFERRAL,
}

# What a new note of each kind is most likely to have been, offered until she chooses.
_SUGGESTED: Final[dict[SessionKind, ServiceStrategy]] = {
    SessionKind.INDIVIDUAL: ServiceStrategy.INDIVIDUAL_COUNSELING,
    SessionKind.GROUP: ServiceStrategy.GROUP_COUNSELING,
    SessionKind.FAMILY: ServiceStrategy.CONSULTATION,
    SessionKind.CONSULTATION: ServiceStrategy.CONSULTATION,
}


def derived_use_of_time(component: ServiceComponent, strategy: ServiceStrategy) -> UseOfTime:
    """The ASCA category of a contact: individual planning is appraisal and advisement and
    system support is program planning and school support whatever the strategy; the
    other components follow the strategy."""
    if component is ServiceComponent.INDIVIDUAL_PLANNING:
        return UseOfTime.DIRECT_APPRAISAL
    if component is ServiceComponent.SYSTEM_SUPPORT:
        return UseOfTime.PROGRAM_SUPPORT
    return _BY_STRATEGY[strategy]


def suggested_strategy(kind: SessionKind) -> ServiceStrategy:
    return _SUGGESTED[kind]


@dataclass(frozen=True)
class ServiceClass:
    """The service a contact was. ``use_of_time`` is the counselor's own choice of ASCA
    category for this contact, ``None`` when it is derived."""

    component: ServiceComponent
    strategy: ServiceStrategy
    fields: tuple[ServiceField, ...]
    use_of_time: UseOfTime | None = None

    def to_json(self) -> dict[str, object]:
        """As an autosaved draft keeps it."""
        return {
            "component": self.component.value,
            "fields": [a.value for a in self.fields],
            "strategy": self.strategy.value,
            "use_of_time": self.use_of_time.value if self.use_of_time is not None else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ServiceClass:
        fields = data.get("fields") or []
        assert isinstance(fields, list)
        use_of_time = data.get("use_of_time")
        return cls(
            component=ServiceComponent(str(data["component"])),
            strategy=ServiceStrategy(str(data["strategy"])),
            fields=tuple(ServiceField(str(a)) for a in fields),
            use_of_time=UseOfTime(str(use_of_time)) if use_of_time is not None else None,
        )

    @property
    def asca(self) -> UseOfTime:
        """The ASCA category the reports count this contact under."""
        if self.use_of_time is not None:
            return self.use_of_time
        return derived_use_of_time(self.component, self.strategy)


CLIENT_STRATEGIES: Final[tuple[ServiceStrategy, ...]] = tuple(
    s for s in ServiceStrategy if not s.is_guidance
)
"""The strategies a note in a client's record may have (guidance of a group or a class
keeps no client record: it is an activity)."""
