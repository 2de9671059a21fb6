"""Sociometry for a class (issue 20, item 4): who chooses whom, and the sociogram.

A *round* is one class on one day: the criteria she wrote ("Teman duduk", "Teman kerja
kelompok"), each positive ("who would you like to …") or negative ("who would you rather
not …"), the number of classmates a student may name per criterion (*N*), the class's
members (roster entries and/or clients of that class) and each student's ordered choices
per criterion. A member is known in its round by its **number** (1, 2, 3 …, given when
the round is made and never changed): the number key the homeroom teacher's version may
show, the one place the round's tables keep a student's identity is the reference to her
roster entry or client (the names are read from there, never copied).

The analysis (:func:`analyse`) of a set of criteria, pure and hand-checked in the tests:

* **received** — per student the positive and the negative choices she received, each
  choice of a classmate in a criterion counting once (a classmate naming her in two
  criteria of the set counts twice). ``weighted``: the positive choices weighted by rank,
  the first of *N* places scoring *N*, the last 1 — shown in the table, not used by the
  labels below.
* **star** (*bintang kelas*): received positive ≥ mean + 1 standard deviation (population
  SD over the round's members) *and* above the mean: a class where everyone received the
  same has no star.
* **isolate** (*terisolasi*): received no positive choice, once at least one classmate
  answered a positive criterion of the set.
* **rejected** (*ditolak*): received at least 2 negative choices and ≥ mean + 1 SD of the
  negative choices (and above their mean): one classmate's "rather not" labels no one.
* **mutual pair** (*pilihan timbal balik*): two students who each chose the other
  positively (in any positive criterion of the set).
* **clique** (*klik*): a maximal group of three or more in which every two are a mutual
  pair — the maximal cliques of the mutual graph, found with Bron–Kerbosch (with pivot).

:func:`layout` places the students for the drawing (stars in the centre, isolates on the
edge) and :func:`teacher_labels` names them for the homeroom teacher's version. No Qt,
no SQL.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from counsel_desk.domain.enums import AkpdEntry
from counsel_desk.domain.invisible import strip_invisible
from counsel_desk.domain.validation import Issue
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MAX_CLASS_NAME: Final = 40
MAX_CRITERION_TEXT: Final = 80
MAX_CRITERIA: Final = 6
MAX_CHOICES: Final = 10
MIN_MEMBERS: Final = 3
MAX_MEMBERS: Final = 60
REJECTED_AT_LEAST: Final = 2
CLIQUE_AT_LEAST: Final = 3


@dataclass(frozen=True)
class Criterion:
    """One question of the round: ``positive`` asks whom a student chooses, a negative
    one whom she would rather not (optional for her to answer)."""

    text: str
    positive: bool = True


@dataclass(frozen=True)
class Member:
    """A student of the round: her ``number`` in it and who she is in the vault — her
    roster entry, her client record, or both (a client opened from the class list). Both
    None: a former member whose entry or record is no longer in the vault; her place and
    her choices stay, so her classmates' figures do not change, and nothing names her."""

    number: int
    roster_id: int | None = None
    client_id: int | None = None


@dataclass(frozen=True)
class Answer:
    """One student's choices: ``choices[i]`` the numbers of the classmates she named for
    criterion ``i``, first choice first (an empty tuple: she named no one)."""

    member: int
    choices: tuple[tuple[int, ...], ...]
    entry: AkpdEntry = AkpdEntry.PAPER


@dataclass(frozen=True)
class SociometryRound:
    class_name: str
    held_on: dt.date
    criteria: tuple[Criterion, ...]
    choices_per_criterion: int
    members: tuple[Member, ...]
    answers: tuple[Answer, ...] = ()
    id: int | None = None

    def numbers(self) -> list[int]:
        return [m.number for m in self.members]

    def answer_of(self, number: int) -> Answer | None:
        for answer in self.answers:
            if answer.member == number:
                return answer
        return None

    def answered(self) -> set[int]:
        return {a.member for a in self.answers}


_ONE_LINE: Final = QT_TRANSLATE_NOOP(
    "Sociometry", "Write it on one line, without extra spaces or invisible characters."
)


