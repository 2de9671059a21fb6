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
    # Violence at school (Permendikbudristek 46/2023): the school's TPPK, the region's Satgas.
    REPORTED_TO_TPPK = "reported_to_tppk"
    REPORTED_TO_SATGAS = "reported_to_satgas"
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


class ServiceComponent(StrEnum):
    """*Komponen layanan* of school guidance and counseling (Permendikbud 111/2014)."""

    BASIC = "basic"  # layanan dasar
    INDIVIDUAL_PLANNING = "individual_planning"  # peminatan dan perencanaan individual
    RESPONSIVE = "responsive"  # layanan responsif
    SYSTEM_SUPPORT = "system_support"  # dukungan sistem


class ServiceField(StrEnum):
    """*Bidang layanan*: what the contact was about (one or more)."""

    PERSONAL = "personal"  # pribadi
    SOCIAL = "social"  # sosial
    LEARNING = "learning"  # belajar
    CAREER = "career"  # karier


class ServiceStrategy(StrEnum):
    """*Strategi / jenis layanan*: how the service was given."""

    INDIVIDUAL_COUNSELING = "individual_counseling"  # konseling individual
    GROUP_COUNSELING = "group_counseling"  # konseling kelompok: a record per member
    GROUP_GUIDANCE = "group_guidance"  # bimbingan kelompok: no client records
    CLASSROOM_GUIDANCE = "classroom_guidance"  # bimbingan klasikal
    CROSS_CLASS_GUIDANCE = "cross_class_guidance"  # bimbingan lintas kelas
    CONSULTATION = "consultation"  # konsultasi
    COLLABORATION = "collaboration"  # kolaborasi
    HOME_VISIT = "home_visit"  # kunjungan rumah
    CASE_CONFERENCE = "case_conference"  # konferensi kasus
    REFERRAL = "referral"  # alih tangan kasus
    ADVOCACY = "advocacy"  # advokasi
    MEDIATION = "mediation"  # mediasi

    @property
    def is_guidance(self) -> bool:
        """Guidance given to a group or a class: an activity, never a client's record."""
        return self in _GUIDANCE


_GUIDANCE = frozenset(
    {
        ServiceStrategy.GROUP_GUIDANCE,
        ServiceStrategy.CLASSROOM_GUIDANCE,
        ServiceStrategy.CROSS_CLASS_GUIDANCE,
    }
)


class UseOfTime(StrEnum):
    """The ASCA use-of-time category an English-medium school reports a contact under."""

    DIRECT_COUNSELING = "direct_counseling"
    DIRECT_INSTRUCTION = "direct_instruction"
    DIRECT_APPRAISAL = "direct_appraisal"  # appraisal and advisement
    INDIRECT_CONSULTATION = "indirect_consultation"  # consultation / collaboration
    INDIRECT_REFERRAL = "indirect_referral"
    PROGRAM_SUPPORT = "program_support"  # program planning and school support
    NON_COUNSELING = "non_counseling"  # a duty that is not counseling

    @property
    def is_direct_or_indirect(self) -> bool:
        """Counted towards ASCA's 80 % of time in direct and indirect services."""
        return self.value.startswith(("direct_", "indirect_"))


class ActivityKind(StrEnum):
    """Work of the BK program that is not about one client (the activity log)."""

    CLASSROOM_GUIDANCE = "classroom_guidance"  # bimbingan klasikal
    GROUP_GUIDANCE = "group_guidance"  # bimbingan kelompok: no client records
    CROSS_CLASS_GUIDANCE = "cross_class_guidance"  # bimbingan lintas kelas
    PARENT_MEETING = "parent_meeting"  # pertemuan dengan orang tua
    STAFF_CONSULTATION = "staff_consultation"  # konsultasi dengan guru / staf
    PROGRAM_EVALUATION = "program_evaluation"  # evaluasi program BK
    NON_COUNSELING_DUTY = "non_counseling_duty"  # tugas di luar BK (piket, pengawas ujian)


class DisclosureItem(StrEnum):
    """What a release of information lets the counselor disclose (issue 17)."""

    ATTENDANCE = "attendance"
    CONCERNS = "concerns"
    ASSESSMENT_RESULTS = "assessment_results"
    SESSION_SUMMARY = "session_summary"
    FULL_RECORD = "full_record"


class SharedDocument(StrEnum):
    """A PDF with a client's data that left the vault (issue 18, item 6)."""

    FULL_RECORD = "full_record"
    CONSENT_FORM = "consent_form"
    REFERRAL_LETTER = "referral_letter"
    SUPERVISION_SUMMARY = "supervision_summary"


class ReferralAgency(StrEnum):
    """Where a case is handed on to (*alih tangan kasus*)."""

    PSYCHOLOGIST = "psychologist"
    PUSKESMAS = "puskesmas"
    HOSPITAL = "hospital"
    UPTD_PPA = "uptd_ppa"
    POLICE = "police"
    OTHER_SCHOOL = "other_school"
    OTHER = "other"


class ReferralUrgency(StrEnum):
    ROUTINE = "routine"
    SOON = "soon"  # within the week
    URGENT = "urgent"  # today


class ReferralOutcome(StrEnum):
    """What came of a referral, once she knows."""

    ACCEPTED = "accepted"  # the agency took the case on
    SEEN = "seen"  # the student was seen
    DECLINED = "declined"  # the family or the agency declined
    NO_REPLY = "no_reply"
    CLOSED = "closed"  # the referral's work is done


class AkpdEntry(StrEnum):
    """How a student's needs-assessment answers came in."""

    PAPER = "paper"  # entered by the counselor from the paper form
    KIOSK = "kiosk"  # typed by the student on the counselor's screen
