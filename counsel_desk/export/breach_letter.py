"""The breach notification letter for clients and guardians, in Bahasa Indonesia and
English (templates in ``resources/breach/letter.<lang>.txt``), filled with counts and
dates — never a name — and written as text or PDF where the counselor chose.

No Qt, no vault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Paragraph, Spacer

from counsel_desk.export import pdf_common
from counsel_desk.export.pdf_common import PageDecor, markup
from counsel_desk.paths import resource_path

LANGUAGES = ("id", "en")
_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
}
_BLANKS = {
    "en": {
        "what_happened": "[Describe what happened: for example, the laptop holding the "
        "records was lost or stolen.]",
        "incident": "[date and time]",
        "contact": "[name of the counselor or school, telephone, e-mail]",
        "unknown": "[unknown]",
    },
    "id": {
        "what_happened": "[Uraikan apa yang terjadi: misalnya, laptop yang menyimpan catatan "
        "hilang atau dicuri.]",
        "incident": "[tanggal dan jam]",
        "contact": "[nama guru BK atau sekolah, telepon, e-mail]",
        "unknown": "[tidak diketahui]",
    },
}


@dataclass(frozen=True)
class LetterFacts:
    clients: int
    minors: int
    notes: int
    consents: int
    first_record: dt.date | None
    last_record: dt.date | None
    incident: str
    discovered: dt.date
    what_happened: str
    contact: str
    written_on: dt.date
    done_steps: frozenset[str] = frozenset()
    """Which of :data:`DONE_STEPS` the counselor ticked as done in the breach helper; the
    letter states only these as done."""


DONE_STEPS = ("passphrase_changed", "key_file_replaced", "principal_informed")
_DONE_LINES = {
    "en": {
        "passphrase_changed": "- The passphrase of the vault has been changed and a new "
        "recovery key made.",
        "key_file_replaced": "- The key file of the vault has been replaced.",
        "principal_informed": "- School leadership has been informed.",
    },
    "id": {
        "passphrase_changed": "- Frasa sandi brankas telah diganti dan kunci pemulihan "
        "yang baru telah dibuat.",
        "key_file_replaced": "- Berkas kunci brankas telah diganti.",
        "principal_informed": "- Pimpinan sekolah telah diberi tahu.",
    },
}


def long_date(day: dt.date | None, language: str) -> str:
    """ "17 Agustus 2025" / "17 August 2025"."""
    if day is None:
        return _BLANKS[_lang(language)]["unknown"]
    return f"{day.day} {_MONTHS[_lang(language)][day.month - 1]} {day.year}"


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "en"


def template(language: str) -> str:
    path = resource_path("breach", f"letter.{_lang(language)}.txt")
    return path.read_text(encoding="utf-8")


def fill_letter(facts: LetterFacts, language: str) -> str:
    """The letter with the facts in; placeholders replaced literally (never
    ``str.format``), so braces in the counselor's text stay text."""
    lang = _lang(language)
    blanks = _BLANKS[lang]
    values = {
        "{written_on}": long_date(facts.written_on, lang),
        "{incident}": facts.incident.strip() or blanks["incident"],
        "{discovered}": long_date(facts.discovered, lang),
        "{what_happened}": facts.what_happened.strip() or blanks["what_happened"],
        "{clients}": str(facts.clients),
        "{minors}": str(facts.minors),
        "{notes}": str(facts.notes),
        "{consents}": str(facts.consents),
        "{first_record}": long_date(facts.first_record, lang),
        "{last_record}": long_date(facts.last_record, lang),
        "{contact}": facts.contact.strip() or blanks["contact"],
        "{steps_done}": "".join(
            _DONE_LINES[lang][step] + "\n" for step in DONE_STEPS if step in facts.done_steps
        ),
    }
    text = template(lang)
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def render_letter_pdf(text: str) -> bytes:
    st = pdf_common.styles()
    title, _, body = text.partition("\n")
    story = [Paragraph(markup(title), st.title), Spacer(1, 8)]
    headings = {
        "What happened",
        "Which data may be involved",
        "How the records were protected",
        "What we are doing",
        "What you can do",
        "Contact",
        "Apa yang terjadi",
        "Data yang mungkin terkait",
        "Bagaimana catatan itu dilindungi",
        "Langkah yang kami ambil",
        "Yang dapat Anda lakukan",
        "Kontak",
    }
    for block in body.strip().split("\n\n"):
        lines = block.split("\n")
        if lines[0].strip() in headings:
            story.append(Paragraph(markup(lines[0]), st.h2))
            lines = lines[1:]
        if lines:
            story.append(Paragraph(markup("\n".join(lines)), st.body))
    decor = PageDecor(
        header_left="", header_right="", footer_left="", page_template="{page}/{pages}"
    )
    return pdf_common.render(story, decor, title="Notice")


def write_letter_pdf(text: str, path: Path) -> None:
    pdf_common.write_file(Path(path), render_letter_pdf(text))