def _err(path: str, text: str, **params: object) -> Issue:
    return Issue(path, UserMessage(text, **params))


def one_line(text: str) -> str:
    return " ".join(strip_invisible(text).split())


def clean_round(round_: SociometryRound) -> SociometryRound:
    """Class and criteria on one line, invisible characters dropped."""
    return SociometryRound(
        one_line(round_.class_name),
        round_.held_on,
        tuple(Criterion(one_line(c.text), bool(c.positive)) for c in round_.criteria),
        round_.choices_per_criterion,
        round_.members,
        round_.answers,
        round_.id,
    )


def validate_round(round_: SociometryRound, *, today: dt.date | None = None) -> list[Issue]:
    """What is wrong with a round's class, day, criteria, *N* and members (its answers:
    :func:`validate_answer`)."""
    issues: list[Issue] = []
    if not round_.class_name.strip():
        issues.append(
            _err(
                "class_name",
                QT_TRANSLATE_NOOP("Sociometry", "Say which class the round is for (VIII-B)."),
            )
        )
    elif one_line(round_.class_name) != round_.class_name:
        issues.append(_err("class_name", _ONE_LINE))
    elif len(round_.class_name) > MAX_CLASS_NAME:
        issues.append(
            _err(
                "class_name",
                QT_TRANSLATE_NOOP("Sociometry", "A class name is at most {limit} characters."),
                limit=MAX_CLASS_NAME,
            )
        )
    if today is not None and round_.held_on > today:
        issues.append(
            _err(
                "held_on",
                QT_TRANSLATE_NOOP("Sociometry", "The day of the round cannot be in the future."),
            )
        )
    if not 1 <= len(round_.criteria) <= MAX_CRITERIA:
        issues.append(
            _err(
                "criteria",
                QT_TRANSLATE_NOOP("Sociometry", "A round asks 1 to {limit} questions (criteria)."),
                limit=MAX_CRITERIA,
            )
        )
    elif not any(c.positive for c in round_.criteria):
        issues.append(
            _err(
                "criteria",
                QT_TRANSLATE_NOOP(
                    "Sociometry", "At least one question asks whom a student chooses (positive)."
                ),
            )
        )
    seen: set[str] = set()
    for n, criterion in enumerate(round_.criteria):
        if not criterion.text.strip():
            issues.append(
                _err(
                    f"criteria[{n}].text",
                    QT_TRANSLATE_NOOP(
                        "Sociometry", "Write the question, for example “Teman duduk”."
                    ),
                )
            )
        elif one_line(criterion.text) != criterion.text:
            issues.append(_err(f"criteria[{n}].text", _ONE_LINE))
        elif len(criterion.text) > MAX_CRITERION_TEXT:
            issues.append(
                _err(
                    f"criteria[{n}].text",
                    QT_TRANSLATE_NOOP("Sociometry", "A question is at most {limit} characters."),
                    limit=MAX_CRITERION_TEXT,
                )
            )
        elif criterion.text.casefold() in seen:
            issues.append(
                _err(
                    f"criteria[{n}].text",
                    QT_TRANSLATE_NOOP("Sociometry", "The question “{question}” is asked twice."),
                    question=criterion.text,
                )
            )
        seen.add(criterion.text.casefold())
    if not 1 <= round_.choices_per_criterion <= MAX_CHOICES:
        issues.append(
            _err(
                "choices_per_criterion",
                QT_TRANSLATE_NOOP(
                    "Sociometry", "A student names 1 to {limit} classmates per question."
                ),
                limit=MAX_CHOICES,
            )
        )
    members = round_.members
    if not MIN_MEMBERS <= len(members) <= MAX_MEMBERS:
        issues.append(
            _err(
                "members",
                QT_TRANSLATE_NOOP(
                    "Sociometry",
                    "A round has {low} to {high} students; this one has {count}.",
                ),
                low=MIN_MEMBERS,
                high=MAX_MEMBERS,
                count=len(members),
            )
        )
    numbers: set[int] = set()
    rosters: set[int] = set()
    clients: set[int] = set()
    for n, member in enumerate(members):
        twice = (
            member.number in numbers
            or (member.roster_id is not None and member.roster_id in rosters)
            or (member.client_id is not None and member.client_id in clients)
        )
        if member.number < 1 or twice:
            issues.append(
                _err(
                    f"members[{n}]",
                    QT_TRANSLATE_NOOP(
                        "Sociometry", "A student is a member of the round twice (number {number})."
                    ),
                    number=member.number,
                )
            )
        numbers.add(member.number)
        if member.roster_id is not None:
            rosters.add(member.roster_id)
        if member.client_id is not None:
            clients.add(member.client_id)
    return issues


