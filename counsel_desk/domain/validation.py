"""Rules of a sound case record, with messages a counselor understands.

``validate_*`` functions return a list of :class:`Issue`; an ``ERROR`` blocks saving,
a ``WARNING`` is shown but does not. ``path`` names the field (``"given_name"``,
``"guardians[0].name"``, ``"sessions[2].fields.plan"``) so a form can show the message
beside it and an import can name the key.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum

from counsel_desk.domain.activities import (
    MAX_MINUTES,
    MAX_PERIODS,
    MAX_STUDENTS,
    MAX_TOPIC,
    Activity,
)
from counsel_desk.domain.enums import (
    ActivityKind,
    ClientStatus,
    ConsentStatus,
    ServiceField,
    ServiceStrategy,
    SessionKind,
)
from counsel_desk.domain.invisible import (
    LINE_SEPARATORS,
    REMOVED,
    invisible_in_case_code,
    normal_case_code,
    shown_code_point,
    strip_invisible,
    strip_invisible_optional,
)
from counsel_desk.domain.model import Client, Consent, Contact, SessionNote
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import template_for
from counsel_desk.i18n import BIDI_CONTROLS, QT_TRANSLATE_NOOP, CounselDeskError, UserMessage

MAX_CASE_CODE_LENGTH = 40
MAX_SESSION_MINUTES = 24 * 60
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_PHONE = re.compile(r"^[0-9+().\-\s/]*[0-9][0-9+().\-\s/]*$")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    path: str
    message: UserMessage
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(CounselDeskError):
    """Raised when a record with errors is about to be saved."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        first = issues[0]
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP("Validation", "{field}: {problem}"),
                field=first.path,
                problem=str(first.message),
            )
        )


class NoteLockedError(CounselDeskError):
    """A signed note was about to be changed; only addenda may be added."""


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.ERROR]


def warnings(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.WARNING]


def raise_for_errors(issues: list[Issue]) -> None:
    found = errors(issues)
    if found:
        raise ValidationError(found)


# Invisible text-direction characters (i18n.BIDI_CONTROLS: U+202A-U+202E, U+2066-U+2069,
# U+200E, U+200F, U+061C) make "C-0001\u202efdp.exe" read as "C-0001exe.pdf": refused in
# every one-line field, which is what names, codes and file names come from.


def has_bidi_controls(text: str) -> bool:
    return any(ch in BIDI_CONTROLS for ch in text)


def _bidi_issue(path: str) -> Issue:
    return _err(
        path,
        QT_TRANSLATE_NOOP(
            "Validation",
            "This field holds an invisible text-direction character (such as U+202E), "
            "which can make it read differently than it is: remove it.",
        ),
    )


def _has_control_chars(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text)


def _breaks_lines(text: str) -> bool:
    """A line break, a tab, another control character, or U+2028/U+2029 (which Qt draws
    as a line break)."""
    return (
        _has_control_chars(text)
        or "\n" in text
        or "\t" in text
        or any(ch in LINE_SEPARATORS for ch in text)
    )


def _shown_characters(found: list[str]) -> str:
    return ", ".join(shown_code_point(ch) for ch in found)


def _err(path: str, text: str, **params: object) -> Issue:
    return Issue(path, UserMessage(text, **params), Severity.ERROR)


def _warn(path: str, text: str, **params: object) -> Issue:
    return Issue(path, UserMessage(text, **params), Severity.WARNING)


def validate_case_code(code: str | None, path: str = "case_code") -> list[Issue]:
    if code is None:
        return []
    if not code.strip():
        return [_err(path, QT_TRANSLATE_NOOP("Validation", "The case code cannot be blank."))]
    if code != code.strip() or _breaks_lines(code):
        return [
            _err(
                path,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The case code cannot start or end with spaces or hold line breaks.",
                ),
            )
        ]
    if has_bidi_controls(code):
        return [_bidi_issue(path)]
    if found := invisible_in_case_code(code):
        return [
            _err(
                path,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The case code holds an invisible character ({characters}), which would "
                    "make it look like another code: remove it.",
                ),
                characters=_shown_characters(found),
            )
        ]
    if len(code) > MAX_CASE_CODE_LENGTH:
        return [
            _err(
                path,
                QT_TRANSLATE_NOOP("Validation", "The case code is longer than {limit} characters."),
                limit=MAX_CASE_CODE_LENGTH,
            )
        ]
    return []


