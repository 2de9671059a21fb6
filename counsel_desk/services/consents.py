"""Consent forms: versioned templates in English and Bahasa Indonesia, signing (typed,
drawn, or a scanned paper form), bundles for minors, revocation, expiry, and what the
dashboard should flag.

Signatures and scans are stored as BLOBs inside the vault: nothing here writes a file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_desk.domain.disclosures import Sharing
from counsel_desk.domain.enums import (
    AttachmentKind,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    SharedDocument,
    SignatureMethod,
    SignerRelationship,
)
from counsel_desk.domain.invisible import strip_invisible, strip_invisible_optional
from counsel_desk.domain.model import ADULT_AGE, Client, Consent
from counsel_desk.domain.validation import (
    Issue,
    ValidationError,
    raise_for_errors,
    validate_consent,
)
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.paths import resource_path
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.consents import ConsentRepository
from counsel_desk.vault.repositories.notes import SessionRepository
from counsel_desk.vault.vault import Vault

if TYPE_CHECKING:
    from counsel_desk.services.disclosures import Shared

LANGUAGES = ("en", "id")
EXPIRING_WITHIN_DAYS = 30
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
SCAN_TYPES = {
    "application/pdf": b"%PDF-",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
}
ADULT_VARIANT = "-adult"
# " at {school}" / " di {school}" inside a sentence, dropped when the client has no school.
_SCHOOL_IN_SENTENCE = re.compile(r" (?:at|di) \{school\}")
_TEMPLATE_FILE = re.compile(
    r"^(?P<kind>[a-z_]+)\.v(?P<version>\d+(?:-adult)?)\.(?P<lang>[a-z]{2})\.txt$"
)


class ConsentError(CounselDeskError):
    pass


@dataclass(frozen=True)
class ConsentTemplate:
    kind: ConsentKind
    version: str
    language: str
    title: str
    body: str

    @property
    def number(self) -> int:
        """The version's number: 2 for both "2" and "2-adult"."""
        return int(self.version.removesuffix(ADULT_VARIANT))

    @property
    def for_adults(self) -> bool:
        """The "Anda" wording for a client of 18 or older (the plain version says "kamu")."""
        return self.version.endswith(ADULT_VARIANT)

    def filled(
        self,
        client: Client | None,
        *,
        released_to: str | None,
        today: dt.date | None,
        purpose: str | None = None,
        disclosures: tuple[DisclosureItem, ...] = (),
        expires_on: dt.date | None = None,
    ) -> str:
        """The text the signer reads: title and body, the client's details filled in;
        ``today`` None leaves the date blank (a form printed to be dated by hand).

        Placeholders are replaced literally (never ``str.format``), so braces in a name
        are only text. Without a school, "the school counselor at {school}." reads "the
        school counselor." (``di {school}`` likewise in Indonesian); a field line such as
        "School: {school}" stays, empty, for the signer to fill in."""
        school = (client.school or "").strip() if client else ""
        body = self.body if school else _SCHOOL_IN_SENTENCE.sub("", self.body)
        values = {
            "{client_name}": client.full_name if client else "",
            "{school}": school,
            "{released_to}": released_to or "",
            # On a form printed before anything is chosen: a line to write on, boxes to tick.
            "{purpose}": (purpose or "").strip() or "_" * 40,
            "{disclosures}": "\n".join(
                f"- {display_name(DisclosureItem(item), self.language)}" for item in disclosures
            )
            or "\n".join(f"☐ {display_name(item, self.language)}" for item in DisclosureItem),
            "{expires_on}": expires_on.isoformat() if expires_on else "",
            "{today}": today.isoformat() if today else "",
        }
        text = f"{self.title}\n\n{body}"
        for key, value in values.items():
            text = text.replace(key, value)
        return text


def template_folder() -> Path:
    return resource_path("consents")


def available_templates(folder: Path | None = None) -> list[ConsentTemplate]:
    folder = folder or template_folder()
    found = []
    for path in sorted(folder.glob("*.txt")):
        match = _TEMPLATE_FILE.match(path.name)
        if not match or match.group("lang") not in LANGUAGES:
            continue
        try:
            kind = ConsentKind(match.group("kind"))
        except ValueError:
            continue
        text = path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        found.append(
            ConsentTemplate(kind, match.group("version"), match.group("lang"), title, body.strip())
        )
    return found


