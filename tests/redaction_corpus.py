"""Tricky caseloads for the redaction tests: every identifier woven into notes many ways.

``generate_corpus(seed)`` builds a caseload of 36 clients (Indonesian, Balinese, Acehnese,
Vietnamese, Spanish, Portuguese, French, Danish, German, Irish, English and Japanese
names; diacritics, mononyms, hyphenated names, apostrophes, nicknames, names that are
also common words), each with guardians, emergency contacts, third parties, a school, an
address, phones, NISN, NIK and a date of birth, and session notes that mix:

* *clinical sentences* from a bank of non-identifying English and Indonesian sentences
  (the corpus remembers which went into which client's notes, to measure survival), and
* *identifying sentences*: the client's and other clients' names in every supported
  form (case, no diacritics, possessive, Indonesian suffix, ``si``, honorifics, hyphen
  parts), phones in many spellings, IDs with spaces and dashes, e-mails in capitals,
  dates of birth and session dates in numeric and written forms, school variants and
  street names.

Everything is invented. Pure: no files.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field

from counsel_desk.domain.enums import (
    ConsentKind,
    ConsentStatus,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Addendum, Caseload, Client, Consent, Contact, SessionNote
from counsel_desk.domain.redaction_lexicon import COMMON_WORDS, NAME_PARTICLES
from counsel_desk.domain.templates import TemplateId, template_for

# (given, family, nickname, gender)
PEOPLE: tuple[tuple[str, str | None, str | None, str], ...] = (
    ("Budi", "Santoso", "Ucok", "m"),
    ("José", "Ramírez", None, "m"),
    ("Minh Anh", "Nguyễn", None, "f"),
    ("Emily", "Carter-Nguyễn", "Em", "f"),
    ("Sukarno", None, None, "m"),
    ("I Wayan", "Wirawan", None, "m"),
    ("Ni Luh", "Sukmawati", None, "f"),
    ("Cut", "Nurul", None, "f"),
    ("Muhammad Alif", "Prasetyo", "Alif", "m"),
    ("Siti", "Nur'aini", None, "f"),
    ("Dewi", "Lestari", None, "f"),
    ("Chloé", "Dubois", None, "f"),
    ("Søren", "Jørgensen", None, "m"),
    ("Zoë", "Müller", None, "f"),
    ("Daniel", "O'Brien", "Danny", "m"),
    ("Grace", "Thompson", None, "f"),
    ("Putri", "Rahayu", "Uti", "f"),
    ("Tumini", None, None, "f"),
    ("Yohanes", "Situmorang", "Anes", "m"),
    ("Anaïs", "Lefèvre", None, "f"),
    ("Quang Huy", "Đặng", None, "m"),
    ("Andrés", "Peña", None, "m"),
    ("João", "Gonçalves", None, "m"),
    ("Kadek", "Pratiwi", None, "f"),
    ("Ahmad", "Fauzi", None, "m"),
    ("Rina", "Wulandari", None, "f"),
    ("Fajar", "Nugroho", None, "m"),
    ("Theresia", "Manurung", "Tere", "f"),
    ("Kevin", "Tan", None, "m"),
    ("Wei", "Li", None, "m"),
    ("Slamet", None, None, "m"),
    ("Mark", "Evans", None, "m"),
    ("Hana", "Sasaki", None, "f"),
    ("Bagus", "Wicaksono", None, "m"),
    ("Łucja", "Kowalczyk", None, "f"),
    ("Ayşe", "Yılmaz", None, "f"),
)

GUARDIAN_GIVEN_M = ("Hartono", "Bambang", "Eko", "Hendra", "Thomas", "Rudi", "Agung", "Pierre")
GUARDIAN_GIVEN_F = ("Sri Wahyuni", "Endang", "Margaret", "Yuliana", "Ratna", "Lina", "Marie")
THIRD = ("Pak Joko", "Bu Marlina", "Mrs. Clarke", "Kak Yohana", "Mr. Fitzgerald", "Ibu Retno")
SCHOOLS = (
    "SMP Negeri 3 Semarang",
    "SMA Kristen 1 Bandung",
    "Jakarta Intercultural School",
    "MTs Negeri 2 Medan",
    "SMK Negeri 7 Surabaya",
    "Sekolah Pelita Harapan",
)
STREETS = ("Merpati", "Diponegoro", "Gajah Mada", "Kenanga", "Teuku Umar", "Cendrawasih")
CITIES = ("Semarang", "Bandung", "Medan", "Surabaya", "Yogyakarta", "Denpasar")
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]

# Non-identifying clinical sentences: none names anyone, holds a number of 7+ digits,
# a date, or a capitalised word that is a name in the corpus.
CLINICAL = (
    "Reports difficulty falling asleep before tests and wakes up several times a night.",
    "Appeared tired and withdrawn; short answers at first, more open after ten minutes.",
    "Self-rated anxiety 6/10, compared with 8/10 two weeks ago.",
    "Practised box breathing and grounding with good engagement.",
    "Discussed the link between thoughts, feelings and avoidance.",
    "Homework: thought record and a sleep diary for the coming week.",
    "No signs of thought disorder; speech clear and coherent.",
    "Identified three situations in class that trigger the worry.",
    "Explored what a good enough result would look like this semester.",
    "Agreed to try one small exposure step before the next session.",
    "Konseli mengatakan sulit tidur sebelum ujian dan sering terbangun.",
    "Tampak lelah, kontak mata kurang, menjawab singkat di awal sesi.",
    "Latihan pernapasan dan relaksasi otot progresif berjalan baik.",
    "Skala kecemasan subjektif turun dari minggu lalu.",
    "Konseli mampu menyebutkan dua kekuatan dirinya tanpa bantuan.",
    "Pekerjaan rumah: catatan pikiran harian dan jurnal tidur.",
    "Membahas hubungan antara pikiran, perasaan, dan perilaku menghindar.",
    "Konseli setuju mencoba satu langkah kecil sebelum sesi berikutnya.",
    "Feels left out since the seating plan changed in class.",
    "Described a falling-out over a message in the class chat.",
    "Uses humour to deflect when the topic turns to home.",
    "Screen time late at night is displacing sleep.",
    "Role-played asking the teacher for help after class.",
    "Konseli merasa ditinggalkan setelah pindah tempat duduk.",
    "Penggunaan gawai larut malam mengganggu pola tidur.",
    "Reviewed the safety plan and crisis contacts together.",
    "Denies current thoughts of self-harm; protective factors discussed.",
    "Tidak ada pikiran menyakiti diri saat ini; faktor pelindung dibahas.",
    "Engaged well with the solution-focused scaling questions.",
    "Konseli tampak lebih tenang dan tersenyum di akhir sesi.",
)


def _ascii(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O")
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_forms(phone: str) -> list[str]:
    """The same Indonesian mobile number written the ways people write it."""
    d = _digits(phone)
    core = d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d
    a, b, c = core[:3], core[3:7], core[7:]
    return [
        f"+62 {a}-{b}-{c}",
        f"0{a} {b} {c}",
        f"0{a}{b}{c}",
        f"0{a}.{b}.{c}",
        f"(0{a}) {b}-{c}",
        f"62{a}{b}{c}",
        f"+62({a}){b}{c}",
        f"+62 {a} {b} {c}",
        f"0{a}-{b}-{c}",
    ]


def id_forms(number: str) -> list[str]:
    d = _digits(number)
    return [
        d,
        " ".join(d[i : i + 4] for i in range(0, len(d), 4)),
        "-".join(d[i : i + 4] for i in range(0, len(d), 4)),
        ".".join(d[i : i + 3] for i in range(0, len(d), 3)),
    ]


def date_forms(day: dt.date) -> list[str]:
    en, idn = MONTHS_EN[day.month - 1], MONTHS_ID[day.month - 1]
    return [
        f"{day.day} {en} {day.year}",
        f"{day.day} {idn} {day.year}",
        f"{en} {day.day}, {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        day.isoformat(),
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day} {en[:3]} {day.year}",
        f"{day.day}th {en} {day.year}"
        if day.day not in (1, 2, 3, 21, 22, 23, 31)
        else day.isoformat(),
        f"{day.day} {en}",
    ]


def _significant(part: str) -> bool:
    from counsel_desk.domain.redaction import normalize

    n = normalize(part)[0]
    return len(n) >= 2 and n not in NAME_PARTICLES


def name_forms(client: Client, rng: random.Random) -> list[str]:
    """The client's names in the forms the redactor must catch (some with suffixes)."""
    given_parts = [p for p in client.given_name.split() if _significant(p)]
    first = given_parts[0] if given_parts else client.given_name
    names = [client.full_name, first]
    if client.family_name:
        names.append(client.family_name)
        if "-" in client.family_name:
            names += client.family_name.split("-")
    if client.preferred_name:
        names.append(client.preferred_name)
    forms: list[str] = []
    for name in names:
        common = _ascii(name).lower() in COMMON_WORDS
        forms += [name, f"{name}'s", f"si {name}", f"{name}nya" if " " not in name else name]
        if not common:
            forms += [name.upper(), name.lower(), _ascii(name), _ascii(name).lower()]
        else:
            forms += [name.upper(), _ascii(name)]
    rng.shuffle(forms)
    return forms


