"""The disclosure log (issue 18, item 6): all its SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counsel_desk.domain.disclosures import Disclosure
from counsel_desk.domain.enums import SharedDocument
from counsel_desk.vault.connection import Connection

_COLUMNS = "id, client_id, shared_at, document, reference, recipient, consent_id, protected"


def _disclosure(row: tuple[Any, ...]) -> Disclosure:
    return Disclosure(
        client_id=int(row[1]),
        shared_at=dt.datetime.fromisoformat(row[2]),
        document=SharedDocument(row[3]),
        reference=row[4],
        recipient=row[5],
        consent_id=int(row[6]) if row[6] is not None else None,
        protected=bool(row[7]),
        id=int(row[0]),
    )


class DisclosureRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, disclosure: Disclosure) -> int:
        cursor = self._conn.execute(
            "INSERT INTO disclosures (uid, stamp, client_id, shared_at, document, reference, recipient, "
            "consent_id, protected) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?)",
            (
                disclosure.client_id,
                disclosure.shared_at.replace(microsecond=0).isoformat(),
                SharedDocument(disclosure.document).value,
                disclosure.reference,
                disclosure.recipient,
                disclosure.consent_id,
                int(disclosure.protected),
            ),
        )
        return int(cursor.lastrowid or 0)

    def of_client(self, client_id: int) -> list[Disclosure]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE client_id = ? ORDER BY shared_at, id",
            (client_id,),
        ).fetchall()
        return [_disclosure(r) for r in rows]
