"""Sociometry (issue 20, item 4): validation, and the analysis checked by hand and by
properties."""

from __future__ import annotations

import datetime as dt
import math
from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.enums import AkpdEntry
from counsel_desk.domain.sociometry import (
    Answer,
    Criterion,
    LabelMode,
    Member,
    SociometryRound,
    analyse,
    clean_round,
    initials_of,
    layout,
    maximal_cliques,
    mean_sd,
    teacher_labels,
    validate_answer,
    validate_answers,
    validate_round,
)

DAY = dt.date(2026, 9, 14)
SEAT = Criterion("Teman duduk", True)
NOT_GROUP = Criterion("Tidak ingin sekelompok", False)


def hand_round() -> SociometryRound:
    """Six students, N = 2; student 6 did not answer.

    positive (Teman duduk): 1 ← 2, 3, 4, 5 (4); 2 ← 1, 3 (2); 3 ← 1, 2 (2); 4 ← 5 (1);
    5, 6: none. Mean 1.5, SD √(11.5/6) ≈ 1.384: a star from 2.884 on — student 1 only.
    negative: 6 ← 1, 2, 3 (3); 5 ← 3 (1). Mean 0.667, SD ≈ 1.106: rejected from 1.772
    and at least 2 — student 6 only."""
    members = tuple(Member(n, roster_id=100 + n) for n in range(1, 7))
    answers = (
        Answer(1, ((2, 3), (6,))),
        Answer(2, ((1, 3), (6,))),
        Answer(3, ((1, 2), (6, 5))),
        Answer(4, ((1,), ())),
        Answer(5, ((1, 4), ()), AkpdEntry.KIOSK),
    )
    return SociometryRound("VIII-B", DAY, (SEAT, NOT_GROUP), 2, members, answers)


def test_received_choices_counted_by_hand() -> None:
    gram = analyse(hand_round())
    assert {m: f.positive for m, f in gram.figures.items()} == {1: 4, 2: 2, 3: 2, 4: 1, 5: 0, 6: 0}
    assert {m: f.negative for m, f in gram.figures.items()} == {1: 0, 2: 0, 3: 0, 4: 0, 5: 1, 6: 3}


def test_weighted_by_rank_first_of_two_scores_two() -> None:
    gram = analyse(hand_round())
    assert {m: f.weighted for m, f in gram.figures.items()} == {1: 8, 2: 3, 3: 2, 4: 1, 5: 0, 6: 0}


def test_star_is_at_least_mean_plus_one_sd() -> None:
    gram = analyse(hand_round())
    assert gram.stars() == [1]
    assert gram.star_threshold == pytest.approx(1.5 + math.sqrt(11.5 / 6))


def test_isolates_receive_no_positive_choice() -> None:
    assert analyse(hand_round()).isolates() == [5, 6]


def test_rejected_needs_two_negative_choices_and_mean_plus_sd() -> None:
    gram = analyse(hand_round())
    assert gram.rejected() == [6]
    assert gram.rejected_threshold == pytest.approx(4 / 6 + math.sqrt((7 + 1 / 3) / 6))


def test_mutual_pairs_and_the_clique_of_three() -> None:
    gram = analyse(hand_round())
    assert gram.mutual_pairs == ((1, 2), (1, 3), (2, 3))
    assert gram.cliques == ((1, 2, 3),)
    assert gram.figures[1].mutual == (2, 3)
    assert gram.figures[4].mutual == ()
    assert gram.figures[2].cliques == (0,)
    assert gram.figures[4].cliques == ()


def test_only_the_negative_question_gives_no_star_and_no_isolate() -> None:
    gram = analyse(hand_round(), [1])
    assert gram.stars() == [] and gram.isolates() == []
    assert gram.rejected() == [6]


def test_only_the_positive_question_rejects_no_one() -> None:
    gram = analyse(hand_round(), [0])
    assert gram.rejected() == []
    assert gram.stars() == [1]