@dataclass
class Corpus:
    caseload: Caseload
    clinical: dict[str, list[str]] = field(default_factory=dict)  # case code -> sentences
    seed: int = 0


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(("811", "812", "813", "821", "852", "857", "878", "896"))
    rest = "".join(rng.choice("0123456789") for _ in range(8))
    return rng.choice(phone_forms("0" + prefix + rest))


def _birth(rng: random.Random) -> dt.date:
    return dt.date(rng.randint(2007, 2012), rng.randint(1, 12), rng.randint(1, 28))


def generate_corpus(seed: int = 1, *, sessions: int = 6) -> Corpus:
    rng = random.Random(f"redaction-corpus/{seed}")
    clients: list[Client] = []
    for number, (given, family, nick, gender) in enumerate(PEOPLE, start=1):
        born = _birth(rng)
        city = rng.choice(CITIES)
        guardian_names = []
        for _ in range(rng.choice((1, 1, 2))):
            pool = GUARDIAN_GIVEN_M if len(guardian_names) == 0 else GUARDIAN_GIVEN_F
            g = rng.choice(pool)
            guardian_names.append(f"{g} {family}" if family and rng.random() < 0.6 else g)
        clients.append(
            Client(
                given_name=given,
                family_name=family,
                preferred_name=nick,
                case_code=f"R-{number:03d}",
                date_of_birth=born,
                gender="male" if gender == "m" else "female",
                school=rng.choice(SCHOOLS),
                grade=rng.choice(("8B", "IX-2", "XI IPA 3", "Grade 10", "7A")),
                student_number=f"{born.year % 1000:03d}{rng.randrange(10**7):07d}",
                national_id=f"3374{rng.randint(10, 99)}{born.day:02d}{born.month:02d}"
                f"{born.year % 100:02d}{rng.randint(1, 9999):04d}",
                phone=_phone(rng),
                email=f"{_ascii(given).lower().replace(' ', '')}.{number}@example.org",
                address=rng.choice(
                    (
                        f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 99)}, {city}",
                        f"Perum Griya Asri Blok C{rng.randint(1, 9)} No. {rng.randint(1, 40)}, {city}",
                        f"Gg. Mawar II No. {rng.randint(1, 30)}, {city}",
                    )
                ),
                guardians=[
                    Contact(n, "parent", _phone(rng), f"parent{number}{i}@example.com")
                    for i, n in enumerate(guardian_names)
                ],
                emergency_contacts=[
                    Contact(rng.choice(GUARDIAN_GIVEN_F) + " Wijaya", "aunt", _phone(rng))
                ],
                other_people=rng.sample(THIRD, 2),
                referral_source=rng.choice(("homeroom teacher", "self", "parent", "wali kelas")),
                presenting_concern=rng.choice(
                    ("Exam anxiety and poor sleep.", "Konflik dengan teman sekelas.", "Low mood.")
                ),
                risk_level=rng.choice(list(RiskLevel)),
                opened_on=dt.date(2025, 7, 1),
            )
        )

    corpus = Corpus(Caseload(clients), seed=seed)
    for index, client in enumerate(clients):
        others = [c for c in clients if c is not client]
        used: list[str] = []
        forms = name_forms(client, rng)
        day = dt.date(2025, 7, 7) + dt.timedelta(days=rng.randint(0, 6))
        notes: list[SessionNote] = []
        for s in range(sessions):
            template = rng.choice(list(TemplateId))
            fields: dict[str, str] = {}
            for key in template_for(template).keys:
                sentences: list[str] = []
                for _ in range(rng.randint(2, 4)):
                    clinical = rng.choice(CLINICAL)
                    sentences.append(clinical)
                    used.append(clinical)
                    sentences.append(_identifying(rng, client, others, forms, day))
                rng.shuffle(sentences)
                fields[key] = " ".join(sentences)
            signed = s < sessions - 1
            notes.append(
                SessionNote(
                    date=day,
                    start_time=dt.time(9, 30),
                    duration_minutes=45,
                    modality=rng.choice(list(Modality)),
                    kind=SessionKind.GROUP if s == 2 else SessionKind.INDIVIDUAL,
                    group_members=[others[index % len(others)].case_code or ""] if s == 2 else [],
                    template=template,
                    fields=fields,
                    risk_notes=_identifying(rng, client, others, forms, day) if s % 3 == 0 else "",
                    signed_at=dt.datetime.combine(day, dt.time(11, 0)) if signed else None,
                    addenda=[
                        Addendum(
                            dt.datetime.combine(day + dt.timedelta(days=2), dt.time(8, 0)),
                            _identifying(rng, client, others, forms, day),
                        )
                    ]
                    if signed and s % 2 == 1
                    else [],
                )
            )
            day += dt.timedelta(days=rng.choice((7, 7, 14)))
        client.sessions = notes
        client.consents = [
            Consent(
                ConsentKind.INFORMED_CONSENT,
                client.full_name,
                dt.date(2025, 7, 1),
                signer_relationship=SignerRelationship.SELF,
            ),
            Consent(
                ConsentKind.GUARDIAN_CONSENT,
                client.guardians[0].name,
                dt.date(2025, 7, 1),
                signer_relationship=SignerRelationship.GUARDIAN,
                status=rng.choice(list(ConsentStatus)),
            ),
        ]
        corpus.clinical[client.case_code or ""] = used
    return corpus