SINGLE_LINE_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "gender",
    "school",
    "grade",
    "student_number",
    "national_id",
    "phone",
    "email",
    "referral_source",
)


def validate_single_line(value: str | None, path: str) -> list[Issue]:
    if value and _breaks_lines(value):
        return [
            _err(
                path,
                QT_TRANSLATE_NOOP("Validation", "This field is one line: no line breaks or tabs."),
            )
        ]
    if value and has_bidi_controls(value):
        return [_bidi_issue(path)]
    if value and (found := list(dict.fromkeys(ch for ch in value if ch in REMOVED))):
        # clean_record takes these out before a record is saved or imported; a record
        # that did not pass through it is refused rather than stored with them.
        return [
            _err(
                path,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This field holds an invisible character ({characters}): remove it.",
                ),
                characters=_shown_characters(found),
            )
        ]
    return []


def _clean_contact(contact: Contact) -> Contact:
    return replace(
        contact,
        name=strip_invisible(contact.name),
        relationship=strip_invisible_optional(contact.relationship),
        phone=strip_invisible_optional(contact.phone),
        email=strip_invisible_optional(contact.email),
    )


def clean_consent(consent: Consent) -> Consent:
    """``consent`` with invisible characters taken out of its one-line fields (see
    :mod:`counsel_desk.domain.invisible`)."""
    return replace(
        consent,
        signed_by=strip_invisible(consent.signed_by),
        relationship_detail=strip_invisible_optional(consent.relationship_detail),
        released_to=strip_invisible_optional(consent.released_to),
    )


def clean_activity(activity: Activity) -> Activity:
    """``activity`` as it is saved or imported: invisible characters out of its one-line
    fields, the topic and class trimmed (an empty class is no class)."""
    class_name = strip_invisible_optional(activity.class_name)
    return replace(
        activity,
        topic=strip_invisible(activity.topic).strip(),
        class_name=class_name.strip() or None if class_name is not None else None,
    )


def clean_record(client: Client) -> Client:
    """``client`` as it is saved or imported: the case code (and the codes a group session
    lists) in NFC, and the characters that draw nothing (U+200B, U+FEFF, U+00AD ...) taken
    out of every one-line field. What she reads does not change; what is refused
    (text-direction controls, invisible characters in a case code) is left for
    :func:`validate_client` to refuse."""
    changes: dict[str, object] = {
        name: strip_invisible_optional(getattr(client, name)) for name in SINGLE_LINE_FIELDS
    }
    return replace(
        client,
        **changes,  # type: ignore[arg-type]
        case_code=None if client.case_code is None else normal_case_code(client.case_code),
        guardians=[_clean_contact(c) for c in client.guardians],
        emergency_contacts=[_clean_contact(c) for c in client.emergency_contacts],
        other_people=[strip_invisible(p) for p in client.other_people],
        tags=[strip_invisible(t) for t in client.tags],
        sessions=[
            replace(note, group_members=[normal_case_code(c) for c in note.group_members])
            if note.group_members
            else note
            for note in client.sessions
        ],
        consents=[clean_consent(c) for c in client.consents],
    )


def validate_email(value: str | None, path: str) -> list[Issue]:
    if value and not _EMAIL.match(value):
        return [
            _err(
                path,
                QT_TRANSLATE_NOOP("Validation", "“{value}” does not look like an e-mail address."),
                value=value,
            )
        ]
    return []