def test_everyone_received_the_same_so_no_star() -> None:
    members = tuple(Member(n, client_id=n) for n in (1, 2, 3))
    answers = (Answer(1, ((2,),)), Answer(2, ((3,),)), Answer(3, ((1,),)))
    gram = analyse(SociometryRound("VII-A", DAY, (SEAT,), 1, members, answers))
    assert gram.stars() == [] and gram.isolates() == [] and gram.mutual_pairs == ()


def test_no_one_answered_no_isolate() -> None:
    members = tuple(Member(n, client_id=n) for n in (1, 2, 3))
    gram = analyse(SociometryRound("VII-A", DAY, (SEAT,), 1, members))
    assert gram.isolates() == [] and gram.stars() == []


def test_bron_kerbosch_finds_two_overlapping_cliques() -> None:
    # 1-2-3-4 all mutual, 3-4-5 mutual, 6-7 a pair only
    edges = [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4), (3, 5), (4, 5), (6, 7)]
    graph: dict[int, set[int]] = {n: set() for n in range(1, 8)}
    for a, b in edges:
        graph[a].add(b)
        graph[b].add(a)
    assert maximal_cliques(graph) == [(1, 2, 3, 4), (3, 4, 5)]


def test_mean_sd_population() -> None:
    assert mean_sd([2, 4, 4, 4, 5, 5, 7, 9]) == (5.0, 2.0)
    assert mean_sd([]) == (0.0, 0.0)


# --- validation ------------------------------------------------------------------------


def messages(issues: list) -> list[str]:
    return [str(i.message) for i in issues]


def test_a_student_cannot_choose_herself() -> None:
    found = validate_answer(hand_round(), Answer(2, ((2, 1), ())))
    assert [i.path for i in found] == ["choices[0][0]"]
    assert "nobody can choose themselves" in messages(found)[0]


def test_the_same_classmate_twice_is_refused() -> None:
    found = validate_answer(hand_round(), Answer(2, ((1, 1), ())))
    assert [i.path for i in found] == ["choices[0][1]"]
    assert "named twice" in messages(found)[0]


def test_more_than_n_choices_is_refused() -> None:
    found = validate_answer(hand_round(), Answer(2, ((1, 3, 4), ())))
    assert [i.path for i in found] == ["choices[0]"]
    assert "3 classmates are named; at most 2" in messages(found)[0]


def test_a_choice_outside_the_round_is_refused() -> None:
    found = validate_answer(hand_round(), Answer(2, ((1, 9), ())))
    assert [i.path for i in found] == ["choices[0][1]"]
    assert "choice 2 is not a member" in messages(found)[0]


def test_a_chooser_outside_the_round_is_refused() -> None:
    found = validate_answer(hand_round(), Answer(9, ((1,), ())))
    assert [i.path for i in found] == ["member"]


def test_choices_for_every_question() -> None:
    found = validate_answer(hand_round(), Answer(2, ((1,),)))
    assert [i.path for i in found] == ["choices"]


def test_the_hand_round_is_valid() -> None:
    assert validate_round(hand_round(), today=DAY) == []
    assert validate_answers(hand_round()) == []


def test_a_student_answers_once() -> None:
    r = hand_round()
    twice = SociometryRound(
        r.class_name, r.held_on, r.criteria, 2, r.members, (*r.answers, Answer(1, ((2,), ())))
    )
    assert [i.path for i in validate_answers(twice)] == ["answers[5].member"]


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"class_name": " "}, "class_name"),
        ({"held_on": DAY + dt.timedelta(days=1)}, "held_on"),
        ({"criteria": ()}, "criteria"),
        ({"criteria": (NOT_GROUP,)}, "criteria"),
        ({"criteria": (SEAT, Criterion("teman DUDUK"))}, "criteria[1].text"),
        ({"choices_per_criterion": 0}, "choices_per_criterion"),
        ({"choices_per_criterion": 11}, "choices_per_criterion"),
        ({"members": (Member(1, 1), Member(2, 2))}, "members"),
        ({"members": (Member(1, 1), Member(2, 2), Member(3, 1))}, "members[2]"),
        ({"members": (Member(1, None, 5), Member(2, 2), Member(3, None, 5))}, "members[2]"),
        ({"members": (Member(1, 1), Member(2, 2), Member(2, 3))}, "members[2]"),
    ],
)
def test_round_rules(change: dict, path: str) -> None:
    r = hand_round()
    fields = {
        "class_name": r.class_name,
        "held_on": r.held_on,
        "criteria": r.criteria,
        "choices_per_criterion": r.choices_per_criterion,
        "members": r.members,
    }
    fields.update(change)
    assert [i.path for i in validate_round(SociometryRound(**fields), today=DAY)] == [path]


