"""Redaction for clinical supervision: find every identifier of the vault in a text.

:class:`IdentifierSet` holds everyone and everything the vault knows that identifies a
person: every client's names and nickname, guardians, emergency contacts, other people
named in a record, schools, addresses (and the street names inside them), phones,
e-mails, ID numbers and dates of birth, plus the counselor's "never print" terms.

:class:`Redactor` is one *document session*: it replaces what it finds with readable
labels ([CLIENT], [GUARDIAN 1], [PERSON A], [SCHOOL], [PHONE], [EMAIL], [ADDRESS],
[ID], [DATE]) and keeps the labels stable across every text of one document.

The text is scanned once, whatever the size of the vault:

* names, schools, addresses and terms are token sequences in one trie, walked from
  each token of the normalised text (lower case, no diacritics, with a map back to the
  original offsets);
* numbers are digit runs (separators allowed between digits) looked up by substring in
  one dict of digit strings;
* e-mails, dates and long numbers are found by a handful of fixed patterns that do not
  depend on the vault.

docs/redaction.md lists what is matched, the labels, and what cannot be caught.
Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final, NamedTuple

from counsel_desk.domain.calendar_days import is_public_day
from counsel_desk.domain.collector import collector_paused
from counsel_desk.domain.model import Caseload, Client, Contact
from counsel_desk.domain.placeholders import fixed_label, guardian_label, person_label
from counsel_desk.domain.redaction_lexicon import (
    ABBREVIATIONS,
    COMMON_WORDS,
    COMMON_WORDS_ID,
    ENGLISH_TITLES,
    HONORIFICS,
    INFORMAL_WORDS,
    KINSHIP_HONORIFICS,
    KINSHIP_MODIFIERS,
    KINSHIP_WORDS,
    MAIL_SERVICES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMES_AFTER_TITLES,
    NAMES_MORE_THAN_WORDS,
    NAMES_NOT_WORDS,
    NAMES_THAT_ARE_WORDS,
    NAMES_THAT_START_NO_SENTENCE,
    NOT_HANDLE_ENDS,
    NOT_NAMES,
    PLACES_AND_PROPER_WORDS,
    PLATFORM_WORDS,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    TWO_LETTER_WORDS,
)
from counsel_desk.domain.wordlist import forget_looked_up_words as forget_wordlist_answers
from counsel_desk.domain.wordlist import is_word

if TYPE_CHECKING:
    from counsel_desk.domain.roster import RosterEntry

__all__ = [
    "Category",
    "Detection",
    "Identifier",
    "IdentifierSet",
    "RedactionResult",
    "RedactionSpan",
    "Redactor",
    "name_part",
    "normalize",
    "possible_names",
    "possible_people_in",
]


class Category(StrEnum):
    """What an identifier is, and for names whose record it comes from."""

    CLIENT = "client"
    GUARDIAN = "guardian"
    EMERGENCY_CONTACT = "emergency_contact"
    OTHER_PERSON = "other_person"
    UNLISTED_PERSON = "unlisted_person"  # a title followed by a name in no record
    SCHOOL = "school"
    ADDRESS = "address"
    PHONE = "phone"
    EMAIL = "email"
    ID = "id"
    DATE = "date"
    CLASS = "class"  # a class with its parallel ("9C", "VIII-B", "X IPA 2")
    TERM = "term"  # the counselor's "never print" list

    @property
    def is_person(self) -> bool:
        return self in _PERSON_CATEGORIES


_PERSON_CATEGORIES: Final = frozenset(
    {
        Category.CLIENT,
        Category.GUARDIAN,
        Category.EMERGENCY_CONTACT,
        Category.OTHER_PERSON,
        Category.UNLISTED_PERSON,
    }
)


# Which detection wins when two overlap (lower wins; the replaced span is their union).
_PRIORITY: Final = {
    Category.EMAIL: 0,
    Category.DATE: 1,
    Category.CLASS: 2,
    Category.PHONE: 2,
    Category.ID: 2,
    Category.ADDRESS: 3,
    Category.SCHOOL: 4,
    Category.TERM: 5,
    Category.CLIENT: 6,
    Category.GUARDIAN: 6,
    Category.EMERGENCY_CONTACT: 6,
    Category.OTHER_PERSON: 6,
    Category.UNLISTED_PERSON: 7,
}
_GENERIC_NUMBER_PRIORITY: Final = 8

# --- normalisation ---------------------------------------------------------------------

_SPECIAL: Final[dict[str, str]] = {
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "ł": "l",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "þ": "th",
    "ħ": "h",
    "ŋ": "n",
    "\u0640": "",  # the Arabic tatweel (kashida) stretches a word and is no letter
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\uff0b": "+",
}
# Cyrillic and Greek letters that look like Latin ones ("santоso" with a Cyrillic о,
# "ucοk" with a Greek ο: attack F13), folded to the Latin letter they pass for, in either
# case (keys are lower case: "Ѕantoso" folds by "ѕ"). Only the normal form used for
# matching changes; the text printed keeps what was written.
_CONFUSABLES: Final = dict(
    zip(
        "авекмнорстухіјѕԁԛԝӏαβεηικνορτυχγζϲ",
        "abekmhopctyxijsdqwlabenikvoptuxyzc",
        strict=True,
    )
)
_SPECIAL.update(_CONFUSABLES)
# Small capitals, as "fancy text" apps write a name in a bio or a chat ("ʙᴜᴅɪ", attack
# F15): no decomposition brings them back to the letter, so they are folded by hand.
_SMALL_CAPITALS: Final = dict(
    zip(
        "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d"
        "\u0274\u1d0f\u1d18\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
        "abcdefghijklmnoprstuvwyz",
        strict=True,
    )
)
_SPECIAL.update(_SMALL_CAPITALS)
# Invisible characters that are no format character (Cf) but are drawn as nothing, or
# as a blank, all the same — the combining grapheme joiner, variation selectors (an
# emoji's U+FE0F), Mongolian variation selectors, Hangul fillers (chat apps' "blank"
# letters) and the blank Braille pattern: pasted into a name ("Har\u034ftono", "bu\u3164di")
# they split it into two words no one is (attack F15). Dropped like a format character.
_IGNORABLE: Final = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u2800\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
    + "".join(chr(c) for c in range(0xE0100, 0xE01F0))
)
_char_cache: dict[str, str] = {}


def _norm_char(ch: str) -> str:
    out = _char_cache.get(ch)  # pragma: no mutate (a cache miss computes the same)
    if out is None:
        special = _SPECIAL.get(ch.lower())
        if unicodedata.category(ch) == "Cf" or ch in _IGNORABLE:
            # Format characters (zero-width space/joiner, word joiner, soft hyphen, BOM,
            # bidi controls) are invisible: text pasted from a chat app carries them
            # inside names, and a PDF's text layer drops them.
            out = ""
        elif special is not None:
            out = special
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            kept = "".join(c for c in decomposed if not unicodedata.combining(c))
            out = "".join(_SPECIAL.get(c, c) for c in kept.casefold())
            # casefold of "İ" brings a combining dot back (never reached: NFKD splits the
            # dot off first, no character leaves U+0307 here; kept as a guard)
            if "\u0307" in out:  # pragma: no mutate (no input reaches it)
                out = out.replace("\u0307", "")  # pragma: no mutate (no input reaches it)
        _char_cache[ch] = out  # pragma: no mutate (a cache miss computes the same)
    return out


def normalize(text: str) -> tuple[str, list[int] | None]:
    """``text`` in normal form and, for each of its characters, the original offset.

    Normal form: format characters (Unicode category Cf) dropped, NFKD, combining marks
    dropped, case-folded, a few letters without a
    decomposition folded by hand (đ ø ł æ œ), typographic quotes and dashes made ASCII.
    The offset list is ``None`` when the two texts have the same offsets (ASCII text).
    """
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        out = ch.lower() if ch.isascii() else _norm_char(ch)
        if out:
            parts.append(out)
            offsets.extend([i] * len(out))
    return "".join(parts), offsets


def _norm(text: str) -> str:
    return normalize(text)[0]


_OLD_SPELLING: Final = (
    ("oe", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("sj", "sy"),
    ("nj", "ny"),
    ("ch", "kh"),
)
_DOUBLED: Final = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """A normalised word's spelling skeleton: old Indonesian spelling made new (oe, dj,
    tj, sj, nj, ch), y as i, ae as ai, o as u, sy as s, a final h after a vowel dropped,
    doubled letters single. "Mohammad", "Muhamad", "Muhammad" -> "muhamad"; "Rizki" and
    "Rizky"; "Aisyah" and "Aisah"; "Soekarno" and "Sukarno"; "Nuraeni" and "Nuraini"."""
    for old, new in _OLD_SPELLING:
        word = word.replace(old, new)
    word = word.replace("sy", "s").replace("y", "i").replace("ae", "ai").replace("o", "u")
    word = _DOUBLED.sub(r"\1", word)
    if len(word) > 4 and word.endswith("h") and word[-2] in "aiu":
        word = word[:-1]
    return word


# Tokens: runs of letters, runs of digits, and each Chinese character alone — Chinese is
# written without spaces, so a name is a run of characters inside a longer one ("王伟今天
# 很难过": attack F12), matched as a sequence of one-character tokens.
_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_HAN}]|[^\W\d_{_HAN}]+|\d+")
# Arabic letters written joined to the word after them: "wa" (and), "fa", "bi", "li", "ka".
_ARABIC_PREFIXES: Final = "\u0648\u0641\u0628\u0644\u0643"
_GAP = re.compile(r"\s{0,3}[-.,/'()]?\s{0,3}")
_DIGITS_ONLY = re.compile(r"\D+")


def _tokens(normal: str) -> list[str]:
    return _TOKEN.findall(normal)


# --- the identifier set ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Identifier:
    """One identifier as written in the record (``text``) and whose it is."""

    text: str
    category: Category
    case_code: str | None  # the client whose record holds it (None: "never print" list)
    person: str | None = None  # key of the person a name belongs to


class _Entry(NamedTuple):
    category: Category
    person: str | None  # "c:CODE", "g:CODE:0", "e:CODE:0", "o:CODE:0", "u:name"
    case_code: str | None
    ident: int  # index of the Identifier in IdentifierSet.identifiers (for reports)
    any_case: bool  # matched in any case even when it is a common word (terms)


_END: Final = "\x00"
_Node = dict[str, object]

_STREET_WORDS: Final = {
    "jl": ("jl", "jln", "jalan"),
    "jln": ("jl", "jln", "jalan"),
    "jalan": ("jl", "jln", "jalan"),
    "gg": ("gg", "gang"),
    "gang": ("gg", "gang"),
    "perum": ("perum", "perumahan"),
    "perumahan": ("perum", "perumahan"),
    "komp": ("komp", "komplek", "kompleks"),
    "komplek": ("komp", "komplek", "kompleks"),
    "kompleks": ("komp", "komplek", "kompleks"),
    "street": ("street", "st"),
    "st": ("street", "st"),
    "road": ("road", "rd"),
    "rd": ("road", "rd"),
    "avenue": ("avenue", "ave"),
    "ave": ("avenue", "ave"),
    "lane": ("lane", "ln"),
    "drive": ("drive",),
    "kel": ("kel", "kelurahan"),
    "kelurahan": ("kel", "kelurahan"),
    "desa": ("desa",),
    "dusun": ("dusun",),
    "kampung": ("kampung",),
}
_ADDRESS_STOP: Final = frozenset({"no", "nomor", "blok", "rt", "rw", "km"})
_SCHOOL_NUMBERS: Final = {
    "1": ("sa",),
    "2": ("da",),
    "3": ("ga", "tig"),
    "4": ("pat",),
    "5": ("ma",),
    "6": ("nam",),
    "7": ("tu",),
    "8": ("pan",),
    "9": ("lan",),
}
_SCHOOL_SHORT: Final = {"sma": ("sman",), "smp": ("spen", "smpn"), "smk": ("smkn",)}
_SCHOOL_TYPES: Final = frozenset({"school", "academy", "college", "sekolah"})
_SCHOOL_LEVELS: Final = frozenset({"sd", "smp", "sma", "smk", "mi", "mts", "ma", "sdit", "smpit"})


class IdentifierSet:
    """Everything in the vault that identifies someone, compiled for one-pass matching."""

    def __init__(self) -> None:
        self.identifiers: list[Identifier] = []
        self._trie: _Node = {}
        # Entries of one trie node grouped by category, computed at the first match: a
        # name many people share ("Putu") would otherwise be regrouped at every occurrence.
        self._grouped: dict[
            int, tuple[list[_Entry], tuple[tuple[tuple[Category, tuple[_Entry, ...]], ...], bool]]
        ] = {}
        self._people: dict[int, tuple[list[_Entry], list[_Entry]]] = {}
        self._digits: dict[str, list[_Entry]] = {}
        self._digit_lengths: set[int] = set()
        self._emails: dict[str, list[_Entry]] = {}
        self._dates: dict[dt.date, list[_Entry]] = {}
        self._birth_index: (
            tuple[frozenset[tuple[int, int]], dict[str | None, tuple[int, int]]] | None
        ) = None
        self._seen: set[tuple[int, str | None, Category]] = set()  # build-time only
        self._skeletons: dict[str, list[_Entry]] = {}  # spelling skeleton -> names
        self._acronyms: dict[str, list[_Entry]] = {}  # "jis" -> schools, in capitals only
        self.kept: set[str] = set()  # words (normal form) she said are no one's name
        # Days of the school calendar she entered (exam weeks, holidays): no one's date.
        self._school_days: set[dt.date] = set()
        self._school_day_months: set[tuple[int, int]] = set()
        self._name_parts: tuple[dict[str, list[_Entry]], int] | None = None

    def name_parts(self) -> tuple[dict[str, list[_Entry]], int]:
        """Every one-word name of a person ("budi", "santoso", "carternguyen") -> the
        people it names, and the longest one's length (made at the first use, kept)."""
        if self._name_parts is None:
            parts: dict[str, list[_Entry]] = {}
            for key, node in self._trie.items():
                payload = node.get(_END) if isinstance(node, dict) else None
                if isinstance(payload, list) and key.isalpha():
                    people = [e for e in payload if e.category.is_person and e.person]
                    if people:
                        parts[key] = people
            self._name_parts = (parts, max(map(len, parts), default=0))
        return self._name_parts

    def keep(self, words: Iterable[str]) -> None:
        """Words that are no person ("Kemang", "Nyepi"): not redacted as unlisted people.
        A word that is in a record is redacted all the same, and so is a "never print"
        term (added before or after): a term's match outranks a kept word."""
        for word in words:
            self.kept.update(_tokens(_norm(word)))

    def with_kept(self, words: Iterable[str]) -> IdentifierSet:
        """This set with ``words`` kept too, for one summary ("It's Not a Name" in the
        review): a copy that shares everything but the kept words, so the set kept for
        the unlocked session is left as it was."""
        extra = {token for word in words for token in _tokens(_norm(word))}
        if not extra - self.kept:
            return self
        other = copy.copy(self)
        other.kept = self.kept | extra
        return other

    def keep_school_days(self, days: Iterable[dt.date]) -> None:
        """Days of the school calendar ("UAS 2-6 Desember"): a date among them written
        in a note identifies no one and is kept, like a public holiday — unless it is a
        birth date in the records or written as one (``_Scanner._public_day``)."""
        for day in days:
            self._school_days.add(day)
            self._school_day_months.add((day.day, day.month))

    def on_school_calendar(self, day: int, month: int, year: int | None) -> bool:
        """Whether the date is a day of the school calendar; without a year, whether
        that day and month is one in any year she entered."""
        if year is None:
            return (day, month) in self._school_day_months
        try:
            return dt.date(year, month, day) in self._school_days
        except ValueError:
            return False

    def _people_named(self, word: str) -> list[_Entry]:
        """The persons of whom ``word`` (a normal-form token) is a whole one-word name."""
        node = self._trie.get(word)
        payload = node.get(_END) if isinstance(node, dict) else None
        return self._people_in(payload) if isinstance(payload, list) else []

    def _people_in(self, payload: list[_Entry]) -> list[_Entry]:
        """The persons among a trie payload's entries: one list per payload, kept."""
        cached = self._people.get(id(payload))
        if cached is not None and cached[0] is payload:
            return cached[1]
        people = [e for e in payload if e.category.is_person]
        self._people[id(payload)] = (payload, people)
        return people

    # -- building

    @classmethod
    def from_caseload(cls, caseload: Caseload, extra_terms: Iterable[str] = ()) -> IdentifierSet:
        """The identifier set of a whole caseload plus the "never print" ``extra_terms``."""
        ids = cls()
        # Building allocates ~10^5 small objects; with a large caseload in memory, the
        # cyclic collector's passes over it would cost three times the build itself.
        with collector_paused():
            for number, client in enumerate(caseload.clients, start=1):
                ids.add_client(client, fallback_code=f"#{number}")
            for term in extra_terms:
                ids.add_term(term)
        ids._seen.clear()
        return ids

    def __len__(self) -> int:
        return len(self.identifiers)

    def __iter__(self) -> Iterator[Identifier]:
        return iter(self.identifiers)

    def add_client(self, client: Client, *, fallback_code: str | None = None) -> None:
        code = client.case_code or fallback_code or f"#{len(self.identifiers)}"
        key = f"c:{code}"
        for name in (client.full_name, client.given_name, client.family_name):
            if name:
                self._add_name(name, Category.CLIENT, code, key)
        if client.preferred_name:
            self._add_name(client.preferred_name, Category.CLIENT, code, key)
        self._add_contacts(client.guardians, Category.GUARDIAN, code, "g")
        self._add_contacts(client.emergency_contacts, Category.EMERGENCY_CONTACT, code, "e")
        for i, other in enumerate(client.other_people):
            self._add_name(other, Category.OTHER_PERSON, code, f"o:{code}:{i}")
        if client.school:
            self._add_school(client.school, code)
        if client.address:
            self._add_address(client.address, code)
        if client.phone:
            self._add_number(client.phone, Category.PHONE, code, key)
        if client.email:
            self._add_email(client.email, code, key)
        if client.student_number:
            self._add_number(client.student_number, Category.ID, code, key)
        if client.national_id:
            self._add_number(client.national_id, Category.ID, code, key)
        for i, consent in enumerate(client.consents):
            # Signers are usually the client or a guardian (already here), but not always;
            # a release of information names the party it releases to.
            if consent.signed_by:
                self._add_name(consent.signed_by, Category.OTHER_PERSON, code, f"s:{code}:{i}")
            released_to = getattr(consent, "released_to", None)
            if isinstance(released_to, str) and released_to.strip():
                self._add_name(released_to, Category.OTHER_PERSON, code, f"r:{code}:{i}")
        if client.date_of_birth:
            ident = self._identifier(client.date_of_birth.isoformat(), Category.DATE, code, key)
            self._birth_index = None
            self._dates.setdefault(client.date_of_birth, []).append(
                _Entry(Category.DATE, key, code, ident, False)
            )

    def add_roster(self, entries: Iterable[RosterEntry]) -> None:
        """The students of the class list (not clients: no case code) and their parents or
        guardian, numbers, addresses and birth dates — a classmate named in a note is
        redacted like any person of a record."""
        with collector_paused():
            for n, entry in enumerate(entries):
                key = f"l:{entry.id if entry.id is not None else f'#{n}'}"
                for i, name in enumerate(entry.names()):
                    self._add_name(name, Category.OTHER_PERSON, None, f"{key}:{i}")
                for number in (entry.nisn, entry.nik, entry.nipd):
                    if number:
                        self._add_number(number, Category.ID, None, f"{key}:0")
                if entry.phone:
                    self._add_number(entry.phone, Category.PHONE, None, f"{key}:0")
                if entry.address:
                    self._add_address(entry.address, None)
                if entry.birth_date:
                    ident = self._identifier(
                        entry.birth_date.isoformat(), Category.DATE, None, f"{key}:0"
                    )
                    self._birth_index = None
                    self._dates.setdefault(entry.birth_date, []).append(
                        _Entry(Category.DATE, f"{key}:0", None, ident, False)
                    )
        self._seen.clear()

    def _add_contacts(
        self, contacts: list[Contact], category: Category, code: str, prefix: str
    ) -> None:
        for i, contact in enumerate(contacts):
            key = f"{prefix}:{code}:{i}"
            if contact.name:
                self._add_name(contact.name, category, code, key)
            if contact.phone:
                self._add_number(contact.phone, Category.PHONE, code, key)
            if contact.email:
                self._add_email(contact.email, code, key)

    def add_person(self, name: str, person: str) -> None:
        """Someone the vault knows by name only, in no client's record (the name of a
        request to talk from a student who is not a client yet); ``person`` keys her."""
        self._add_name(name, Category.OTHER_PERSON, None, person)

    def add_term(self, term: str) -> None:
        """A "never print" word or phrase, redacted everywhere in any case."""
        tokens = _tokens(_norm(term))
        if not tokens:
            return
        index = self._identifier(term, Category.TERM, None, None)
        self._insert(tokens, _Entry(Category.TERM, None, None, index, True))
        digits = _DIGITS_ONLY.sub("", term)
        if len(digits) >= 6 and len(digits) * 2 >= len(term.replace(" ", "")):
            self._add_digits(digits, _Entry(Category.ID, None, None, index, True))

    def _identifier(
        self, text: str, category: Category, code: str | None, person: str | None
    ) -> int:
        self.identifiers.append(Identifier(text, category, code, person))
        return len(self.identifiers) - 1

    def _insert(self, tokens: list[str], entry: _Entry) -> None:
        self._grouped.clear()  # a payload may grow: groupings made before are stale
        self._people.clear()
        self._name_parts = None
        node = self._trie
        for token in tokens:
            child = node.get(token)
            if child is None:
                child = {}
                node[token] = child
            node = child  # type: ignore[assignment]
        payload = node.get(_END)
        if payload is None:
            payload = node[_END] = []
        assert isinstance(payload, list)
        # The same person (or record, for a school) under the same key adds nothing.
        seen = (id(payload), entry.person or entry.case_code, entry.category)
        if seen not in self._seen:
            self._seen.add(seen)
            payload.append(entry)

    def _add_name(self, name: str, category: Category, code: str | None, person: str) -> None:
        name = name_part(name)
        tokens = _tokens(_norm(name))
        while len(tokens) > 1 and tokens[0] in HONORIFICS:  # "Pak Joko" -> "joko"
            tokens = tokens[1:]
        if not tokens:
            return
        index = self._identifier(name, category, code, person)
        entry = _Entry(category, person, code, index, False)
        self._insert(tokens, entry)  # the whole name, in any case
        words = [w for w in re.split(r"\s+", _norm(name)) if w]
        for word in words:
            parts = _tokens(word)
            if len(parts) > 1 and all(p.isalpha() for p in parts):
                # "carter-nguyen" and "nur'aini": the word as written, joined, and each part.
                self._insert(parts, entry)
                self._insert(["".join(parts)], entry)
            for part in parts:
                if self._significant(part) and [part] != tokens:
                    self._insert([part], entry)
                if len(part) >= 5 and part.isalpha() and part not in COMMON_WORDS:
                    people = self._skeletons.setdefault(skeleton(part), [])
                    # Only this name's own parts can have added it already, and they
                    # did so just now: the last entry (a search of the whole list made
                    # the identifiers of 5,000 clients quadratic in a common skeleton).
                    if not people or people[-1] is not entry:
                        people.append(entry)

    @staticmethod
    def _significant(part: str) -> bool:
        return (
            len(part) >= 2
            and part.isalpha()
            and part not in NAME_PARTICLES
            and part not in HONORIFICS
        )

    def _add_school(self, school: str, code: str) -> None:
        index = self._identifier(school, Category.SCHOOL, code, None)
        entry = _Entry(Category.SCHOOL, None, code, index, False)
        tokens = _tokens(_norm(school))
        for variant in _school_variants(tokens):
            if len(variant) >= 2 or (variant and variant[0] not in COMMON_WORDS):
                self._insert(variant, entry)
        acronym = _school_acronym(tokens)
        if acronym is not None:
            self._acronyms.setdefault(acronym, []).append(entry)

    def _add_address(self, address: str, code: str | None) -> None:
        index = self._identifier(address, Category.ADDRESS, code, None)
        entry = _Entry(Category.ADDRESS, None, code, index, False)
        normal = _norm(address)
        self._insert(_tokens(normal), entry)
        for segment in normal.split(","):
            tokens = _tokens(segment)
            if not tokens:
                continue
            if len(tokens) >= 2 and (
                tokens[0] in _STREET_WORDS or any(t.isdigit() for t in tokens)
            ):
                self._insert(tokens, entry)
            for street in _street_names(tokens):
                self._insert(street, entry)

    def _add_number(self, number: str, category: Category, code: str | None, person: str) -> None:
        digits = _DIGITS_ONLY.sub("", number)
        if len(digits) < 6:
            return
        index = self._identifier(number, category, code, person)
        entry = _Entry(category, person, code, index, False)
        self._add_digits(digits, entry)
        # Local forms of the same number: +62 812... is also written 0812... and 812...
        if category is Category.PHONE:
            if digits.startswith("62") and len(digits) >= 10:
                self._add_digits(digits[2:], entry)
            elif digits.startswith("0") and len(digits) >= 8:
                self._add_digits(digits[1:], entry)
            elif number.lstrip(" (").startswith("+"):
                for cut in (1, 2, 3):  # a foreign number without its country code
                    if len(digits) - cut >= 8:
                        self._add_digits(digits[cut:], entry)

    def _add_digits(self, digits: str, entry: _Entry) -> None:
        entries = self._digits.setdefault(digits, [])
        if entry not in entries:
            entries.append(entry)
        self._digit_lengths.add(len(digits))

    def _add_email(self, email: str, code: str, person: str) -> None:
        normal = _norm(email.strip())
        if "@" not in normal:
            return
        index = self._identifier(email, Category.EMAIL, code, person)
        self._emails.setdefault(normal, []).append(
            _Entry(Category.EMAIL, person, code, index, False)
        )

    # -- matching

    def find(
        self, text: str, *, possible_people: bool = False, subject: str | None = None
    ) -> list[Detection]:
        """Every identifier and every generic identifying pattern in ``text``.

        With ``possible_people`` also every capitalised word that is in neither language's
        dictionary, no place and no word she kept (``[PERSON ?]``, supervision PDFs).
        With ``subject`` (the case code of the client the text is about) also the day and
        month of that client's birth written without a year ("17/03"): a score or a
        fraction is only a birthday when it is hers.
        Overlapping detections are all returned; :class:`Redactor` merges them.
        """
        return _Scanner(self, text, subject).run(possible_people=possible_people)

    def births_written_in(self, text: str) -> list[str | None]:
        """The case codes of the clients whose whole birth date — day, month and year —
        ``text`` writes, in any form dates are found in ("17/03/2012", "03/17/12",
        "17 Maret 2012", "2012-03-17"). :meth:`find` gives every date as a generic
        pattern: a check that lets generic dates pass (the activity log, a report's
        self-check) asks this of each."""
        found: list[str | None] = []
        for m in _DATE_PATTERNS.finditer(_norm(text)) if self._dates else ():
            for day, month, year in _readings(m):
                for date, entries in self._dates.items():
                    if (date.day, date.month) == (day, month) and year in (
                        date.year,
                        date.year % 100,
                    ):
                        found += [e.case_code for e in entries]
        return list(dict.fromkeys(found))

    def _birth_months(self) -> frozenset[tuple[int, int]]:
        """(month, year) of every birth date in the records."""
        return self._birth_dates()[0]

    def _birthday(self, code: str | None) -> tuple[int, int] | None:
        """(day, month) of the birth date of the client with case code ``code``."""
        return self._birth_dates()[1].get(code)

    def _birth_dates(
        self,
    ) -> tuple[frozenset[tuple[int, int]], dict[str | None, tuple[int, int]]]:
        """Both of the above, worked out once per set of birth dates (every text of an
        export asks, and a caseload has thousands of clients)."""
        if self._birth_index is None:
            birthdays: dict[str | None, tuple[int, int]] = {}
            for date, entries in self._dates.items():
                for e in entries:
                    birthdays.setdefault(e.case_code, (date.day, date.month))
            months = frozenset((d.month, d.year) for d in self._dates)
            self._birth_index = (months, birthdays)
        return self._birth_index


