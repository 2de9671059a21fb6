"""The closed vocabularies of a case record (the enum values of counsel-desk/1)."""

from __future__ import annotations

from enum import StrEnum


class RiskLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class Modality(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    CHAT = "chat"

    @property
    def is_online(self) -> bool:
        return self is not Modality.IN_PERSON


class SessionKind(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    FAMILY = "family"
    CONSULTATION = "consultation"


class ConsentKind(StrEnum):
    INFORMED_CONSENT = "informed_consent"
    GUARDIAN_CONSENT = "guardian_consent"
    ONLINE_COUNSELING = "online_counseling"
    RELEASE_OF_INFORMATION = "release_of_information"
    SUPERVISION = "supervision"
    # A minor's own agreement, signed beside the guardian's consent (a consent bundle).
    ASSENT = "assent"


class SignerRelationship(StrEnum):
    SELF = "self"
    GUARDIAN = "guardian"
    OTHER = "other"


class ConsentStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"
    EXPIRED = "expired"


class NoteClass(StrEnum):
    """Which notes belong to the record. Process and sole-possession notes are the
    counselor's own: marked on screen, left out of supervision PDFs and prints."""

    PROGRESS = "progress"
    PROCESS = "process"
    SOLE_POSSESSION = "sole_possession"

    @property
    def is_record(self) -> bool:
        return self is NoteClass.PROGRESS


class IdentityCheck(StrEnum):
    """How the client's identity was checked at the start of an online session."""

    SEEN_ON_VIDEO = "seen_on_video"
    CODE_WORD = "code_word"
    SCHOOL_ACCOUNT = "school_account"
    OTHER = "other"


class DutyStep(StrEnum):
    """The steps of the duty-to-warn / mandatory-report checklist."""

    ENSURED_SAFETY = "ensured_safety"
    CONTACTED_GUARDIAN = "contacted_guardian"
    WARNED_PERSON_AT_RISK = "warned_person_at_risk"
    INFORMED_PRINCIPAL = "informed_principal"
    REPORTED_TO_AUTHORITY = "reported_to_authority"
    REFERRED = "referred"
    CONSULTED_SUPERVISOR = "consulted_supervisor"


class SignatureMethod(StrEnum):
    """How a consent was signed."""

    TYPED = "typed"
    DRAWN = "drawn"
    SCAN = "scan"


class AttachmentKind(StrEnum):
    SIGNATURE = "signature"
    SCAN = "scan"
