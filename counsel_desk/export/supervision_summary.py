"""The redacted case summary a counselor takes to clinical supervision (issue 5): what
it says, before any PDF is made (no reportlab here, so the window can import it at launch).

Two steps, so that the counselor can review before anything is written:

1. :func:`prepare_supervision_summary` gathers the case in the order supervisors read
   it and redacts every text with one :class:`~counsel_desk.domain.redaction.Redactor`
   (labels stay the same across the whole document). The result holds each
   :class:`~counsel_desk.domain.redaction.RedactionResult`, for highlighting, and the
   capitalised words that look like unlisted names.
2. :func:`~counsel_desk.export.supervision_pdf.render_supervision_pdf` turns it into PDF bytes (deterministic, neutral
   metadata, embedded font) and ``write_supervision_pdf`` writes them where asked.
   :func:`counsel_desk.export.pdf_check.write_supervision_pdf_checked` adds the
   read-back self-check and is what the app and the CLI call.

The client appears by case code, age in years and grade level; sessions by number and
week; consents by kind and status. No name, birth date, school name or calendar date
is printed. No Qt, no vault.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from counsel_desk.domain.enums import (
    ConsentKind,
    ConsentStatus,
    DutyStep,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Client, SessionNote, age_on
from counsel_desk.domain.redaction import (
    IdentifierSet,
    RedactionResult,
    Redactor,
    possible_names,
    possible_people_in,
)
from counsel_desk.domain.screening import (
    RECORDED_NAMES,
    RecordedInstrument,
    RecordedResult,
    ScreeningResult,
)
from counsel_desk.domain.singling_out import descriptions
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog, context_of

__all__ = [
    "ALL_SECTIONS",
    "DEFAULT_SECTIONS",
    "Section",
    "SummaryItem",
    "SummarySection",
    "SupervisionInput",
    "SupervisionSummary",
    "prepare_supervision_summary",
    "record_notes_only",
    "summary_words",
]

TITLE = "Supervision summary"  # the PDF's metadata title, the same for every summary


class Section(StrEnum):
    QUESTION = "question"
    RISK = "risk"
    CONTEXT = "context"
    PRESENTING_CONCERN = "presenting_concern"
    BACKGROUND_STRENGTHS = "background_strengths"
    CONCEPTUALIZATION = "conceptualization"
    GOALS = "goals"
    INTERVENTIONS = "interventions"
    RESPONSE_PROGRESS = "response_progress"
    REACTIONS = "reactions"
    PLAN = "plan"
    SESSIONS = "sessions"
    CONSENTS = "consents"
    SCREENINGS = "screenings"  # only when she ticks it (issue 20)


ALL_SECTIONS: frozenset[Section] = frozenset(Section)
# What a summary holds unless she chooses: screening scores only when she ticks them.
DEFAULT_SECTIONS: frozenset[Section] = ALL_SECTIONS - {Section.SCREENINGS}


def record_notes_only(note: SessionNote) -> bool:
    """The default ``is_record_note``: progress notes are the record; process and
    sole-possession notes (``note_class``, where the model has it) are the counselor's own."""
    note_class = getattr(note, "note_class", None)
    return note_class is None or str(note_class) == "progress"


@dataclass
class SupervisionInput:
    """Everything one summary is made from.

    ``all_clients_identifiers`` must be the identifier set of the whole vault (plus the
    "never print" list): a note about one client often names another.
    ``is_record_note`` tells record notes from private process notes; notes for which it
    is false are left out unless ``include_private_notes``. ``as_of`` is the day the
    age is computed on (default: ``date_to``, else today).
    """

    client: Client
    all_clients_identifiers: IdentifierSet
    output: Path | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sections: frozenset[Section] = DEFAULT_SECTIONS
    question: str | None = None
    background_strengths: str | None = None
    conceptualization: str | None = None
    goals: str | None = None
    interventions: str | None = None
    response_progress: str | None = None
    reactions: str | None = None
    plan: str | None = None
    include_private_notes: bool = False
    is_record_note: Callable[[SessionNote], bool] = record_notes_only
    language: str = "en"
    as_of: dt.date | None = None
    # The client's questionnaires and recorded instrument results (Section.SCREENINGS).
    screenings: Sequence[ScreeningResult] = ()
    recorded_results: Sequence[RecordedResult] = ()


