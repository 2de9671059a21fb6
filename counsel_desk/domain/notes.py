"""Rules of session notes beyond their shape: record classes, signing hash, late entries,
online-session boundaries, group privacy, risk follow-up and the draft payload.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from counsel_desk.domain.enums import (
    DutyStep,
    IdentityCheck,
    Modality,
    NoteClass,
    RiskLevel,
    SessionKind,
)
from counsel_desk.domain.model import Addendum, RiskAssessment, SessionNote
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

LATE_AFTER = dt.timedelta(hours=24)
CONTENT_HASH_VERSION = "counsel-desk/note-content/1"


def is_record_note(note: SessionNote) -> bool:
    """True for a progress note (part of the school record). Private process notes and
    sole-possession notes are the counselor's own: supervision PDFs and prints leave
    them out unless the counselor explicitly includes them."""
    return NoteClass(note.note_class).is_record


# --- signing ---------------------------------------------------------------------------


def _session_content(note: SessionNote, fields: dict[str, str]) -> dict[str, Any]:
    """The note as JSON-ready values: what is signed, and what an autosave keeps."""
    risk = note.risk
    return {
        "date": note.date.isoformat(),
        "start_time": note.start_time.strftime("%H:%M") if note.start_time else None,
        "duration_minutes": note.duration_minutes,
        "modality": Modality(note.modality).value,
        "kind": SessionKind(note.kind).value,
        "group_members": list(note.group_members),
        "template": TemplateId(note.template).value,
        "fields": fields,
        "risk_notes": note.risk_notes,
        "note_class": NoteClass(note.note_class).value,
        "platform": note.platform,
        "identity_check": note.identity_check.value if note.identity_check else None,
        "risk": None
        if risk is None
        else {
            "self_harm": risk.self_harm,
            "harm_to_others": risk.harm_to_others,
            "abuse_disclosed": risk.abuse_disclosed,
            "level": RiskLevel(risk.level).value if risk.level is not None else None,
            "actions_taken": risk.actions_taken,
        },
    }


def canonical_content(note: SessionNote) -> bytes:
    """The signed content of a note as canonical JSON (sorted keys, no spaces, UTF-8).

    Everything the signature vouches for: when and how the session took place, its
    class, template fields, risk section and group members. Not the signing time,
    addenda, duty actions or a strike, which are added later by design."""
    content = {"v": CONTENT_HASH_VERSION, **_session_content(note, note.field_values())}
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def follow_up_text(note: SessionNote) -> str:
    """What the reminder made from a signed note's follow-up says: the follow-up as she
    wrote it (signing requires it when the follow-up has a day)."""
    return note.fields.get("follow_up", "").strip()[:2000]


def content_hash(note: SessionNote) -> str:
    return hashlib.sha256(canonical_content(note)).hexdigest()


def hash_matches(note: SessionNote) -> bool | None:
    """Whether a signed note still holds what was signed (None: no hash stored)."""
    if note.content_hash is None:
        return None
    return content_hash(note) == note.content_hash


# --- late entries ------------------------------------------------------------------------


def session_end(note: SessionNote) -> dt.datetime:
    """When the session ended: start plus duration, or the end of the day when the
    start time is not recorded."""
    if note.start_time is None:
        return dt.datetime.combine(note.date, dt.time(23, 59, 59))
    start = dt.datetime.combine(note.date, note.start_time)
    return start + dt.timedelta(minutes=note.duration_minutes or 0)


def is_late_entry(note: SessionNote, written_at: dt.datetime | None = None) -> bool:
    """An entry (the signed note, by default) written more than 24 hours after the
    session is a late entry, and the record says so."""
    moment = written_at or note.signed_at
    return moment is not None and moment - session_end(note) > LATE_AFTER


def is_late_addendum(note: SessionNote, addendum: Addendum) -> bool:
    return is_late_entry(note, addendum.written_at)


# --- online sessions ---------------------------------------------------------------------


@dataclass(frozen=True)
class WorkingHours:
    start: dt.time = dt.time(7, 0)
    end: dt.time = dt.time(16, 0)
    weekdays: frozenset[int] = frozenset(range(5))  # Monday = 0


def boundary_flags(
    note: SessionNote, approved_platforms: Iterable[str], hours: WorkingHours
) -> list[UserMessage]:
    """Professional-boundary warnings for a session: an online session on a platform
    not approved in Settings, without an identity check, or outside working hours."""
    flags: list[UserMessage] = []
    if Modality(note.modality).is_online:
        approved = {p.strip().casefold() for p in approved_platforms if p.strip()}
        platform = (note.platform or "").strip()
        if not platform:
            flags.append(
                UserMessage(
                    QT_TRANSLATE_NOOP("Notes", "Online session: the platform is not recorded.")
                )
            )
        elif platform.casefold() not in approved:
            flags.append(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Notes", "“{platform}” is not in the approved platforms of Settings."
                    ),
                    platform=platform,
                )
            )
        if note.identity_check is None:
            flags.append(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Notes",
                        "Online session: how the client's identity was checked is not recorded.",
                    )
                )
            )
    if note.start_time is not None:
        start = note.start_time
        end = (
            dt.datetime.combine(note.date, start) + dt.timedelta(minutes=note.duration_minutes or 0)
        ).time()
        outside_day = note.date.weekday() not in hours.weekdays
        if outside_day or start < hours.start or start > hours.end or end > hours.end:
            flags.append(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Notes",
                        "The session is outside your working hours ({start}–{end}, {days}).",
                    ),
                    start=hours.start.strftime("%H:%M"),
                    end=hours.end.strftime("%H:%M"),
                    days=_weekday_span(hours.weekdays),
                )
            )
    return flags


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _weekday_span(days: frozenset[int]) -> str:
    ordered = sorted(days)
    if ordered and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{_DAYS[ordered[0]]}–{_DAYS[ordered[-1]]}"
    return ", ".join(_DAYS[d] for d in ordered)


# --- groups --------------------------------------------------------------------------------


def group_codes_seen_by(
    owner_code: str, members: Iterable[str], viewer_code: str | None
) -> list[str]:
    """The other members of a group session as one member's record shows them: case
    codes only (the owner's and the other members'), never the viewer itself."""
    codes = [owner_code, *members]
    return [c for c in dict.fromkeys(codes) if c != viewer_code]


# --- risk ----------------------------------------------------------------------------------


def duty_steps_for(risk: RiskAssessment | None) -> list[DutyStep]:
    """The checklist a disclosure opens, in the order the steps are usually taken."""
    if risk is None or not risk.obliges_action:
        return []
    steps: list[DutyStep] = [DutyStep.ENSURED_SAFETY]
    if risk.self_harm or risk.harm_to_others:
        steps.append(DutyStep.CONTACTED_GUARDIAN)
    if risk.harm_to_others:
        steps.append(DutyStep.WARNED_PERSON_AT_RISK)
    steps.append(DutyStep.INFORMED_PRINCIPAL)
    if risk.abuse_disclosed:
        # Violence (Permendikbudristek 46/2023): the school's TPPK, then the Satgas, and
        # child protection or the police.
        steps += [
            DutyStep.REPORTED_TO_TPPK,
            DutyStep.REPORTED_TO_SATGAS,
            DutyStep.REPORTED_TO_AUTHORITY,
        ]
    steps += [DutyStep.REFERRED, DutyStep.CONSULTED_SUPERVISOR]
    return steps


def latest_risk_level(notes: Iterable[SessionNote]) -> RiskLevel | None:
    """The level of the latest assessment (by session date, then time), if any note has one.
    Struck-through notes do not count, nor a note whose level says "Not assessed": a
    ticked self-harm box without a level never lowers a client's risk to "None"."""
    assessed = [
        n for n in notes if n.risk is not None and n.risk.level is not None and not n.is_struck
    ]
    if not assessed:
        return None
    latest = max(assessed, key=lambda n: (n.date, n.start_time or dt.time(0), n.id or 0))
    assert latest.risk is not None and latest.risk.level is not None
    return RiskLevel(latest.risk.level)


