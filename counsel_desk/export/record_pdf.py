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
from typing import Any

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

from counsel_desk.domain.enums import (
    ConsentKind,
    ConsentStatus,
    Modality,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Client, Contact, SessionNote
from counsel_desk.domain.templates import TemplateId, template_for
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export import pdf_common
from counsel_desk.export.pdf_common import ACCENT, RULE, SHADE, PageDecor, Styles, markup

__all__ = ["TITLE", "render_record_pdf", "write_record_pdf"]

TITLE = "Client record"
BANNER = "Full record — contains identifying information"

_EN = {
    "language": "en",
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
    "consent_header": ("Kind", "Signed by", "Signed on", "Status", "Revoked on"),
}
_ID = {
    "language": "id",
    "title": "Berkas kasus",
    "banner": "Berkas kasus lengkap — memuat informasi yang mengidentifikasi",
    "footer": "Berkas kasus lengkap — memuat informasi yang mengidentifikasi · bukan untuk supervisi",
    "page": "halaman {page} dari {pages}",
    "printed": "Dicetak {day}",
    "profile": "Profil",
    "guardians": "Orang tua/wali",
    "emergency": "Kontak darurat",
    "others": "Orang lain yang disebut dalam berkas kasus",
    "sessions": "Sesi",
    "consents": "Persetujuan",
    "name": "Nama",
    "relationship": "Hubungan",
    "phone": "Telepon",
    "email": "E-mail",
    "risk_notes": "Catatan risiko",
    "addendum": "Adendum {when}",
    "signed": "ditandatangani {when}",
    "draft": "draf, belum ditandatangani",
    "none": "—",
    "private_left_out": "{count} catatan pribadi konselor (catatan proses atau catatan "
    "pengingat pribadi) bukan bagian dari berkas kasus ini dan tidak disertakan.",
    "class_process": "Catatan pribadi konselor",
    "class_sole_possession": "Catatan pengingat pribadi",
    "consent_header": ("Jenis", "Ditandatangani oleh", "Tanggal", "Status", "Dicabut"),
}
_WORDS: dict[str, dict[str, Any]] = {"en": _EN, "id": _ID}
_FIELD_LABELS_ID = {
    "case_code": "Kode kasus",
    "full_name": "Nama",
    "preferred_name": "Nama panggilan",
    "date_of_birth": "Tanggal lahir",
    "gender": "Jenis kelamin",
    "school": "Sekolah",
    "grade": "Kelas",
    "student_number": "Nomor induk siswa",
    "national_id": "NIK",
    "phone": "Telepon",
    "email": "E-mail",
    "address": "Alamat",
    "referral_source": "Sumber rujukan",
    "presenting_concern": "Masalah yang dikemukakan",
    "risk_level": "Tingkat risiko",
    "tags": "Label",
    "status": "Status",
    "opened_on": "Dibuka",
    "closed_on": "Ditutup",
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


def _contacts(contacts: list[Contact], st: Styles, width: float, w: dict[str, Any]) -> Table:
    rows = [[w["name"], w["relationship"], w["phone"], w["email"]]]
    rows += [
        [c.name, _text(c.relationship), _text(c.phone).replace(" ", "\u00a0"), _text(c.email)]
        for c in contacts
    ]
    return _grid(rows, st, [width * 0.28, width * 0.16, width * 0.26, width * 0.30], header=True)


def _session(note: SessionNote, st: Styles, width: float, w: dict[str, Any]) -> list[Flowable]:
    template = template_for(note.template)
    when = note.date.isoformat()
    if note.start_time:
        when += f" {note.start_time.strftime('%H:%M')}"
    language = w["language"]
    details = [
        display_name(SessionKind(note.kind), language),
        display_name(Modality(note.modality), language),
    ]
    if note.duration_minutes:
        details.append(f"{note.duration_minutes} min")
    details.append(display_name(TemplateId(template.id), language))
    note_class = str(getattr(note, "note_class", "progress"))
    if note_class != "progress":
        details.insert(0, w.get(f"class_{note_class}", note_class).upper())
    if note.group_members:
        details.append("with " + ", ".join(note.group_members))
    details.append(w["signed"].format(when=_text(note.signed_at)) if note.signed_at else w["draft"])
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
        items.append((w["risk_notes"], note.risk_notes))
    items += [(w["addendum"].format(when=_text(a.written_at)), a.text) for a in note.addenda]
    for n, (label, text) in enumerate(items):
        block = [Paragraph(markup(label), st.label), Paragraph(markup(text or "—"), st.body)]
        out.append(KeepTogether(head + block if n == 0 else block))
    if not items:
        out.append(KeepTogether(head))
    return out


def _is_record_note(note: SessionNote) -> bool:
    from counsel_desk.domain.notes import is_record_note

    return is_record_note(note)


def _story(
    client: Client, printed: dt.date, include_private: bool, language: str
) -> list[Flowable]:
    w = _WORDS.get(language, _EN)
    st = pdf_common.styles()
    width = pdf_common.CONTENT_WIDTH
    labels = _FIELD_LABELS_ID if language == "id" else dict(_FIELDS)
    profile = [[labels.get(key, label), _text(getattr(client, key))] for key, label in _FIELDS]
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
        story += _session(note, st, width, w)
    if client.consents:
        rows = [list(w["consent_header"])]
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
    story.append(Spacer(1, 1))
    return story


def render_record_pdf(
    client: Client,
    *,
    printed: dt.date | None = None,
    include_private: bool = False,
    language: str = "en",
) -> bytes:
    """The full record as PDF bytes (deterministic for a given ``printed`` day). Private
    process notes and sole-possession notes are left out (and said to be) unless
    ``include_private``; then each is marked with its class."""
    w = _WORDS.get(language, _EN)
    decor = PageDecor(
        header_left=w["title"],
        header_right=client.case_code or "",
        footer_left=w["footer"],
        page_template=w["page"],
        banner=w["banner"],
    )
    story = _story(client, printed or dt.date.today(), include_private, language)
    return pdf_common.render(story, decor, title=w["title"])


def write_record_pdf(
    client: Client,
    path: Path,
    *,
    printed: dt.date | None = None,
    include_private: bool = False,
    language: str = "en",
) -> None:
    """Write the full record at ``path`` (where the counselor chose), in English or
    Bahasa Indonesia."""
    pdf = render_record_pdf(
        client, printed=printed, include_private=include_private, language=language
    )
    pdf_common.write_file(Path(path), pdf)