@dataclass(frozen=True)
class SummaryItem:
    """A labelled piece of the summary: redacted writing, or a fixed value."""

    label: str | None
    redacted: RedactionResult | None = None
    value: str | None = None  # fixed text the app wrote (never from the record's prose)
    cells: tuple[str, ...] = ()  # more fixed columns of a table row

    @property
    def text(self) -> str:
        return self.redacted.text if self.redacted is not None else (self.value or "")


@dataclass(frozen=True)
class SummarySection:
    key: Section
    heading: str
    items: tuple[SummaryItem, ...] = ()
    subheading: str | None = None  # a session's heading ("Session 3 — week 2")
    meta: str | None = None  # a session's details line
    table: bool = False  # render items as a table (label, value, *cells)
    columns: tuple[str, ...] = ()  # a header row for the table


@dataclass
class SupervisionSummary:
    case_code: str
    language: str
    subtitle: str
    sections: list[SummarySection] = field(default_factory=list)
    possible_names: list[str] = field(default_factory=list)
    # Words printed as [PERSON ?] (in no record, no dictionary): she may keep them.
    possible_people: list[str] = field(default_factory=list)
    # Printed phrases that may single the student out without a name ("anak kepala
    # sekolah", "the only Papuan student in 9C"): flagged for her to read, not redacted.
    descriptions: list[str] = field(default_factory=list)

    def redactions(self) -> Iterator[tuple[SummarySection, SummaryItem]]:
        """Every redacted text, for the review dialog."""
        for section in self.sections:
            for item in section.items:
                if item.redacted is not None:
                    yield section, item

    def plain_text(self) -> str:
        """The summary's text as the PDF prints it (tests, previews)."""
        lines: list[str] = [self.subtitle]
        for s in self.sections:
            lines.append(s.subheading or s.heading)
            if s.meta:
                lines.append(s.meta)
            for item in s.items:
                text = " · ".join((item.text, *item.cells))  # a table row's every cell
                lines.append(f"{item.label}: {text}" if item.label else text)
        return "\n".join(lines)


# --- words of the document, per language ---------------------------------------------

# Each English text is marked once (context "SupervisionPdf"); its Indonesian is in
# resources/translations/counsel_desk_id.ts and is looked up when the PDF is made.

_TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("SupervisionPdf", "Supervision summary"),
    "case": QT_TRANSLATE_NOOP("SupervisionPdf", "Case {code}"),
    "footer": QT_TRANSLATE_NOOP("SupervisionPdf", "Confidential — for clinical supervision only"),
    "page": QT_TRANSLATE_NOOP("SupervisionPdf", "page {page} of {pages}"),
    "notice": QT_TRANSLATE_NOOP(
        "SupervisionPdf",
        "Prepared for clinical supervision. Names, contact details, places, numbers and dates "
        "have been replaced by labels such as [CLIENT], [GUARDIAN 1] or [PERSON A]; a label means "
        "the same person throughout this document.",
    ),
    "scope": QT_TRANSLATE_NOOP(
        "SupervisionPdf", "{count} sessions: session {first} to {last} (weeks {wfirst}–{wlast})"
    ),
    "scope_one": QT_TRANSLATE_NOOP("SupervisionPdf", "1 session: session {first} (week {wfirst})"),
    "scope_none": QT_TRANSLATE_NOOP("SupervisionPdf", "No sessions in the chosen period"),
    "question": QT_TRANSLATE_NOOP("SupervisionPdf", "Question for supervision"),
    "risk": QT_TRANSLATE_NOOP("SupervisionPdf", "Risk"),
    "risk_level": QT_TRANSLATE_NOOP("SupervisionPdf", "Current risk level"),
    "risk_history": QT_TRANSLATE_NOOP("SupervisionPdf", "Risk notes from sessions"),
    "risk_none_noted": QT_TRANSLATE_NOOP("SupervisionPdf", "No risk notes in the chosen sessions."),
    "context": QT_TRANSLATE_NOOP("SupervisionPdf", "Context"),
    "case_code": QT_TRANSLATE_NOOP("SupervisionPdf", "Case code"),
    "age": QT_TRANSLATE_NOOP("SupervisionPdf", "Age"),
    "age_value": QT_TRANSLATE_NOOP("SupervisionPdf", "{age} years"),
    "unknown": QT_TRANSLATE_NOOP("SupervisionPdf", "not recorded"),
    "grade": QT_TRANSLATE_NOOP("SupervisionPdf", "Grade level"),
    "setting": QT_TRANSLATE_NOOP("SupervisionPdf", "Setting"),
    "referral": QT_TRANSLATE_NOOP("SupervisionPdf", "Referral source"),
    "status": QT_TRANSLATE_NOOP("SupervisionPdf", "Case status"),
    "gender": QT_TRANSLATE_NOOP("SupervisionPdf", "Gender"),
    "presenting_concern": QT_TRANSLATE_NOOP("SupervisionPdf", "Presenting concern"),
    "background_strengths": QT_TRANSLATE_NOOP("SupervisionPdf", "Background and strengths"),
    "conceptualization": QT_TRANSLATE_NOOP("SupervisionPdf", "Case conceptualization"),
    "goals": QT_TRANSLATE_NOOP("SupervisionPdf", "Goals"),
    "interventions": QT_TRANSLATE_NOOP("SupervisionPdf", "Interventions and their intent"),
    "response_progress": QT_TRANSLATE_NOOP("SupervisionPdf", "Response and progress"),
    "reactions": QT_TRANSLATE_NOOP("SupervisionPdf", "Counselor's reactions"),
    "plan": QT_TRANSLATE_NOOP("SupervisionPdf", "Plan"),
    "sessions": QT_TRANSLATE_NOOP("SupervisionPdf", "Sessions"),
    "session": QT_TRANSLATE_NOOP("SupervisionPdf", "Session {n} — week {w}"),
    "draft": QT_TRANSLATE_NOOP("SupervisionPdf", "draft, not signed"),
    "private": QT_TRANSLATE_NOOP("SupervisionPdf", "private note, included by the counselor"),
    "risk_notes": QT_TRANSLATE_NOOP("SupervisionPdf", "Risk notes"),
    "addendum": QT_TRANSLATE_NOOP("SupervisionPdf", "Addendum, written {days} after the session"),
    "same_day": QT_TRANSLATE_NOOP("SupervisionPdf", "the same day"),
    "day": QT_TRANSLATE_NOOP("SupervisionPdf", "1 day"),
    "days": QT_TRANSLATE_NOOP("SupervisionPdf", "{n} days"),
    "minutes": QT_TRANSLATE_NOOP("SupervisionPdf", "{n} min"),
    "group_with": QT_TRANSLATE_NOOP("SupervisionPdf", "group of {n} clients"),
    "consents": QT_TRANSLATE_NOOP("SupervisionPdf", "Consents"),
    "screenings": QT_TRANSLATE_NOOP("SupervisionPdf", "Screening results"),
    "screening_when": QT_TRANSLATE_NOOP("SupervisionPdf", "When"),
    "screening_instrument": QT_TRANSLATE_NOOP("SupervisionPdf", "Instrument"),
    "screening_result": QT_TRANSLATE_NOOP("SupervisionPdf", "Result"),
    "screening_week": QT_TRANSLATE_NOOP("SupervisionPdf", "week {w}"),
    "screening_score": QT_TRANSLATE_NOOP("SupervisionPdf", "{total} of {max}, {band}"),
    "screening_self_harm": QT_TRANSLATE_NOOP("SupervisionPdf", "self-harm item answered"),
    "consent_kind": QT_TRANSLATE_NOOP("SupervisionPdf", "Consent"),
    "consent_signer": QT_TRANSLATE_NOOP("SupervisionPdf", "Given by"),
    "consent_status": QT_TRANSLATE_NOOP("SupervisionPdf", "Status"),
    "none": QT_TRANSLATE_NOOP("SupervisionPdf", "none"),
    "level_none": QT_TRANSLATE_NOOP("SupervisionPdf", "none"),
    "level_low": QT_TRANSLATE_NOOP("SupervisionPdf", "low"),
    "level_moderate": QT_TRANSLATE_NOOP("SupervisionPdf", "moderate"),
    "level_high": QT_TRANSLATE_NOOP("SupervisionPdf", "high"),
    "open": QT_TRANSLATE_NOOP("SupervisionPdf", "open"),
    "reason": QT_TRANSLATE_NOOP("SupervisionPdf", "Reason"),
    "actions_taken": QT_TRANSLATE_NOOP("SupervisionPdf", "What was done"),
    "self_harm": QT_TRANSLATE_NOOP("SupervisionPdf", "self-harm"),
    "harm_to_others": QT_TRANSLATE_NOOP("SupervisionPdf", "harm to others"),
    "abuse_disclosed": QT_TRANSLATE_NOOP("SupervisionPdf", "abuse disclosed"),
    "closed": QT_TRANSLATE_NOOP("SupervisionPdf", "closed"),
}

