"""Support plans: goals with measurable objectives, the interventions chosen, a target
date and a review date; progress ratings per objective given in session notes; optional
measures (a 0–10 mood scale, a questionnaire total) per session.

A plan is versioned: a revision is a new version, the old ones stay readable and are
never changed. Objectives keep a stable ``key`` across versions, so the progress of an
objective whose wording was sharpened in a revision stays one line on the chart.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from counsel_desk.domain.validation import Issue, Severity
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog, UserMessage

SCALES = (4, 10)
"""Rating scales an objective may use: 0–4 or 0–10."""

MOOD = "mood"
"""The instrument name of the 0–10 mood scale (any other name is a questionnaire)."""
MOOD_MAX = 10
MAX_QUESTIONNAIRE_TOTAL = 1000
PLAN_BODY_VERSION = 1


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DISCONTINUED = "discontinued"


def new_key(prefix: str) -> str:
    """A stable identifier for a goal or objective (kept across plan versions)."""
    return f"{prefix}-{secrets.token_hex(4)}"


@dataclass
class Objective:
    """A measurable step towards a goal, rated 0..``scale_max`` in session notes."""

    text: str
    scale_max: int = 4
    target: int | None = None
    key: str = field(default_factory=lambda: new_key("o"))


@dataclass
class Goal:
    text: str
    objectives: list[Objective] = field(default_factory=list)
    interventions: list[str] = field(default_factory=list)
    target_date: dt.date | None = None
    review_date: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    key: str = field(default_factory=lambda: new_key("g"))


@dataclass
class SupportPlan:
    """One version of a client's plan. ``version`` and ``created_at`` are set when the
    vault stores it; ``reason`` says why it was revised."""

    goals: list[Goal] = field(default_factory=list)
    version: int = 0
    created_at: dt.datetime | None = None
    reason: str | None = None
    id: int | None = None

    @property
    def review_due(self) -> dt.date | None:
        """The earliest review date of the goals still being worked on."""
        dates = [
            g.review_date
            for g in self.goals
            if g.review_date is not None and g.status is GoalStatus.ACTIVE
        ]
        return min(dates) if dates else None

    def objectives(self) -> list[tuple[Goal, Objective]]:
        return [(g, o) for g in self.goals for o in g.objectives]

    def objective(self, key: str) -> Objective | None:
        return next((o for _, o in self.objectives() if o.key == key), None)


@dataclass(frozen=True)
class ObjectiveRating:
    """Progress on one objective, as rated in one session note."""

    objective_key: str
    score: int
    scale_max: int
    session_id: int | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class Measure:
    """An optional screening score of one session: the mood scale or a questionnaire."""

    instrument: str
    score: int
    session_id: int | None = None
    date: dt.date | None = None

    @property
    def is_mood(self) -> bool:
        return self.instrument == MOOD


# --- the stored body ---------------------------------------------------------------------


def _d(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _pd(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def plan_to_json(plan: SupportPlan) -> str:
    """The goals of a plan version as canonical JSON (what the vault stores)."""
    body = {
        "v": PLAN_BODY_VERSION,
        "goals": [
            {
                "key": g.key,
                "text": g.text,
                "status": GoalStatus(g.status).value,
                "target_date": _d(g.target_date),
                "review_date": _d(g.review_date),
                "interventions": list(g.interventions),
                "objectives": [
                    {"key": o.key, "text": o.text, "scale_max": o.scale_max, "target": o.target}
                    for o in g.objectives
                ],
            }
            for g in plan.goals
        ],
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def plan_from_json(text: str) -> list[Goal]:
    data = json.loads(text)
    goals = []
    for g in data.get("goals", []):
        goals.append(
            Goal(
                key=str(g["key"]),
                text=str(g.get("text", "")),
                status=GoalStatus(g.get("status", "active")),
                target_date=_pd(g.get("target_date")),
                review_date=_pd(g.get("review_date")),
                interventions=[str(i) for i in g.get("interventions", [])],
                objectives=[
                    Objective(
                        key=str(o["key"]),
                        text=str(o.get("text", "")),
                        scale_max=int(o.get("scale_max", 4)),
                        target=o.get("target"),
                    )
                    for o in g.get("objectives", [])
                ],
            )
        )
    return goals


# --- rules ---------------------------------------------------------------------------------


def _err(path: str, text: str, **params: object) -> Issue:
    return Issue(path, UserMessage(text, **params), Severity.ERROR)


def validate_plan(plan: SupportPlan) -> list[Issue]:
    issues: list[Issue] = []
    if not plan.goals:
        issues.append(_err("goals", QT_TRANSLATE_NOOP("Plans", "A plan needs at least one goal.")))
    keys: set[str] = set()
    for i, goal in enumerate(plan.goals):
        path = f"goals[{i}]"
        if not goal.text.strip():
            issues.append(
                _err(f"{path}.text", QT_TRANSLATE_NOOP("Plans", "A goal cannot be blank."))
            )
        if not goal.objectives:
            issues.append(
                _err(
                    f"{path}.objectives",
                    QT_TRANSLATE_NOOP(
                        "Plans", "Goal {number} needs at least one measurable objective."
                    ),
                    number=i + 1,
                )
            )
        if goal.target_date and goal.review_date and goal.review_date > goal.target_date:
            issues.append(
                Issue(
                    f"{path}.review_date",
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Plans", "Goal {number} is reviewed after its target date."
                        ),
                        number=i + 1,
                    ),
                    Severity.WARNING,
                )
            )
        for j, objective in enumerate(goal.objectives):
            opath = f"{path}.objectives[{j}]"
            if not objective.text.strip():
                issues.append(
                    _err(
                        f"{opath}.text", QT_TRANSLATE_NOOP("Plans", "An objective cannot be blank.")
                    )
                )
            if objective.scale_max not in SCALES:
                issues.append(
                    _err(
                        f"{opath}.scale_max",
                        QT_TRANSLATE_NOOP("Plans", "Objectives are rated 0–4 or 0–10."),
                    )
                )
            elif objective.target is not None and not 0 <= objective.target <= objective.scale_max:
                issues.append(
                    _err(
                        f"{opath}.target",
                        QT_TRANSLATE_NOOP("Plans", "The target must be on the scale 0–{max}."),
                        max=objective.scale_max,
                    )
                )
            if objective.key in keys:
                issues.append(
                    _err(
                        f"{opath}.key", QT_TRANSLATE_NOOP("Plans", "An objective is listed twice.")
                    )
                )
            keys.add(objective.key)
        for k, intervention in enumerate(goal.interventions):
            if not intervention.strip():
                issues.append(
                    _err(
                        f"{path}.interventions[{k}]",
                        QT_TRANSLATE_NOOP("Plans", "An intervention cannot be blank."),
                    )
                )
    return issues


def validate_rating(rating: ObjectiveRating) -> list[Issue]:
    if rating.scale_max not in SCALES or not 0 <= rating.score <= rating.scale_max:
        return [
            _err(
                "score",
                QT_TRANSLATE_NOOP("Plans", "A rating must be on the objective's scale (0–{max})."),
                max=rating.scale_max,
            )
        ]
    return []


def validate_measure(measure: Measure) -> list[Issue]:
    if not measure.instrument.strip():
        return [_err("instrument", QT_TRANSLATE_NOOP("Plans", "Name the questionnaire."))]
    if "\n" in measure.instrument or len(measure.instrument) > 80:
        return [
            _err(
                "instrument",
                QT_TRANSLATE_NOOP("Plans", "A questionnaire name is one short line."),
            )
        ]
    limit = MOOD_MAX if measure.is_mood else MAX_QUESTIONNAIRE_TOTAL
    if not 0 <= measure.score <= limit:
        return [
            _err(
                "score",
                QT_TRANSLATE_NOOP("Plans", "The score must be between 0 and {max}."),
                max=limit,
            )
        ]
    return []


def revise(plan: SupportPlan) -> SupportPlan:
    """A working copy of ``plan`` to edit into the next version (keys kept)."""
    return SupportPlan(
        goals=[
            Goal(
                key=g.key,
                text=g.text,
                status=g.status,
                target_date=g.target_date,
                review_date=g.review_date,
                interventions=list(g.interventions),
                objectives=[Objective(o.text, o.scale_max, o.target, o.key) for o in g.objectives],
            )
            for g in plan.goals
        ]
    )


def progress_series(
    ratings: Iterable[ObjectiveRating],
) -> dict[str, list[tuple[dt.date, int, int]]]:
    """Per objective key: (date, score, scale max) in date order, for the chart."""
    series: dict[str, list[tuple[dt.date, int, int]]] = {}
    for r in sorted(ratings, key=lambda r: (r.date or dt.date.min, r.session_id or 0)):
        if r.date is not None:
            series.setdefault(r.objective_key, []).append((r.date, r.score, r.scale_max))
    return series


def measure_series(measures: Iterable[Measure]) -> dict[str, list[tuple[dt.date, int]]]:
    """Per instrument (the mood scale first): (date, score) in date order."""
    series: dict[str, list[tuple[dt.date, int]]] = {}
    ordered = sorted(measures, key=lambda m: (m.date or dt.date.min, m.session_id or 0))
    for m in ordered:
        if m.date is not None:
            series.setdefault(m.instrument, []).append((m.date, m.score))
    return dict(sorted(series.items(), key=lambda kv: (kv[0] != MOOD, kv[0].casefold())))


def plan_summary_text(
    plan: SupportPlan, ratings: Iterable[ObjectiveRating] = (), *, language: str = "en"
) -> str:
    """The plan as plain text for a supervision summary: goals, objectives with the first
    and latest rating, interventions and dates. Names never occur in a plan's structure,
    but its wording is the counselor's: the supervision export redacts it like any note."""
    from counsel_desk.domain.vocabulary import display_name  # it names this module's enum

    words = Catalog.load(language).words(_SUMMARY_TEXTS)
    series = progress_series(ratings)
    lines = [words["head"].format(version=plan.version)]
    for n, goal in enumerate(plan.goals, start=1):
        status = display_name(GoalStatus(goal.status), language).lower()
        lines.append(f"{words['goal']} {n}: {goal.text.strip()} ({status})")
        dates = []
        if goal.target_date:
            dates.append(words["target_date"].format(day=goal.target_date.isoformat()))
        if goal.review_date:
            dates.append(words["review_date"].format(day=goal.review_date.isoformat()))
        if dates:
            lines.append("  " + "; ".join(dates))
        for objective in goal.objectives:
            points = series.get(objective.key, [])
            progress = words["not_rated"]
            if points:
                first, last = points[0], points[-1]
                progress = words["progress"].format(
                    first=first[1], last=last[1], max=objective.scale_max, count=len(points)
                )
            target = (
                words["target"].format(target=objective.target, max=objective.scale_max)
                if objective.target is not None
                else ""
            )
            lines.append(f"  - {objective.text.strip()} — {progress}{target}")
        if goal.interventions:
            lines.append("  " + words["interventions"] + ": " + "; ".join(goal.interventions))
    return "\n".join(lines)


# The summary's words, each marked once (context "PlanSummary"); the Indonesian is in
# resources/translations/counsel_desk_id.ts and is looked up when the summary is made.
_SUMMARY_TEXTS: dict[str, str] = {
    "head": QT_TRANSLATE_NOOP("PlanSummary", "Support plan (version {version})"),
    "goal": QT_TRANSLATE_NOOP("PlanSummary", "Goal"),
    "target_date": QT_TRANSLATE_NOOP("PlanSummary", "target {day}"),
    "review_date": QT_TRANSLATE_NOOP("PlanSummary", "review {day}"),
    "not_rated": QT_TRANSLATE_NOOP("PlanSummary", "not rated yet"),
    "progress": QT_TRANSLATE_NOOP(
        "PlanSummary", "rated {first}/{max} first, {last}/{max} latest ({count} sessions)"
    ),
    "target": QT_TRANSLATE_NOOP("PlanSummary", "; target {target}/{max}"),
    "interventions": QT_TRANSLATE_NOOP("PlanSummary", "Interventions"),
}
