"""The counsel-desk/1 and /2 interchange formats: one JSON document holding a whole
caseload (/2: and everything else of the vault but its audit log).

:func:`parse_document` reads a document strictly (docs/formats.md lists every rule) and
:func:`dump_document` writes one; ``dump_document(parse_document(text).caseload)`` gives
back ``text`` for every document this module writes.

Errors are :class:`InterchangeError`. Each names where the problem is:

* ``client_ref`` -- ``"client 3 (C-0007)"``, or ``"client 3"`` when that client has no
  (valid) case code; clients are numbered from 1 in file order. ``None`` for a problem
  with the document itself (not JSON, wrong format, ...).
* ``key`` -- the exact key, as a dotted path with ``[index]`` for list items (indices
  from 0, as in the file). When ``client_ref`` is set the path is relative to that
  client's object (``"sessions[0].modality"``, ``"consents[1].signed_on"``,
  ``"sessions[2].fields.plan"``), the same paths :mod:`counsel_desk.domain.validation`
  uses; otherwise it is relative to the document (``"format"``, ``"clients[2]"``), and
  ``""`` means the document as a whole.

Messages are :class:`~counsel_desk.i18n.UserMessage` s in the ``Interchange`` context.
The error's message wraps the problem (``error.problem``, also a ``UserMessage``) in
``"Client {number} ({case_code}): {problem}"``; some parameters are themselves
``UserMessage`` s, which a translating front end translates first.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Callable, Collection
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final, NoReturn, TypeVar

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.akpd import (
    AkpdResponse,
    NeedItem,
    clean_class,
    clean_item,
    validate_item,
    validate_response,
)
from counsel_desk.domain.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeRequest,
    IntakeState,
    IntakeUrgency,
    validate_appointment,
    validate_intake,
)
from counsel_desk.domain.bk_program import (
    RPL_KEYS,
    ProgramItem,
    Rpl,
    clean_program_item,
    validate_program_item,
)
from counsel_desk.domain.career_interests import ITEMS as CAREER_ITEMS
from counsel_desk.domain.career_interests import CareerInterestError, CareerInterestResult
from counsel_desk.domain.career_interests import check_result as check_career_result
from counsel_desk.domain.career_interests import check_strike as check_career_strike
from counsel_desk.domain.disclosures import (
    CONSENT_KIND_OF,
    MAX_RECIPIENT,
    Disclosure,
    recipient_issues,
)
from counsel_desk.domain.enums import (
    ActivityKind,
    AkpdEntry,
    AttachmentKind,
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    DutyStep,
    IdentityCheck,
    Modality,
    NoteClass,
    ReferralAgency,
    ReferralOutcome,
    ReferralUrgency,
    RiskLevel,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    SharedDocument,
    SignatureMethod,
    SignerRelationship,
    UseOfTime,
)
from counsel_desk.domain.invisible import normal_case_code
from counsel_desk.domain.model import (
    Addendum,
    Caseload,
    Client,
    Consent,
    Contact,
    DutyAction,
    RiskAssessment,
    SessionNote,
)
from counsel_desk.domain.plans import (
    SCALES,
    Goal,
    GoalStatus,
    Measure,
    Objective,
    ObjectiveRating,
    SupportPlan,
    validate_measure,
    validate_plan,
    validate_rating,
)
from counsel_desk.domain.referrals import (
    DEFAULT_SCHEME,
    Letterhead,
    Referral,
    ReferralProblem,
    check_release,
    referral_problems,
    typed_number_problem,
)
from counsel_desk.domain.reminders import FollowUp
from counsel_desk.domain.retention import RetentionPolicy, RetentionProfile
from counsel_desk.domain.roster import RosterEntry
from counsel_desk.domain.school_calendar import SchoolEvent, event_problem
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.screening import (
    INSTRUMENTS,
    InstrumentId,
    RecordedInstrument,
    RecordedResult,
    ScreeningEntry,
    ScreeningError,
    ScreeningResult,
    check_result,
    check_strike,
    clean_recorded,
)
from counsel_desk.domain.sociometry import (
    Answer,
    Criterion,
    Member,
    SociometryRound,
    validate_answers,
    validate_round,
)
from counsel_desk.domain.templates import FOLLOW_UP_TEMPLATES, TemplateId, template_for
from counsel_desk.domain.validation import (
    Issue,
    Severity,
    clean_activity,
    clean_record,
    validate_activity,
    validate_case_code,
    validate_client,
    validate_single_line,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage

__all__ = [
    "ACTIVITY_KEYS",
    "ADDENDUM_EXTENSION_KEYS",
    "ADDENDUM_KEYS",
    "CLIENT_KEYS",
    "CONSENT_EXTENSION_KEYS",
    "CONSENT_KEYS",
    "CONTACT_KEYS",
    "DOCUMENT_KEYS",
    "FORMAT",
    "SESSION_EXTENSION_KEYS",
    "SESSION_KEYS",
    "Attachment",
    "ClientRecords",
    "InterchangeError",
    "LegalHold",
    "ParseResult",
    "VaultRecords",
    "caseload_to_document",
    "client_ref",
    "dump_document",
    "parse_document",
]

FORMAT: Final = "counsel-desk/2"
FORMAT_1: Final = "counsel-desk/1"
READABLE_FORMATS: Final = (FORMAT_1, FORMAT)

# Every key of the format, in the order a document lists them.
DOCUMENT_KEYS: Final = ("format", "clients")
CLIENT_KEYS: Final = (
    "case_code",
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "gender",
    "school",
    "grade",
    "student_number",
    "national_id",
    "phone",
    "email",
    "address",
    "guardians",
    "emergency_contacts",
    "other_people",
    "referral_source",
    "presenting_concern",
    "risk_level",
    "tags",
    "status",
    "opened_on",
    "closed_on",
    "sessions",
    "consents",
)
CONTACT_KEYS: Final = ("name", "relationship", "phone", "email")
SESSION_KEYS: Final = (
    "date",
    "start_time",
    "duration_minutes",
    "modality",
    "kind",
    "group_members",
    "template",
    "fields",
    "risk_notes",
    "signed_at",
    "addenda",
)
# Extension (notes and consents, schema 3): optional keys, written only when they differ
# from their defaults, so documents without them stay valid and are written unchanged.
SESSION_EXTENSION_KEYS: Final = (
    "note_class",
    "platform",
    "identity_check",
    "risk",
    "duty_actions",
    "struck",
)
RISK_KEYS: Final = ("self_harm", "harm_to_others", "abuse_disclosed", "level", "actions_taken")
DUTY_ACTION_KEYS: Final = ("step", "done_at", "note")
STRUCK_KEYS: Final = ("struck_at", "reason")
ADDENDUM_KEYS: Final = ("written_at", "text")
ADDENDUM_EXTENSION_KEYS: Final = ("reason",)
CONSENT_KEYS: Final = (
    "kind",
    "template_version",
    "signed_by",
    "signer_relationship",
    "signed_on",
    "status",
    "revoked_on",
    "notes",
)
CONSENT_EXTENSION_KEYS: Final = (
    "expires_on",
    "relationship_detail",
    "language",
    "text",
    "text_sha256",
    "method",
    "bundle",
    "released_to",
)


# counsel-desk/2: optional keys, written only when there is something to write.
DOCUMENT_V2_KEYS: Final = (
    "retention",
    "never_print",
    "keep_words",
    "school_calendar",
    "activities",
    "letterhead",
    "letter_numbers",
    "akpd_items",
    "akpd_responses",
    "bk_program",
    "school_years_started",
    "appointments",
    "intake",
    "roster",
    "sociometry",
)
APPOINTMENT_KEYS: Final = (
    "kind",
    "client",
    "subject",
    "day",
    "start",
    "end",
    "place",
    "purpose",
    "status",
    "remind_minutes",
)
INTAKE_KEYS: Final = (
    "client",
    "name",
    "received_on",
    "channel",
    "urgency",
    "reason",
    "state",
    "closed_reason",
    "appointment",
)
ROSTER_KEYS: Final = (
    "name",
    "nisn",
    "nipd",
    "nik",
    "gender",
    "birth_place",
    "birth_date",
    "class_name",
    "father_name",
    "mother_name",
    "guardian_name",
    "phone",
    "address",
    "school_year",
    "client",
)
AKPD_ITEM_KEYS: Final = ("field", "text", "retired")
SOCIOMETRY_KEYS: Final = (
    "class_name",
    "held_on",
    "choices_per_criterion",
    "criteria",
    "members",
    "answers",
)
SOCIOMETRY_CRITERION_KEYS: Final = ("text", "positive")
SOCIOMETRY_MEMBER_KEYS: Final = ("number", "roster", "client")
SOCIOMETRY_ANSWER_KEYS: Final = ("member", "entry", "choices")
AKPD_RESPONSE_KEYS: Final = ("class_name", "taken_on", "entry", "client", "asked", "needs")
PROGRAM_ITEM_KEYS: Final = (
    "school_year",
    "month",
    "field",
    "strategy",
    "topic",
    "class_level",
    "periods",
    "rpl",
)
LETTERHEAD_KEYS: Final = (
    "school",
    "short_name",
    "address",
    "phone",
    "counselor",
    "counselor_id",
    "scheme",
)
LETTER_NUMBER_KEYS: Final = ("number", "year", "seq")
REFERRAL_KEYS: Final = (
    "made_on",
    "agency",
    "recipient",
    "reason",
    "consent",
    "urgency",
    "sent",
    "sections",
    "letter_number",
    "reply_on",
    "reply",
    "outcome",
    "follow_up_on",
)
ACTIVITY_KEYS: Final = (
    "kind",
    "date",
    "topic",
    "class_name",
    "students_present",
    "periods",
    "minutes",
    "notes",
    "service",
    "rpl",
)
SCHOOL_EVENT_KEYS: Final = ("name", "from", "to")
RETENTION_KEYS: Final = (
    "profile",
    "school_years",
    "adult_years",
    "years_after_majority",
    "custom_years",
)
CLIENT_V2_KEYS: Final = (
    "support_plans",
    "follow_ups",
    "legal_hold",
    "supervision_context",
    "referrals",
    "graduated_on",
    "screenings",
    "recorded_results",
    "career_interests",
    "disclosures",
)
DISCLOSURE_KEYS: Final = (
    "shared_at",
    "document",
    "reference",
    "recipient",
    "consent",
    "protected",
)
CAREER_INTEREST_KEYS: Final = ("taken_on", "entry", "answers", "struck_at", "strike_reason")
SCREENING_KEYS: Final = ("instrument", "taken_on", "entry", "answers", "struck_at", "strike_reason")
RECORDED_RESULT_KEYS: Final = (
    "instrument",
    "other_name",
    "taken_on",
    "areas",
    "summary",
    "struck_at",
    "strike_reason",
)
AREA_KEYS: Final = ("area", "count")
PLAN_KEYS: Final = ("version", "created_at", "reason", "goals")
GOAL_KEYS: Final = (
    "key",
    "text",
    "status",
    "target_date",
    "review_date",
    "interventions",
    "objectives",
)
OBJECTIVE_KEYS: Final = ("key", "text", "scale_max", "target")
FOLLOW_UP_KEYS: Final = ("due_on", "text", "created_at", "done_at")
LEGAL_HOLD_KEYS: Final = ("reason", "since")
SUPERVISION_CONTEXT_KEYS: Final = (
    "question",
    "background_strengths",
    "conceptualization",
    "goals",
    "interventions",
    "response_progress",
    "reactions",
    "plan",
)
SESSION_V2_KEYS: Final = ("ratings", "measures", "service", "follow_up_on")
SERVICE_KEYS: Final = ("component", "fields", "strategy", "use_of_time")
RATING_KEYS: Final = ("objective_key", "score", "scale_max")
MEASURE_KEYS: Final = ("instrument", "score")
CONSENT_V2_KEYS: Final = ("attachments", "purpose", "disclosures")
ATTACHMENT_KEYS: Final = ("kind", "media_type", "added_at", "size", "sha256", "data")

# --- messages -------------------------------------------------------------------------

_CLIENT_WITH_CODE = QT_TRANSLATE_NOOP("Interchange", "Client {number} ({case_code}): {problem}")
_CLIENT_WITHOUT_CODE = QT_TRANSLATE_NOOP("Interchange", "Client {number}: {problem}")

_EMPTY = QT_TRANSLATE_NOOP("Interchange", "The file is empty.")
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Interchange", "The file is not UTF-8 text (the first bad byte is at offset {offset})."
)
_INVALID_JSON = QT_TRANSLATE_NOOP(
    "Interchange", "The file is not valid JSON: {problem} at line {line}, column {column}."
)
_INVALID_JSON_NO_POSITION = QT_TRANSLATE_NOOP(
    "Interchange", "The file is not valid JSON: {problem}."
)
_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Interchange", "The file is nested too deeply to be a counsel-desk document."
)
_NOT_A_DOCUMENT = QT_TRANSLATE_NOOP(
    "Interchange", "The file must hold one JSON object, not {found}."
)
_FORMAT_MISSING = QT_TRANSLATE_NOOP(
    "Interchange", 'The file has no "format" key, so it is not a counsel-desk document.'
)
_FORMAT_WRONG = QT_TRANSLATE_NOOP(
    "Interchange", 'The file\'s "format" is {found}; only "{old}" and "{new}" can be read.'
)
_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" is not part of the {format} format (keys allowed here: {allowed}).',
)
# The format of the document being read, for the messages that name it.
_READING: ContextVar[str] = ContextVar("interchange_reading", default=FORMAT)
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" is not a field of the {template_name} template (it has: {allowed}).'
)
_DUPLICATE_KEY = QT_TRANSLATE_NOOP("Interchange", '"{key}" appears more than once.')
_MISSING_KEY = QT_TRANSLATE_NOOP("Interchange", '"{key}" is required.')
_NOT_STRING = QT_TRANSLATE_NOOP("Interchange", '"{key}" must be a string, not {found}.')
_NOT_STRING_OR_NULL = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a string or null, not {found}.'
)
_NOT_LIST = QT_TRANSLATE_NOOP("Interchange", '"{key}" must be a list, not {found}.')
_NOT_OBJECT = QT_TRANSLATE_NOOP("Interchange", '"{key}" must be an object, not {found}.')
_NOT_MINUTES = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a whole number of minutes or null, not {found}.'
)
_NOT_CHOICE = QT_TRANSLATE_NOOP("Interchange", '"{key}" must be one of {allowed}, not {found}.')
_NOT_BOOL = QT_TRANSLATE_NOOP("Interchange", '"{key}" must be true or false, not {found}.')
_BAD_DATE = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a real date written YYYY-MM-DD, not {found}.'
)
_BAD_TIME = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a time of day written HH:MM (00:00 to 23:59), not {found}.'
)
_BAD_TIMESTAMP = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a real date and time written YYYY-MM-DDTHH:MM:SS, not {found}.'
)
_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" holds an invalid character (an unpaired UTF-16 surrogate).'
)
_DUPLICATE_CASE_CODE = QT_TRANSLATE_NOOP(
    "Interchange", "The case code {code} is already used by client {other} in this file."
)
_UNKNOWN_GROUP_MEMBER = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" names {code}, which is the case code of no client in this file or in the vault.',
)
_INVALID_RECORD = QT_TRANSLATE_NOOP("Interchange", '"{key}": {problem}')
_STRIKE_PAIR = QT_TRANSLATE_NOOP(
    "Interchange",
    "a struck result has both struck_at and a strike_reason; one without the other is not",
)
_SOCIOMETRY_OTHER_CLIENT = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" is not the client the roster entry of this member was opened as (the entry '
    "names another client, or none).",
)
_SOCIOMETRY_TWICE = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" makes a student a member twice: as this client and through the roster entry '
    "her case was opened from.",
)
_SOCIOMETRY_ORDER = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" is out of order: rounds are listed by day, members and answers by number.',
)
_NOT_WHOLE = QT_TRANSLATE_NOOP("Interchange", '"{key}" must be a whole number, not {found}.')
_SCHOOL_YEAR_TWICE = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}": the school year starting in {found} is listed twice.'
)
FIRST_SCHOOL_YEAR: Final = 1900
LAST_SCHOOL_YEAR: Final = 2199
_NOT_WHOLE_OR_NULL = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a whole number or null, not {found}.'
)
_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be from {low} to {high}, not {found}.'
)
_PLAN_VERSION = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be {expected}: plan versions are numbered 1, 2, 3, … in order.'
)
_TWICE_IN_LIST = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" is {found}, which an earlier item of the same list already has.'
)
_NO_SUCH_CONSENT = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" is {found}, but the client has {count} consents (the first is 0): it must name '
    "the release of information the referral relies on.",
)
_NO_SUCH_INDEX = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" is {found}, but "{list}" has {count} entries (the first is 0).',
)
_BAD_MONTH = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a month written YYYY-MM, not {found}.'
)
_NOT_BASE64 = QT_TRANSLATE_NOOP("Interchange", '"{key}" is not valid base64.')
_WRONG_DIGEST = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" does not match the attachment\'s data (the file was changed or cut short).',
)
_BLANK = QT_TRANSLATE_NOOP("Interchange", '"{key}" cannot be blank.')
_BAD_NISN = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be an NISN of 10 digits written as a string, not {found}.'
)
_BAD_SCHOOL_YEAR = QT_TRANSLATE_NOOP(
    "Interchange", '"{key}" must be a school year like "2026/2027", not {found}.'
)
_BAD_SCHOOL_EVENT = QT_TRANSLATE_NOOP("Interchange", '"{key}" is no event to keep: {why}')
_A_LIST = QT_TRANSLATE_NOOP("Interchange", "a list")
_AN_OBJECT = QT_TRANSLATE_NOOP("Interchange", "an object")

_SHOWN_CHARS = 40  # values quoted in a message are cut to this many characters


# --- errors and results ---------------------------------------------------------------


def client_ref(number: int, case_code: str | None) -> str:
    """How a message names a client: ``"client 3 (C-0007)"`` or ``"client 3"``."""
    return f"client {number} ({case_code})" if case_code else f"client {number}"


class InterchangeError(CounselDeskError):
    """A counsel-desk/1 document that cannot be read (or a caseload that cannot be written).

    ``client_ref``, ``client_number`` (1-based) and ``case_code`` name the client (all
    ``None`` for a problem with the document as a whole); ``key`` is the exact key (see the
    module docstring); ``problem`` is the message without the client's name.
    """

    def __init__(
        self,
        problem: UserMessage,
        *,
        key: str,
        client_number: int | None = None,
        case_code: str | None = None,
    ) -> None:
        self.problem = problem
        self.key = key
        self.client_number = client_number
        self.case_code = case_code if client_number is not None else None
        self.client_ref: str | None
        if client_number is None:
            self.client_ref = None
            message = problem
        elif case_code:
            self.client_ref = client_ref(client_number, case_code)
            message = UserMessage(
                _CLIENT_WITH_CODE, number=client_number, case_code=case_code, problem=problem
            )
        else:
            self.client_ref = client_ref(client_number, None)
            message = UserMessage(_CLIENT_WITHOUT_CODE, number=client_number, problem=problem)
        super().__init__(message)


@dataclass
class Attachment:
    """A drawn signature or a scanned form, with its bytes (counsel-desk/2)."""

    kind: AttachmentKind
    media_type: str
    added_at: dt.datetime
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class LegalHold:
    reason: str
    since: dt.date


@dataclass
class ClientRecords:
    """What counsel-desk/2 adds to one client. Ratings, measures and attachments are
    keyed by the index of their session or consent in the client's lists."""

    support_plans: list[SupportPlan] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    legal_hold: LegalHold | None = None
    supervision_context: dict[str, str | None] | None = None
    ratings: dict[int, list[ObjectiveRating]] = field(default_factory=dict)
    measures: dict[int, list[Measure]] = field(default_factory=dict)
    attachments: dict[int, list[Attachment]] = field(default_factory=dict)
    # Each referral's ``consent_id`` is the index of its release in the client's consents.
    referrals: list[Referral] = field(default_factory=list)
    # Screening questionnaires and recorded instrument results (``client_id`` 0 here).
    screenings: list[ScreeningResult] = field(default_factory=list)
    recorded_results: list[RecordedResult] = field(default_factory=list)
    # Career-interest inventories (``client_id`` 0 here).
    career_interests: list[CareerInterestResult] = field(default_factory=list)
    # The disclosure log (issue 18): ``client_id`` 0, ``consent_id`` the index of the
    # consent in the client's consents (None: shared under no consent).
    disclosures: list[Disclosure] = field(default_factory=list)


