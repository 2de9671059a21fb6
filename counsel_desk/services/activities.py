"""The activity log (issue 17): work of the BK program that is not about one client.

An activity keeps no names: before it is saved, its topic, class and notes are checked
against everyone the vault knows (the identifier set the supervision summaries redact
with). A name found is refused with a message that says which words and, for a student,
her case code to write instead; nothing is saved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.redaction import Category, IdentifierSet
from counsel_desk.domain.validation import clean_activity, raise_for_errors, validate_activity
from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.services.reports import case_codes_in
from counsel_desk.services.supervision import SupervisionService
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.repositories.activities import ActivityRepository
from counsel_desk.vault.vault import Vault

# A class ("VIII-B") and the school are what an activity is about, not a person.
_ALLOWED = frozenset({Category.CLASS, Category.SCHOOL})


@dataclass(frozen=True)
class NameFound:
    """Words of an activity's ``field`` that name someone the vault knows."""

    field: str
    text: str
    category: Category
    case_code: str | None


class ActivityNotFoundError(CounselDeskError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(QT_TRANSLATE_NOOP("Activities", "The activity is no longer in the vault."))
        )


class ActivityNamesError(CounselDeskError):
    """An activity whose text names someone in the vault; ``found`` lists every name."""

    def __init__(self, found: list[NameFound]) -> None:
        self.found = found
        first = found[0]
        if first.field == "class_name" and first.text == first.case_code:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "“{words}” is a case code. The class is printed in the BK service report "
                    "for the school: write the class (VIII-B), or leave it empty.",
                ),
                words=first.text,
            )
        elif first.category is Category.CLIENT and first.case_code:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "“{words}” is the name of a student in your vault. The activity log "
                    "keeps no names: write her case code {code} instead, or leave it out.",
                ),
                words=first.text,
                code=first.case_code,
            )
        elif first.case_code is None and first.category is not Category.TERM:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "“{words}” names a student of your class list or her family. The activity "
                    "log keeps no names: leave it out.",
                ),
                words=first.text,
            )
        elif first.category is Category.TERM:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "“{words}” is on your never-print list. The activity log keeps no names: "
                    "leave it out.",
                ),
                words=first.text,
            )
        else:
            message = UserMessage(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "“{words}” is in the record of {code} ({category}). The activity log keeps "
                    "no names or identifying details: leave it out or write the case code.",
                ),
                words=first.text,
                code=first.case_code or "",
                category=first.category.value.replace("_", " "),
            )
        super().__init__(message)


# A class's parallel letter with a word glued to it ("VIII-Brina", "9Crina"): the class
# field is printed in the BK report, and the name is checked as if a space were there.
_GLUED_TO_CLASS = re.compile(r"(?<=[-\d\s][^\W\d_])(?=[^\W\d_]{2,})")


_CLASS_KEYS = frozenset({"class_name", "class_level"})  # an activity's, a planned one's


def _class_texts(class_name: str) -> list[str]:
    """The class as written and, when a word is glued to its parallel, with them apart."""
    apart = _GLUED_TO_CLASS.sub(" ", class_name)
    return [class_name] if apart == class_name else [class_name, apart]


def names_in(activity: Activity, identifiers: IdentifierSet) -> list[NameFound]:
    """Every name, number or date of a record that ``activity``'s text holds."""
    return names_in_texts(activity.texts(), identifiers)


def names_in_texts(texts: list[tuple[str, str]], identifiers: IdentifierSet) -> list[NameFound]:
    """Every name, number or date of a record in ``texts`` ((key, text) pairs) — what a
    record that keeps no names (the activity log, the BK program) refuses."""
    found: list[NameFound] = []
    texts = list(texts)
    for key, text in list(texts):
        if key in _CLASS_KEYS:
            texts += [(key, t) for t in _class_texts(text)[1:]]
    for key, text in texts:
        for detection in identifiers.find(text):
            if detection.category in _ALLOWED:
                continue
            if detection.generic and detection.category is Category.DATE:
                # a date is a generic pattern; a client's whole birth date is hers
                written = text[detection.start : detection.end]
                births = identifiers.births_written_in(written)
                if births:
                    found.append(NameFound(key, written, Category.DATE, births[0]))
                continue
            if detection.generic:
                continue
            codes = [e.case_code for e in detection.entries if e.case_code]
            found.append(
                NameFound(
                    key,
                    text[detection.start : detection.end],
                    detection.category,
                    codes[0] if codes else None,
                )
            )
    classes = [(k, t) for k, t in texts if k in _CLASS_KEYS]
    if classes:
        # The BK report (and the program) prints the classes: a case code there would go
        # to the school (in the topic and notes, which stay in the vault, she writes one
        # instead of a name).
        codes = sorted({i.case_code for i in identifiers.identifiers if i.case_code})
        seen: set[tuple[str, str]] = set()
        for key, text in classes:
            for code in case_codes_in(text, codes):
                if (key, code) not in seen:
                    seen.add((key, code))
                    found.append(NameFound(key, code, Category.ID, code))
    return found


class ActivityService:
    def __init__(
        self,
        vault: Vault,
        identifiers: Callable[[], IdentifierSet] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._vault = vault
        self._identifiers = identifiers or SupervisionService(vault).identifiers
        self._today = today

    def activities(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[Activity]:
        with self._vault.reading() as conn:
            return ActivityRepository(conn).all(start, end)

    def get(self, activity_id: int) -> Activity:
        with self._vault.reading() as conn:
            found = ActivityRepository(conn).get(activity_id)
        if found is None:
            raise ActivityNotFoundError()
        return found

    def check(self, activity: Activity) -> Activity:
        """``activity`` cleaned as it would be saved; raises what saving would refuse."""
        activity = clean_activity(activity)
        raise_for_errors(validate_activity(activity, today=self._today()))
        found = names_in(activity, self._identifiers())
        if found:
            raise ActivityNamesError(found)
        return activity

    def save(self, activity: Activity) -> Activity:
        """Add or change an activity (its ``id`` says which). Refused, with nothing saved,
        when it breaks a rule or names someone the vault knows."""
        activity = self.check(activity)
        with self._vault.transaction() as conn:
            repo = ActivityRepository(conn)
            if activity.id is None:
                activity = replace(activity, id=repo.insert(activity))
            elif not repo.update(activity):
                raise ActivityNotFoundError()
            self._vault.audit.append(
                AuditAction.ACTIVITY_SAVED, None, f"activity {activity.id}: {activity.kind.value}"
            )
        return activity

    def delete(self, activity_id: int) -> None:
        with self._vault.transaction() as conn:
            if not ActivityRepository(conn).delete(activity_id):
                raise ActivityNotFoundError()
            self._vault.audit.append(AuditAction.ACTIVITY_DELETED, None, f"activity {activity_id}")