def template_for(
    kind: ConsentKind,
    language: str,
    version: str | None = None,
    folder: Path | None = None,
    *,
    adult: bool = False,
) -> ConsentTemplate:
    """The template of ``kind`` in ``language``: ``version``, or the latest one.

    Without a version, a client under 18 (or of unknown age) gets the latest plain
    version ("kamu"); an ``adult`` gets the latest version, its "-adult" variant ("Anda")
    where there is one (a kind or language whose wording does not differ has none)."""
    candidates = [
        t
        for t in available_templates(folder)
        if t.kind is ConsentKind(kind) and t.language == language
    ]
    if version is not None:
        candidates = [t for t in candidates if t.version == version]
    elif not adult:
        candidates = [t for t in candidates if not t.for_adults]
    if not candidates:
        raise ConsentError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Consents", "There is no consent form of this kind in that language."
                )
            )
        )
    return max(candidates, key=lambda t: (t.number, t.for_adults))


def is_adult_on(client: Client | None, day: dt.date) -> bool:
    """Whether a form addressed to the client says "Anda": 18 or older on ``day``. A
    client without a date of birth gets the student form."""
    if client is None:
        return False
    age = client.age_on(day)
    return age is not None and age >= ADULT_AGE


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ConsentDraft:
    """What the consent dialog collects before signing."""

    kind: ConsentKind
    language: str
    signed_by: str
    signed_on: dt.date
    signer_relationship: SignerRelationship = SignerRelationship.SELF
    relationship_detail: str | None = None
    method: SignatureMethod = SignatureMethod.TYPED
    expires_on: dt.date | None = None
    released_to: str | None = None
    purpose: str | None = None  # a release of information: what it is for
    disclosures: tuple[DisclosureItem, ...] = ()  # and what it lets her disclose
    notes: str | None = None
    version: str | None = None
    signature_png: bytes | None = None
    scan: tuple[str, bytes] | None = None  # (media type, bytes)


@dataclass(frozen=True)
class ConsentFlag:
    """Something the dashboard shows about a client's consents."""

    client_id: int
    kind: ConsentKind
    message: UserMessage
    expiring: bool  # False: missing


def _issue(path: str, message: str) -> ValidationError:
    return ValidationError([Issue(path, UserMessage(message))])


def check_scan(media_type: str, data: bytes) -> None:
    """A scan is a PDF, PNG or JPEG of reasonable size, and is what it says it is."""
    magic = SCAN_TYPES.get(media_type)
    if magic is None or not data.startswith(magic):
        raise _issue("scan", QT_TRANSLATE_NOOP("Consents", "Attach a PDF, PNG or JPEG file."))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise _issue("scan", QT_TRANSLATE_NOOP("Consents", "The file is larger than 20 MB."))


def media_type_for(name: str, data: bytes) -> str | None:
    """The media type of a chosen file, by its content (the name only breaks ties)."""
    for media, magic in SCAN_TYPES.items():
        if data.startswith(magic):
            return media
    del name
    return None


