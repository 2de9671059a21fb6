"""Referrals — *alih tangan kasus* (issue 17, item 4).

A referral hands a case on to a psychologist, a puskesmas, child protection (UPTD PPA),
the police or another school. It relies on an active release of information of the same
client that names the party, says why, and lists what may be disclosed; the referral may
send only those items, and its numbered letter prints only them. No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from counsel_desk.domain.enums import (
    ConsentKind,
    DisclosureItem,
    ReferralAgency,
    ReferralOutcome,
    ReferralUrgency,
)
from counsel_desk.domain.model import Consent
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MAX_TEXT: Final = 4000
ROMAN_MONTHS: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DEFAULT_SCHEME: Final = "{number:03d}/BK/{school}/{month_roman}/{year}"
_FIELDS: Final = frozenset({"number", "school", "month_roman", "month", "year"})


@dataclass
class Referral:
    """One case handed on. ``consent_id`` is the release of information it relies on;
    ``sent`` what was disclosed (each allowed by that release), with ``sections`` the text
    of each item the letter prints. ``letter_number`` is set once the letter is made and
    never reused."""

    made_on: dt.date
    agency: ReferralAgency
    recipient: str
    reason: str
    consent_id: int
    urgency: ReferralUrgency = ReferralUrgency.ROUTINE
    sent: tuple[DisclosureItem, ...] = ()
    sections: dict[str, str] = field(default_factory=dict)
    letter_number: str | None = None
    reply_on: dt.date | None = None
    reply: str = ""
    outcome: ReferralOutcome | None = None
    follow_up_on: dt.date | None = None
    id: int | None = None

    def section(self, item: DisclosureItem) -> str:
        return self.sections.get(DisclosureItem(item).value, "")


class ReferralProblem(Exception):
    """What makes a referral impossible, as a message for her (the service raises it as a
    ``CounselDeskError``)."""

    def __init__(self, message: UserMessage) -> None:
        super().__init__(str(message))
        self.message = message


def _problem(text: str, **params: object) -> ReferralProblem:
    return ReferralProblem(UserMessage(text, **params))


def check_release(referral: Referral, consent: Consent | None, today: dt.date) -> None:
    """Raise :class:`ReferralProblem` unless ``consent`` is a release of information,
    active on the referral's day, that allows everything the referral sends."""
    if consent is None or ConsentKind(consent.kind) is not ConsentKind.RELEASE_OF_INFORMATION:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Referrals",
                "A referral needs a release of information signed for this student: record "
                "one on the Consents tab first.",
            )
        )
    if not consent.is_active_on(referral.made_on):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Referrals",
                "The release of information to {party} is not active on {day} (revoked, "
                "expired or signed later): nothing may be disclosed under it.",
            ),
            party=consent.released_to or "—",
            day=referral.made_on.isoformat(),
        )
    allowed = set(consent.disclosures)
    for item in referral.sent:
        if DisclosureItem(item) not in allowed:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "Referrals",
                    "The release of information does not allow disclosing “{item}”: untick "
                    "it, or record a release that allows it.",
                ),
                item=DisclosureItem(item).value,
            )
    if referral.made_on > today:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Referrals", "A referral is recorded when it is made: the day is in the future."
            )
        )


def check_letter(referral: Referral, consent: Consent | None, today: dt.date) -> None:
    """Raise :class:`ReferralProblem` unless the referral's letter may be made (or made
    again) ``today``: its release allows what it sends, as :func:`check_release` asks,
    and is still active today. A release revoked or expired after the referral was made
    covered the referral, not a letter printed after it ended."""
    check_release(referral, consent, today)
    assert consent is not None  # check_release refused None
    if not consent.is_active_on(today):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Referrals",
                "The release of information to {party} is not active on {day} (revoked, "
                "expired or signed later): nothing may be disclosed under it.",
            ),
            party=consent.released_to or "—",
            day=today.isoformat(),
        )


def referral_problems(referral: Referral) -> list[tuple[str, UserMessage]]:
    """(field, message) for every rule the referral itself breaks."""
    found: list[tuple[str, UserMessage]] = []
    if not referral.recipient.strip():
        found.append(
            (
                "recipient",
                UserMessage(QT_TRANSLATE_NOOP("Referrals", "Say to whom the case is referred.")),
            )
        )
    if "\n" in referral.recipient or len(referral.recipient) > 200:
        found.append(
            (
                "recipient",
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Referrals", "The recipient is one line of at most 200 characters."
                    )
                ),
            )
        )
    from counsel_desk.domain.validation import validate_single_line

    # "To: {recipient}" on the letter: a text-direction control or a carriage return
    # would print another name than the one she reads (U+202E: "Beji" as "ijeB").
    found += [("recipient", i.message) for i in validate_single_line(referral.recipient, "_")]
    if not referral.reason.strip():
        found.append(
            ("reason", UserMessage(QT_TRANSLATE_NOOP("Referrals", "Say why the case is referred.")))
        )
    for name, text in (("reason", referral.reason), ("reply", referral.reply)):
        if len(text) > MAX_TEXT:
            found.append(
                (
                    name,
                    UserMessage(
                        QT_TRANSLATE_NOOP("Referrals", "Keep it to {limit} characters."),
                        limit=MAX_TEXT,
                    ),
                )
            )
    if len(set(referral.sent)) != len(referral.sent):
        found.append(
            ("sent", UserMessage(QT_TRANSLATE_NOOP("Referrals", "An item is listed twice.")))
        )
    for key in referral.sections:
        if key not in {DisclosureItem(i).value for i in referral.sent}:
            found.append(
                (
                    f"sections.{key}",
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Referrals", "Only what is sent has a text in the letter."
                        )
                    ),
                )
            )
    if referral.reply_on is not None and referral.reply_on < referral.made_on:
        found.append(
            (
                "reply_on",
                UserMessage(
                    QT_TRANSLATE_NOOP("Referrals", "The reply cannot come before the referral.")
                ),
            )
        )
    if referral.follow_up_on is not None and referral.follow_up_on < referral.made_on:
        found.append(
            (
                "follow_up_on",
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Referrals", "The follow-up cannot be due before the referral."
                    )
                ),
            )
        )
    return found