_NOTE_IN_BRACKETS: Final = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")


def name_part(field: str) -> str:
    """The name in a name field, without the note typed after it.

    "Mr. Hutapea (homeroom)" -> "Mr. Hutapea"; "Ms. Anderson, homeroom teacher" ->
    "Ms. Anderson"; "dr. Lim (child psychiatrist)" -> "dr. Lim". A comma-separated part
    stays only when each of its words is capitalised and no common word ("Budi, Ani").
    """
    text = _NOTE_IN_BRACKETS.sub(" ", field)
    parts = [p.strip() for p in re.split(r"[,;/]| - | – ", text)]
    kept = [parts[0]]
    for part in parts[1:]:
        words = part.split()
        if words and all(w[:1].isupper() and _norm(w).strip(".") not in NOT_NAMES for w in words):
            kept.append(part)
    out = " ".join(p for p in kept if p)
    return out if _tokens(_norm(out)) else field


def _school_variants(tokens: list[str]) -> list[list[str]]:
    """ "SMP Negeri 3 Semarang" is also written "SMPN 3 Semarang", "SMP N 3", "SMP 3"."""
    variants = [tokens]
    if len(tokens) >= 3 and tokens[0] in _SCHOOL_LEVELS and tokens[1] == "negeri":
        rest = tokens[2:]
        variants += [[tokens[0] + "n", *rest], [tokens[0], "n", *rest], [tokens[0], *rest]]
        # The short forms students use: "Smansa" (SMA Negeri 1), "Spenda" (SMP Negeri 2).
        number = _SCHOOL_NUMBERS.get(rest[0]) if rest[0].isdigit() else None
        short = _SCHOOL_SHORT.get(tokens[0])
        if number and short:
            variants += [[prefix + n] for prefix in short for n in number]
    for i, t in enumerate(tokens):
        # "Jakarta Int'l School", "Jakarta Intl School", "Bali Int. School".
        if t in ("international", "internasional"):
            for short_form in (["intl"], ["int", "l"], ["int"]):
                variants.append([*tokens[:i], *short_form, *tokens[i + 1 :]])
    more: list[list[str]] = []
    for v in variants:
        # Without the city after the number: "SMP Negeri 3".
        digit_at = next((i for i, t in enumerate(v) if t.isdigit()), None)
        if digit_at is not None and digit_at >= 1 and digit_at < len(v) - 1:
            more.append(v[: digit_at + 1])
        # Without its type at the end: "Jakarta International", "Bali Island".
        if len(v) >= 3 and v[-1] in _SCHOOL_TYPES:
            more.append(v[:-1])
    return variants + more


