"""The ASCA use-of-time category each BK contact is reported under (issue 17): the
mapping the issue gives, every strategy under every component."""

from __future__ import annotations

import pytest

from counsel_desk.domain.enums import (
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    UseOfTime,
)
from counsel_desk.domain.school_services import (
    CLIENT_STRATEGIES,
    ServiceClass,
    derived_use_of_time,
    suggested_strategy,
)

S = ServiceStrategy
BY_STRATEGY = {
    S.INDIVIDUAL_COUNSELING: UseOfTime.DIRECT_COUNSELING,
    S.GROUP_COUNSELING: UseOfTime.DIRECT_COUNSELING,
    S.CLASSROOM_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    S.GROUP_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    S.CROSS_CLASS_GUIDANCE: UseOfTime.DIRECT_INSTRUCTION,
    S.CONSULTATION: UseOfTime.INDIRECT_CONSULTATION,
    S.COLLABORATION: UseOfTime.INDIRECT_CONSULTATION,
    S.HOME_VISIT: UseOfTime.INDIRECT_CONSULTATION,
    S.CASE_CONFERENCE: UseOfTime.INDIRECT_CONSULTATION,
    S.ADVOCACY: UseOfTime.INDIRECT_CONSULTATION,
    S.MEDIATION: UseOfTime.INDIRECT_CONSULTATION,
    S.REFERRAL: UseOfTime.INDIRECT_REFERRAL,
}


@pytest.mark.parametrize("component", [ServiceComponent.BASIC, ServiceComponent.RESPONSIVE])
@pytest.mark.parametrize("strategy", list(ServiceStrategy))
def test_basic_and_responsive_services_are_counted_by_their_strategy(component, strategy) -> None:
    assert derived_use_of_time(component, strategy) is BY_STRATEGY[strategy]


@pytest.mark.parametrize("strategy", list(ServiceStrategy))
def test_individual_planning_is_appraisal_and_system_support_is_program_support(strategy) -> None:
    planning = derived_use_of_time(ServiceComponent.INDIVIDUAL_PLANNING, strategy)
    support = derived_use_of_time(ServiceComponent.SYSTEM_SUPPORT, strategy)
    assert planning is UseOfTime.DIRECT_APPRAISAL
    assert support is UseOfTime.PROGRAM_SUPPORT


def test_her_own_category_for_a_contact_wins_over_the_derived_one() -> None:
    service = ServiceClass(ServiceComponent.RESPONSIVE, S.REFERRAL, (ServiceField.SOCIAL,))
    assert service.asca is UseOfTime.INDIRECT_REFERRAL
    duty = ServiceClass(
        ServiceComponent.RESPONSIVE, S.REFERRAL, (ServiceField.SOCIAL,), UseOfTime.NON_COUNSELING
    )
    assert duty.asca is UseOfTime.NON_COUNSELING


def test_only_direct_and_indirect_services_count_towards_the_eighty_percent() -> None:
    counted = {c for c in UseOfTime if c.is_direct_or_indirect}
    assert counted == {
        UseOfTime.DIRECT_COUNSELING,
        UseOfTime.DIRECT_INSTRUCTION,
        UseOfTime.DIRECT_APPRAISAL,
        UseOfTime.INDIRECT_CONSULTATION,
        UseOfTime.INDIRECT_REFERRAL,
    }


def test_a_students_note_may_have_every_strategy_but_guidance_of_a_group_or_class() -> None:
    assert set(ServiceStrategy) - set(CLIENT_STRATEGIES) == {
        S.GROUP_GUIDANCE,
        S.CLASSROOM_GUIDANCE,
        S.CROSS_CLASS_GUIDANCE,
    }


def test_a_new_note_offers_the_strategy_its_kind_suggests() -> None:
    assert suggested_strategy(SessionKind.INDIVIDUAL) is S.INDIVIDUAL_COUNSELING
    assert suggested_strategy(SessionKind.GROUP) is S.GROUP_COUNSELING
    assert suggested_strategy(SessionKind.FAMILY) is S.CONSULTATION
    assert suggested_strategy(SessionKind.CONSULTATION) is S.CONSULTATION


def test_the_indonesian_names_are_the_terms_schools_use() -> None:
    from counsel_desk.domain.vocabulary import display_name

    # ../shared/glossary-id.md: komponen, bidang and strategi layanan (Permendikbud 111/2014).
    assert [display_name(c, "id") for c in ServiceComponent] == [
        "Layanan dasar",
        "Peminatan dan perencanaan individual",
        "Layanan responsif",
        "Dukungan sistem",
    ]
    assert [display_name(f, "id") for f in ServiceField] == [
        "Pribadi",
        "Sosial",
        "Belajar",
        "Karier",
    ]
    assert [display_name(s, "id").lower() for s in ServiceStrategy] == [
        "konseling individual",
        "konseling kelompok",
        "bimbingan kelompok",
        "bimbingan klasikal",
        "bimbingan lintas kelas",
        "konsultasi",
        "kolaborasi",
        "kunjungan rumah",
        "konferensi kasus",
        "alih tangan kasus",
        "advokasi",
        "mediasi",
    ]