@dataclass
class VaultRecords:
    """What counsel-desk/2 adds to a caseload: ``clients`` runs parallel to
    ``Caseload.clients`` (an empty list: nothing for any client)."""

    clients: list[ClientRecords] = field(default_factory=list)
    retention: RetentionPolicy | None = None
    never_print: list[str] = field(default_factory=list)
    keep_words: list[str] = field(default_factory=list)  # printed as written, not [PERSON ?]
    school_calendar: list[SchoolEvent] = field(default_factory=list)  # dates kept in PDFs
    activities: list[Activity] = field(default_factory=list)  # the activity log
    letterhead: Letterhead | None = None  # the school's letterhead for referral letters
    letter_numbers: list[tuple[str, int, int]] = field(default_factory=list)  # never reused
    # The needs assessment: a response's ``asked`` and ``needs`` are indexes into
    # ``akpd_items``, its ``client_id`` the index of her client (None: the class only).
    akpd_items: list[NeedItem] = field(default_factory=list)
    akpd_responses: list[AkpdResponse] = field(default_factory=list)
    # The BK program; an activity's ``rpl`` is an index into it.
    bk_program: list[ProgramItem] = field(default_factory=list)
    # The school years started (Vault → New School Year…), by the year each starts in.
    school_years: list[int] = field(default_factory=list)
    # Appointments and requests to talk (issue 20): ``client_id`` is the index of the
    # client, a request's ``appointment_id`` the index of its appointment.
    appointments: list[Appointment] = field(default_factory=list)
    intake: list[IntakeRequest] = field(default_factory=list)
    # The class list (issue 20): students who are no clients; an entry's ``client_id``
    # is the index of the client opened for her (None: none).
    roster: list[RosterEntry] = field(default_factory=list)
    # Sociometry rounds (issue 20): a member's ``roster_id`` is the index of her roster
    # entry, ``client_id`` the index of her client (both None: a former member).
    sociometry: list[SociometryRound] = field(default_factory=list)

    def of(self, index: int) -> ClientRecords:
        return self.clients[index] if index < len(self.clients) else ClientRecords()


@dataclass
class ParseResult:
    """A document's caseload and the warnings it raised: ``(client_ref, issue)`` pairs."""

    caseload: Caseload
    warnings: list[tuple[str, Issue]] = field(default_factory=list)
    # What counsel-desk/2 adds (empty for a counsel-desk/1 document).
    records: VaultRecords = field(default_factory=lambda: VaultRecords())


@dataclass(frozen=True)
class _Where:
    """The client being read (``number`` None: the document itself)."""

    number: int | None = None
    case_code: str | None = None

    @property
    def ref(self) -> str:
        assert self.number is not None
        return client_ref(self.number, self.case_code)

    def fail(self, at: str, message: str, /, **params: object) -> NoReturn:
        """Raise the error ``message`` (a template) about the key ``at``."""
        raise InterchangeError(
            UserMessage(message, **params),
            key=at,
            client_number=self.number,
            case_code=self.case_code,
        )


_DOCUMENT: Final = _Where()

# --- showing values in messages -------------------------------------------------------


def _encodable(text: str) -> bool:
    """False when ``text`` holds a lone surrogate (JSON allows ``"\\ud800"``; UTF-8 not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _clip(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"


def _quoted(text: str) -> str:
    """``text`` as a JSON string literal, cut short, safe to print."""
    clipped = _clip(text)
    return json.dumps(clipped, ensure_ascii=not _encodable(clipped))


def _shown_key(key: str) -> str:
    """A key as it appears inside quotes in a message: control characters escaped."""
    if key.isprintable() and _encodable(key) and len(key) <= 2 * _SHOWN_CHARS:
        return key
    return _quoted(key)[1:-1]


@dataclass(frozen=True)
class _NonFinite:
    """``NaN``/``Infinity``, which Python's json reads but JSON does not allow."""

    text: str


def _found(value: object) -> object:
    """What was found instead, for ``... not {found}``: the JSON value, or its kind."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _NonFinite):
        return value.text
    if isinstance(value, int):
        return _clip(str(value))
    if isinstance(value, float):
        return _clip(repr(value) if math.isfinite(value) else str(value))
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, list):
        return UserMessage(_A_LIST)
    if isinstance(value, dict):
        return UserMessage(_AN_OBJECT)
    return type(value).__name__  # pragma: no cover - json.loads makes nothing else


# --- reading JSON ---------------------------------------------------------------------


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers keys it held more than once (json keeps the last)."""

    __slots__ = ("duplicates",)

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__()
        duplicates: list[str] = []
        for key, value in pairs:
            if key in self:
                duplicates.append(key)
            self[key] = value
        self.duplicates = tuple(duplicates)


def _load_json(text: str | bytes) -> object:
    if isinstance(text, bytes | bytearray | memoryview):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            _DOCUMENT.fail("", _NOT_UTF8, offset=exc.start)
    if not isinstance(text, str):
        raise TypeError(f"parse_document() takes str or bytes, not {type(text).__name__}")
    if text.startswith("\ufeff"):  # a byte order mark, as some Windows editors write
        text = text[1:]
    if not text.strip():
        _DOCUMENT.fail("", _EMPTY)
    try:
        return json.loads(text, object_pairs_hook=_JsonObject, parse_constant=_NonFinite)
    except json.JSONDecodeError as exc:
        _DOCUMENT.fail("", _INVALID_JSON, problem=exc.msg, line=exc.lineno, column=exc.colno)
    except RecursionError:
        _DOCUMENT.fail("", _TOO_DEEP)
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        _DOCUMENT.fail("", _INVALID_JSON_NO_POSITION, problem=str(exc))


# --- reading values -------------------------------------------------------------------

_MISSING: Final = object()
_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _object(where: _Where, value: object, path: str, allowed: tuple[str, ...]) -> _JsonObject:
    """``value`` as an object holding only ``allowed`` keys, each at most once."""
    if not isinstance(value, _JsonObject):
        where.fail(path, _NOT_OBJECT, key=_shown_key(path), found=_found(value))
    _check_keys(where, value, path, allowed)
    return value


def _check_keys(where: _Where, obj: _JsonObject, path: str, allowed: tuple[str, ...]) -> None:
    if obj.duplicates:
        key = _join(path, obj.duplicates[0])
        where.fail(key, _DUPLICATE_KEY, key=_shown_key(key))
    for name in obj:
        if name not in allowed:
            key = _join(path, name)
            where.fail(
                key,
                _UNKNOWN_KEY,
                key=_shown_key(key),
                format=_READING.get(),
                allowed=", ".join(allowed),
            )


def _check_text(where: _Where, path: str, value: str) -> str:
    if not _encodable(value):
        where.fail(path, _BAD_CHARACTER, key=_shown_key(path))
    return value


def _required_text(where: _Where, obj: _JsonObject, prefix: str, name: str) -> str:
    path = _join(prefix, name)
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        where.fail(path, _MISSING_KEY, key=_shown_key(path))
    return _string(where, path, value)


def _text(where: _Where, obj: _JsonObject, prefix: str, name: str, default: str) -> str:
    """A string that may be left out (then ``default``) but is never null."""
    value = obj.get(name, _MISSING)
    return default if value is _MISSING else _string(where, _join(prefix, name), value)


