"""Hypothesis strategies for valid case records.

``caseloads()`` builds random :class:`Caseload` s that
:func:`counsel_desk.domain.validation.validate_client` accepts without errors (warnings,
such as a minor seen without guardian consent, may occur), with awkward Unicode in every
free-text field: emoji and ZWJ sequences, combining marks, right-to-left text and marks,
quotes, backslashes, braces and, in multi-line fields, newlines and tabs.

Rules the generated data keeps (see validation.py):

* case codes are unique in the caseload (or None), non-blank, trimmed, single-line and
  at most 40 characters;
* e-mails match ``^[^@\\s]+@[^@\\s]+$``; phones hold digits, spaces and ``+-().``;
* dates of birth are in the past; ``closed_on`` only on a closed case, not before
  ``opened_on``; ``revoked_on`` only on a revoked consent, not before ``signed_on``;
* a signed note has every required field filled in and is signed on or after its session
  day; only signed notes have addenda, written after the signature;
* only group sessions list group members: other clients' case codes from the same
  caseload, each once;
* times are whole minutes and timestamps whole seconds (what counsel-desk/1 holds), and no
  ``id`` is set.

Single-line text excludes surrogates, control characters, line/paragraph separators and
the characters that are refused or taken out there (text-direction controls, U+200B, U+FEFF,
U+00AD ...: ``domain/invisible.py``); it keeps ZWJ/ZWNJ and variation selectors. Case codes
hold no invisible character at all and are in NFC. Multi-line text excludes surrogates and
control characters other than newline and tab; it keeps every invisible character.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from counsel_desk.domain.appointments import (
    REMINDER_CHOICES,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
)
from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.invisible import KEPT_IN_NAMES, REMOVED, normal_case_code
from counsel_desk.domain.model import (
    Addendum,
    Caseload,
    Client,
    Consent,
    Contact,
    SessionNote,
)
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.domain.validation import MAX_CASE_CODE_LENGTH, MAX_SESSION_MINUTES
from counsel_desk.i18n import BIDI_CONTROLS

__all__ = [
    "appointments",
    "caseloads",
    "clients",
    "multi_line_text",
    "single_line_text",
]

# Snippets hypothesis would rarely come up with on its own.
_AWKWARD = (
    "😀",
    "👩‍👩‍👧",  # ZWJ sequence
    "🇮🇩",  # flag: two regional indicators
    "e\u0301",  # e + combining acute
    "Nguyễn",
    "José",
    "שלום",
    "مرحبا",
    "\u200d",  # zero-width joiner on its own
    "\u200c",  # zero-width non-joiner (Persian: "می\u200cخواهم")
    "\ufe0f",  # emoji presentation selector
    '"',
    "'",
    "\\",
    "\\n",  # a backslash and an n, not a newline
    "{name}",  # looks like a format placeholder
    "</script>",
    "Budi's",
    "Pak Joko",
    "  ",
)
_LINE_BREAKS = ("\n", "\n\n", "\t", " \n ")
# Text-direction controls are refused in one-line fields (names, codes: issue 15, item
# 14) and kept in notes, where they are only ever shown in the note viewer.
_BIDI = "".join(sorted(BIDI_CONTROLS))
# Characters that draw nothing are taken out of one-line fields when a record is saved or
# imported (issue 15, item 14, attack F7): notes keep them, so only multi-line text has them.
_REMOVED = "".join(sorted(REMOVED))
_INVISIBLE_PASTED = ("\u200b", "\ufeff", "\u00ad", "\u2060", "\u034f", "\U000e0041")
_MULTI_LINE_AWKWARD = (*_AWKWARD, *_INVISIBLE_PASTED, "\u200f", "\u202e", "\u2028", "\u2029")

_SINGLE_LINE_CHARS = st.characters(
    exclude_categories=("Cs", "Cc", "Zl", "Zp"), exclude_characters=_BIDI + _REMOVED
)
# A case code holds no invisible character at all (refused, not taken out).
_CASE_CODE_CHARS = st.characters(
    exclude_categories=("Cs", "Cc", "Zl", "Zp", "Cf"),
    exclude_characters=_BIDI + _REMOVED + "".join(sorted(KEPT_IN_NAMES)),
)
_CASE_CODE_AWKWARD = tuple(s for s in _AWKWARD if not any(ch in KEPT_IN_NAMES for ch in s))
_MULTI_LINE_CHARS = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t")


def _text(
    chars: SearchStrategy[str], extra: tuple[str, ...], max_parts: int
) -> SearchStrategy[str]:
    part = st.one_of(st.text(chars, max_size=8), st.sampled_from(extra))
    return st.lists(part, max_size=max_parts).map("".join)


def single_line_text(max_parts: int = 4) -> SearchStrategy[str]:
    """Any single-line text, possibly empty or all spaces."""
    return _text(_SINGLE_LINE_CHARS, _AWKWARD, max_parts)


def multi_line_text(max_parts: int = 6) -> SearchStrategy[str]:
    """Any text, with line breaks and tabs, possibly empty."""
    return _text(_MULTI_LINE_CHARS, _MULTI_LINE_AWKWARD + _LINE_BREAKS, max_parts)


def _non_blank(text: SearchStrategy[str]) -> SearchStrategy[str]:
    return text.map(lambda s: s if s.strip() else "Ayu" + s)


_names = _non_blank(single_line_text(3))
_optional_line = st.one_of(st.none(), single_line_text())
_optional_text = st.one_of(st.none(), multi_line_text())

_EMAIL_CHARS = st.characters(
    exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), exclude_characters="@" + _BIDI + _REMOVED
)
_email_part = st.text(_EMAIL_CHARS, min_size=1, max_size=10)
_emails = st.one_of(
    st.sampled_from(["budi@example.org", "dewi.l@example.org", "x@y"]),
    st.builds(lambda a, b: f"{a}@{b}", _email_part, _email_part),
)
_phones = st.builds(
    lambda head, digit, tail: head + digit + tail,
    st.text("0123456789 +-().", max_size=8),
    st.sampled_from("0123456789"),
    st.text("0123456789 -", max_size=8),
)

_CASE_CODE_PATTERN = st.from_regex(r"[A-Z]{1,3}-[0-9]{1,6}", fullmatch=True)


def _unicode_case_code(text: str) -> str:
    """A case code as the vault keeps it: trimmed, NFC, at most 40 characters."""
    code = normal_case_code(text).strip()
    while len(code) > MAX_CASE_CODE_LENGTH:  # NFC may lengthen a cut code (U+0958)
        code = normal_case_code(code[:MAX_CASE_CODE_LENGTH].strip())
    return code or "C-1"


_case_codes = st.one_of(
    _CASE_CODE_PATTERN, _text(_CASE_CODE_CHARS, _CASE_CODE_AWKWARD, 3).map(_unicode_case_code)
)

_PAST = dt.date(2024, 12, 31)  # before any "today" a test runs on
_birth_dates = st.dates(min_value=dt.date(1940, 1, 1), max_value=_PAST)
_record_dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31))
_times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))


def _later(start: dt.datetime) -> SearchStrategy[dt.datetime]:
    """A whole-second moment from ``start`` to about a month later."""
    return st.integers(0, 30 * 24 * 3600).map(lambda s: start + dt.timedelta(seconds=s))


contacts = st.builds(
    Contact,
    name=_names,
    relationship=_optional_line,
    phone=st.one_of(st.none(), _phones),
    email=st.one_of(st.none(), _emails),
)


@st.composite
def _sessions(draw: st.DrawFn, others: tuple[str, ...]) -> SessionNote:
    """A note; ``others`` are case codes a group session may list."""
    day = draw(_record_dates)
    template = draw(st.sampled_from(TemplateId))
    signed = draw(st.booleans())
    spec = template_for(template)
    fields = {
        f.key: draw(
            _non_blank(multi_line_text())
            if signed and f.required_for_signing
            else multi_line_text()
        )
        for f in spec.fields
    }
    kind = draw(st.sampled_from(SessionKind))
    members: list[str] = []
    if kind is SessionKind.GROUP and others:
        members = draw(st.lists(st.sampled_from(others), unique=True, max_size=3))
    signed_at = addenda = None
    if signed:
        session_start = dt.datetime.combine(day, dt.time(8, 0))
        signed_at = draw(_later(session_start))
        moments = draw(st.lists(_later(signed_at), max_size=2))
        addenda = [
            Addendum(written_at=moment, text=draw(_non_blank(multi_line_text())))
            for moment in sorted(moments)
        ]
    return SessionNote(
        date=day,
        start_time=draw(st.one_of(st.none(), _times)),
        duration_minutes=draw(st.one_of(st.none(), st.integers(1, MAX_SESSION_MINUTES))),
        modality=draw(st.sampled_from(Modality)),
        kind=kind,
        group_members=members,
        template=template,
        fields=fields,
        risk_notes=draw(_optional_text),
        signed_at=signed_at,
        addenda=addenda or [],
    )


@st.composite
def _consents(draw: st.DrawFn) -> Consent:
    signed_on = draw(_record_dates)
    status = draw(st.sampled_from(ConsentStatus))
    revoked_on = None
    if status is ConsentStatus.REVOKED and draw(st.booleans()):
        revoked_on = signed_on + dt.timedelta(days=draw(st.integers(0, 400)))
    return Consent(
        kind=draw(st.sampled_from(ConsentKind)),
        signed_by=draw(_names),
        signed_on=signed_on,
        template_version=draw(st.one_of(st.just("1"), _non_blank(single_line_text(2)))),
        signer_relationship=draw(st.sampled_from(SignerRelationship)),
        status=status,
        revoked_on=revoked_on,
        notes=draw(_optional_text),
    )


@st.composite
def clients(draw: st.DrawFn, case_code: str | None = None, others: tuple[str, ...] = ()) -> Client:
    """A valid client with ``case_code``; its group sessions may list ``others``."""
    status = draw(st.sampled_from(ClientStatus))
    opened_on = draw(st.one_of(st.none(), _record_dates))
    closed_on = None
    if status is ClientStatus.CLOSED and draw(st.booleans()):
        start = opened_on or dt.date(2000, 1, 1)
        closed_on = start + dt.timedelta(days=draw(st.integers(0, 1000)))
    birth = draw(st.one_of(st.none(), _birth_dates))
    graduated_on = None
    if status is ClientStatus.CLOSED and draw(st.booleans()):  # a new school year (issue 20)
        graduated_on = draw(st.dates(min_value=birth or dt.date(1940, 1, 1), max_value=_PAST))
    return Client(
        given_name=draw(_names),
        case_code=case_code,
        family_name=draw(st.one_of(st.none(), st.just(""), single_line_text(3))),
        preferred_name=draw(_optional_line),
        date_of_birth=birth,
        gender=draw(_optional_line),
        school=draw(_optional_line),
        grade=draw(_optional_line),
        student_number=draw(st.one_of(st.none(), st.text("0123456789", max_size=12))),
        national_id=draw(_optional_line),
        phone=draw(st.one_of(st.none(), _phones)),
        email=draw(st.one_of(st.none(), _emails)),
        address=draw(_optional_text),
        guardians=draw(st.lists(contacts, max_size=2)),
        emergency_contacts=draw(st.lists(contacts, max_size=2)),
        other_people=draw(st.lists(_names, max_size=3)),
        referral_source=draw(_optional_line),
        presenting_concern=draw(_optional_text),
        risk_level=draw(st.sampled_from(RiskLevel)),
        tags=draw(st.lists(_names, max_size=3, unique=True)),
        status=status,
        opened_on=opened_on,
        closed_on=closed_on,
        graduated_on=graduated_on,
        sessions=draw(st.lists(_sessions(others), max_size=3)),
        consents=draw(st.lists(_consents(), max_size=3)),
    )


@st.composite
def _caseloads(draw: st.DrawFn, max_clients: int) -> Caseload:
    unique_codes = draw(st.lists(_case_codes, max_size=max_clients, unique=True))
    # About one client in five has no case code yet (the vault would generate one).
    codes = [code if draw(st.integers(0, 4)) else None for code in unique_codes]
    result = []
    for code in codes:
        others = tuple(c for c in codes if c is not None and c != code)
        result.append(draw(clients(code, others)))
    return Caseload(result)


def caseloads(max_clients: int = 4) -> SearchStrategy[Caseload]:
    """Valid caseloads of up to ``max_clients`` clients (see the module docstring)."""
    return _caseloads(max_clients)


_WEEK = st.dates(min_value=dt.date(2026, 12, 7), max_value=dt.date(2026, 12, 12))


@st.composite
def _appointments(draw: st.DrawFn, with_ids: bool) -> Appointment:
    kind = draw(st.sampled_from(list(AppointmentKind)))
    start = draw(st.integers(0, 23 * 60 + 58))
    end = draw(st.integers(start + 1, 23 * 60 + 59))
    with_client = kind in (AppointmentKind.CLIENT, AppointmentKind.PARENT_MEETING)
    return Appointment(
        kind=kind,
        day=draw(_WEEK),
        start=dt.time(start // 60, start % 60),
        end=dt.time(end // 60, end % 60),
        client_id=draw(st.integers(1, 50)) if with_client else None,
        case_code=draw(_case_codes) if with_client else None,
        subject=draw(_non_blank(single_line_text())),
        place=draw(single_line_text()),
        purpose=draw(single_line_text()),
        status=draw(st.sampled_from(list(AppointmentStatus))),
        remind_minutes=draw(st.sampled_from(REMINDER_CHOICES)),
        id=None,
    )


def appointments(max_size: int = 12, *, with_ids: bool = True) -> SearchStrategy[list[Appointment]]:
    """Valid appointments of one week (Monday 7 to Saturday 12 December 2026) at any
    minute of the day, with any one-line text in subject, place and purpose, numbered 1,
    2, ... as a vault would (``with_ids``)."""
    found = st.lists(_appointments(with_ids), max_size=max_size)
    if not with_ids:
        return found
    return found.map(lambda items: [_numbered(a, n) for n, a in enumerate(items, start=1)])


def _numbered(appointment: Appointment, n: int) -> Appointment:
    appointment.id = n
    return appointment