def validate_phone(value: str | None, path: str) -> list[Issue]:
    if value and not _PHONE.match(value):
        return [
            _err(
                path,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A phone number may hold digits, spaces, +, -, dots, slashes and "
                    "brackets only.",
                ),
            )
        ]
    return []


def validate_contact(contact: Contact, path: str) -> list[Issue]:
    issues: list[Issue] = []
    if not contact.name.strip():
        issues.append(_err(f"{path}.name", QT_TRANSLATE_NOOP("Validation", "A name is required.")))
    for name in ("name", "relationship", "phone", "email"):
        issues += validate_single_line(getattr(contact, name), f"{path}.{name}")
    issues += validate_phone(contact.phone, f"{path}.phone")
    issues += validate_email(contact.email, f"{path}.email")
    return issues


EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
"""Dates a record may hold: a typo such as 9999-12-31 is refused, not carried into the
retention rules (which add years to a closing date)."""


def validate_date_range(value: dt.date | None, path: str) -> list[Issue]:
    if value is None or EARLIEST_DATE <= value <= LATEST_DATE:
        return []
    return [
        _err(
            path,
            QT_TRANSLATE_NOOP(
                "Validation", "The date {date} is not between {earliest} and {latest}."
            ),
            date=value.isoformat(),
            earliest=EARLIEST_DATE.isoformat(),
            latest=LATEST_DATE.isoformat(),
        )
    ]


def _record_dates(client: Client) -> list[tuple[dt.date | None, str]]:
    dates: list[tuple[dt.date | None, str]] = [
        (client.date_of_birth, "date_of_birth"),
        (client.opened_on, "opened_on"),
        (client.closed_on, "closed_on"),
    ]
    for i, note in enumerate(client.sessions):
        dates.append((note.date, f"sessions[{i}].date"))
    for i, consent in enumerate(client.consents):
        dates.append((consent.signed_on, f"consents[{i}].signed_on"))
        dates.append((consent.revoked_on, f"consents[{i}].revoked_on"))
        dates.append((consent.expires_on, f"consents[{i}].expires_on"))
    return dates


def validate_client(client: Client, *, today: dt.date | None = None) -> list[Issue]:
    """Everything wrong with a client's profile, sessions and consents."""
    today = today or dt.date.today()
    issues: list[Issue] = []
    for value, path in _record_dates(client):
        issues += validate_date_range(value, path)
    issues += validate_case_code(client.case_code)
    if not client.given_name.strip():
        issues.append(
            _err("given_name", QT_TRANSLATE_NOOP("Validation", "The given name is required."))
        )
    if client.date_of_birth and client.date_of_birth > today:
        issues.append(
            _err(
                "date_of_birth",
                QT_TRANSLATE_NOOP("Validation", "The date of birth is in the future."),
            )
        )
    if client.graduated_on is not None:
        if client.graduated_on > today:
            issues.append(
                _err(
                    "graduated_on",
                    QT_TRANSLATE_NOOP("Validation", "The day she graduated is in the future."),
                )
            )
        if client.date_of_birth and client.graduated_on < client.date_of_birth:
            issues.append(
                _err(
                    "graduated_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The day she graduated is before her date of birth."
                    ),
                )
            )
    for name in SINGLE_LINE_FIELDS:
        issues += validate_single_line(getattr(client, name), name)
    issues += validate_phone(client.phone, "phone")
    issues += validate_email(client.email, "email")
    for kind, contacts in (
        ("guardians", client.guardians),
        ("emergency_contacts", client.emergency_contacts),
    ):
        for i, contact in enumerate(contacts):
            issues += validate_contact(contact, f"{kind}[{i}]")
    for i, person in enumerate(client.other_people):
        if not person.strip():
            issues.append(
                _err(f"other_people[{i}]", QT_TRANSLATE_NOOP("Validation", "A name is required."))
            )
        else:
            issues += validate_single_line(person, f"other_people[{i}]")
    seen: set[str] = set()
    for i, tag in enumerate(client.tags):
        if not tag.strip():
            issues.append(
                _err(f"tags[{i}]", QT_TRANSLATE_NOOP("Validation", "A tag cannot be blank."))
            )
        elif line_issues := validate_single_line(tag, f"tags[{i}]"):
            issues += line_issues
        elif tag in seen:
            issues.append(
                _err(
                    f"tags[{i}]",
                    QT_TRANSLATE_NOOP("Validation", "The tag “{tag}” is listed twice."),
                    tag=tag,
                )
            )
        seen.add(tag)
    if client.closed_on is not None:
        if client.status is not ClientStatus.CLOSED:
            issues.append(
                _err(
                    "closed_on",
                    QT_TRANSLATE_NOOP("Validation", "Only a closed case has a closing date."),
                )
            )
        if client.opened_on and client.closed_on < client.opened_on:
            issues.append(
                _err(
                    "closed_on",
                    QT_TRANSLATE_NOOP("Validation", "The case cannot close before it was opened."),
                )
            )
    for i, note in enumerate(client.sessions):
        issues += validate_session(note, client, f"sessions[{i}]")
    for i, consent in enumerate(client.consents):
        issues += validate_consent(consent, f"consents[{i}]")
    return issues


