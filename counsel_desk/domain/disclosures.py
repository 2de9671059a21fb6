"""The disclosure log (issue 18, item 6): each PDF with a client's data that left the
vault — when, to whom, what, under which consent, and whether it was password-protected
(never the password itself). Pure data: no Qt, no SQL, no files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.enums import ConsentKind, SharedDocument
from counsel_desk.domain.validation import Issue, validate_single_line
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MAX_RECIPIENT = 200

# The kind of consent each kind of document is shared under; none for a consent form (it
# is the consent itself). The service picks the one that covers a PDF now
# (services/disclosures.py); the import holds a file's rows to it (export/interchange.py).
CONSENT_KIND_OF: dict[SharedDocument, ConsentKind] = {
    SharedDocument.FULL_RECORD: ConsentKind.RELEASE_OF_INFORMATION,
    SharedDocument.REFERRAL_LETTER: ConsentKind.RELEASE_OF_INFORMATION,
    SharedDocument.SUPERVISION_SUMMARY: ConsentKind.SUPERVISION,
}


@dataclass(frozen=True)
class Sharing:
    """How she shares one PDF: to whom (as she typed it, may be blank: "for my own
    files"), and the password the app made for it, or None (not protected)."""

    recipient: str = ""
    password: str | None = None

    def __repr__(self) -> str:  # never a password in a log or a traceback
        return f"Sharing(recipient=…, protected={self.password is not None})"


@dataclass(frozen=True)
class Disclosure:
    """One row of the log. ``consent_id``: the consent it was shared under (a release
    of information, the supervision consent), None when none covered it. ``reference``:
    the letter's number, or the kind of the consent form printed."""

    client_id: int
    shared_at: dt.datetime
    document: SharedDocument
    recipient: str
    protected: bool
    consent_id: int | None = None
    reference: str | None = None
    id: int | None = None


def recipient_issues(recipient: str, path: str = "recipient") -> list[Issue]:
    """What is wrong with a typed recipient: one line, no invisible characters, not
    over 200 characters."""
    issues = validate_single_line(recipient, path)
    if len(recipient) > MAX_RECIPIENT:
        issues.append(
            Issue(
                path,
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Write who receives it in at most {count} characters."
                    ),
                    count=MAX_RECIPIENT,
                ),
            )
        )
    return issues