def _string(where: _Where, path: str, value: object) -> str:
    if not isinstance(value, str):
        where.fail(path, _NOT_STRING, key=_shown_key(path), found=_found(value))
    return _check_text(where, path, value)


def _optional_text(
    where: _Where, obj: _JsonObject, prefix: str, name: str, default: str | None = None
) -> str | None:
    """A string or null; left out, ``default``. Null and "" stay apart."""
    path = _join(prefix, name)
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        where.fail(path, _NOT_STRING_OR_NULL, key=_shown_key(path), found=_found(value))
    return _check_text(where, path, value)


def _choice(
    where: _Where,
    obj: _JsonObject,
    prefix: str,
    name: str,
    choices: type[_E],
    default: _E | None,
) -> _E:
    """One of an enum's values; ``default`` None means the key is required."""
    path = _join(prefix, name)
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        if default is None:
            where.fail(path, _MISSING_KEY, key=_shown_key(path))
        return default
    if isinstance(value, str):
        for member in choices:
            if member.value == value:
                return member
    where.fail(
        path,
        _NOT_CHOICE,
        key=_shown_key(path),
        allowed=", ".join(m.value for m in choices),
        found=_found(value),
    )


def _to_date(text: str) -> dt.date:
    if not _DATE.fullmatch(text):
        raise ValueError(text)
    return dt.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))


def _to_time(text: str) -> dt.time:
    if not _TIME.fullmatch(text):
        raise ValueError(text)
    return dt.time(int(text[0:2]), int(text[3:5]))


def _to_timestamp(text: str) -> dt.datetime:
    if not _TIMESTAMP.fullmatch(text):
        raise ValueError(text)
    return dt.datetime(
        int(text[0:4]),
        int(text[5:7]),
        int(text[8:10]),
        int(text[11:13]),
        int(text[14:16]),
        int(text[17:19]),
    )


def _temporal(
    where: _Where,
    path: str,
    value: object,
    convert: Callable[[str], _T],
    message: str,
) -> _T:
    if isinstance(value, str):
        try:
            return convert(value)
        except ValueError:
            pass
    where.fail(path, message, key=_shown_key(path), found=_found(value))


def _required_temporal(
    where: _Where,
    obj: _JsonObject,
    prefix: str,
    name: str,
    convert: Callable[[str], _T],
    message: str,
) -> _T:
    path = _join(prefix, name)
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        where.fail(path, _MISSING_KEY, key=_shown_key(path))
    return _temporal(where, path, value, convert, message)


def _optional_temporal(
    where: _Where,
    obj: _JsonObject,
    prefix: str,
    name: str,
    convert: Callable[[str], _T],
    message: str,
) -> _T | None:
    value = obj.get(name, _MISSING)
    if value is _MISSING or value is None:
        return None
    return _temporal(where, _join(prefix, name), value, convert, message)


def _minutes(where: _Where, obj: _JsonObject, prefix: str, name: str) -> int | None:
    path = _join(prefix, name)
    value = obj.get(name, _MISSING)
    if value is _MISSING or value is None:
        return None
    # bool is a subclass of int in Python, but `true` is not a number of minutes.
    if isinstance(value, bool) or not isinstance(value, int):
        where.fail(path, _NOT_MINUTES, key=_shown_key(path), found=_found(value))
    return value


def _array(where: _Where, obj: _JsonObject, prefix: str, name: str) -> list[object]:
    path = _join(prefix, name)
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        return []
    if not isinstance(value, list):
        where.fail(path, _NOT_LIST, key=_shown_key(path), found=_found(value))
    return value


def _strings(where: _Where, obj: _JsonObject, prefix: str, name: str) -> list[str]:
    path = _join(prefix, name)
    return [
        _string(where, f"{path}[{i}]", item)
        for i, item in enumerate(_array(where, obj, prefix, name))
    ]


# --- reading records ------------------------------------------------------------------


def _contact(where: _Where, raw: object, path: str) -> Contact:
    obj = _object(where, raw, path, CONTACT_KEYS)
    return Contact(
        name=_required_text(where, obj, path, "name"),
        relationship=_optional_text(where, obj, path, "relationship"),
        phone=_optional_text(where, obj, path, "phone"),
        email=_optional_text(where, obj, path, "email"),
    )


def _addendum(where: _Where, raw: object, path: str) -> Addendum:
    obj = _object(where, raw, path, ADDENDUM_KEYS + ADDENDUM_EXTENSION_KEYS)
    return Addendum(
        written_at=_required_temporal(
            where, obj, path, "written_at", _to_timestamp, _BAD_TIMESTAMP
        ),
        text=_required_text(where, obj, path, "text"),
        reason=_optional_text(where, obj, path, "reason"),
    )


def _bool(where: _Where, obj: _JsonObject, prefix: str, name: str) -> bool:
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        return False
    if not isinstance(value, bool):
        path = _join(prefix, name)
        where.fail(path, _NOT_BOOL, key=_shown_key(path), found=_found(value))
    return value


def _risk(where: _Where, obj: _JsonObject, prefix: str) -> RiskAssessment | None:
    path = _join(prefix, "risk")
    raw = obj.get("risk", _MISSING)
    if raw is _MISSING or raw is None:
        return None
    risk = _object(where, raw, path, RISK_KEYS)
    return RiskAssessment(
        self_harm=_bool(where, risk, path, "self_harm"),
        harm_to_others=_bool(where, risk, path, "harm_to_others"),
        abuse_disclosed=_bool(where, risk, path, "abuse_disclosed"),
        # null: "Not assessed" (a draft only: signing needs a level, see signing_issues)
        level=None
        if risk.get("level", _MISSING) is None
        else _choice(where, risk, path, "level", RiskLevel, RiskLevel.NONE),
        actions_taken=_text(where, risk, path, "actions_taken", ""),
    )


def _service(where: _Where, obj: _JsonObject, prefix: str) -> ServiceClass | None:
    path = _join(prefix, "service")
    raw = obj.get("service", _MISSING)
    if raw is _MISSING or raw is None:
        return None
    service = _object(where, raw, path, SERVICE_KEYS)
    areas: list[ServiceField] = []
    for i, item in enumerate(_array(where, service, path, "fields")):
        item_path = f"{_join(path, 'fields')}[{i}]"
        area = next((m for m in ServiceField if isinstance(item, str) and m.value == item), None)
        if area is None:
            where.fail(
                item_path,
                _NOT_CHOICE,
                key=_shown_key(item_path),
                allowed=", ".join(m.value for m in ServiceField),
                found=_found(item),
            )
        areas.append(area)
    use_of_time: UseOfTime | None = None
    if service.get("use_of_time") is not None:
        use_of_time = _choice(where, service, path, "use_of_time", UseOfTime, None)
    return ServiceClass(
        component=_choice(where, service, path, "component", ServiceComponent, None),
        strategy=_choice(where, service, path, "strategy", ServiceStrategy, None),
        fields=tuple(areas),
        use_of_time=use_of_time,
    )


def _duty_action(where: _Where, raw: object, path: str) -> DutyAction:
    obj = _object(where, raw, path, DUTY_ACTION_KEYS)
    return DutyAction(
        step=_choice(where, obj, path, "step", DutyStep, None),
        done_at=_required_temporal(where, obj, path, "done_at", _to_timestamp, _BAD_TIMESTAMP),
        note=_text(where, obj, path, "note", ""),
    )


def _struck(where: _Where, obj: _JsonObject, prefix: str) -> tuple[dt.datetime | None, str | None]:
    path = _join(prefix, "struck")
    raw = obj.get("struck", _MISSING)
    if raw is _MISSING or raw is None:
        return None, None
    struck = _object(where, raw, path, STRUCK_KEYS)
    return (
        _required_temporal(where, struck, path, "struck_at", _to_timestamp, _BAD_TIMESTAMP),
        _required_text(where, struck, path, "reason"),
    )


def _fields(where: _Where, obj: _JsonObject, prefix: str, template: TemplateId) -> dict[str, str]:
    """The note's fields: every key of the template, in template order (missing ones "")."""
    path = _join(prefix, "fields")
    keys = template_for(template).keys
    value = obj.get("fields", _MISSING)
    if value is _MISSING:
        return dict.fromkeys(keys, "")
    if not isinstance(value, _JsonObject):
        where.fail(path, _NOT_OBJECT, key=_shown_key(path), found=_found(value))
    if value.duplicates:
        key = _join(path, value.duplicates[0])
        where.fail(key, _DUPLICATE_KEY, key=_shown_key(key))
    for name in value:
        if name not in keys:
            key = _join(path, name)
            where.fail(
                key,
                _UNKNOWN_FIELD,
                key=_shown_key(key),
                template_name=template.value,
                allowed=", ".join(keys),
            )
    return {key: _text(where, value, path, key, "") for key in keys}


def _session(where: _Where, raw: object, path: str, v2: bool = False) -> SessionNote:
    obj = _object(
        where, raw, path, SESSION_KEYS + SESSION_EXTENSION_KEYS + (SESSION_V2_KEYS if v2 else ())
    )
    date = _required_temporal(where, obj, path, "date", _to_date, _BAD_DATE)
    start_time = _optional_temporal(where, obj, path, "start_time", _to_time, _BAD_TIME)
    duration = _minutes(where, obj, path, "duration_minutes")
    modality = _choice(where, obj, path, "modality", Modality, Modality.IN_PERSON)
    kind = _choice(where, obj, path, "kind", SessionKind, SessionKind.INDIVIDUAL)
    group_members = _strings(where, obj, path, "group_members")
    template = _choice(where, obj, path, "template", TemplateId, TemplateId.FREE)
    if not v2 and template in FOLLOW_UP_TEMPLATES:  # the templates of counsel-desk/2
        template_path = _join(path, "template")
        where.fail(
            template_path,
            _NOT_CHOICE,
            key=_shown_key(template_path),
            allowed=", ".join(t.value for t in TemplateId if t not in FOLLOW_UP_TEMPLATES),
            found=_found(template.value),
        )
    fields = _fields(where, obj, path, template)
    risk_notes = _optional_text(where, obj, path, "risk_notes", default="")
    signed_at = _optional_temporal(where, obj, path, "signed_at", _to_timestamp, _BAD_TIMESTAMP)
    addenda_path = _join(path, "addenda")
    addenda = [
        _addendum(where, item, f"{addenda_path}[{i}]")
        for i, item in enumerate(_array(where, obj, path, "addenda"))
    ]
    note_class = _choice(where, obj, path, "note_class", NoteClass, NoteClass.PROGRESS)
    platform = _optional_text(where, obj, path, "platform")
    identity_check: IdentityCheck | None = None
    if obj.get("identity_check") is not None:
        identity_check = _choice(where, obj, path, "identity_check", IdentityCheck, None)
    risk = _risk(where, obj, path)
    duty_path = _join(path, "duty_actions")
    duty_actions = [
        _duty_action(where, item, f"{duty_path}[{i}]")
        for i, item in enumerate(_array(where, obj, path, "duty_actions"))
    ]
    struck_at, strike_reason = _struck(where, obj, path)
    service = _service(where, obj, path) if v2 else None
    follow_up_on = (
        _optional_temporal(where, obj, path, "follow_up_on", _to_date, _BAD_DATE) if v2 else None
    )
    return SessionNote(
        date=date,
        start_time=start_time,
        duration_minutes=duration,
        modality=modality,
        kind=kind,
        group_members=group_members,
        template=template,
        fields=fields,
        risk_notes=risk_notes,
        signed_at=signed_at,
        addenda=addenda,
        note_class=note_class,
        platform=platform,
        identity_check=identity_check,
        risk=risk,
        duty_actions=duty_actions,
        struck_at=struck_at,
        strike_reason=strike_reason,
        service=service,
        follow_up_on=follow_up_on,
    )


def _consent(where: _Where, raw: object, path: str, v2: bool = False) -> Consent:
    obj = _object(
        where, raw, path, CONSENT_KEYS + CONSENT_EXTENSION_KEYS + (CONSENT_V2_KEYS if v2 else ())
    )
    kind = _choice(where, obj, path, "kind", ConsentKind, None)
    template_version = _text(where, obj, path, "template_version", "1")
    signed_by = _required_text(where, obj, path, "signed_by")
    relationship = _choice(
        where, obj, path, "signer_relationship", SignerRelationship, SignerRelationship.SELF
    )
    signed_on = _required_temporal(where, obj, path, "signed_on", _to_date, _BAD_DATE)
    status = _choice(where, obj, path, "status", ConsentStatus, ConsentStatus.ACTIVE)
    revoked_on = _optional_temporal(where, obj, path, "revoked_on", _to_date, _BAD_DATE)
    notes = _optional_text(where, obj, path, "notes")
    method: SignatureMethod | None = None
    if obj.get("method") is not None:
        method = _choice(where, obj, path, "method", SignatureMethod, None)
    return Consent(
        kind=kind,
        signed_by=signed_by,
        signed_on=signed_on,
        template_version=template_version,
        signer_relationship=relationship,
        status=status,
        revoked_on=revoked_on,
        notes=notes,
        expires_on=_optional_temporal(where, obj, path, "expires_on", _to_date, _BAD_DATE),
        relationship_detail=_optional_text(where, obj, path, "relationship_detail"),
        language=_optional_text(where, obj, path, "language"),
        text=_optional_text(where, obj, path, "text"),
        text_sha256=_optional_text(where, obj, path, "text_sha256"),
        method=method,
        bundle=_optional_text(where, obj, path, "bundle"),
        released_to=_optional_text(where, obj, path, "released_to"),
        purpose=_optional_text(where, obj, path, "purpose") if v2 else None,
        disclosures=_disclosures(where, obj, path, "disclosures") if v2 else (),
    )