def validate_session(note: SessionNote, client: Client | None, path: str) -> list[Issue]:
    issues: list[Issue] = []
    template = template_for(note.template)
    for key in note.fields:
        if key not in template.keys:
            issues.append(
                _err(
                    f"{path}.fields.{key}",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The {template} template has no field “{key}” (it has: {keys}).",
                    ),
                    template=note.template.value,
                    key=key,
                    keys=", ".join(template.keys),
                )
            )
    if note.duration_minutes is not None and not (0 < note.duration_minutes <= MAX_SESSION_MINUTES):
        issues.append(
            _err(
                f"{path}.duration_minutes",
                QT_TRANSLATE_NOOP(
                    "Validation", "The duration must be between 1 and {limit} minutes."
                ),
                limit=MAX_SESSION_MINUTES,
            )
        )
    if note.group_members and note.kind is not SessionKind.GROUP:
        issues.append(
            _err(
                f"{path}.group_members",
                QT_TRANSLATE_NOOP("Validation", "Only a group session lists group members."),
            )
        )
    seen: set[str] = set()
    for i, code in enumerate(note.group_members):
        if client is not None and code == client.case_code:
            issues.append(
                _err(
                    f"{path}.group_members[{i}]",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "A group lists the other members; the client is already in it.",
                    ),
                )
            )
        if code in seen:
            issues.append(
                _err(
                    f"{path}.group_members[{i}]",
                    QT_TRANSLATE_NOOP("Validation", "{code} is listed twice."),
                    code=code,
                )
            )
        seen.add(code)
    if note.service is not None:
        issues.extend(validate_service(note.service, f"{path}.service", of_client=True))
    if note.follow_up_on is not None:
        if "follow_up" not in template.keys:
            issues.append(
                _err(
                    f"{path}.follow_up_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The {template} template has no follow-up to give a day."
                    ),
                    template=note.template.value,
                )
            )
        elif note.follow_up_on < note.date:
            issues.append(
                _err(
                    f"{path}.follow_up_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The follow-up cannot be due before the session."
                    ),
                )
            )
    if note.addenda and not note.is_signed:
        issues.append(
            _err(
                f"{path}.addenda",
                QT_TRANSLATE_NOOP(
                    "Validation", "Only a signed note has addenda; edit the draft instead."
                ),
            )
        )
    if note.struck_at is not None:
        if not note.is_signed:
            issues.append(
                _err(
                    f"{path}.struck",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Only a signed note is struck through; discard a draft instead.",
                    ),
                )
            )
        if not (note.strike_reason or "").strip():
            issues.append(
                _err(
                    f"{path}.struck.reason",
                    QT_TRANSLATE_NOOP("Validation", "Say why the note is struck through."),
                )
            )
    for i, addendum in enumerate(note.addenda):
        if not addendum.text.strip():
            issues.append(
                _err(
                    f"{path}.addenda[{i}].text",
                    QT_TRANSLATE_NOOP("Validation", "An addendum cannot be empty."),
                )
            )
    if note.signed_at is not None:
        if note.signed_at.date() < note.date:
            issues.append(
                _warn(
                    f"{path}.signed_at",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The note was signed before the session took place."
                    ),
                )
            )
        # Already signed: what signing would have required is history now. Show it,
        # but never let it block saving the rest of the record.
        for issue in signing_issues(note, client, path):
            if issue.severity is Severity.ERROR and ".fields." in issue.path:
                issue = _warn(
                    issue.path,
                    QT_TRANSLATE_NOOP(
                        "Validation", "The note was signed with “{field}” left empty."
                    ),
                    field=issue.path.rsplit(".", 1)[-1],
                )
            issues.append(issue)
    return issues


