"""The complete, unredacted record of one client (issue 5, item 6).

For the counselor's own files, or for a client who asks to see their record. Every page
carries the band "Full record — contains identifying information". The file is not
encrypted: the app says so, and writes it only where the counselor chose. Its metadata
is as neutral as a supervision summary's: the file name and title never carry the name.
No Qt, no vault.
"""

from __future__ import annotations

import datetime as dt
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

from counsel_desk.domain.model import Client, Contact, SessionNote
from counsel_desk.domain.templates import template_for
from counsel_desk.export import pdf_common
from counsel_desk.export.pdf_common import ACCENT, RULE, SHADE, PageDecor, Styles, markup

__all__ = ["TITLE", "render_record_pdf", "write_record_pdf"]

TITLE = "Client record"
BANNER = "Full record — contains identifying information"

_EN = {
    "title": "Client record",
    "banner": BANNER,
    "footer": "Full record — contains identifying information · not for supervision",
    "page": "page {page} of {pages}",
    "printed": "Printed {day}",
    "profile": "Profile",
    "guardians": "Guardians",
    "emergency": "Emergency contacts",
    "others": "Other people named in the record",
    "sessions": "Sessions",
    "consents": "Consents",
    "name": "Name",
    "relationship": "Relationship",
    "phone": "Phone",
    "email": "E-mail",
    "risk_notes": "Risk notes",
    "addendum": "Addendum {when}",
    "signed": "signed {when}",
    "draft": "draft, not signed",
    "none": "—",
    "private_left_out": "{count} private note(s) of the counselor (process or sole-possession "
    "notes) are not part of this record and were left out.",
    "class_process": "Private process note",
    "class_sole_possession": "Sole-possession note",
}
_FIELDS = (
    ("case_code", "Case code"),
    ("full_name", "Name"),
    ("preferred_name", "Preferred name"),
    ("date_of_birth", "Date of birth"),
    ("gender", "Gender"),
    ("school", "School"),
    ("grade", "Grade"),
    ("student_number", "Student number"),
    ("national_id", "National ID"),
    ("phone", "Phone"),
    ("email", "E-mail"),
    ("address", "Address"),
    ("referral_source", "Referral source"),
    ("presenting_concern", "Presenting concern"),
    ("risk_level", "Risk level"),
    ("tags", "Tags"),
    ("status", "Status"),
    ("opened_on", "Opened"),
    ("closed_on", "Closed"),
)


def _text(value: object) -> str:
    if value is None or value == "" or value == []:
        return _EN["none"]
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


def _contacts(contacts: list[Contact], st: Styles, width: float) -> Table:
    rows = [[_EN["name"], _EN["relationship"], _EN["phone"], _EN["email"]]]
    rows += [
        [c.name, _text(c.relationship), _text(c.phone).replace(" ", "\u00a0"), _text(c.email)]
        for c in contacts
    ]
    return _grid(rows, st, [width * 0.28, width * 0.16, width * 0.26, width * 0.30], header=True)


def _session(note: SessionNote, st: Styles, width: float) -> list[Flowable]:
    template = template_for(note.template)
    when = note.date.isoformat()
    if note.start_time:
        when += f" {note.start_time.strftime('%H:%M')}"
    details = [note.kind.value, note.modality.value.replace("_", " ")]
    if note.duration_minutes:
        details.append(f"{note.duration_minutes} min")
    details.append(template.name)
    note_class = str(getattr(note, "note_class", "progress"))
    if note_class != "progress":
        details.insert(0, _EN.get(f"class_{note_class}", note_class).upper())
    if note.group_members:
        details.append("with " + ", ".join(note.group_members))
    details.append(
        _EN["signed"].format(when=_text(note.signed_at)) if note.signed_at else _EN["draft"]
    )
    head: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(markup(when), st.h2),
        Paragraph(markup(" · ".join(details)), st.small),
        Spacer(1, 1.5 * mm),
    ]
    out: list[Flowable] = []
    items: list[tuple[str, str]] = [
        (spec.label, note.fields.get(spec.key, "")) for spec in template.fields
    ]
    if note.risk_notes:
        items.append((_EN["risk_notes"], note.risk_notes))
    items += [(_EN["addendum"].format(when=_text(a.written_at)), a.text) for a in note.addenda]
    for n, (label, text) in enumerate(items):
        block = [Paragraph(markup(label), st.label), Paragraph(markup(text or "—"), st.body)]
        out.append(KeepTogether(head + block if n == 0 else block))
    if not items:
        out.append(KeepTogether(head))
    return out