# --- labels ----------------------------------------------------------------------------


def test_initials_drop_accents_and_stop_at_four() -> None:
    assert initials_of("Siti Nur Aisyah") == "SNA"
    assert initials_of("ÉLODIE de la Rosa-Putri Wulan") == "EDLR"
    assert initials_of("  ") == "?"


def test_shared_initials_are_numbered_and_none_is_a_full_name() -> None:
    names = {1: "Budi Santoso", 2: "Ani Lestari", 3: "Bayu Setiawan", 4: None}
    assert teacher_labels(names, LabelMode.INITIALS) == {1: "BS-1", 2: "AL", 3: "BS-2", 4: "S04"}
    assert teacher_labels(names, LabelMode.NUMBER) == {1: "S01", 2: "S02", 3: "S03", 4: "S04"}
    assert teacher_labels(names, LabelMode.FULL_NAME)[1] == "Budi Santoso"


def test_layout_puts_the_star_in_the_middle_and_isolates_on_the_edge() -> None:
    gram = analyse(hand_round())
    places = layout(gram)
    radius = {m: math.hypot(*p) for m, p in places.items()}
    assert radius[1] < 0.35
    assert radius[5] == pytest.approx(1.0) and radius[6] == pytest.approx(1.0)
    assert radius[1] < radius[2] <= radius[4] < 1.0


# --- properties ------------------------------------------------------------------------


@st.composite
def rounds(draw: st.DrawFn) -> SociometryRound:
    count = draw(st.integers(3, 12))
    numbers = list(range(1, count + 1))
    criteria = draw(st.lists(st.booleans(), min_size=1, max_size=3))
    criteria[0] = True
    limit = draw(st.integers(1, 4))
    answers = []
    for m in draw(st.lists(st.sampled_from(numbers), unique=True)):
        others = [n for n in numbers if n != m]
        choices = tuple(
            tuple(draw(st.lists(st.sampled_from(others), unique=True, max_size=limit)))
            for _ in criteria
        )
        answers.append(Answer(m, choices))
    return SociometryRound(
        "IX-C",
        DAY,
        tuple(Criterion(f"Q{i}", p) for i, p in enumerate(criteria)),
        limit,
        tuple(Member(n, roster_id=n) for n in numbers),
        tuple(answers),
    )


def chose(r: SociometryRound, a: int, b: int) -> bool:
    answer = r.answer_of(a)
    return answer is not None and any(
        b in picked for c, picked in zip(r.criteria, answer.choices, strict=True) if c.positive
    )


@given(rounds())
def test_generated_rounds_are_valid(r: SociometryRound) -> None:
    assert validate_round(r) == [] and validate_answers(r) == []


@given(rounds())
def test_every_mutual_pair_is_in_both_students_choices(r: SociometryRound) -> None:
    gram = analyse(r)
    for a, b in gram.mutual_pairs:
        assert a < b and chose(r, a, b) and chose(r, b, a)
    for a, b in combinations(r.numbers(), 2):
        if chose(r, a, b) and chose(r, b, a):
            assert (a, b) in gram.mutual_pairs


@given(rounds())
def test_an_isolate_receives_no_positive_choice(r: SociometryRound) -> None:
    gram = analyse(r)
    for m in gram.isolates():
        assert gram.figures[m].positive == 0
        assert not any(chose(r, other, m) for other in r.numbers())