def _disclosures(
    where: _Where, obj: _JsonObject, prefix: str, name: str
) -> tuple[DisclosureItem, ...]:
    """A list of disclosure items, each once."""
    path = _join(prefix, name)
    items: list[DisclosureItem] = []
    for i, value in enumerate(_array(where, obj, prefix, name)):
        item_path = f"{path}[{i}]"
        item = next(
            (m for m in DisclosureItem if isinstance(value, str) and m.value == value), None
        )
        if item is None:
            where.fail(
                item_path,
                _NOT_CHOICE,
                key=_shown_key(item_path),
                allowed=", ".join(m.value for m in DisclosureItem),
                found=_found(value),
            )
        if item in items:
            where.fail(
                item_path, _TWICE_IN_LIST, key=_shown_key(item_path), found=_quoted(item.value)
            )
        items.append(item)
    return tuple(items)


def _client_where(number: int, case_code: object) -> _Where:
    """Who a client's messages name: its number, and its case code when that is valid."""
    if isinstance(case_code, str) and _encodable(case_code) and not validate_case_code(case_code):
        return _Where(number, case_code)
    return _Where(number, None)


def _client(raw: object, index: int, v2: bool = False) -> Client:
    if not isinstance(raw, _JsonObject):
        path = f"clients[{index}]"
        _DOCUMENT.fail(path, _NOT_OBJECT, key=path, found=_found(raw))
    where = _client_where(index + 1, raw.get("case_code"))
    _check_keys(where, raw, "", CLIENT_KEYS + (CLIENT_V2_KEYS if v2 else ()))

    def contacts(name: str) -> list[Contact]:
        return [
            _contact(where, item, f"{name}[{i}]")
            for i, item in enumerate(_array(where, raw, "", name))
        ]

    def text(name: str) -> str | None:
        return _optional_text(where, raw, "", name)

    def date(name: str) -> dt.date | None:
        return _optional_temporal(where, raw, "", name, _to_date, _BAD_DATE)

    return Client(
        case_code=text("case_code"),
        given_name=_required_text(where, raw, "", "given_name"),
        family_name=text("family_name"),
        preferred_name=text("preferred_name"),
        date_of_birth=date("date_of_birth"),
        gender=text("gender"),
        school=text("school"),
        grade=text("grade"),
        student_number=text("student_number"),
        national_id=text("national_id"),
        phone=text("phone"),
        email=text("email"),
        address=text("address"),
        guardians=contacts("guardians"),
        emergency_contacts=contacts("emergency_contacts"),
        other_people=_strings(where, raw, "", "other_people"),
        referral_source=text("referral_source"),
        presenting_concern=text("presenting_concern"),
        risk_level=_choice(where, raw, "", "risk_level", RiskLevel, RiskLevel.NONE),
        tags=_strings(where, raw, "", "tags"),
        status=_choice(where, raw, "", "status", ClientStatus, ClientStatus.ACTIVE),
        opened_on=date("opened_on"),
        closed_on=date("closed_on"),
        graduated_on=date("graduated_on") if v2 else None,
        sessions=[
            _session(where, item, f"sessions[{i}]", v2)
            for i, item in enumerate(_array(where, raw, "", "sessions"))
        ],
        consents=[
            _consent(where, item, f"consents[{i}]", v2)
            for i, item in enumerate(_array(where, raw, "", "consents"))
        ],
    )


def _document(root: object) -> _JsonObject:
    if not isinstance(root, _JsonObject):
        _DOCUMENT.fail("", _NOT_A_DOCUMENT, found=_found(root))
    # The format first: a document of another format has other keys, and saying so is
    # more helpful than naming the first of them.
    if "format" not in root:
        _DOCUMENT.fail("format", _FORMAT_MISSING)
    if root["format"] not in READABLE_FORMATS:
        _DOCUMENT.fail(
            "format",
            _FORMAT_WRONG,
            found=_found(root["format"]),
            old=FORMAT_1,
            new=FORMAT,
        )
    return root


# --- reading counsel-desk/2 records ---------------------------------------------------


def _whole(
    where: _Where, obj: _JsonObject, prefix: str, name: str, *, required: bool = True
) -> int | None:
    path = _join(prefix, name)
    value = obj.get(name, _MISSING)
    if value is _MISSING:
        if required:
            where.fail(path, _MISSING_KEY, key=_shown_key(path))
        return None
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        message = _NOT_WHOLE if required else _NOT_WHOLE_OR_NULL
        where.fail(path, message, key=_shown_key(path), found=_found(value))
    return value


def _required_whole(where: _Where, obj: _JsonObject, prefix: str, name: str) -> int:
    value = _whole(where, obj, prefix, name)
    assert value is not None
    return value


def _in_range(where: _Where, path: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        where.fail(path, _OUT_OF_RANGE, key=_shown_key(path), low=low, high=high, found=value)
    return value


def _not_blank(where: _Where, obj: _JsonObject, prefix: str, name: str) -> str:
    value = _required_text(where, obj, prefix, name)
    if not value.strip():
        path = _join(prefix, name)
        where.fail(path, _BLANK, key=_shown_key(path))
    return value


def _refuse_issues(where: _Where, prefix: str, issues: list[Issue]) -> None:
    for issue in issues:
        if issue.severity is Severity.ERROR:
            path = _join(prefix, issue.path) if issue.path else prefix
            where.fail(path, _INVALID_RECORD, key=_shown_key(path), problem=issue.message)


def _objective(where: _Where, raw: object, path: str) -> Objective:
    obj = _object(where, raw, path, OBJECTIVE_KEYS)
    scale_path = _join(path, "scale_max")
    scale = _required_whole(where, obj, path, "scale_max")
    if scale not in SCALES:
        where.fail(
            scale_path,
            _NOT_CHOICE,
            key=_shown_key(scale_path),
            allowed=", ".join(str(n) for n in SCALES),
            found=scale,
        )
    target = _whole(where, obj, path, "target", required=False)
    if target is not None:
        _in_range(where, _join(path, "target"), target, 0, scale)
    return Objective(
        key=_not_blank(where, obj, path, "key"),
        text=_required_text(where, obj, path, "text"),
        scale_max=scale,
        target=target,
    )


def _goal(where: _Where, raw: object, path: str) -> Goal:
    obj = _object(where, raw, path, GOAL_KEYS)
    objectives_path = _join(path, "objectives")
    return Goal(
        key=_not_blank(where, obj, path, "key"),
        text=_required_text(where, obj, path, "text"),
        status=_choice(where, obj, path, "status", GoalStatus, GoalStatus.ACTIVE),
        target_date=_optional_temporal(where, obj, path, "target_date", _to_date, _BAD_DATE),
        review_date=_optional_temporal(where, obj, path, "review_date", _to_date, _BAD_DATE),
        interventions=_strings(where, obj, path, "interventions"),
        objectives=[
            _objective(where, item, f"{objectives_path}[{i}]")
            for i, item in enumerate(_array(where, obj, path, "objectives"))
        ],
    )


def _plan(where: _Where, raw: object, path: str, number: int) -> SupportPlan:
    obj = _object(where, raw, path, PLAN_KEYS)
    version = _required_whole(where, obj, path, "version")
    if version != number:
        version_path = _join(path, "version")
        where.fail(version_path, _PLAN_VERSION, key=_shown_key(version_path), expected=number)
    goals_path = _join(path, "goals")
    plan = SupportPlan(
        version=version,
        created_at=_required_temporal(
            where, obj, path, "created_at", _to_timestamp, _BAD_TIMESTAMP
        ),
        reason=_optional_text(where, obj, path, "reason"),
        goals=[
            _goal(where, item, f"{goals_path}[{i}]")
            for i, item in enumerate(_array(where, obj, path, "goals"))
        ],
    )
    _refuse_issues(where, path, validate_plan(plan))
    return plan


def _follow_up(where: _Where, raw: object, path: str) -> FollowUp:
    obj = _object(where, raw, path, FOLLOW_UP_KEYS)
    return FollowUp(
        client_id=0,
        due_on=_required_temporal(where, obj, path, "due_on", _to_date, _BAD_DATE),
        text=_not_blank(where, obj, path, "text"),
        created_at=_required_temporal(
            where, obj, path, "created_at", _to_timestamp, _BAD_TIMESTAMP
        ),
        done_at=_optional_temporal(where, obj, path, "done_at", _to_timestamp, _BAD_TIMESTAMP),
    )


def _legal_hold(where: _Where, obj: _JsonObject) -> LegalHold | None:
    raw = obj.get("legal_hold", _MISSING)
    if raw is _MISSING or raw is None:
        return None
    hold = _object(where, raw, "legal_hold", LEGAL_HOLD_KEYS)
    return LegalHold(
        reason=_not_blank(where, hold, "legal_hold", "reason"),
        since=_required_temporal(where, hold, "legal_hold", "since", _to_date, _BAD_DATE),
    )


def _supervision_context(where: _Where, obj: _JsonObject) -> dict[str, str | None] | None:
    raw = obj.get("supervision_context", _MISSING)
    if raw is _MISSING or raw is None:
        return None
    context = _object(where, raw, "supervision_context", SUPERVISION_CONTEXT_KEYS)
    return {
        name: _optional_text(where, context, "supervision_context", name)
        for name in SUPERVISION_CONTEXT_KEYS
    }


def _unique(where: _Where, path: str, seen: set[str], value: str) -> None:
    if value in seen:
        where.fail(path, _TWICE_IN_LIST, key=_shown_key(path), found=_quoted(value))
    seen.add(value)


def _ratings(where: _Where, obj: _JsonObject, prefix: str) -> list[ObjectiveRating]:
    found: list[ObjectiveRating] = []
    seen: set[str] = set()
    list_path = _join(prefix, "ratings")
    for i, raw in enumerate(_array(where, obj, prefix, "ratings")):
        path = f"{list_path}[{i}]"
        item = _object(where, raw, path, RATING_KEYS)
        rating = ObjectiveRating(
            objective_key=_not_blank(where, item, path, "objective_key"),
            score=_required_whole(where, item, path, "score"),
            scale_max=_required_whole(where, item, path, "scale_max"),
        )
        _refuse_issues(where, path, validate_rating(rating))
        _unique(where, _join(path, "objective_key"), seen, rating.objective_key)
        found.append(rating)
    return found


def _measures(where: _Where, obj: _JsonObject, prefix: str) -> list[Measure]:
    found: list[Measure] = []
    seen: set[str] = set()
    list_path = _join(prefix, "measures")
    for i, raw in enumerate(_array(where, obj, prefix, "measures")):
        path = f"{list_path}[{i}]"
        item = _object(where, raw, path, MEASURE_KEYS)
        measure = Measure(
            instrument=_not_blank(where, item, path, "instrument"),
            score=_required_whole(where, item, path, "score"),
        )
        _refuse_issues(where, path, validate_measure(measure))
        _unique(where, _join(path, "instrument"), seen, measure.instrument.strip())
        found.append(measure)
    return found


def _attachment(where: _Where, raw: object, path: str) -> Attachment:
    obj = _object(where, raw, path, ATTACHMENT_KEYS)
    kind = _choice(where, obj, path, "kind", AttachmentKind, None)
    media_type = _not_blank(where, obj, path, "media_type")
    added_at = _required_temporal(where, obj, path, "added_at", _to_timestamp, _BAD_TIMESTAMP)
    size = _required_whole(where, obj, path, "size")
    digest = _required_text(where, obj, path, "sha256")
    encoded = _required_text(where, obj, path, "data")
    try:
        data = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        where.fail(_join(path, "data"), _NOT_BASE64, key=_shown_key(_join(path, "data")))
    if len(data) != size:
        size_path = _join(path, "size")
        where.fail(size_path, _WRONG_DIGEST, key=_shown_key(size_path))
    attachment = Attachment(kind, media_type, added_at, data)
    if attachment.sha256 != digest:
        digest_path = _join(path, "sha256")
        where.fail(digest_path, _WRONG_DIGEST, key=_shown_key(digest_path))
    return attachment


def _referrals(where: _Where, raw: _JsonObject, client: Client, today: dt.date) -> list[Referral]:
    """``referrals``: each relies on a release of information of this client, named by
    its index in ``consents``, and is checked as the app checks one (active on its day,
    allowing what it sends)."""
    found: list[Referral] = []
    for i, item in enumerate(_array(where, raw, "", "referrals")):
        path = f"referrals[{i}]"
        obj = _object(where, item, path, REFERRAL_KEYS)
        index = _required_whole(where, obj, path, "consent")
        if not 0 <= index < len(client.consents):
            where.fail(
                _join(path, "consent"),
                _NO_SUCH_CONSENT,
                key=_shown_key(_join(path, "consent")),
                found=index,
                count=len(client.consents),
            )
        sections_raw = obj.get("sections", {})
        sections_path = _join(path, "sections")
        if not isinstance(sections_raw, _JsonObject):
            where.fail(
                sections_path,
                _NOT_OBJECT,
                key=_shown_key(sections_path),
                found=_found(sections_raw),
            )
        _check_keys(where, sections_raw, sections_path, tuple(m.value for m in DisclosureItem))
        outcome: ReferralOutcome | None = None
        if obj.get("outcome") is not None:
            outcome = _choice(where, obj, path, "outcome", ReferralOutcome, None)
        referral = Referral(
            made_on=_required_temporal(where, obj, path, "made_on", _to_date, _BAD_DATE),
            agency=_choice(where, obj, path, "agency", ReferralAgency, None),
            recipient=_required_text(where, obj, path, "recipient"),
            reason=_required_text(where, obj, path, "reason"),
            consent_id=index,
            urgency=_choice(where, obj, path, "urgency", ReferralUrgency, ReferralUrgency.ROUTINE),
            sent=_disclosures(where, obj, path, "sent"),
            sections={
                key: _text(where, sections_raw, sections_path, key, "") for key in sections_raw
            },
            letter_number=_optional_text(where, obj, path, "letter_number"),
            reply_on=_optional_temporal(where, obj, path, "reply_on", _to_date, _BAD_DATE),
            reply=_text(where, obj, path, "reply", ""),
            outcome=outcome,
            follow_up_on=_optional_temporal(where, obj, path, "follow_up_on", _to_date, _BAD_DATE),
        )
        for key, message in referral_problems(referral):
            problem_path = _join(path, key)
            where.fail(problem_path, _INVALID_RECORD, key=_shown_key(problem_path), problem=message)
        typed = typed_number_problem(referral.letter_number) if referral.letter_number else None
        if typed is not None:  # printed on the letter: one plain line, as one typed
            problem_path = _join(path, "letter_number")
            where.fail(problem_path, _INVALID_RECORD, key=_shown_key(problem_path), problem=typed)
        try:
            check_release(referral, client.consents[index], today)
        except ReferralProblem as problem:
            where.fail(
                _join(path, "consent"),
                _INVALID_RECORD,
                key=_shown_key(_join(path, "consent")),
                problem=problem.message,
            )
        found.append(referral)
    return found


def _strike(where: _Where, obj: _JsonObject, path: str) -> tuple[dt.datetime | None, str | None]:
    struck_at = _optional_temporal(where, obj, path, "struck_at", _to_timestamp, _BAD_TIMESTAMP)
    reason = _optional_text(where, obj, path, "strike_reason")
    if (struck_at is None) != (reason is None or not reason.strip()):
        where.fail(
            _join(path, "strike_reason"),
            _INVALID_RECORD,
            key=_shown_key(_join(path, "strike_reason")),
            problem=UserMessage(_STRIKE_PAIR),
        )
    return struck_at, reason


def _screenings(where: _Where, raw: _JsonObject, today: dt.date) -> list[ScreeningResult]:
    """``screenings``: each questionnaire complete, every answer one of its choices."""
    found: list[ScreeningResult] = []
    for i, item in enumerate(_array(where, raw, "", "screenings")):
        path = f"screenings[{i}]"
        obj = _object(where, item, path, SCREENING_KEYS)
        instrument = _choice(where, obj, path, "instrument", InstrumentId, None)
        answers_path = _join(path, "answers")
        answers_raw = obj.get("answers", _MISSING)
        if answers_raw is _MISSING:
            where.fail(answers_path, _MISSING_KEY, key=_shown_key(answers_path))
        if not isinstance(answers_raw, _JsonObject):
            where.fail(
                answers_path, _NOT_OBJECT, key=_shown_key(answers_path), found=_found(answers_raw)
            )
        _check_keys(
            where,
            answers_raw,
            answers_path,
            tuple(q.key for q in INSTRUMENTS[instrument].questions),
        )
        answers = {
            key: _required_whole(where, answers_raw, answers_path, key) for key in answers_raw
        }
        struck_at, reason = _strike(where, obj, path)
        result = ScreeningResult(
            0,
            instrument,
            _required_temporal(where, obj, path, "taken_on", _to_date, _BAD_DATE),
            answers,
            _choice(where, obj, path, "entry", ScreeningEntry, ScreeningEntry.COUNSELOR),
            struck_at=struck_at,
            strike_reason=reason,
        )
        try:
            check_result(result, today)
            result.strike_reason = check_strike(
                result.taken_on, result.struck_at, result.strike_reason, today
            )
        except ScreeningError as problem:
            where.fail(path, _INVALID_RECORD, key=_shown_key(path), problem=problem.message)
        found.append(result)
    return found


def _career_interests(
    where: _Where, raw: _JsonObject, today: dt.date
) -> list[CareerInterestResult]:
    """``career_interests``: each inventory complete, every item the inventory's, every
    answer on its scale."""
    found: list[CareerInterestResult] = []
    for i, item in enumerate(_array(where, raw, "", "career_interests")):
        path = f"career_interests[{i}]"
        obj = _object(where, item, path, CAREER_INTEREST_KEYS)
        answers_path = _join(path, "answers")
        answers_raw = obj.get("answers", _MISSING)
        if answers_raw is _MISSING:
            where.fail(answers_path, _MISSING_KEY, key=_shown_key(answers_path))
        if not isinstance(answers_raw, _JsonObject):
            where.fail(
                answers_path, _NOT_OBJECT, key=_shown_key(answers_path), found=_found(answers_raw)
            )
        _check_keys(where, answers_raw, answers_path, tuple(i.key for i in CAREER_ITEMS))
        answers = {
            key: _required_whole(where, answers_raw, answers_path, key) for key in answers_raw
        }
        struck_at, reason = _strike(where, obj, path)
        result = CareerInterestResult(
            0,
            _required_temporal(where, obj, path, "taken_on", _to_date, _BAD_DATE),
            answers,
            _choice(where, obj, path, "entry", ScreeningEntry, ScreeningEntry.COUNSELOR),
            struck_at=struck_at,
            strike_reason=reason,
        )
        try:
            check_career_result(result, today)
            result.strike_reason = check_career_strike(result, today)
        except CareerInterestError as problem:
            where.fail(path, _INVALID_RECORD, key=_shown_key(path), problem=problem.message)
        found.append(result)
    return found


_DISCLOSED_AFTER_IMPORT = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" is {found}, after the day of the import: a disclosure cannot have been made '
    "in the future.",
)
_DISCLOSURE_NO_CONSENT = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" must be null: a consent form is shared under no other consent.',
)
_DISCLOSURE_WRONG_CONSENT = QT_TRANSLATE_NOOP(
    "Interchange",
    '"{key}" is {found}, which is no consent this document could have been shared under: '
    "it must name a consent of kind {kind} signed by the day it was shared ({day}), or be null.",
)
_TOO_LONG = QT_TRANSLATE_NOOP("Interchange", '"{key}" may hold at most {count} characters.')