# --- draft payload (autosave) --------------------------------------------------------------


def note_to_payload(note: SessionNote) -> str:
    """A draft as JSON text, for the vault's autosave table."""
    data = {"id": note.id, **_session_content(note, dict(note.fields))}
    if note.service is not None:  # not signed content: kept beside it
        data["service"] = note.service.to_json()
    if note.follow_up_on is not None:
        data["follow_up_on"] = note.follow_up_on.isoformat()
    return json.dumps(data, ensure_ascii=False)


def _payload_level(risk: dict[str, object]) -> RiskLevel | None:
    """A draft's risk level: None is "Not assessed"; a draft saved before it existed has
    no key, and had "none"."""
    level = risk.get("level", "none")
    return None if level is None else RiskLevel(str(level))


def note_from_payload(text: str) -> SessionNote:
    data = json.loads(text)
    risk = data.get("risk")
    service = data.get("service")
    template = TemplateId(data.get("template", "free"))
    fields = {
        k: str(v) for k, v in (data.get("fields") or {}).items() if k in template_for(template).keys
    }
    return SessionNote(
        id=data.get("id"),
        date=dt.date.fromisoformat(data["date"]),
        start_time=dt.time.fromisoformat(data["start_time"]) if data.get("start_time") else None,
        duration_minutes=data.get("duration_minutes"),
        modality=Modality(data.get("modality", "in_person")),
        kind=SessionKind(data.get("kind", "individual")),
        group_members=list(data.get("group_members") or []),
        template=template,
        fields=fields,
        risk_notes=data.get("risk_notes", ""),
        note_class=NoteClass(data.get("note_class", "progress")),
        platform=data.get("platform"),
        identity_check=IdentityCheck(data["identity_check"])
        if data.get("identity_check")
        else None,
        risk=None
        if risk is None
        else RiskAssessment(
            self_harm=bool(risk.get("self_harm")),
            harm_to_others=bool(risk.get("harm_to_others")),
            abuse_disclosed=bool(risk.get("abuse_disclosed")),
            level=_payload_level(risk),
            actions_taken=str(risk.get("actions_taken", "")),
        ),
        service=ServiceClass.from_json(service) if service else None,
        follow_up_on=dt.date.fromisoformat(data["follow_up_on"])
        if data.get("follow_up_on")
        else None,
    )


def copy_structure(previous: SessionNote, day: dt.date) -> SessionNote:
    """ "Start from my last note": the previous note's template, class, kind, modality,
    platform, duration and group, with empty fields, for ``day``."""
    return SessionNote(
        date=day,
        start_time=previous.start_time,
        duration_minutes=previous.duration_minutes,
        modality=previous.modality,
        kind=previous.kind,
        group_members=list(previous.group_members),
        template=previous.template,
        fields=dict.fromkeys(template_for(previous.template).keys, ""),
        note_class=previous.note_class,
        platform=previous.platform,
        identity_check=previous.identity_check,
        service=previous.service,
    )