@given(rounds())
def test_received_choices_add_up_to_the_choices_made(r: SociometryRound) -> None:
    gram = analyse(r)
    made = sum(
        len(picked)
        for a in r.answers
        for c, picked in zip(r.criteria, a.choices, strict=True)
        if c.positive
    )
    assert sum(f.positive for f in gram.figures.values()) == made


@given(rounds())
def test_cliques_are_mutual_and_maximal(r: SociometryRound) -> None:
    gram = analyse(r)
    pairs = set(gram.mutual_pairs)
    for clique in gram.cliques:
        assert len(clique) >= 3
        assert all((a, b) in pairs for a, b in combinations(clique, 2))
        for other in set(r.numbers()) - set(clique):
            assert not all(tuple(sorted((other, m))) in pairs for m in clique)
    for trio in combinations(r.numbers(), 3):
        if all((a, b) in pairs for a, b in combinations(trio, 2)):
            assert any(set(trio) <= set(c) for c in gram.cliques)


@given(rounds())
def test_stars_are_above_mean_plus_sd(r: SociometryRound) -> None:
    gram = analyse(r)
    mean, sd = mean_sd([f.positive for f in gram.figures.values()])
    for m in r.numbers():
        p = gram.figures[m].positive
        assert gram.figures[m].star == (p > mean + 1e-9 and p >= mean + sd - 1e-9)


@given(st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=40))
def test_initials_never_repeat(names: list[str]) -> None:
    labels = teacher_labels(dict(enumerate(names, start=1)), LabelMode.INITIALS)
    assert len(set(labels.values())) == len(labels)


@st.composite
def graphs(draw: st.DrawFn) -> dict[int, set[int]]:
    count = draw(st.integers(1, 9))
    graph: dict[int, set[int]] = {n: set() for n in range(count)}
    for a, b in combinations(range(count), 2):
        if draw(st.booleans()):
            graph[a].add(b)
            graph[b].add(a)
    return graph


@given(graphs())
def test_maximal_cliques_are_all_the_maximal_cliques(graph: dict[int, set[int]]) -> None:
    # brute force: every subset of 3 or more that is a clique and no node extends
    nodes = sorted(graph)
    expected = []
    for size in range(3, len(nodes) + 1):
        for group in combinations(nodes, size):
            if all(b in graph[a] for a, b in combinations(group, 2)) and not any(
                set(group) <= graph[o] for o in nodes if o not in group
            ):
                expected.append(group)
    assert sorted(maximal_cliques(graph)) == sorted(expected)


def test_edges_are_who_chose_whom() -> None:
    gram = analyse(hand_round())
    assert (5, 4) in gram.positive_edges and (4, 5) not in gram.positive_edges
    assert gram.negative_edges == frozenset({(1, 6), (2, 6), (3, 6), (3, 5)})


def test_clean_round_keeps_one_line() -> None:
    r = hand_round()
    messy = SociometryRound(" VIII-B\u200b ", DAY, (Criterion("Teman\n duduk"),), 2, r.members)
    cleaned = clean_round(messy)
    assert cleaned.class_name == "VIII-B" and cleaned.criteria[0].text == "Teman duduk"


@given(rounds())
def test_the_layout_keeps_stars_inside_and_isolates_on_the_edge(r: SociometryRound) -> None:
    gram = analyse(r)
    radius = {m: math.hypot(*p) for m, p in layout(gram).items()}
    assert set(radius) == set(r.numbers())
    assert all(value <= 1.0 + 1e-9 for value in radius.values())
    for m in gram.isolates():
        assert radius[m] == pytest.approx(1.0)
    ring = [radius[m] for m in r.numbers() if not gram.figures[m].star]
    for m in gram.stars():
        assert all(radius[m] < other for other in ring)
    stars = [layout(gram)[m] for m in gram.stars()]
    for a, b in combinations(stars, 2):
        assert math.dist(a, b) > 0.05  # no two stars drawn on top of each other