def validate_answer(round_: SociometryRound, answer: Answer, path: str = "") -> list[Issue]:
    """What is wrong with one student's choices in ``round_``: she is a member, answers
    each question once, names only members of the round, never herself, no one twice in a
    question, at most *N* per question."""
    issues: list[Issue] = []
    members = set(round_.numbers())
    if answer.member not in members:
        return [
            _err(
                path + "member",
                QT_TRANSLATE_NOOP(
                    "Sociometry", "The student who answers is not a member of this round."
                ),
            )
        ]
    if len(answer.choices) != len(round_.criteria):
        return [
            _err(
                path + "choices",
                QT_TRANSLATE_NOOP(
                    "Sociometry",
                    "The answer has choices for {found} questions; the round asks {count}.",
                ),
                found=len(answer.choices),
                count=len(round_.criteria),
            )
        ]
    limit = round_.choices_per_criterion
    for c, (criterion, chosen) in enumerate(zip(round_.criteria, answer.choices, strict=True)):
        where = f"{path}choices[{c}]"
        if len(chosen) > limit:
            issues.append(
                _err(
                    where,
                    QT_TRANSLATE_NOOP(
                        "Sociometry",
                        "“{criterion}”: {count} classmates are named; at most {limit} may be.",
                    ),
                    criterion=criterion.text,
                    count=len(chosen),
                    limit=limit,
                )
            )
        seen: set[int] = set()
        for r, number in enumerate(chosen):
            if number == answer.member:
                issues.append(
                    _err(
                        f"{where}[{r}]",
                        QT_TRANSLATE_NOOP(
                            "Sociometry", "“{criterion}”: nobody can choose themselves."
                        ),
                        criterion=criterion.text,
                    )
                )
            elif number not in members:
                issues.append(
                    _err(
                        f"{where}[{r}]",
                        QT_TRANSLATE_NOOP(
                            "Sociometry",
                            "“{criterion}”: choice {rank} is not a member of this round.",
                        ),
                        criterion=criterion.text,
                        rank=r + 1,
                    )
                )
            elif number in seen:
                issues.append(
                    _err(
                        f"{where}[{r}]",
                        QT_TRANSLATE_NOOP(
                            "Sociometry", "“{criterion}”: the same classmate is named twice."
                        ),
                        criterion=criterion.text,
                    )
                )
            seen.add(number)
    return issues


def validate_answers(round_: SociometryRound) -> list[Issue]:
    """Every answer of the round, and each student's once."""
    issues: list[Issue] = []
    seen: set[int] = set()
    for n, answer in enumerate(round_.answers):
        if answer.member in seen:
            issues.append(
                _err(
                    f"answers[{n}].member",
                    QT_TRANSLATE_NOOP("Sociometry", "The same student answers twice."),
                )
            )
        seen.add(answer.member)
        issues += validate_answer(round_, answer, f"answers[{n}].")
    return issues


# --- the analysis ----------------------------------------------------------------------


@dataclass(frozen=True)
class StudentFigure:
    """What one student received in the analysed questions, and her labels."""

    member: int
    positive: int
    negative: int
    weighted: int
    mutual: tuple[int, ...]
    star: bool = False
    isolate: bool = False
    rejected: bool = False
    cliques: tuple[int, ...] = ()  # indexes into Sociogram.cliques


