"""A new school year: which class each student moves to, who graduates (issue 20, item 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.school_year import (
    KeptBecause,
    Step,
    Student,
    already_started,
    guess_last_level,
    last_level_of,
    plan_rollover,
    read_class,
    school_last_level,
)


def moved(text: str) -> str | None:
    name = read_class(text)
    return None if name is None else name.with_level(name.level + 1)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("VII-A", "VIII-A"),
        ("VIII-B", "IX-B"),
        ("viii-b", "ix-b"),
        ("X IPA 1", "XI IPA 1"),
        ("XI MIPA 2", "XII MIPA 2"),
        ("XIB", "XIIB"),
        ("IX/C", "X/C"),
        ("x.a", "xi.a"),
        ("7A", "8A"),
        ("7 A", "8 A"),
        ("10IPA1", "11IPA1"),
        ("Kelas VII-A", "Kelas VIII-A"),
        ("kelas 8", "kelas 9"),
        ("Grade 8B", "Grade 9B"),
        ("Year 12", "Year 13"),
        ("  VII\u200b-A ", "VII-A".replace("VII", "VIII")),
    ],
)
def test_a_class_moves_up_one_level_and_keeps_its_parallel_as_she_wrote_it(
    before: str, after: str
) -> None:
    assert moved(before) == after


@pytest.mark.parametrize("text", ["IPA 1", "Xavier", "Tahfidz", "Akselerasi", "14", "0", "", "-A"])
def test_a_class_without_a_level_is_not_guessed(text: str) -> None:
    assert read_class(text) is None


@pytest.mark.parametrize(
    ("numeral", "level"),
    [
        ("I", 1), ("II", 2), ("III", 3), ("IV", 4), ("V", 5), ("VI", 6), ("VII", 7),
        ("VIII", 8), ("IX", 9), ("X", 10), ("XI", 11), ("XII", 12), ("XIII", 13),
    ],
)  # fmt: skip
def test_every_roman_level_is_read_with_or_without_a_separator(numeral: str, level: int) -> None:
    for text in (f"{numeral}-A", f"{numeral} A", f"{numeral}A", numeral):
        name = read_class(text)
        assert name is not None and name.level == level, text


@pytest.mark.parametrize(
    ("classes", "last"),
    [
        (["VII-A", "VIII-B"], 9),
        (["VII-A", "IX-C"], 9),
        (["X IPA 1", "XI IPS 2"], 12),
        (["XII-A"], 12),
        (["1A", "4B", "5C"], 6),
        (["6A"], 6),
        (["XIII TKJ"], 13),
        (["Tahfidz"], 12),
        ([], 12),
    ],
)
def test_the_last_class_is_guessed_from_the_highest_one_in_the_caseload(
    classes: list[str], last: int
) -> None:
    assert guess_last_level(classes) == last


GRADUATION = dt.date(2027, 7, 12)


def test_the_rollover_moves_graduates_and_keeps_each_student_by_her_class() -> None:
    students = [
        Student(1, "C-001", "VII-A"),
        Student(2, "C-002", "VIII-B"),
        Student(3, "C-003", "IX-C", opened_on=dt.date(2026, 8, 1)),
        Student(4, "C-004", "Tahfidz"),
        Student(5, "C-005", None),
        Student(6, "C-006", "X-A"),
        Student(7, "C-007", "IX-A", opened_on=dt.date(2027, 7, 20)),
    ]
    plan = plan_rollover(students, year=2027, last_level=9, graduation_day=GRADUATION)
    steps = [
        (c.student.code, c.step, c.new_grade, c.kept_because, c.closed_on) for c in plan.changes
    ]
    assert steps == [
        ("C-001", Step.MOVES_UP, "VIII-A", None, None),
        ("C-002", Step.MOVES_UP, "IX-B", None, None),
        ("C-003", Step.GRADUATES, None, None, GRADUATION),
        ("C-004", Step.KEPT, None, KeptBecause.NOT_UNDERSTOOD, None),
        ("C-005", Step.KEPT, None, KeptBecause.NO_CLASS, None),
        ("C-006", Step.KEPT, None, KeptBecause.ABOVE_LAST, None),
        # a case opened after the graduation day closes on the day it opened
        ("C-007", Step.GRADUATES, None, None, dt.date(2027, 7, 20)),
    ]
    assert [c.student.code for c in plan.of(Step.GRADUATES)] == ["C-003", "C-007"]


def test_the_class_before_the_last_moves_up_into_it() -> None:
    plan = plan_rollover(
        [Student(1, "C-1", "XI-A"), Student(2, "C-2", "XII-A")],
        year=2027,
        last_level=12,
        graduation_day=GRADUATION,
    )
    assert [(c.step, c.new_grade) for c in plan.changes] == [
        (Step.MOVES_UP, "XII-A"),
        (Step.GRADUATES, None),
    ]


@pytest.mark.parametrize("last", [0, 14])
def test_a_school_cannot_end_outside_the_levels(last: int) -> None:
    with pytest.raises(ValueError):
        plan_rollover([], year=2027, last_level=last, graduation_day=GRADUATION)


def test_a_school_year_is_started_once() -> None:
    assert already_started(2027, None) is None
    assert already_started(2027, 2026) is None
    refused = already_started(2027, 2027)
    assert refused is not None and "2027/2028" in str(refused)
    later = already_started(2026, 2027)
    assert later is not None and "2027/2028" in str(later)


@pytest.mark.parametrize(
    ("school", "last"),
    [
        ("SMP Negeri 3 Semarang", 9),
        ("SMPN 1 Depok", 9),
        ("MTs Negeri 4 Malang", 9),
        ("SMA Negeri 10 Medan", 12),
        ("SMK Negeri 4 Makassar", 12),
        ("MA Negeri 13 Denpasar", 12),
        ("SD Negeri 2 Beji", 6),
        ("MI Nurul Huda", 6),
        ("smp\u200b negeri 5", 9),
        ("British School Jakarta", None),
        ("Sekolah Pelita Harapan", None),
        ("Universitas Hasanuddin", None),
        ("Smakensa", None),  # a word that begins like a kind of school is no kind
        (None, None),
    ],
)
def test_a_schools_name_says_its_last_class(school: str | None, last: int | None) -> None:
    assert school_last_level(school) == last


def test_each_student_leaves_with_her_own_schools_last_class() -> None:
    students = [
        Student(1, "C-1", "IX-A", school="SMP Negeri 3 Semarang"),
        Student(2, "C-2", "IX-A", school="SMA Negeri 1 Depok"),  # moves up: X comes next
        Student(3, "C-3", "Year 12", school="British School Jakarta"),  # Year 13 is last
        Student(4, "C-4", "Grade 12", school="Medan Independent School"),
        Student(5, "C-5", "XII IPS 3", school="SMA Negeri 4 Jakarta Barat"),
        Student(6, "C-6", "IX-B", school="Yayasan Tunas Bangsa"),  # says nothing: her choice
    ]
    plan = plan_rollover(students, year=2027, last_level=9, graduation_day=GRADUATION)
    assert [(c.step, c.new_grade) for c in plan.changes] == [
        (Step.GRADUATES, None),
        (Step.MOVES_UP, "X-A"),
        (Step.MOVES_UP, "Year 13"),
        (Step.GRADUATES, None),
        (Step.GRADUATES, None),
        (Step.GRADUATES, None),
    ]
    assert last_level_of(students[5], 12) == 12
