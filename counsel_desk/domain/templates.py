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

    @property
    def required_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.required_for_signing)


_C = "NoteTemplates"

TEMPLATES: dict[TemplateId, NoteTemplate] = {
    TemplateId.SOAP: NoteTemplate(
        TemplateId.SOAP,
        QT_TRANSLATE_NOOP(_C, "SOAP"),
        (
            FieldSpec(
                "subjective",
                QT_TRANSLATE_NOOP(_C, "Subjective"),
                QT_TRANSLATE_NOOP(
                    _C, "What the client reports: concerns, feelings, in their words."
                ),
            ),
            FieldSpec(
                "objective",
                QT_TRANSLATE_NOOP(_C, "Objective"),
                QT_TRANSLATE_NOOP(_C, "What you observed: behaviour, affect, appearance, scores."),
            ),
            FieldSpec(
                "assessment",
                QT_TRANSLATE_NOOP(_C, "Assessment"),
                QT_TRANSLATE_NOOP(
                    _C, "Your professional understanding of the situation and progress."
                ),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP(_C, "Plan"),
                QT_TRANSLATE_NOOP(_C, "Next steps, homework, referrals and the next session."),
            ),
        ),
    ),
    TemplateId.DAP: NoteTemplate(
        TemplateId.DAP,
        QT_TRANSLATE_NOOP(_C, "DAP"),
        (
            FieldSpec(
                "data",
                QT_TRANSLATE_NOOP(_C, "Data"),
                QT_TRANSLATE_NOOP(_C, "What was said and observed in the session."),
            ),
            FieldSpec(
                "assessment",
                QT_TRANSLATE_NOOP(_C, "Assessment"),
                QT_TRANSLATE_NOOP(
                    _C, "Your professional understanding of the situation and progress."
                ),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP(_C, "Plan"),
                QT_TRANSLATE_NOOP(_C, "Next steps, homework, referrals and the next session."),
            ),
        ),
    ),
    TemplateId.BIRP: NoteTemplate(
        TemplateId.BIRP,
        QT_TRANSLATE_NOOP(_C, "BIRP"),
        (
            FieldSpec(
                "behavior",
                QT_TRANSLATE_NOOP(_C, "Behaviour"),
                QT_TRANSLATE_NOOP(_C, "The client's presentation and what they reported."),
            ),
            FieldSpec(
                "intervention",
                QT_TRANSLATE_NOOP(_C, "Intervention"),
                QT_TRANSLATE_NOOP(_C, "What you did: techniques, activities, topics."),
            ),
            FieldSpec(
                "response",
                QT_TRANSLATE_NOOP(_C, "Response"),
                QT_TRANSLATE_NOOP(_C, "How the client responded to the intervention."),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP(_C, "Plan"),
                QT_TRANSLATE_NOOP(_C, "Next steps, homework, referrals and the next session."),
            ),
        ),
    ),
    TemplateId.FREE: NoteTemplate(
        TemplateId.FREE,
        QT_TRANSLATE_NOOP(_C, "Free text"),
        (
            FieldSpec(
                "text",
                QT_TRANSLATE_NOOP(_C, "Note"),
                QT_TRANSLATE_NOOP(_C, "The session in your own words."),
            ),
        ),
    ),
    TemplateId.GIRP: NoteTemplate(
        TemplateId.GIRP,
        QT_TRANSLATE_NOOP(_C, "GIRP"),
        (
            FieldSpec(
                "goal",
                QT_TRANSLATE_NOOP(_C, "Goal"),
                QT_TRANSLATE_NOOP(_C, "The goal of the plan this session worked on."),
            ),
            FieldSpec(
                "intervention",
                QT_TRANSLATE_NOOP(_C, "Intervention"),
                QT_TRANSLATE_NOOP(_C, "What you did: techniques, activities, topics."),
            ),
            FieldSpec(
                "response",
                QT_TRANSLATE_NOOP(_C, "Response"),
                QT_TRANSLATE_NOOP(_C, "How the client responded, and progress towards the goal."),
            ),
            FieldSpec(
                "plan",
                QT_TRANSLATE_NOOP(_C, "Plan"),
                QT_TRANSLATE_NOOP(_C, "Next steps, homework, referrals and the next session."),
            ),
        ),
    ),
    TemplateId.BRIEF: NoteTemplate(
        TemplateId.BRIEF,
        QT_TRANSLATE_NOOP(_C, "Brief school contact"),
        (
            FieldSpec(
                "reason",
                QT_TRANSLATE_NOOP(_C, "Reason for contact"),
                QT_TRANSLATE_NOOP(
                    _C, "Why you met: a drop-in, a teacher's concern, a check-in in the hall."
                ),
            ),
            FieldSpec(
                "summary",
                QT_TRANSLATE_NOOP(_C, "What happened"),
                QT_TRANSLATE_NOOP(_C, "A few lines on what was said or done."),
            ),
            FieldSpec(
                "follow_up",
                QT_TRANSLATE_NOOP(_C, "Follow-up"),
                QT_TRANSLATE_NOOP(_C, "Anything to do next, or leave empty when nothing is."),
                required_for_signing=False,
            ),
        ),
    ),
}


def template_for(template_id: TemplateId | str) -> NoteTemplate:
    return TEMPLATES[TemplateId(template_id)]
