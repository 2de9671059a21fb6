"""The class list (issue 20, item 1): import a school's list of students as roster
entries, list them, and open a case for one of them.

Reading the file and the preview write nothing. :meth:`RosterService.import_rows` checks
the rows again against the vault inside its one transaction and writes all of them or
none: a refused row she neither fixed nor skipped refuses the whole import. The audit
entry counts rows; it never names a student. Importing the same list again changes
nothing (every row is *the same*).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from counsel_desk.domain.model import Client, Contact
from counsel_desk.domain.roster import (
    Column,
    RosterEntry,
    RosterPreview,
    RowResult,
    RowStatus,
    guess_mapping,
    mapping_problem,
    name_key,
    preview,
    school_year_of,
)
from counsel_desk.domain.validation import clean_record, raise_for_errors, validate_client
from counsel_desk.export.roster_file import RosterSheet, read_roster_file
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.roster import RosterRepository
from counsel_desk.vault.vault import Vault


class RosterMappingError(CounselDeskError):
    """The columns cannot be read as a class list (no name column, a field twice)."""


class RosterRefusedError(CounselDeskError):
    """Rows are refused: nothing is written. ``rows``: each refused row."""

    def __init__(self, rows: list[RowResult]) -> None:
        self.rows = rows
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Roster",
                    "{count} rows are refused (the first: row {row}). Fix or skip them; "
                    "nothing was imported.",
                ),
                count=len(rows),
                row=rows[0].number,
            )
        )


class RosterEntryNotFoundError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(QT_TRANSLATE_NOOP("Roster", "The student is no longer on the class list."))
        )


class RosterAlreadyClientError(CounselDeskError):
    def __init__(self, case_code: str) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP("Roster", "A case is already open for this student ({code})."),
                code=case_code,
            )
        )


@dataclass(frozen=True)
class RosterImport:
    """What a confirmed import wrote."""

    added: int
    changed: int
    unchanged: int
    skipped: int


@dataclass(frozen=True)
class RosterRequest:
    """A class list as she set it up in the window (or the CLI): the sheet, its mapping,
    the rows she skipped and the cells she corrected."""

    sheet: RosterSheet
    mapping: tuple[Column, ...]
    school_year: str
    skip: frozenset[int] = frozenset()
    edits: Mapping[tuple[int, Column], str] | None = None


class RosterService:
    def __init__(self, vault: Vault, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._vault = vault
        self._today = today

    # --- import ---------------------------------------------------------------------

    def read(self, path: Path) -> RosterRequest:
        """The file read and its columns mapped as well as the headers say (nothing is
        written); refused with :class:`RosterFileError` when it is no class list."""
        sheet = read_roster_file(path)
        return RosterRequest(sheet, tuple(guess_mapping(sheet.headers)), self.default_school_year())

    def default_school_year(self) -> str:
        return school_year_of(self._today())

    def preview(self, request: RosterRequest) -> RosterPreview:
        """Each row's fate against the vault's entries; writes nothing."""
        with self._vault.reading() as conn:
            existing = RosterRepository(conn).all()
        return self._preview(request, existing)

    def _preview(self, request: RosterRequest, existing: list[RosterEntry]) -> RosterPreview:
        problem = mapping_problem(request.mapping)
        if problem is not None:
            raise RosterMappingError(problem)
        return preview(
            request.sheet.rows,
            request.mapping,
            existing,
            today=self._today(),
            school_year=request.school_year,
            skip=request.skip,
            edits=request.edits,
        )

    def import_rows(self, request: RosterRequest) -> RosterImport:
        """Write every new and changed row in one transaction, or none: refused with
        :class:`RosterRefusedError` while any row is refused."""
        with self._vault.transaction() as conn:
            repo = RosterRepository(conn)
            result = self._preview(request, repo.all())
            refused = result.refused
            if refused:
                raise RosterRefusedError(refused)
            for row in result.to_write:
                assert row.entry is not None
                if row.status is RowStatus.NEW:
                    repo.insert(row.entry)
                else:
                    repo.update(row.entry)
            done = RosterImport(
                added=result.count(RowStatus.NEW),
                changed=result.count(RowStatus.CHANGED),
                unchanged=result.count(RowStatus.SAME),
                skipped=result.count(RowStatus.SKIPPED),
            )
            if done.added or done.changed:
                self._vault.audit.append(
                    AuditAction.ROSTER_IMPORTED,
                    None,
                    f"class list: {done.added} added, {done.changed} changed, "
                    f"{done.unchanged} unchanged, {done.skipped} skipped",
                )
        return done

    # --- the list -------------------------------------------------------------------

    def entries(self) -> list[RosterEntry]:
        with self._vault.reading() as conn:
            return RosterRepository(conn).all()

    def open_case(self, entry_id: int) -> Client:
        """A new client whose profile is filled from the entry, linked to it: her case
        record opens now, not at the import."""
        with self._vault.transaction() as conn:
            roster = RosterRepository(conn)
            clients = ClientRepository(conn)
            entry = roster.get(entry_id)
            if entry is None:
                raise RosterEntryNotFoundError()
            if entry.client_id is not None:
                linked = clients.get(entry.client_id)
                if linked is not None:
                    raise RosterAlreadyClientError(linked.case_code or "")
            profile = clean_record(client_from_entry(entry, today=self._today()))
            raise_for_errors(validate_client(profile, today=self._today()))
            profile = replace(profile, case_code=clients.next_case_code())
            profile = replace(profile, id=clients.insert(profile))
            assert profile.id is not None
            roster.link(entry_id, profile.id)
            self._vault.audit.append(
                AuditAction.CLIENT_CREATED, profile.case_code, "from the class list"
            )
        return profile


def client_from_entry(entry: RosterEntry, *, today: dt.date) -> Client:
    guardians = [
        Contact(name, relationship)
        for name, relationship in (
            (entry.father_name, "ayah"),
            (entry.mother_name, "ibu"),
            (entry.guardian_name, "wali"),
        )
        if name
    ]
    if guardians and entry.phone:
        guardians[0] = replace(guardians[0], phone=entry.phone)
    return Client(
        given_name=entry.name,
        date_of_birth=entry.birth_date,
        gender={"L": "laki-laki", "P": "perempuan"}.get(entry.gender or ""),
        grade=entry.class_name,
        student_number=entry.nisn or entry.nipd,
        national_id=entry.nik,
        phone=None if guardians else entry.phone,
        address=entry.address,
        guardians=guardians,
        opened_on=today,
    )


def find_entries(
    entries: list[RosterEntry], *, class_name: str | None = None, text: str = ""
) -> list[RosterEntry]:
    """The entries of a class (None: every class) whose name or NISN holds ``text``."""
    wanted = name_key(text)
    return [
        e
        for e in entries
        if (class_name is None or e.class_name == class_name)
        and (not wanted or wanted in name_key(e.name) or wanted in (e.nisn or ""))
    ]


def classes_of(entries: list[RosterEntry]) -> list[str]:
    return sorted({e.class_name for e in entries if e.class_name})