def _is_record_note(note: SessionNote) -> bool:
    from counsel_desk.domain.notes import is_record_note

    return is_record_note(note)


def _story(client: Client, printed: dt.date, include_private: bool) -> list[Flowable]:
    st = pdf_common.styles()
    width = pdf_common.CONTENT_WIDTH
    profile = [[label, _text(getattr(client, key))] for key, label in _FIELDS]
    story: list[Flowable] = [
        Paragraph(markup(client.full_name), st.title),
        Paragraph(
            markup(f"{client.case_code or ''} · {_EN['printed'].format(day=printed.isoformat())}"),
            st.subtitle,
        ),
        Paragraph(markup(_EN["profile"]), st.h1),
        _grid(profile, st, [width * 0.3, width * 0.7], header=False),
    ]
    if client.guardians:
        story += [
            Paragraph(markup(_EN["guardians"]), st.h1),
            _contacts(client.guardians, st, width),
        ]
    if client.emergency_contacts:
        story += [
            Paragraph(markup(_EN["emergency"]), st.h1),
            _contacts(client.emergency_contacts, st, width),
        ]
    if client.other_people:
        story += [
            Paragraph(markup(_EN["others"]), st.h1),
            Paragraph(markup(", ".join(client.other_people)), st.body),
        ]
    notes = [n for n in client.sessions if include_private or _is_record_note(n)]
    left_out = len(client.sessions) - len(notes)
    if notes or left_out:
        story += [CondPageBreak(40 * mm), Paragraph(markup(_EN["sessions"]), st.h1)]
    if left_out:
        story.append(Paragraph(markup(_EN["private_left_out"].format(count=left_out)), st.small))
    for note in sorted(notes, key=lambda s: (s.date, s.start_time or dt.time(0))):
        story += _session(note, st, width)
    if client.consents:
        rows = [["Kind", "Signed by", "Signed on", "Status", "Revoked on"]]
        rows += [
            [
                c.kind.value.replace("_", " "),
                f"{c.signed_by} ({c.signer_relationship.value})",
                c.signed_on.isoformat(),
                c.status.value,
                _text(c.revoked_on),
            ]
            for c in client.consents
        ]
        story += [
            CondPageBreak(30 * mm),
            Paragraph(markup(_EN["consents"]), st.h1),
            _grid(rows, st, [width * f for f in (0.22, 0.3, 0.16, 0.14, 0.18)], header=True),
        ]
    story.append(Spacer(1, 1))
    return story


def render_record_pdf(
    client: Client, *, printed: dt.date | None = None, include_private: bool = False
) -> bytes:
    """The full record as PDF bytes (deterministic for a given ``printed`` day). Private
    process notes and sole-possession notes are left out (and said to be) unless
    ``include_private``; then each is marked with its class."""
    decor = PageDecor(
        header_left=_EN["title"],
        header_right=client.case_code or "",
        footer_left=_EN["footer"],
        page_template=_EN["page"],
        banner=_EN["banner"],
    )
    story = _story(client, printed or dt.date.today(), include_private)
    return pdf_common.render(story, decor, title=TITLE)


def write_record_pdf(
    client: Client, path: Path, *, printed: dt.date | None = None, include_private: bool = False
) -> None:
    """Write the full record at ``path`` (where the counselor chose)."""
    pdf = render_record_pdf(client, printed=printed, include_private=include_private)
    pdf_common.write_file(Path(path), pdf)
