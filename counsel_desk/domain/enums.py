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


class SignerRelationship(StrEnum):
    SELF = "self"
    GUARDIAN = "guardian"
    OTHER = "other"


class ConsentStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"
    EXPIRED = "expired"
