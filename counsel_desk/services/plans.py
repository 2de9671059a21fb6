"""Support plans (versioned), progress ratings and measures given in session notes, and
the plan summary a supervision export can include."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from counsel_desk.domain.plans import (
    Measure,
    ObjectiveRating,
    SupportPlan,
    measure_series,
    plan_summary_text,
    progress_series,
    validate_measure,
    validate_plan,
    validate_rating,
)
from counsel_desk.domain.validation import Issue, NoteLockedError, raise_for_errors, warnings
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.measures import MeasureRepository
from counsel_desk.vault.repositories.notes import SessionRepository
from counsel_desk.vault.repositories.plans import PlanRepository
from counsel_desk.vault.repositories.screening import ScreeningRepository
from counsel_desk.vault.vault import Vault


class PlanError(CounselDeskError):
    pass


@dataclass(frozen=True)
class PlanRecord:
    """A client's plan as the Plan tab shows it: every version, ratings and measures."""

    versions: list[SupportPlan]
    ratings: list[ObjectiveRating]
    measures: list[Measure]
    # Totals of the questionnaires filled in on the Screening tab (issue 20): they join
    # the session measures of the same name in the questionnaire chart.
    screenings: list[Measure] = field(default_factory=list)

    @property
    def current(self) -> SupportPlan | None:
        return self.versions[-1] if self.versions else None

    def progress(self) -> dict[str, list[tuple[dt.date, int, int]]]:
        return progress_series(self.ratings)

    def measure_lines(self) -> dict[str, list[tuple[dt.date, int]]]:
        return measure_series([*self.measures, *self.screenings])


class PlanService:
    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    # --- plans -----------------------------------------------------------------------

    def record(self, client_id: int) -> PlanRecord:
        with self._vault.reading() as conn:
            plans = PlanRepository(conn)
            return PlanRecord(
                plans.versions(client_id),
                plans.ratings(client_id),
                MeasureRepository(conn).of_client(client_id),
                [
                    Measure(r.definition.name, r.score.total, None, r.taken_on)
                    for r in ScreeningRepository(conn).of_client(client_id)
                    if not r.is_struck
                ],
            )

    def versions(self, client_id: int) -> list[SupportPlan]:
        with self._vault.reading() as conn:
            return PlanRepository(conn).versions(client_id)

    def current(self, client_id: int) -> SupportPlan | None:
        with self._vault.reading() as conn:
            return PlanRepository(conn).current(client_id)

    def save_version(
        self, client_id: int, plan: SupportPlan, reason: str | None = None
    ) -> tuple[SupportPlan, list[Issue]]:
        """Store ``plan`` as the client's next version (the first, or a revision). The
        earlier versions are kept unchanged. Raises ValidationError on errors."""
        issues = validate_plan(plan)
        raise_for_errors(issues)
        with self._vault.transaction() as conn:
            code = ClientRepository(conn).case_code_for(client_id)
            if code is None:
                raise PlanError(
                    UserMessage(
                        QT_TRANSLATE_NOOP("Plans", "That client is no longer in the vault.")
                    )
                )
            plans = PlanRepository(conn)
            stored = replace(plan, reason=(reason or "").strip() or None, id=None)
            version = plans.insert_version(client_id, stored, self._clock())
            self._vault.audit.append(
                AuditAction.CLIENT_CHANGED, code, f"support plan version {version}"
            )
            saved = plans.current(client_id)
        assert saved is not None
        return saved, warnings(issues)

    # --- ratings and measures of a note ------------------------------------------------

    def session_scores(self, session_id: int) -> tuple[list[ObjectiveRating], list[Measure]]:
        with self._vault.reading() as conn:
            return (
                PlanRepository(conn).ratings_of_session(session_id),
                MeasureRepository(conn).of_session(session_id),
            )

    def instruments(self) -> list[str]:
        with self._vault.reading() as conn:
            return MeasureRepository(conn).instruments()

    def save_session_scores(
        self,
        session_id: int,
        ratings: Sequence[ObjectiveRating],
        measures: Sequence[Measure],
    ) -> None:
        """Set the progress ratings and measures of a draft note. A signed note keeps
        the ones it was signed with (NoteLockedError; the database refuses as well)."""
        for rating in ratings:
            raise_for_errors(validate_rating(rating))
        for measure in measures:
            raise_for_errors(validate_measure(measure))
        with self._vault.transaction() as conn:
            found = SessionRepository(conn).get(session_id)
            if found is None:
                raise PlanError(
                    UserMessage(QT_TRANSLATE_NOOP("Plans", "That note is no longer in the vault."))
                )
            client_id, note = found
            if note.is_signed:
                raise NoteLockedError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Plans", "This note was signed: its ratings and measures are locked."
                        )
                    )
                )
            old = (
                PlanRepository(conn).ratings_of_session(session_id),
                MeasureRepository(conn).of_session(session_id),
            )
            new_ratings = [replace(r, session_id=session_id, date=None) for r in ratings]
            new_measures = [replace(m, session_id=session_id, date=None) for m in measures]
            if (sorted(old[0], key=_rkey), sorted(old[1], key=_mkey)) == (
                sorted(new_ratings, key=_rkey),
                sorted(new_measures, key=_mkey),
            ):
                return
            PlanRepository(conn).replace_ratings(session_id, new_ratings)
            MeasureRepository(conn).replace(session_id, new_measures)
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(
                AuditAction.NOTE_SAVED, code, f"note {session_id}: ratings and measures"
            )

    # --- supervision ---------------------------------------------------------------------

    def plan_summary_text(self, client_id: int, *, language: str = "en") -> str | None:
        """The current plan as plain text for a supervision summary (None: no plan).
        Its wording is the counselor's, so the supervision export redacts it like the
        notes before it goes into the PDF."""
        record = self.record(client_id)
        if record.current is None:
            return None
        return plan_summary_text(record.current, record.ratings, language=language)


def _rkey(r: ObjectiveRating) -> str:
    return r.objective_key


def _mkey(m: Measure) -> str:
    return m.instrument
