"""The numbered referral letter (*surat alih tangan kasus*, issue 17) as PDF.

It names the student (the release of information allows disclosing to the party it
names) and prints, besides the reason, only the items the referral sends — each of which
the release allows (``domain/referrals.check_release`` decides before this is called).
The letterhead is the school's, from the vault's settings. No Qt, no vault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from counsel_desk.domain.enums import DisclosureItem, ReferralUrgency
from counsel_desk.domain.model import Client, Consent
from counsel_desk.domain.referrals import Letterhead, Referral
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export.breach_letter import long_date
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog

_WORDS: Final = {
    "title": QT_TRANSLATE_NOOP("ReferralLetter", "Referral"),
    "number": QT_TRANSLATE_NOOP("ReferralLetter", "Number: {number}"),
    "subject": QT_TRANSLATE_NOOP("ReferralLetter", "Subject: referral of a student"),
    "urgency": QT_TRANSLATE_NOOP("ReferralLetter", "Urgency: {urgency}"),
    "to": QT_TRANSLATE_NOOP("ReferralLetter", "To: {recipient}"),
    "opening": QT_TRANSLATE_NOOP(
        "ReferralLetter",
        "We refer to you the following student of {school}, with the consent recorded below, "
        "and ask for your help.",
    ),
    "student": QT_TRANSLATE_NOOP("ReferralLetter", "Student: {name}"),
    "class": QT_TRANSLATE_NOOP("ReferralLetter", "Class: {grade}"),
    "reason": QT_TRANSLATE_NOOP("ReferralLetter", "Reason for the referral"),
    "full_record": QT_TRANSLATE_NOOP(
        "ReferralLetter", "The student's counseling record is enclosed."
    ),
    "consent": QT_TRANSLATE_NOOP(
        "ReferralLetter",
        "Disclosed under the release of information signed on {signed} by {signer}{purpose}. "
        "Please keep it confidential and use it only for this purpose.",
    ),
    "purpose": QT_TRANSLATE_NOOP("ReferralLetter", " for: {purpose}"),
    "closing": QT_TRANSLATE_NOOP("ReferralLetter", "Thank you for your cooperation."),
    "counselor": QT_TRANSLATE_NOOP("ReferralLetter", "School counselor"),
    "page": QT_TRANSLATE_NOOP("ReferralLetter", "page {page} of {pages}"),
    "confidential": QT_TRANSLATE_NOOP("ReferralLetter", "Confidential"),
}
_URGENCY: Final = {
    ReferralUrgency.ROUTINE: QT_TRANSLATE_NOOP("ReferralLetter", "routine"),
    ReferralUrgency.SOON: QT_TRANSLATE_NOOP("ReferralLetter", "within the week"),
    ReferralUrgency.URGENT: QT_TRANSLATE_NOOP("ReferralLetter", "urgent: today"),
}


@dataclass(frozen=True)
class LetterInput:
    referral: Referral
    client: Client
    consent: Consent
    letterhead: Letterhead
    written_on: dt.date
    language: str = "id"


def render_referral_letter(data: LetterInput) -> bytes:
    """The letter as PDF bytes (deterministic for the same input)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from counsel_desk.export import pdf_common
    from counsel_desk.export.pdf_common import PageDecor, markup

    catalog = Catalog.load(data.language)
    w = {key: catalog.translate("ReferralLetter", text) for key, text in _WORDS.items()}
    st = pdf_common.styles()
    head = data.letterhead
    referral = data.referral
    story = [Paragraph(markup(head.school), st.title)]
    contact = " · ".join(p for p in (head.address, head.phone) if p.strip())
    if contact:
        story.append(Paragraph(markup(contact), st.small))
    story += [
        Spacer(1, 6 * mm),
        Paragraph(markup(w["number"].format(number=referral.letter_number or "—")), st.body),
        Paragraph(markup(w["subject"]), st.body),
        Paragraph(
            markup(
                w["urgency"].format(
                    urgency=catalog.translate(
                        "ReferralLetter", _URGENCY[ReferralUrgency(referral.urgency)]
                    )
                )
            ),
            st.body,
        ),
        Paragraph(markup(long_date(data.written_on, data.language)), st.body),
        Spacer(1, 4 * mm),
        Paragraph(markup(w["to"].format(recipient=referral.recipient)), st.body),
        Spacer(1, 4 * mm),
        Paragraph(markup(w["opening"].format(school=head.school)), st.body),
        Paragraph(markup(w["student"].format(name=data.client.full_name)), st.body),
    ]
    if data.client.grade:
        story.append(Paragraph(markup(w["class"].format(grade=data.client.grade)), st.body))
    story += [
        Spacer(1, 3 * mm),
        Paragraph(markup(w["reason"]), st.h2),
        Paragraph(markup(referral.reason), st.body),
    ]
    for item in referral.sent:
        item = DisclosureItem(item)
        if item is DisclosureItem.FULL_RECORD:
            continue
        story += [
            Paragraph(markup(display_name(item, data.language)), st.h2),
            Paragraph(markup(referral.section(item) or "—"), st.body),
        ]
    if DisclosureItem.FULL_RECORD in referral.sent:
        story.append(Paragraph(markup(w["full_record"]), st.body))
    purpose = w["purpose"].format(purpose=data.consent.purpose) if data.consent.purpose else ""
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            markup(
                w["consent"].format(
                    signed=long_date(data.consent.signed_on, data.language),
                    signer=data.consent.signed_by,
                    purpose=purpose,
                )
            ),
            st.small,
        ),
        Spacer(1, 4 * mm),
        Paragraph(markup(w["closing"]), st.body),
        Spacer(1, 14 * mm),
        Paragraph(markup(head.counselor or " "), st.body),
    ]
    if head.counselor_id:
        story.append(Paragraph(markup(head.counselor_id), st.small))
    story.append(Paragraph(markup(w["counselor"]), st.small))
    decor = PageDecor(
        header_left=w["confidential"],
        header_right=referral.letter_number or "",
        footer_left="",
        page_template=w["page"],
    )
    return pdf_common.render(story, decor, title=w["title"])
