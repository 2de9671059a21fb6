"""Career-interest inventory (issue 20, item 4): the 48 public-domain RIASEC markers,
scored per type (8–40) and to the Holland code with ties shown, never broken silently;
incomplete or out-of-scale answers refused naming the item."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.career_interests import (
    CODE_EXPLANATION,
    ITEMS,
    LANGUAGES,
    MAX_SCORE,
    MIN_SCORE,
    RIASEC_ORDER,
    SCALE,
    SOURCE,
    STEM,
    TYPES,
    CareerInterestError,
    CareerInterestResult,
    RiasecType,
    check_result,
    holland_code,
    item,
    profile,
    standing,
)

TODAY = dt.date(2026, 12, 7)
R, I, A, S, E, C = RIASEC_ORDER  # noqa: E741


def _answers(**by_type: int | tuple[int, ...]) -> dict[str, int]:
    """Answers per type: one option index for its eight items, or eight of them."""
    answers: dict[str, int] = {}
    for entry in ITEMS:
        given_ = by_type.get(entry.type.value, 2)
        n = int(entry.key[1:]) - 1
        answers[entry.key] = given_[n] if isinstance(given_, tuple) else given_
    return answers


def test_the_inventory_has_eight_items_a_type_keyed_as_published_and_a_five_point_scale() -> None:
    assert len(ITEMS) == 48
    assert len(SCALE) == 5
    for t in RIASEC_ORDER:
        assert [i.key for i in ITEMS if i.type is t] == [f"{t.value}{n}" for n in range(1, 9)]
    assert item("R1").text == "Test the quality of parts before shipment"
    assert item("I8").text == "Make a map of the bottom of an ocean"
    assert item("C8").text == "Keep shipping and receiving records"
    # presented one of each type in turn
    assert [i.key for i in ITEMS[:7]] == ["R1", "I1", "A1", "S1", "E1", "C1", "R2"]
    assert (MIN_SCORE, MAX_SCORE) == (8, 40)


def test_the_items_are_english_only_and_every_type_has_its_explanation() -> None:
    assert LANGUAGES == ("en",)
    assert "Armstrong" in SOURCE and "Public domain" in SOURCE
    assert STEM.endswith("?")
    assert "brackets" in CODE_EXPLANATION  # the tie rule is told wherever a code is shown
    assert set(TYPES) == set(RiasecType)
    for info in TYPES.values():
        assert info.name and info.summary and info.subjects and info.activities and info.fields


def test_scores_and_code_are_the_hand_computed_ones() -> None:
    # S: all "Strongly like" (5 × 8 = 40); A: all "Like" (4 × 8 = 32); I: four "Like"
    # and four "Unsure" (16 + 12 = 28); C: "Unsure" (24); R: "Dislike" (16);
    # E: "Strongly dislike" (8).
    result = profile(_answers(S=4, A=3, I=(3, 3, 3, 3, 2, 2, 2, 2), C=2, R=1, E=0))
    assert dict(result.scores) == {R: 16, I: 28, A: 32, S: 40, E: 8, C: 24}
    assert str(result.code) == "SAI"
    assert result.code.letters == (S, A, I)
    assert not result.code.tied


def test_a_tie_at_the_third_place_shows_both_letters_in_riasec_order() -> None:
    result = profile(_answers(S=4, A=3, I=2, C=2, R=1, E=0))
    assert (result.scores[I], result.scores[C]) == (24, 24)
    assert str(result.code) == "SA(I/C)"
    assert result.code.tied


def test_a_tie_at_the_top_is_shown_in_riasec_order_not_by_chance() -> None:
    result = profile(_answers(S=4, A=4, I=3, R=0, E=0, C=0))
    assert str(result.code) == "(A/S)I"


def test_the_same_answer_to_every_item_ties_all_six_types() -> None:
    result = profile(_answers(R=2, I=2, A=2, S=2, E=2, C=2))
    assert set(result.scores.values()) == {24}
    assert str(result.code) == "(R/I/A/S/E/C)"


def test_a_group_reaching_past_the_third_place_is_shown_whole() -> None:
    code = holland_code({R: 30, I: 30, A: 30, S: 30, E: 10, C: 9})
    assert str(code) == "(R/I/A/S)"


@pytest.mark.parametrize("bad", [5, -1, True, "3", 2.0])
def test_an_answer_outside_the_scale_is_refused_naming_the_item(bad: object) -> None:
    answers: dict[str, object] = dict(_answers())
    answers["E3"] = bad
    with pytest.raises(CareerInterestError) as caught:
        profile(answers)  # type: ignore[arg-type]
    assert "E3" in str(caught.value.message.params)


def test_an_unknown_item_is_refused() -> None:
    answers = _answers()
    answers["R9"] = 2
    with pytest.raises(CareerInterestError) as caught:
        profile(answers)
    assert caught.value.message.params["key"] == "R9"


def test_a_missing_item_is_refused_naming_it() -> None:
    answers = _answers()
    del answers["S5"]
    del answers["C1"]
    with pytest.raises(CareerInterestError) as caught:
        profile(answers)
    assert caught.value.message.params["keys"] == "C1, S5"


def test_a_result_dated_in_the_future_is_refused() -> None:
    result = CareerInterestResult(1, TODAY + dt.timedelta(days=1), _answers())
    with pytest.raises(CareerInterestError):
        check_result(result, TODAY)
    check_result(CareerInterestResult(1, TODAY, _answers()), TODAY)


def test_struck_results_are_left_out_of_the_standing_ones_in_date_order() -> None:
    later = CareerInterestResult(1, dt.date(2026, 11, 2), _answers(), id=2)
    struck = CareerInterestResult(
        1, dt.date(2026, 10, 1), _answers(), id=3, struck_at=dt.datetime(2026, 11, 3)
    )
    earlier = CareerInterestResult(1, dt.date(2026, 9, 1), _answers(), id=1)
    assert [r.id for r in standing([later, struck, earlier])] == [1, 2]


_ANSWERS = st.fixed_dictionaries(
    {i.key: st.integers(min_value=0, max_value=len(SCALE) - 1) for i in ITEMS}
)


@given(_ANSWERS)
def test_every_score_is_the_sum_of_its_eight_items_and_within_range(
    answers: dict[str, int],
) -> None:
    result = profile(answers)
    for t in RIASEC_ORDER:
        assert MIN_SCORE <= result.scores[t] <= MAX_SCORE
        assert result.scores[t] == sum(answers[i.key] + 1 for i in ITEMS if i.type is t)


@given(_ANSWERS)
def test_the_code_runs_by_score_groups_ties_and_leaves_no_tied_letter_out(
    answers: dict[str, int],
) -> None:
    result = profile(answers)
    scores, code = result.scores, result.code
    letters = code.letters
    assert len(letters) >= 3 and len(set(letters)) == len(letters)
    values = [scores[t] for t in letters]
    assert values == sorted(values, reverse=True)
    for group in code.groups:
        assert len({scores[t] for t in group}) == 1
        assert list(group) == [t for t in RIASEC_ORDER if t in group]
    # every type left out scores below every type in the code; every equal one is in it
    lowest = min(values)
    assert all(scores[t] < lowest for t in RIASEC_ORDER if t not in letters)
    # and no more groups than needed to reach the third place
    assert sum(len(g) for g in code.groups[:-1]) < 3
    rendered = str(code)
    assert rendered.replace("(", "").replace(")", "").replace("/", "") == "".join(
        t.value for t in letters
    )