def _disclosure_log(
    where: _Where, raw: _JsonObject, client: Client, today: dt.date
) -> list[Disclosure]:
    """``disclosures``: the PDFs of this client that left the vault, each with its time
    (not after the day of the import), its kind, who received it (one line), the consent
    it went under (an index into ``consents``, or null: a consent of the kind that covers
    the document, signed by then) and whether it was password-protected."""
    found: list[Disclosure] = []
    for i, item in enumerate(_array(where, raw, "", "disclosures")):
        path = f"disclosures[{i}]"
        obj = _object(where, item, path, DISCLOSURE_KEYS)
        shared_at = _required_temporal(where, obj, path, "shared_at", _to_timestamp, _BAD_TIMESTAMP)
        # A day's grace: the file may come from a computer in another time zone.
        if shared_at.date() > today + dt.timedelta(days=1):
            where.fail(
                _join(path, "shared_at"),
                _DISCLOSED_AFTER_IMPORT,
                key=_shown_key(_join(path, "shared_at")),
                found=obj.get("shared_at"),
            )
        document = _choice(where, obj, path, "document", SharedDocument, None)
        consent: int | None = None
        if obj.get("consent") is not None:
            consent = _required_whole(where, obj, path, "consent")
            consent_key = _join(path, "consent")
            if not 0 <= consent < len(client.consents):
                where.fail(
                    consent_key,
                    _NO_SUCH_INDEX,
                    key=_shown_key(consent_key),
                    found=consent,
                    list="consents",
                    count=len(client.consents),
                )
            kind = CONSENT_KIND_OF.get(document)
            if kind is None:
                where.fail(consent_key, _DISCLOSURE_NO_CONSENT, key=_shown_key(consent_key))
            named = client.consents[consent]
            if named.kind is not kind or named.signed_on > shared_at.date():
                where.fail(
                    consent_key,
                    _DISCLOSURE_WRONG_CONSENT,
                    key=_shown_key(consent_key),
                    found=consent,
                    kind=kind.value,
                    day=shared_at.date().isoformat(),
                )
        protected = obj.get("protected", _MISSING)
        if protected is _MISSING:
            where.fail(
                _join(path, "protected"), _MISSING_KEY, key=_shown_key(_join(path, "protected"))
            )
        recipient = _text(where, obj, path, "recipient", "")
        for issue in recipient_issues(recipient, _join(path, "recipient")):
            where.fail(
                issue.path, _INVALID_RECORD, key=_shown_key(issue.path), problem=issue.message
            )
        reference = _optional_text(where, obj, path, "reference")
        if reference is not None:
            for issue in validate_single_line(reference, _join(path, "reference")):
                where.fail(
                    issue.path, _INVALID_RECORD, key=_shown_key(issue.path), problem=issue.message
                )
            if len(reference) > MAX_RECIPIENT:
                where.fail(
                    _join(path, "reference"),
                    _TOO_LONG,
                    key=_shown_key(_join(path, "reference")),
                    count=MAX_RECIPIENT,
                )
        found.append(
            Disclosure(
                client_id=0,
                shared_at=shared_at,
                document=document,
                recipient=recipient,
                protected=_bool(where, obj, path, "protected"),
                consent_id=consent,
                reference=reference,
            )
        )
    return found


def _recorded_results(where: _Where, raw: _JsonObject, today: dt.date) -> list[RecordedResult]:
    """``recorded_results``: AUM/DCM/ITP results as entered, checked as the app checks one."""
    found: list[RecordedResult] = []
    for i, item in enumerate(_array(where, raw, "", "recorded_results")):
        path = f"recorded_results[{i}]"
        obj = _object(where, item, path, RECORDED_RESULT_KEYS)
        areas: list[tuple[str, int]] = []
        for j, area in enumerate(_array(where, obj, path, "areas")):
            area_path = f"{path}.areas[{j}]"
            area_obj = _object(where, area, area_path, AREA_KEYS)
            areas.append(
                (
                    _required_text(where, area_obj, area_path, "area"),
                    _required_whole(where, area_obj, area_path, "count"),
                )
            )
        struck_at, reason = _strike(where, obj, path)
        result = RecordedResult(
            0,
            _choice(where, obj, path, "instrument", RecordedInstrument, None),
            _required_temporal(where, obj, path, "taken_on", _to_date, _BAD_DATE),
            areas,
            _text(where, obj, path, "summary", ""),
            _text(where, obj, path, "other_name", ""),
            struck_at=struck_at,
            strike_reason=reason,
        )
        try:
            cleaned = clean_recorded(result, today)
        except ScreeningError as problem:
            where.fail(path, _INVALID_RECORD, key=_shown_key(path), problem=problem.message)
        found.append(cleaned)
    return found


def _client_records(where: _Where, raw: _JsonObject) -> ClientRecords:
    records = ClientRecords(
        support_plans=[
            _plan(where, item, f"support_plans[{i}]", i + 1)
            for i, item in enumerate(_array(where, raw, "", "support_plans"))
        ],
        follow_ups=[
            _follow_up(where, item, f"follow_ups[{i}]")
            for i, item in enumerate(_array(where, raw, "", "follow_ups"))
        ],
        legal_hold=_legal_hold(where, raw),
        supervision_context=_supervision_context(where, raw),
    )
    for i, session in enumerate(_array(where, raw, "", "sessions")):
        assert isinstance(session, _JsonObject)  # _client has read it
        ratings = _ratings(where, session, f"sessions[{i}]")
        measures = _measures(where, session, f"sessions[{i}]")
        if ratings:
            records.ratings[i] = ratings
        if measures:
            records.measures[i] = measures
    for i, consent in enumerate(_array(where, raw, "", "consents")):
        assert isinstance(consent, _JsonObject)
        list_path = f"consents[{i}].attachments"
        attachments = [
            _attachment(where, item, f"{list_path}[{j}]")
            for j, item in enumerate(_array(where, consent, f"consents[{i}]", "attachments"))
        ]
        if attachments:
            records.attachments[i] = attachments
    return records


def _retention(root: _JsonObject) -> RetentionPolicy | None:
    raw = root.get("retention", _MISSING)
    if raw is _MISSING or raw is None:
        return None
    obj = _object(_DOCUMENT, raw, "retention", RETENTION_KEYS)
    default = RetentionPolicy()

    def years(name: str, fallback: int) -> int:
        value = _whole(_DOCUMENT, obj, "retention", name, required=False)
        if value is None:
            return fallback
        return _in_range(_DOCUMENT, f"retention.{name}", value, 0, 100)

    return RetentionPolicy(
        _choice(_DOCUMENT, obj, "retention", "profile", RetentionProfile, default.profile),
        years("school_years", default.school_years),
        years("adult_years", default.adult_years),
        years("years_after_majority", default.years_after_majority),
        years("custom_years", default.custom_years),
    )


def _vault_records(
    root: _JsonObject,
    raw_clients: list[object],
    clients: list[Client],
    today: dt.date | None = None,
) -> VaultRecords:
    found = [
        _client_records(_client_where(i + 1, client.case_code), raw)
        for i, (raw, client) in enumerate(zip(raw_clients, clients, strict=True))
        if isinstance(raw, _JsonObject)
    ]
    never_print = _word_list(root, "never_print")
    retention = _retention(root)
    day = today or dt.date.today()
    for i, (raw, client) in enumerate(zip(raw_clients, clients, strict=True)):
        if isinstance(raw, _JsonObject) and i < len(found):
            client_where = _client_where(i + 1, client.case_code)
            found[i].referrals = _referrals(client_where, raw, client, day)
            found[i].screenings = _screenings(client_where, raw, day)
            found[i].recorded_results = _recorded_results(client_where, raw, day)
            found[i].career_interests = _career_interests(client_where, raw, day)
            found[i].disclosures = _disclosure_log(client_where, raw, client, day)
    akpd_items = _akpd_items(root)
    program = _bk_program(root)
    return VaultRecords(
        clients=found,
        retention=retention,
        never_print=never_print,
        keep_words=_word_list(root, "keep_words"),
        school_calendar=_school_calendar(root),
        activities=_activities(root, len(program)),
        letterhead=_letterhead(root),
        letter_numbers=_letter_numbers(root),
        akpd_items=akpd_items,
        akpd_responses=_akpd_responses(root, akpd_items, len(clients)),
        bk_program=program,
        school_years=_school_years_started(root),
        appointments=(appointments := _appointments(root, len(clients))),
        intake=_intake(root, len(clients), len(appointments), day),
        roster=(roster := _roster(root, len(clients))),
        sociometry=_sociometry(root, len(clients), roster, day),
    )


