"""From needs to program to plan (issue 17, item 6): the needs assessment (AKPD), its
ranked results per class, the BK program of a school year drafted from them, and the
program and each session's RPL as PDF.

Every change is one transaction: a questionnaire edit, one student's answers, a whole
program. What breaks a rule is refused before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from counsel_desk.domain.akpd import (
    AkpdResponse,
    NeedItem,
    NeedsResult,
    aggregate,
    classes_of,
    clean_class,
    clean_item,
    starter_items,
    validate_item,
    validate_response,
)
from counsel_desk.domain.bk_program import (
    ProgramItem,
    clean_program_item,
    draft_program,
    validate_program_item,
)
from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.domain.reports import THRESHOLD
from counsel_desk.domain.validation import Issue, raise_for_errors
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.services.activities import ActivityNamesError, names_in_texts
from counsel_desk.services.referrals import LETTERHEAD_KEY
from counsel_desk.services.supervision import SupervisionService
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.needs import NeedsRepository
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.vault import Vault

STARTED_KEY = "akpd_started"  # vault setting: the starter set was given once


class NeedsError(CounselDeskError):
    pass


def _not_found() -> NeedsError:
    return NeedsError(
        UserMessage(QT_TRANSLATE_NOOP("Akpd", "The item is no longer in the questionnaire."))
    )


class NeedsService:
    def __init__(
        self,
        vault: Vault,
        today: Callable[[], dt.date] = dt.date.today,
        identifiers: Callable[[], IdentifierSet] | None = None,
    ) -> None:
        self._vault = vault
        self._today = today
        self._identifiers = identifiers or SupervisionService(vault).identifiers

    def _no_names(self, texts: list[tuple[str, str]], prefix: str = "") -> None:
        """Refuse texts that name someone the vault knows (the program and the
        questionnaire keep no names), with the message the activity log gives."""
        found = names_in_texts(texts, self._identifiers())
        if found:
            raise ActivityNamesError([replace(f, field=prefix + f.field) for f in found])

    # -- the questionnaire --------------------------------------------------------------
    def items(self, *, retired: bool = True) -> list[NeedItem]:
        with self._vault.reading() as conn:
            found = NeedsRepository(conn).items()
        return found if retired else [i for i in found if not i.retired]

    def start_questionnaire(self, language: str) -> list[NeedItem]:
        """The questionnaire; an empty one first gets the starter set in ``language``."""
        with self._vault.reading() as conn:
            repo = NeedsRepository(conn)
            found = repo.items()
            if found or VaultSettingsRepository(conn).get(STARTED_KEY):
                return found
        with self._vault.transaction() as conn:
            repo = NeedsRepository(conn)
            if not repo.items():  # once: deleting every item later leaves it empty
                for item in starter_items(language):
                    repo.insert_item(item)
                self._vault.audit.append(AuditAction.AKPD_ITEMS_CHANGED, None, "starter set")
            VaultSettingsRepository(conn).set(STARTED_KEY, True)
            return repo.items()

    def save_item(self, item: NeedItem) -> NeedItem:
        """Add an item (no id) or reword / move / retire one. Refused, nothing saved, when
        its text is empty or too long."""
        item = clean_item(item)
        raise_for_errors(validate_item(item))
        self._no_names([("text", item.text)])
        with self._vault.transaction() as conn:
            repo = NeedsRepository(conn)
            if item.id is None:
                same = [i for i in repo.items() if i.field == item.field]
                item = replace(item, position=max((i.position for i in same), default=-1) + 1)
                item = replace(item, id=repo.insert_item(item))
            elif not repo.update_item(item):
                raise _not_found()
            self._vault.audit.append(AuditAction.AKPD_ITEMS_CHANGED, None, f"item {item.id}")
        return item

    def delete_item(self, item_id: int) -> None:
        """Delete an item no one has answered; an answered one can only be retired."""
        with self._vault.transaction() as conn:
            repo = NeedsRepository(conn)
            if repo.answered(item_id):
                raise NeedsError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Akpd",
                            "Students have answered this item, so it stays with their "
                            "answers: retire it instead, and it is no longer asked.",
                        )
                    )
                )
            if not repo.delete_item(item_id):
                raise _not_found()
            self._vault.audit.append(AuditAction.AKPD_ITEMS_CHANGED, None, f"item {item_id}")

    # -- answers ------------------------------------------------------------------------
    def check_response(self, response: AkpdResponse) -> AkpdResponse:
        response = replace(response, class_name=clean_class(response.class_name))
        items = {i.id: i for i in self.items() if i.id is not None}
        raise_for_errors(validate_response(response, items))
        return response

    def save_response(self, response: AkpdResponse) -> AkpdResponse:
        """One student's answers, all or nothing."""
        response = self.check_response(response)
        with self._vault.transaction() as conn:
            response = replace(response, id=NeedsRepository(conn).insert_response(response))
            self._vault.audit.append(
                AuditAction.AKPD_ANSWERS_SAVED,
                None,
                f"akpd {response.id}: {response.entry.value}",
            )
        return response

    def delete_response(self, response_id: int) -> None:
        with self._vault.transaction() as conn:
            if not NeedsRepository(conn).delete_response(response_id):
                raise NeedsError(
                    UserMessage(QT_TRANSLATE_NOOP("Akpd", "These answers are no longer saved."))
                )
            self._vault.audit.append(AuditAction.AKPD_ANSWERS_DELETED, None, f"akpd {response_id}")

    def responses(self, client_id: int | None = None) -> list[AkpdResponse]:
        """Every student's answers (``client_id``: one student's, for her record only)."""
        with self._vault.reading() as conn:
            return NeedsRepository(conn).responses(client_id)

    def classes(self) -> list[str]:
        return classes_of(self.responses())

    def results(self, class_name: str | None = None) -> NeedsResult:
        """The ranked needs of a class (None: of every class), figures suppressed."""
        with self._vault.reading() as conn:
            repo = NeedsRepository(conn)
            return aggregate(repo.items(), repo.responses(), class_name)

    # -- the program --------------------------------------------------------------------
    def start_month(self) -> int:
        """The month the school year starts in (the BK report's setting; July)."""
        from counsel_desk.domain.bk_reports import SETTINGS_KEY, BkSettings

        with self._vault.reading() as conn:
            stored = VaultSettingsRepository(conn).get(SETTINGS_KEY)
        return BkSettings.from_json(stored).year_start_month

    def program(self, school_year: int | None = None) -> list[ProgramItem]:
        """The program of ``school_year`` (None: of every year), month by month."""
        with self._vault.reading() as conn:
            return NeedsRepository(conn).program(school_year)

    def draft(
        self,
        school_year: int,
        class_name: str | None,
        *,
        class_level: str = "",
        language: str = "en",
        start_month: int | None = None,
    ) -> list[ProgramItem]:
        """A draft program from the ranked needs of ``class_name`` (not saved), in the
        school year's months (``start_month`` None: the vault's setting)."""
        result = self.results(class_name)
        if result.too_few:
            raise NeedsError(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Akpd",
                        "Too few students have answered ({count}) to draft a program from "
                        "their needs: at least {threshold} are needed.",
                    ),
                    count=result.respondents,
                    threshold=THRESHOLD,
                )
            )
        return draft_program(
            result.ranked(),
            school_year,
            class_level=class_level,
            language=language,
            start_month=start_month if start_month is not None else self.start_month(),
        )

    def check_program(self, school_year: int, items: list[ProgramItem]) -> list[ProgramItem]:
        cleaned = [clean_program_item(replace(i, school_year=school_year)) for i in items]
        issues: list[Issue] = []
        for n, item in enumerate(cleaned):
            issues += [
                Issue(f"program[{n + 1}].{i.path}", i.message, i.severity)
                for i in validate_program_item(item)
            ]
        raise_for_errors(issues)
        for n, item in enumerate(cleaned):
            self._no_names(item.texts(), f"program[{n + 1}].")
        return cleaned

    def save_program(self, school_year: int, items: list[ProgramItem]) -> list[ProgramItem]:
        """The program of ``school_year`` becomes ``items``, all or nothing."""
        cleaned = self.check_program(school_year, items)
        with self._vault.transaction() as conn:
            ids = NeedsRepository(conn).replace_program(school_year, cleaned)
            self._vault.audit.append(
                AuditAction.PROGRAM_SAVED, None, f"program {school_year}: {len(ids)} items"
            )
        return [replace(item, id=i) for item, i in zip(cleaned, ids, strict=True)]

    def program_item(self, item_id: int) -> ProgramItem:
        with self._vault.reading() as conn:
            for item in NeedsRepository(conn).program():
                if item.id == item_id:
                    return item
        raise NeedsError(
            UserMessage(QT_TRANSLATE_NOOP("Akpd", "The planned session is no longer saved."))
        )

    def _school(self) -> tuple[str, str]:
        from counsel_desk.domain.referrals import Letterhead

        with self._vault.reading() as conn:
            head = Letterhead.from_json(VaultSettingsRepository(conn).get(LETTERHEAD_KEY))
        return head.school, head.counselor

    def write_program_pdf(
        self, school_year: int, path: Path, *, language: str = "en", semester: int | None = None
    ) -> None:
        """The program of the school year (or of one semester) as PDF at ``path``."""
        from counsel_desk.export import pdf_common
        from counsel_desk.export.program_pdf import ProgramInput, render_program_pdf

        items = self.program(school_year)
        if not items:
            raise NeedsError(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "Akpd", "The program of {year}/{next} has no planned activities yet."
                    ),
                    year=school_year,
                    next=school_year + 1,
                )
            )
        school, counselor = self._school()
        data = ProgramInput(
            school_year, items, school, counselor, language, semester, self.start_month()
        )
        pdf_common.write_file(Path(path), render_program_pdf(data))
        self._vault.record(AuditAction.EXPORT_WRITTEN, None, f"BK program {school_year}")

    def write_rpl_pdf(self, item_id: int, path: Path, *, language: str = "en") -> None:
        """The RPL BK of one planned session as PDF at ``path``."""
        from counsel_desk.export import pdf_common
        from counsel_desk.export.program_pdf import RplInput, render_rpl_pdf

        item = self.program_item(item_id)
        school, counselor = self._school()
        pdf_common.write_file(
            Path(path),
            render_rpl_pdf(RplInput(item, school, counselor, language, self.start_month())),
        )
        self._vault.record(AuditAction.EXPORT_WRITTEN, None, f"RPL {item_id}")
