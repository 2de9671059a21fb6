"""Consents, with their signed text and attachments (drawn signatures, scanned forms)
kept as BLOBs inside the encrypted database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counsel_desk.domain.enums import (
    AttachmentKind,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    SignatureMethod,
    SignerRelationship,
)
from counsel_desk.domain.model import AttachmentInfo, Consent
from counsel_desk.vault.connection import Connection


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


_COLUMNS = (
    "client_id, id, kind, template_version, signed_by, signer_relationship, signed_on, "
    "status, revoked_on, notes, expires_on, relationship_detail, language, text, "
    "text_sha256, method, bundle, released_to, purpose, disclosures"
)


def disclosures_text(items: tuple[DisclosureItem, ...]) -> str | None:
    """The items a release allows, comma-separated in her order (None: not said)."""
    return ",".join(DisclosureItem(i).value for i in items) or None


def disclosures_from(text: str | None) -> tuple[DisclosureItem, ...]:
    return tuple(DisclosureItem(i) for i in (text or "").split(",") if i)


class ConsentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def load(self, client_id: int | None) -> list[tuple[int, Consent]]:
        """(client id, consent) pairs, for one client or for all, in order."""
        where = "" if client_id is None else " WHERE client_id = ?"
        args: tuple[Any, ...] = () if client_id is None else (client_id,)
        found: dict[int, tuple[int, Consent]] = {}
        for r in self._conn.execute(
            f"SELECT {_COLUMNS} FROM consents{where} ORDER BY client_id, id", args
        ):
            found[r[1]] = (
                r[0],
                Consent(
                    id=r[1],
                    kind=ConsentKind(r[2]),
                    template_version=r[3],
                    signed_by=r[4],
                    signer_relationship=SignerRelationship(r[5]),
                    signed_on=dt.date.fromisoformat(r[6]),
                    status=ConsentStatus(r[7]),
                    revoked_on=_date(r[8]),
                    notes=r[9],
                    expires_on=_date(r[10]),
                    relationship_detail=r[11],
                    language=r[12],
                    text=r[13],
                    text_sha256=r[14],
                    method=SignatureMethod(r[15]) if r[15] is not None else None,
                    bundle=r[16],
                    released_to=r[17],
                    purpose=r[18],
                    disclosures=disclosures_from(r[19]),
                ),
            )
        if found:
            join = "" if client_id is None else " JOIN consents c ON c.id = a.consent_id"
            cond = "" if client_id is None else " WHERE c.client_id = ?"
            for cid, aid, kind, media, size, added in self._conn.execute(
                "SELECT a.consent_id, a.id, a.kind, a.media_type, length(a.data), a.added_at "
                f"FROM consent_attachments a{join}{cond} ORDER BY a.consent_id, a.id",
                args,
            ):
                if cid in found:
                    found[cid][1].attachments.append(
                        AttachmentInfo(
                            AttachmentKind(kind),
                            media,
                            int(size),
                            dt.datetime.fromisoformat(added),
                            aid,
                        )
                    )
        return list(found.values())

    def get(self, consent_id: int) -> tuple[int, Consent] | None:
        row = self._conn.execute(
            "SELECT client_id FROM consents WHERE id = ?", (consent_id,)
        ).fetchone()
        if row is None:
            return None
        for client_id, consent in self.load(int(row[0])):
            if consent.id == consent_id:
                return client_id, consent
        return None

    def insert(self, client_id: int, consent: Consent) -> int:
        cursor = self._conn.execute(
            "INSERT INTO consents (uid, stamp, client_id, kind, template_version, signed_by, "
            "signer_relationship, signed_on, status, revoked_on, notes, expires_on, "
            "relationship_detail, language, text, text_sha256, method, bundle, released_to, "
            "purpose, disclosures) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                consent.kind.value,
                consent.template_version,
                consent.signed_by,
                consent.signer_relationship.value,
                consent.signed_on.isoformat(),
                consent.status.value,
                _iso(consent.revoked_on),
                consent.notes,
                _iso(consent.expires_on),
                consent.relationship_detail,
                consent.language,
                consent.text,
                consent.text_sha256,
                consent.method.value if consent.method else None,
                consent.bundle,
                consent.released_to,
                consent.purpose,
                disclosures_text(consent.disclosures),
            ),
        )
        return int(cursor.lastrowid or 0)

    def revoke(self, consent_id: int, revoked_on: dt.date) -> None:
        self._conn.execute(
            "UPDATE consents SET status = 'revoked', revoked_on = ? WHERE id = ?",
            (revoked_on.isoformat(), consent_id),
        )

    def mark_expired(self, consent_id: int) -> None:
        self._conn.execute(
            "UPDATE consents SET status = 'expired' WHERE id = ? AND status = 'active'",
            (consent_id,),
        )

    def add_attachment(
        self,
        consent_id: int,
        kind: AttachmentKind,
        media_type: str,
        data: bytes,
        added_at: dt.datetime,
    ) -> int:
        cursor = self._conn.execute(
            "INSERT INTO consent_attachments (uid, stamp, consent_id, kind, media_type, data, added_at) "
            "VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?)",
            (
                consent_id,
                kind.value,
                media_type,
                bytes(data),
                added_at.replace(microsecond=0).isoformat(),
            ),
        )
        return int(cursor.lastrowid or 0)

    def attachment_data(self, attachment_id: int) -> tuple[str, bytes] | None:
        row = self._conn.execute(
            "SELECT media_type, data FROM consent_attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        return (str(row[0]), bytes(row[1])) if row else None
