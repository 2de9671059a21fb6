"""Screening instruments (issue 20, item 3): scored as published — totals, severity
bands at every boundary, the self-harm answers — and refused when incomplete or out of
range; the recorded results of AUM/DCM/ITP kept as she entered them, tidied."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.screening import (
    GAD7,
    INSTRUMENTS,
    LANGUAGES,
    PHQ9,
    PHQA,
    InstrumentId,
    RecordedInstrument,
    RecordedResult,
    ScreeningError,
    ScreeningResult,
    check_result,
    clean_recorded,
    score,
    series,
)

TODAY = dt.date(2026, 12, 7)


def _all(instrument, value: int, **overrides: int) -> dict[str, int]:
    answers = {q.key: value for q in instrument.scored}
    answers.update(overrides)
    return answers


def test_the_instruments_have_their_published_item_counts_and_maximum_scores() -> None:
    assert (len(PHQ9.scored), PHQ9.max_score) == (9, 27)
    assert (len(PHQA.scored), PHQA.max_score) == (9, 27)
    assert (len(GAD7.scored), GAD7.max_score) == (7, 21)
    # the PHQ-A's four extra questions are asked but not scored
    assert [q.key for q in PHQA.questions if not q.scored] == [
        "past_year",
        "difficulty",
        "past_month",
        "ever",
    ]


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "None–minimal"),
        (4, "None–minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Moderately severe"),
        (19, "Moderately severe"),
        (20, "Severe"),
        (27, "Severe"),
    ],
)
def test_phq_totals_fall_in_the_published_bands_at_every_boundary(total: int, band: str) -> None:
    # items 1..8 carry the total (item 9 stays 0 so no self-harm answer is involved)
    answers = {str(i): 0 for i in range(1, 10)}
    left = total
    for i in range(1, 10):
        answers[str(i)] = min(3, left)
        left -= answers[str(i)]
    for instrument in (PHQ9, PHQA):
        result = score(instrument, answers)
        assert (result.total, result.band.name) == (total, band)


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "Minimal"), (4, "Minimal"), (5, "Mild"), (9, "Mild"), (10, "Moderate"),
     (14, "Moderate"), (15, "Severe"), (21, "Severe")],
)  # fmt: skip
def test_gad7_totals_fall_in_the_published_bands(total: int, band: str) -> None:
    answers = {str(i): 0 for i in range(1, 8)}
    left = total
    for i in range(1, 8):
        answers[str(i)] = min(3, left)
        left -= answers[str(i)]
    result = score(GAD7, answers)
    assert (result.total, result.band.name, result.self_harm) == (total, band, False)


def test_any_answer_above_not_at_all_on_item_9_is_a_self_harm_answer() -> None:
    assert not score(PHQ9, _all(PHQ9, 0)).self_harm
    for value in (1, 2, 3):
        result = score(PHQ9, _all(PHQ9, 0, **{"9": value}))
        assert result.self_harm and result.self_harm_answers == (("9", value),)
        assert result.total == value


def test_a_phq_a_yes_to_serious_thoughts_or_an_attempt_is_a_self_harm_answer_with_item_9_at_0() -> (
    None
):
    calm = _all(PHQA, 0)
    assert not score(PHQA, {**calm, "past_month": 0, "ever": 0}).self_harm
    assert score(PHQA, {**calm, "past_month": 1}).self_harm_answers == (("past_month", 1),)
    assert score(PHQA, {**calm, "ever": 1}).self_harm_answers == (("ever", 1),)
    # the extra questions never change the total
    assert score(PHQA, {**calm, "past_month": 1, "ever": 1, "difficulty": 3}).total == 0


def test_an_incomplete_questionnaire_is_refused_naming_the_missing_items() -> None:
    answers = _all(PHQ9, 1)
    del answers["4"], answers["9"]
    with pytest.raises(ScreeningError) as caught:
        score(PHQ9, answers)
    assert "4, 9" in str(caught.value)


@pytest.mark.parametrize("bad", [-1, 4, True, 1.5, "2"])
def test_an_answer_outside_the_choices_is_refused(bad: object) -> None:
    with pytest.raises(ScreeningError):
        score(GAD7, {**_all(GAD7, 0), "3": bad})  # type: ignore[dict-item]


def test_a_question_the_instrument_does_not_have_is_refused() -> None:
    with pytest.raises(ScreeningError, match="no question"):
        score(GAD7, {**_all(GAD7, 0), "9": 0})
    with pytest.raises(ScreeningError, match="no question"):
        score(PHQ9, {**_all(PHQ9, 0), "ever": 1})


def test_a_questionnaire_dated_in_the_future_is_refused() -> None:
    result = ScreeningResult(1, InstrumentId.GAD7, TODAY + dt.timedelta(days=1), _all(GAD7, 0))
    with pytest.raises(ScreeningError, match="future"):
        check_result(result, TODAY)
    check_result(ScreeningResult(1, InstrumentId.GAD7, TODAY, _all(GAD7, 0)), TODAY)


def test_every_instrument_is_english_only_until_a_published_translation_is_verified() -> None:
    assert all(LANGUAGES[i] == ("en",) for i in INSTRUMENTS)


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_the_total_is_the_sum_of_the_nine_items_and_in_exactly_one_band(values: list[int]) -> None:
    answers = {str(i + 1): v for i, v in enumerate(values)}
    result = score(PHQA, answers)
    assert result.total == sum(values)
    assert [b for b in PHQA.bands if b.low <= result.total <= b.high] == [result.band]
    assert result.self_harm == (values[8] > 0)


def test_the_chart_series_leave_struck_results_out_and_run_by_date() -> None:
    first = ScreeningResult(1, InstrumentId.PHQA, dt.date(2026, 9, 1), _all(PHQA, 2), id=2)
    second = ScreeningResult(1, InstrumentId.PHQA, dt.date(2026, 8, 1), _all(PHQA, 1), id=1)
    wrong = ScreeningResult(
        1, InstrumentId.GAD7, dt.date(2026, 8, 2), _all(GAD7, 3), id=3,
        struck_at=dt.datetime(2026, 8, 2, 9), strike_reason="wrong student",
    )  # fmt: skip
    assert series([first, second, wrong]) == {
        "PHQ-A": [(dt.date(2026, 8, 1), 9), (dt.date(2026, 9, 1), 18)]
    }


def test_a_recorded_result_is_kept_tidied_and_refused_when_empty_or_doubled() -> None:
    raw = RecordedResult(
        1,
        RecordedInstrument.AUM_UMUM,
        TODAY,
        [("  Hubungan\u200b sosial ", 4), ("Diri pribadi", 7)],
        " Banyak masalah di rumah. ",
    )
    kept = clean_recorded(raw, TODAY)
    assert kept.areas == [("Hubungan sosial", 4), ("Diri pribadi", 7)]
    assert kept.summary == "Banyak masalah di rumah."
    with pytest.raises(ScreeningError, match="twice"):
        clean_recorded(
            RecordedResult(1, RecordedInstrument.DCM, TODAY, [("A", 1), ("a", 2)]), TODAY
        )
    with pytest.raises(ScreeningError):
        clean_recorded(RecordedResult(1, RecordedInstrument.DCM, TODAY), TODAY)
    with pytest.raises(ScreeningError, match="which instrument"):
        clean_recorded(RecordedResult(1, RecordedInstrument.OTHER, TODAY, [("A", 1)]), TODAY)
    with pytest.raises(ScreeningError, match="whole number"):
        clean_recorded(RecordedResult(1, RecordedInstrument.ITP, TODAY, [("A", -1)]), TODAY)


@pytest.mark.parametrize("where", ["area", "other"])
def test_a_text_direction_control_in_an_area_or_an_instruments_name_is_refused(where: str) -> None:
    area = "Belajar\u202etxt.exe" if where == "area" else "Belajar"
    other = "Gaya\u202ebelajar" if where == "other" else "Gaya belajar"
    with pytest.raises(ScreeningError, match="text-direction"):
        clean_recorded(
            RecordedResult(1, RecordedInstrument.OTHER, TODAY, [(area, 1)], "", other), TODAY
        )
