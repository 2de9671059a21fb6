"""Referrals — *alih tangan kasus* (issue 17, item 4): recorded against an active release
of information, followed up, answered, and given a numbered letter that prints only what
the release allows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from counsel_desk.domain.disclosures import Sharing
from counsel_desk.domain.enums import ConsentKind, SharedDocument
from counsel_desk.domain.model import Consent
from counsel_desk.domain.redaction import Category, IdentifierSet
from counsel_desk.domain.referrals import (
    Letterhead,
    Referral,
    ReferralProblem,
    check_letter,
    check_release,
    letter_number,
    referral_problems,
    typed_number_problem,
)
from counsel_desk.domain.reminders import FollowUp
from counsel_desk.domain.validation import Issue, ValidationError
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog, CounselDeskError, UserMessage
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.consents import ConsentRepository
from counsel_desk.vault.repositories.referrals import ReferralRepository
from counsel_desk.vault.repositories.reminders import ReminderRepository
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.vault import Vault

LETTERHEAD_KEY = "referral_letterhead"
_FOLLOW_UP = QT_TRANSLATE_NOOP("Referrals", "Referral to {recipient}: ask how it went")


class ReferralError(CounselDeskError):
    """A referral that cannot be made or printed; the message says why."""


class OtherPersonInLetterError(ReferralError):
    """A letter whose text names someone else the vault knows: the release of
    information covers this student's information, not another's."""

    def __init__(self, words: str, code: str | None) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Referrals",
                    "“{words}” in the referral is in the record of {code}, not of this "
                    "student: the release of information covers only her. Take it out of "
                    "the reason and the sections before the letter is made.",
                ),
                words=words,
                code=code or "—",
            )
        )


# Who a letter may name besides the student: her school and class, the counselor's school.
_NAMED_IN_LETTERS = frozenset({Category.CLASS, Category.SCHOOL, Category.UNLISTED_PERSON})


def others_in_letter(
    texts: list[str], identifiers: IdentifierSet, case_code: str | None
) -> tuple[str, str | None] | None:
    """The first words of ``texts`` that name someone the vault knows other than the
    client ``case_code`` (her guardians and the people of her record are hers), and
    whose record they are in; a birth date of another client too. ``None``: none."""
    for text in texts:
        for d in identifiers.find(text):
            written = text[d.start : d.end]
            if d.generic:
                if d.category is Category.DATE:
                    births = [c for c in identifiers.births_written_in(written) if c != case_code]
                    if births:
                        return written, births[0]
                continue
            if d.category in _NAMED_IN_LETTERS:
                continue
            if any(e.case_code == case_code for e in d.entries):
                continue  # a name shared with her own record is hers
            codes = [e.case_code for e in d.entries if e.case_code]
            return written, codes[0] if codes else None
    return None


class ReferralNotFoundError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(QT_TRANSLATE_NOOP("Referrals", "The referral is no longer in the vault."))
        )


class LetterNumberTakenError(CounselDeskError):
    def __init__(self, number: str) -> None:
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "Referrals",
                    "Letter number {number} was given before; a number is never used twice.",
                ),
                number=number,
            )
        )


class ReferralService:
    def __init__(
        self,
        vault: Vault,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._vault = vault
        self._today = today
        self._clock = clock

    # --- reading ---------------------------------------------------------------------

    def referrals(self, client_id: int) -> list[Referral]:
        with self._vault.reading() as conn:
            return [r for _, r in ReferralRepository(conn).load(client_id)]

    def get(self, referral_id: int) -> tuple[int, Referral]:
        with self._vault.reading() as conn:
            found = ReferralRepository(conn).get(referral_id)
        if found is None:
            raise ReferralNotFoundError()
        return found

    def releases(self, client_id: int, day: dt.date | None = None) -> list[Consent]:
        """The client's releases of information active on ``day`` (today): what a
        referral may rely on."""
        on = day or self._today()
        with self._vault.reading() as conn:
            consents = [c for _, c in ConsentRepository(conn).load(client_id)]
        return [
            c
            for c in consents
            if ConsentKind(c.kind) is ConsentKind.RELEASE_OF_INFORMATION and c.is_active_on(on)
        ]

    def letterhead(self) -> Letterhead:
        with self._vault.reading() as conn:
            return Letterhead.from_json(VaultSettingsRepository(conn).get(LETTERHEAD_KEY))

    def set_letterhead(self, letterhead: Letterhead) -> None:
        problem = letterhead.problem()
        if problem is not None:
            raise ReferralError(problem)
        with self._vault.transaction() as conn:
            VaultSettingsRepository(conn).set(LETTERHEAD_KEY, letterhead.to_json())

    # --- writing ---------------------------------------------------------------------

    def _consent_of(self, client_id: int, consent_id: int) -> Consent | None:
        with self._vault.reading() as conn:
            found = ConsentRepository(conn).get(consent_id)
        return found[1] if found is not None and found[0] == client_id else None

    def save(self, client_id: int, referral: Referral, *, language: str = "en") -> Referral:
        """Record or change a referral (its ``id`` says which). Refused, with nothing
        saved, without an active release of information of this client that allows what
        it sends. A new or changed follow-up day adds a follow-up reminder."""
        referral = replace(
            referral, recipient=referral.recipient.strip(), reason=referral.reason.strip()
        )
        problems = referral_problems(referral)
        if problems:
            raise ValidationError([Issue(key, message) for key, message in problems])
        try:
            check_release(referral, self._consent_of(client_id, referral.consent_id), self._today())
        except ReferralProblem as problem:
            raise ReferralError(problem.message) from None
        with self._vault.transaction() as conn:
            repo = ReferralRepository(conn)
            before: Referral | None = None
            if referral.id is None:
                referral = replace(referral, id=repo.insert(client_id, referral))
            else:
                found = repo.get(referral.id)
                if found is None or found[0] != client_id:
                    raise ReferralNotFoundError()
                before = found[1]
                referral = replace(referral, letter_number=before.letter_number)
                repo.update(referral)
            if referral.follow_up_on is not None and (
                before is None or before.follow_up_on != referral.follow_up_on
            ):
                text = Catalog.load(language).translate("Referrals", _FOLLOW_UP)
                ReminderRepository(conn).insert_follow_up(
                    FollowUp(
                        client_id,
                        referral.follow_up_on,
                        text.format(recipient=referral.recipient)[:2000],
                    ),
                    self._clock(),
                )
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(
                AuditAction.REFERRAL_SAVED,
                code,
                f"referral {referral.id}: {referral.agency.value}",
            )
        return referral

    def number_letter(self, referral_id: int, number: str | None = None) -> str:
        """The referral's letter number: the one it has, or the next of this year under
        the letterhead's scheme (``number``: hers, typed). A number given before is never
        given again, even to a referral since destroyed."""
        client_id, referral = self.get(referral_id)
        today = self._today()
        self._check_letter(client_id, referral, today)
        if referral.letter_number is not None:
            return referral.letter_number
        head = self.letterhead()
        problem = head.problem()
        if problem is not None:
            raise ReferralError(problem)
        with self._vault.transaction() as conn:
            repo = ReferralRepository(conn)
            seq = repo.next_sequence(today.year)
            if number is not None:
                chosen = number.strip()
                typed = typed_number_problem(chosen)
                if typed is not None:
                    raise ReferralError(typed)
                if repo.number_taken(chosen):
                    raise LetterNumberTakenError(chosen)
            else:
                chosen = letter_number(head.scheme, seq, head.short_name or head.school, today)
                while repo.number_taken(chosen):  # the scheme changed back: skip ahead
                    seq += 1
                    chosen = letter_number(head.scheme, seq, head.short_name or head.school, today)
            repo.issue_number(referral_id, chosen, today.year, seq)
            code = ClientRepository(conn).case_code_for(client_id)
            self._vault.audit.append(
                AuditAction.REFERRAL_LETTER_NUMBERED, code, f"referral {referral_id}: {chosen}"
            )
        return chosen

    def _check_others(self, case_code: str | None, referral: Referral) -> None:
        """Refuse a letter whose reason or sections name another person of the vault."""
        from counsel_desk.services.supervision import SupervisionService

        texts = [referral.reason, *referral.sections.values()]
        found = others_in_letter(texts, SupervisionService(self._vault).identifiers(), case_code)
        if found is not None:
            raise OtherPersonInLetterError(*found)

    def _check_letter(self, client_id: int, referral: Referral, today: dt.date) -> None:
        """Refuse a letter (new or printed again) its release no longer covers today."""
        try:
            check_letter(referral, self._consent_of(client_id, referral.consent_id), today)
        except ReferralProblem as found:
            raise ReferralError(found.message) from None

    def write_letter(
        self,
        referral_id: int,
        path: Path,
        *,
        language: str = "id",
        sharing: Sharing | None = None,
    ) -> str:
        """Number the letter if it is not yet, and write it as PDF at ``path`` (the place
        she chose), encrypted in memory first when ``sharing`` carries a password; logged
        as a disclosure under the referral's release (to the referral's recipient unless
        ``sharing`` names another). Returns its number. Slow: off the GUI thread."""
        from counsel_desk.export.referral_letter import LetterInput, render_referral_letter
        from counsel_desk.services.disclosures import same_party, share_pdf

        client_id, referral = self.get(referral_id)
        with self._vault.reading() as conn:
            client = ClientRepository(conn).get(client_id)
        if client is None:
            raise ReferralNotFoundError()
        self._check_others(client.case_code, referral)  # before a number is given
        number = self.number_letter(referral_id)
        client_id, referral = self.get(referral_id)
        consent = self._consent_of(client_id, referral.consent_id)
        if consent is None:
            raise ReferralNotFoundError()
        data = LetterInput(referral, client, consent, self.letterhead(), self._today(), language)
        shared = sharing or Sharing()
        if not shared.recipient.strip():
            shared = Sharing(referral.recipient, shared.password)
        share_pdf(
            self._vault,
            client_id=client_id,
            document=SharedDocument.REFERRAL_LETTER,
            data=render_referral_letter(data),
            path=Path(path),
            sharing=shared,
            # Under its release only when it goes to the referral's recipient (or the
            # party the release names): a copy handed to someone else is not covered.
            consent_id=(
                referral.consent_id
                if same_party(shared.recipient, referral.recipient)
                or same_party(shared.recipient, consent.released_to or "")
                else None
            ),
            audit_detail=f"referral letter {number}",
            now=self._clock(),
            reference=number,
        )
        return number