def _appointments(root: _JsonObject, clients: int) -> list[Appointment]:
    """``appointments``: each checked like one booked in the window (the names in its
    texts are checked against the vault when it is imported)."""
    found: list[Appointment] = []
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "appointments")):
        path = f"appointments[{i}]"
        obj = _object(_DOCUMENT, raw, path, APPOINTMENT_KEYS)
        client = _whole(_DOCUMENT, obj, path, "client", required=False)
        if client is not None:
            _index(_join(path, "client"), client, clients, "clients")
        appointment = Appointment(
            kind=_choice(_DOCUMENT, obj, path, "kind", AppointmentKind, None),
            day=_required_temporal(_DOCUMENT, obj, path, "day", _to_date, _BAD_DATE),
            start=_required_temporal(_DOCUMENT, obj, path, "start", _to_time, _BAD_TIME),
            end=_required_temporal(_DOCUMENT, obj, path, "end", _to_time, _BAD_TIME),
            client_id=client,
            subject=_text(_DOCUMENT, obj, path, "subject", ""),
            place=_text(_DOCUMENT, obj, path, "place", ""),
            purpose=_text(_DOCUMENT, obj, path, "purpose", ""),
            status=_choice(
                _DOCUMENT, obj, path, "status", AppointmentStatus, AppointmentStatus.PLANNED
            ),
            remind_minutes=_required_whole(_DOCUMENT, obj, path, "remind_minutes"),
        )
        _refuse_issues(_DOCUMENT, path, validate_appointment(appointment))
        found.append(appointment)
    return found


def _intake(
    root: _JsonObject, clients: int, appointments: int, today: dt.date
) -> list[IntakeRequest]:
    """``intake``: the requests to talk, as entered."""
    found: list[IntakeRequest] = []
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "intake")):
        path = f"intake[{i}]"
        obj = _object(_DOCUMENT, raw, path, INTAKE_KEYS)
        client = _whole(_DOCUMENT, obj, path, "client", required=False)
        if client is not None:
            _index(_join(path, "client"), client, clients, "clients")
        booked = _whole(_DOCUMENT, obj, path, "appointment", required=False)
        if booked is not None:
            _index(_join(path, "appointment"), booked, appointments, "appointments")
        request = IntakeRequest(
            received_on=_required_temporal(
                _DOCUMENT, obj, path, "received_on", _to_date, _BAD_DATE
            ),
            channel=_choice(_DOCUMENT, obj, path, "channel", IntakeChannel, None),
            urgency=_choice(_DOCUMENT, obj, path, "urgency", IntakeUrgency, IntakeUrgency.ROUTINE),
            reason=_text(_DOCUMENT, obj, path, "reason", ""),
            client_id=client,
            name=_text(_DOCUMENT, obj, path, "name", ""),
            state=_choice(_DOCUMENT, obj, path, "state", IntakeState, IntakeState.OPEN),
            closed_reason=_text(_DOCUMENT, obj, path, "closed_reason", ""),
            appointment_id=booked,
        )
        _refuse_issues(_DOCUMENT, path, validate_intake(request, today=today))
        found.append(request)
    return found


def _school_years_started(root: _JsonObject) -> list[int]:
    """``school_years_started``: the school years started, each by the year it starts in, once."""
    years: list[int] = []
    for i, value in enumerate(_array(_DOCUMENT, root, "", "school_years_started")):
        path = f"school_years_started[{i}]"
        if isinstance(value, bool) or not isinstance(value, int):
            _DOCUMENT.fail(path, _NOT_WHOLE, key=path, found=_found(value))
        _in_range(_DOCUMENT, path, value, FIRST_SCHOOL_YEAR, LAST_SCHOOL_YEAR)
        if value in years:
            _DOCUMENT.fail(path, _SCHOOL_YEAR_TWICE, key=path, found=value)
        years.append(value)
    return sorted(years)


def _roster(root: _JsonObject, clients: int) -> list[RosterEntry]:
    """``roster``: the class list's students, in the vault's order; each NISN and each
    client once."""
    found: list[RosterEntry] = []
    nisns: set[str] = set()
    linked: set[str] = set()
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "roster")):
        path = f"roster[{i}]"
        obj = _object(_DOCUMENT, raw, path, ROSTER_KEYS)
        texts = {
            key: _optional_text(_DOCUMENT, obj, path, key)
            for key in ROSTER_KEYS
            if key not in ("name", "birth_date", "client")
        }
        for key, value in texts.items():
            if value is not None and (not value.strip() or "\n" in value or "\r" in value):
                _DOCUMENT.fail(_join(path, key), _BLANK, key=_shown_key(_join(path, key)))
        nisn = texts["nisn"]
        if nisn is not None:
            if not (len(nisn) == 10 and nisn.isdigit() and nisn.isascii()):
                key = _join(path, "nisn")
                _DOCUMENT.fail(key, _BAD_NISN, key=_shown_key(key), found=_found(nisn))
            _unique(_DOCUMENT, _join(path, "nisn"), nisns, nisn)
        if texts["gender"] not in (None, "L", "P"):
            key = _join(path, "gender")
            _DOCUMENT.fail(
                key, _NOT_CHOICE, key=_shown_key(key), allowed="L, P", found=_found(texts["gender"])
            )
        year = texts["school_year"]
        if year is not None and not (
            re.fullmatch(r"[0-9]{4}/[0-9]{4}", year) and int(year[5:]) == int(year[:4]) + 1
        ):
            key = _join(path, "school_year")
            _DOCUMENT.fail(key, _BAD_SCHOOL_YEAR, key=_shown_key(key), found=_found(year))
        client = _whole(_DOCUMENT, obj, path, "client", required=False)
        if client is not None:
            _index(_join(path, "client"), client, clients, "clients")
            _unique(_DOCUMENT, _join(path, "client"), linked, str(client))
        name = _not_blank(_DOCUMENT, obj, path, "name")
        if "\n" in name or "\r" in name:
            _DOCUMENT.fail(_join(path, "name"), _BLANK, key=_shown_key(_join(path, "name")))
        found.append(
            RosterEntry(
                name=name,
                birth_date=_optional_temporal(
                    _DOCUMENT, obj, path, "birth_date", _to_date, _BAD_DATE
                ),
                client_id=client,
                nisn=nisn,
                nipd=texts["nipd"],
                nik=texts["nik"],
                gender=texts["gender"],
                birth_place=texts["birth_place"],
                class_name=texts["class_name"],
                father_name=texts["father_name"],
                mother_name=texts["mother_name"],
                guardian_name=texts["guardian_name"],
                phone=texts["phone"],
                address=texts["address"],
                school_year=year,
            )
        )
    return found


def _sociometry(
    root: _JsonObject, clients: int, roster: list[RosterEntry], today: dt.date
) -> list[SociometryRound]:
    """``sociometry``: the rounds, each checked as the app checks a round and every
    student's choices (none of herself, none twice, at most *N*, only members)."""
    found: list[SociometryRound] = []
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "sociometry")):
        path = f"sociometry[{i}]"
        obj = _object(_DOCUMENT, raw, path, SOCIOMETRY_KEYS)
        _required_keys(obj, path, SOCIOMETRY_KEYS)
        criteria: list[Criterion] = []
        for c, raw_c in enumerate(_array(_DOCUMENT, obj, path, "criteria")):
            c_path = f"{path}.criteria[{c}]"
            c_obj = _object(_DOCUMENT, raw_c, c_path, SOCIOMETRY_CRITERION_KEYS)
            if "positive" not in c_obj:
                key = _join(c_path, "positive")
                _DOCUMENT.fail(key, _MISSING_KEY, key=_shown_key(key))
            criteria.append(
                Criterion(
                    _required_text(_DOCUMENT, c_obj, c_path, "text"),
                    _bool(_DOCUMENT, c_obj, c_path, "positive"),
                )
            )
        members: list[Member] = []
        for m, raw_m in enumerate(_array(_DOCUMENT, obj, path, "members")):
            m_path = f"{path}.members[{m}]"
            m_obj = _object(_DOCUMENT, raw_m, m_path, SOCIOMETRY_MEMBER_KEYS)
            entry = _whole(_DOCUMENT, m_obj, m_path, "roster", required=False)
            if entry is not None:
                _index(_join(m_path, "roster"), entry, len(roster), "roster")
            client = _whole(_DOCUMENT, m_obj, m_path, "client", required=False)
            if client is not None:
                _index(_join(m_path, "client"), client, clients, "clients")
                if entry is not None and roster[entry].client_id != client:
                    key = _join(m_path, "client")
                    _DOCUMENT.fail(key, _SOCIOMETRY_OTHER_CLIENT, key=_shown_key(key))
            members.append(
                Member(_required_whole(_DOCUMENT, m_obj, m_path, "number"), entry, client)
            )
        answers: list[Answer] = []
        for a, raw_a in enumerate(_array(_DOCUMENT, obj, path, "answers")):
            a_path = f"{path}.answers[{a}]"
            a_obj = _object(_DOCUMENT, raw_a, a_path, SOCIOMETRY_ANSWER_KEYS)
            _required_keys(a_obj, a_path, SOCIOMETRY_ANSWER_KEYS)
            choices: list[tuple[int, ...]] = []
            for c, raw_list in enumerate(_array(_DOCUMENT, a_obj, a_path, "choices")):
                l_path = f"{a_path}.choices[{c}]"
                if not isinstance(raw_list, list):
                    _DOCUMENT.fail(
                        l_path, _NOT_LIST, key=_shown_key(l_path), found=_found(raw_list)
                    )
                picked: list[int] = []
                for r, value in enumerate(raw_list):
                    at = f"{l_path}[{r}]"
                    if isinstance(value, bool) or not isinstance(value, int):
                        _DOCUMENT.fail(at, _NOT_WHOLE, key=_shown_key(at), found=_found(value))
                    picked.append(value)
                choices.append(tuple(picked))
            answers.append(
                Answer(
                    _required_whole(_DOCUMENT, a_obj, a_path, "member"),
                    tuple(choices),
                    _choice(_DOCUMENT, a_obj, a_path, "entry", AkpdEntry, None),
                )
            )
        round_ = SociometryRound(
            _not_blank(_DOCUMENT, obj, path, "class_name"),
            _required_temporal(_DOCUMENT, obj, path, "held_on", _to_date, _BAD_DATE),
            tuple(criteria),
            _required_whole(_DOCUMENT, obj, path, "choices_per_criterion"),
            tuple(members),
            tuple(answers),
        )
        through_roster = {roster[m.roster_id].client_id for m in members if m.roster_id is not None}
        for m, member in enumerate(members):
            if (
                member.roster_id is None
                and member.client_id is not None
                and member.client_id in through_roster
            ):
                key = f"{path}.members[{m}].client"
                _DOCUMENT.fail(key, _SOCIOMETRY_TWICE, key=_shown_key(key))
        if [m.number for m in members] != sorted(m.number for m in members):
            _DOCUMENT.fail(
                _join(path, "members"), _SOCIOMETRY_ORDER, key=_shown_key(_join(path, "members"))
            )
        if [a.member for a in answers] != sorted(a.member for a in answers):
            _DOCUMENT.fail(
                _join(path, "answers"), _SOCIOMETRY_ORDER, key=_shown_key(_join(path, "answers"))
            )
        _refuse_issues(_DOCUMENT, path, validate_round(round_, today=today))
        _refuse_issues(_DOCUMENT, path, validate_answers(round_))
        found.append(round_)
    if [r.held_on for r in found] != sorted(r.held_on for r in found):
        _DOCUMENT.fail("sociometry", _SOCIOMETRY_ORDER, key="sociometry")
    return found


def _required_keys(obj: _JsonObject, path: str, keys: tuple[str, ...]) -> None:
    """Every key of ``keys`` is in ``obj`` (all keys of a round are required)."""
    for name in keys:
        if name not in obj:
            key = _join(path, name)
            _DOCUMENT.fail(key, _MISSING_KEY, key=_shown_key(key))


def _index(path: str, value: int, count: int, list_name: str) -> int:
    if not 0 <= value < count:
        _DOCUMENT.fail(
            path, _NO_SUCH_INDEX, key=_shown_key(path), found=value, count=count, list=list_name
        )
    return value


def _akpd_items(root: _JsonObject) -> list[NeedItem]:
    """``akpd_items``: the questionnaire, in its order (bidang by bidang)."""
    found: list[NeedItem] = []
    places: dict[ServiceField, int] = {}
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "akpd_items")):
        path = f"akpd_items[{i}]"
        obj = _object(_DOCUMENT, raw, path, AKPD_ITEM_KEYS)
        area = _choice(_DOCUMENT, obj, path, "field", ServiceField, None)
        item = clean_item(
            NeedItem(
                area,
                _required_text(_DOCUMENT, obj, path, "text"),
                places.get(area, 0),
                _bool(_DOCUMENT, obj, path, "retired"),
                i,
            )
        )
        places[area] = places.get(area, 0) + 1
        _refuse_issues(_DOCUMENT, path, validate_item(item))
        found.append(item)
    return found


def _indexes(obj: _JsonObject, path: str, name: str, count: int) -> tuple[int, ...]:
    found: list[int] = []
    for n, value in enumerate(_array(_DOCUMENT, obj, path, name)):
        at = f"{_join(path, name)}[{n}]"
        if isinstance(value, bool) or not isinstance(value, int):
            _DOCUMENT.fail(at, _NOT_WHOLE, key=_shown_key(at), found=_found(value))
        found.append(_index(at, value, count, "akpd_items"))
    return tuple(found)


