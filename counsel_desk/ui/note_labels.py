"""Translated names for the vocabularies of notes and consents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counsel_desk.domain.enums import DutyStep, IdentityCheck, NoteClass, SignatureMethod
from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.services.notes import TimelineEntry

_NOTE_CLASS = {
    NoteClass.PROGRESS: QT_TRANSLATE_NOOP("NoteLabels", "Progress note (record)"),
    NoteClass.PROCESS: QT_TRANSLATE_NOOP("NoteLabels", "Private process note"),
    NoteClass.SOLE_POSSESSION: QT_TRANSLATE_NOOP("NoteLabels", "Sole-possession note"),
}
_NOTE_CLASS_HINT = {
    NoteClass.PROGRESS: QT_TRANSLATE_NOOP(
        "NoteLabels", "Part of the client's record: included in exports, prints and summaries."
    ),
    NoteClass.PROCESS: QT_TRANSLATE_NOOP(
        "NoteLabels",
        "Your own working thoughts: kept apart from the record and left out of every "
        "print and summary unless you include them.",
    ),
    NoteClass.SOLE_POSSESSION: QT_TRANSLATE_NOOP(
        "NoteLabels",
        "A memory aid kept apart from the school record: left out of every print and "
        "summary unless you include it.",
    ),
}
_IDENTITY = {
    IdentityCheck.SEEN_ON_VIDEO: QT_TRANSLATE_NOOP("NoteLabels", "Seen on video"),
    IdentityCheck.CODE_WORD: QT_TRANSLATE_NOOP("NoteLabels", "Agreed code word"),
    IdentityCheck.SCHOOL_ACCOUNT: QT_TRANSLATE_NOOP("NoteLabels", "School account"),
    IdentityCheck.OTHER: QT_TRANSLATE_NOOP("NoteLabels", "Other (see note)"),
}
_DUTY = {
    DutyStep.ENSURED_SAFETY: QT_TRANSLATE_NOOP(
        "NoteLabels", "Made sure the student is safe right now"
    ),
    DutyStep.CONTACTED_GUARDIAN: QT_TRANSLATE_NOOP(
        "NoteLabels", "Contacted the parent or guardian (unless they are the risk)"
    ),
    DutyStep.WARNED_PERSON_AT_RISK: QT_TRANSLATE_NOOP("NoteLabels", "Warned the person at risk"),
    DutyStep.INFORMED_PRINCIPAL: QT_TRANSLATE_NOOP("NoteLabels", "Informed the principal"),
    DutyStep.REPORTED_TO_AUTHORITY: QT_TRANSLATE_NOOP(
        "NoteLabels", "Reported to child protection (UPTD PPA) or the police"
    ),
    DutyStep.REFERRED: QT_TRANSLATE_NOOP(
        "NoteLabels", "Referred to a health or mental-health service"
    ),
    DutyStep.CONSULTED_SUPERVISOR: QT_TRANSLATE_NOOP(
        "NoteLabels", "Consulted a supervisor or colleague"
    ),
}
_METHOD = {
    SignatureMethod.TYPED: QT_TRANSLATE_NOOP("NoteLabels", "Typed name"),
    SignatureMethod.DRAWN: QT_TRANSLATE_NOOP("NoteLabels", "Drawn signature"),
    SignatureMethod.SCAN: QT_TRANSLATE_NOOP("NoteLabels", "Scanned paper form"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("NoteLabels", text)


def note_class_label(value: NoteClass) -> str:
    return _t(_NOTE_CLASS[NoteClass(value)])


def note_class_hint(value: NoteClass) -> str:
    return _t(_NOTE_CLASS_HINT[NoteClass(value)])


def identity_check_label(value: IdentityCheck) -> str:
    return _t(_IDENTITY[IdentityCheck(value)])


def duty_step_label(value: DutyStep) -> str:
    return _t(_DUTY[DutyStep(value)])


def signature_method_label(value: SignatureMethod) -> str:
    return _t(_METHOD[SignatureMethod(value)])


def note_state_labels(entry: TimelineEntry) -> list[str]:
    """Short badges: recovered, draft or signed, late, struck, shared group note."""
    note = entry.note
    badges: list[str] = []
    if entry.is_recovered:
        badges.append(QCoreApplication.translate("NoteLabels", "Recovered, not saved"))
    elif note.is_struck:
        badges.append(QCoreApplication.translate("NoteLabels", "Struck through"))
    elif note.is_signed:
        badges.append(QCoreApplication.translate("NoteLabels", "Signed"))
    else:
        badges.append(QCoreApplication.translate("NoteLabels", "Draft"))
    if entry.late:
        badges.append(QCoreApplication.translate("NoteLabels", "Late entry"))
    if note.addenda:
        badges.append(
            QCoreApplication.translate("NoteLabels", "Addenda: {count}").format(
                count=len(note.addenda)
            )
        )
    if not entry.owned:
        badges.append(QCoreApplication.translate("NoteLabels", "Group note"))
    return badges