def validate_service(service: ServiceClass, path: str, *, of_client: bool) -> list[Issue]:
    """What is wrong with a service classification. ``of_client``: it classifies a note
    in a client's record, where guidance of a group or a class (which keeps no client
    record) does not belong."""
    issues: list[Issue] = []
    if not service.fields:
        issues.append(
            _err(
                f"{path}.fields",
                QT_TRANSLATE_NOOP(
                    "Validation", "Choose at least one area: personal, social, learning or career."
                ),
            )
        )
    seen: set[ServiceField] = set()
    for i, area in enumerate(service.fields):
        if area in seen:
            issues.append(
                _err(
                    f"{path}.fields[{i}]",
                    QT_TRANSLATE_NOOP("Validation", "The area “{area}” is listed twice."),
                    area=ServiceField(area).value,
                )
            )
        seen.add(area)
    if of_client and ServiceStrategy(service.strategy).is_guidance:
        issues.append(
            _err(
                f"{path}.strategy",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Group, classroom and cross-class guidance keep no client record: "
                    "record them as an activity, not in a student's notes.",
                ),
            )
        )
    return issues


def validate_activity(activity: Activity, *, today: dt.date | None = None) -> list[Issue]:
    """What is wrong with an entry of the activity log (its names are checked by the
    service, against the vault)."""
    issues: list[Issue] = []
    topic = activity.topic.strip()
    if not topic:
        issues.append(
            _err("topic", QT_TRANSLATE_NOOP("Validation", "Say what the activity was about."))
        )
    elif len(topic) > MAX_TOPIC:
        issues.append(
            _err(
                "topic",
                QT_TRANSLATE_NOOP("Validation", "Keep the topic to {limit} characters."),
                limit=MAX_TOPIC,
            )
        )
    issues += validate_single_line(activity.topic, "topic")
    issues += validate_single_line(activity.class_name, "class_name")
    if today is not None and activity.date > today:
        issues.append(
            _err(
                "date",
                QT_TRANSLATE_NOOP(
                    "Validation", "The activity log keeps what was done: the date is in the future."
                ),
            )
        )
    if activity.periods is not None and activity.minutes is not None:
        issues.append(
            _err(
                "minutes",
                QT_TRANSLATE_NOOP(
                    "Validation", "Give the length in lesson periods (JP) or in minutes, not both."
                ),
            )
        )
    if activity.periods is not None and not (0 < activity.periods <= MAX_PERIODS):
        issues.append(
            _err(
                "periods",
                QT_TRANSLATE_NOOP(
                    "Validation", "The length must be between 1 and {limit} lesson periods (JP)."
                ),
                limit=MAX_PERIODS,
            )
        )
    if activity.minutes is not None and not (0 < activity.minutes <= MAX_MINUTES):
        issues.append(
            _err(
                "minutes",
                QT_TRANSLATE_NOOP(
                    "Validation", "The duration must be between 1 and {limit} minutes."
                ),
                limit=MAX_MINUTES,
            )
        )
    if activity.students_present is not None and not (
        0 <= activity.students_present <= MAX_STUDENTS
    ):
        issues.append(
            _err(
                "students_present",
                QT_TRANSLATE_NOOP(
                    "Validation", "The number of students must be between 0 and {limit}."
                ),
                limit=MAX_STUDENTS,
            )
        )
    if activity.service is not None:
        if ActivityKind(activity.kind) is ActivityKind.NON_COUNSELING_DUTY:
            issues.append(
                _err(
                    "service",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A duty that is not counseling has no BK service."
                    ),
                )
            )
        issues += validate_service(activity.service, "service", of_client=False)
    return issues