def _akpd_responses(root: _JsonObject, items: list[NeedItem], clients: int) -> list[AkpdResponse]:
    """``akpd_responses``: each student's answers, with her class and, when the
    counselor picked her record, the index of her client."""
    found: list[AkpdResponse] = []
    by_index = {n: item for n, item in enumerate(items)}
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "akpd_responses")):
        path = f"akpd_responses[{i}]"
        obj = _object(_DOCUMENT, raw, path, AKPD_RESPONSE_KEYS)
        client = _whole(_DOCUMENT, obj, path, "client", required=False)
        if client is not None:
            _index(_join(path, "client"), client, clients, "clients")
        response = AkpdResponse(
            clean_class(_required_text(_DOCUMENT, obj, path, "class_name")),
            _required_temporal(_DOCUMENT, obj, path, "taken_on", _to_date, _BAD_DATE),
            _indexes(obj, path, "asked", len(items)),
            frozenset(_indexes(obj, path, "needs", len(items))),
            _choice(_DOCUMENT, obj, path, "entry", AkpdEntry, None),
            client,
        )
        _refuse_issues(_DOCUMENT, path, validate_response(response, by_index))
        found.append(response)
    return found


def _to_month(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}", text):
        raise ValueError(text)
    return dt.date(int(text[:4]), int(text[5:7]), 1)


def _bk_program(root: _JsonObject) -> list[ProgramItem]:
    """``bk_program``: the planned activities of every school year, each with its RPL."""
    found: list[ProgramItem] = []
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "bk_program")):
        path = f"bk_program[{i}]"
        obj = _object(_DOCUMENT, raw, path, PROGRAM_ITEM_KEYS)
        rpl_raw = obj.get("rpl", _MISSING)
        rpl = Rpl()
        if rpl_raw is not _MISSING and rpl_raw is not None:
            rpl_path = _join(path, "rpl")
            rpl_obj = _object(_DOCUMENT, rpl_raw, rpl_path, RPL_KEYS)
            rpl = Rpl(**{k: _text(_DOCUMENT, rpl_obj, rpl_path, k, "") for k in RPL_KEYS})
        item = clean_program_item(
            ProgramItem(
                _required_whole(_DOCUMENT, obj, path, "school_year"),
                _required_temporal(_DOCUMENT, obj, path, "month", _to_month, _BAD_MONTH),
                _choice(_DOCUMENT, obj, path, "field", ServiceField, None),
                _choice(_DOCUMENT, obj, path, "strategy", ServiceStrategy, None),
                _required_text(_DOCUMENT, obj, path, "topic"),
                _text(_DOCUMENT, obj, path, "class_level", ""),
                _required_whole(_DOCUMENT, obj, path, "periods"),
                rpl,
            )
        )
        _refuse_issues(_DOCUMENT, path, validate_program_item(item))
        found.append(item)
    return found


def _letterhead(root: _JsonObject) -> Letterhead | None:
    raw = root.get("letterhead", _MISSING)
    if raw is _MISSING or raw is None:
        return None
    obj = _object(_DOCUMENT, raw, "letterhead", LETTERHEAD_KEYS)
    head = Letterhead(
        **{
            name: _text(_DOCUMENT, obj, "letterhead", name, "")
            for name in LETTERHEAD_KEYS
            if name != "scheme"
        },
        scheme=_text(_DOCUMENT, obj, "letterhead", "scheme", DEFAULT_SCHEME),
    )
    problem = head.problem()
    if problem is not None:
        _DOCUMENT.fail("letterhead", _INVALID_RECORD, key="letterhead", problem=problem)
    return head


def _letter_numbers(root: _JsonObject) -> list[tuple[str, int, int]]:
    """``letter_numbers``: every referral letter number ever given, never given again."""
    found: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "letter_numbers")):
        path = f"letter_numbers[{i}]"
        obj = _object(_DOCUMENT, raw, path, LETTER_NUMBER_KEYS)
        number = _required_text(_DOCUMENT, obj, path, "number")
        _unique(_DOCUMENT, _join(path, "number"), seen, number)
        typed = typed_number_problem(number)
        if typed is not None:
            key = _join(path, "number")
            _DOCUMENT.fail(key, _INVALID_RECORD, key=key, problem=typed)
        found.append(
            (
                number,
                _required_whole(_DOCUMENT, obj, path, "year"),
                _required_whole(_DOCUMENT, obj, path, "seq"),
            )
        )
    return found


def _activities(root: _JsonObject, planned: int = 0) -> list[Activity]:
    """``activities``: the activity log, each entry checked like one typed in the window
    (the names in it are checked against the vault when it is imported)."""
    found: list[Activity] = []
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "activities")):
        path = f"activities[{i}]"
        obj = _object(_DOCUMENT, raw, path, ACTIVITY_KEYS)
        activity = Activity(
            kind=_choice(_DOCUMENT, obj, path, "kind", ActivityKind, None),
            date=_required_temporal(_DOCUMENT, obj, path, "date", _to_date, _BAD_DATE),
            topic=_required_text(_DOCUMENT, obj, path, "topic"),
            class_name=_optional_text(_DOCUMENT, obj, path, "class_name"),
            students_present=_whole(_DOCUMENT, obj, path, "students_present", required=False),
            periods=_whole(_DOCUMENT, obj, path, "periods", required=False),
            minutes=_whole(_DOCUMENT, obj, path, "minutes", required=False),
            notes=_text(_DOCUMENT, obj, path, "notes", ""),
            service=_service(_DOCUMENT, obj, path),
            rpl=_whole(_DOCUMENT, obj, path, "rpl", required=False),
        )
        if activity.rpl is not None:
            _index(_join(path, "rpl"), activity.rpl, planned, "bk_program")
        activity = clean_activity(activity)
        _refuse_issues(_DOCUMENT, path, validate_activity(activity))
        found.append(activity)
    return found


def _school_calendar(root: _JsonObject) -> list[SchoolEvent]:
    """``school_calendar``: events of the school, each a name and its first and last day."""
    events: list[SchoolEvent] = []
    for i, raw in enumerate(_array(_DOCUMENT, root, "", "school_calendar")):
        path = f"school_calendar[{i}]"
        obj = _object(_DOCUMENT, raw, path, SCHOOL_EVENT_KEYS)
        event = SchoolEvent(
            _required_text(_DOCUMENT, obj, path, "name"),
            _required_temporal(_DOCUMENT, obj, path, "from", _to_date, _BAD_DATE),
            _required_temporal(_DOCUMENT, obj, path, "to", _to_date, _BAD_DATE),
        )
        problem = event_problem(event)
        if problem is not None:
            _DOCUMENT.fail(path, _BAD_SCHOOL_EVENT, key=path, why=problem)
        events.append(event)
    return events


def _word_list(root: _JsonObject, name: str) -> list[str]:
    """``never_print`` or ``keep_words``: a list of strings, none blank."""
    words = _strings(_DOCUMENT, root, "", name)
    for i, word in enumerate(words):
        if not word.strip():
            _DOCUMENT.fail(f"{name}[{i}]", _BLANK, key=f"{name}[{i}]")
    return words


# --- checking records -----------------------------------------------------------------


def _import_issues(client: Client, today: dt.date | None) -> list[Issue]:
    """``validate_client``: an imported note already signed with a required field empty
    is a warning there (the note is locked and cannot be completed now)."""
    return validate_client(client, today=today)


def _check_unique_case_codes(clients: list[Client]) -> None:
    first: dict[str, int] = {}
    for number, client in enumerate(clients, start=1):
        code = client.case_code
        if code is None:
            continue
        if code in first:
            _client_where(number, code).fail(
                "case_code", _DUPLICATE_CASE_CODE, code=_quoted(code), other=first[code]
            )
        first[code] = number


def _check_group_members(where: _Where, client: Client, known: Collection[str]) -> None:
    for i, note in enumerate(client.sessions):
        for j, code in enumerate(note.group_members):
            if code not in known:
                key = f"sessions[{i}].group_members[{j}]"
                where.fail(key, _UNKNOWN_GROUP_MEMBER, key=key, code=_quoted(code))


# --- public API: reading --------------------------------------------------------------


def parse_document(
    text: str | bytes,
    known_case_codes: Collection[str] = (),
    *,
    today: dt.date | None = None,
) -> ParseResult:
    """Read a counsel-desk/1 or /2 document into a :class:`Caseload` and, for /2, its
    :class:`VaultRecords` (nothing is saved).

    ``text`` is the document, as text or as UTF-8 bytes (a leading byte order mark is
    skipped). ``known_case_codes`` are case codes that already exist (in the vault), which a
    group session may name besides the clients of this file. ``today`` is the day that
    "in the future" is measured against (default: the real today).

    Raises :class:`InterchangeError` at the first problem, in file order: the document's
    structure (every key, type and value), then case codes used twice, then each client's
    record (:func:`~counsel_desk.domain.validation.validate_client`, whose errors refuse the
    file) and its group members. Warnings are returned with the caseload.
    """
    document = _document(_load_json(text))
    reading = _READING.set(document["format"])
    try:
        return _read_document(document, known_case_codes, today)
    finally:
        _READING.reset(reading)


def _read_document(
    document: _JsonObject, known_case_codes: Collection[str], today: dt.date | None
) -> ParseResult:
    v2 = document["format"] == FORMAT
    _check_keys(_DOCUMENT, document, "", DOCUMENT_KEYS + (DOCUMENT_V2_KEYS if v2 else ()))
    raw_clients = _array(_DOCUMENT, document, "", "clients")
    # Case codes in NFC, invisible characters out of names (clean_record): before the
    # codes are compared, so "José-1" composed and decomposed are one code used twice.
    clients = [clean_record(_client(raw, i, v2)) for i, raw in enumerate(raw_clients)]
    records = _vault_records(document, raw_clients, clients, today) if v2 else VaultRecords()
    _check_unique_case_codes(clients)
    known = {normal_case_code(code) for code in known_case_codes}
    known.update(c.case_code for c in clients if c.case_code is not None)
    result = ParseResult(Caseload(clients), records=records)
    for number, client in enumerate(clients, start=1):
        where = _client_where(number, client.case_code)
        for issue in _import_issues(client, today):
            if issue.severity is Severity.ERROR:
                where.fail(
                    issue.path, _INVALID_RECORD, key=_shown_key(issue.path), problem=issue.message
                )
            result.warnings.append((where.ref, issue))
        _check_group_members(where, client, known)
    return result


# --- public API: writing --------------------------------------------------------------


