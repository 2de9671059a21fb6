"""Sociometry for a class (issue 20, item 4): rounds, each student's choices (from paper
or in a kiosk), the sociogram, and the homeroom teacher's version as PDF.

Every change is one transaction and refused whole when a rule is broken (nothing is
written). The audit log records what changed by kind and id — "round 3", "round 3:
member 7, kiosk" — never a name. The questions she writes are checked for names of
anyone the vault knows, as the activity log's texts are.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from counsel_desk.domain.enums import AkpdEntry, ClientStatus
from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.domain.sociometry import (
    Answer,
    Criterion,
    LabelMode,
    Member,
    Sociogram,
    SociometryRound,
    analyse,
    clean_round,
    one_line,
    teacher_labels,
    validate_answer,
    validate_answers,
    validate_round,
)
from counsel_desk.domain.validation import raise_for_errors
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.services.activities import ActivityNamesError, names_in_texts
from counsel_desk.services.supervision import SupervisionService
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.roster import RosterRepository
from counsel_desk.vault.repositories.sociometry import SociometryRepository
from counsel_desk.vault.vault import Vault


class SociometryError(CounselDeskError):
    pass


def _round_gone() -> SociometryError:
    return SociometryError(
        UserMessage(QT_TRANSLATE_NOOP("Sociometry", "The round is no longer in the vault."))
    )


@dataclass(frozen=True)
class Person:
    """Who a member is, for the counselor's own screen: ``name`` None for a former
    member; ``case_code`` only when she is a client."""

    name: str | None
    case_code: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A student of a class who may be a member of a round."""

    roster_id: int | None
    client_id: int | None
    name: str
    case_code: str | None = None


@dataclass(frozen=True)
class RoundSummary:
    id: int
    class_name: str
    held_on: dt.date
    members: int
    answered: int


def _client_name(given: str, family: str | None) -> str:
    return " ".join(p for p in (given, family or "") if p)


def _people(conn: Connection, round_: SociometryRound) -> dict[int, Person]:
    roster = {e.id: e for e in RosterRepository(conn).all()}
    clients = {r.id: r for r in ClientRepository(conn).rows()}
    people: dict[int, Person] = {}
    for m in round_.members:
        entry = roster.get(m.roster_id) if m.roster_id is not None else None
        client_id = m.client_id if m.client_id is not None else (entry and entry.client_id)
        client = clients.get(client_id) if client_id else None
        if entry is not None:
            name: str | None = entry.name
        elif client is not None:
            name = _client_name(client.given_name, client.family_name)
        else:
            name = None
        people[m.number] = Person(name, client.case_code if client is not None else None)
    return people


