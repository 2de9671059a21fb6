"""The complete, unredacted record of one client (issue 5, item 6).

For the counselor's own files, or for a client who asks to see their record. Every page
carries the band "Full record — contains identifying information". The file is not
encrypted: the app says so, and writes it only where the counselor chose. Its metadata
is as neutral as a supervision summary's: the file name and title never carry the name.
No Qt, no vault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counsel_desk.domain.appointments import Appointment, AppointmentKind, AppointmentStatus
from counsel_desk.domain.career_interests import RIASEC_ORDER, CareerInterestResult
from counsel_desk.domain.disclosures import Disclosure
from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    Modality,
    NoteClass,
    ReferralAgency,
    ReferralOutcome,
    ReferralUrgency,
    RiskLevel,
    SessionKind,
    SharedDocument,
    SignerRelationship,
)
from counsel_desk.domain.model import Client, Consent, Contact, SessionNote
from counsel_desk.domain.referrals import Referral
from counsel_desk.domain.screening import (
    RECORDED_NAMES,
    RecordedInstrument,
    RecordedResult,
    ScreeningEntry,
    ScreeningResult,
)
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export import pdf_common
from counsel_desk.export.pdf_common import ACCENT, RULE, SHADE, PageDecor, Styles, markup
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog, context_of

__all__ = ["TITLE", "render_record_pdf", "write_record_pdf"]

TITLE = "Client record"
BANNER = "Full record — contains identifying information"

# Each English text is marked once (context "RecordPdf"); its Indonesian is in
# resources/translations/counsel_desk_id.ts and is looked up when the PDF is made.
_TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("RecordPdf", "Client record"),
    "banner": QT_TRANSLATE_NOOP("RecordPdf", "Full record — contains identifying information"),
    "footer": QT_TRANSLATE_NOOP(
        "RecordPdf", "Full record — contains identifying information · not for supervision"
    ),
    "page": QT_TRANSLATE_NOOP("RecordPdf", "page {page} of {pages}"),
    "printed": QT_TRANSLATE_NOOP("RecordPdf", "Printed {day}"),
    "profile": QT_TRANSLATE_NOOP("RecordPdf", "Profile"),
    "guardians": QT_TRANSLATE_NOOP("RecordPdf", "Guardians"),
    "emergency": QT_TRANSLATE_NOOP("RecordPdf", "Emergency contacts"),
    "others": QT_TRANSLATE_NOOP("RecordPdf", "Other people named in the record"),
    "sessions": QT_TRANSLATE_NOOP("RecordPdf", "Sessions"),
    "consents": QT_TRANSLATE_NOOP("RecordPdf", "Consents"),
    "needs": QT_TRANSLATE_NOOP("RecordPdf", "Needs assessment (AKPD)"),
    "needs_row": QT_TRANSLATE_NOOP(
        "RecordPdf", "{day}, class {class_name}: yes to {count} of {asked} items"
    ),
    "needs_none": QT_TRANSLATE_NOOP("RecordPdf", "no need ticked"),
    "referrals": QT_TRANSLATE_NOOP("RecordPdf", "Referrals"),
    "screenings": QT_TRANSLATE_NOOP("RecordPdf", "Screening and instruments"),
    "screening_head": QT_TRANSLATE_NOOP(
        "RecordPdf", "{day} · {instrument}: {total} of {max}, {band}"
    ),
    "screening_kiosk": QT_TRANSLATE_NOOP("RecordPdf", "Filled in by the student, in the kiosk"),
    "screening_counselor": QT_TRANSLATE_NOOP("RecordPdf", "Filled in with the counselor"),
    "screening_self_harm": QT_TRANSLATE_NOOP("RecordPdf", "Self-harm item answered"),
    "screening_struck": QT_TRANSLATE_NOOP(
        "RecordPdf", "Struck as entered in error on {day}: {reason}"
    ),
    "recorded_head": QT_TRANSLATE_NOOP("RecordPdf", "{day} · {instrument} (result as entered)"),
    "careers": QT_TRANSLATE_NOOP("RecordPdf", "Career interests (RIASEC markers)"),
    "career_head": QT_TRANSLATE_NOOP("RecordPdf", "{day} · Holland code {code}"),
    "career_scores": QT_TRANSLATE_NOOP("RecordPdf", "Scores (8–40): {scores}"),
    "sociometry": QT_TRANSLATE_NOOP("RecordPdf", "Sociometry"),
    "sociometry_row": QT_TRANSLATE_NOOP(
        "RecordPdf", "{day}, class {class_name}: {answered} of {members} students answered"
    ),
    "sociometry_positive": QT_TRANSLATE_NOOP(
        "RecordPdf", "“{question}”: chosen by {count}, {mutual} of them mutual"
    ),
    "sociometry_negative": QT_TRANSLATE_NOOP(
        "RecordPdf", "“{question}”: named as “rather not” by {count}"
    ),
    "sociometry_labels": QT_TRANSLATE_NOOP("RecordPdf", "In all questions: {labels}"),
    "sociometry_star": QT_TRANSLATE_NOOP("RecordPdf", "a star of the class"),
    "sociometry_isolate": QT_TRANSLATE_NOOP("RecordPdf", "isolated"),
    "sociometry_rejected": QT_TRANSLATE_NOOP("RecordPdf", "rejected"),
    "sociometry_clique": QT_TRANSLATE_NOOP("RecordPdf", "in a clique of {size}"),
    "sociometry_none": QT_TRANSLATE_NOOP("RecordPdf", "no particular position"),
    "sociometry_note": QT_TRANSLATE_NOOP(
        "RecordPdf",
        "Counts only: whom the student chose, and which classmates chose or rejected her, "
        "are her classmates' confidential answers and are not printed here.",
    ),
    "appointments": QT_TRANSLATE_NOOP("RecordPdf", "Appointments"),
    "appointment_line": QT_TRANSLATE_NOOP("RecordPdf", "{day} · {start}–{end} · {kind} · {status}"),
    "referral_head": QT_TRANSLATE_NOOP("RecordPdf", "{day} · {agency}: {recipient} · {urgency}"),
    "referral_sent": QT_TRANSLATE_NOOP("RecordPdf", "Sent: {items}"),
    "referral_letter": QT_TRANSLATE_NOOP("RecordPdf", "Letter {number}"),
    "referral_reply": QT_TRANSLATE_NOOP("RecordPdf", "Reply of {day}: {reply}"),
    "referral_outcome": QT_TRANSLATE_NOOP("RecordPdf", "Outcome: {outcome}"),
    "nothing_sent": QT_TRANSLATE_NOOP("RecordPdf", "nothing but the reason"),
    "disclosures": QT_TRANSLATE_NOOP("RecordPdf", "Disclosures"),
    "disclosure_line": QT_TRANSLATE_NOOP("RecordPdf", "{when} · {document} · to {recipient}"),
    "disclosure_consent": QT_TRANSLATE_NOOP("RecordPdf", "under the {kind} of {day}"),
    "disclosure_no_consent": QT_TRANSLATE_NOOP("RecordPdf", "under no consent in the record"),
    "disclosure_protected": QT_TRANSLATE_NOOP("RecordPdf", "password-protected"),
    "disclosure_not_protected": QT_TRANSLATE_NOOP("RecordPdf", "not password-protected"),
    "disclosure_nobody": QT_TRANSLATE_NOOP("RecordPdf", "no one named"),
    "name": QT_TRANSLATE_NOOP("RecordPdf", "Name"),
    "relationship": QT_TRANSLATE_NOOP("RecordPdf", "Relationship"),
    "phone": QT_TRANSLATE_NOOP("RecordPdf", "Phone"),
    "email": QT_TRANSLATE_NOOP("RecordPdf", "E-mail"),
    "risk_notes": QT_TRANSLATE_NOOP("RecordPdf", "Risk notes"),
    "risk_assessment": QT_TRANSLATE_NOOP("RecordPdf", "Risk assessment"),
    "risk_level_line": QT_TRANSLATE_NOOP("RecordPdf", "Level: {level}"),
    "risk_not_assessed": QT_TRANSLATE_NOOP("RecordPdf", "not assessed"),
    "risk_self_harm": QT_TRANSLATE_NOOP("RecordPdf", "thoughts of self-harm"),
    "risk_others": QT_TRANSLATE_NOOP("RecordPdf", "risk of harm to others"),
    "risk_abuse": QT_TRANSLATE_NOOP("RecordPdf", "abuse disclosed"),
    "duty_steps": QT_TRANSLATE_NOOP("RecordPdf", "Duty steps taken"),
    "addendum": QT_TRANSLATE_NOOP("RecordPdf", "Addendum {when}"),
    "signed": QT_TRANSLATE_NOOP("RecordPdf", "signed {when}"),
    "draft": QT_TRANSLATE_NOOP("RecordPdf", "draft, not signed"),
    "private_left_out": QT_TRANSLATE_NOOP(
        "RecordPdf",
        "{count} private note(s) of the counselor (process or sole-possession notes) are not part "
        "of this record and were left out.",
    ),
    "col_kind": QT_TRANSLATE_NOOP("RecordPdf", "Kind"),
    "col_signed_by": QT_TRANSLATE_NOOP("RecordPdf", "Signed by"),
    "col_signed_on": QT_TRANSLATE_NOOP("RecordPdf", "Signed on"),
    "col_status": QT_TRANSLATE_NOOP("RecordPdf", "Status"),
    "col_revoked_on": QT_TRANSLATE_NOOP("RecordPdf", "Revoked on"),
    "minutes": QT_TRANSLATE_NOOP("RecordPdf", "{n} min"),
    "group_with": QT_TRANSLATE_NOOP("RecordPdf", "with {names}"),
    "service": QT_TRANSLATE_NOOP("RecordPdf", "Service: {service}"),
    "follow_up_on": QT_TRANSLATE_NOOP("RecordPdf", "follow-up due {date}"),
}

_FIELD_TEXTS: dict[str, str] = {
    "case_code": QT_TRANSLATE_NOOP("RecordPdf", "Case code"),
    "full_name": QT_TRANSLATE_NOOP("RecordPdf", "Name"),
    "preferred_name": QT_TRANSLATE_NOOP("RecordPdf", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("RecordPdf", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("RecordPdf", "Gender"),
    "school": QT_TRANSLATE_NOOP("RecordPdf", "School"),
    "grade": QT_TRANSLATE_NOOP("RecordPdf", "Grade"),
    "student_number": QT_TRANSLATE_NOOP("RecordPdf", "Student number"),
    "national_id": QT_TRANSLATE_NOOP("RecordPdf", "National ID"),
    "phone": QT_TRANSLATE_NOOP("RecordPdf", "Phone"),
    "email": QT_TRANSLATE_NOOP("RecordPdf", "E-mail"),
    "address": QT_TRANSLATE_NOOP("RecordPdf", "Address"),
    "referral_source": QT_TRANSLATE_NOOP("RecordPdf", "Referral source"),
    "presenting_concern": QT_TRANSLATE_NOOP("RecordPdf", "Presenting concern"),
    "risk_level": QT_TRANSLATE_NOOP("RecordPdf", "Risk level"),
    "tags": QT_TRANSLATE_NOOP("RecordPdf", "Tags"),
    "status": QT_TRANSLATE_NOOP("RecordPdf", "Status"),
    "opened_on": QT_TRANSLATE_NOOP("RecordPdf", "Opened"),
    "closed_on": QT_TRANSLATE_NOOP("RecordPdf", "Closed"),
    "graduated_on": QT_TRANSLATE_NOOP("RecordPdf", "Graduated"),
}


def _words(language: str) -> dict[str, str]:
    return Catalog.load(language).words(_TEXTS)


def _text(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _grid(rows: list[list[str]], st: Styles, widths: list[float], header: bool) -> Table:
    data = [
        [
            Paragraph(markup(cell), st.cell_label if (c == 0 and not header) else st.cell)
            for c, cell in enumerate(row)
        ]
        for row in rows
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        data[0] = [Paragraph(markup(cell), st.label) for cell in rows[0]]
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT)]
    else:
        style += [("BACKGROUND", (0, 0), (0, -1), SHADE)]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _contacts(contacts: list[Contact], st: Styles, width: float, w: dict[str, str]) -> Table:
    rows = [[w["name"], w["relationship"], w["phone"], w["email"]]]
    rows += [
        [c.name, _text(c.relationship), _text(c.phone).replace(" ", "\u00a0"), _text(c.email)]
        for c in contacts
    ]
    return _grid(rows, st, [width * 0.28, width * 0.16, width * 0.26, width * 0.30], header=True)


def _session(
    note: SessionNote, st: Styles, width: float, w: dict[str, str], language: str
) -> list[Flowable]:
    template = template_for(note.template)
    when = note.date.isoformat()
    if note.start_time:
        when += f" {note.start_time.strftime('%H:%M')}"
    details = [
        display_name(SessionKind(note.kind), language),
        display_name(Modality(note.modality), language),
    ]
    if note.duration_minutes:
        details.append(w["minutes"].format(n=note.duration_minutes))
    details.append(display_name(TemplateId(template.id), language))
    note_class = str(getattr(note, "note_class", "progress"))
    if note_class != "progress":
        name = (
            display_name(NoteClass(note_class), language)
            if note_class in NoteClass._value2member_map_
            else note_class
        )
        details.insert(0, name.upper())
    if note.group_members:
        details.append(w["group_with"].format(names=", ".join(note.group_members)))
    details.append(w["signed"].format(when=_text(note.signed_at)) if note.signed_at else w["draft"])
    follow_up_on = getattr(note, "follow_up_on", None)
    if follow_up_on is not None:
        details.append(w["follow_up_on"].format(date=follow_up_on.isoformat()))
    head: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(markup(when), st.h2),
        Paragraph(markup(" · ".join(details)), st.small),
    ]
    service = getattr(note, "service", None)
    if service is not None:
        named = [
            display_name(service.component, language),
            display_name(service.strategy, language),
            ", ".join(display_name(a, language) for a in service.fields),
            "ASCA " + display_name(service.asca, language),
        ]
        head.append(Paragraph(markup(w["service"].format(service=" · ".join(named))), st.small))
    head.append(Spacer(1, 1.5 * mm))
    out: list[Flowable] = []
    catalog = Catalog.load(language)
    items: list[tuple[str, str]] = [
        (
            catalog.translate(context_of(spec.label) or "NoteTemplates", spec.label),
            note.fields.get(spec.key, ""),
        )
        for spec in template.fields
    ]
    if note.risk_notes:
        items.append((w["risk_notes"], note.risk_notes))
    items += _risk_items(note, w, language)
    items += [(w["addendum"].format(when=_text(a.written_at)), a.text) for a in note.addenda]
    for n, (label, text) in enumerate(items):
        block = [Paragraph(markup(label), st.label), Paragraph(markup(text or "—"), st.body)]
        out.append(KeepTogether(head + block if n == 0 else block))
    if not items:
        out.append(KeepTogether(head))
    return out


def _risk_items(note: SessionNote, w: dict[str, str], language: str) -> list[tuple[str, str]]:
    """The note's risk section (its level, what was disclosed, the actions taken) and the
    duty steps recorded with their times: part of the record, as on screen."""
    items: list[tuple[str, str]] = []
    risk = note.risk
    if risk is not None:
        level = (
            display_name(RiskLevel(risk.level), language)
            if risk.level is not None
            else w["risk_not_assessed"]
        )
        flags = [
            w[key]
            for key, on in (
                ("risk_self_harm", risk.self_harm),
                ("risk_others", risk.harm_to_others),
                ("risk_abuse", risk.abuse_disclosed),
            )
            if on
        ]
        lines = [" · ".join([w["risk_level_line"].format(level=level), *flags])]
        if risk.actions_taken.strip():
            lines.append(risk.actions_taken)
        items.append((w["risk_assessment"], "\n".join(lines)))
    if note.duty_actions:
        steps = [
            f"{_text(a.done_at)} · {display_name(a.step, language)}"
            + (f" — {a.note}" if a.note.strip() else "")
            for a in sorted(note.duty_actions, key=lambda a: a.done_at)
        ]
        items.append((w["duty_steps"], "\n".join(steps)))
    return items


def _is_record_note(note: SessionNote) -> bool:
    from counsel_desk.domain.notes import is_record_note

    return is_record_note(note)


def _story(
    client: Client,
    printed: dt.date,
    include_private: bool,
    language: str,
    referrals: Sequence[Referral] = (),
    needs: Sequence[StudentNeeds] = (),
    appointments: Sequence[Appointment] = (),
    screenings: Sequence[ScreeningResult | RecordedResult] = (),
    sociometry: Sequence[StudentSociometry] = (),
    career_interests: Sequence[CareerInterestResult] = (),
    disclosures: Sequence[Disclosure] = (),
) -> list[Flowable]:
    w = _words(language)
    st = pdf_common.styles()
    width = pdf_common.CONTENT_WIDTH
    labels = Catalog.load(language).words(_FIELD_TEXTS)
    shown: dict[str, str] = {
        "risk_level": display_name(RiskLevel(client.risk_level), language),
        "status": display_name(ClientStatus(client.status), language),
    }
    profile = [
        [label, shown.get(key) or _text(getattr(client, key))] for key, label in labels.items()
    ]
    story: list[Flowable] = [
        Paragraph(markup(client.full_name), st.title),
        Paragraph(
            markup(f"{client.case_code or ''} · {w['printed'].format(day=printed.isoformat())}"),
            st.subtitle,
        ),
        Paragraph(markup(w["profile"]), st.h1),
        _grid(profile, st, [width * 0.3, width * 0.7], header=False),
    ]
    if client.guardians:
        story += [
            Paragraph(markup(w["guardians"]), st.h1),
            _contacts(client.guardians, st, width, w),
        ]
    if client.emergency_contacts:
        story += [
            Paragraph(markup(w["emergency"]), st.h1),
            _contacts(client.emergency_contacts, st, width, w),
        ]
    if client.other_people:
        story += [
            Paragraph(markup(w["others"]), st.h1),
            Paragraph(markup(", ".join(client.other_people)), st.body),
        ]
    notes = [n for n in client.sessions if include_private or _is_record_note(n)]
    left_out = len(client.sessions) - len(notes)
    if notes or left_out:
        story += [CondPageBreak(40 * mm), Paragraph(markup(w["sessions"]), st.h1)]
    if left_out:
        story.append(Paragraph(markup(w["private_left_out"].format(count=left_out)), st.small))
    for note in sorted(notes, key=lambda s: (s.date, s.start_time or dt.time(0))):
        story += _session(note, st, width, w, language)
    if client.consents:
        rows = [[w[f"col_{c}"] for c in ("kind", "signed_by", "signed_on", "status", "revoked_on")]]
        rows += [
            [
                display_name(ConsentKind(c.kind), language),
                f"{c.signed_by} ({display_name(SignerRelationship(c.signer_relationship), language)})",
                c.signed_on.isoformat(),
                display_name(ConsentStatus(c.status), language),
                _text(c.revoked_on),
            ]
            for c in client.consents
        ]
        story += [
            CondPageBreak(30 * mm),
            Paragraph(markup(w["consents"]), st.h1),
            _grid(rows, st, [width * f for f in (0.22, 0.3, 0.16, 0.14, 0.18)], header=True),
        ]
    if needs:
        story += [CondPageBreak(30 * mm), Paragraph(markup(w["needs"]), st.h1)]
        for answers in needs:
            head = w["needs_row"].format(
                day=answers.taken_on.isoformat(),
                class_name=answers.class_name,
                count=len(answers.needs),
                asked=answers.asked,
            )
            story.append(Paragraph(markup(head), st.h2))
            listed = "<br/>".join(f"– {markup(t)}" for t in answers.needs)
            story.append(Paragraph(listed or markup(w["needs_none"]), st.body))
    if screenings:
        story += [CondPageBreak(30 * mm), Paragraph(markup(w["screenings"]), st.h1)]
        for result in sorted(screenings, key=lambda r: (r.taken_on, r.id or 0)):
            story += _screening(result, st, w, language)
    if career_interests:
        story += [CondPageBreak(30 * mm), Paragraph(markup(w["careers"]), st.h1)]
        for inventory in sorted(career_interests, key=lambda r: (r.taken_on, r.id or 0)):
            story += _career_interest(inventory, st, w)
    if sociometry:
        story += [CondPageBreak(30 * mm), Paragraph(markup(w["sociometry"]), st.h1)]
        for taken in sociometry:
            story.append(
                Paragraph(
                    markup(
                        w["sociometry_row"].format(
                            day=taken.held_on.isoformat(),
                            class_name=taken.class_name,
                            answered=taken.answered,
                            members=taken.members,
                        )
                    ),
                    st.h2,
                )
            )
            lines = [
                w["sociometry_positive"].format(question=q, count=count, mutual=mutual)
                if positive
                else w["sociometry_negative"].format(question=q, count=count)
                for q, positive, count, mutual in taken.questions
            ]
            flags = [
                w[f"sociometry_{k}"] for k in ("star", "isolate", "rejected") if k in taken.labels
            ]
            flags += [w["sociometry_clique"].format(size=n) for n in taken.cliques]
            lines.append(
                w["sociometry_labels"].format(labels=", ".join(flags) or w["sociometry_none"])
            )
            story.append(Paragraph("<br/>".join(markup(line) for line in lines), st.body))
        story.append(Paragraph(markup(w["sociometry_note"]), st.small))
    if referrals:
        story += [CondPageBreak(30 * mm), Paragraph(markup(w["referrals"]), st.h1)]
        for referral in sorted(referrals, key=lambda r: (r.made_on, r.id or 0)):
            story += _referral(referral, st, w, language)
    if appointments:
        story += [CondPageBreak(30 * mm), Paragraph(markup(w["appointments"]), st.h1)]
        lines = [
            w["appointment_line"].format(
                day=a.day.isoformat(),
                start=f"{a.start:%H:%M}",
                end=f"{a.end:%H:%M}",
                kind=display_name(AppointmentKind(a.kind), language),
                status=display_name(AppointmentStatus(a.status), language),
            )
            for a in sorted(appointments, key=lambda a: (a.day, a.start, a.id or 0))
        ]
        story.append(Paragraph("<br/>".join(markup(line) for line in lines), st.body))
    if disclosures:
        story += [CondPageBreak(30 * mm), Paragraph(markup(w["disclosures"]), st.h1)]
        consents = {c.id: c for c in client.consents if c.id is not None}
        lines = [_disclosure_line(d, consents, w, language) for d in disclosures]
        story.append(Paragraph("<br/>".join(markup(line) for line in lines), st.body))
    story.append(Spacer(1, 1))
    return story


def _disclosure_line(
    d: Disclosure, consents: dict[int, Consent], w: dict[str, str], language: str
) -> str:
    """One PDF that left the vault: when, what, to whom, under which consent."""
    shown = d.shared_at.astimezone() if d.shared_at.tzinfo else d.shared_at
    what = display_name(SharedDocument(d.document), language)
    if d.reference and d.document is SharedDocument.REFERRAL_LETTER:
        what = f"{what} {d.reference}"
    consent = consents.get(d.consent_id) if d.consent_id is not None else None
    under = (
        w["disclosure_consent"].format(
            kind=display_name(ConsentKind(consent.kind), language),
            day=consent.signed_on.isoformat(),
        )
        if consent is not None
        else w["disclosure_no_consent"]
    )
    protected = w["disclosure_protected"] if d.protected else w["disclosure_not_protected"]
    head = w["disclosure_line"].format(
        when=f"{shown:%Y-%m-%d %H:%M}",
        document=what,
        recipient=d.recipient or w["disclosure_nobody"],
    )
    return f"{head} · {under} · {protected}"


@dataclass(frozen=True)
class StudentSociometry:
    """One sociometry round the student was a member of, as counts about her only:
    ``questions`` (text, positive, choices received, mutual choices among them),
    ``labels`` of all questions together (``star``, ``isolate``, ``rejected``) and the
    sizes of the cliques she is in. No classmate is named."""

    held_on: dt.date
    class_name: str
    members: int
    answered: int
    questions: tuple[tuple[str, bool, int, int], ...]
    labels: frozenset[str] = frozenset()
    cliques: tuple[int, ...] = ()


@dataclass(frozen=True)
class StudentNeeds:
    """One needs assessment the student answered: the items she said yes to."""

    taken_on: dt.date
    class_name: str
    asked: int
    needs: tuple[str, ...]


def _screening(
    result: ScreeningResult | RecordedResult, st: Styles, w: dict[str, str], language: str
) -> list[Flowable]:
    """A questionnaire with its score and every answer, or a recorded result as entered;
    a struck one marked with its reason (it stays in the record)."""
    catalog = Catalog.load(language)
    lines: list[str] = []
    if isinstance(result, ScreeningResult):
        scored = result.score
        head = w["screening_head"].format(
            day=result.taken_on.isoformat(),
            instrument=result.definition.name,
            total=scored.total,
            max=result.definition.max_score,
            band=catalog.translate("Screening", scored.band.name),
        )
        who = w[
            "screening_kiosk" if result.entry is ScreeningEntry.KIOSK else "screening_counselor"
        ]
        lines.append(who)
        if scored.self_harm:
            lines.append(w["screening_self_harm"])
        for question in result.definition.questions:
            if question.key in result.answers:
                lines.append(f"{question.key}. {question.options[result.answers[question.key]]}")
        body = ""
    else:
        name = (
            result.other_name
            if result.instrument is RecordedInstrument.OTHER
            else catalog.translate("Screening", RECORDED_NAMES[result.instrument])
        )
        head = w["recorded_head"].format(day=result.taken_on.isoformat(), instrument=name)
        lines += [f"{area}: {count}" for area, count in result.areas]
        body = result.summary
    if result.struck_at is not None:
        lines.insert(
            0,
            w["screening_struck"].format(
                day=result.struck_at.date().isoformat(), reason=result.strike_reason or ""
            ),
        )
    flow: list[Flowable] = [Spacer(1, 2 * mm), Paragraph(markup(head), st.label)]
    if body:
        flow.append(Paragraph(markup(body), st.body))
    flow.append(Paragraph(markup("\n".join(lines)), st.small))
    return [KeepTogether(flow)]


def _career_interest(result: CareerInterestResult, st: Styles, w: dict[str, str]) -> list[Flowable]:
    """An inventory: its day, code, six scores and who filled it in; a struck one marked
    with its reason (it stays in the record)."""
    scored = result.profile
    head = w["career_head"].format(day=result.taken_on.isoformat(), code=str(scored.code))
    scores = " · ".join(f"{t.value} {scored.scores[t]}" for t in RIASEC_ORDER)
    lines = [
        w["screening_kiosk" if result.entry is ScreeningEntry.KIOSK else "screening_counselor"],
        w["career_scores"].format(scores=scores),
    ]
    if result.struck_at is not None:
        lines.insert(
            0,
            w["screening_struck"].format(
                day=result.struck_at.date().isoformat(), reason=result.strike_reason or ""
            ),
        )
    flow: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(markup(head), st.label),
        Paragraph(markup("\n".join(lines)), st.small),
    ]
    return [KeepTogether(flow)]


def _referral(referral: Referral, st: Styles, w: dict[str, str], language: str) -> list[Flowable]:
    """One referral as the record keeps it: when, to whom, why, what went, what came back."""
    head = w["referral_head"].format(
        day=referral.made_on.isoformat(),
        agency=display_name(ReferralAgency(referral.agency), language),
        recipient=referral.recipient,
        urgency=display_name(ReferralUrgency(referral.urgency), language),
    )
    items = ", ".join(display_name(DisclosureItem(i), language) for i in referral.sent)
    lines = [w["referral_sent"].format(items=items or w["nothing_sent"])]
    if referral.letter_number:
        lines.append(w["referral_letter"].format(number=referral.letter_number))
    if referral.reply_on is not None or referral.reply:
        lines.append(
            w["referral_reply"].format(day=_text(referral.reply_on), reply=referral.reply or "—")
        )
    if referral.outcome is not None:
        lines.append(
            w["referral_outcome"].format(
                outcome=display_name(ReferralOutcome(referral.outcome), language)
            )
        )
    return [
        KeepTogether(
            [
                Spacer(1, 2 * mm),
                Paragraph(markup(head), st.label),
                Paragraph(markup(referral.reason), st.body),
                Paragraph(markup("\n".join(lines)), st.small),
            ]
        )
    ]


def render_record_pdf(
    client: Client,
    *,
    printed: dt.date | None = None,
    include_private: bool = False,
    language: str = "en",
    needs: Sequence[StudentNeeds] = (),
    referrals: Sequence[Referral] = (),
    appointments: Sequence[Appointment] = (),
    screenings: Sequence[ScreeningResult | RecordedResult] = (),
    sociometry: Sequence[StudentSociometry] = (),
    career_interests: Sequence[CareerInterestResult] = (),
    disclosures: Sequence[Disclosure] = (),
) -> bytes:
    """The full record as PDF bytes (deterministic for a given ``printed`` day). Private
    process notes and sole-possession notes are left out (and said to be) unless
    ``include_private``; then each is marked with its class. ``referrals``: the
    client's, printed after the consents."""
    w = _words(language)
    decor = PageDecor(
        header_left=w["title"],
        header_right=client.case_code or "",
        footer_left=w["footer"],
        page_template=w["page"],
        banner=w["banner"],
    )
    story = _story(
        client,
        printed or dt.date.today(),
        include_private,
        language,
        referrals,
        needs,
        appointments,
        screenings,
        sociometry,
        career_interests,
        disclosures,
    )
    return pdf_common.render(story, decor, title=w["title"])


def write_record_pdf(
    client: Client,
    path: Path,
    *,
    printed: dt.date | None = None,
    include_private: bool = False,
    language: str = "en",
    needs: Sequence[StudentNeeds] = (),
    referrals: Sequence[Referral] = (),
    appointments: Sequence[Appointment] = (),
    screenings: Sequence[ScreeningResult | RecordedResult] = (),
    sociometry: Sequence[StudentSociometry] = (),
    career_interests: Sequence[CareerInterestResult] = (),
) -> None:
    """Write the full record at ``path`` (where the counselor chose), in English or
    Bahasa Indonesia."""
    pdf = render_record_pdf(
        client,
        printed=printed,
        include_private=include_private,
        language=language,
        referrals=referrals,
        needs=needs,
        appointments=appointments,
        screenings=screenings,
        sociometry=sociometry,
        career_interests=career_interests,
    )
    pdf_common.write_file(Path(path), pdf)