class ConsentService:
    def __init__(
        self,
        vault: Vault,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        templates: Path | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock
        self._templates = templates

    # --- templates -----------------------------------------------------------------

    def template(
        self, kind: ConsentKind, language: str, version: str | None = None, *, adult: bool = False
    ) -> ConsentTemplate:
        return template_for(kind, language, version, self._templates, adult=adult)

    def render(
        self,
        kind: ConsentKind,
        client_id: int,
        language: str,
        *,
        released_to: str | None = None,
        today: dt.date | None = None,
        version: str | None = None,
        blank_date: bool = False,
        purpose: str | None = None,
        disclosures: tuple[DisclosureItem, ...] = (),
        expires_on: dt.date | None = None,
    ) -> tuple[ConsentTemplate, str]:
        """The template and the text filled in for ``client_id`` on ``today``: the
        "Anda" form for a client of 18 or older that day, the "kamu" form otherwise.
        ``blank_date`` leaves the date for the signer to write (a printed form)."""
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
        today = today or self._clock().date()
        template = self.template(kind, language, version, adult=is_adult_on(client, today))
        return template, template.filled(
            client,
            released_to=released_to,
            today=None if blank_date else today,
            purpose=purpose,
            disclosures=disclosures,
            expires_on=expires_on,
        )

    # --- reading -------------------------------------------------------------------

    def consents(self, client_id: int) -> list[Consent]:
        with self._vault.reading() as conn:
            return [c for _, c in ConsentRepository(conn).load(client_id)]

    def get(self, consent_id: int) -> tuple[int, Consent]:
        with self._vault.reading() as conn:
            found = ConsentRepository(conn).get(consent_id)
        if found is None:
            raise ConsentError(
                UserMessage(
                    QT_TRANSLATE_NOOP("Consents", "That consent is no longer in the vault.")
                )
            )
        return found

    def attachment(self, attachment_id: int) -> tuple[str, bytes]:
        """(media type, bytes) of a stored signature or scan, read from the vault."""
        with self._vault.reading() as conn:
            found = ConsentRepository(conn).attachment_data(attachment_id)
        if found is None:
            raise ConsentError(
                UserMessage(
                    QT_TRANSLATE_NOOP("Consents", "That attachment is no longer in the vault.")
                )
            )
        return found

    # --- signing -------------------------------------------------------------------

    @staticmethod
    def _cleaned(draft: ConsentDraft) -> ConsentDraft:
        """The draft with the characters that draw nothing (U+200B, U+FEFF ...) taken out
        of its names, before anything is checked or rendered (issue 15, item 14)."""
        return replace(
            draft,
            signed_by=strip_invisible(draft.signed_by),
            relationship_detail=strip_invisible_optional(draft.relationship_detail),
            released_to=strip_invisible_optional(draft.released_to),
            purpose=strip_invisible_optional(draft.purpose),
        )

    def _validate(self, draft: ConsentDraft) -> None:
        if not draft.signed_by.strip():
            raise _issue("signed_by", QT_TRANSLATE_NOOP("Consents", "Type the signer's name."))
        if (
            draft.kind is ConsentKind.RELEASE_OF_INFORMATION
            and not (draft.released_to or "").strip()
        ):
            raise _issue(
                "released_to",
                QT_TRANSLATE_NOOP(
                    "Consents", "Name the person or organisation the information goes to."
                ),
            )
        if draft.kind is ConsentKind.RELEASE_OF_INFORMATION and self._asks_for_purpose(draft):
            if not (draft.purpose or "").strip():
                raise _issue(
                    "purpose",
                    QT_TRANSLATE_NOOP("Consents", "Say what the information is shared for."),
                )
            if not draft.disclosures:
                raise _issue(
                    "disclosures",
                    QT_TRANSLATE_NOOP("Consents", "Tick what may be shared: at least one item."),
                )
            if draft.expires_on is None:
                raise _issue(
                    "expires_on",
                    QT_TRANSLATE_NOOP(
                        "Consents", "A release of information needs the day it ends."
                    ),
                )
        if draft.method is SignatureMethod.DRAWN and not draft.signature_png:
            raise _issue("signature", QT_TRANSLATE_NOOP("Consents", "Draw the signature first."))
        if draft.method is SignatureMethod.SCAN:
            if draft.scan is None:
                raise _issue("scan", QT_TRANSLATE_NOOP("Consents", "Attach the signed paper form."))
            check_scan(*draft.scan)
        if draft.signature_png is not None and not draft.signature_png.startswith(
            SCAN_TYPES["image/png"]
        ):
            raise _issue(
                "signature", QT_TRANSLATE_NOOP("Consents", "The signature is not a PNG image.")
            )

    def _asks_for_purpose(self, draft: ConsentDraft) -> bool:
        """Whether the form it is signed under asks what for and what may be shared (the
        releases of information from version 2 on)."""
        template = self.template(draft.kind, draft.language, draft.version)
        return "{disclosures}" in template.body

    def _insert(self, conn: object, client_id: int, draft: ConsentDraft, bundle: str | None) -> int:
        repo = ConsentRepository(conn)  # type: ignore[arg-type,unused-ignore]
        template, text = self.render(
            draft.kind,
            client_id,
            draft.language,
            released_to=draft.released_to,
            today=draft.signed_on,
            version=draft.version,
            purpose=draft.purpose,
            disclosures=draft.disclosures,
            expires_on=draft.expires_on,
        )
        consent = Consent(
            kind=draft.kind,
            signed_by=draft.signed_by.strip(),
            signed_on=draft.signed_on,
            template_version=template.version,
            signer_relationship=draft.signer_relationship,
            relationship_detail=(draft.relationship_detail or "").strip() or None,
            language=draft.language,
            text=text,
            text_sha256=text_sha256(text),
            method=draft.method,
            expires_on=draft.expires_on,
            bundle=bundle,
            released_to=(draft.released_to or "").strip() or None,
            purpose=(draft.purpose or "").strip() or None,
            disclosures=tuple(dict.fromkeys(draft.disclosures)),
            notes=draft.notes,
        )
        raise_for_errors(validate_consent(consent, "consent"))
        consent_id = repo.insert(client_id, consent)
        now = self._clock().replace(microsecond=0)
        if draft.signature_png:
            repo.add_attachment(
                consent_id, AttachmentKind.SIGNATURE, "image/png", draft.signature_png, now
            )
        if draft.scan is not None:
            repo.add_attachment(consent_id, AttachmentKind.SCAN, draft.scan[0], draft.scan[1], now)
        return consent_id

    def sign(self, client_id: int, draft: ConsentDraft) -> Consent:
        """Record a signed consent with the exact text it was signed under and its hash."""
        draft = self._cleaned(draft)
        self._validate(draft)
        with self._vault.transaction() as conn:
            consent_id = self._insert(conn, client_id, draft, None)
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(
                AuditAction.CONSENT_SIGNED, code, f"{draft.kind.value} {consent_id}"
            )
        return self.get(consent_id)[1]

    def sign_bundle(
        self, client_id: int, guardian: ConsentDraft, assent: ConsentDraft
    ) -> list[Consent]:
        """A minor's consent: the guardian's consent and the student's own assent, signed
        together and linked as one bundle."""
        guardian = self._cleaned(replace(guardian, kind=ConsentKind.GUARDIAN_CONSENT))
        assent = self._cleaned(replace(assent, kind=ConsentKind.ASSENT))
        self._validate(guardian)
        self._validate(assent)
        bundle = secrets.token_hex(8)
        with self._vault.transaction() as conn:
            ids = [
                self._insert(conn, client_id, guardian, bundle),
                self._insert(conn, client_id, assent, bundle),
            ]
            code = ClientRepository(conn).case_code_for(client_id)
            for consent_id, draft in zip(ids, (guardian, assent), strict=True):
                self._vault.audit.append(
                    AuditAction.CONSENT_SIGNED, code, f"{draft.kind.value} {consent_id}"
                )
        return [self.get(i)[1] for i in ids]

    def attach_scan(self, consent_id: int, media_type: str, data: bytes) -> int:
        """Keep a scanned paper form with a consent, encrypted in the vault."""
        check_scan(media_type, data)
        client_id, _ = self.get(consent_id)
        with self._vault.transaction() as conn:
            attachment_id = ConsentRepository(conn).add_attachment(
                consent_id,
                AttachmentKind.SCAN,
                media_type,
                data,
                self._clock().replace(microsecond=0),
            )
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(
                AuditAction.CONSENT_ATTACHMENT_ADDED, code, f"consent {consent_id}"
            )
        return attachment_id

    def revoke(self, consent_id: int, revoked_on: dt.date) -> Consent:
        client_id, consent = self.get(consent_id)
        if consent.status is not ConsentStatus.ACTIVE:
            raise ConsentError(
                UserMessage(QT_TRANSLATE_NOOP("Consents", "Only an active consent can be revoked."))
            )
        if revoked_on < consent.signed_on:
            raise _issue(
                "revoked_on",
                QT_TRANSLATE_NOOP(
                    "Validation", "A consent cannot be revoked before it was signed."
                ),
            )
        with self._vault.transaction() as conn:
            ConsentRepository(conn).revoke(consent_id, revoked_on)
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(AuditAction.CONSENT_REVOKED, code, f"consent {consent_id}")
        return self.get(consent_id)[1]

    def expire_due(self, today: dt.date) -> int:
        """Mark active consents past their expiry date as expired; returns how many."""
        with self._vault.reading() as conn:
            due = [
                (cid, c)
                for cid, c in ConsentRepository(conn).load(None)
                if c.status is ConsentStatus.ACTIVE and c.expires_on and c.expires_on < today
            ]
        if not due:
            return 0
        with self._vault.transaction() as conn:
            repo = ConsentRepository(conn)
            clients = ClientRepository(conn)
            for cid, consent in due:
                assert consent.id is not None
                repo.mark_expired(consent.id)
                self._vault.audit.append(
                    AuditAction.CONSENT_EXPIRED, clients.case_code_for(cid), f"consent {consent.id}"
                )
        return len(due)

    # --- printing ------------------------------------------------------------------

    def record_printed(self, client_id: int, kind: ConsentKind) -> None:
        """Record in the audit trail that a form was printed (what, never where)."""
        with self._vault.reading() as conn:
            code = ClientRepository(conn).case_code_for(client_id)
        self._vault.record(AuditAction.PRINTED, code, f"consent form {kind.value}")

    @staticmethod
    def print_form(path: Path, text: str, signature_lines: list[str]) -> Path:
        """Write the filled-in form as a PDF to ``path``, the place the user chose. Slow:
        run off the GUI thread. The PDF is not encrypted; the caller says so."""
        from counsel_desk.export.consent_pdf import write_consent_pdf

        return write_consent_pdf(path, text, signature_lines=signature_lines)

    def share_form(
        self,
        client_id: int,
        kind: ConsentKind,
        path: Path,
        text: str,
        signature_lines: list[str],
        sharing: Sharing,
    ) -> Shared:
        """Write the filled-in form as a PDF to ``path`` (the place she chose), encrypted
        in memory first when ``sharing`` carries a password, and log it as a disclosure
        (a consent form is the consent itself: no consent covers it). Slow: off the GUI
        thread."""
        from counsel_desk.export.consent_pdf import render_consent_pdf
        from counsel_desk.services.disclosures import share_pdf

        return share_pdf(
            self._vault,
            client_id=client_id,
            document=SharedDocument.CONSENT_FORM,
            data=render_consent_pdf(text, signature_lines=signature_lines),
            path=Path(path),
            sharing=sharing,
            consent_id=None,
            audit_detail=f"consent form {ConsentKind(kind).value}",
            now=self._clock(),
            reference=ConsentKind(kind).value,
        )

    # --- attention -----------------------------------------------------------------

    def flags(self, today: dt.date) -> list[ConsentFlag]:
        """Missing and expiring consents of active clients: no informed consent; online
        sessions without consent to online counseling; consents that expire within 30
        days. (A minor without guardian consent is flagged by the client service.)"""
        with self._vault.reading() as conn:
            clients = ClientRepository(conn).all_profiles()  # consents, not the notes
            online_days = SessionRepository(conn).online_session_dates()
        flags: list[ConsentFlag] = []
        for client in clients:
            if client.id is None or client.status.value != "active":
                continue
            active = [c for c in client.consents if c.is_active_on(today)]
            kinds = {c.kind for c in active}
            if ConsentKind.INFORMED_CONSENT not in kinds and not (
                client.is_minor_on(today) and ConsentKind.GUARDIAN_CONSENT in kinds
            ):
                flags.append(
                    ConsentFlag(
                        client.id,
                        ConsentKind.INFORMED_CONSENT,
                        UserMessage(QT_TRANSLATE_NOOP("Consents", "No informed consent on file")),
                        False,
                    )
                )
            # An online session on a day no consent to online counseling covered (a
            # consent revoked later still covered the sessions before it).
            uncovered = any(
                not any(
                    c.kind is ConsentKind.ONLINE_COUNSELING and c.is_active_on(day)
                    for c in client.consents
                )
                for day in online_days.get(client.id, ())
            )
            if uncovered:
                flags.append(
                    ConsentFlag(
                        client.id,
                        ConsentKind.ONLINE_COUNSELING,
                        UserMessage(
                            QT_TRANSLATE_NOOP(
                                "Consents", "Online sessions without consent to online counseling"
                            )
                        ),
                        False,
                    )
                )
            for consent in active:
                if consent.expires_on is None:
                    continue
                days = (consent.expires_on - today).days
                if 0 <= days <= EXPIRING_WITHIN_DAYS:
                    flags.append(
                        ConsentFlag(
                            client.id,
                            consent.kind,
                            UserMessage(
                                QT_TRANSLATE_NOOP("Consents", "A consent expires on {date}"),
                                date=consent.expires_on,
                            ),
                            True,
                        )
                    )
        return flags
