"""The supervision summary says a student's grade as a level, never the class itself."""

from __future__ import annotations

import pytest

from counsel_desk.export.supervision_pdf import grade_level


@pytest.mark.parametrize(
    ("grade", "level"),
    [
        ("8B", "Grade 8"),
        ("kelas 9C", "Grade 9"),
        ("XI IPA 2", "Grade 11"),
        ("VIII-B", "Grade 8"),
        ("xii", "Grade 12"),
        ("Year 10", "Year 10"),
        ("13", None),
        ("", None),
        (None, None),
    ],
)
def test_a_grade_is_read_as_its_level_and_the_class_letter_dropped(
    grade: str | None, level: str | None
) -> None:
    assert grade_level(grade) == level


@pytest.mark.parametrize("grade", ["ı", "ıv", "İX", "K\u212a", "٣A"])
def test_a_grade_in_letters_that_only_look_like_roman_numerals_gives_no_level(grade: str) -> None:
    # Found by the thorough whole-product profile: the Turkish dotless ı matched the
    # Roman numeral i case-insensitively and the supervision summary failed (KeyError).
    assert grade_level(grade) is None
