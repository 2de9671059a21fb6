"""Referrals (*alih tangan kasus*) and the letter numbers issued for them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from counsel_desk.domain.enums import ReferralAgency, ReferralOutcome, ReferralUrgency
from counsel_desk.domain.referrals import Referral, letter_number_key
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.consents import disclosures_from, disclosures_text

_COLUMNS = (
    "id, client_id, consent_id, made_on, agency, recipient, reason, urgency, sent, sections, "
    "letter_number, reply_on, reply, outcome, follow_up_on"
)


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _referral(row: tuple[Any, ...]) -> tuple[int, Referral]:
    return int(row[1]), Referral(
        id=int(row[0]),
        consent_id=int(row[2]),
        made_on=dt.date.fromisoformat(row[3]),
        agency=ReferralAgency(row[4]),
        recipient=row[5],
        reason=row[6],
        urgency=ReferralUrgency(row[7]),
        sent=disclosures_from(row[8]),
        sections={str(k): str(v) for k, v in json.loads(row[9]).items()},
        letter_number=row[10],
        reply_on=_date(row[11]),
        reply=row[12],
        outcome=ReferralOutcome(row[13]) if row[13] is not None else None,
        follow_up_on=_date(row[14]),
    )


def _values(referral: Referral) -> tuple[Any, ...]:
    return (
        referral.consent_id,
        referral.made_on.isoformat(),
        ReferralAgency(referral.agency).value,
        referral.recipient,
        referral.reason,
        ReferralUrgency(referral.urgency).value,
        disclosures_text(referral.sent) or "",
        json.dumps(referral.sections, ensure_ascii=False, sort_keys=True),
        _iso(referral.reply_on),
        referral.reply,
        ReferralOutcome(referral.outcome).value if referral.outcome is not None else None,
        _iso(referral.follow_up_on),
    )


class ReferralRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def load(self, client_id: int | None = None) -> list[tuple[int, Referral]]:
        """(client id, referral) pairs, for one client or for all, oldest first."""
        where, args = ("", ()) if client_id is None else (" WHERE client_id = ?", (client_id,))
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM referrals{where} ORDER BY client_id, made_on, id", args
        ).fetchall()
        return [_referral(tuple(r)) for r in rows]

    def get(self, referral_id: int) -> tuple[int, Referral] | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM referrals WHERE id = ?", (referral_id,)
        ).fetchone()
        return _referral(tuple(row)) if row is not None else None

    def insert(self, client_id: int, referral: Referral) -> int:
        now = _now()
        cursor = self._conn.execute(
            "INSERT INTO referrals (uid, stamp, client_id, consent_id, made_on, agency, recipient, reason, "
            "urgency, sent, sections, reply_on, reply, outcome, follow_up_on, letter_number, "
            "created_at, updated_at) VALUES (cd_uid(), cd_stamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, *_values(referral), referral.letter_number, now, now),
        )
        return int(cursor.lastrowid or 0)

    def update(self, referral: Referral) -> None:
        """Everything but the letter number, which only :meth:`set_letter_number` sets."""
        assert referral.id is not None
        self._conn.execute(
            "UPDATE referrals SET consent_id = ?, made_on = ?, agency = ?, recipient = ?, "
            "reason = ?, urgency = ?, sent = ?, sections = ?, reply_on = ?, reply = ?, "
            "outcome = ?, follow_up_on = ?, updated_at = ? WHERE id = ?",
            (*_values(referral), _now(), referral.id),
        )

    # --- letter numbers ------------------------------------------------------------------

    def next_sequence(self, year: int) -> int:
        row = self._conn.execute(
            "SELECT max(seq) FROM referral_letter_numbers WHERE year = ?", (year,)
        ).fetchone()
        return int(row[0] or 0) + 1

    def number_taken(self, number: str) -> bool:
        """Whether ``number``, or one that looks the same (``letter_number_key``), was
        given: a school writes a few dozen letters a year, all compared."""
        key = letter_number_key(number)
        rows = self._conn.execute("SELECT number FROM referral_letter_numbers")
        return any(letter_number_key(str(row[0])) == key for row in rows)

    def issue_number_only(self, number: str, year: int, seq: int) -> None:
        """Keep ``number`` for good (the table's primary key refuses one kept before)."""
        self._conn.execute(
            "INSERT INTO referral_letter_numbers (number, year, seq, issued_at) "
            "VALUES (?, ?, ?, ?)",
            (number, year, seq, _now()),
        )

    def issue_number(self, referral_id: int, number: str, year: int, seq: int) -> None:
        """Keep ``number`` for good and give it to the referral (the referral's UNIQUE
        column refuses a number used before too)."""
        self.issue_number_only(number, year, seq)
        self._conn.execute(
            "UPDATE referrals SET letter_number = ?, updated_at = ? WHERE id = ?",
            (number, _now(), referral_id),
        )

    def issued_numbers(self) -> list[tuple[str, int, int]]:
        """(number, year, seq) of every letter ever numbered, in order."""
        return [
            (str(r[0]), int(r[1]), int(r[2]))
            for r in self._conn.execute(
                "SELECT number, year, seq FROM referral_letter_numbers ORDER BY year, seq, number"
            )
        ]