_VALUE_TEXTS: dict[str, str] = {
    "primary": QT_TRANSLATE_NOOP("SupervisionPdf", "Primary school"),
    "junior": QT_TRANSLATE_NOOP("SupervisionPdf", "Junior secondary school"),
    "senior": QT_TRANSLATE_NOOP("SupervisionPdf", "Senior secondary school"),
    "vocational": QT_TRANSLATE_NOOP("SupervisionPdf", "Vocational secondary school"),
    "higher": QT_TRANSLATE_NOOP("SupervisionPdf", "Higher education"),
    "school": QT_TRANSLATE_NOOP("SupervisionPdf", "School"),
    "grade_n": QT_TRANSLATE_NOOP("SupervisionPdf", "Grade {n}"),
    "year_n": QT_TRANSLATE_NOOP("SupervisionPdf", "Year {n}"),
    "semester_n": QT_TRANSLATE_NOOP("SupervisionPdf", "Semester {n}"),
}


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_ROMAN |= {"x": 10, "xi": 11, "xii": 12}


def summary_words(language: str) -> dict[str, str]:
    return Catalog.load(language).words(_TEXTS)


def _values(language: str) -> dict[str, str]:
    return Catalog.load(language).words(_VALUE_TEXTS)


def _field_label(english: str, language: str) -> str:
    return Catalog.load(language).translate(context_of(english) or "NoteTemplates", english)


# --- context without identifiers ------------------------------------------------------


def grade_level(grade: str | None, language: str = "en") -> str | None:
    """ "8B" -> "Grade 8", "XI IPA 2" -> "Grade 11", "Year 10" stays; class letters dropped."""
    if not grade:
        return None
    v = _values(language)
    text = grade.strip()
    m = re.match(r"(?ai)^(grade|kelas|year|semester)\s*(\d{1,2})(?!\d)", text)
    if m:
        kind = m.group(1).lower()
        key = {"grade": "grade_n", "kelas": "grade_n", "year": "year_n"}.get(kind, "semester_n")
        return v[key].format(n=int(m.group(2)))
    m = re.match(r"(?a)^(\d{1,2})(?!\d)", text)
    if m and 1 <= int(m.group(1)) <= 12:
        return v["grade_n"].format(n=int(m.group(1)))
    m = re.match(r"(?ai)^(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?![a-z])", text)
    if m:
        return v["grade_n"].format(n=_ROMAN[m.group(1).lower()])
    return None


def _grade_number(grade: str | None) -> int | None:
    level = grade_level(grade)
    if level and level.startswith("Grade "):
        return int(level.split()[1])
    return None