def _date_text(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _time_text(value: dt.time | None) -> str | None:
    """HH:MM; seconds, if any, are not part of the format."""
    if value is None:
        return None
    return f"{value.hour:02d}:{value.minute:02d}"


def _timestamp_text(value: dt.datetime | None) -> str | None:
    """YYYY-MM-DDTHH:MM:SS in local time; fractions of a second are not written."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return f"{_date_text(value)}T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"


def _choice_text(choices: type[_E], value: _E | str) -> str:
    """The enum value; a plain string is accepted only when it is one of the values."""
    return str(choices(value))


def _contact_document(contact: Contact) -> dict[str, Any]:
    return {
        "name": contact.name,
        "relationship": contact.relationship,
        "phone": contact.phone,
        "email": contact.email,
    }


def _fields_document(where: _Where, note: SessionNote, path: str) -> dict[str, str]:
    template = TemplateId(note.template)
    keys = template_for(template).keys
    for name in note.fields:
        if name not in keys:  # writing it would silently drop the text
            key = f"{path}.fields.{name}"
            where.fail(
                key,
                _UNKNOWN_FIELD,
                key=_shown_key(key),
                template_name=template.value,
                allowed=", ".join(keys),
            )
    return {key: note.fields.get(key, "") for key in keys}


def _addendum_document(addendum: Addendum) -> dict[str, Any]:
    document: dict[str, Any] = {
        "written_at": _timestamp_text(addendum.written_at),
        "text": addendum.text,
    }
    if addendum.reason is not None:
        document["reason"] = addendum.reason
    return document


def _session_extension(note: SessionNote) -> dict[str, Any]:
    """The extension keys that differ from their defaults, in format order."""
    extra: dict[str, Any] = {}
    if NoteClass(note.note_class) is not NoteClass.PROGRESS:
        extra["note_class"] = _choice_text(NoteClass, note.note_class)
    if note.platform is not None:
        extra["platform"] = note.platform
    if note.identity_check is not None:
        extra["identity_check"] = _choice_text(IdentityCheck, note.identity_check)
    if note.risk is not None:
        extra["risk"] = {
            "self_harm": note.risk.self_harm,
            "harm_to_others": note.risk.harm_to_others,
            "abuse_disclosed": note.risk.abuse_disclosed,
            "level": None if note.risk.level is None else _choice_text(RiskLevel, note.risk.level),
            "actions_taken": note.risk.actions_taken,
        }
    if note.duty_actions:
        extra["duty_actions"] = [
            {
                "step": _choice_text(DutyStep, a.step),
                "done_at": _timestamp_text(a.done_at),
                "note": a.note,
            }
            for a in note.duty_actions
        ]
    if note.struck_at is not None:
        extra["struck"] = {
            "struck_at": _timestamp_text(note.struck_at),
            "reason": note.strike_reason or "",
        }
    return extra


def _session_document(where: _Where, note: SessionNote, path: str) -> dict[str, Any]:
    return {
        "date": _date_text(note.date),
        "start_time": _time_text(note.start_time),
        "duration_minutes": note.duration_minutes,
        "modality": _choice_text(Modality, note.modality),
        "kind": _choice_text(SessionKind, note.kind),
        "group_members": list(note.group_members),
        "template": _choice_text(TemplateId, note.template),
        "fields": _fields_document(where, note, path),
        "risk_notes": note.risk_notes,
        "signed_at": _timestamp_text(note.signed_at),
        "addenda": [_addendum_document(a) for a in note.addenda],
        **_session_extension(note),
    }


def _consent_document(consent: Consent) -> dict[str, Any]:
    return {
        "kind": _choice_text(ConsentKind, consent.kind),
        "template_version": consent.template_version,
        "signed_by": consent.signed_by,
        "signer_relationship": _choice_text(SignerRelationship, consent.signer_relationship),
        "signed_on": _date_text(consent.signed_on),
        "status": _choice_text(ConsentStatus, consent.status),
        "revoked_on": _date_text(consent.revoked_on),
        "notes": consent.notes,
        **_consent_extension(consent),
    }


def _consent_extension(consent: Consent) -> dict[str, Any]:
    """The extension keys that are set, in format order."""
    values: dict[str, Any] = {
        "expires_on": _date_text(consent.expires_on),
        "relationship_detail": consent.relationship_detail,
        "language": consent.language,
        "text": consent.text,
        "text_sha256": consent.text_sha256,
        "method": _choice_text(SignatureMethod, consent.method) if consent.method else None,
        "bundle": consent.bundle,
        "released_to": consent.released_to,
    }
    return {key: value for key, value in values.items() if value is not None}


def _plan_document(plan: SupportPlan, number: int) -> dict[str, Any]:
    return {
        "version": number,
        "created_at": _timestamp_text(plan.created_at),
        "reason": plan.reason,
        "goals": [
            {
                "key": g.key,
                "text": g.text,
                "status": _choice_text(GoalStatus, g.status),
                "target_date": _date_text(g.target_date),
                "review_date": _date_text(g.review_date),
                "interventions": list(g.interventions),
                "objectives": [
                    {"key": o.key, "text": o.text, "scale_max": o.scale_max, "target": o.target}
                    for o in g.objectives
                ],
            }
            for g in plan.goals
        ],
    }


def _attachment_document(attachment: Attachment) -> dict[str, Any]:
    return {
        "kind": _choice_text(AttachmentKind, attachment.kind),
        "media_type": attachment.media_type,
        "added_at": _timestamp_text(attachment.added_at),
        "size": len(attachment.data),
        "sha256": attachment.sha256,
        "data": base64.b64encode(attachment.data).decode("ascii"),
    }


def _referral_document(referral: Referral) -> dict[str, Any]:
    return {
        "made_on": _date_text(referral.made_on),
        "agency": _choice_text(ReferralAgency, referral.agency),
        "recipient": referral.recipient,
        "reason": referral.reason,
        "consent": referral.consent_id,
        "urgency": _choice_text(ReferralUrgency, referral.urgency),
        "sent": [_choice_text(DisclosureItem, i) for i in referral.sent],
        "sections": {k: referral.sections[k] for k in sorted(referral.sections)},
        "letter_number": referral.letter_number,
        "reply_on": _date_text(referral.reply_on),
        "reply": referral.reply,
        "outcome": _choice_text(ReferralOutcome, referral.outcome) if referral.outcome else None,
        "follow_up_on": _date_text(referral.follow_up_on),
    }


def _consent_v2_document(consent: Consent) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if consent.purpose is not None:
        extra["purpose"] = consent.purpose
    if consent.disclosures:
        extra["disclosures"] = [_choice_text(DisclosureItem, i) for i in consent.disclosures]
    return extra


def _client_records_document(records: ClientRecords) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if records.support_plans:
        extra["support_plans"] = [
            _plan_document(p, n) for n, p in enumerate(records.support_plans, start=1)
        ]
    if records.follow_ups:
        extra["follow_ups"] = [
            {
                "due_on": _date_text(f.due_on),
                "text": f.text,
                "created_at": _timestamp_text(f.created_at),
                "done_at": _timestamp_text(f.done_at),
            }
            for f in records.follow_ups
        ]
    if records.legal_hold is not None:
        extra["legal_hold"] = {
            "reason": records.legal_hold.reason,
            "since": _date_text(records.legal_hold.since),
        }
    if records.supervision_context is not None:
        extra["supervision_context"] = {
            name: records.supervision_context.get(name) for name in SUPERVISION_CONTEXT_KEYS
        }
    if records.referrals:
        extra["referrals"] = [_referral_document(r) for r in records.referrals]
    if records.screenings:
        extra["screenings"] = [
            {
                "instrument": _choice_text(InstrumentId, r.instrument),
                "taken_on": _date_text(r.taken_on),
                "entry": _choice_text(ScreeningEntry, r.entry),
                "answers": dict(
                    sorted(r.answers.items(), key=lambda kv: _question_order(r, kv[0]))
                ),
                "struck_at": _timestamp_text(r.struck_at),
                "strike_reason": r.strike_reason,
            }
            for r in records.screenings
        ]
    if records.recorded_results:
        extra["recorded_results"] = [
            {
                "instrument": _choice_text(RecordedInstrument, r.instrument),
                "other_name": r.other_name,
                "taken_on": _date_text(r.taken_on),
                "areas": [{"area": a, "count": c} for a, c in r.areas],
                "summary": r.summary,
                "struck_at": _timestamp_text(r.struck_at),
                "strike_reason": r.strike_reason,
            }
            for r in records.recorded_results
        ]
    if records.career_interests:
        order = [i.key for i in CAREER_ITEMS]
        extra["career_interests"] = [
            {
                "taken_on": _date_text(r.taken_on),
                "entry": _choice_text(ScreeningEntry, r.entry),
                "answers": {key: r.answers[key] for key in order if key in r.answers},
                "struck_at": _timestamp_text(r.struck_at),
                "strike_reason": r.strike_reason,
            }
            for r in records.career_interests
        ]
    if records.disclosures:
        extra["disclosures"] = [
            {
                "shared_at": _timestamp_text(d.shared_at),
                "document": _choice_text(SharedDocument, d.document),
                "reference": d.reference,
                "recipient": d.recipient,
                "consent": d.consent_id,
                "protected": d.protected,
            }
            for d in records.disclosures
        ]
    return extra


def _question_order(result: ScreeningResult, key: str) -> int:
    keys = [q.key for q in result.definition.questions]
    return keys.index(key) if key in keys else len(keys)


def _service_document(service: ServiceClass) -> dict[str, Any]:
    return {
        "component": _choice_text(ServiceComponent, service.component),
        "fields": [_choice_text(ServiceField, a) for a in service.fields],
        "strategy": _choice_text(ServiceStrategy, service.strategy),
        "use_of_time": (
            _choice_text(UseOfTime, service.use_of_time)
            if service.use_of_time is not None
            else None
        ),
    }


def _activity_document(activity: Activity) -> dict[str, Any]:
    return {
        "kind": _choice_text(ActivityKind, activity.kind),
        "date": _date_text(activity.date),
        "topic": activity.topic,
        "class_name": activity.class_name,
        "students_present": activity.students_present,
        "periods": activity.periods,
        "minutes": activity.minutes,
        "notes": activity.notes,
        "service": _service_document(activity.service) if activity.service is not None else None,
        **({"rpl": activity.rpl} if activity.rpl is not None else {}),
    }


def _program_document(item: ProgramItem) -> dict[str, Any]:
    return {
        "school_year": item.school_year,
        "month": f"{item.month.year:04d}-{item.month.month:02d}",
        "field": _choice_text(ServiceField, item.field),
        "strategy": _choice_text(ServiceStrategy, item.strategy),
        "topic": item.topic,
        "class_level": item.class_level,
        "periods": item.periods,
        "rpl": item.rpl.texts(),
    }


def _akpd_response_document(response: AkpdResponse) -> dict[str, Any]:
    return {
        "class_name": response.class_name,
        "taken_on": _date_text(response.taken_on),
        "entry": _choice_text(AkpdEntry, response.entry),
        "client": response.client_id,
        "asked": list(response.asked),
        "needs": [i for i in response.asked if i in response.needs],
    }


def _session_records_document(
    records: ClientRecords, index: int, note: SessionNote
) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if records.ratings.get(index):
        extra["ratings"] = [
            {"objective_key": r.objective_key, "score": r.score, "scale_max": r.scale_max}
            for r in records.ratings[index]
        ]
    if records.measures.get(index):
        extra["measures"] = [
            {"instrument": m.instrument, "score": m.score} for m in records.measures[index]
        ]
    if note.service is not None:
        extra["service"] = _service_document(note.service)
    if note.follow_up_on is not None:
        extra["follow_up_on"] = _date_text(note.follow_up_on)
    return extra


def _client_document(
    client: Client, number: int, records: ClientRecords | None = None
) -> dict[str, Any]:
    where = _client_where(number, client.case_code)
    records = records if records is not None else ClientRecords()
    document: dict[str, Any] = {
        "case_code": client.case_code,
        "given_name": client.given_name,
        "family_name": client.family_name,
        "preferred_name": client.preferred_name,
        "date_of_birth": _date_text(client.date_of_birth),
        "gender": client.gender,
        "school": client.school,
        "grade": client.grade,
        "student_number": client.student_number,
        "national_id": client.national_id,
        "phone": client.phone,
        "email": client.email,
        "address": client.address,
        "guardians": [_contact_document(c) for c in client.guardians],
        "emergency_contacts": [_contact_document(c) for c in client.emergency_contacts],
        "other_people": list(client.other_people),
        "referral_source": client.referral_source,
        "presenting_concern": client.presenting_concern,
        "risk_level": _choice_text(RiskLevel, client.risk_level),
        "tags": list(client.tags),
        "status": _choice_text(ClientStatus, client.status),
        "opened_on": _date_text(client.opened_on),
        "closed_on": _date_text(client.closed_on),
        "sessions": [
            {
                **_session_document(where, note, f"sessions[{i}]"),
                **_session_records_document(records, i, note),
            }
            for i, note in enumerate(client.sessions)
        ],
        "consents": [
            {
                **_consent_document(c),
                **(
                    {"attachments": [_attachment_document(a) for a in records.attachments[i]]}
                    if records.attachments.get(i)
                    else {}
                ),
                **_consent_v2_document(c),
            }
            for i, c in enumerate(client.consents)
        ],
    }
    document.update(_client_records_document(records))
    if client.graduated_on is not None:
        document["graduated_on"] = _date_text(client.graduated_on)
    return document


def caseload_to_document(caseload: Caseload, records: VaultRecords | None = None) -> dict[str, Any]:
    """The caseload as a counsel-desk/2 JSON value: every key of /1, in the format's
    order, and the /2 keys of ``records`` where there is something to write.

    Ids are not part of the format. Raises :class:`InterchangeError` for a note holding a
    field its template does not have (writing it would lose that text).
    """
    records = records if records is not None else VaultRecords()
    document: dict[str, Any] = {
        "format": FORMAT,
        "clients": [
            _client_document(client, number, records.of(number - 1))
            for number, client in enumerate(caseload.clients, start=1)
        ],
    }
    if records.retention is not None:
        document["retention"] = records.retention.to_json()
    if records.never_print:
        document["never_print"] = list(records.never_print)
    if records.keep_words:
        document["keep_words"] = list(records.keep_words)
    if records.school_calendar:
        document["school_calendar"] = [e.to_json() for e in records.school_calendar]
    if records.activities:
        document["activities"] = [_activity_document(a) for a in records.activities]
    if records.letterhead is not None:
        document["letterhead"] = records.letterhead.to_json()
    if records.letter_numbers:
        document["letter_numbers"] = [
            {"number": n, "year": y, "seq": s} for n, y, s in records.letter_numbers
        ]
    if records.akpd_items:
        document["akpd_items"] = [
            {
                "field": _choice_text(ServiceField, i.field),
                "text": i.text,
                "retired": i.retired,
            }
            for i in records.akpd_items
        ]
    if records.akpd_responses:
        document["akpd_responses"] = [_akpd_response_document(r) for r in records.akpd_responses]
    if records.bk_program:
        document["bk_program"] = [_program_document(i) for i in records.bk_program]
    if records.school_years:
        document["school_years_started"] = sorted(records.school_years)
    if records.appointments:
        document["appointments"] = [_appointment_document(a) for a in records.appointments]
    if records.intake:
        document["intake"] = [_intake_document(r) for r in records.intake]
    if records.roster:
        document["roster"] = [_roster_document(e) for e in records.roster]
    if records.sociometry:
        document["sociometry"] = [_sociometry_document(r) for r in records.sociometry]
    return document


def _sociometry_document(round_: SociometryRound) -> dict[str, Any]:
    return {
        "class_name": round_.class_name,
        "held_on": _date_text(round_.held_on),
        "choices_per_criterion": round_.choices_per_criterion,
        "criteria": [{"text": c.text, "positive": c.positive} for c in round_.criteria],
        "members": [
            {"number": m.number, "roster": m.roster_id, "client": m.client_id}
            for m in round_.members
        ],
        "answers": [
            {
                "member": a.member,
                "entry": _choice_text(AkpdEntry, a.entry),
                "choices": [list(c) for c in a.choices],
            }
            for a in sorted(round_.answers, key=lambda a: a.member)
        ],
    }


def _appointment_document(appointment: Appointment) -> dict[str, Any]:
    return {
        "kind": _choice_text(AppointmentKind, appointment.kind),
        "client": appointment.client_id,
        "subject": appointment.subject,
        "day": _date_text(appointment.day),
        "start": _time_text(appointment.start),
        "end": _time_text(appointment.end),
        "place": appointment.place,
        "purpose": appointment.purpose,
        "status": _choice_text(AppointmentStatus, appointment.status),
        "remind_minutes": appointment.remind_minutes,
    }


def _intake_document(request: IntakeRequest) -> dict[str, Any]:
    return {
        "client": request.client_id,
        "name": request.name,
        "received_on": _date_text(request.received_on),
        "channel": _choice_text(IntakeChannel, request.channel),
        "urgency": _choice_text(IntakeUrgency, request.urgency),
        "reason": request.reason,
        "state": _choice_text(IntakeState, request.state),
        "closed_reason": request.closed_reason,
        "appointment": request.appointment_id,
    }


def _roster_document(entry: RosterEntry) -> dict[str, Any]:
    values = {key: getattr(entry, key) for key in ROSTER_KEYS if key != "client"}
    values["birth_date"] = _date_text(entry.birth_date)
    return {**values, "client": entry.client_id}


def dump_document(caseload: Caseload, records: VaultRecords | None = None) -> str:
    """The caseload as counsel-desk/2 text: 2-space indents, Unicode kept, no final newline.

    Encode it as UTF-8 to write a file.
    """
    return json.dumps(caseload_to_document(caseload, records), indent=2, ensure_ascii=False)
