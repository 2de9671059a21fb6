"""Translated names for the vocabularies of notes and consents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counsel_desk.domain.enums import DutyStep, IdentityCheck, NoteClass, SignatureMethod
from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.services.notes import TimelineEntry
from counsel_desk.ui.labels import name_of

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


def _t(text: str) -> str:
    return QCoreApplication.translate("NoteLabels", text)


def note_class_label(value: NoteClass) -> str:
    return name_of(NoteClass(value))


def note_class_hint(value: NoteClass) -> str:
    return _t(_NOTE_CLASS_HINT[NoteClass(value)])


def identity_check_label(value: IdentityCheck) -> str:
    return name_of(IdentityCheck(value))


def duty_step_label(value: DutyStep) -> str:
    return name_of(DutyStep(value))


def signature_method_label(value: SignatureMethod) -> str:
    return name_of(SignatureMethod(value))


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
