"""Note templates: which fields a note has, in which order, and which signing needs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.i18n import QT_TRANSLATE_NOOP


class TemplateId(StrEnum):
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"
    FREE = "free"
    GIRP = "girp"
    BRIEF = "brief"
    HOME_VISIT = "home_visit"  # kunjungan rumah (issue 17)
    CASE_CONFERENCE = "case_conference"  # konferensi kasus (issue 17)


# The note templates whose follow-up has a day: signing it makes a follow-up reminder.
FOLLOW_UP_TEMPLATES = frozenset({TemplateId.HOME_VISIT, TemplateId.CASE_CONFERENCE})


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    guidance: str
    required_for_signing: bool = True


@dataclass(frozen=True)
class NoteTemplate:
    id: TemplateId
    name: str
    fields: tuple[FieldSpec, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


TEMPLATES: dict[TemplateId, NoteTemplate] = {
    TemplateId.SOAP: NoteTemplate(
        TemplateId.SOAP,
        QT_TRANSLATE_NOOP("NoteTemplates", "SOAP"),
        (
            FieldSpec(
                "subjective",
                QT_TRANSLATE_NOOP("NoteTemplates", "Subjective"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "What the client reports: concerns, feelings, in their words."
                ),
            ),
            FieldSpec(
                "objective",
                QT_TRANSLATE_NOOP("NoteTemplates", "Objective"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "What you observed: behaviour, affect, appearance, scores."
                ),
            ),
            FieldSpec(
                "assessment",
                QT_TRANSLATE_NOOP("NoteTemplates", "Assessment"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "Your professional understanding of the situation and progress.",
                ),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP("NoteTemplates", "Plan"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "Next steps, homework, referrals and the next session."
                ),
            ),
        ),
    ),
    TemplateId.DAP: NoteTemplate(
        TemplateId.DAP,
        QT_TRANSLATE_NOOP("NoteTemplates", "DAP"),
        (
            FieldSpec(
                "data",
                QT_TRANSLATE_NOOP("NoteTemplates", "Data"),
                QT_TRANSLATE_NOOP("NoteTemplates", "What was said and observed in the session."),
            ),
            FieldSpec(
                "assessment",
                QT_TRANSLATE_NOOP("NoteTemplates", "Assessment"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "Your professional understanding of the situation and progress.",
                ),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP("NoteTemplates", "Plan"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "Next steps, homework, referrals and the next session."
                ),
            ),
        ),
    ),
    TemplateId.BIRP: NoteTemplate(
        TemplateId.BIRP,
        QT_TRANSLATE_NOOP("NoteTemplates", "BIRP"),
        (
            FieldSpec(
                "behavior",
                QT_TRANSLATE_NOOP("NoteTemplates", "Behaviour"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "The client's presentation and what they reported."
                ),
            ),
            FieldSpec(
                "intervention",
                QT_TRANSLATE_NOOP("NoteTemplates", "Intervention"),
                QT_TRANSLATE_NOOP("NoteTemplates", "What you did: techniques, activities, topics."),
            ),
            FieldSpec(
                "response",
                QT_TRANSLATE_NOOP("NoteTemplates", "Response"),
                QT_TRANSLATE_NOOP("NoteTemplates", "How the client responded to the intervention."),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP("NoteTemplates", "Plan"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "Next steps, homework, referrals and the next session."
                ),
            ),
        ),
    ),
    TemplateId.FREE: NoteTemplate(
        TemplateId.FREE,
        QT_TRANSLATE_NOOP("NoteTemplates", "Free text"),
        (
            FieldSpec(
                "text",
                QT_TRANSLATE_NOOP("NoteTemplates", "Note"),
                QT_TRANSLATE_NOOP("NoteTemplates", "The session in your own words."),
            ),
        ),
    ),
    TemplateId.GIRP: NoteTemplate(
        TemplateId.GIRP,
        QT_TRANSLATE_NOOP("NoteTemplates", "GIRP"),
        (
            FieldSpec(
                "goal",
                QT_TRANSLATE_NOOP("NoteTemplates", "Goal"),
                QT_TRANSLATE_NOOP("NoteTemplates", "The goal of the plan this session worked on."),
            ),
            FieldSpec(
                "intervention",
                QT_TRANSLATE_NOOP("NoteTemplates", "Intervention"),
                QT_TRANSLATE_NOOP("NoteTemplates", "What you did: techniques, activities, topics."),
            ),
            FieldSpec(
                "response",
                QT_TRANSLATE_NOOP("NoteTemplates", "Response"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "How the client responded, and progress towards the goal."
                ),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP("NoteTemplates", "Plan"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "Next steps, homework, referrals and the next session."
                ),
            ),
        ),
    ),
    TemplateId.BRIEF: NoteTemplate(
        TemplateId.BRIEF,
        QT_TRANSLATE_NOOP("NoteTemplates", "Brief school contact"),
        (
            FieldSpec(
                "reason",
                QT_TRANSLATE_NOOP("NoteTemplates", "Reason for contact"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "Why you met: a drop-in, a teacher's concern, a check-in in the hall.",
                ),
            ),
            FieldSpec(
                "summary",
                QT_TRANSLATE_NOOP("NoteTemplates", "What happened"),
                QT_TRANSLATE_NOOP("NoteTemplates", "A few lines on what was said or done."),
            ),
            FieldSpec(
                "follow_up",
                QT_TRANSLATE_NOOP("NoteTemplates", "Follow-up"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "Anything to do next, or leave empty when nothing is."
                ),
                required_for_signing=False,
            ),
        ),
    ),
    TemplateId.HOME_VISIT: NoteTemplate(
        TemplateId.HOME_VISIT,
        QT_TRANSLATE_NOOP("NoteTemplates", "Home visit"),
        (
            FieldSpec(
                "present",
                QT_TRANSLATE_NOOP("NoteTemplates", "Present"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "Who took part, by role: mother, homeroom teacher (wali kelas), principal, "
                    "school psychologist. Add anyone you must name to the client's contacts, "
                    "so supervision summaries redact them.",
                ),
            ),
            FieldSpec(
                "purpose",
                QT_TRANSLATE_NOOP("NoteTemplates", "Purpose"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates", "Why you visited: attendance, a concern, support at home."
                ),
            ),
            FieldSpec(
                "observations",
                QT_TRANSLATE_NOOP("NoteTemplates", "Observations"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "What you saw and heard: the home, the family's view, the student's.",
                ),
            ),
            FieldSpec(
                "agreements",
                QT_TRANSLATE_NOOP("NoteTemplates", "Agreements"),
                QT_TRANSLATE_NOOP("NoteTemplates", "What the family and the school agreed to do."),
            ),
            FieldSpec(
                "follow_up",
                QT_TRANSLATE_NOOP("NoteTemplates", "Follow-up"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "What you will do next; with a day, signing makes it a reminder.",
                ),
                required_for_signing=False,
            ),
        ),
    ),
    TemplateId.CASE_CONFERENCE: NoteTemplate(
        TemplateId.CASE_CONFERENCE,
        QT_TRANSLATE_NOOP("NoteTemplates", "Case conference"),
        (
            FieldSpec(
                "present",
                QT_TRANSLATE_NOOP("NoteTemplates", "Present"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "Who took part, by role: mother, homeroom teacher (wali kelas), principal, "
                    "school psychologist. Add anyone you must name to the client's contacts, "
                    "so supervision summaries redact them.",
                ),
            ),
            FieldSpec(
                "purpose",
                QT_TRANSLATE_NOOP("NoteTemplates", "Purpose"),
                QT_TRANSLATE_NOOP("NoteTemplates", "The question the conference met on."),
            ),
            FieldSpec(
                "discussion",
                QT_TRANSLATE_NOOP("NoteTemplates", "What was reported"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "What each party reported and observed, by role; facts before opinions.",
                ),
            ),
            FieldSpec(
                "agreements",
                QT_TRANSLATE_NOOP("NoteTemplates", "Agreements"),
                QT_TRANSLATE_NOOP("NoteTemplates", "What was decided, and who does what by when."),
            ),
            FieldSpec(
                "follow_up",
                QT_TRANSLATE_NOOP("NoteTemplates", "Follow-up"),
                QT_TRANSLATE_NOOP(
                    "NoteTemplates",
                    "What you will do next; with a day, signing makes it a reminder.",
                ),
                required_for_signing=False,
            ),
        ),
    ),
}


def template_for(template_id: TemplateId | str) -> NoteTemplate:
    return TEMPLATES[TemplateId(template_id)]
