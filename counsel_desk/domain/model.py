"""The case record: clients, their contacts, session notes, addenda and consents.

Plain dataclasses: no Qt, no SQL, no files. ``id`` fields are the vault's row ids and are
``None`` for objects not yet saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from counsel_desk.domain.enums import (
    AttachmentKind,
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    DutyStep,
    IdentityCheck,
    Modality,
    NoteClass,
    RiskLevel,
    SessionKind,
    SignatureMethod,
    SignerRelationship,
)
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import TemplateId, template_for

ADULT_AGE = 18


@dataclass
class Contact:
    """A guardian or an emergency contact."""

    name: str
    relationship: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class Addendum:
    """A dated addition to a signed note; the note itself is never edited again."""

    written_at: dt.datetime
    text: str
    id: int | None = None
    reason: str | None = None


@dataclass
class RiskAssessment:
    """The structured risk section of a note."""

    self_harm: bool = False
    harm_to_others: bool = False
    abuse_disclosed: bool = False
    # None: "Not assessed" — she has not yet judged the level. A draft may say so; a
    # signed note never does (signing asks for the level), and a note that has not
    # assessed the level neither sets the client's risk level nor counts as the risk
    # assessment a self-harm answer on a questionnaire waits for.
    level: RiskLevel | None = RiskLevel.NONE
    actions_taken: str = ""

    @property
    def obliges_action(self) -> bool:
        """A disclosure that may oblige the counselor to warn or report."""
        return self.self_harm or self.harm_to_others or self.abuse_disclosed

    @property
    def is_empty(self) -> bool:
        return self == RiskAssessment()


@dataclass
class DutyAction:
    """One step of the duty-to-warn / mandatory-report checklist, done at ``done_at``.

    Recorded even after the note is signed: reporting often happens later that day."""

    step: DutyStep
    done_at: dt.datetime
    note: str = ""
    id: int | None = None


@dataclass
class SessionNote:
    date: dt.date
    start_time: dt.time | None = None
    duration_minutes: int | None = None
    modality: Modality = Modality.IN_PERSON
    kind: SessionKind = SessionKind.INDIVIDUAL
    group_members: list[str] = field(default_factory=list)
    template: TemplateId = TemplateId.FREE
    fields: dict[str, str] = field(default_factory=dict)
    risk_notes: str | None = ""
    signed_at: dt.datetime | None = None
    addenda: list[Addendum] = field(default_factory=list)
    id: int | None = None
    note_class: NoteClass = NoteClass.PROGRESS
    platform: str | None = None
    identity_check: IdentityCheck | None = None
    risk: RiskAssessment | None = None
    duty_actions: list[DutyAction] = field(default_factory=list)
    # SHA-256 (hex) of the canonical content, stored when the note is signed.
    content_hash: str | None = None
    struck_at: dt.datetime | None = None
    strike_reason: str | None = None
    # Which school counseling service the contact was; not part of the signed content.
    service: ServiceClass | None = None
    # When its follow-up is due (a template with a follow-up field): signing the note
    # makes a follow-up reminder of it. Kept with the note, not in its content hash.
    follow_up_on: dt.date | None = None

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def is_struck(self) -> bool:
        return self.struck_at is not None

    def field_values(self) -> dict[str, str]:
        """Every field of the note's template, in template order (missing ones empty)."""
        return {key: self.fields.get(key, "") for key in template_for(self.template).keys}

    def text(self) -> str:
        """All the note's writing as one text (fields, risk notes and addenda)."""
        parts = [v for v in self.field_values().values() if v]
        if self.risk_notes:
            parts.append(self.risk_notes)
        if self.risk is not None and self.risk.actions_taken:
            parts.append(self.risk.actions_taken)
        parts.extend(a.text for a in self.addenda if a.text)
        return "\n".join(parts)


