"""Screening (issue 20, item 3): PHQ-9, PHQ-A and GAD-7 results, scored as published,
and the results of instruments that may not be reproduced (AUM, DCM, ITP) as she enters
them. Each save is one transaction, audited by kind and id (never an answer); a result
entered in error is struck with a reason, never deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from counsel_desk.domain.screening import (
    RecordedResult,
    ScreeningError,
    ScreeningResult,
    check_result,
    clean_recorded,
    clean_strike_reason,
    series,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.connection import Connection
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
        return strike_once(
            self._vault,
            self._clock,
            reason,
            lambda conn: ScreeningRepository(conn).get(result_id),
            lambda conn, at, text: ScreeningRepository(conn).strike(result_id, at, text),
            AuditAction.SCREENING_STRUCK,
            f"screening {result_id}",
            _gone,
        )

    def strike_recorded(self, result_id: int, reason: str) -> RecordedResult:
        return strike_once(
            self._vault,
            self._clock,
            reason,
            lambda conn: ScreeningRepository(conn).get_recorded(result_id),
            lambda conn, at, text: ScreeningRepository(conn).strike_recorded(result_id, at, text),
            AuditAction.SCREENING_STRUCK,
            f"recorded result {result_id}",
            _gone,
        )


class _Struck(Protocol):
    client_id: int

    @property
    def is_struck(self) -> bool: ...


R = TypeVar("R", bound=_Struck)


def strike_once(
    vault: Vault,
    clock: Callable[[], dt.datetime],
    reason: str,
    load: Callable[[Connection], R | None],
    mark: Callable[[Connection, dt.datetime, str], None],
    action: AuditAction,
    detail: str,
    gone: Callable[[], CounselDeskError],
    clean: Callable[[str], str] = clean_strike_reason,
) -> R:
    """Strike a result through with its reason (held to the one-line rules by ``clean``),
    once: the audit names it by ``detail``; a result already struck stays as it was."""
    text = clean(reason)
    with vault.transaction() as conn:
        found = load(conn)
        if found is None:
            raise gone()
        if not found.is_struck:
            mark(conn, clock(), text)
            vault.audit.append(
                action, ClientRepository(conn).case_code_for(found.client_id), detail
            )
        struck = load(conn)
    assert struck is not None
    return struck


def _gone() -> ScreeningError:
    return ScreeningError(
        UserMessage(QT_TRANSLATE_NOOP("Screening", "This result is no longer in the vault."))
    )