def school_setting(school: str | None, grade: str | None, language: str = "en") -> str | None:
    """The level of the school, never its name."""
    v = _values(language)
    words = re.findall(r"[A-Za-z]+", school or "")
    first = words[0].lower() if words else ""
    if first in ("sd", "sdn", "mi", "sdit"):
        return v["primary"]
    if first in ("smp", "smpn", "mts", "mtsn", "smpit"):
        return v["junior"]
    if first in ("sma", "sman", "ma", "man", "smait"):
        return v["senior"]
    if first in ("smk", "smkn"):
        return v["vocational"]
    lowered = {w.lower() for w in words}
    if lowered & {"universitas", "university", "institut", "institute", "politeknik", "college"}:
        return v["higher"]
    number = _grade_number(grade)
    if grade and grade.lower().startswith("semester"):
        return v["higher"]
    if number is not None:
        return v["primary"] if number <= 6 else v["junior"] if number <= 9 else v["senior"]
    return v["school"] if school else None


# --- preparing ----------------------------------------------------------------------


def _sorted_sessions(client: Client) -> list[SessionNote]:
    return sorted(client.sessions, key=lambda s: (s.date, s.start_time or dt.time(0)))


def _in_range(note: SessionNote, inp: SupervisionInput) -> bool:
    if inp.date_from and note.date < inp.date_from:
        return False
    return not (inp.date_to and note.date > inp.date_to)


def _risk_text(note: SessionNote, w: dict[str, str], language: str) -> str:
    """A note's risk writing: free notes, the structured assessment, what was done."""
    parts = [note.risk_notes.strip()] if note.risk_notes and note.risk_notes.strip() else []
    risk = getattr(note, "risk", None)
    if risk is not None:
        flags = [
            w[flag]
            for flag in ("self_harm", "harm_to_others", "abuse_disclosed")
            if getattr(risk, flag, False)
        ]
        level = getattr(risk, "level", None)
        if flags or (level is not None and str(level) != "none"):
            summary = ", ".join(flags)
            if level is not None:
                summary = f"{w['risk_level']}: {w[f'level_{level}']}" + (
                    f"; {summary}" if summary else ""
                )
            parts.append(summary)
        actions = getattr(risk, "actions_taken", "")
        if isinstance(actions, str) and actions.strip():
            parts.append(f"{w['actions_taken']}: {actions.strip()}")
    for action in getattr(note, "duty_actions", None) or ():
        step = str(getattr(action, "step", ""))
        line = (
            display_name(DutyStep(step), language)
            if step in DutyStep._value2member_map_
            else step.replace("_", " ")
        )
        detail = getattr(action, "note", "")
        parts.append(
            f"{line}: {detail.strip()}" if isinstance(detail, str) and detail.strip() else line
        )
    return "\n".join(parts)


def _days(n: int, w: dict[str, str]) -> str:
    if n <= 0:
        return w["same_day"]
    return w["day"] if n == 1 else w["days"].format(n=n)


