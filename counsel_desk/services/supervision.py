"""Supervision summaries (redacted) and full-record PDFs: the use cases behind
"Export for supervision…" and ``counsel-desk-cli supervision-pdf``.

The identifier set is the whole vault plus the "never print" list: a note about one
client often names another. The "always keep" list (issue 16) names words that are no
one ("Duolingo", "Indomaret"): they are printed as written instead of ``[PERSON ?]``, but
never a name in a record, and never a word that is also on the never-print list. Every PDF is read back before it is written, and not written
if anything identifying survived (``export/pdf_check.py``). The audit log records that an export of
a case code was made, and the file's SHA-256: not where it was written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_desk.domain.collector import collector_paused
from counsel_desk.domain.disclosures import Sharing
from counsel_desk.domain.enums import SharedDocument
from counsel_desk.domain.model import Caseload
from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.domain.school_calendar import (
    SchoolEvent,
    event_problem,
    events_from_json,
    sorted_events,
)
from counsel_desk.domain.screening import RecordedResult, ScreeningResult
from counsel_desk.export.pdf_check import render_supervision_pdf_checked
from counsel_desk.export.supervision_summary import (
    DEFAULT_SECTIONS,
    Section,
    SupervisionInput,
    SupervisionSummary,
    prepare_supervision_summary,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.services.disclosures import DisclosureService, covering_consent, share_pdf
from counsel_desk.services.plans import PlanService
from counsel_desk.vault.repositories.appointments import AppointmentRepository, IntakeRepository
from counsel_desk.vault.repositories.career_interests import CareerInterestRepository
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.referrals import ReferralRepository
from counsel_desk.vault.repositories.roster import RosterRepository
from counsel_desk.vault.repositories.screening import ScreeningRepository
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.repositories.supervision import SupervisionContextRepository
from counsel_desk.vault.vault import Vault

NEVER_PRINT_KEY = "never_print_terms"
KEPT_WORDS_KEY = "kept_words"
SCHOOL_CALENDAR_KEY = "school_calendar"

if TYPE_CHECKING:
    from counsel_desk.export.record_pdf import StudentSociometry


def _stored_terms(settings: VaultSettingsRepository, key: str) -> list[str]:
    """A stored word list (never-print or kept words): its texts, nothing else."""
    stored = settings.get(key, [])
    return [t for t in stored if isinstance(t, str)] if isinstance(stored, list) else []


def _tidy_terms(terms: list[str]) -> list[str]:
    """Spaces at the ends dropped, blanks dropped, each once, sorted ignoring case: how
    both word lists are stored."""
    return sorted({t.strip() for t in terms if t.strip()}, key=str.casefold)


@dataclass(frozen=True)
class SupervisionContext:
    """What only the counselor can write for supervision, kept with the case."""

    question: str | None = None
    background_strengths: str | None = None
    conceptualization: str | None = None
    goals: str | None = None
    interventions: str | None = None
    response_progress: str | None = None
    reactions: str | None = None
    plan: str | None = None


@dataclass(frozen=True)
class SupervisionRequest:
    client_id: int
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sections: frozenset[Section] = DEFAULT_SECTIONS  # screenings only when ticked
    include_private_notes: bool = False
    language: str = "en"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    summary: SupervisionSummary | None = None
    protected: bool = False  # encrypted with a password (issue 18)
    logged: bool = True  # in the disclosure log (False: the vault could not be written)


class SchoolCalendarError(CounselDeskError):
    """An event of the school calendar that cannot be kept (its message says why)."""


class UnknownCaseCodeError(CounselDeskError):
    def __init__(self, code: str) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP("Supervision", "No client has the case code {code}."), code=code
            )
        )


class SupervisionService:
    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    # --- never-print list and identifiers -------------------------------------------

    def never_print(self) -> list[str]:
        with self._vault.reading() as conn:
            return _stored_terms(VaultSettingsRepository(conn), NEVER_PRINT_KEY)

    def set_never_print(self, terms: list[str]) -> None:
        with self._vault.transaction() as conn:
            VaultSettingsRepository(conn).set(NEVER_PRINT_KEY, _tidy_terms(terms))

    def add_never_print(self, term: str) -> bool:
        """Add one word to the never-print list (in any case it is there once), in one
        transaction; whether it was not there yet."""
        return self._add_term(NEVER_PRINT_KEY, term)

    def _add_term(self, key: str, term: str) -> bool:
        with self._vault.transaction() as conn:
            settings = VaultSettingsRepository(conn)
            terms = _stored_terms(settings, key)
            if term.strip().casefold() in {t.casefold() for t in terms}:
                return False
            settings.set(key, _tidy_terms([*terms, term]))
        return True

    def kept_words(self) -> list[str]:
        """Words she said are no one's name: printed as written in every summary."""
        with self._vault.reading() as conn:
            return _stored_terms(VaultSettingsRepository(conn), KEPT_WORDS_KEY)

    def set_kept_words(self, words: list[str]) -> None:
        with self._vault.transaction() as conn:
            VaultSettingsRepository(conn).set(KEPT_WORDS_KEY, _tidy_terms(words))

    def add_kept_word(self, word: str) -> bool:
        """Keep one more word as written in every summary (once in any case), in one
        transaction; whether it was not kept yet."""
        return self._add_term(KEPT_WORDS_KEY, word)

    def school_calendar(self) -> list[SchoolEvent]:
        """The school's events she entered (exam weeks, holidays): dates in them are kept."""
        with self._vault.reading() as conn:
            stored = VaultSettingsRepository(conn).get(SCHOOL_CALENDAR_KEY, [])
        return sorted_events(events_from_json(stored))

    def set_school_calendar(self, events: list[SchoolEvent]) -> None:
        """Replace the school calendar; an event that cannot be kept is refused, saying
        why, and nothing changes."""
        for event in events:
            problem = event_problem(event)
            if problem is not None:
                raise SchoolCalendarError(problem)
        with self._vault.transaction() as conn:
            VaultSettingsRepository(conn).set(
                SCHOOL_CALENDAR_KEY, [e.to_json() for e in sorted_events(events)]
            )

    def identifiers(self, *, to_change: bool = False) -> IdentifierSet:
        """Everyone the vault knows, plus the never-print words, with the kept words kept.
        A word on both lists is never printed; a kept word that is a name in a record is
        redacted all the same (``IdentifierSet.keep``). Notes are not loaded.

        Built once per unlock and kept until a record it comes from changes
        (``Vault.about_people``): the same set serves every summary and report. A caller
        that adds words of its own (the CLI's ``--redact`` / ``--keep``) asks
        ``to_change=True`` for a set of its own."""
        if to_change:
            return self._build_identifiers()
        return self._vault.about_people("identifiers", self._build_identifiers)

    @collector_paused()  # many objects, no cycles: no pass holds the window
    def _build_identifiers(self) -> IdentifierSet:
        with self._vault.reading() as conn:
            profiles = ClientRepository(conn).all_profiles()
            asked = IntakeRepository(conn).names()
            roster = RosterRepository(conn).all()
        ids = IdentifierSet.from_caseload(Caseload(profiles), extra_terms=self.never_print())
        for i, name in enumerate(asked):
            ids.add_person(name, f"i:{i}")
        ids.add_roster(roster)  # the class list's students: not clients, named all the same
        ids.keep(self.kept_words())
        ids.keep_school_days(day for event in self.school_calendar() for day in event.days())
        return ids

    # --- the sections kept with the case --------------------------------------------

    def context(self, client_id: int) -> SupervisionContext:
        with self._vault.reading() as conn:
            values = SupervisionContextRepository(conn).get(client_id)
        return SupervisionContext(**values)

    def save_context(self, client_id: int, context: SupervisionContext) -> None:
        values = {f.name: getattr(context, f.name) for f in fields(context)}
        with self._vault.transaction() as conn:
            SupervisionContextRepository(conn).save(client_id, values)

    # --- summaries ------------------------------------------------------------------

    def client_id_for(self, case_code: str) -> int:
        with self._vault.reading() as conn:
            found = ClientRepository(conn).id_for_case_code(case_code)
        if found is None:
            raise UnknownCaseCodeError(case_code)
        return found

    def _input(
        self,
        request: SupervisionRequest,
        context: SupervisionContext,
        identifiers: IdentifierSet | None,
    ) -> SupervisionInput:
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(request.client_id)
            screening = ScreeningRepository(conn)
            results = screening.of_client(request.client_id)
            recorded = screening.recorded_of_client(request.client_id)
        if client is None:
            raise UnknownCaseCodeError(str(request.client_id))
        if not (context.goals or "").strip():
            # No goals written for supervision: the client's support plan stands in (its
            # wording is redacted like every other text of the summary).
            plan = PlanService(self._vault).plan_summary_text(
                request.client_id, language=request.language
            )
            if plan:
                context = replace(context, goals=plan)
        return SupervisionInput(
            client=client,
            all_clients_identifiers=identifiers or self.identifiers(),
            date_from=request.date_from,
            date_to=request.date_to,
            sections=request.sections,
            include_private_notes=request.include_private_notes,
            language=request.language,
            screenings=results,
            recorded_results=recorded,
            **{f.name: getattr(context, f.name) for f in fields(context)},
        )

    @collector_paused()  # many objects, no cycles: no pass holds the window
    def prepare(
        self,
        request: SupervisionRequest,
        context: SupervisionContext | None = None,
        identifiers: IdentifierSet | None = None,
    ) -> SupervisionSummary:
        """The redacted summary, for the review step (nothing written)."""
        ctx = context if context is not None else self.context(request.client_id)
        return prepare_supervision_summary(self._input(request, ctx, identifiers))

    @collector_paused()  # many objects, no cycles: no pass holds the window
    def export(
        self,
        request: SupervisionRequest,
        output: Path,
        context: SupervisionContext | None = None,
        identifiers: IdentifierSet | None = None,
        sharing: Sharing | None = None,
    ) -> ExportResult:
        """Render the summary, read its bytes back, and write it where the user chose
        only if nothing identifying survived (SelfCheckFailedError: nothing written);
        with a password in ``sharing``, encrypted in memory first. Logged as a
        disclosure under the client's active supervision consent, if she has one. Slow:
        off the GUI thread."""
        ctx = context if context is not None else self.context(request.client_id)
        inp = replace(self._input(request, ctx, identifiers), output=Path(output))
        summary, data = render_supervision_pdf_checked(inp)
        now = self._clock()
        shared = share_pdf(
            self._vault,
            client_id=request.client_id,
            document=SharedDocument.SUPERVISION_SUMMARY,
            data=data,
            path=Path(output),
            sharing=sharing or Sharing(),
            consent_id=covering_consent(
                SharedDocument.SUPERVISION_SUMMARY, inp.client.consents, now.date()
            ),
            audit_detail="supervision summary",
            now=now,
        )
        return ExportResult(shared.path, shared.sha256, summary, shared.protected, shared.logged)

    def _sociometry_of(self, client_id: int) -> list[StudentSociometry]:
        """The rounds the client was a member of, as counts about her only (see
        ``StudentSociometry``): her classmates' answers name no one in her record."""
        from counsel_desk.domain.sociometry import analyse
        from counsel_desk.export.record_pdf import StudentSociometry
        from counsel_desk.vault.repositories.sociometry import SociometryRepository

        found: list[StudentSociometry] = []
        with self._vault.reading() as conn:
            repo = SociometryRepository(conn)
            taken = [(repo.get(r), n) for r, n in repo.rounds_of_client(client_id)]
        for round_, number in taken:
            if round_ is None:
                continue
            questions = []
            for c, criterion in enumerate(round_.criteria):
                figure = analyse(round_, [c]).figures[number]
                count = figure.positive if criterion.positive else figure.negative
                questions.append((criterion.text, criterion.positive, count, len(figure.mutual)))
            whole = analyse(round_)
            mine = whole.figures[number]
            labels = frozenset(
                k
                for k, on in (
                    ("star", mine.star),
                    ("isolate", mine.isolate),
                    ("rejected", mine.rejected),
                )
                if on
            )
            found.append(
                StudentSociometry(
                    round_.held_on,
                    round_.class_name,
                    len(round_.members),
                    len(round_.answers),
                    tuple(questions),
                    labels,
                    tuple(len(whole.cliques[i]) for i in mine.cliques),
                )
            )
        return found

    def export_full_record(
        self,
        client_id: int,
        output: Path,
        *,
        include_private: bool = False,
        language: str = "en",
        sharing: Sharing | None = None,
    ) -> ExportResult:
        """The complete, unredacted record (for the counselor's files or a client's
        request), marked as such on every page. Written only where the user chose.
        Private process and sole-possession notes only with ``include_private``; with a
        password in ``sharing``, encrypted in memory before it is written. Logged as a
        disclosure, under an active release of information that allows the full record
        when there is one."""
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
            referrals = [r for _, r in ReferralRepository(conn).load(client_id)]
            appointments = AppointmentRepository(conn).all(client_id=client_id)
            screening = ScreeningRepository(conn)
            screenings: list[ScreeningResult | RecordedResult] = [
                *screening.of_client(client_id),
                *screening.recorded_of_client(client_id),
            ]
            careers = CareerInterestRepository(conn).of_client(client_id)
        if client is None:
            raise UnknownCaseCodeError(str(client_id))
        from counsel_desk.export.record_pdf import (  # reportlab: not at launch
            StudentNeeds,
            render_record_pdf,
        )
        from counsel_desk.vault.repositories.needs import NeedsRepository

        with self._vault.reading() as conn:
            repo = NeedsRepository(conn)
            texts = {i.id: i.text for i in repo.items()}
            mine = repo.responses(client_id)
        needs = [
            StudentNeeds(
                r.taken_on,
                r.class_name,
                len(r.asked),
                tuple(texts[i] for i in r.asked if i in r.needs),
            )
            for r in mine
        ]
        data = render_record_pdf(
            client,
            include_private=include_private,
            language=language,
            needs=needs,
            referrals=referrals,
            appointments=appointments,
            screenings=screenings,
            sociometry=self._sociometry_of(client_id),
            career_interests=careers,
            disclosures=DisclosureService(self._vault).of_client(client_id),
        )
        now = self._clock()
        shared = share_pdf(
            self._vault,
            client_id=client_id,
            document=SharedDocument.FULL_RECORD,
            data=data,
            path=Path(output),
            sharing=sharing or Sharing(),
            consent_id=covering_consent(
                SharedDocument.FULL_RECORD,
                client.consents,
                now.date(),
                (sharing or Sharing()).recipient,
            ),
            audit_detail="full record",
            now=now,
        )
        return ExportResult(shared.path, shared.sha256, None, shared.protected, shared.logged)