def _school_acronym(tokens: list[str]) -> str | None:
    """ "Jakarta International School" -> "jis" (matched only when written in capitals)."""
    letters = [t[0] for t in tokens if t.isalpha() and t not in NAME_PARTICLES]
    return "".join(letters) if 3 <= len(letters) <= 5 else None


def _street_names(tokens: list[str]) -> list[list[str]]:
    """ "Jl. Merpati No. 12" -> jl merpati, jln merpati, jalan merpati (never "merpati")."""
    out: list[list[str]] = []
    if len(tokens) >= 2 and tokens[0] in _STREET_WORDS:
        name: list[str] = []
        for t in tokens[1:]:
            if t in _ADDRESS_STOP or t.isdigit():
                break
            name.append(t)
        if name:
            out.extend([prefix, *name] for prefix in _STREET_WORDS[tokens[0]])
    elif len(tokens) >= 3 and tokens[0].isdigit() and tokens[-1] in _STREET_WORDS:
        name = tokens[1:-1]  # "12 Baker Street"
        out.extend([*name, suffix] for suffix in _STREET_WORDS[tokens[-1]])
    return out


# --- detection -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Detection:
    """Something identifying at ``start:end`` of the original text."""

    start: int
    end: int
    category: Category
    priority: int
    entries: tuple[_Entry, ...] = ()  # record entries behind it; empty for generic patterns

    @property
    def generic(self) -> bool:
        return not self.entries