def _identifying(
    rng: random.Random, client: Client, others: list[Client], forms: list[str], day: dt.date
) -> str:
    other = rng.choice(others)
    guardian = rng.choice(client.guardians)
    g_first = guardian.name.split()[0]
    third = rng.choice(client.other_people)
    other_forms = name_forms(other, rng)
    assert client.date_of_birth and client.phone and client.national_id and client.address
    street = client.address.split(" No.")[0].replace("Jl. ", rng.choice(("Jalan ", "Jl ", "Jl. ")))
    school = client.school or ""
    school_short = school.replace(" Negeri ", rng.choice(("N ", " N ", " Negeri ")))
    options = (
        f"{rng.choice(forms)} talked about {rng.choice(other_forms)} at break time.",
        f"{rng.choice(forms)} bercerita tentang {rng.choice(other_forms)} di kelas.",
        f"Called Pak {g_first} on {rng.choice(phone_forms(guardian.phone or '0811000000'))}.",
        f"Menghubungi {rng.choice(('Bu', 'Ibu', 'Bapak', 'Pak'))} {g_first} lewat WA.",
        f"{third} noticed that {rng.choice(forms)} skipped lunch.",
        f"Born {rng.choice(date_forms(client.date_of_birth))}; NISN {rng.choice(id_forms(client.student_number or '0'))}.",
        f"NIK {rng.choice(id_forms(client.national_id))} checked with the office.",
        f"Lives at {client.address}, near {street}.",
        f"Moved from {school_short} last year.",
        f"E-mail from {(client.email or '').upper()} arrived on {rng.choice(date_forms(day))}.",
        f"{rng.choice(forms)}'s mother {guardian.name} phoned {rng.choice(phone_forms(client.phone))}.",
        f"Follow-up planned for {rng.choice(date_forms(day + dt.timedelta(days=7)))}.",
        f"{rng.choice(other_forms)} dan {rng.choice(forms)} sekelompok dengan {third}.",
        f"Guardian {guardian.name.upper()} agreed; contact {guardian.email}.",
        f"Emergency contact {client.emergency_contacts[0].name} is aware.",
    )
    return rng.choice(options)