class _Builder:
    def __init__(self, inp: SupervisionInput) -> None:
        self.inp = inp
        self.w = summary_words(inp.language)
        self.code = inp.client.case_code or "—"
        self.redactor = Redactor(
            inp.all_clients_identifiers, language=inp.language, possible_people=True
        )
        self.all_text: list[str] = []
        self.possible_people: dict[str, str] = {}  # casefolded -> as first written

    def redact(self, text: str | None) -> RedactionResult | None:
        if not text or not text.strip():
            return None
        self.all_text.append(text)
        result = self.redactor.redact(
            text.strip(), subject_client_case_code=self.inp.client.case_code
        )
        for word in possible_people_in(result, self.inp.language):
            self.possible_people.setdefault(word.casefold(), word)
        return result

    def item(self, label: str | None, text: str | None) -> SummaryItem | None:
        result = self.redact(text)
        return SummaryItem(label, result) if result is not None else None

    def build(self) -> SupervisionSummary:
        inp, w = self.inp, self.w
        client = inp.client
        ordered = _sorted_sessions(client)
        first_day = ordered[0].date if ordered else None
        numbered = [
            (n, note)
            for n, note in enumerate(ordered, start=1)
            if _in_range(note, inp)
            and getattr(note, "struck_at", None) is None  # entered in error
            and (inp.include_private_notes or inp.is_record_note(note))
        ]

        def week(note: SessionNote) -> int:
            return (note.date - first_day).days // 7 + 1 if first_day else 1

        if not numbered:
            subtitle = w["scope_none"]
        elif len(numbered) == 1:
            subtitle = w["scope_one"].format(first=numbered[0][0], wfirst=week(numbered[0][1]))
        else:
            subtitle = w["scope"].format(
                count=len(numbered),
                first=numbered[0][0],
                last=numbered[-1][0],
                wfirst=week(numbered[0][1]),
                wlast=week(numbered[-1][1]),
            )
        summary = SupervisionSummary(self.code, inp.language, subtitle)
        chosen = inp.sections
        add = summary.sections.append

        def text_section(key: Section, text: str | None) -> None:
            if key in chosen:
                it = self.item(None, text)
                if it is not None:
                    add(SummarySection(key, w[key.value], (it,)))

        text_section(Section.QUESTION, inp.question)

        risk_items: list[SummaryItem] = []
        for n, note in numbered:
            it = self.item(
                w["session"].format(n=n, w=week(note)), _risk_text(note, w, self.inp.language)
            )
            if it is not None:
                risk_items.append(it)
        if Section.RISK in chosen and (client.risk_level is not RiskLevel.NONE or risk_items):
            level = SummaryItem(w["risk_level"], value=w[f"level_{client.risk_level.value}"])
            add(SummarySection(Section.RISK, w["risk"], (level,), table=True))
            history = risk_items or [SummaryItem(None, value=w["risk_none_noted"])]
            add(SummarySection(Section.RISK, "", tuple(history), subheading=w["risk_history"]))

        if Section.CONTEXT in chosen:
            as_of = inp.as_of or inp.date_to or dt.date.today()
            age = age_on(client.date_of_birth, as_of)
            rows = [
                SummaryItem(w["case_code"], value=self.code),
                SummaryItem(
                    w["age"],
                    value=w["age_value"].format(age=age) if age is not None else w["unknown"],
                ),
                SummaryItem(
                    w["grade"], value=grade_level(client.grade, inp.language) or w["unknown"]
                ),
                SummaryItem(
                    w["setting"],
                    value=school_setting(client.school, client.grade, inp.language) or w["unknown"],
                ),
            ]
            referral = self.item(w["referral"], client.referral_source)
            rows.append(referral or SummaryItem(w["referral"], value=w["unknown"]))
            rows.append(
                SummaryItem(w["status"], value=w["open" if client.status == "active" else "closed"])
            )
            add(SummarySection(Section.CONTEXT, w["context"], tuple(rows), table=True))

        text_section(Section.PRESENTING_CONCERN, client.presenting_concern)
        text_section(Section.BACKGROUND_STRENGTHS, inp.background_strengths)
        text_section(Section.CONCEPTUALIZATION, inp.conceptualization)
        text_section(Section.GOALS, inp.goals)
        text_section(Section.INTERVENTIONS, inp.interventions)
        text_section(Section.RESPONSE_PROGRESS, inp.response_progress)
        text_section(Section.REACTIONS, inp.reactions)
        text_section(Section.PLAN, inp.plan)

        if Section.SESSIONS in chosen and numbered:
            first_session = True
            for n, note in numbered:
                add(self.session(n, week(note), note, heading=first_session))
                first_session = False

        if Section.CONSENTS in chosen and client.consents:
            rows = []
            for consent in client.consents:
                rows.append(
                    SummaryItem(
                        display_name(ConsentKind(consent.kind), inp.language),
                        value=display_name(
                            SignerRelationship(consent.signer_relationship), inp.language
                        ),
                        cells=(display_name(ConsentStatus(consent.status), inp.language),),
                    )
                )
            columns = (w["consent_kind"], w["consent_signer"], w["consent_status"])
            add(
                SummarySection(
                    Section.CONSENTS, w["consents"], tuple(rows), table=True, columns=columns
                )
            )

        if Section.SCREENINGS in chosen:
            self.screenings(add, [n.date for n in ordered])

        summary.possible_names = possible_names(
            "\n\n".join(self.all_text), inp.all_clients_identifiers
        )
        summary.possible_people = list(self.possible_people.values())
        summary.descriptions = descriptions([item.text for _, item in summary.redactions()])
        return summary

    def screenings(
        self, add: Callable[[SummarySection], object], session_days: list[dt.date]
    ) -> None:
        """Scores by week (counted from the first session, or the first result), never
        by date; struck results left out; her own text (recorded results) redacted."""
        inp, w = self.inp, self.w
        catalog = Catalog.load(inp.language)

        def wanted(day: dt.date) -> bool:
            return (inp.date_from is None or day >= inp.date_from) and (
                inp.date_to is None or day <= inp.date_to
            )

        results = [r for r in inp.screenings if not r.is_struck and wanted(r.taken_on)]
        recorded = [r for r in inp.recorded_results if not r.is_struck and wanted(r.taken_on)]
        if not results and not recorded:
            return
        days = [*session_days, *(r.taken_on for r in results), *(r.taken_on for r in recorded)]
        first = min(days)

        def when(day: dt.date) -> str:
            return w["screening_week"].format(w=(day - first).days // 7 + 1)

        rows: list[tuple[dt.date, SummaryItem]] = []
        for result in results:
            scored = result.score
            text = w["screening_score"].format(
                total=scored.total,
                max=result.definition.max_score,
                band=catalog.translate("Screening", scored.band.name),
            )
            if scored.self_harm:
                text += f"; {w['screening_self_harm']}"
            rows.append(
                (
                    result.taken_on,
                    SummaryItem(when(result.taken_on), value=result.definition.name, cells=(text,)),
                )
            )
        for recorded_result in recorded:
            name = (
                recorded_result.other_name
                if recorded_result.instrument is RecordedInstrument.OTHER
                else catalog.translate("Screening", RECORDED_NAMES[recorded_result.instrument])
            )
            parts = ", ".join(f"{a} {c}" for a, c in recorded_result.areas)
            body = "\n".join(p for p in (parts, recorded_result.summary) if p)
            redacted = self.redact(f"{name}: {body}")
            if redacted is not None:
                rows.append(
                    (
                        recorded_result.taken_on,
                        SummaryItem(when(recorded_result.taken_on), redacted),
                    )
                )
        rows.sort(key=lambda pair: pair[0])
        columns = (w["screening_when"], w["screening_instrument"], w["screening_result"])
        add(
            SummarySection(
                Section.SCREENINGS,
                w["screenings"],
                tuple(item for _, item in rows),
                table=True,
                columns=columns,
            )
        )

    def session(self, n: int, week: int, note: SessionNote, *, heading: bool) -> SummarySection:
        w = self.w
        language = self.inp.language
        details = [
            display_name(SessionKind(note.kind), language),
            display_name(Modality(note.modality), language),
        ]
        if note.duration_minutes:
            details.append(w["minutes"].format(n=note.duration_minutes))
        template = template_for(note.template)
        details.append(display_name(TemplateId(template.id), language))
        if note.kind is SessionKind.GROUP and note.group_members:
            details.append(w["group_with"].format(n=len(note.group_members) + 1))
        if not note.is_signed:
            details.append(w["draft"])
        if not self.inp.is_record_note(note):
            details.append(w["private"])
        items: list[SummaryItem] = []
        for spec in template.fields:
            it = self.item(_field_label(spec.label, self.inp.language), note.fields.get(spec.key))
            if it is not None:
                items.append(it)
        risk = self.item(w["risk_notes"], _risk_text(note, w, self.inp.language))
        if risk is not None:
            items.append(risk)
        for addendum in note.addenda:
            days = (addendum.written_at.date() - note.date).days
            text = addendum.text
            reason = getattr(addendum, "reason", None)
            if isinstance(reason, str) and reason.strip():
                text = f"{text}\n{w['reason']}: {reason.strip()}"
            it = self.item(w["addendum"].format(days=_days(days, w)), text)
            if it is not None:
                items.append(it)
        return SummarySection(
            Section.SESSIONS,
            w["sessions"] if heading else "",
            tuple(items),
            subheading=w["session"].format(n=n, w=week),
            meta=" · ".join(details),
        )


def prepare_supervision_summary(inp: SupervisionInput) -> SupervisionSummary:
    """The redacted summary, ready to review and to render."""
    return _Builder(inp).build()
