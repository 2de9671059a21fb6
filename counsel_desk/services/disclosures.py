"""Sharing a PDF and the disclosure log (issue 18, item 6).

Every PDF with a client's data that the app writes for someone — the full record, a
consent form, a referral letter, a supervision summary — goes through :func:`share_pdf`
once its own checks have passed on the plaintext bytes (the supervision summary's
identifier check among them):

1. the recipient she typed is checked (one line, no invisible characters);
2. with a password, the bytes are encrypted in memory and read back
   (``export/pdf_protect.py``): the plaintext never touches the disk;
3. in one transaction: the disclosure row, the audit entry (the document's kind, ids
   and the file's SHA-256 — never a name, a recipient or the password) and the file,
   written privately (``private_files``). A file that cannot be written leaves no row;
   a row that cannot be committed takes its file away again.

A vault that cannot be written (opened read-only, its disk full) still exports, as it
always did (she is never kept from her records): the file is written, the audit entry
waits in memory as any entry of a read-only vault does (``Vault.record``), and the result
says ``logged=False`` so that the caller tells her the disclosure is not in the log.

The vault's lock is held while the file is written (a PDF is small): the log and the
file agree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.disclosures import Disclosure, Sharing, recipient_issues
from counsel_desk.domain.enums import ConsentKind, DisclosureItem, SharedDocument
from counsel_desk.domain.model import Consent
from counsel_desk.domain.validation import ValidationError
from counsel_desk.private_files import FileWriteError, write_private
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.errors import StorageError
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.disclosures import DisclosureRepository
from counsel_desk.vault.vault import Vault

__all__ = ["DisclosureService", "Shared", "covering_consent", "same_party", "share_pdf"]


@dataclass(frozen=True)
class Shared:
    path: Path
    sha256: str
    disclosure_id: int | None  # None: the vault could not be written (read-only, full)
    protected: bool

    @property
    def logged(self) -> bool:
        return self.disclosure_id is not None


def same_party(a: str, b: str) -> bool:
    """Two spellings of one recipient: case and spacing aside (never a blank one)."""
    if not a.strip():
        return False
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def covering_consent(
    document: SharedDocument, consents: list[Consent], day: dt.date, recipient: str = ""
) -> int | None:
    """The consent a document is shared under on ``day``: for a supervision summary the
    newest active supervision consent; for the full record the newest active release of
    information that allows the full record *to ``recipient``* (its released-to party,
    case and spacing aside: a release to the Puskesmas does not cover the police, nor
    her own files). None when none covers it (a referral letter names its own release;
    a consent form is the consent itself)."""
    found: list[Consent] = []
    for consent in consents:
        if consent.id is None or not consent.is_active_on(day):
            continue
        if document is SharedDocument.SUPERVISION_SUMMARY:
            if consent.kind is ConsentKind.SUPERVISION:
                found.append(consent)
        elif document is SharedDocument.FULL_RECORD and (
            consent.kind is ConsentKind.RELEASE_OF_INFORMATION
            and DisclosureItem.FULL_RECORD in consent.disclosures
            and same_party(recipient, consent.released_to or "")
        ):
            found.append(consent)
    if not found:
        return None
    newest = max(found, key=lambda c: (c.signed_on, c.id or 0))
    return newest.id


def share_pdf(
    vault: Vault,
    *,
    client_id: int,
    document: SharedDocument,
    data: bytes,
    path: Path,
    sharing: Sharing,
    consent_id: int | None,
    audit_detail: str,
    now: dt.datetime,
    reference: str | None = None,
) -> Shared:
    """Protect (when asked), log and write ``data``: see the module's text."""
    issues = recipient_issues(sharing.recipient.strip())
    if issues:
        raise ValidationError(issues)
    protected = sharing.password is not None
    if sharing.password is not None:
        from counsel_desk.export.pdf_protect import protect

        data = protect(data, sharing.password)
    digest = hashlib.sha256(data).hexdigest()
    target = Path(path)
    detail = f"{audit_detail} sha256:{digest}" + (" password-protected" if protected else "")
    if vault.read_only:
        return _share_unlogged(vault, client_id, target, data, digest, protected, detail)
    written = False
    try:
        with vault.transaction() as conn:
            code = ClientRepository(conn).case_code_for(client_id)
            disclosure_id = DisclosureRepository(conn).add(
                Disclosure(
                    client_id=client_id,
                    shared_at=now.astimezone(dt.UTC),
                    document=document,
                    recipient=sharing.recipient.strip(),
                    protected=protected,
                    consent_id=consent_id,
                    reference=reference,
                )
            )
            vault.audit.append(
                AuditAction.EXPORT_WRITTEN, code, f"{detail} disclosure {disclosure_id}"
            )
            try:
                write_private(target, data)
            except OSError as exc:
                raise FileWriteError(target, exc) from exc
            written = True
    except StorageError:
        if written:  # the log refused it: the file must not be there without its row
            target.unlink(missing_ok=True)
        # The vault's disk refused the row (full): she still gets her file, unlogged.
        return _share_unlogged(vault, client_id, target, data, digest, protected, detail)
    except BaseException:
        if written:
            target.unlink(missing_ok=True)
        raise
    return Shared(target, digest, disclosure_id, protected)


def _share_unlogged(
    vault: Vault,
    client_id: int,
    target: Path,
    data: bytes,
    digest: str,
    protected: bool,
    detail: str,
) -> Shared:
    """Write the file of a vault that cannot be written; its audit entry waits."""
    with vault.reading() as conn:
        code = ClientRepository(conn).case_code_for(client_id)
    try:
        write_private(target, data)
    except OSError as exc:
        raise FileWriteError(target, exc) from exc
    vault.record(AuditAction.EXPORT_WRITTEN, code, f"{detail} not in the disclosure log")
    return Shared(target, digest, None, protected)


class DisclosureService:
    """The disclosure log as she reads it."""

    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    def of_client(self, client_id: int) -> list[Disclosure]:
        with self._vault.reading() as conn:
            return DisclosureRepository(conn).of_client(client_id)