class SociometryService:
    def __init__(
        self,
        vault: Vault,
        today: Callable[[], dt.date] = dt.date.today,
        identifiers: Callable[[], IdentifierSet] | None = None,
    ) -> None:
        self._vault = vault
        self._today = today
        self._identifiers = identifiers or SupervisionService(vault).identifiers

    # -- the class --------------------------------------------------------------------
    def classes(self) -> list[str]:
        """The classes of the class list and of active clients, by name."""
        with self._vault.reading() as conn:
            names = {e.class_name for e in RosterRepository(conn).all() if e.class_name}
            names |= {
                r.grade
                for r in ClientRepository(conn).rows()
                if r.grade and r.status is ClientStatus.ACTIVE
            }
        return sorted(names, key=str.casefold)

    def candidates(self, class_name: str) -> list[Candidate]:
        """The students of ``class_name``: its roster entries (with the client opened for
        one, if any) and the active clients of that class not on the list, by name."""
        wanted = one_line(class_name).casefold()
        with self._vault.reading() as conn:
            entries = [
                e
                for e in RosterRepository(conn).all()
                if e.class_name and e.class_name.casefold() == wanted
            ]
            rows = {r.id: r for r in ClientRepository(conn).rows()}
        linked = {e.client_id for e in entries if e.client_id is not None}
        found = [
            Candidate(
                e.id,
                e.client_id if e.client_id in rows else None,
                e.name,
                rows[e.client_id].case_code if e.client_id in rows else None,
            )
            for e in entries
        ]
        found += [
            Candidate(None, r.id, _client_name(r.given_name, r.family_name), r.case_code)
            for r in rows.values()
            if r.grade
            and r.grade.casefold() == wanted
            and r.status is ClientStatus.ACTIVE
            and r.id not in linked
        ]
        return sorted(found, key=lambda c: (c.name.casefold(), c.case_code or ""))

    # -- rounds -----------------------------------------------------------------------
    def _no_names(self, round_: SociometryRound) -> None:
        texts = [("class_name", round_.class_name)] + [
            (f"criteria[{n}].text", c.text) for n, c in enumerate(round_.criteria)
        ]
        found = names_in_texts(texts, self._identifiers())
        if found:
            raise ActivityNamesError(found)

    def check_round(self, round_: SociometryRound) -> SociometryRound:
        round_ = clean_round(round_)
        raise_for_errors(validate_round(round_, today=self._today()))
        raise_for_errors(validate_answers(round_))
        self._no_names(round_)
        return round_

    def create_round(
        self,
        class_name: str,
        held_on: dt.date,
        criteria: Sequence[Criterion],
        choices_per_criterion: int,
        members: Iterable[Candidate],
    ) -> SociometryRound:
        """A new round; its members are numbered 1, 2, 3 … in a random order. Never in
        the order given: that is the class list's, by name, as are the absen numbers, so
        the homeroom teacher would read every number key (and which of two "BS" is
        "BS-1") off her own list."""
        members = list(members)
        secrets.SystemRandom().shuffle(members)
        round_ = SociometryRound(
            class_name,
            held_on,
            tuple(criteria),
            choices_per_criterion,
            tuple(Member(n, c.roster_id, c.client_id) for n, c in enumerate(members, start=1)),
        )
        return self.save_new(round_)

    def save_new(self, round_: SociometryRound) -> SociometryRound:
        round_ = self.check_round(round_)
        with self._vault.transaction() as conn:
            self._check_members_exist(conn, round_)
            round_id = SociometryRepository(conn).insert(round_)
            self._vault.audit.append(
                AuditAction.SOCIOMETRY_ROUND_SAVED,
                None,
                f"round {round_id}: {len(round_.members)} members",
            )
        return replace(round_, id=round_id)

    def _check_members_exist(self, conn: Connection, round_: SociometryRound) -> None:
        roster = {e.id: e for e in RosterRepository(conn).all()}
        clients = {r.id for r in ClientRepository(conn).rows()}
        through_roster: set[int] = set()
        for m in round_.members:
            if m.roster_id is not None:
                entry = roster.get(m.roster_id)
                if entry is None:
                    raise SociometryError(
                        UserMessage(
                            QT_TRANSLATE_NOOP(
                                "Sociometry", "A student is no longer on the class list."
                            )
                        )
                    )
                if entry.client_id is not None:
                    through_roster.add(entry.client_id)
            if m.client_id is not None and m.client_id not in clients:
                raise SociometryError(
                    UserMessage(
                        QT_TRANSLATE_NOOP("Sociometry", "A client is no longer in the vault.")
                    )
                )
        for m in round_.members:
            if m.roster_id is None and m.client_id in through_roster:
                raise SociometryError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Sociometry",
                            "A student is a member twice: as a client and through the class "
                            "list entry her case was opened from.",
                        )
                    )
                )

    def rename_round(self, round_id: int, class_name: str, held_on: dt.date) -> None:
        current = self.round(round_id)
        changed = self.check_round(replace(current, class_name=class_name, held_on=held_on))
        with self._vault.transaction() as conn:
            if not SociometryRepository(conn).update_head(
                round_id, changed.class_name, changed.held_on
            ):
                raise _round_gone()
            self._vault.audit.append(AuditAction.SOCIOMETRY_ROUND_SAVED, None, f"round {round_id}")

    def delete_round(self, round_id: int) -> None:
        with self._vault.transaction() as conn:
            if not SociometryRepository(conn).delete(round_id):
                raise _round_gone()
            self._vault.audit.append(
                AuditAction.SOCIOMETRY_ROUND_DELETED, None, f"round {round_id}"
            )

    def rounds(self) -> list[RoundSummary]:
        with self._vault.reading() as conn:
            found = SociometryRepository(conn).rounds()
        return [
            RoundSummary(r.id or 0, r.class_name, r.held_on, len(r.members), len(r.answers))
            for r in found
        ]

    def round(self, round_id: int) -> SociometryRound:
        with self._vault.reading() as conn:
            found = SociometryRepository(conn).get(round_id)
        if found is None:
            raise _round_gone()
        return found

    def people(self, round_id: int) -> dict[int, Person]:
        """Who each member is (for the counselor's screen only)."""
        with self._vault.reading() as conn:
            found = SociometryRepository(conn).get(round_id)
            if found is None:
                raise _round_gone()
            return _people(conn, found)

    # -- answers ----------------------------------------------------------------------
    def save_answer(self, round_id: int, answer: Answer) -> SociometryRound:
        """One student's choices, all or nothing. From paper they replace what she gave
        before; in the kiosk a student who has answered cannot answer again (the
        counselor clears her answer first)."""
        with self._vault.transaction() as conn:
            repo = SociometryRepository(conn)
            current = repo.get(round_id)
            if current is None:
                raise _round_gone()
            raise_for_errors(validate_answer(current, answer))
            if answer.entry is AkpdEntry.KIOSK and answer.member in current.answered():
                raise SociometryError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Sociometry",
                            "You have already answered in this round. If something needs "
                            "changing, ask the counselor.",
                        )
                    )
                )
            repo.replace_answer(round_id, answer)
            self._vault.audit.append(
                AuditAction.SOCIOMETRY_ANSWER_SAVED,
                None,
                f"round {round_id}: member {answer.member}, {AkpdEntry(answer.entry).value}",
            )
            updated = repo.get(round_id)
        assert updated is not None
        return updated

    def clear_answer(self, round_id: int, number: int) -> None:
        """Forget a student's choices, so she may answer again (also in the kiosk)."""
        with self._vault.transaction() as conn:
            if not SociometryRepository(conn).clear_answer(round_id, number):
                raise SociometryError(
                    UserMessage(
                        QT_TRANSLATE_NOOP("Sociometry", "This student has not answered yet.")
                    )
                )
            self._vault.audit.append(
                AuditAction.SOCIOMETRY_ANSWER_CLEARED, None, f"round {round_id}: member {number}"
            )

    # -- the analysis -----------------------------------------------------------------
    def sociogram(self, round_id: int, criteria: Iterable[int] | None = None) -> Sociogram:
        return analyse(self.round(round_id), criteria)

    def of_client(self, client_id: int) -> list[tuple[SociometryRound, int]]:
        """The rounds the client is a member of, with her number in each."""
        with self._vault.reading() as conn:
            repo = SociometryRepository(conn)
            found = []
            for round_id, number in repo.rounds_of_client(client_id):
                round_ = repo.get(round_id)
                if round_ is not None:
                    found.append((round_, number))
        return found

    def teacher_names(self, round_id: int, mode: LabelMode) -> dict[int, str]:
        """The labels of the homeroom teacher's version (see ``teacher_labels``)."""
        people = self.people(round_id)
        return teacher_labels({n: p.name for n, p in people.items()}, mode)

    def write_teacher_pdf(
        self,
        round_id: int,
        path: Path,
        *,
        mode: LabelMode = LabelMode.NUMBER,
        criteria: Iterable[int] | None = None,
        language: str = "en",
    ) -> None:
        """The homeroom teacher's version at ``path``: the sociogram of ``criteria`` with
        the students shown as ``mode`` says. Unless she chose full names, the PDF's own
        text and metadata are read back first and nothing is written when any member's
        name (or any word of it) is in them."""
        from counsel_desk.export import pdf_common
        from counsel_desk.export.sociometry_pdf import TeacherSociogram, render_teacher_pdf

        round_ = self.round(round_id)
        gram = analyse(round_, criteria)
        people = self.people(round_id)
        labels = teacher_labels({n: p.name for n, p in people.items()}, mode)
        data = TeacherSociogram(
            round_.class_name,
            round_.held_on,
            [(round_.criteria[c].text, round_.criteria[c].positive) for c in gram.criteria],
            gram,
            labels,
            full_names=mode is LabelMode.FULL_NAME,
            numbers=mode is LabelMode.NUMBER,
            language=language,
        )
        pdf = render_teacher_pdf(data)
        if mode is not LabelMode.FULL_NAME:
            from counsel_desk.export.sociometry_pdf import words

            found = names_in_pdf(
                pdf,
                [p.name for p in people.values() if p.name],
                # a name that is a word of the form itself ("Bintang": bintang kelas)
                skip=" ".join(words(language).values()),
            )
            if found:
                raise SociometryError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Sociometry",
                            "The self-check found a student's name in the homeroom teacher's "
                            "version (“{words}”). Nothing was written: change the question "
                            "or the class name that holds it, then export again.",
                        ),
                        words=found[0],
                    )
                )
        pdf_common.write_file(Path(path), pdf)
        self._vault.record(
            AuditAction.EXPORT_WRITTEN, None, f"sociogram of round {round_id}: {mode.value}"
        )


def names_in_pdf(pdf: bytes, names: Iterable[str], skip: str = "") -> list[str]:
    """The words of ``names`` (of three letters or more, and not words of ``skip``) that
    a PDF's text or metadata holds, as whole words ignoring case and accents."""
    import re
    import unicodedata

    from counsel_desk.export.pdf_check import pdf_text

    def fold(text: str) -> str:
        text = unicodedata.normalize("NFKD", text)
        return "".join(c for c in text if not unicodedata.combining(c)).casefold()

    pages, meta = pdf_text(pdf)
    haystack = fold(" ".join([*pages, *meta.values()]))
    skipped = set(re.findall(r"\w+", fold(skip)))
    found: list[str] = []
    for name in names:
        for word in name.split():
            if fold(word) in skipped:
                continue
            if len(word) >= 3 and re.search(rf"(?<!\w){re.escape(fold(word))}(?!\w)", haystack):
                found.append(word)
    return found