# --- an independent oracle ---------------------------------------------------------------
# It does not use the redaction engine's matcher: plain folded-text searches for every
# identifier of the vault, so that a bug in the engine cannot hide itself.

_HONORIFIC_WORDS = frozenset(
    [
        "pak",
        "bu",
        "bapak",
        "ibu",
        "mas",
        "mbak",
        "kak",
        "dik",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "si",
        "sang",
    ]
)


def _fold(text: str) -> str:
    return _ascii(text).replace("’", "'")


def leaks(text: str, caseload: Caseload) -> list[str]:
    """Identifiers of ``caseload`` still in ``text`` (folded comparison; empty is good)."""
    folded = _fold(text)
    lower = folded.lower()
    runs = [
        "".join(re.findall(r"\d", r)) for r in re.findall(r"\+?\(?\d(?:[ .\-/()]{0,3}\d)*", text)
    ]
    found: list[str] = []

    def word(part: str) -> None:
        p = _fold(part).lower()
        if len(p) < 2 or p in NAME_PARTICLES or p in _HONORIFIC_WORDS:
            return
        if p in COMMON_WORDS:
            # Common words count only when capitalised (docs/redaction.md).
            pattern = rf"(?<![A-Za-z]){re.escape(p.capitalize())}(?![a-z])|{re.escape(p.upper())}(?![A-Za-z])"
            if re.search(pattern, folded):
                found.append(part)
        elif re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", lower):
            found.append(part)

    def name(full: str) -> None:
        for w in re.split(r"[\s]+", full):
            w = w.strip(".,")
            for piece in re.split(r"[-']", w):
                word(piece)
            if "'" in w or "-" in w:
                word(w.replace("'", "").replace("-", ""))

    def digits(number: str | None) -> None:
        if not number:
            return
        d = _digits(number)
        core = d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d
        if any(core in r for r in runs):
            found.append(number)

    for c in caseload.clients:
        for n in (c.given_name, c.family_name, c.preferred_name):
            if n:
                name(n)
        for contact in [*c.guardians, *c.emergency_contacts]:
            name(contact.name)
            digits(contact.phone)
            if contact.email and contact.email.lower() in lower:
                found.append(contact.email)
        for other in c.other_people:
            name(other)
        for n in (c.phone, c.student_number, c.national_id):
            digits(n)
        if c.email and c.email.lower() in lower:
            found.append(c.email)
        if c.school and _fold(c.school).lower() in lower:
            found.append(c.school)
        if c.address:
            street = _fold(c.address.split(" No.")[0]).lower()
            if street in lower or _fold(c.address).lower() in lower:
                found.append(c.address)
        if c.date_of_birth:
            for form in date_forms(c.date_of_birth)[:-1]:
                if _fold(form).lower() in lower:
                    found.append(form)
    return found
