"""Career-interest inventory (issue 20, item 4): results saved complete and scored, all
or nothing, audited by kind and id (never an answer, never a code); a result entered in
error is struck with a reason, never deleted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from counsel_desk.domain.career_interests import (
    CareerInterestError,
    CareerInterestResult,
    check_result,
    clean_strike_reason,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.services.screening import strike_once
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.career_interests import CareerInterestRepository
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.vault import Vault


def _refuse(template: str, **params: object) -> CareerInterestError:
    return CareerInterestError(UserMessage(template, **params))


class CareerInterestService:
    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    def results(self, client_id: int) -> list[CareerInterestResult]:
        """The client's results by date, struck ones included (marked)."""
        with self._vault.reading() as conn:
            return CareerInterestRepository(conn).of_client(client_id)

    def save(self, result: CareerInterestResult) -> CareerInterestResult:
        """A filled-in inventory, complete, all or nothing."""
        check_result(result, self._clock().date())
        with self._vault.transaction() as conn:
            code = ClientRepository(conn).case_code_for(result.client_id)
            if code is None:
                raise _refuse(
                    QT_TRANSLATE_NOOP("CareerInterests", "This client is no longer in the vault.")
                )
            kept = replace(result, id=None, struck_at=None, strike_reason=None)
            saved = replace(kept, id=CareerInterestRepository(conn).add(kept, self._clock()))
            self._vault.audit.append(
                AuditAction.CAREER_INTERESTS_SAVED,
                code,
                f"career interests {saved.id}: {saved.entry.value}",
            )
        return saved

    def strike(self, result_id: int, reason: str) -> CareerInterestResult:
        return strike_once(
            self._vault,
            self._clock,
            reason,
            lambda conn: CareerInterestRepository(conn).get(result_id),
            lambda conn, at, text: CareerInterestRepository(conn).strike(result_id, at, text),
            AuditAction.CAREER_INTERESTS_STRUCK,
            f"career interests {result_id}",
            lambda: _refuse(
                QT_TRANSLATE_NOOP("CareerInterests", "This result is no longer in the vault.")
            ),
            clean_strike_reason,
        )
