"""One display name for every member of every closed vocabulary (issue 13).

Each name is an English text marked once for translation in the ``Vocabulary`` context,
keyed by (enum class, value). The UI translates it with Qt
(``QCoreApplication.translate(VOCABULARY_CONTEXT, name)``, see ``ui/labels.py``); code
without Qt — the PDFs, whose language is chosen on their own, and the command line —
through :class:`counsel_desk.i18n.Catalog` (:func:`display_name`). No Qt here.

Adding an enum value: add its name below; ``tests/unit/test_vocabulary.py`` fails until
every member of every enum listed in :data:`VOCABULARIES` has one, and the translation
completeness test fails until its Indonesian name is in the .ts file.
"""

from __future__ import annotations

from enum import StrEnum

from counsel_desk.domain.appointments import (
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeState,
    IntakeUrgency,
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
from counsel_desk.domain.plans import GoalStatus
from counsel_desk.domain.reminders import ReminderKind
from counsel_desk.domain.retention import RetentionProfile
from counsel_desk.domain.roster import Column, RowStatus
from counsel_desk.domain.templates import TEMPLATES, TemplateId
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog, context_of

VOCABULARY_CONTEXT = "Vocabulary"

_NAMES: dict[tuple[type[StrEnum], str], str] = {
    (RiskLevel, RiskLevel.NONE): QT_TRANSLATE_NOOP("Vocabulary", "None"),
    (RiskLevel, RiskLevel.LOW): QT_TRANSLATE_NOOP("Vocabulary", "Low"),
    (RiskLevel, RiskLevel.MODERATE): QT_TRANSLATE_NOOP("Vocabulary", "Moderate"),
    (RiskLevel, RiskLevel.HIGH): QT_TRANSLATE_NOOP("Vocabulary", "High"),
    (ClientStatus, ClientStatus.ACTIVE): QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    (ClientStatus, ClientStatus.CLOSED): QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    (Modality, Modality.IN_PERSON): QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    (Modality, Modality.VIDEO): QT_TRANSLATE_NOOP("Vocabulary", "Video"),
    (Modality, Modality.PHONE): QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    (Modality, Modality.CHAT): QT_TRANSLATE_NOOP("Vocabulary", "Chat"),
    (SessionKind, SessionKind.INDIVIDUAL): QT_TRANSLATE_NOOP("Vocabulary", "Individual"),
    (SessionKind, SessionKind.GROUP): QT_TRANSLATE_NOOP("Vocabulary", "Group"),
    (SessionKind, SessionKind.FAMILY): QT_TRANSLATE_NOOP("Vocabulary", "Family"),
    (SessionKind, SessionKind.CONSULTATION): QT_TRANSLATE_NOOP("Vocabulary", "Consultation"),
    (ConsentKind, ConsentKind.INFORMED_CONSENT): QT_TRANSLATE_NOOP(
        "Vocabulary", "Informed consent"
    ),
    (ConsentKind, ConsentKind.GUARDIAN_CONSENT): QT_TRANSLATE_NOOP(
        "Vocabulary", "Guardian consent"
    ),
    (ConsentKind, ConsentKind.ONLINE_COUNSELING): QT_TRANSLATE_NOOP(
        "Vocabulary", "Online counseling"
    ),
    (ConsentKind, ConsentKind.RELEASE_OF_INFORMATION): QT_TRANSLATE_NOOP(
        "Vocabulary", "Release of information"
    ),
    (ConsentKind, ConsentKind.SUPERVISION): QT_TRANSLATE_NOOP("Vocabulary", "Supervision"),
    (ConsentKind, ConsentKind.ASSENT): QT_TRANSLATE_NOOP("Vocabulary", "Student's assent"),
    (SignerRelationship, SignerRelationship.SELF): QT_TRANSLATE_NOOP("Vocabulary", "The client"),
    (SignerRelationship, SignerRelationship.GUARDIAN): QT_TRANSLATE_NOOP(
        "Vocabulary", "A parent or guardian"
    ),
    (SignerRelationship, SignerRelationship.OTHER): QT_TRANSLATE_NOOP(
        "Vocabulary", "Another person"
    ),
    (ConsentStatus, ConsentStatus.ACTIVE): QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    (ConsentStatus, ConsentStatus.REVOKED): QT_TRANSLATE_NOOP("Vocabulary", "Revoked"),
    (ConsentStatus, ConsentStatus.EXPIRED): QT_TRANSLATE_NOOP("Vocabulary", "Expired"),
    (NoteClass, NoteClass.PROGRESS): QT_TRANSLATE_NOOP("Vocabulary", "Progress note (record)"),
    (NoteClass, NoteClass.PROCESS): QT_TRANSLATE_NOOP("Vocabulary", "Private process note"),
    (NoteClass, NoteClass.SOLE_POSSESSION): QT_TRANSLATE_NOOP("Vocabulary", "Sole-possession note"),
    (IdentityCheck, IdentityCheck.SEEN_ON_VIDEO): QT_TRANSLATE_NOOP("Vocabulary", "Seen on video"),
    (IdentityCheck, IdentityCheck.CODE_WORD): QT_TRANSLATE_NOOP("Vocabulary", "Agreed code word"),
    (IdentityCheck, IdentityCheck.SCHOOL_ACCOUNT): QT_TRANSLATE_NOOP(
        "Vocabulary", "School account"
    ),
    (IdentityCheck, IdentityCheck.OTHER): QT_TRANSLATE_NOOP("Vocabulary", "Other (see note)"),
    (DutyStep, DutyStep.ENSURED_SAFETY): QT_TRANSLATE_NOOP(
        "Vocabulary", "Made sure the student is safe right now"
    ),
    (DutyStep, DutyStep.CONTACTED_GUARDIAN): QT_TRANSLATE_NOOP(
        "Vocabulary", "Contacted the parent or guardian (unless they are the risk)"
    ),
    (DutyStep, DutyStep.WARNED_PERSON_AT_RISK): QT_TRANSLATE_NOOP(
        "Vocabulary", "Warned the person at risk"
    ),
    (DutyStep, DutyStep.INFORMED_PRINCIPAL): QT_TRANSLATE_NOOP(
        "Vocabulary", "Informed the principal"
    ),
    (DutyStep, DutyStep.REPORTED_TO_AUTHORITY): QT_TRANSLATE_NOOP(
        "Vocabulary", "Reported to child protection (UPTD PPA) or the police"
    ),
    (DutyStep, DutyStep.REFERRED): QT_TRANSLATE_NOOP(
        "Vocabulary", "Referred to a health or mental-health service"
    ),
    (DutyStep, DutyStep.CONSULTED_SUPERVISOR): QT_TRANSLATE_NOOP(
        "Vocabulary", "Consulted a supervisor or colleague"
    ),
    (SignatureMethod, SignatureMethod.TYPED): QT_TRANSLATE_NOOP("Vocabulary", "Typed name"),
    (SignatureMethod, SignatureMethod.DRAWN): QT_TRANSLATE_NOOP("Vocabulary", "Drawn signature"),
    (SignatureMethod, SignatureMethod.SCAN): QT_TRANSLATE_NOOP("Vocabulary", "Scanned paper form"),
    (AttachmentKind, AttachmentKind.SIGNATURE): QT_TRANSLATE_NOOP("Vocabulary", "Signature"),
    (AttachmentKind, AttachmentKind.SCAN): QT_TRANSLATE_NOOP("Vocabulary", "Scanned form"),
    (GoalStatus, GoalStatus.ACTIVE): QT_TRANSLATE_NOOP("Vocabulary", "Being worked on"),
    (GoalStatus, GoalStatus.ACHIEVED): QT_TRANSLATE_NOOP("Vocabulary", "Achieved"),
    (GoalStatus, GoalStatus.DISCONTINUED): QT_TRANSLATE_NOOP("Vocabulary", "Discontinued"),
    (ReminderKind, ReminderKind.NOTE_UNSIGNED): QT_TRANSLATE_NOOP("Vocabulary", "Note not signed"),
    (ReminderKind, ReminderKind.CONSENT_EXPIRING): QT_TRANSLATE_NOOP(
        "Vocabulary", "Consent expiring"
    ),
    (ReminderKind, ReminderKind.RISK_REVIEW): QT_TRANSLATE_NOOP("Vocabulary", "Risk review due"),
    (ReminderKind, ReminderKind.PLAN_REVIEW): QT_TRANSLATE_NOOP("Vocabulary", "Plan review due"),
    (ReminderKind, ReminderKind.FOLLOW_UP): QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
    (ReminderKind, ReminderKind.TURNING_18): QT_TRANSLATE_NOOP("Vocabulary", "Turning 18"),
    (RetentionProfile, RetentionProfile.SCHOOL): QT_TRANSLATE_NOOP("Vocabulary", "School"),
    (RetentionProfile, RetentionProfile.ADULT_CLINICAL): QT_TRANSLATE_NOOP(
        "Vocabulary", "Adult clinical"
    ),
    (RetentionProfile, RetentionProfile.MINOR_CLINICAL): QT_TRANSLATE_NOOP(
        "Vocabulary", "Minor clinical"
    ),
    (RetentionProfile, RetentionProfile.CUSTOM): QT_TRANSLATE_NOOP("Vocabulary", "Custom"),
    (ServiceComponent, ServiceComponent.BASIC): QT_TRANSLATE_NOOP("Vocabulary", "Basic service"),
    (ServiceComponent, ServiceComponent.INDIVIDUAL_PLANNING): QT_TRANSLATE_NOOP(
        "Vocabulary", "Individual planning and specialisation"
    ),
    (ServiceComponent, ServiceComponent.RESPONSIVE): QT_TRANSLATE_NOOP(
        "Vocabulary", "Responsive service"
    ),
    (ServiceComponent, ServiceComponent.SYSTEM_SUPPORT): QT_TRANSLATE_NOOP(
        "Vocabulary", "System support"
    ),
    (ServiceField, ServiceField.PERSONAL): QT_TRANSLATE_NOOP("Vocabulary", "Personal"),
    (ServiceField, ServiceField.SOCIAL): QT_TRANSLATE_NOOP("Vocabulary", "Social"),
    (ServiceField, ServiceField.LEARNING): QT_TRANSLATE_NOOP("Vocabulary", "Learning"),
    (ServiceField, ServiceField.CAREER): QT_TRANSLATE_NOOP("Vocabulary", "Career"),
    (ServiceStrategy, ServiceStrategy.INDIVIDUAL_COUNSELING): QT_TRANSLATE_NOOP(
        "Vocabulary", "Individual counseling"
    ),
    (ServiceStrategy, ServiceStrategy.GROUP_COUNSELING): QT_TRANSLATE_NOOP(
        "Vocabulary", "Group counseling"
    ),
    (ServiceStrategy, ServiceStrategy.GROUP_GUIDANCE): QT_TRANSLATE_NOOP(
        "Vocabulary", "Group guidance"
    ),
    (ServiceStrategy, ServiceStrategy.CLASSROOM_GUIDANCE): QT_TRANSLATE_NOOP(
        "Vocabulary", "Classroom guidance"
    ),
    (ServiceStrategy, ServiceStrategy.CROSS_CLASS_GUIDANCE): QT_TRANSLATE_NOOP(
        "Vocabulary", "Cross-class guidance"
    ),
    (ServiceStrategy, ServiceStrategy.CONSULTATION): QT_TRANSLATE_NOOP(
        "Vocabulary", "Consultation"
    ),
    (ServiceStrategy, ServiceStrategy.COLLABORATION): QT_TRANSLATE_NOOP(
        "Vocabulary", "Collaboration"
    ),
    (ServiceStrategy, ServiceStrategy.HOME_VISIT): QT_TRANSLATE_NOOP("Vocabulary", "Home visit"),
    (ServiceStrategy, ServiceStrategy.CASE_CONFERENCE): QT_TRANSLATE_NOOP(
        "Vocabulary", "Case conference"
    ),
    (ServiceStrategy, ServiceStrategy.REFERRAL): QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    (ServiceStrategy, ServiceStrategy.ADVOCACY): QT_TRANSLATE_NOOP("Vocabulary", "Advocacy"),
    (ServiceStrategy, ServiceStrategy.MEDIATION): QT_TRANSLATE_NOOP("Vocabulary", "Mediation"),
    (UseOfTime, UseOfTime.DIRECT_COUNSELING): QT_TRANSLATE_NOOP("Vocabulary", "Direct: counseling"),
    (UseOfTime, UseOfTime.DIRECT_INSTRUCTION): QT_TRANSLATE_NOOP(
        "Vocabulary", "Direct: instruction"
    ),
    (UseOfTime, UseOfTime.DIRECT_APPRAISAL): QT_TRANSLATE_NOOP(
        "Vocabulary", "Direct: appraisal and advisement"
    ),
    (UseOfTime, UseOfTime.INDIRECT_CONSULTATION): QT_TRANSLATE_NOOP(
        "Vocabulary", "Indirect: consultation and collaboration"
    ),
    (UseOfTime, UseOfTime.INDIRECT_REFERRAL): QT_TRANSLATE_NOOP("Vocabulary", "Indirect: referral"),
    (UseOfTime, UseOfTime.PROGRAM_SUPPORT): QT_TRANSLATE_NOOP(
        "Vocabulary", "Program planning and school support"
    ),
    (UseOfTime, UseOfTime.NON_COUNSELING): QT_TRANSLATE_NOOP("Vocabulary", "Non-counseling duty"),
    (ActivityKind, ActivityKind.CLASSROOM_GUIDANCE): QT_TRANSLATE_NOOP(
        "Vocabulary", "Classroom guidance"
    ),
    (ActivityKind, ActivityKind.GROUP_GUIDANCE): QT_TRANSLATE_NOOP("Vocabulary", "Group guidance"),
    (ActivityKind, ActivityKind.CROSS_CLASS_GUIDANCE): QT_TRANSLATE_NOOP(
        "Vocabulary", "Cross-class guidance"
    ),
    (ActivityKind, ActivityKind.PARENT_MEETING): QT_TRANSLATE_NOOP("Vocabulary", "Parent meeting"),
    (ActivityKind, ActivityKind.STAFF_CONSULTATION): QT_TRANSLATE_NOOP(
        "Vocabulary", "Staff consultation"
    ),
    (ActivityKind, ActivityKind.PROGRAM_EVALUATION): QT_TRANSLATE_NOOP(
        "Vocabulary", "Program evaluation"
    ),
    (ActivityKind, ActivityKind.NON_COUNSELING_DUTY): QT_TRANSLATE_NOOP(
        "Vocabulary", "Non-counseling duty"
    ),
    (DisclosureItem, DisclosureItem.ATTENDANCE): QT_TRANSLATE_NOOP("Vocabulary", "Attendance"),
    (DisclosureItem, DisclosureItem.CONCERNS): QT_TRANSLATE_NOOP("Vocabulary", "Concerns"),
    (DisclosureItem, DisclosureItem.ASSESSMENT_RESULTS): QT_TRANSLATE_NOOP(
        "Vocabulary", "Assessment results"
    ),
    (DisclosureItem, DisclosureItem.SESSION_SUMMARY): QT_TRANSLATE_NOOP(
        "Vocabulary", "Summary of sessions"
    ),
    (DisclosureItem, DisclosureItem.FULL_RECORD): QT_TRANSLATE_NOOP(
        "Vocabulary", "The full record"
    ),
    (SharedDocument, SharedDocument.FULL_RECORD): QT_TRANSLATE_NOOP("Vocabulary", "Full record"),
    (SharedDocument, SharedDocument.CONSENT_FORM): QT_TRANSLATE_NOOP("Vocabulary", "Consent form"),
    (SharedDocument, SharedDocument.REFERRAL_LETTER): QT_TRANSLATE_NOOP(
        "Vocabulary", "Referral letter"
    ),
    (SharedDocument, SharedDocument.SUPERVISION_SUMMARY): QT_TRANSLATE_NOOP(
        "Vocabulary", "Supervision summary"
    ),
    (ReferralAgency, ReferralAgency.PSYCHOLOGIST): QT_TRANSLATE_NOOP("Vocabulary", "Psychologist"),
    (ReferralAgency, ReferralAgency.PUSKESMAS): QT_TRANSLATE_NOOP(
        "Vocabulary", "Puskesmas (community health centre)"
    ),
    (ReferralAgency, ReferralAgency.HOSPITAL): QT_TRANSLATE_NOOP("Vocabulary", "Hospital"),
    (ReferralAgency, ReferralAgency.UPTD_PPA): QT_TRANSLATE_NOOP(
        "Vocabulary", "UPTD PPA (child protection)"
    ),
    (ReferralAgency, ReferralAgency.POLICE): QT_TRANSLATE_NOOP("Vocabulary", "Police"),
    (ReferralAgency, ReferralAgency.OTHER_SCHOOL): QT_TRANSLATE_NOOP(
        "Vocabulary", "Another school"
    ),
    (ReferralAgency, ReferralAgency.OTHER): QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    (ReferralUrgency, ReferralUrgency.ROUTINE): QT_TRANSLATE_NOOP("Vocabulary", "Routine"),
    (ReferralUrgency, ReferralUrgency.SOON): QT_TRANSLATE_NOOP("Vocabulary", "Within the week"),
    (ReferralUrgency, ReferralUrgency.URGENT): QT_TRANSLATE_NOOP("Vocabulary", "Urgent: today"),
    (ReferralOutcome, ReferralOutcome.ACCEPTED): QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    (ReferralOutcome, ReferralOutcome.SEEN): QT_TRANSLATE_NOOP("Vocabulary", "Student seen"),
    (ReferralOutcome, ReferralOutcome.DECLINED): QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    (ReferralOutcome, ReferralOutcome.NO_REPLY): QT_TRANSLATE_NOOP("Vocabulary", "No reply"),
    (ReferralOutcome, ReferralOutcome.CLOSED): QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    (DutyStep, DutyStep.REPORTED_TO_TPPK): QT_TRANSLATE_NOOP(
        "Vocabulary", "Reported to the school's violence prevention team (TPPK)"
    ),
    (AkpdEntry, AkpdEntry.PAPER): QT_TRANSLATE_NOOP("Vocabulary", "From the paper form"),
    (AkpdEntry, AkpdEntry.KIOSK): QT_TRANSLATE_NOOP("Vocabulary", "On this screen (kiosk)"),
    (DutyStep, DutyStep.REPORTED_TO_SATGAS): QT_TRANSLATE_NOOP(
        "Vocabulary", "Reported to the regional task force (Satgas PPKSP)"
    ),
    (AppointmentKind, AppointmentKind.CLIENT): QT_TRANSLATE_NOOP(
        "Vocabulary", "Counseling (client)"
    ),
    (AppointmentKind, AppointmentKind.GROUP): QT_TRANSLATE_NOOP("Vocabulary", "Group"),
    (AppointmentKind, AppointmentKind.CLASS): QT_TRANSLATE_NOOP("Vocabulary", "Class"),
    (AppointmentKind, AppointmentKind.PARENT_MEETING): QT_TRANSLATE_NOOP(
        "Vocabulary", "Parent meeting"
    ),
    (AppointmentKind, AppointmentKind.OTHER): QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    (AppointmentStatus, AppointmentStatus.PLANNED): QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    (AppointmentStatus, AppointmentStatus.HELD): QT_TRANSLATE_NOOP("Vocabulary", "Held"),
    (AppointmentStatus, AppointmentStatus.CANCELLED): QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    (AppointmentStatus, AppointmentStatus.NO_SHOW): QT_TRANSLATE_NOOP("Vocabulary", "No-show"),
    (IntakeChannel, IntakeChannel.SLIP): QT_TRANSLATE_NOOP("Vocabulary", "Paper slip"),
    (IntakeChannel, IntakeChannel.WHATSAPP): QT_TRANSLATE_NOOP("Vocabulary", "WhatsApp message"),
    (IntakeChannel, IntakeChannel.IN_PERSON): QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    (IntakeChannel, IntakeChannel.TEACHER_REFERRAL): QT_TRANSLATE_NOOP(
        "Vocabulary", "Referred by a teacher"
    ),
    (IntakeChannel, IntakeChannel.PARENT): QT_TRANSLATE_NOOP("Vocabulary", "Through a parent"),
    (IntakeChannel, IntakeChannel.OTHER): QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    (IntakeUrgency, IntakeUrgency.ROUTINE): QT_TRANSLATE_NOOP("Vocabulary", "Routine"),
    (IntakeUrgency, IntakeUrgency.SOON): QT_TRANSLATE_NOOP("Vocabulary", "Within the week"),
    (IntakeUrgency, IntakeUrgency.URGENT): QT_TRANSLATE_NOOP("Vocabulary", "Urgent: today"),
    (IntakeState, IntakeState.OPEN): QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    (IntakeState, IntakeState.SCHEDULED): QT_TRANSLATE_NOOP("Vocabulary", "Scheduled"),
    (IntakeState, IntakeState.CASE_OPENED): QT_TRANSLATE_NOOP("Vocabulary", "Case opened"),
    (IntakeState, IntakeState.CLOSED): QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    (Column, Column.IGNORE): QT_TRANSLATE_NOOP("Vocabulary", "(ignore)"),
    (Column, Column.NAME): QT_TRANSLATE_NOOP("Vocabulary", "Name"),
    (Column, Column.NISN): QT_TRANSLATE_NOOP("Vocabulary", "NISN"),
    (Column, Column.NIPD): QT_TRANSLATE_NOOP("Vocabulary", "NIPD (school's student number)"),
    (Column, Column.NIK): QT_TRANSLATE_NOOP("Vocabulary", "NIK"),
    (Column, Column.GENDER): QT_TRANSLATE_NOOP("Vocabulary", "Gender (L/P)"),
    (Column, Column.BIRTH_PLACE): QT_TRANSLATE_NOOP("Vocabulary", "Place of birth"),
    (Column, Column.BIRTH_DATE): QT_TRANSLATE_NOOP("Vocabulary", "Date of birth"),
    (Column, Column.BIRTH_PLACE_DATE): QT_TRANSLATE_NOOP("Vocabulary", "Place and date of birth"),
    (Column, Column.CLASS): QT_TRANSLATE_NOOP("Vocabulary", "Class (rombel)"),
    (Column, Column.FATHER): QT_TRANSLATE_NOOP("Vocabulary", "Father's name"),
    (Column, Column.MOTHER): QT_TRANSLATE_NOOP("Vocabulary", "Mother's name"),
    (Column, Column.GUARDIAN): QT_TRANSLATE_NOOP("Vocabulary", "Guardian's name"),
    (Column, Column.PHONE): QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    (Column, Column.ADDRESS): QT_TRANSLATE_NOOP("Vocabulary", "Address"),
    (RowStatus, RowStatus.NEW): QT_TRANSLATE_NOOP("Vocabulary", "New"),
    (RowStatus, RowStatus.SAME): QT_TRANSLATE_NOOP("Vocabulary", "Already in the vault"),
    (RowStatus, RowStatus.CHANGED): QT_TRANSLATE_NOOP("Vocabulary", "Changed"),
    (RowStatus, RowStatus.REFUSED): QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    (RowStatus, RowStatus.SKIPPED): QT_TRANSLATE_NOOP("Vocabulary", "Skipped"),
}
# Template names are marked where the templates are defined (context "NoteTemplates").
_NAMES |= {(TemplateId, t.value): TEMPLATES[t].name for t in TEMPLATES}

VOCABULARIES: tuple[type[StrEnum], ...] = (
    RiskLevel,
    ClientStatus,
    Modality,
    SessionKind,
    ConsentKind,
    SignerRelationship,
    ConsentStatus,
    NoteClass,
    IdentityCheck,
    DutyStep,
    SignatureMethod,
    AttachmentKind,
    GoalStatus,
    ReminderKind,
    RetentionProfile,
    TemplateId,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    UseOfTime,
    ActivityKind,
    DisclosureItem,
    SharedDocument,
    ReferralAgency,
    ReferralUrgency,
    ReferralOutcome,
    AkpdEntry,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeUrgency,
    IntakeState,
    Column,
    RowStatus,
)
"""Every enum whose members are shown to the user."""


def english_name(member: StrEnum) -> str:
    """The marked English name of ``member`` (``KeyError`` only for an enum not listed in
    :data:`VOCABULARIES`, which the vocabulary test rules out)."""
    cls = type(member)
    return _NAMES[(cls, cls(member).value)]


def display_name(member: StrEnum, language: str) -> str:
    """The name of ``member`` in ``language`` ("en" or "id"), for code without Qt."""
    name = english_name(member)
    return Catalog.load(language).translate(context_of(name) or VOCABULARY_CONTEXT, name)


def missing_names() -> list[str]:
    """``Enum.MEMBER`` for every member of :data:`VOCABULARIES` without a name."""
    return [
        f"{cls.__name__}.{member.name}"
        for cls in VOCABULARIES
        for member in cls
        if (cls, member.value) not in _NAMES
    ]