@dataclass(frozen=True)
class Sociogram:
    """The analysis of ``criteria`` (indexes into the round's) of one round."""

    criteria: tuple[int, ...]
    members: tuple[int, ...]
    answered: int
    positive_edges: frozenset[tuple[int, int]]  # (chooser, chosen)
    negative_edges: frozenset[tuple[int, int]]
    figures: Mapping[int, StudentFigure] = field(default_factory=dict)
    mutual_pairs: tuple[tuple[int, int], ...] = ()  # (a, b), a < b
    cliques: tuple[tuple[int, ...], ...] = ()
    star_threshold: float = 0.0
    rejected_threshold: float = 0.0

    def stars(self) -> list[int]:
        return [m for m in self.members if self.figures[m].star]

    def isolates(self) -> list[int]:
        return [m for m in self.members if self.figures[m].isolate]

    def rejected(self) -> list[int]:
        return [m for m in self.members if self.figures[m].rejected]


def mean_sd(values: Sequence[int]) -> tuple[float, float]:
    """Mean and population standard deviation (0, 0 for no values)."""
    if not values:
        return 0.0, 0.0
    mean = sum(values) / len(values)
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def maximal_cliques(
    graph: Mapping[int, set[int]], at_least: int = CLIQUE_AT_LEAST
) -> list[tuple[int, ...]]:
    """The maximal cliques of an undirected ``graph`` (node → neighbours) with at least
    ``at_least`` nodes, each sorted, largest first then in order (Bron–Kerbosch with
    pivot)."""
    found: list[tuple[int, ...]] = []

    def expand(r: set[int], p: set[int], x: set[int]) -> None:
        if not p and not x:
            if len(r) >= at_least:
                found.append(tuple(sorted(r)))
            return
        pivot = max(p | x, key=lambda u: (len(graph[u] & p), -u))
        for v in sorted(p - graph[pivot]):
            expand(r | {v}, p & graph[v], x & graph[v])
            p = p - {v}
            x = x | {v}

    expand(set(), set(graph), set())
    return sorted(found, key=lambda c: (-len(c), c))


def analyse(round_: SociometryRound, criteria: Iterable[int] | None = None) -> Sociogram:
    """The sociogram of ``criteria`` (indexes; None: every question of the round)."""
    chosen_criteria = tuple(
        sorted(set(range(len(round_.criteria)) if criteria is None else criteria))
    )
    members = tuple(round_.numbers())
    limit = round_.choices_per_criterion
    positive = dict.fromkeys(members, 0)
    negative = dict.fromkeys(members, 0)
    weighted = dict.fromkeys(members, 0)
    pos_edges: set[tuple[int, int]] = set()
    neg_edges: set[tuple[int, int]] = set()
    asked_positive = False
    for answer in round_.answers:
        for c in chosen_criteria:
            if c >= len(answer.choices):
                continue
            is_positive = round_.criteria[c].positive
            if is_positive and answer.choices[c]:
                asked_positive = True
            for rank, number in enumerate(answer.choices[c]):
                if number not in positive or number == answer.member:
                    continue
                if is_positive:
                    positive[number] += 1
                    weighted[number] += max(limit - rank, 1)
                    pos_edges.add((answer.member, number))
                else:
                    negative[number] += 1
                    neg_edges.add((answer.member, number))
    mutual_graph: dict[int, set[int]] = {m: set() for m in members}
    pairs: list[tuple[int, int]] = []
    for a, b in pos_edges:
        if a < b and (b, a) in pos_edges:
            pairs.append((a, b))
            mutual_graph[a].add(b)
            mutual_graph[b].add(a)
    pairs.sort()
    cliques = maximal_cliques(mutual_graph)
    p_mean, p_sd = mean_sd([positive[m] for m in members])
    n_mean, n_sd = mean_sd([negative[m] for m in members])
    star_at = p_mean + p_sd
    rejected_at = n_mean + n_sd
    figures: dict[int, StudentFigure] = {}
    eps = 1e-9
    for m in members:
        p, n = positive[m], negative[m]
        figures[m] = StudentFigure(
            member=m,
            positive=p,
            negative=n,
            weighted=weighted[m],
            mutual=tuple(sorted(mutual_graph[m])),
            star=p > p_mean + eps and p >= star_at - eps,
            isolate=asked_positive and p == 0 and _others_answered(round_, m, chosen_criteria),
            rejected=n >= REJECTED_AT_LEAST and n > n_mean + eps and n >= rejected_at - eps,
            cliques=tuple(i for i, c in enumerate(cliques) if m in c),
        )
    return Sociogram(
        chosen_criteria,
        members,
        len(round_.answers),
        frozenset(pos_edges),
        frozenset(neg_edges),
        figures,
        tuple(pairs),
        tuple(cliques),
        star_at,
        rejected_at,
    )


