"""Screening (issue 20, item 3): PHQ-9, PHQ-A and GAD-7 results, scored as published,
and the results of instruments that may not be reproduced (AUM, DCM, ITP) as she enters
them. Each save is one transaction, audited by kind and id (never an answer); a result
entered in error is struck with a reason, never deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from counsel_desk.domain.screening import (
    RecordedResult,
    ScreeningError,
    ScreeningResult,
    check_result,
    clean_recorded,
    clean_strike_reason,
    series,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.screening import ScreeningRepository
from counsel_desk.vault.vault import Vault


@dataclass(frozen=True)
class ScreeningRecord:
    """A client's screening results and recorded instrument results, by date."""

    results: list[ScreeningResult]
    recorded: list[RecordedResult]

    def lines(self) -> dict[str, list[tuple[dt.date, int]]]:
        return series(self.results)


def _no_client() -> ScreeningError:
    return ScreeningError(
        UserMessage(QT_TRANSLATE_NOOP("Screening", "This client is no longer in the vault."))
    )


def _reason(reason: str) -> str:
    return clean_strike_reason(reason)


class ScreeningService:
    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._vault = vault
        self._clock = clock

    def record(self, client_id: int) -> ScreeningRecord:
        with self._vault.reading() as conn:
            repo = ScreeningRepository(conn)
            return ScreeningRecord(repo.of_client(client_id), repo.recorded_of_client(client_id))

    def save(self, result: ScreeningResult) -> ScreeningResult:
        """A filled-in questionnaire, complete and scored, all or nothing."""
        check_result(result, self._clock().date())
        with self._vault.transaction() as conn:
            code = ClientRepository(conn).case_code_for(result.client_id)
            if code is None:
                raise _no_client()
            saved = replace(
                result,
                id=ScreeningRepository(conn).add(result, self._clock()),
                struck_at=None,
                strike_reason=None,
            )
            self._vault.audit.append(
                AuditAction.SCREENING_SAVED,
                code,
                f"screening {saved.id}: {saved.instrument.value} {saved.entry.value}",
            )
        return saved

    def save_recorded(self, result: RecordedResult) -> RecordedResult:
        """An AUM/DCM/ITP (or other) result as she entered it, all or nothing."""
        cleaned = clean_recorded(result, self._clock().date())
        with self._vault.transaction() as conn:
            code = ClientRepository(conn).case_code_for(cleaned.client_id)
            if code is None:
                raise _no_client()
            cleaned = replace(cleaned, struck_at=None, strike_reason=None)
            saved = replace(
                cleaned, id=ScreeningRepository(conn).add_recorded(cleaned, self._clock())
            )
            self._vault.audit.append(
                AuditAction.SCREENING_SAVED,
                code,
                f"recorded result {saved.id}: {saved.instrument.value}",
            )
        return saved

    def strike(self, result_id: int, reason: str) -> ScreeningResult:
        text = _reason(reason)
        with self._vault.transaction() as conn:
            repo = ScreeningRepository(conn)
            found = repo.get(result_id)
            if found is None:
                raise _gone()
            if not found.is_struck:
                repo.strike(result_id, self._clock(), text)
                self._vault.audit.append(
                    AuditAction.SCREENING_STRUCK,
                    ClientRepository(conn).case_code_for(found.client_id),
                    f"screening {result_id}",
                )
            struck = repo.get(result_id)
        assert struck is not None
        return struck

    def strike_recorded(self, result_id: int, reason: str) -> RecordedResult:
        text = _reason(reason)
        with self._vault.transaction() as conn:
            repo = ScreeningRepository(conn)
            found = repo.get_recorded(result_id)
            if found is None:
                raise _gone()
            if not found.is_struck:
                repo.strike_recorded(result_id, self._clock(), text)
                self._vault.audit.append(
                    AuditAction.SCREENING_STRUCK,
                    ClientRepository(conn).case_code_for(found.client_id),
                    f"recorded result {result_id}",
                )
            struck = repo.get_recorded(result_id)
        assert struck is not None
        return struck


def _gone() -> ScreeningError:
    return ScreeningError(
        UserMessage(QT_TRANSLATE_NOOP("Screening", "This result is no longer in the vault."))
    )