# --- letter numbers -----------------------------------------------------------------------


def scheme_problem(scheme: str) -> UserMessage | None:
    """Why ``scheme`` cannot number letters (None: it can). It must hold ``{number}``
    (so no two letters share a number) and only the fields below."""
    names = set(re.findall(r"{(\w+)(?::[^}]*)?}", scheme))
    if "number" not in names:
        return UserMessage(
            QT_TRANSLATE_NOOP(
                "Referrals", "The numbering needs {field}, or two letters would share a number."
            ),
            field="{number}",
        )
    unknown = names - _FIELDS
    if unknown:
        return UserMessage(
            QT_TRANSLATE_NOOP("Referrals", "The numbering knows {known}, not {name}."),
            known="{number}, {school}, {month_roman}, {month}, {year}",
            name="{" + sorted(unknown)[0] + "}",
        )
    unreadable = UserMessage(QT_TRANSLATE_NOOP("Referrals", "The numbering cannot be read."))
    try:
        fields = [(f, spec, c) for _, f, spec, c in string.Formatter().parse(scheme) if f]
    except ValueError:
        return unreadable
    for name, spec, conversion in fields:
        # Only the fields themselves: no attribute or index ("{school.__class__}"), no
        # conversion, and for the number a width only ("03d") — "{number:c}" or
        # "{number:.0e}" would give two letters one number, or a line break.
        allowed = _NUMBER_FORMAT.fullmatch(spec or "") if name == "number" else not spec
        if name not in _FIELDS or conversion is not None or not allowed:
            return unreadable
    try:
        letter_number(scheme, 1, "X", dt.date(2026, 1, 1))
    except (ValueError, KeyError, IndexError):  # pragma: no cover - the fields are checked
        return unreadable
    return None


_NUMBER_FORMAT: Final = re.compile(r"0?\d{0,2}d?")


def letter_number_key(number: str) -> str:
    """What letter numbers are told apart by: two numbers that look the same on paper
    (a no-break space, two spaces, full-width digits, another case, an invisible
    character) have the same key, and only one of them is ever given."""
    text = unicodedata.normalize("NFKC", number).casefold()
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def typed_number_problem(number: str) -> UserMessage | None:
    """Why ``number``, typed by her, cannot be a letter number (None: it can)."""
    from counsel_desk.domain.validation import validate_single_line

    if not letter_number_key(number) or len(number) > 200:
        return UserMessage(
            QT_TRANSLATE_NOOP("Referrals", "A letter number is one line of at most 200 characters.")
        )
    issues = validate_single_line(number, "letter_number")
    return issues[0].message if issues else None


def letter_number(scheme: str, number: int, school: str, day: dt.date) -> str:
    """``005/BK/SMPN 1/XII/2026`` for the 5th letter of 2026, made in December."""
    return scheme.format(
        number=number,
        school=school,
        month_roman=ROMAN_MONTHS[day.month - 1],
        month=f"{day.month:02d}",
        year=day.year,
    )


@dataclass(frozen=True)
class Letterhead:
    """The school's letterhead and how its letters are numbered, kept in the vault's own
    settings (the school's name identifies: never in QSettings)."""

    school: str = ""
    short_name: str = ""  # "SMPN 1", as the number shows it
    address: str = ""
    phone: str = ""
    counselor: str = ""  # her name as she signs letters
    counselor_id: str = ""  # NIP / NUPTK, or empty
    scheme: str = DEFAULT_SCHEME

    def to_json(self) -> dict[str, str]:
        return {
            "school": self.school,
            "short_name": self.short_name,
            "address": self.address,
            "phone": self.phone,
            "counselor": self.counselor,
            "counselor_id": self.counselor_id,
            "scheme": self.scheme,
        }

    @classmethod
    def from_json(cls, data: object) -> Letterhead:
        if not isinstance(data, dict):
            return cls()
        values = {k: v for k, v in data.items() if isinstance(v, str)}
        known = cls().to_json().keys()
        return cls(**{k: v for k, v in values.items() if k in known})

    def problem(self) -> UserMessage | None:
        """Why letters cannot be made with this letterhead (None: they can)."""
        if not self.school.strip():
            return UserMessage(
                QT_TRANSLATE_NOOP(
                    "Referrals",
                    "Enter the school's name for the letterhead first (Settings → Letters).",
                )
            )
        from counsel_desk.domain.validation import validate_single_line

        for key, value in self.to_json().items():
            if "\n" in value or len(value) > 200:
                return UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Referrals",
                        "Each line of the letterhead is one line of at most 200 characters.",
                    )
                )
            # a carriage return, U+2029 or a text-direction control (U+202E prints
            # "Depok" as "kopeD") is refused as in every one-line field
            issues = validate_single_line(value, key)
            if issues:
                return issues[0].message
        return scheme_problem(self.scheme)