_MONTHS: Final = {
    **dict.fromkeys(("january", "januari", "jan"), 1),
    **dict.fromkeys(("february", "februari", "pebruari", "feb", "febr", "peb"), 2),
    **dict.fromkeys(("march", "maret", "mar", "mrt"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("may", "mei"), 5),
    **dict.fromkeys(("june", "juni", "jun"), 6),
    **dict.fromkeys(("july", "juli", "jul"), 7),
    **dict.fromkeys(("august", "agustus", "aug", "agu", "agt", "ags", "agust"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("october", "oktober", "oct", "okt"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("december", "desember", "dec", "des"), 12),
}
_MONTH: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD: Final = r"(?:st|nd|rd|th)?"
_YEAR: Final = r"(?:1[89]\d\d|20\d\d|'\d\d)"
_SEP: Final = r"(?:\s*[-./]\s*|\s+)"
_DATE_PATTERNS: Final = re.compile(
    "|".join(
        (
            # 17 April 2010, 17 Agustus 2010, 17 Apr 2010, 17-apr-2010, 17th of April, 2010
            # (the year's separator may be the month's dot: 17.Jan.2010)
            rf"(?<![\w.]){_DAY}{_ORD}{_SEP}(?:of\s+)?(?:{_MONTH})\b(?:\.?,?{_SEP}{_YEAR}(?!\w)|\.)?",
            # April 17, 2010 / April 17th 2010 / April 17
            rf"(?<![\w])(?:{_MONTH})\b\.?\s+{_DAY}{_ORD}(?![\w]|[.,:]\d)(?:,?\s+{_YEAR}(?!\w))?",
            # 17/04/2010 17-04-2010 17.04.2010 04/17/2010 17/04/10
            r"(?<![\w.,/-])(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w]|[./-]\d)",
            # 2010-04-17 2010/04/17 2010.04.17
            r"(?<![\w.,/-])(?P<yy>\d{4})(?P<s2>[./-])(?P<m>\d{1,2})(?P=s2)(?P<d>\d{1,2})(?![\d]|[./-]\d)",
        )
    )
)
# A class with its parallel singles a student out of a school's year ("kelas 9C" is some
# thirty students, "grade 9" some three hundred): "9C", "7A", "10B", "VIII-B", "IX C" after
# a class word, "X IPA 2", "XI MIPA-3", "XII IPS 1" (the stream and its number). The
# grade level alone ("kelas 9", "grade 9") stays: the summary gives it anyway.
_ROMAN_GRADE: Final = r"(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
_NUMBER_GRADE: Final = r"(?:1[0-2]|[1-9])"
_STREAM: Final = r"(?:mipa|ipa|ips|iis|bahasa|bhs|agama|tkj|rpl|akl|otkp|bdp|mm)"
_CLASS_PATTERN: Final = re.compile(
    "|".join(
        (
            # X IPA 2, XI-MIPA-3, 11 IPS 1, XII Bahasa (with or without a class word)
            # (pasted text: up to three spaces, no-break spaces, dots or hyphens between)
            rf"(?<![\w-])(?:{_ROMAN_GRADE}|{_NUMBER_GRADE})[ \t\u00a0.-]{{0,3}}{_STREAM}"
            rf"(?:[ \t\u00a0.-]{{0,3}}\d{{1,2}})?(?![\w])",
            # kelas IX C, kelas 9 c, class 7-A, grade 10 B, kls. VIII.b, sekelas 8F
            rf"(?<![\w])(?:kelas|kls\.?|class|grade|sekelas|homeroom)[ \t]+"
            rf"(?:{_ROMAN_GRADE}|{_NUMBER_GRADE})[ \t]?[-./]?[ \t]?[a-j](?![\w])",
            # 9C, 10B, 7a: a grade number and the parallel's letter, written together
            rf"(?<![\w.,/-]){_NUMBER_GRADE}[a-j](?![\w]|[-/]\d)",
            # VIII-B, IX/C, VII.A: a roman grade, a separator and the letter
            rf"(?<![\w.,/-]){_ROMAN_GRADE}[-/.][a-j](?![\w]|[-/.]\w)",
        )
    )
)
_CLASS_WORD: Final = re.compile(r"(?:kelas|kls\.?|class|grade|sekelas|homeroom)[ \t]+")
_EMAIL: Final = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_WITHOUT_DOT: Final = re.compile(r"(?<![\w.+'-])([\w.+'-]+)@([\w-]+)(?![\w-]|\.[\w-])")
_HANDLE: Final = re.compile(r"(?<![\w@.])@[a-z0-9_.]{3,}[a-z0-9_]")
# A handle written without its "@" ("doni.ganteng99", "rara_cute", "ig-nya rara.cantik"):
# parts of letters and digits joined by dots or underscores, two of them with letters.
# A word of letters and digits both ("bud1", "s4ntoso"), and the letters digits pass for.
_LEET_WORD: Final = re.compile(
    r"(?<![^\W_])(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]{3,}(?![^\W_])"
)
_LEET_TABLES: Final = (
    str.maketrans("013456789", "oieasgtbg"),
    str.maketrans("013456789", "oleasgtbg"),  # "1" for an l: "wu1an"
)
# A word's letters spaced out, dotted or spelt with hyphens: "b u d i", "b.u.d.i",
# "b. u. d. i.", "B-U-D-I" (attack F15).
_SPACED_LETTERS: Final = re.compile(r"(?<![^\W\d_])(?:[a-z](?:[.-] ?| )){2,}[a-z](?![^\W\d_])")
_SPACED_GAPS: Final = re.compile(r"[ .-]")
_BARE_HANDLE: Final = re.compile(
    r"(?<![\w@./-])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\w@]|[.-][a-z0-9])"
)
_HANDLE_PART: Final = re.compile(r"[._]")
# The platform word right before a handle: "ig-nya: ", "akunnya ", "her handle is ".
_PLATFORM_BEFORE: Final = re.compile(
    r"(?<![a-z])([a-z]+?)(?:-?nya)?(?:[ \t]+(?:is|adalah))?[ \t]*[:=-]?[ \t]*$"
)
_DIGIT_RUN: Final = re.compile(r"\+?\(?\+?\d(?:[ \t\u00a0.\-/()]{0,3}\d)*\)?")
_ACADEMIC_YEAR: Final = re.compile(r"^(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d$")
_AMOUNT: Final = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_MONEY_BEFORE: Final = re.compile(r"(?:rp|idr|usd|\$|€|£)\.?\s*$")
_SENTENCE_END: Final = re.compile(r"(?:[.!?:;\n•]|\n\s*[-*])[\s\"'(\[]*$")
_GENERIC_DIGITS: Final = 7
# What may stand before a chat sender's name on its line: quotes, bullets, a timestamp.
_SENDER_LEAD: Final = re.compile(
    r"[\s\"'\u201c\u201d\u201e\[\]()<>*•\-\d.:,/]*(?:am|pm)?[\s\]\-:]*"
)
CLITICS: Final = frozenset(s for s in NAME_SUFFIXES if s != "s")
# Between a kinship word and the name: a space, a comma, a bracket or a colon, and an
# opening quote ("her sister 'Siti'", "adiknya \u201cTono\u201d").
_KIN_GAP: Final = re.compile(r"(?:[ \t]{1,2}|[ \t]?[,(:][ \t]?)[\"'\u201c\u201e]?")
_SENDER_COLON: Final = re.compile(r"(?:-?(?:nya|lah|kah|pun|ku|mu))?[ \t]?:(?!\d)")
_OPEN_QUOTE: Final = re.compile(r"[\"\u201c\u201e'][ \t]*$")
_LINE_BREAK_GAP: Final = re.compile(r"-?[ \t]*\n\s*")


def _valid_numeric_date(match: re.Match[str]) -> bool:
    if match.group("a") is not None:
        a, b = int(match.group("a")), int(match.group("b"))
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    if match.group("yy") is not None:
        m, d = int(match.group("m")), int(match.group("d"))
        return 1 <= m <= 12 and 1 <= d <= 31
    return True


POSSIBLE_PERSON: Final = "?:"
"""Key prefix of a possible person (a capitalised word in no dictionary): ``[PERSON ?]``."""


@functools.lru_cache(maxsize=65536)
def _is_word(normal_token: str) -> bool:
    return is_word(normal_token)


def forget_looked_up_words() -> None:
    """Drop the words of the notes the word checks were asked about, here and in
    ``domain/wordlist.py`` (at a lock: they are the notes' words, in memory)."""
    _is_word.cache_clear()
    forget_wordlist_answers()


_ELONGATED: Final = re.compile(r"(.)\1{2,}")
_REPEATED_LETTER: Final = re.compile(r"([^\W\d_])\1+")
# Titles a username or a quick chat glues to a name: "masbudi", "kakaisyah" (attack F15).
_GLUED_TITLES: Final = (
    "mas",
    "mbak",
    "mba",
    "kak",
    "pak",
    "bu",
    "bang",
    "dek",
    "adek",
    "bli",
    "om",
    "tante",
)
_LAUGHTER: Final = re.compile(r"a?(?:wk|kw)+w?k?|(?:h[aeiou]){2,}h?|(?:xi){2,}|(?:ka){3,}")


def _informal_or_word(normal_token: str) -> bool:
    """A word of either dictionary or of chat ("nggak", "gimana", "udah", "wkwkwk",
    "lmao"), also when its letters are drawn out ("capekkk", "PLISSS", "TOLONGGG")."""
    forms = [normal_token]
    if _ELONGATED.search(normal_token):
        forms += [_ELONGATED.sub(r"\1", normal_token), _ELONGATED.sub(r"\1\1", normal_token)]
    return any(
        w in INFORMAL_WORDS or _LAUGHTER.fullmatch(w) is not None or _is_word(w) for w in forms
    )


# Spoken Indonesian builds verbs on a dictionary word with a nasal prefix, "di-" or "-in":
# "ngajak" (ajak), "ngeledek" (ledek), "nyuruh" (suruh), "marahin" (marah), "diomelin"
# (omel), "dibully" (bully): (prefix, what it replaces, shortest stem). Not "n-"/"m-"
# ("nanya", "mukul" are listed words instead): a name would pass for a verb ("nanda" for
# "tanda"), as a short stem after "di-" would ("dimas", "diana").
_SPOKEN_PREFIXES: Final = (
    ("nge", ("",), 3),
    ("ng", ("", "k"), 3),
    ("ny", ("s", "c"), 3),
    ("di", ("",), 4),
)


# "ng" and "ny" come before a vowel in a spoken verb ("ngambil", "nyuruh").
_NASALS: Final = frozenset({"ng", "ny"})
_VOWELS: Final = frozenset("aeiou")


def _colloquial_word(normal_token: str, *, in_capitals: bool = False) -> bool:
    """A word of spoken Indonesian built on a dictionary word (``_SPOKEN_PREFIXES``).
    ``in_capitals``: of a word in capitals, where no capital tells a name from a verb,
    not "ng-" for "k-": Javanese names begin so ("NGADIMAN" is no "kadiman")."""
    bases = [normal_token]
    if normal_token.endswith("in") and len(normal_token) > 5:
        base = normal_token[:-2]  # "marahin", "ajakin": the -in of spoken verbs
        if _is_word(base):
            return True
        bases.append(base)
    for base in bases:
        for prefix, starts, shortest in _SPOKEN_PREFIXES:
            rest = base[len(prefix) :]
            if (
                not base.startswith(prefix)
                or len(rest) < shortest
                or (prefix in _NASALS and rest[0] not in _VOWELS)
            ):
                continue
            if any(
                _is_word(start + rest)
                for start in starts
                if not (in_capitals and prefix == "ng" and start == "k")
            ):
                return True
    return False


class _Token(NamedTuple):
    start: int  # in the normal text
    end: int
    text: str


def _listed_persons(d: Detection) -> set[str]:
    """The listed people (not unlisted, not possible) a detection of a person names."""
    if not d.category.is_person:
        return set()
    return {
        e.person for e in d.entries if e.person and not e.person.startswith(("u:", POSSIBLE_PERSON))
    }


def _spanning(run: list[Detection], persons: set[str]) -> Detection:
    """One detection over ``run``, of the people all its parts name."""
    entries = tuple(dict.fromkeys(e for d in run for e in d.entries if e.person in persons))
    return Detection(
        run[0].start,
        max(d.end for d in run),
        entries[0].category,
        min(d.priority for d in run),
        entries,
    )


class _Scanner:
    def __init__(self, ids: IdentifierSet, text: str, subject: str | None = None) -> None:
        self.ids = ids
        self.subject = subject
        self.text = text
        self.normal, self.offsets = normalize(text)
        self.tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.normal)]
        self._index = {t.start: i for i, t in enumerate(self.tokens)}
        self.found: list[Detection] = []
        self.name_tokens: set[int] = set()  # indices of tokens inside a listed name
        self._capital_runs: list[bool] | None = None  # tokens among words in capitals

    # offsets

    def _orig_start(self, pos: int) -> int:
        return pos if self.offsets is None else self.offsets[pos]

    def _orig_end(self, pos: int) -> int:
        if self.offsets is None:
            return pos
        end = self.offsets[pos - 1] + 1
        while end < len(self.text) and unicodedata.combining(self.text[end]):
            end += 1  # a decomposed letter's marks belong to it
        return end

    def _add(
        self, start: int, end: int, category: Category, priority: int, entries: tuple[_Entry, ...]
    ) -> None:
        self.found.append(
            Detection(self._orig_start(start), self._orig_end(end), category, priority, entries)
        )

    def _capitalised(self, token: _Token) -> bool:
        return self.text[self._orig_start(token.start)].isupper()

    def _sentence_initial(self, token: _Token) -> bool:
        before = self.text[
            max(0, self._orig_start(token.start) - 12) : self._orig_start(token.start)
        ]
        if self._orig_start(token.start) <= 12 and not before.strip(" \"'([\t"):
            return True
        return _SENTENCE_END.search(before) is not None

    def run(self, *, possible_people: bool = False) -> list[Detection]:
        self._names()
        self._obfuscated_names()
        self._school_acronyms()
        self._broken()
        self._unlisted()
        if possible_people:
            self._possible_people()
        self._find_dates()
        self._numbers()
        self._patterns()
        self.found.sort(key=lambda d: (d.start, d.end))
        self._one_person_runs()
        return self.found

    def _one_person_runs(self) -> None:
        """Parts of one listed person's name found apart and written side by side, a space
        between ("Nina" and "Permatasari" for a listed "Nina Permata Sari", "Siti
        Nurhaliza Putri" for "Siti Nur Haliza Putri"): one span over them as well, so one
        label for one person. ``found`` is sorted and stays so."""
        runs: list[Detection] = []
        run: list[Detection] = []
        persons: set[str] = set()
        for d in self.found:
            keys = _listed_persons(d)
            if not keys:
                continue
            if run and run[-1].end <= d.start and keys & persons:
                gap = self.text[run[-1].end : d.start]
                if 0 < len(gap) <= 2 and gap.strip(" ") == "":
                    run.append(d)
                    persons &= keys
                    continue
            if run and d.start < run[-1].end and keys & persons:
                continue  # the same name again ("Bu Indah" and "Indah")
            if len(run) > 1:
                runs.append(_spanning(run, persons))
            run, persons = [d], keys
        if len(run) > 1:
            runs.append(_spanning(run, persons))
        if runs:
            self.found = sorted([*self.found, *runs], key=lambda d: (d.start, d.end))

    # names, schools, addresses, terms

    def _joined(self, i: int) -> bool:
        """True when token i continues token i-1 (one gap of space or punctuation)."""
        gap = self.normal[self.tokens[i - 1].end : self.tokens[i].start]
        return len(gap) <= 4 and _GAP.fullmatch(gap) is not None

    def _names(self) -> None:
        tokens, trie = self.tokens, self.ids._trie
        n = len(tokens)
        for i in range(n):
            node = trie.get(tokens[i].text)
            best: tuple[int, list[_Entry], str] | None = None
            if node is not None:
                j = i
                while True:
                    assert isinstance(node, dict)
                    payload = node.get(_END)
                    if payload is not None:
                        assert isinstance(payload, list)
                        best = (j, payload, tokens[j].text)
                    j += 1
                    if j >= n or not self._joined(j):
                        break
                    child = node.get(tokens[j].text)
                    if child is None:
                        stem = self._suffixed(node, tokens[j])
                        if stem is not None:
                            best = (j, stem[0], stem[1])
                        break
                    node = child
            else:
                stem = self._suffixed(trie, tokens[i])
                if stem is not None:
                    best = (i, stem[0], stem[1])
                else:
                    glued = self._concatenated(tokens[i].text)
                    if glued is not None:
                        best = (i, glued, tokens[i].text)
                    elif tokens[i].text[0] in _ARABIC_PREFIXES:
                        best = self._arabic_prefixed(i)
                    if best is None:
                        best = self._drawn_out(i)
                    if best is None:
                        best = self._title_glued(i)
            if best is None:
                best = self._variant(i)
            if best is None:
                continue
            last, entries, key = best
            if last == i and not self._single_token_ok(tokens[i], entries, key):
                continue
            groups, has_people = self._grouped(entries)
            start, end = tokens[i].start, tokens[last].end
            if has_people:
                start = self._honorific_start(i)
                end = self._suffix_end(last)
                self.name_tokens.update(range(i, last + 1))
            for category, group in groups:
                if category.is_person:
                    self._add(start, end, category, _PRIORITY[category], group)
                else:
                    first, stop = tokens[i].start, tokens[last].end
                    self._add(first, stop, category, _PRIORITY[category], group)

    def _drawn_out(self, i: int) -> tuple[int, list[_Entry], str] | None:
        """A listed name with letters drawn out, as a chat writes a call or a shout
        ("Budiii", "jokooo", "BUDIIIII", attack F15): each run of one letter read as
        one or two of it. Not a word of either dictionary or of chat as written
        ("capekkk", "nooo"), and a name that is a word only where a name stands
        ("kata indahhh", "Indahhh"; "rumahnya indahhh" stays)."""
        token = self.tokens[i]
        text = token.text
        runs = list(_REPEATED_LETTER.finditer(text))
        if not runs or len(runs) > 3 or text in NOT_NAMES or text in INFORMAL_WORDS:
            return None
        if _is_word(text) or _LAUGHTER.fullmatch(text):
            return None
        for lengths in itertools.product((1, 2), repeat=len(runs)):
            parts, pos = [], 0
            for run, length in zip(runs, lengths, strict=True):
                parts.append(text[pos : run.start()] + run.group(1) * length)
                pos = run.end()
            word = "".join(parts) + text[pos:]
            people = self.ids._people_named(word) if len(word) >= 3 else []
            if not people:
                continue
            if (
                word in COMMON_WORDS
                and word not in NAMES_NOT_WORDS
                and not (self._capitalised(token) or self._name_position(token))
            ):
                return None
            return i, people, text
        return None

    def _title_glued(self, i: int) -> tuple[int, list[_Entry], str] | None:
        """A listed name with a title glued to it, as a username or a quick chat writes
        it ("masbudi", "kakaisyah", "pakhartono", "mbakaisyahnya", attack F15): a title
        of ``_GLUED_TITLES``, then a listed person's one-word name part of three letters
        or more, with a clitic or not, when the whole is no word ("bukan", "pakaian",
        "masalah", "bulan" stay)."""
        token = self.tokens[i]
        text = token.text
        if len(text) < 5 or not text.startswith(_GLUED_TITLES) or not text.isalpha():
            return None
        if text in NOT_NAMES or _informal_or_word(text) or _colloquial_word(text):
            return None
        for title in _GLUED_TITLES:
            if not text.startswith(title):
                continue
            rest = text[len(title) :]
            stems = [rest] + [rest[: -len(c)] for c in NAME_SUFFIXES[:-1] if rest.endswith(c)]
            for stem in stems:
                people = self.ids._people_named(stem) if len(stem) >= 3 else []
                if people:
                    return i, people, text
        return None

    def _arabic_prefixed(self, i: int) -> tuple[int, list[_Entry], str] | None:
        """A listed name in Arabic script with a conjunction or preposition joined to it
        ("ومحمد": "and Muhammad"), as Arabic writes them (attack F12)."""
        stem = self.tokens[i].text[1:]
        node = self.ids._trie.get(stem)
        payload = node.get(_END) if isinstance(node, dict) else None
        if len(stem) < 2 or not isinstance(payload, list):
            return None
        return i, payload, stem

    def _obfuscated_names(self) -> None:
        """A listed name written to dodge a matcher (attack F13): digits for letters
        ("bud1", "s4ntoso", "r1na", "1ndah") or its letters spaced out ("B u d i",
        "b.u.d.i"). Only a listed person's name part of three letters or more counts, a
        word-name too ("1ndah" is no word), so "a. b. c." and "covid19" stay."""
        normal = self.normal
        if any(c.isdigit() for c in normal):
            for m in _LEET_WORD.finditer(normal):
                word = m.group()
                for table in _LEET_TABLES:
                    if self._name_part_for(word.translate(table), m.start(), m.end()):
                        break
        if " " in normal or "." in normal or "-" in normal:
            for m in _SPACED_LETTERS.finditer(normal):
                self._name_part_for(_SPACED_GAPS.sub("", m.group()), m.start(), m.end())

    def _name_part_for(self, word: str, start: int, end: int) -> bool:
        """Redact ``start:end`` as the listed person whose one-word name part ``word`` is."""
        if len(word) < 3:
            return False  # "b u" is no one: "bu"
        people = self.ids._people_named(word)
        if not people:
            return False
        groups, _ = self._grouped(people)
        for category, group in groups:
            self._add(start, end, category, _PRIORITY[category], group)
        return True

    def _school_acronyms(self) -> None:
        """A school's initials written in capitals ("JIS", "BIS"; "bis" is a bus)."""
        acronyms = self.ids._acronyms
        if not acronyms:
            return
        for token in self.tokens:
            entries = acronyms.get(token.text)
            if entries is None:
                continue
            original = self.text[self._orig_start(token.start) : self._orig_end(token.end)]
            if original.isupper():
                self._add(
                    token.start,
                    token.end,
                    Category.SCHOOL,
                    _PRIORITY[Category.SCHOOL],
                    tuple(entries),
                )

    def _variant(self, i: int) -> tuple[int, list[_Entry], str] | None:
        """A capitalised spelling variant of a listed name ("Mohammad" for "Muhammad",
        "Rizki" for "Rizky", "Soekarno" for "Sukarno"), by its spelling skeleton."""
        token = self.tokens[i]
        if len(token.text) < 5 or not self._capitalised(token) or token.text in NOT_NAMES:
            return None
        entries = self.ids._skeletons.get(skeleton(token.text))
        if not entries:
            return None
        return (i, entries, token.text)

    def _broken(self) -> None:
        """A name broken by a line break or hyphenation ("Ais-\\nyah"), or a one-word name
        written as two words ("Permata Sari" for a listed "Permatasari", in any case): the
        two halves joined, when they make a listed person's name (with or without a
        suffix). Split by a space or a hyphen, each half has three letters or more: "bu
        di" is no "Budi". The rest of that person's name before the halves ("Indah
        Permata Sari" for a listed "Indah Permatasari") and the titles before it are one
        span with them: one label for one person."""
        tokens, trie = self.tokens, self.ids._trie
        for i in range(len(tokens) - 1):
            a, b = tokens[i], tokens[i + 1]
            gap = self.normal[a.end : b.start]
            if not _LINE_BREAK_GAP.fullmatch(gap) and not (
                gap in (" ", "-")
                and len(a.text) >= 3
                and len(b.text) >= 3
                and a.text.isalpha()
                and b.text.isalpha()
            ):
                continue
            joined = _Token(a.start, b.end, a.text + b.text)
            key = joined.text
            people = self.ids._people_named(key)
            if not people:
                found = self._suffixed(trie, joined)
                people, key = found if found is not None else ([], key)
            if people:
                first = self._name_before(i, key, {e.person for e in people})
                category = people[0].category
                start = self._honorific_start(first)
                self._add(start, b.end, category, _PRIORITY[category], tuple(people))
                self.name_tokens.update(range(first, i + 2))

    def _name_before(self, i: int, key: str, persons: set[str | None]) -> int:
        """The first token of a listed name of one of ``persons`` that ends in ``key`` (a
        name part written from token i on, as two halves): i when none. "Indah Permata
        Sari" is Indah Permatasari from "indah" on, "Siti Nur Haliza" Siti Nurhaliza."""
        first = i
        for k in range(i - 1, max(-1, i - 4), -1):
            if not self._joined(k + 1):
                break
            node: object = self.ids._trie
            for token in self.tokens[k:i]:
                node = node.get(token.text) if isinstance(node, dict) else None
            node = node.get(key) if isinstance(node, dict) else None
            payload = node.get(_END) if isinstance(node, dict) else None
            if isinstance(payload, list) and any(
                e.person in persons for e in self.ids._people_in(payload)
            ):
                first = k
        return first

    def _grouped(
        self, entries: list[_Entry]
    ) -> tuple[tuple[tuple[Category, tuple[_Entry, ...]], ...], bool]:
        """``entries`` by category (cached on the identifier set: the lists live in its
        trie for as long as it does), and whether any of them is a person."""
        cache = self.ids._grouped
        cached = cache.get(id(entries))  # pragma: no mutate (a cache miss computes the same)
        if cached is not None and cached[0] is entries:
            return cached[1]
        by_kind: dict[Category, list[_Entry]] = {}
        for e in entries:
            by_kind.setdefault(e.category, []).append(e)
        found = (
            tuple((c, tuple(g)) for c, g in by_kind.items()),
            any(e.category.is_person for e in entries),
        )
        # the list is kept, so its id stays its own
        cache[id(entries)] = (entries, found)  # pragma: no mutate (a cache miss computes the same)
        return found

    def _suffixed(self, node: _Node, token: _Token) -> tuple[list[_Entry], str] | None:
        """Entries of ``token`` minus a suffix ("Budinya" -> "budi"), if a name ends there.

        A capitalised token qualifies with any stem of two letters or more; a lower-case
        one ("aisyahnya", "nurnya") when the stem has three letters or more, is no common
        word ("bagusnya" is "its goodness") and the token itself is no word either
        ("lelah", "dinas", "atas" are words, not Lê-lah, Dina-s, Ata-s). "-s" only before
        an apostrophe ("Budis'").
        """
        capitalised = self._capitalised(token)
        text = token.text
        if not capitalised and text in NOT_NAMES:
            return None
        for suffix in NAME_SUFFIXES:
            stem = text[: -len(suffix)]
            if not text.endswith(suffix) or len(stem) < 2:
                continue
            # "-s" without an apostrophe ("santosos house") only on a stem of four
            # letters or more when the whole is no word ("dinas", "kertas", "marks").
            plain_s = suffix == "s" and not self.normal.startswith("'", token.end)
            if plain_s and len(stem) < 4:
                continue
            if not capitalised and not self._lower_stem_ok(stem, token):
                continue
            child = node.get(stem)
            if isinstance(child, dict):
                payload = child.get(_END)
                if isinstance(payload, list):
                    people = self.ids._people_in(payload)
                    if people and not (plain_s and (text in NOT_NAMES or _is_word(text))):
                        return people, stem
        return None

    def _concatenated(self, text: str) -> list[_Entry] | None:
        """The people whose name parts, two or more, glued together make ``text``
        ("budisantoso", "santosobudi", "hartonosantosonya"): usernames and handles
        written without a space or @. Only when the whole is no word ("rosemary" for a
        Rose Mary stays)."""
        if len(text) < 5 or len(text) > 40 or not text.isalpha() or text in NOT_NAMES:
            return None
        first: list[_Entry] = []
        keys: set[str] = set()
        for end, people in self._name_parts_at(text, 0):
            found = self._glued_names(text, end, frozenset(e.person for e in people))
            if found:
                keys |= found
                first.extend(e for e in people if e.person in found and e not in first)
        if not first or _is_word(text):
            return None
        return first

    def _name_parts_at(self, text: str, pos: int) -> Iterator[tuple[int, list[_Entry]]]:
        """Every listed one-word name part that ``text`` has at ``pos``: (its end, the
        people it belongs to)."""
        parts, longest = self.ids.name_parts()
        for end in range(pos + 2, min(len(text), pos + longest) + 1):
            people = parts.get(text[pos:end])
            if people is not None:
                yield end, people

    def _glued_names(self, text: str, pos: int, persons: frozenset[str | None]) -> set[str]:
        """Those of ``persons`` for whom ``text[pos:]`` is one or more of their name
        parts, the last one with a clitic or not."""
        if pos < len(text) and text[pos:] in CLITICS:
            return set()  # "budinya" is one part and a clitic: ``_suffixed``'s case
        out: set[str] = set()
        for end, people in self._name_parts_at(text, pos):
            keys = {e.person for e in people if e.person is not None and e.person in persons}
            if not keys:
                continue
            if end == len(text) or text[end:] in CLITICS:
                out |= keys
            else:
                out |= self._glued_names(text, end, frozenset(keys))
        return out

    def _lower_stem_ok(self, stem: str, token: _Token) -> bool:
        """Whether a lower-case ``stem`` + clitic is a name: a stem of three letters or
        more that is no word ("aisyahnya"), an English word ("gracenya": no word), or an
        Indonesian word where only a name stands ("kata bayunya"; but "bagusnya")."""
        if len(stem) < 3:
            return False
        if stem not in COMMON_WORDS_ID or stem in NAMES_MORE_THAN_WORDS:
            return True
        return self._name_position(token)

    def _single_token_ok(self, token: _Token, entries: list[_Entry], key: str) -> bool:
        if any(e.any_case for e in entries) and key == token.text:
            return True
        if key.isdigit():
            return self._capitalised(token)
        if key in COMMON_WORDS and key not in NAMES_NOT_WORDS:
            if key != token.text:  # a clitic was taken off: "laraspun", "gracenya"
                return self._capitalised(token) or self._lower_stem_ok(key, token)
            # A name that is also a common word counts when written with a capital, or
            # where only a name stands: a chat's sender, after a title or kinship word,
            # next to a verb of saying; or an English word with a clitic ("will-mu").
            return (
                self._capitalised(token)
                or self._name_position(token)
                or (
                    (key not in COMMON_WORDS_ID or key in NAMES_MORE_THAN_WORDS)
                    and self._clitic_after(token) is not None
                )
            )
        return True

    def _clitic_after(self, token: _Token) -> int | None:
        """Index of a hyphenated clitic right after ``token`` ("Budi-nya"), if any."""
        i = self._index.get(token.start)
        if i is None or i + 1 >= len(self.tokens):
            return None
        nxt = self.tokens[i + 1]
        if nxt.text in CLITICS and self.normal[token.end : nxt.start] == "-":
            return i + 1
        return None

    def _name_position(self, token: _Token) -> bool:
        """A place where a lower-case word is a person: the sender of a quoted chat line
        ("eka: aku capek", "[21.03] bayu: ..."), or after a title ("kak bayu")."""
        after = _SENDER_COLON.match(self.normal, token.end)
        if after is not None:
            line_start = self.normal.rfind("\n", 0, token.start) + 1
            lead = self.normal[line_start : token.start]
            if _SENDER_LEAD.fullmatch(lead) or _OPEN_QUOTE.search(lead):
                return True
        i = self._index.get(token.start)
        if i is None:
            return False
        if i > 0:
            prev = self.tokens[i - 1]
            gap = self.normal[prev.end : token.start]
            if (
                gap.strip(" .") == ""
                and len(gap) <= 3
                and (
                    (prev.text in HONORIFICS and prev.text not in ("si", "sang"))
                    or prev.text in SPEECH_BEFORE
                )
            ):
                return True
        k = self._clitic_after(token)
        k = i + 1 if k is None else k + 1
        if k < len(self.tokens):
            nxt = self.tokens[k]
            gap = self.normal[self.tokens[k - 1].end : nxt.start]
            if gap == " " and nxt.text in SPEECH_AFTER:
                return True
        return False

    def _honorific_start(self, i: int) -> int:
        """Start of the name at token i, with the titles before it ("Ibu Dr. Sri")."""
        start = self.tokens[i].start
        k = i
        while k > 0 and self._joined(k):
            prev = self.tokens[k - 1]
            gap = self.normal[prev.end : self.tokens[k].start]
            initial = (
                len(prev.text) == 1
                and prev.text.isalpha()
                and gap.startswith(".")
                and self._capitalised(prev)
            )
            if (prev.text not in HONORIFICS and not initial) or gap.strip(" .") != "":
                break
            if prev.text in KINSHIP_HONORIFICS and (
                not self._capitalised(prev) or self._sentence_initial(prev)
            ):
                break
            start = prev.start
            k -= 1
        return start

    def _suffix_end(self, last: int) -> int:
        """End of the name at token ``last``, with a hyphenated suffix ("Budi-nya") and
        digits glued to it ("budisantoso99": a username)."""
        end = self.tokens[last].end
        if last + 1 < len(self.tokens):
            nxt = self.tokens[last + 1]
            hyphenated = (
                nxt.text in NAME_SUFFIXES
                and nxt.text != "s"
                and self.normal[end : nxt.start] == "-"
            )
            if hyphenated or (nxt.start == end and nxt.text.isdigit()):
                end = nxt.end
        return end

    def _unlisted(self) -> None:
        """Capitalised words in no record where only a person stands: after a title ("Bu
        Febriani") or after a kinship or role word ("her cousin Marwoto", "diasuh Mbah
        Karto", "pacarnya, Dimas,"). Fail closed: they are redacted as people; the
        counselor keeps a word that is no person with ``IdentifierSet.keep``."""
        tokens = self.tokens
        for i in range(len(tokens) - 1):
            title = tokens[i]
            j = i + 1
            gap = self.normal[title.end : tokens[j].start]
            kin = False
            if title.text in HONORIFICS and title.text not in ("si", "sang"):
                if gap.strip(" .") != "" or len(gap) > 3:
                    continue
                if title.text in KINSHIP_HONORIFICS and not self._capitalised(title):
                    # "ibu siti": Siti's mother or Mrs Siti, a person either way
                    if not self._capitalised(tokens[j]):
                        self._lower_case_person(i, after_title=False)
                    continue
                if not self._capitalised(tokens[j]):
                    self._lower_case_person(i, after_title=True)
                    continue
            elif kin := self._kinship(i):
                if not _KIN_GAP.fullmatch(gap) or tokens[j].text in HONORIFICS:
                    continue
                if not self._capitalised(tokens[j]):
                    self._lower_case_person(i, after_title=False)
                    continue
            elif i in self.name_tokens and j not in self.name_tokens:
                # Next to a listed name, a capitalised word in no record is most likely
                # the rest of that person's name ("Dimas Anggara"): one span with it.
                if gap != " " or not self._capitalised(title):
                    continue
            else:
                continue
            last = None
            while (
                j < len(tokens)
                and tokens[j].text.isalpha()
                and self._capitalised(tokens[j])
                and (tokens[j].text not in NOT_NAMES or self._name_after_title(i, j))
                and (not self._all_capitals(tokens[j]) or self._unlisted_in_capitals(i, j))
                and j not in self.name_tokens
                and (j == i + 1 or self._joined(j))
            ):
                last = j
                j += 1
            if last is None:
                continue
            words = [t.text for t in tokens[i + 1 : last + 1]]
            beside_name = title.text not in HONORIFICS and not kin
            if not beside_name and all(w in self.ids.kept for w in words):
                continue  # a kept word right after a listed name is the rest of that name
            if title.text in HONORIFICS:
                start = self._honorific_start(i + 1)
            elif kin:
                start = tokens[i + 1].start
            else:
                start = title.start  # overlaps the listed name: merged into its span
            self._add(
                start,
                self._suffix_end(last),
                Category.UNLISTED_PERSON,
                _PRIORITY[Category.UNLISTED_PERSON],
                (_Entry(Category.UNLISTED_PERSON, f"u:{' '.join(words)}", None, -1, False),),
            )

    def _kinship(self, i: int) -> bool:
        """Token i is a kinship or role word ("adiknya", "cowoknya", "gf"), or ends one of
        two words ("kakak kelasnya", "teman dekat"): only a person stands after it."""
        text = self.tokens[i].text
        if text in KINSHIP_WORDS:
            return True
        return (
            text in KINSHIP_MODIFIERS
            and i > 0
            and self.tokens[i - 1].text in KINSHIP_WORDS
            and self.normal[self.tokens[i - 1].end : self.tokens[i].start] == " "
        )

    def _name_after_title(self, i: int, j: int) -> bool:
        """Token j, capitalised right after the title at token i, is a person although it is
        a word: "Pak Made", "Mr Brown", "Bu Bunga", the title in lower case too as chat
        writes it ("kata pak Made") — not "Pak Guru", "Bu Kantin", nor "Pak. Dan ..."
        where a sentence ends after the title."""
        title = self.tokens[i]
        if title.text not in HONORIFICS:
            return False
        gap = self.normal[title.end : self.tokens[j].start]  # a word between: no gap below
        return self.tokens[j].text in NAMES_AFTER_TITLES and (
            gap == " " or (gap == ". " and title.text in ENGLISH_TITLES | {"dr", "prof"})
        )

    def _lower_case_person(self, i: int, *, after_title: bool) -> None:
        """Lower-case words where only a person stands (chat-style notes drop capitals):
        after a title ("mas bayu", "kata bu siti", "mr smith") or a kinship word
        ("adiknya doni", "sepupunya marwoto"). A word of the dictionaries or of chat stays
        ("bu guru", "pak kepsek", "adiknya sakit", "pacarnya ngajak"), unless a title makes
        it a name ("mas bayu", "bli made"); after an English title every word but a common
        one is a surname ("mr smith", "mrs brown"). Fail closed: redacted as people; the
        counselor keeps a word that is no person with ``IdentifierSet.keep``."""
        tokens = self.tokens
        title = tokens[i]
        english = after_title and title.text in ENGLISH_TITLES
        j = i + 1
        last: int | None = None
        while j < len(tokens) and self._lower_case_name(
            j, first=last is None, english=english, colloquial=not after_title
        ):
            last = j
            j += 1
            if (
                english
                or j >= len(tokens)
                or self.normal[tokens[j - 1].end : tokens[j].start] != " "
            ):
                break
        if last is None:
            return
        words = [t.text for t in tokens[i + 1 : last + 1]]
        self._add(
            self._honorific_start(i + 1) if after_title else tokens[i + 1].start,
            self._suffix_end(last),
            Category.UNLISTED_PERSON,
            _PRIORITY[Category.UNLISTED_PERSON],
            (_Entry(Category.UNLISTED_PERSON, f"u:{' '.join(words)}", None, -1, False),),
        )

    def _lower_case_name(self, j: int, *, first: bool, english: bool, colloquial: bool) -> bool:
        """Whether token j, in lower case after a title or a kinship word, is (the next part
        of) a person's name: see ``_lower_case_person``."""
        token = self.tokens[j]
        text = token.text
        if len(text) == 2 and first and not colloquial:
            return self._two_letter_name(j)
        if (
            len(text) < 3
            or not text.isalpha()
            or self._capitalised(token)
            or j in self.name_tokens
            or text in HONORIFICS
            or text in KINSHIP_WORDS
            or text in PLACES_AND_PROPER_WORDS
            or text in self.ids.kept
        ):
            return False
        if first and (
            text in NAMES_AFTER_TITLES
            or any(text.endswith(c) and text[: -len(c)] in NAMES_AFTER_TITLES for c in CLITICS)
        ):
            return True  # "mas bayu", "bli made", "mas bayunya"
        if english:
            return text not in NOT_NAMES and text not in INFORMAL_WORDS
        if text in NOT_NAMES or _informal_or_word(text):
            return False
        return not (colloquial and _colloquial_word(text))

    def _two_letter_name(self, j: int) -> bool:
        """Token j, of two letters in lower case right after a title, is a nickname ("mas
        jo", "pak ed", "mr li") unless it is a word a note writes there: a common word, a
        particle, a title or an abbreviation ("bu di", "pak rt", "kak ya"; the dictionaries
        list most pairs of letters, so they do not decide)."""
        token = self.tokens[j]
        text = token.text
        return not (
            not text.isalpha()
            or self._capitalised(token)
            or j in self.name_tokens
            or text in COMMON_WORDS
            or text in NOT_NAMES
            or text in NAME_PARTICLES
            or text in INFORMAL_WORDS
            or text in TWO_LETTER_WORDS
            or text in HONORIFICS
            or text in KINSHIP_WORDS
            or text in CLITICS
            or text in self.ids.kept
        )

    def _holds_a_name(self, text: str) -> bool:
        """Whether a listed person's name part, in any case, or several glued together
        ("budisantoso") is one of the words of ``text`` (an address's local part)."""
        for word in _TOKEN.findall(text):
            if self.ids._people_named(word):
                return True
            if word.isalpha() and self._concatenated(word) is not None:
                return True
        return False

    def _unlisted_in_capitals(self, i: int, j: int) -> bool:
        """Token j, in capitals after token i (a title, a kinship word or a listed name)
        and the words between, may be the person's name: right after a title any name in
        capitals ("KATA BU SITI"); elsewhere only a word no dictionary knows ("ADIKNYA
        DONI", but not "BUDI BILANG")."""
        text = self.tokens[j].text
        if text in KINSHIP_MODIFIERS and self.tokens[i].text in KINSHIP_WORDS:
            return False  # "KAKAK KELASNYA": a relationship of two words, no name yet
        if self.tokens[i].text not in HONORIFICS and _colloquial_word(text, in_capitals=True):
            return False  # a spoken verb, as in lower case: "MANTANNYA NYEBARIN FOTO"
        if not self._name_in_capitals(j):
            # right after the title or kinship word, one word in capitals no dictionary
            # knows and no abbreviation: "adiknya DONI", "dia bilang ADIKNYA DONI"
            return (
                j == i + 1
                and len(text) >= 4
                and text not in ABBREVIATIONS
                and (text in NAMES_AFTER_TITLES or not _informal_or_word(text))
            )
        if j == i + 1 and self.tokens[i].text in HONORIFICS:
            return True
        return not _informal_or_word(text)

    def _maybe_person(self, i: int) -> bool:
        """Token i is a capitalised word that no dictionary, place list or stop list knows.
        A word-name of the stop list that notes use as a name far more than as a word and
        no dictionary knows ("Eka", "Pratama") is left to the dictionaries: fail closed.
        A given name the dictionaries know as a word ("Budi", "Dian", "Hope") is a person
        in the middle of a sentence, and at its start when notes never begin one with the
        word ("Budi bilang", but "Bagus, ..."): ``NAMES_THAT_ARE_WORDS``."""
        token = self.tokens[i]
        if (
            len(token.text) < 2
            or not token.text.isalpha()
            or i in self.name_tokens
            or not self._capitalised(token)
            or (
                token.text in NOT_NAMES
                and token.text not in NAMES_MORE_THAN_WORDS
                and token.text not in NAMES_THAT_ARE_WORDS
            )
            or token.text in HONORIFICS
            or token.text in KINSHIP_WORDS
            or token.text in PLACES_AND_PROPER_WORDS
            or token.text in self.ids.kept
        ):
            return False
        if self._all_capitals(token) and (
            not self._name_in_capitals(i) or _colloquial_word(token.text, in_capitals=True)
        ):
            # an acronym or a heading ("CBT", "PHQ", "KONSELI"); a spoken verb in a chat
            # message in capitals ("NGAJAK", "NYEBARIN"), as in lower case
            return False
        if self._apostrophe_word(i):
            return False  # "Isn't", "Don't", "Jum'at", "Qur'an": one word with its apostrophe
        if token.text in NAMES_THAT_ARE_WORDS and (
            token.text in NAMES_THAT_START_NO_SENTENCE or not self._sentence_initial(token)
        ):
            return True  # "kata Budi", "asked Hope": a name the dictionary knows as a word
        return not _informal_or_word(token.text)

    def _all_capitals(self, token: _Token) -> bool:
        return self.text[self._orig_start(token.start) : self._orig_end(token.end)].isupper()

    def _name_in_capitals(self, i: int) -> bool:
        """Token i, written in capitals, may be a name: it has four letters or more, is no
        known abbreviation ("OSIS", "ADHD", "PPDB") and stands among words in capitals —
        three or more on its line, or the whole line ("TADI MARWOTO DATANG", a chat
        message typed in capitals). A lone acronym in ordinary text ("CBT", "PHQ-9",
        "BK", "UKS") stays."""
        text = self.tokens[i].text
        if len(text) < 4 or text in ABBREVIATIONS:
            return False
        if self._capital_runs is None:
            self._capital_runs = self._runs_in_capitals()
        return self._capital_runs[i]

    def _runs_in_capitals(self) -> list[bool]:
        """For every token: whether it is in a run of words in capitals on one line that
        has three words of two letters or more, or two when nothing else is on the line."""
        tokens, normal = self.tokens, self.normal
        out = [False] * len(tokens)
        i = 0
        while i < len(tokens):
            if not self._all_capitals(tokens[i]):
                i += 1
                continue
            j, words = i, 0
            while True:
                written = self.text[
                    self._orig_start(tokens[j].start) : self._orig_end(tokens[j].end)
                ]
                if written.isupper() and len(written) >= 2:
                    words += 1
                if j + 1 >= len(tokens) or "\n" in normal[tokens[j].end : tokens[j + 1].start]:
                    break
                nxt = self.text[
                    self._orig_start(tokens[j + 1].start) : self._orig_end(tokens[j + 1].end)
                ]
                if not (nxt.isupper() or not any(c.islower() for c in nxt)):
                    break
                j += 1
            line_start = normal.rfind("\n", 0, tokens[i].start) + 1
            line_end = normal.find("\n", tokens[j].end)
            line_end = len(normal) if line_end < 0 else line_end
            alone = not any(
                c.isalpha()
                for c in normal[line_start : tokens[i].start] + normal[tokens[j].end : line_end]
            )
            if words >= 3 or (words == 2 and alone):
                out[i : j + 1] = [True] * (j + 1 - i)
            i = j + 1
        return out

    def _apostrophe_word(self, i: int) -> bool:
        """Token i and its neighbour across one apostrophe, with nothing else between, make
        a word ("Isn't", "Jum'at", "Qur'an"). An opening quote is no such apostrophe ("calls
        him 'Tono'", "\u2018Gregorius\u2019"), and "O'Brien", "D'Souza", "Marwoto's" make
        no word, so they stay possible people."""
        tokens, normal = self.tokens, self.normal
        token = tokens[i]
        pairs = []
        if i > 0 and tokens[i - 1].end == token.start - 1 and normal[token.start - 1] == "'":
            pairs.append((tokens[i - 1], token))
        if (
            i + 1 < len(tokens)
            and tokens[i + 1].start == token.end + 1
            and normal[token.end] == "'"
        ):
            pairs.append((token, tokens[i + 1]))
        for a, b in pairs:
            if not (a.text.isalpha() and b.text.isalpha()):
                continue
            joined = a.text + b.text
            if (
                joined in NOT_NAMES
                or joined in PLACES_AND_PROPER_WORDS
                or _is_word(f"{a.text}'{b.text}")
            ):
                return True
        return False

    def _prefix_start(self, i: int) -> int:
        """Start of the possible person at token i, with the name's first part and its
        apostrophe ("O'Brien", "D'Souza", "d'Almeida", "Nur'Aini")."""
        token = self.tokens[i]
        if i > 0 and token.start >= 2 and self.normal[token.start - 1] == "'":
            prev = self.tokens[i - 1]
            if (
                prev.end == token.start - 1
                and prev.text.isalpha()
                and (len(prev.text) == 1 or self._capitalised(prev))
                and (prev.start == 0 or not self.normal[prev.start - 1].isalnum())
            ):
                return prev.start
        return token.start

    def _hyphen_joined(self, a: int, b: int) -> bool:
        """Tokens a and b (a + 1) are one hyphenated name: a hyphen alone between them,
        both capitalised letters ("Jean-Luc"; not "Luc-nya", not "Covid-19")."""
        first, second = self.tokens[a], self.tokens[b]
        if self.normal[first.end : second.start] != "-":
            return False
        return all(t.text.isalpha() and self._capitalised(t) for t in (first, second))

    def _possible_people(self) -> None:
        """Fail closed (issue 16): a capitalised word in no dictionary of either language,
        no place and not kept ("Marwoto datang", "asked Febriani") is a possible person,
        ``[PERSON ?]``. Neighbouring such words are one span ("Gregorius Theodore")."""
        tokens = self.tokens
        i = 0
        while i < len(tokens):
            if not self._maybe_person(i):
                i += 1
                continue
            last = i
            while (
                last + 1 < len(tokens)
                and self.normal[tokens[last].end : tokens[last + 1].start] in (" ", "'")
                and self._maybe_person(last + 1)
            ):
                last += 1  # "Gregorius Theodore", "Nur'Aini": one span
            # a hyphenated name is one name: "Jean-Luc", "Zumbaroo-Marie" whole, not
            # "Jean-[PERSON ?]" (the dictionaries know "Jean"; the person is one)
            while i > 0 and self._hyphen_joined(i - 1, i):
                i -= 1
            while last + 1 < len(tokens) and self._hyphen_joined(last, last + 1):
                last += 1
            words = " ".join(t.text for t in tokens[i : last + 1])
            self._add(
                self._prefix_start(i),
                self._suffix_end(last),
                Category.UNLISTED_PERSON,
                _PRIORITY[Category.UNLISTED_PERSON],
                (_Entry(Category.UNLISTED_PERSON, POSSIBLE_PERSON + words, None, -1, False),),
            )
            i = last + 1

    # numbers

    def _numbers(self) -> None:
        digits_index, lengths = self.ids._digits, sorted(self.ids._digit_lengths)
        normal = self.normal
        for m in _DIGIT_RUN.finditer(normal):
            positions = [m.start() + k for k, ch in enumerate(m.group()) if ch.isdigit()]
            digits = "".join(normal[p] for p in positions)
            count = len(digits)
            hit = False  # pragma: no mutate (True: the fail-closed loop makes the same span)
            covered = [False] * count  # digits that belong to a number of the records
            if count >= 6:
                for k in range(count):
                    for length in lengths:
                        if k + length > count:
                            break
                        entries = digits_index.get(digits[k : k + length])
                        if entries is None:
                            continue
                        hit = True
                        first = k  # the trunk "0" or country code "62" belong to the number
                        if digits[k] == "0" or digits.startswith("62", k):
                            pass  # written with them already
                        elif first >= 1 and digits[first - 1] == "0":
                            first -= 1
                        elif first >= 2 and digits[first - 2 : first] == "62":
                            first -= 2
                        last = k + length - 1
                        # Digits glued on without a separator are the same number.
                        while first > 0 and positions[first - 1] == positions[first] - 1:
                            first -= 1
                        while last + 1 < count and positions[last + 1] == positions[last] + 1:
                            last += 1
                        covered[first : last + 1] = [True] * (last + 1 - first)
                        start, end = positions[first], positions[last] + 1
                        while start > m.start() and normal[start - 1] in "+( ":
                            start -= 1
                        while start < positions[first] and normal[start] == " ":
                            start += 1
                        if end < m.end() and normal[end] == ")":
                            end += 1
                        category = entries[0].category
                        self._add(start, end, category, _PRIORITY[category], tuple(entries))
            if not hit:
                self._generic_number(m.start(), m.end(), count)
                continue
            # Fail closed: beside a number of the records, in the same run ("0812 9999
            # 8888 / 0813 1111 2222"), another long number is still a number.
            i = 0
            while i < count:
                if covered[i]:
                    i += 1
                    continue
                j = i
                while j + 1 < count and not covered[j + 1]:
                    j += 1
                start, end = positions[i], positions[j] + 1
                while start > m.start() and normal[start - 1] in "+(":
                    start -= 1
                if end < m.end() and normal[end] == ")":
                    end += 1
                self._generic_number(start, end, j + 1 - i)
                i = j + 1

    def _generic_number(self, start: int, end: int, count: int) -> None:
        """A run of ``count`` digits in no record: long enough, it is a phone or an ID
        number — unless it is a school year (2024/2025) or an amount (Rp 1.500.000)."""
        if count < _GENERIC_DIGITS:
            return
        if any(a <= start and end <= b for a, b in self._public_days):
            return  # a public holiday written in digits (17/08/2025)
        normal = self.normal
        if normal[end - 1] == ")" and "(" not in normal[start:end]:
            end -= 1  # "(ayah 0857 7777 6666)": the bracket is the sentence's
        text = normal[start:end].strip("()")
        if _ACADEMIC_YEAR.match(text) or (
            _AMOUNT.match(text) or _MONEY_BEFORE.search(normal[max(0, start - 5) : start])
        ):
            return
        phone_like = text.startswith(("+", "0", "62")) and 9 <= count <= 15
        category = Category.PHONE if phone_like else Category.ID
        self._add(start, end, category, _GENERIC_NUMBER_PRIORITY, ())

    # e-mails, handles and dates

    def _patterns(self) -> None:
        at = "@" in self.normal
        for m in _EMAIL.finditer(self.normal) if at else ():
            entries = self.ids._emails.get(m.group().strip(".'"), [])
            self._add(m.start(), m.end(), Category.EMAIL, _PRIORITY[Category.EMAIL], tuple(entries))
        for m in _EMAIL_WITHOUT_DOT.finditer(self.normal) if at else ():
            # "budisantoso@gmail", "indah.p@yahoo": an address written without its
            # domain's end, when a mail service or a listed name is in it.
            if m.group(2) in MAIL_SERVICES or self._holds_a_name(m.group(1)):
                self._add(m.start(), m.end(), Category.EMAIL, _PRIORITY[Category.EMAIL], ())
        for m in _HANDLE.finditer(self.normal):
            self._add(m.start(), m.end(), Category.ID, _PRIORITY[Category.ID], ())
        if "." in self.normal or "_" in self.normal:
            for m in _BARE_HANDLE.finditer(self.normal):
                if self._bare_handle(m):
                    self._add(m.start(), m.end(), Category.ID, _PRIORITY[Category.ID], ())
        for m in self._found_dates:
            self._add(m.start(), m.end(), Category.DATE, _PRIORITY[Category.DATE], ())
        self._partial_birth_dates()
        for m in _CLASS_PATTERN.finditer(self.normal):
            start = m.start()
            word = _CLASS_WORD.match(self.normal, start)
            if word is not None:
                start = word.end()  # "kelas [KELAS]": the word itself identifies no one
            self._add(start, m.end(), Category.CLASS, _PRIORITY[Category.CLASS], ())

    def _bare_handle(self, match: re.Match[str]) -> bool:
        """Whether ``match`` of ``_BARE_HANDLE`` is a social-media handle: two parts or
        more with letters, no file name or web address, and a digit or an underscore in
        it or a platform word before it ("ig: rara.cantik", "akunnya doni.keren")."""
        handle = match.group()
        if "." in handle and handle.rsplit(".", 1)[1] in NOT_HANDLE_ENDS:
            return False
        platform = _PLATFORM_BEFORE.search(self.normal[max(0, match.start() - 30) : match.start()])
        if platform is not None and platform.group(1) in PLATFORM_WORDS:
            return True  # "ig-nya rara.cantik", "tiktok bayu_22", "her handle is bayu.keren"
        parts = _HANDLE_PART.split(handle)
        if sum(any(c.isalpha() for c in p) for p in parts) < 2:
            return False  # "v1.2", "phq_9", "covid_19"
        return "_" in handle or any(c.isdigit() for c in handle)

    def _find_dates(self) -> None:
        """The dates to redact, and the public days to keep (a kept "17/08/2025" is no
        eight-digit number either)."""
        self._found_dates: list[re.Match[str]] = []
        self._public_days: list[tuple[int, int]] = []
        for m in _DATE_PATTERNS.finditer(self.normal):
            if not _valid_numeric_date(m):
                continue
            if self._public_day(m):
                self._public_days.append(m.span())
            else:
                self._found_dates.append(m)

    def _public_day(self, match: re.Match[str]) -> bool:
        """A holiday or a day schools mark ("libur 17 Agustus", "Idul Fitri, 31 Maret
        2025"), or a day of her school calendar ("UAS 3 Desember"), identifies no one: kept, unless it is a birth date in the records, the
        subject's birthday, or written as a birth ("lahir 17 Agustus")."""
        parts = _date_parts(match)
        if parts is None:
            return False
        day, month, year = parts
        if not is_public_day(day, month, year) and not self.ids.on_school_calendar(
            day, month, year
        ):
            return False
        if _BIRTH_BEFORE.search(self.normal[max(0, match.start() - 24) : match.start()]):
            return False
        for date in self.ids._dates:
            if (date.day, date.month) == (day, month) and year in (None, date.year):
                return False  # a birth date in the records, or its day
        return True

    def _partial_birth_dates(self) -> None:
        """A birth date in part: month and year of any client's birth ("Maret 2011",
        "03/2011"), and day and month of the subject's own ("17/03", "3-17")."""
        if not self.ids._dates:
            return
        months = self.ids._birth_months()
        for m in _MONTH_YEAR.finditer(self.normal):
            month = _MONTHS.get(m.group("mw") or "") or int(m.group("mn") or 0)
            if (month, int(m.group("y"))) in months:
                self._add(m.start(), m.end(), Category.DATE, _PRIORITY[Category.DATE], ())
        birthday = self.ids._birthday(self.subject) if self.subject else None
        if birthday is None:
            return
        for m in _DAY_MONTH.finditer(self.normal):
            a, b = int(m.group(1)), int(m.group(2))
            if birthday in ((a, b), (b, a)):
                self._add(m.start(), m.end(), Category.DATE, _PRIORITY[Category.DATE], ())


def _date_parts(match: re.Match[str]) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of a date found by _DATE_PATTERNS; None when it is
    ambiguous (04/05: 4 May or April 5)."""
    if match.group("a") is not None:
        a, b = int(match.group("a")), int(match.group("b"))
        y = match.group("y")
        # a two-digit year read as 0-99 is outside is_public_day's years anyway
        year = int(y) if len(y) == 4 else None  # pragma: no mutate
        if a > 12 >= b:
            return a, b, year
        if b > 12 >= a:
            return b, a, year
        return (a, b, year) if a == b else None
    if match.group("yy") is not None:
        return int(match.group("d")), int(match.group("m")), int(match.group("yy"))
    text = match.group()
    # every written form _DATE_PATTERNS finds holds a month word and a day: the defaults
    # below are never taken
    months = [_MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in _MONTHS]
    month = months[0] if months else None  # pragma: no mutate
    day = re.search(r"(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)", text)
    written_year = re.search(r"(?<!\d)((?:1[89]|20)\d\d)(?!\d)", text)
    if month is None or day is None:  # pragma: no mutate
        return None
    return int(day.group(1)), month, int(written_year.group(1)) if written_year else None


def _readings(match: re.Match[str]) -> list[tuple[int, int, int]]:
    """(day, month, year) a date found by _DATE_PATTERNS may be, both ways round when it
    is written in numbers ("04/05/2012"), with a two-digit year as written ("12"); none
    when it has no year."""
    if match.group("a") is not None:
        a, b, y = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        return [(a, b, y), (b, a, y)]
    parts = _date_parts(match)
    if parts is None or parts[2] is None:
        return []
    return [(parts[0], parts[1], parts[2])]


_BIRTH_BEFORE: Final = re.compile(
    r"(?:lahir|kelahiran|ultah|ulang tahun|milad|born|birthday|birth|dob|b-day)\W*"
    r"(?:\w+\W+){0,2}$"
)


# Parts of a birth date (matched against the records only, see _partial_birth_dates).
_MONTH_YEAR: Final = re.compile(
    rf"(?<![\w.,/-])(?:(?P<mw>{_MONTH})\.?,?[ \t]+|(?P<mn>0?[1-9]|1[0-2])[./-])"
    r"(?P<y>(?:19|20)\d\d)(?![\w]|[./-]\d)"
)
_DAY_MONTH: Final = re.compile(r"(?<![\w.,/-])(\d{1,2})[./-](\d{1,2})(?![\w]|[./-]\d)")


# --- redaction -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RedactionSpan:
    """One replacement: where it was in the original text and where it is in the new one."""

    start: int
    end: int
    redacted_start: int
    redacted_end: int
    category: Category
    label: str


@dataclass(frozen=True, slots=True)
class RedactionResult:
    original: str
    text: str
    spans: tuple[RedactionSpan, ...]

    @property
    def changed(self) -> bool:
        return bool(self.spans)


def _letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA ..."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("A") + r) + out
    return out


class Redactor:
    """One document session: labels stay the same across every text it redacts.

    Create one per document (one PDF); every section of that document goes through the
    same ``Redactor`` so that "[PERSON A]" is the same person on page 1 and on page 9.
    """

    def __init__(
        self, identifiers: IdentifierSet, *, language: str = "en", possible_people: bool = False
    ) -> None:
        self.identifiers = identifiers
        self.language = language  # of the labels (domain/placeholders.py)
        # Also redact capitalised words in no dictionary as [PERSON ?] (supervision PDFs).
        self.possible_people = possible_people
        self._subject: str | None = None
        self._person_labels: dict[str, str] = {}
        self._started = False

    @property
    def labels(self) -> dict[str, str]:
        """Person key -> label given so far (for a legend in the review dialog)."""
        return dict(self._person_labels)

    def redact(self, text: str, *, subject_client_case_code: str | None) -> RedactionResult:
        """``text`` with every identifier replaced by its label."""
        if self._started and subject_client_case_code != self._subject:
            raise ValueError("a Redactor is one document about one client; start a new one")
        self._started = True
        self._subject = subject_client_case_code
        detections = self.identifiers.find(
            text, possible_people=self.possible_people, subject=subject_client_case_code
        )
        pieces: list[str] = []
        spans: list[RedactionSpan] = []
        position = 0
        out_len = 0
        for group in _merge(detections):
            start = min(d.start for d in group)
            end = max(d.end for d in group)
            best = min(group, key=lambda d: (d.priority, -(d.end - d.start), d.start))
            category, label = self._label(best)
            pieces.append(text[position:start])
            out_len += start - position
            pieces.append(label)
            spans.append(RedactionSpan(start, end, out_len, out_len + len(label), category, label))
            out_len += len(label)
            position = end
        pieces.append(text[position:])
        return RedactionResult(text, "".join(pieces), tuple(spans))

    def _label(self, detection: Detection) -> tuple[Category, str]:
        if not detection.category.is_person:
            return detection.category, fixed_label(detection.category.value, self.language)
        subject = self._subject
        entries = detection.entries
        if all((e.person or "").startswith(POSSIBLE_PERSON) for e in entries):
            return Category.UNLISTED_PERSON, fixed_label("unknown_person", self.language)
        for e in entries:
            if e.category is Category.CLIENT and e.case_code == subject:
                return Category.CLIENT, fixed_label("client", self.language)
        for e in entries:
            if e.category is Category.GUARDIAN and e.case_code == subject and e.person:
                n = int(e.person.rsplit(":", 1)[1]) + 1
                return Category.GUARDIAN, guardian_label(n, self.language)
        chosen = next((e for e in entries if e.person in self._person_labels), None)
        if chosen is None:
            chosen = next((e for e in entries if e.case_code == subject), entries[0])
        key = chosen.person or ""
        label = self._person_labels.get(key)
        if label is None:
            label = person_label(_letters(len(self._person_labels)), self.language)
            self._person_labels[key] = label
        return chosen.category, label


def _merge(detections: list[Detection]) -> Iterator[list[Detection]]:
    """Groups of overlapping detections, in text order (sorted by start)."""
    group: list[Detection] = []
    end = -1
    for d in detections:
        if group and d.start < end:
            group.append(d)
            end = max(end, d.end)
            continue
        if group:
            yield group
        group, end = [d], d.end
    if group:
        yield group


def possible_people_in(result: RedactionResult, language: str = "en") -> list[str]:
    """The words ``result`` printed as ``[PERSON ?]``, as written (invisible characters
    and a hyphenated clitic dropped: "Mar\u200bwoto-nya" -> "Marwoto"), once each in
    order: what the review offers to keep (``IdentifierSet.keep``)."""
    label = fixed_label("unknown_person", language)
    found: dict[str, str] = {}
    for span in result.spans:
        if span.label != label:
            continue
        written = result.original[span.start : span.end]
        word = "".join(c for c in written if unicodedata.category(c) != "Cf")
        head, hyphen, tail = word.rpartition("-")
        if hyphen and _norm(tail) in NAME_SUFFIXES:
            word = head
        found.setdefault(_norm(word), word)
    return list(found.values())


# --- unlisted names ---------------------------------------------------------------------

_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def possible_names(text: str, identifiers: IdentifierSet) -> list[str]:
    """Capitalised words that look like names but are in no record, for the counselor.

    A word counts when it is capitalised (not all capitals), not in the stop lists of
    either language (sentence starters, weekdays, months, titles, school and clinical
    words, large places), not inside anything the identifier set already redacts, and
    written with a capital at least once in the middle of a sentence: a word seen only
    at the start of sentences ("Taught", "Konseli") is not a name candidate. A word she
    kept (``IdentifierSet.keep``) is not listed.
    Returned once each, in order of first appearance, as first written.
    """
    detections = identifiers.find(text)
    covered = sorted(
        (d.start, d.end) for d in detections if d.category is not Category.UNLISTED_PERSON
    )
    first: dict[str, str] = {}
    mid_sentence: set[str] = set()
    ci = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < 2 or not word[0].isupper() or word.isupper():
            continue
        while ci < len(covered) and covered[ci][1] <= m.start():
            ci += 1
        if ci < len(covered) and covered[ci][0] < m.end():
            continue
        key = _norm(word)
        if key in NOT_NAMES or key in HONORIFICS:
            continue
        if all(t in identifiers.kept for t in _tokens(key)):
            continue  # she said it is no one's name
        first.setdefault(key, word)
        before = text[max(0, m.start() - 12) : m.start()]
        initial = (m.start() <= 12 and not before.strip(" \"'([\t")) or bool(
            _SENTENCE_END.search(before)
        )
        if not initial:
            mid_sentence.add(key)
    return [word for key, word in first.items() if key in mid_sentence]
