"""The breach notification letter for clients and guardians, in Bahasa Indonesia and
English (templates in ``resources/breach/letter.<lang>.txt``), filled with counts and
dates — never a name — and written as text or PDF where the counselor chose.

No Qt, no vault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog
from counsel_desk.paths import resource_path

LANGUAGES = ("id", "en")

# Each English text is marked once (context "BreachLetter"); its Indonesian is in
# resources/translations/counsel_desk_id.ts. The letter's body is a template per
# language (resources/breach/).
_MONTH_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("BreachLetter", "January"),
    QT_TRANSLATE_NOOP("BreachLetter", "February"),
    QT_TRANSLATE_NOOP("BreachLetter", "March"),
    QT_TRANSLATE_NOOP("BreachLetter", "April"),
    QT_TRANSLATE_NOOP("BreachLetter", "May"),
    QT_TRANSLATE_NOOP("BreachLetter", "June"),
    QT_TRANSLATE_NOOP("BreachLetter", "July"),
    QT_TRANSLATE_NOOP("BreachLetter", "August"),
    QT_TRANSLATE_NOOP("BreachLetter", "September"),
    QT_TRANSLATE_NOOP("BreachLetter", "October"),
    QT_TRANSLATE_NOOP("BreachLetter", "November"),
    QT_TRANSLATE_NOOP("BreachLetter", "December"),
)
_BLANK_TEXTS: dict[str, str] = {
    "what_happened": QT_TRANSLATE_NOOP(
        "BreachLetter",
        "[Describe what happened: for example, the laptop holding the records was lost or stolen.]",
    ),
    "incident": QT_TRANSLATE_NOOP("BreachLetter", "[date and time]"),
    "contact": QT_TRANSLATE_NOOP(
        "BreachLetter", "[name of the counselor or school, telephone, e-mail]"
    ),
    "unknown": QT_TRANSLATE_NOOP("BreachLetter", "[unknown]"),
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
_DONE_TEXTS: dict[str, str] = {
    "passphrase_changed": QT_TRANSLATE_NOOP(
        "BreachLetter",
        "- The passphrase of the vault has been changed and a new recovery key made.",
    ),
    "key_file_replaced": QT_TRANSLATE_NOOP(
        "BreachLetter", "- The key file of the vault has been replaced."
    ),
    "principal_informed": QT_TRANSLATE_NOOP(
        "BreachLetter", "- School leadership has been informed."
    ),
}

# The headings of both letter templates (resources/breach/letter.<lang>.txt), set as
# headings in the PDF.
_HEADING_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("BreachLetter", "What happened"),
    QT_TRANSLATE_NOOP("BreachLetter", "Which data may be involved"),
    QT_TRANSLATE_NOOP("BreachLetter", "How the records were protected"),
    QT_TRANSLATE_NOOP("BreachLetter", "What we are doing"),
    QT_TRANSLATE_NOOP("BreachLetter", "What you can do"),
    QT_TRANSLATE_NOOP("BreachLetter", "Contact"),
)
TITLE = QT_TRANSLATE_NOOP("BreachLetter", "Notice")  # the PDF's metadata title


def long_date(day: dt.date | None, language: str) -> str:
    """ "17 Agustus 2025" / "17 August 2025"."""
    catalog = Catalog.load(_lang(language))
    if day is None:
        return catalog.translate("BreachLetter", _BLANK_TEXTS["unknown"])
    month = _MONTH_TEXTS[day.month - 1]
    return f"{day.day} {catalog.translate('BreachLetter', month)} {day.year}"


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "en"


def template(language: str) -> str:
    path = resource_path("breach", f"letter.{_lang(language)}.txt")
    return path.read_text(encoding="utf-8")


def fill_letter(facts: LetterFacts, language: str) -> str:
    """The letter with the facts in; placeholders replaced literally (never
    ``str.format``), so braces in the counselor's text stay text."""
    lang = _lang(language)
    catalog = Catalog.load(lang)
    blanks = catalog.words(_BLANK_TEXTS)
    done = catalog.words(_DONE_TEXTS)
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
            done[step] + "\n" for step in DONE_STEPS if step in facts.done_steps
        ),
    }
    text = template(lang)
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def render_letter_pdf(text: str, language: str = "en") -> bytes:
    """The filled letter as PDF; ``language`` is the letter's (for its metadata title)."""
    from reportlab.platypus import Paragraph, Spacer  # reportlab: when a letter is made

    from counsel_desk.export import pdf_common
    from counsel_desk.export.pdf_common import PageDecor, markup

    st = pdf_common.styles()
    title, _, body = text.partition("\n")
    story = [Paragraph(markup(title), st.title), Spacer(1, 8)]
    headings = {
        Catalog.load(lang).translate("BreachLetter", heading)
        for lang in LANGUAGES
        for heading in _HEADING_TEXTS
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
    metadata_title = Catalog.load(_lang(language)).translate("BreachLetter", TITLE)
    return pdf_common.render(story, decor, title=metadata_title)


def write_letter_pdf(text: str, path: Path, language: str = "en") -> None:
    from counsel_desk.export import pdf_common

    pdf_common.write_file(Path(path), render_letter_pdf(text, language))