def signing_issues(note: SessionNote, client: Client | None, path: str = "") -> list[Issue]:
    """What signing ``note`` needs (errors) and should give pause about (warnings)."""
    prefix = f"{path}." if path else ""
    issues: list[Issue] = []
    template = template_for(note.template)
    for spec in template.fields:
        if spec.required_for_signing and not note.fields.get(spec.key, "").strip():
            issues.append(
                _err(
                    f"{prefix}fields.{spec.key}",
                    QT_TRANSLATE_NOOP(
                        "Validation", "“{field}” must be filled in before the note is signed."
                    ),
                    field=spec.key,
                )
            )
    if note.risk is not None and note.risk.level is None:
        issues.append(
            _err(
                f"{prefix}risk.level",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Choose the risk level you assessed (None, Low, Moderate or High) before "
                    "the note is signed: “Not assessed” cannot be signed.",
                ),
            )
        )
    if note.follow_up_on is not None and not note.fields.get("follow_up", "").strip():
        issues.append(
            _err(
                f"{prefix}fields.follow_up",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Say what the follow-up is: signing makes it a reminder for {date}.",
                ),
                date=note.follow_up_on,
            )
        )
    if (
        client is not None
        and client.is_minor_on(note.date)
        and not client.has_active_guardian_consent_on(note.date)
    ):
        issues.append(
            _warn(
                f"{prefix}date",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The client was under 18 on {date} and no guardian consent was active "
                    "that day.",
                ),
                date=note.date,
            )
        )
    return issues


def validate_consent(consent: Consent, path: str) -> list[Issue]:
    issues: list[Issue] = []
    if not consent.signed_by.strip():
        issues.append(
            _err(
                f"{path}.signed_by",
                QT_TRANSLATE_NOOP("Validation", "Who signed the consent is required."),
            )
        )
    else:
        issues += validate_single_line(consent.signed_by, f"{path}.signed_by")
    issues += validate_single_line(consent.relationship_detail, f"{path}.relationship_detail")
    issues += validate_single_line(consent.released_to, f"{path}.released_to")
    if not consent.template_version.strip():
        issues.append(
            _err(
                f"{path}.template_version",
                QT_TRANSLATE_NOOP("Validation", "The consent form's version is required."),
            )
        )
    if consent.expires_on is not None and consent.expires_on < consent.signed_on:
        issues.append(
            _err(
                f"{path}.expires_on",
                QT_TRANSLATE_NOOP("Validation", "A consent cannot expire before it was signed."),
            )
        )
    if consent.revoked_on is not None:
        if consent.status is not ConsentStatus.REVOKED:
            issues.append(
                _err(
                    f"{path}.revoked_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Only a revoked consent has a revocation date."
                    ),
                )
            )
        if consent.revoked_on < consent.signed_on:
            issues.append(
                _err(
                    f"{path}.revoked_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A consent cannot be revoked before it was signed."
                    ),
                )
            )
    return issues


def ensure_editable(note: SessionNote) -> None:
    """Refuse to change a signed note: the record is locked once signed."""
    if note.is_signed:
        raise NoteLockedError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Validation", "This note was signed and is locked. Add an addendum instead."
                )
            )
        )