@dataclass
class AttachmentInfo:
    """A drawn signature or a scanned form stored (encrypted) in the vault; the bytes
    are read on demand, never kept with the consent."""

    kind: AttachmentKind
    media_type: str
    size: int
    added_at: dt.datetime
    id: int | None = None


@dataclass
class Consent:
    kind: ConsentKind
    signed_by: str
    signed_on: dt.date
    template_version: str = "1"
    signer_relationship: SignerRelationship = SignerRelationship.SELF
    status: ConsentStatus = ConsentStatus.ACTIVE
    revoked_on: dt.date | None = None
    notes: str | None = None
    id: int | None = None
    expires_on: dt.date | None = None
    # The signer's relationship in their own words ("mother", "aunt"), beside the
    # closed ``signer_relationship``.
    relationship_detail: str | None = None
    language: str | None = None
    # The exact text signed, and its SHA-256 (hex), kept with the consent.
    text: str | None = None
    text_sha256: str | None = None
    method: SignatureMethod | None = None
    # Consents signed together (a guardian's consent and the minor's assent) share it.
    bundle: str | None = None
    # A release of information names the party it releases to, why, and what it lets
    # the counselor disclose (an empty tuple: not said, as before issue 17).
    released_to: str | None = None
    purpose: str | None = None
    disclosures: tuple[DisclosureItem, ...] = ()
    attachments: list[AttachmentInfo] = field(default_factory=list)

    def is_expired_on(self, day: dt.date) -> bool:
        return self.status is ConsentStatus.EXPIRED or (
            self.expires_on is not None and day > self.expires_on
        )

    def is_active_on(self, day: dt.date) -> bool:
        if self.signed_on > day:
            return False
        if self.expires_on is not None and day > self.expires_on:
            return False
        if self.status is ConsentStatus.ACTIVE:
            return True
        # A revoked consent still covered the days before it was revoked.
        return (
            self.status is ConsentStatus.REVOKED
            and self.revoked_on is not None
            and day < self.revoked_on
        )


@dataclass
class Client:
    given_name: str
    case_code: str | None = None
    family_name: str | None = None
    preferred_name: str | None = None
    date_of_birth: dt.date | None = None
    gender: str | None = None
    school: str | None = None
    grade: str | None = None
    student_number: str | None = None
    national_id: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    guardians: list[Contact] = field(default_factory=list)
    emergency_contacts: list[Contact] = field(default_factory=list)
    other_people: list[str] = field(default_factory=list)
    referral_source: str | None = None
    presenting_concern: str | None = None
    risk_level: RiskLevel = RiskLevel.NONE
    tags: list[str] = field(default_factory=list)
    status: ClientStatus = ClientStatus.ACTIVE
    opened_on: dt.date | None = None
    closed_on: dt.date | None = None
    # the day she left the school with its last class (a new school year, issue 20)
    graduated_on: dt.date | None = None
    sessions: list[SessionNote] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    id: int | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name.strip(), (self.family_name or "").strip()) if p)

    def display_name(self, *, privacy: bool = False) -> str:
        """The name shown in lists; the case code alone in privacy mode."""
        if privacy:
            return self.case_code or ""
        return self.full_name

    def age_on(self, day: dt.date) -> int | None:
        return age_on(self.date_of_birth, day)

    def is_minor_on(self, day: dt.date) -> bool:
        age = self.age_on(day)
        return age is not None and age < ADULT_AGE

    def has_active_guardian_consent_on(self, day: dt.date) -> bool:
        return any(
            c.kind is ConsentKind.GUARDIAN_CONSENT and c.is_active_on(day) for c in self.consents
        )


def age_on(born: dt.date | None, day: dt.date) -> int | None:
    """Completed years of age on ``day`` (None when the birth date is unknown)."""
    if born is None:
        return None
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


@dataclass
class Caseload:
    """A whole caseload, as one counsel-desk/1 or /2 document holds it."""

    clients: list[Client] = field(default_factory=list)