def _others_answered(round_: SociometryRound, member: int, criteria: Sequence[int]) -> bool:
    """Someone other than ``member`` answered a positive question of ``criteria``."""
    return any(
        a.member != member and any(round_.criteria[c].positive for c in criteria)
        for a in round_.answers
    )


# --- drawing and labels ----------------------------------------------------------------


def layout(gram: Sociogram) -> dict[int, tuple[float, float]]:
    """Each student's place in the unit disc: the more positive choices received the
    nearer the centre (the stars innermost), isolates on the edge (radius 1). Around
    the circle students are ordered by clique, then by their mutual partners, so
    friends sit near each other; the same round always gives the same picture."""
    members = list(gram.members)
    if not members:
        return {}
    top = max(gram.figures[m].positive for m in members) or 1
    order: list[int] = []
    for clique in gram.cliques:
        order += [m for m in clique if m not in order]
    for a, b in gram.mutual_pairs:
        order += [m for m in (a, b) if m not in order]
    order += [m for m in members if m not in order]
    places: dict[int, tuple[float, float]] = {}
    stars = [m for m in order if gram.figures[m].star]
    ring = [m for m in order if not gram.figures[m].star]
    for i, m in enumerate(stars):  # the middle, spread evenly so that no two meet
        radius = 0.0 if len(stars) == 1 else 0.1 + 0.1 * (1 - gram.figures[m].positive / top)
        angle = 2 * math.pi * i / len(stars) - math.pi / 2
        places[m] = (radius * math.cos(angle), radius * math.sin(angle))
    for i, m in enumerate(ring):
        figure = gram.figures[m]
        if figure.isolate or figure.positive == 0:
            radius = 1.0
        else:  # square root: one very popular student does not push the rest to the edge
            radius = 0.35 + 0.5 * (1 - math.sqrt(figure.positive / top))
        angle = 2 * math.pi * i / len(ring) - math.pi / 2
        places[m] = (radius * math.cos(angle), radius * math.sin(angle))
    return places


class LabelMode(StrEnum):
    """How the homeroom teacher's version names the students."""

    NUMBER = "number"  # "S07": the member's number; the key stays in the vault
    INITIALS = "initials"  # "BS", "BS-2" when two share them
    FULL_NAME = "full_name"  # only when she ticks it, with a warning


def number_label(number: int) -> str:
    return f"S{number:02d}"


def initials_of(name: str) -> str:
    """The first letter of each word of ``name`` (at most four), capitals, accents
    dropped: "Siti Nur Aisyah" → "SNA"."""
    letters = []
    for word in one_line(name).replace("-", " ").split():
        first = next((ch for ch in word if ch.isalpha()), "")
        if first:
            base = unicodedata.normalize("NFKD", first)[0]
            letters.append(base.upper())
    return "".join(letters[:4]) or "?"


def teacher_labels(names: Mapping[int, str | None], mode: LabelMode) -> dict[int, str]:
    """The label of each member number for the homeroom teacher: its number key, its
    initials (numbered "-2", "-3" when two share them, in member order) or, when she
    chose it, the full name. A member with no name (a former member) shows its number."""
    labels: dict[int, str] = {}
    if mode is LabelMode.NUMBER:
        return {m: number_label(m) for m in names}
    if mode is LabelMode.FULL_NAME:
        return {m: one_line(n) if n else number_label(m) for m, n in names.items()}
    counts: dict[str, int] = {}
    for m in sorted(names):
        name = names[m]
        if not name:
            labels[m] = number_label(m)
            continue
        base = initials_of(name)
        counts[base] = counts.get(base, 0) + 1
        labels[m] = base if counts[base] == 1 else f"{base}-{counts[base]}"
    # the first of a shared pair gets "-1" too, so no label reads as "the only one"
    shared = {b for b, c in counts.items() if c > 1}
    for m in sorted(names):
        if labels[m] in shared:
            labels[m] = f"{labels[m]}-1"
    return labels
