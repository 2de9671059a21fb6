"""Caseloads as counselors really keep them, for the whole-product property tests.

Two sources, both valid for ``validate_client`` (warnings allowed):

* :func:`realistic_caseloads` — a hypothesis strategy drawing *every* value of every enum
  of ``domain/enums.py`` and ``domain/templates.py`` (they are iterated, so a new member is
  drawn without touching this file) and every optional key of counsel-desk/1 as
  ``docs/formats.md`` specifies it: assent bundles, revoked and expired consents,
  releases of information, online sessions with platform and identity check, private
  and sole-possession notes, risk with duty steps, struck notes, addenda with and without
  reasons, drafts, closed cases, mononyms, records with nothing but a name. The free
  text is written the way notes are typed: Indonesian and English, chat quotes,
  honorifics, nicknames, names with a clitic (``Ayunya``), text pasted with invisible
  characters, typos.
* :func:`every_kind_caseload` — one fixed caseload in which every enum member occurs at
  least once (``tests/integration/test_whole_product.py`` checks that it does), for the
  tests that must see everything every time.
* :func:`vault_word_lists` — the vault's never-print and kept words (``never_print`` and
  ``keep_words`` of counsel-desk/2) for a drawn caseload: words that are no one (apps and
  shops the notes mention, printed as ``[PERSON ?]`` unless kept), and — as a counselor
  may keep one by mistake — the caseload's own name parts and a never-print word too.

Plans, ratings, measures and reminders are not part of counsel-desk/1: the tests make
them through the services with :func:`add_plans_and_reminders`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from enum import Enum
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from counsel_desk.domain import enums
from counsel_desk.domain.activities import Activity, suggested_service
from counsel_desk.domain.akpd import AkpdResponse, NeedItem, starter_items
from counsel_desk.domain.appointments import (
    REMINDER_CHOICES,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeRequest,
    IntakeState,
    IntakeUrgency,
)
from counsel_desk.domain.bk_program import ProgramItem, Rpl, draft_rpl
from counsel_desk.domain.career_interests import ITEMS as CAREER_ITEMS
from counsel_desk.domain.career_interests import CareerInterestResult
from counsel_desk.domain.disclosures import CONSENT_KIND_OF, Disclosure
from counsel_desk.domain.enums import (
    ActivityKind,
    AkpdEntry,
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    DutyStep,
    IdentityCheck,
    Modality,
    NoteClass,
    ReferralAgency,
    ReferralOutcome,
    ReferralUrgency,
    RiskLevel,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    SharedDocument,
    SignatureMethod,
    SignerRelationship,
    UseOfTime,
)
from counsel_desk.domain.model import (
    Addendum,
    Caseload,
    Client,
    Consent,
    Contact,
    DutyAction,
    RiskAssessment,
    SessionNote,
)
from counsel_desk.domain.referrals import Letterhead, Referral
from counsel_desk.domain.roster import RosterEntry
from counsel_desk.domain.school_calendar import SchoolEvent, sorted_events
from counsel_desk.domain.school_services import CLIENT_STRATEGIES, ServiceClass
from counsel_desk.domain.screening import (
    INSTRUMENTS,
    InstrumentId,
    RecordedInstrument,
    RecordedResult,
    ScreeningEntry,
    ScreeningResult,
    clean_recorded,
)
from counsel_desk.domain.sociometry import Answer, Criterion, Member, SociometryRound
from counsel_desk.domain.templates import FOLLOW_UP_TEMPLATES, TemplateId, template_for
from counsel_desk.export.interchange import ClientRecords, VaultRecords

TODAY = dt.date(2026, 3, 16)  # the "today" the whole-product tests run on

# --- people -------------------------------------------------------------------------

# (given, family) — family None or "" for people with one name.
PEOPLE: tuple[tuple[str, str | None], ...] = (
    ("Ayu", "Lestari"),
    ("Budi", "Santoso"),
    ("Siti", "Rahmawati"),
    ("Muhammad Rizky", "Pratama"),
    ("Nur", "Hidayah"),
    ("Sutrisno", None),  # mononym
    ("Wayan", ""),  # mononym recorded with an empty family name
    ("Ni Made", "Sukmawati"),
    ("Yohanes", "Wenda"),
    ("Marlina", "Hutapea"),
    ("Kevin", "Tanoto"),
    ("Grace", "Lim"),
    ("Hope", "Sinaga"),
    ("Eka", "Putri"),
    ("Bagus", "Wicaksono"),
    ("Oliver", "Bennett"),
)
NICKNAMES = ("Ayu", "Bud", "Icha", "Kiki", "Nunu", "Tris", "Mamad", "Yoyo", "Lin")
GUARDIAN_RELATIONS = ("ibu", "ayah", "mother", "father", "nenek", "om", "aunt", None)
SCHOOLS = ("SMP Negeri 3 Yogyakarta", "SMA Negeri 1 Denpasar", "Jakarta Int'l School", None)
ADDRESSES = (
    "Jl. Kaliurang KM 5 No. 30B, Sleman",
    "Perum Griya Asri Blok C/12, RT 04/RW 02, Bekasi",
    "Jl. Raya Ubud No. 7\nGianyar, Bali",
    None,
)
PLATFORMS = ("Google Meet", "Zoom", "WhatsApp", "Microsoft Teams", None)
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")
# Words that are no one but in no dictionary and no place list: [PERSON ?] unless kept.
KEEPABLE = ("Duolingo", "Genshin", "Kahoot", "Indomaret", "Canva")


def _mangle(name: str, how: int) -> str:
    """A name as it turns up in a typed note."""
    first = name.split()[0]
    variants = (
        first,
        f"{first}nya",  # clitic
        first.lower(),
        first.upper(),
        f"Mbak {first}",
        f"Dik {first}",
        f"{first}'s",
        first[:2] + "\u200b" + first[2:],  # pasted with a zero-width space
        first[:1] + "\u00ad" + first[1:],  # soft hyphen
        # Issue 16: lower case with a clitic, a hyphenated clitic, every title, a
        # reduplication, a line break inside, the sender of a quoted chat line.
        *(f"{first.lower()}{clitic}" for clitic in ("nya", "lah", "kah", "pun", "ku", "mu")),
        f"{first}-nya",
        f"{first.lower()}-mu",
        *(f"{title} {first}" for title in ("Mas", "Kak", "Bu", "Pak", "Dek", "Ms.", "Mr.")),
        f"{first}-{first}",
        f"{first[:2]}-\n{first[2:]}",
        f"\n{first.lower()}: aku capek",
    )
    return variants[how % len(variants)]


# --- free text ----------------------------------------------------------------------

_ID_LINES = (
    "{n} bilang dia capek banget, tdk bisa tidur krn mikirin ujian.",
    'Di chat WA: "{n}: aku udah gak kuat kak 😢" — ditanggapi dgn tenang.',
    "Ibu {n} menelepon, khawatir soal nilai dan HP yang disita.",
    "Konseli tampak lebih tenang. Latihan napas 4-7-8 dicoba bersama.",
    "{n} cerita soal teman sekelas yg sering mengejek. Rencana: bicara dgn wali kelas.",
    "Sesi singkat di ruang BK, {n} datang sendiri stlh jam istirahat.",
    "{n} (kls 9C) ribut dgn anak X IPA 2 — HP ortu: 0812 9999 8888 / 0813-2222-1111.",
    "Tdk ada tanda bahaya hari ini; tindak lanjut minggu depan.",
    "Malamnya main Genshin sampai larut; sepakat dibatasi satu jam. {n} setuju.",
)
_EN_LINES = (
    "{n} said she hasn't slept properly since the exams started.",
    'Quoted from chat: "{n}: i cant do this anymore lol" — checked in the same day.',
    "{n}'s mum called; worried about grades and screen time.",
    "Practised grounding (5-4-3-2-1). Seemed calmer by the end.",
    "Friendship trouble in class; agreed to try one conversation this week.",
    "Brief check-in at lunch, teh manis and a chat. Mood ok-ish.",
    "No safety concerns today. Follow up next week.",
    "Revises with Duolingo and Kahoot, buys snacks at Indomaret with {n}.",
)


@st.composite
def _note_text(draw: st.DrawFn, name: str, *, non_blank: bool = False) -> str:
    lines = draw(st.lists(st.sampled_from(_ID_LINES + _EN_LINES), max_size=3))
    if non_blank and not lines:
        lines = [draw(st.sampled_from(_ID_LINES + _EN_LINES))]
    text = "\n".join(line.format(n=_mangle(name, draw(st.integers(0, 40)))) for line in lines)
    if text and draw(st.integers(0, 4)) == 0:  # pasted text carries invisible characters
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(INVISIBLE)) + text[at:]
    if text and draw(st.integers(0, 5)) == 0:  # a typo: a doubled letter
        at = draw(st.integers(0, len(text) - 1))
        text = text[: at + 1] + text[at:]
    return text


# --- dates --------------------------------------------------------------------------

_days = st.dates(min_value=dt.date(2024, 7, 15), max_value=dt.date(2026, 3, 13))
_births = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2014, 12, 31))


def _at(day: dt.date, seconds: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(7, 0)) + dt.timedelta(seconds=seconds)


# --- records ------------------------------------------------------------------------


@st.composite
def _session(draw: st.DrawFn, name: str, others: tuple[str, ...]) -> SessionNote:
    day = draw(_days)
    template = draw(st.sampled_from(list(TemplateId)))
    signed = draw(st.booleans())
    spec = template_for(template)
    fields = {
        f.key: draw(_note_text(name, non_blank=signed and f.required_for_signing))
        for f in spec.fields
    }
    kind = draw(st.sampled_from(list(SessionKind)))
    members: list[str] = []
    if kind is SessionKind.GROUP and others:
        members = draw(st.lists(st.sampled_from(others), unique=True, max_size=2))
    modality = draw(st.sampled_from(list(Modality)))
    online = modality.is_online
    signed_at = struck_at = reason = None
    addenda: list[Addendum] = []
    if signed:
        signed_at = _at(day, draw(st.integers(0, 3 * 24 * 3600)))
        for i in range(draw(st.integers(0, 2))):
            addenda.append(
                Addendum(
                    written_at=signed_at + dt.timedelta(hours=i + 1),
                    text=draw(_note_text(name, non_blank=True)),
                    reason=draw(st.sampled_from([None, "Koreksi tanggal", "Late entry"])),
                )
            )
        if draw(st.integers(0, 5)) == 0:
            struck_at = signed_at + dt.timedelta(days=1)
            reason = draw(st.sampled_from(["Salah konseli", "Entered in error"]))
    risk = None
    duty: list[DutyAction] = []
    if draw(st.integers(0, 3)) == 0:
        risk = RiskAssessment(
            self_harm=draw(st.booleans()),
            harm_to_others=draw(st.booleans()),
            abuse_disclosed=draw(st.booleans()),
            # None ("Not assessed") only in a draft: signing asks for the level.
            level=draw(st.sampled_from(list(RiskLevel) + ([None] if signed_at is None else []))),
            actions_taken=draw(_note_text(name)),
        )
        steps = draw(st.lists(st.sampled_from(list(DutyStep)), unique=True, max_size=3))
        duty = [
            DutyAction(step=s, done_at=_at(day, 3600 * (i + 1)), note=draw(_note_text(name)))
            for i, s in enumerate(steps)
        ]
    service = None
    if draw(st.integers(0, 2)):
        service = ServiceClass(
            component=draw(st.sampled_from(list(ServiceComponent))),
            strategy=draw(st.sampled_from(CLIENT_STRATEGIES)),
            fields=tuple(
                draw(st.lists(st.sampled_from(list(ServiceField)), unique=True, min_size=1))
            ),
            use_of_time=draw(st.one_of(st.none(), st.sampled_from(list(UseOfTime)))),
        )
    follow_up_on = None
    if fields.get("follow_up", "").strip() and draw(st.booleans()):
        follow_up_on = day + dt.timedelta(days=draw(st.integers(0, 30)))
    return SessionNote(
        date=day,
        start_time=draw(st.one_of(st.none(), st.builds(dt.time, st.integers(7, 15)))),
        duration_minutes=draw(st.one_of(st.none(), st.sampled_from([10, 30, 45, 60, 90]))),
        modality=modality,
        kind=kind,
        group_members=members,
        template=template,
        fields=fields,
        risk_notes=draw(st.one_of(st.none(), st.just(""), _note_text(name))),
        signed_at=signed_at,
        addenda=addenda,
        note_class=draw(st.sampled_from(list(NoteClass))),
        platform=draw(st.sampled_from(PLATFORMS)) if online else None,
        identity_check=(
            draw(st.one_of(st.none(), st.sampled_from(list(IdentityCheck)))) if online else None
        ),
        risk=risk,
        duty_actions=duty,
        struck_at=struck_at,
        strike_reason=reason,
        service=service,
        follow_up_on=follow_up_on,
    )


@st.composite
def _consent(
    draw: st.DrawFn, signer: str, kind: ConsentKind | None = None, bundle: str | None = None
) -> Consent:
    kind = kind or draw(st.sampled_from(list(ConsentKind)))
    signed_on = draw(_days)
    status = draw(st.sampled_from(list(ConsentStatus)))
    revoked_on = None
    if status is ConsentStatus.REVOKED and draw(st.booleans()):
        revoked_on = signed_on + dt.timedelta(days=draw(st.integers(0, 200)))
    expires_on = None
    if status is ConsentStatus.EXPIRED or draw(st.integers(0, 3)) == 0:
        expires_on = signed_on + dt.timedelta(days=draw(st.integers(0, 365)))
    language = draw(st.sampled_from([None, "en", "id"]))
    return Consent(
        kind=kind,
        signed_by=signer,
        signed_on=signed_on,
        template_version=draw(st.sampled_from(["1", "2"])),
        signer_relationship=draw(st.sampled_from(list(SignerRelationship))),
        status=status,
        revoked_on=revoked_on,
        notes=draw(st.sampled_from([None, "Ditandatangani di ruang BK", "Signed at home"])),
        expires_on=expires_on,
        relationship_detail=draw(st.sampled_from([None, "ibu kandung", "mother"])),
        language=language,
        text=draw(st.sampled_from([None, "Saya setuju mengikuti layanan konseling."])),
        method=draw(st.one_of(st.none(), st.sampled_from(list(SignatureMethod)))),
        bundle=bundle,
        released_to=(
            draw(st.sampled_from(["Puskesmas Depok", "dr. Lim (child psychiatrist)", None]))
            if kind is ConsentKind.RELEASE_OF_INFORMATION
            else None
        ),
        purpose=(
            draw(st.sampled_from([None, "Pemeriksaan psikolog", "Assessment for ADHD"]))
            if kind is ConsentKind.RELEASE_OF_INFORMATION
            else None
        ),
        disclosures=tuple(draw(st.lists(st.sampled_from(list(DisclosureItem)), unique=True)))
        if kind is ConsentKind.RELEASE_OF_INFORMATION
        else (),
    )


@st.composite
def _client(draw: st.DrawFn, case_code: str | None, others: tuple[str, ...]) -> Client:
    given, family = draw(st.sampled_from(PEOPLE))
    if draw(st.integers(0, 6)) == 0:  # a record with nothing but a name
        return Client(given_name=given, case_code=case_code, family_name=family)
    status = draw(st.sampled_from(list(ClientStatus)))
    opened_on = draw(st.one_of(st.none(), _days))
    closed_on = None
    graduated_on = None
    if status is ClientStatus.CLOSED and draw(st.booleans()):
        # Never after the tests' "today": the import refuses a graduation in the future,
        # and a day after it would fail every test once the calendar passes it.
        closed_on = min(
            (opened_on or dt.date(2024, 7, 15)) + dt.timedelta(days=draw(st.integers(0, 400))),
            TODAY,
        )
        if draw(st.booleans()):  # she left the school with its last class (issue 20)
            graduated_on = closed_on
    guardian_given, guardian_family = draw(st.sampled_from(PEOPLE))
    guardian = Contact(
        name=f"{guardian_given} {guardian_family or ''}".strip(),
        relationship=draw(st.sampled_from(GUARDIAN_RELATIONS)),
        phone=draw(st.sampled_from([None, "0812-3456-7890", "+62 274 512345"])),
        email=draw(st.sampled_from([None, "ortu.siswa@example.org"])),
    )
    consents = draw(st.lists(_consent(given), max_size=2))
    if draw(st.booleans()):  # a guardian consent with the student's assent
        bundle = f"b-{draw(st.integers(1, 10**6))}"
        consents.append(draw(_consent(guardian.name, ConsentKind.GUARDIAN_CONSENT, bundle=bundle)))
        consents.append(draw(_consent(given, ConsentKind.ASSENT, bundle=bundle)))
    return Client(
        given_name=given,
        case_code=case_code,
        family_name=family,
        preferred_name=draw(st.one_of(st.none(), st.sampled_from(NICKNAMES))),
        date_of_birth=draw(st.one_of(st.none(), _births)),
        gender=draw(st.sampled_from([None, "P", "L", "perempuan", "male"])),
        school=draw(st.sampled_from(SCHOOLS)),
        grade=draw(st.sampled_from([None, "VIII-B", "kelas 9C", "Year 10"])),
        student_number=draw(st.sampled_from([None, "2023118", "0045123987"])),
        national_id=draw(st.sampled_from([None, "3404015507090001"])),
        phone=draw(st.sampled_from([None, "0857 1122 3344"])),
        email=draw(st.sampled_from([None, "siswa123@example.sch.id"])),
        address=draw(st.sampled_from(ADDRESSES)),
        guardians=draw(st.lists(st.just(guardian), max_size=1)),
        emergency_contacts=draw(st.lists(st.just(guardian), max_size=1)),
        other_people=draw(st.lists(st.sampled_from(["Pak Hartono", "Bu Endang"]), max_size=2)),
        referral_source=draw(st.sampled_from([None, "wali kelas", "self-referred"])),
        presenting_concern=draw(st.one_of(st.none(), _note_text(given))),
        risk_level=draw(st.sampled_from(list(RiskLevel))),
        tags=draw(st.lists(st.sampled_from(["akademik", "bullying", "keluarga"]), unique=True)),
        status=status,
        opened_on=opened_on,
        closed_on=closed_on,
        graduated_on=graduated_on,
        sessions=draw(st.lists(_session(given, others), max_size=3)),
        consents=consents,
    )


@st.composite
def _caseloads(draw: st.DrawFn, max_clients: int) -> Caseload:
    count = draw(st.integers(1, max_clients))
    codes: list[str | None] = [f"BK-{i + 1:03d}" for i in range(count)]
    if draw(st.integers(0, 3)) == 0:
        codes[-1] = None  # the vault generates this one
    result = [
        draw(_client(code, tuple(c for c in codes if c is not None and c != code)))
        for code in codes
    ]
    return Caseload(result)


def realistic_caseloads(max_clients: int = 3) -> SearchStrategy[Caseload]:
    """Valid caseloads of 1..``max_clients`` clients written as counselors write."""
    return _caseloads(max_clients)


def _name_parts(caseload: Caseload) -> list[str]:
    names: list[str] = []
    for c in caseload.clients:
        names += [c.given_name, c.family_name or "", c.preferred_name or ""]
        names += [p.name for p in (*c.guardians, *c.emergency_contacts)] + c.other_people
    return sorted({w for n in names for w in n.replace("-", " ").split() if len(w) > 1})


@st.composite
def vault_word_lists(draw: st.DrawFn, caseload: Caseload) -> VaultRecords:
    """The vault's never-print and kept words for ``caseload`` (no blank word, each
    once): kept words that are no one, name parts of the caseload's people in any letter
    case (a kept word never unmasks a name), and a word on both lists (never printed)."""
    names = _name_parts(caseload)
    word = st.sampled_from(KEEPABLE)
    if names:
        name = st.sampled_from(names)
        word = st.one_of(word, name, name.map(str.lower), name.map(lambda w: f" {w.upper()} "))
    kept = draw(st.lists(word, unique_by=str.casefold, max_size=6))
    never = draw(st.lists(st.sampled_from(["Kampung Melayu", "klub catur", *kept]), max_size=2))
    items, responses, program = draw(needs_records(len(caseload.clients)))
    activities = draw(activity_logs())
    if program:
        activities = [
            replace(a, rpl=draw(st.one_of(st.none(), st.integers(0, len(program) - 1))))
            for a in activities
        ]
    appointments, intake = draw(appointment_records(len(caseload.clients)))
    return VaultRecords(
        appointments=appointments,
        intake=intake,
        clients=[
            ClientRecords(
                referrals=draw(_referrals_of(c)),
                disclosures=draw(disclosure_records(c)),
                **_screenings_drawn(draw),
            )
            for c in caseload.clients
        ],
        roster=(roster := draw(rosters(len(caseload.clients)))),
        sociometry=draw(sociometry_rounds(roster, len(caseload.clients))),
        never_print=sorted(set(never)),
        keep_words=kept,
        school_calendar=draw(school_calendars()),
        activities=activities,
        letterhead=draw(st.one_of(st.none(), st.just(LETTERHEAD))),
        akpd_items=items,
        akpd_responses=responses,
        bk_program=program,
        school_years=draw(st.lists(st.integers(2018, 2026), unique=True, max_size=3)),
    )


def _screenings_drawn(draw: st.DrawFn) -> dict[str, Any]:
    results, recorded = draw(screening_records())
    return {
        "screenings": results,
        "recorded_results": recorded,
        "career_interests": draw(career_interest_records()),
    }


# Students of a class list (issue 20): names no activity topic or note holds.
ROSTER_NAMES = (
    "Kirana Paramitha",
    "Yohanes Tanoto",
    "I Wayan Sudarsana",
    "Nur Aisyah Putri",
    "Oktaviani Lase",
    "Fransiska Nababan",
)


@st.composite
def rosters(draw: st.DrawFn, clients: int, max_size: int = 4) -> list[RosterEntry]:
    """A class list: each NISN once (or none), some students linked to a client (each
    client once), every other field set or not."""
    picked = draw(st.lists(st.sampled_from(ROSTER_NAMES), unique=True, max_size=max_size))
    linkable = list(range(clients))
    found: list[RosterEntry] = []
    for n, name in enumerate(picked):
        maybe = st.booleans()
        client = None
        if linkable and draw(maybe):
            client = linkable.pop(draw(st.integers(0, len(linkable) - 1)))
        found.append(
            RosterEntry(
                name=name,
                nisn=f"00{12345670 + n}" if draw(maybe) else None,
                nipd=f"{2526000 + n}" if draw(maybe) else None,
                nik=f"340{1234567890123 + n}" if draw(maybe) else None,
                gender=draw(st.sampled_from((None, "L", "P"))),
                birth_place=draw(st.sampled_from((None, "Bantul", "Kota Depok"))),
                birth_date=draw(
                    st.one_of(st.none(), st.dates(dt.date(2008, 1, 1), dt.date(2015, 12, 31)))
                ),
                class_name=draw(st.sampled_from((None, *CLASSES))),
                father_name="Bambang Sutrisno" if draw(maybe) else None,
                mother_name="Sulastri Handayani" if draw(maybe) else None,
                guardian_name=None,
                phone=f"0813{5550100 + n}" if draw(maybe) else None,
                address="Jl. Kenanga No. 7, Sleman" if draw(maybe) else None,
                school_year=draw(st.sampled_from((None, "2025/2026", "2026/2027"))),
                client_id=client,
            )
        )
    return found


# Questions of a sociometry round as she writes them (positive, negative).
SOCIOMETRY_QUESTIONS = (
    ("Teman duduk", True),
    ("Teman kerja kelompok", True),
    ("Group work partner", True),
    ("Tidak ingin sekelompok", False),
)


@st.composite
def sociometry_rounds(
    draw: st.DrawFn, roster: list[RosterEntry], clients: int, max_size: int = 2
) -> list[SociometryRound]:
    """Rounds of a class: members from the class list (with the client opened for one),
    clients not on it, and former members (no one in the vault any more); every answer
    valid (no one herself, once each, at most N, only members), by day."""
    found: list[SociometryRound] = []
    through_roster = {e.client_id for e in roster if e.client_id is not None}
    for _ in range(draw(st.integers(0, max_size))):
        people: list[tuple[int | None, int | None]] = [
            (i, e.client_id if draw(st.booleans()) else None)
            for i, e in enumerate(roster)
            if draw(st.booleans())
        ]
        people += [
            (None, c) for c in range(clients) if c not in through_roster and draw(st.booleans())
        ]
        people += [(None, None)] * max(draw(st.integers(0, 3)), 3 - len(people))
        members = tuple(Member(n, r, c) for n, (r, c) in enumerate(people, start=1))
        questions = draw(
            st.lists(st.sampled_from(SOCIOMETRY_QUESTIONS), unique=True, min_size=1, max_size=3)
        )
        if not any(p for _, p in questions):
            questions[0] = SOCIOMETRY_QUESTIONS[0]
            questions = list(dict.fromkeys(questions))
        limit = draw(st.integers(1, 3))
        numbers = [m.number for m in members]
        answers = []
        for m in sorted(draw(st.lists(st.sampled_from(numbers), unique=True))):
            others = [n for n in numbers if n != m]
            choices = tuple(
                tuple(draw(st.lists(st.sampled_from(others), unique=True, max_size=limit)))
                for _ in questions
            )
            answers.append(Answer(m, choices, draw(st.sampled_from(AkpdEntry))))
        found.append(
            SociometryRound(
                draw(st.sampled_from(CLASSES)),
                draw(st.dates(TODAY - dt.timedelta(days=400), TODAY)),
                tuple(Criterion(t, p) for t, p in questions),
                limit,
                members,
                tuple(answers),
            )
        )
    return sorted(found, key=lambda r: r.held_on)


def every_kind_sociometry() -> list[SociometryRound]:
    """A round of VIII-B over every_kind_roster and every_kind_caseload: a roster entry,
    one opened as the first client (both references), another client, a former member;
    paper and kiosk answers, a positive and a negative question; a mutual pair."""
    return [
        SociometryRound(
            "VIII-B",
            TODAY - dt.timedelta(days=30),
            (Criterion("Teman duduk"), Criterion("Tidak ingin sekelompok", False)),
            2,
            (Member(1, 0, None), Member(2, 1, 0), Member(3, None, 1), Member(4)),
            (
                Answer(1, ((2, 3), (4,))),
                Answer(2, ((1,), ()), AkpdEntry.KIOSK),
                Answer(3, ((1, 2), (4,)), AkpdEntry.KIOSK),
            ),
        )
    ]


def every_kind_roster() -> list[RosterEntry]:
    """A class list with every field, one student linked to the first client, one with
    nothing but a name, and one with a guardian instead of parents."""
    return [
        RosterEntry(
            name="Kirana Paramitha",
            nisn="0098765432",
            nipd="2526001",
            nik="3404011203120002",
            gender="P",
            birth_place="Kota Depok",
            birth_date=dt.date(2012, 3, 12),
            class_name="VIII-B",
            father_name="Hendra Gunawan",
            mother_name="Maya Sari Dewi",
            phone="081311122233",
            address="Jl. Kenanga No. 7, Sleman",
            school_year="2025/2026",
        ),
        RosterEntry(name="Yohanes Tanoto", client_id=0, class_name="VIII-B", gender="L"),
        RosterEntry(
            name="Oktaviani Lase",
            nisn="0098765433",
            guardian_name="Yakobus Zebua",
            class_name="IX A",
            school_year="2025/2026",
        ),
    ]


# Topics of a BK program as she plans them, and classes as she writes them.
PROGRAM_TOPICS = (
    "Mengenal minat dan bakat",
    "Belajar efektif menjelang PTS",
    "Stop perundungan!",
    "Choosing a senior high school",
    "Mengelola emosi",
)
CLASSES = ("VIII-B", "VII A", "IX-C", "Grade 8")


@st.composite
def needs_records(
    draw: st.DrawFn, clients: int
) -> tuple[list[NeedItem], list[AkpdResponse], list[ProgramItem]]:
    """A needs assessment and a BK program as counsel-desk/2 carries them: items (some
    retired, in either language), answers naming items and clients by index, each student
    asked some items and saying yes to some of those; planned activities with their RPL."""
    pool = starter_items(draw(st.sampled_from(["id", "en"])))
    chosen = draw(st.lists(st.sampled_from(range(len(pool))), unique=True, max_size=6))
    items = [
        NeedItem(pool[n].field, pool[n].text, retired=draw(st.booleans())) for n in sorted(chosen)
    ]
    responses: list[AkpdResponse] = []
    if items:
        for _ in range(draw(st.integers(0, 6))):
            asked = draw(st.lists(st.integers(0, len(items) - 1), unique=True, min_size=1))
            needs = draw(st.lists(st.sampled_from(asked), unique=True))
            responses.append(
                AkpdResponse(
                    draw(st.sampled_from(CLASSES)),
                    draw(_days),
                    tuple(asked),
                    frozenset(needs),
                    draw(st.sampled_from(list(AkpdEntry))),
                    draw(st.one_of(st.none(), st.integers(0, clients - 1))) if clients else None,
                )
            )
    program: list[ProgramItem] = []
    for _ in range(draw(st.integers(0, 4))):
        year = draw(st.sampled_from([2025, 2026]))
        program.append(
            ProgramItem(
                year,
                dt.date(year + draw(st.integers(0, 1)), draw(st.integers(1, 12)), 1),
                draw(st.sampled_from(list(ServiceField))),
                draw(st.sampled_from(list(ServiceStrategy))),
                draw(st.sampled_from(PROGRAM_TOPICS)),
                draw(st.sampled_from(["", "VIII", "IX"])),
                draw(st.integers(1, 4)),
                draw(
                    st.sampled_from(
                        [Rpl(), draft_rpl("id"), Rpl(objective="Siswa memahami\ngaya belajar.")]
                    )
                ),
            )
        )
    return items, responses, program


def every_kind_needs() -> dict[str, list[object]]:
    """The needs assessment and program of the every-kind vault (VaultRecords' keys): an
    item of every bidang (one retired), an answer of every entry (one in BK-001's record),
    a planned session of every bidang; an activity's ``rpl`` may name the first (0)."""
    items = [
        NeedItem(area, f"{area.value}: Saya ingin dibantu", retired=n == 1)
        for n, area in enumerate(ServiceField)
    ]
    responses = [
        AkpdResponse("VIII-B", dt.date(2025, 7, 21), (0, 1, 2, 3), frozenset({0, 2}), entry, client)
        for entry, client in zip(AkpdEntry, (0, None), strict=True)
    ]
    program = [
        ProgramItem(
            2025,
            dt.date(2025, 8 + n, 1),
            area,
            ServiceStrategy.CLASSROOM_GUIDANCE,
            PROGRAM_TOPICS[n],
            "VIII",
            2,
            draft_rpl("id"),
        )
        for n, area in enumerate(ServiceField)
    ]
    return {"akpd_items": items, "akpd_responses": responses, "bk_program": program}


LETTERHEAD = Letterhead(
    school="SMP Negeri 3 Yogyakarta",
    short_name="SMPN 3",
    address="Jl. Pogung 1, Yogyakarta",
    phone="0274-123456",
    counselor="Sri Rahayu, S.Pd.",
    counselor_id="NIP 19800101 200501 2 001",
)


@st.composite
def _referrals_of(draw: st.DrawFn, client: Client) -> list[Referral]:
    """Referrals of ``client``, each under one of its releases of information active on
    the referral's day and sending only what that release allows."""
    found: list[Referral] = []
    releases = [
        (i, c)
        for i, c in enumerate(client.consents)
        if c.kind is ConsentKind.RELEASE_OF_INFORMATION and c.is_active_on(c.signed_on)
    ]
    for index, release in releases:
        if not draw(st.booleans()):
            continue
        sent = tuple(
            draw(st.lists(st.sampled_from(list(release.disclosures) or [None]), unique=True))
        )
        sent = tuple(i for i in sent if i is not None)
        made_on = release.signed_on
        found.append(
            Referral(
                made_on=made_on,
                agency=draw(st.sampled_from(list(ReferralAgency))),
                recipient=release.released_to or "Puskesmas Depok",
                reason=draw(st.sampled_from(["Kecemasan berat menjelang ujian", "Suspected ADHD"])),
                consent_id=index,
                urgency=draw(st.sampled_from(list(ReferralUrgency))),
                sent=sent,
                sections={
                    i.value: "Tidak masuk 6 hari."
                    for i in sent
                    if i is not DisclosureItem.FULL_RECORD
                },
                reply=draw(st.sampled_from(["", "Sudah dijadwalkan asesmen."])),
                outcome=draw(st.one_of(st.none(), st.sampled_from(list(ReferralOutcome)))),
            )
        )
    return found


# Topics as she types them into the activity log: no one's name in them (an activity
# that names someone the vault knows is refused), Indonesian and English, typos kept.
ACTIVITY_TOPICS = (
    "Mengenal gaya belajar",
    "Study skills sblm ujian",
    "Anti-perundungan: berani bicara",
    "Memilih jurusan SMA / SMK",
    "Sosialisasi program BK ke orang tua kelas VII",
    "Evaluasi program semester ganjil",
    "Piket pagi & pengawas ujian",
    "Online safety — don't share your password!",
    "Konsultasi dgn wali kelas ttg absensi",
)


@st.composite
def _activities(draw: st.DrawFn) -> Activity:
    kind = draw(st.sampled_from(list(ActivityKind)))
    service = None
    suggested = suggested_service(kind)
    if suggested is not None and draw(st.integers(0, 3)):
        service = ServiceClass(
            component=draw(st.sampled_from([suggested.component, *ServiceComponent])),
            strategy=draw(st.sampled_from([suggested.strategy, *ServiceStrategy])),
            fields=tuple(
                draw(st.lists(st.sampled_from(list(ServiceField)), unique=True, min_size=1))
            ),
            use_of_time=draw(st.one_of(st.none(), st.sampled_from(list(UseOfTime)))),
        )
    periods = draw(st.one_of(st.none(), st.integers(1, 4)))
    return Activity(
        kind=kind,
        date=draw(_days),
        topic=draw(st.sampled_from(ACTIVITY_TOPICS)),
        class_name=draw(st.sampled_from([None, "VIII-B", "IX A", "X IPA 2", "Grade 7"])),
        students_present=draw(st.one_of(st.none(), st.integers(0, 40))),
        periods=periods,
        minutes=None if periods is not None else draw(st.one_of(st.none(), st.integers(5, 180))),
        notes=draw(st.sampled_from(["", "Siswa aktif bertanya.\nLanjut minggu depan.", "—"])),
        service=service,
    )


def activity_logs(max_size: int = 4) -> SearchStrategy[list[Activity]]:
    """Entries of the activity log, in the order the vault lists them (by day)."""
    return st.lists(_activities(), max_size=max_size).map(
        lambda found: sorted(found, key=lambda a: a.date)
    )


# What she writes for an appointment and a request: no one's name (an appointment naming
# someone the vault knows is refused), Indonesian and English.
APPOINTMENT_PURPOSES = ("", "Tindak lanjut", "Konsultasi jurusan", "Follow-up after PTS", "—")
APPOINTMENT_PLACES = ("", "Ruang BK", "Perpustakaan", "Online (Google Meet)")
INTAKE_NAMES = ("Putri Anggraini", "Dimas", "Nur Aisyah Rahmawati")
INTAKE_REASONS = ("", "Ingin bercerita", "Masalah dengan teman", "Nilai turun")


@st.composite
def _appointment(draw: st.DrawFn, clients: int) -> Appointment:
    kinds = (
        list(AppointmentKind)
        if clients
        else [
            k
            for k in AppointmentKind
            if k not in (AppointmentKind.CLIENT, AppointmentKind.PARENT_MEETING)
        ]
    )
    kind = draw(st.sampled_from(kinds))
    with_client = kind in (AppointmentKind.CLIENT, AppointmentKind.PARENT_MEETING)
    start = draw(st.integers(7 * 12, 15 * 12)) * 5  # minutes after midnight, 5-minute steps
    length = draw(st.sampled_from([5, 20, 40, 45, 80, 90]))
    subject = ""
    if kind is AppointmentKind.CLASS:
        subject = draw(st.sampled_from(CLASSES))
    elif kind in (AppointmentKind.GROUP, AppointmentKind.OTHER):
        subject = draw(st.sampled_from(["Kelompok belajar", "Rapat MGBK", ""]))
        if kind is AppointmentKind.GROUP and not subject:
            subject = "Kelompok belajar"
    return Appointment(
        kind=kind,
        day=draw(_days),
        start=dt.time(start // 60, start % 60),
        end=dt.time((start + length) // 60, (start + length) % 60),
        client_id=draw(st.integers(0, clients - 1)) if with_client else None,
        subject=subject,
        place=draw(st.sampled_from(APPOINTMENT_PLACES)),
        purpose=draw(st.sampled_from(APPOINTMENT_PURPOSES)),
        status=draw(st.sampled_from(list(AppointmentStatus))),
        remind_minutes=draw(st.sampled_from(REMINDER_CHOICES)),
    )


@st.composite
def appointment_records(
    draw: st.DrawFn, clients: int, max_size: int = 5
) -> tuple[list[Appointment], list[IntakeRequest]]:
    """Appointments in the order the vault lists them (by day and start), often
    overlapping, and requests to talk from clients (by index) or by a typed name, some
    scheduled (by the index of their appointment) or closed."""
    appointments = sorted(
        draw(st.lists(_appointment(clients), max_size=max_size)), key=lambda a: (a.day, a.start)
    )
    requests: list[IntakeRequest] = []
    for _ in range(draw(st.integers(0, 3))):
        client = draw(st.one_of(st.none(), st.integers(0, clients - 1))) if clients else None
        state = draw(st.sampled_from(list(IntakeState)))
        booked = None
        if state is IntakeState.SCHEDULED and appointments:
            booked = draw(st.integers(0, len(appointments) - 1))
        requests.append(
            IntakeRequest(
                received_on=draw(_days),
                channel=draw(st.sampled_from(list(IntakeChannel))),
                urgency=draw(st.sampled_from(list(IntakeUrgency))),
                reason=draw(st.sampled_from(INTAKE_REASONS)),
                client_id=client,
                name="" if client is not None else draw(st.sampled_from(INTAKE_NAMES)),
                state=state,
                closed_reason="Sudah ditangani wali kelas" if state is IntakeState.CLOSED else "",
                appointment_id=booked,
            )
        )
    return appointments, requests


def every_kind_appointments() -> tuple[list[Appointment], list[IntakeRequest]]:
    """An appointment of every kind and status (two of them overlapping, two touching)
    and a request of every channel, urgency and state, for the every-kind caseload."""
    day = dt.date(2025, 10, 6)
    kinds = list(AppointmentKind)
    statuses = list(AppointmentStatus)
    appointments: list[Appointment] = []
    for i in range(max(len(kinds), len(statuses))):
        kind = kinds[i % len(kinds)]
        appointments.append(
            Appointment(
                kind=kind,
                day=day + dt.timedelta(days=i // 2),
                start=dt.time(9 + i % 2, 0 if i % 2 else 30),
                end=dt.time(10 + i % 2, 0 if i % 2 else 10),
                client_id=i % 3
                if kind in (AppointmentKind.CLIENT, AppointmentKind.PARENT_MEETING)
                else None,
                subject={
                    AppointmentKind.CLASS: "VIII-B",
                    AppointmentKind.GROUP: "Kelompok belajar",
                }.get(kind, ""),
                place="Ruang BK" if i % 2 else "",
                purpose=APPOINTMENT_PURPOSES[i % len(APPOINTMENT_PURPOSES)],
                status=statuses[i % len(statuses)],
                remind_minutes=REMINDER_CHOICES[i % len(REMINDER_CHOICES)],
            )
        )
    appointments.sort(key=lambda a: (a.day, a.start))
    channels, urgencies, states = list(IntakeChannel), list(IntakeUrgency), list(IntakeState)
    requests = [
        IntakeRequest(
            received_on=day - dt.timedelta(days=i),
            channel=channels[i % len(channels)],
            urgency=urgencies[i % len(urgencies)],
            reason=INTAKE_REASONS[i % len(INTAKE_REASONS)],
            client_id=i % 3 if i % 2 else None,
            name="" if i % 2 else INTAKE_NAMES[i % len(INTAKE_NAMES)],
            state=states[i % len(states)],
            closed_reason="Sudah ditangani wali kelas"
            if states[i % len(states)] is IntakeState.CLOSED
            else "",
            appointment_id=0 if states[i % len(states)] is IntakeState.SCHEDULED else None,
        )
        for i in range(max(len(channels), len(states)))
    ]
    return appointments, requests


# Problem areas and summaries as a guru BK types an AUM or DCM result in: Indonesian,
# abbreviations, a pasted zero-width space, a chat quote.
RESULT_AREAS = (
    "Hubungan sosial (HSO)",
    "Diri pribadi (DPI)",
    "Keadaan\u200b ekonomi",
    "Agama, nilai & moral",
    "Belajar",
    "Keluarga",
    "Kesehatan",
    "Waktu senggang",
)
RESULT_SUMMARIES = (
    "",
    "Masalah terbanyak di HSO & DPI. Prioritas: konseling individual.",
    'Tulisannya di kolom komentar: "aku ga punya temen di kelas 😔"',
    "Most items in study habits; check again after the PTS.",
)


def complete_answers(instrument: InstrumentId, values: Sequence[int]) -> dict[str, int]:
    """Answers to every scored item of ``instrument`` (cycling through ``values``), and
    some of its extra questions."""
    definition = INSTRUMENTS[instrument]
    answers: dict[str, int] = {}
    for n, question in enumerate(definition.questions):
        value = values[n % len(values)] % len(question.options)
        if question.scored or n % 2 == 0:
            answers[question.key] = value
    return answers


@st.composite
def screening_records(
    draw: st.DrawFn,
) -> tuple[list[ScreeningResult], list[RecordedResult]]:
    """A client's questionnaires (complete, any answers, some struck) and recorded
    instrument results, dated before the import day."""
    results = []
    for _ in range(draw(st.integers(0, 3))):
        instrument = draw(st.sampled_from(list(InstrumentId)))
        values = draw(st.lists(st.integers(0, 3), min_size=1, max_size=13))
        struck = draw(st.booleans()) and draw(st.booleans())
        results.append(
            ScreeningResult(
                0,
                instrument,
                draw(st.dates(dt.date(2023, 1, 1), dt.date(2026, 6, 30))),
                complete_answers(instrument, values),
                draw(st.sampled_from(list(ScreeningEntry))),
                struck_at=dt.datetime(2026, 7, 1, 9, 30) if struck else None,
                strike_reason="salah siswa" if struck else None,
            )
        )
    recorded = []
    for _ in range(draw(st.integers(0, 2))):
        instrument = draw(st.sampled_from(list(RecordedInstrument)))
        areas = draw(st.lists(st.sampled_from(RESULT_AREAS), unique=True, max_size=4))
        summary = draw(st.sampled_from(RESULT_SUMMARIES))
        if not areas and not summary:
            summary = RESULT_SUMMARIES[1]
        recorded.append(
            clean_recorded(
                RecordedResult(
                    0,
                    instrument,
                    draw(st.dates(dt.date(2023, 1, 1), dt.date(2026, 6, 30))),
                    [(a, draw(st.integers(0, 40))) for a in areas],
                    summary,
                    "Inventori Gaya Belajar" if instrument is RecordedInstrument.OTHER else "",
                ),
                dt.date(2026, 6, 30),
            )
        )
    return results, recorded


@st.composite
def career_interest_records(draw: st.DrawFn) -> list[CareerInterestResult]:
    """A client's career-interest inventories (complete, any answers — ties and all —
    some struck), dated before the import day."""
    results = []
    for _ in range(draw(st.integers(0, 2))):
        values = draw(st.lists(st.integers(0, 4), min_size=len(CAREER_ITEMS), max_size=48))
        struck = draw(st.booleans()) and draw(st.booleans())
        results.append(
            CareerInterestResult(
                0,
                draw(st.dates(dt.date(2023, 1, 1), dt.date(2026, 6, 30))),
                {item.key: v for item, v in zip(CAREER_ITEMS, values, strict=True)},
                draw(st.sampled_from(list(ScreeningEntry))),
                struck_at=dt.datetime(2026, 7, 1, 9, 45) if struck else None,
                strike_reason="lembar siswa lain" if struck else None,
            )
        )
    return results


def every_kind_career_interests() -> list[CareerInterestResult]:
    """The inventory filled in each way: from paper by the counselor (a tie in the
    code), in the kiosk by the student, and one struck."""
    paper = {i.key: {"S": 4, "A": 3, "I": 2, "C": 2}.get(i.type.value, 1) for i in CAREER_ITEMS}
    kiosk = {
        i.key: {"R": 4, "I": 3, "C": 3}.get(i.type.value, int(i.key[1:]) % 3) for i in CAREER_ITEMS
    }
    return [
        CareerInterestResult(0, dt.date(2025, 10, 6), paper, ScreeningEntry.COUNSELOR),
        CareerInterestResult(0, dt.date(2025, 10, 13), kiosk, ScreeningEntry.KIOSK),
        CareerInterestResult(
            0,
            dt.date(2025, 10, 14),
            kiosk,
            ScreeningEntry.KIOSK,
            struck_at=dt.datetime(2025, 10, 14, 11, 5),
            strike_reason="the wrong student sat the kiosk",
        ),
    ]


# Who received a PDF, as she types it (issue 18): blank (her own files), roles, names.
RECIPIENTS = (
    "",
    "Psikolog Puskesmas Beji",
    "Ibu Ratna Sari, M.Psi.",
    "Supervisor — Dr. Lê Thị Hoà",
)


@st.composite
def disclosure_records(draw: st.DrawFn, client: Client) -> list[Disclosure]:
    """The disclosure log of ``client``: any document, protected or not, at whole seconds,
    under none of its consents or one that could cover it (the kind the document goes
    under, signed by the day it was shared: what the import holds a file to)."""
    found = []
    for _ in range(draw(st.integers(0, 2))):
        document = draw(st.sampled_from(list(SharedDocument)))
        shared_at = draw(st.datetimes(dt.datetime(2023, 1, 1), dt.datetime(2026, 6, 30))).replace(
            microsecond=0
        )
        kind = CONSENT_KIND_OF.get(document)  # a consent form goes under no other consent
        covering = [
            i
            for i, c in enumerate(client.consents)
            if kind is not None and c.kind is kind and c.signed_on <= shared_at.date()
        ]
        consent = draw(st.one_of(st.none(), st.sampled_from(covering)) if covering else st.none())
        reference = {
            SharedDocument.REFERRAL_LETTER: draw(st.sampled_from([None, "003/BK/SMPN 3/IX/2025"])),
            SharedDocument.CONSENT_FORM: draw(
                st.sampled_from([None, *[k.value for k in ConsentKind]])
            ),
        }.get(document)
        found.append(
            Disclosure(
                client_id=0,
                shared_at=shared_at,
                document=document,
                recipient=draw(st.sampled_from(RECIPIENTS)),
                protected=draw(st.booleans()),
                consent_id=consent,
                reference=reference,
            )
        )
    return found


def every_kind_disclosures() -> list[Disclosure]:
    """The every-kind caseload's first client (BK-001) shared each kind of PDF: the full
    record under her release of information (protected), a consent form for a parent,
    a numbered referral letter (protected), a supervision summary under no consent."""
    consents = [c.kind for c in every_kind_caseload().clients[0].consents]
    release = consents.index(ConsentKind.RELEASE_OF_INFORMATION)
    return [
        Disclosure(
            0,
            dt.datetime(2025, 9, 12, 8, 30),
            SharedDocument.FULL_RECORD,
            "Psikolog Puskesmas Beji",
            True,
            release,
        ),
        Disclosure(
            0,
            dt.datetime(2025, 9, 13, 14, 5, 9),
            SharedDocument.CONSENT_FORM,
            "Ibu Ratna (orang tua)",
            False,
            None,
            "release_of_information",
        ),
        Disclosure(
            0,
            dt.datetime(2025, 9, 14, 10, 0),
            SharedDocument.REFERRAL_LETTER,
            "Puskesmas Depok",
            True,
            release,
            "001/BK/SMPN 3/IX/2025",
        ),
        Disclosure(
            0, dt.datetime(2025, 9, 15, 16, 45), SharedDocument.SUPERVISION_SUMMARY, "", False, None
        ),
    ]


def every_kind_screenings() -> tuple[list[ScreeningResult], list[RecordedResult]]:
    """Every instrument filled in each way (one with a self-harm answer, one struck) and
    every recorded instrument."""
    results = [
        ScreeningResult(
            0,
            instrument,
            dt.date(2025, 9, 1) + dt.timedelta(days=n),
            complete_answers(instrument, [n % 4, 1, 2]),
            entry,
            struck_at=dt.datetime(2025, 9, 20, 10) if n == 1 else None,
            strike_reason="wrong student" if n == 1 else None,
        )
        for n, (instrument, entry) in enumerate(
            (i, e) for i in InstrumentId for e in ScreeningEntry
        )
    ]
    recorded = [
        RecordedResult(
            0,
            instrument,
            dt.date(2025, 8, 20) + dt.timedelta(days=n),
            [(RESULT_AREAS[n % 4], n + 3), (RESULT_AREAS[4], 1)],
            RESULT_SUMMARIES[n % len(RESULT_SUMMARIES)],
            "Inventori Gaya Belajar" if instrument is RecordedInstrument.OTHER else "",
        )
        for n, instrument in enumerate(RecordedInstrument)
    ]
    return results, [clean_recorded(r, dt.date(2026, 1, 1)) for r in recorded]


def every_kind_referrals() -> list[Referral]:
    """Referrals of the every-kind caseload's first client (BK-001) under its release of
    information: every agency, urgency, outcome and item sent."""
    release = [c.kind for c in every_kind_caseload().clients[0].consents].index(
        ConsentKind.RELEASE_OF_INFORMATION
    )
    items = list(DisclosureItem)
    outcomes: list[ReferralOutcome | None] = [None, *ReferralOutcome]
    found = []
    for i, agency in enumerate(ReferralAgency):
        sent = tuple(items[: 1 + i % len(items)])
        found.append(
            Referral(
                made_on=dt.date(2025, 9, 10) + dt.timedelta(days=i),
                agency=agency,
                recipient="Puskesmas Depok",
                reason="Kecemasan berat menjelang ujian; sulit tidur.",
                consent_id=release,
                urgency=list(ReferralUrgency)[i % len(ReferralUrgency)],
                sent=sent,
                sections={
                    item.value: "Tidak masuk 6 hari bulan ini."
                    for item in sent
                    if item is not DisclosureItem.FULL_RECORD
                },
                letter_number=f"{i + 1:03d}/BK/SMPN 3/IX/2025" if i % 2 == 0 else None,
                reply_on=dt.date(2025, 9, 20) + dt.timedelta(days=i) if i % 3 else None,
                reply="Dijadwalkan asesmen minggu depan." if i % 3 else "",
                outcome=outcomes[i % len(outcomes)],
                follow_up_on=dt.date(2025, 10, 1) if i == 1 else None,
            )
        )
    return found


def every_kind_activities() -> list[Activity]:
    """An activity of every kind, and one for each guidance strategy (which a client's
    note may not have)."""
    day = dt.date(2025, 9, 2)
    found = [
        Activity(
            kind=kind,
            date=day + dt.timedelta(days=i),
            topic=ACTIVITY_TOPICS[i % len(ACTIVITY_TOPICS)],
            class_name="VIII-B" if i % 2 == 0 else None,
            students_present=32 if i % 2 == 0 else None,
            periods=2 if i % 2 == 0 else None,
            minutes=None if i % 2 == 0 else 45,
            notes="Siswa aktif bertanya." if i % 3 == 0 else "",
            service=None
            if kind is ActivityKind.NON_COUNSELING_DUTY
            else ServiceClass(
                ServiceComponent.BASIC,
                ServiceStrategy.CLASSROOM_GUIDANCE,
                (ServiceField.LEARNING,),
            ),
        )
        for i, kind in enumerate(ActivityKind)
    ]
    for j, strategy in enumerate(s for s in ServiceStrategy if s.is_guidance):
        found.append(
            Activity(
                kind=ActivityKind.GROUP_GUIDANCE,
                date=day + dt.timedelta(days=20 + j),
                topic="Mengenal gaya belajar",
                class_name="IX A",
                students_present=12,
                periods=1,
                service=ServiceClass(ServiceComponent.BASIC, strategy, (ServiceField.SOCIAL,)),
            )
        )
    return found


@st.composite
def school_calendars(draw: st.DrawFn) -> list[SchoolEvent]:
    """The school's events (exam weeks, holidays), as the vault keeps them: sorted, each
    once, names as she types them (Indonesian, English, invisible characters taken out)."""
    names = st.sampled_from(
        [
            "UAS semester 1",
            "PTS ganjil",
            "Libur kenaikan kelas",
            "Exam week",
            "MPLS",
            "Class meeting",
        ]
    )
    events = []
    for _ in range(draw(st.integers(0, 3))):
        first = draw(st.dates(dt.date(2024, 7, 1), dt.date(2027, 6, 30)))
        length = draw(st.integers(0, 30))
        events.append(SchoolEvent(draw(names), first, first + dt.timedelta(days=length)))
    return sorted_events(events)


# --- every kind, every time ---------------------------------------------------------


def every_kind_caseload() -> Caseload:
    """A fixed caseload in which every member of every record enum occurs."""
    day = dt.date(2025, 9, 1)
    sessions: list[SessionNote] = []
    templates = list(TemplateId)
    n = max(len(templates), len(Modality), len(SessionKind), len(NoteClass), len(IdentityCheck))
    n = max(n, 2 * len(IdentityCheck))  # enough online sessions for every identity check
    n = max(n, len(CLIENT_STRATEGIES) + 1, len(UseOfTime) + 2)  # session 0: unclassified
    checks = iter(list(IdentityCheck) * n)
    for i in range(n):
        template = templates[i % len(templates)]
        modality = list(Modality)[i % len(Modality)]
        note_day = day + dt.timedelta(days=7 * i)
        signed_at = _at(note_day, 9000) if i % 3 != 2 else None
        fields = {
            f.key: f"Ayu cerita soal ujian ({f.key}). Latihan napas dicoba."
            for f in template_for(template).fields
        }
        sessions.append(
            SessionNote(
                date=note_day,
                start_time=dt.time(9, 30),
                duration_minutes=45,
                modality=modality,
                kind=list(SessionKind)[i % len(SessionKind)],
                group_members=["BK-002"]
                if list(SessionKind)[i % len(SessionKind)] is SessionKind.GROUP
                else [],
                template=template,
                fields=fields,
                risk_notes="",
                signed_at=signed_at,
                addenda=(
                    [
                        Addendum(_at(note_day, 20000), "Tambahan: orang tua sudah dihubungi."),
                        Addendum(_at(note_day, 30000), "Correction of the time.", "Koreksi"),
                    ]
                    if signed_at and i % 2 == 0
                    else []
                ),
                note_class=list(NoteClass)[i % len(NoteClass)],
                platform="Google Meet" if modality.is_online else None,
                identity_check=next(checks) if modality.is_online else None,
                risk=RiskAssessment(
                    self_harm=True,
                    # a draft whose level is "Not assessed" yet (signing asks for it)
                    level=None if signed_at is None and i % 4 == 1 else list(RiskLevel)[i % 4],
                    actions_taken="Rencana keselamatan disusun bersama.",
                )
                if i % 2
                else None,
                duty_actions=[
                    DutyAction(step, _at(note_day, 12000 + j), "Sudah dilakukan.")
                    for j, step in enumerate(DutyStep)
                ]
                if i == 1
                else [],
                struck_at=_at(note_day, 40000) if i == 3 and signed_at else None,
                strike_reason="Salah konseli" if i == 3 and signed_at else None,
                service=ServiceClass(
                    component=list(ServiceComponent)[i % len(ServiceComponent)],
                    strategy=CLIENT_STRATEGIES[(i - 1) % len(CLIENT_STRATEGIES)],
                    fields=tuple(list(ServiceField)[i % len(ServiceField) :])
                    or (ServiceField.PERSONAL,),
                    use_of_time=list(UseOfTime)[(i - 2) % len(UseOfTime)] if i >= 2 else None,
                )
                if i != 0
                else None,
                follow_up_on=note_day + dt.timedelta(days=14)
                if template in FOLLOW_UP_TEMPLATES
                else None,
            )
        )
    consents: list[Consent] = []
    for i, kind in enumerate(ConsentKind):
        status = list(ConsentStatus)[i % len(ConsentStatus)]
        consents.append(
            Consent(
                kind=kind,
                signed_by="Sri Lestari" if kind is ConsentKind.GUARDIAN_CONSENT else "Ayu Lestari",
                signed_on=day,
                signer_relationship=list(SignerRelationship)[i % len(SignerRelationship)],
                status=status,
                revoked_on=day + dt.timedelta(days=30) if status is ConsentStatus.REVOKED else None,
                expires_on=day + dt.timedelta(days=90) if status is ConsentStatus.EXPIRED else None,
                method=list(SignatureMethod)[i % len(SignatureMethod)],
                language=("en", "id")[i % 2],
                bundle="b-1"
                if kind in (ConsentKind.GUARDIAN_CONSENT, ConsentKind.ASSENT)
                else None,
                released_to="Puskesmas Depok"
                if kind is ConsentKind.RELEASE_OF_INFORMATION
                else None,
                purpose="Asesmen oleh psikolog puskesmas"
                if kind is ConsentKind.RELEASE_OF_INFORMATION
                else None,
                disclosures=tuple(DisclosureItem)
                if kind is ConsentKind.RELEASE_OF_INFORMATION
                else (),
            )
        )
    ayu = Client(
        given_name="Ayu",
        family_name="Lestari",
        case_code="BK-001",
        preferred_name="Ayunda",
        date_of_birth=dt.date(2011, 4, 2),
        school="SMP Negeri 3 Yogyakarta",
        grade="VIII-B",
        guardians=[Contact("Sri Lestari", "ibu", "0812-3456-7890")],
        risk_level=RiskLevel.MODERATE,
        opened_on=day,
        sessions=sessions,
        consents=consents,
    )
    wenda = Client(given_name="Yohanes", family_name="Wenda", case_code="BK-002")
    closed = Client(
        given_name="Sutrisno",
        case_code="BK-003",
        status=ClientStatus.CLOSED,
        opened_on=dt.date(2019, 1, 7),
        closed_on=dt.date(2019, 6, 20),
        graduated_on=dt.date(2019, 6, 15),
    )
    return Caseload([ayu, wenda, closed])


RECORD_ENUMS: tuple[type[Enum], ...] = (
    *(
        obj
        for obj in vars(enums).values()
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == enums.__name__
    ),
    TemplateId,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeUrgency,
    IntakeState,
    InstrumentId,
    ScreeningEntry,
    RecordedInstrument,
)


def enum_members_in(
    caseload: Caseload,
    activities: Sequence[Activity] = (),
    referrals: Sequence[Referral] = (),
    responses: Sequence[AkpdResponse] = (),
    appointments: Sequence[Appointment] = (),
    intake: Sequence[IntakeRequest] = (),
    screenings: Sequence[ScreeningResult | RecordedResult] = (),
    disclosures: Sequence[Disclosure] = (),
) -> set[Enum]:
    """Every enum member the caseload's records (the activity log, referrals) use."""
    seen: set[Enum] = set()

    def add(value: object) -> None:
        if isinstance(value, Enum):
            seen.add(value)

    for disclosure in disclosures:
        add(disclosure.document)

    for result in screenings:
        add(result.instrument)
        if isinstance(result, ScreeningResult):
            add(result.entry)

    for referral in referrals:
        add(referral.agency)
        add(referral.urgency)
        add(referral.outcome)
        for item in referral.sent:
            add(item)
    for response in responses:
        add(response.entry)
    for appointment in appointments:
        add(appointment.kind)
        add(appointment.status)
    for request in intake:
        for value in (request.channel, request.urgency, request.state):
            add(value)
    for activity in activities:
        add(activity.kind)
        if activity.service is not None:
            add(activity.service.strategy)
            add(activity.service.component)

    for client in caseload.clients:
        add(client.status)
        add(client.risk_level)
        for note in client.sessions:
            for value in (note.modality, note.kind, note.template, note.note_class):
                add(value)
            add(note.identity_check)
            if note.risk is not None:
                add(note.risk.level)
            for action in note.duty_actions:
                add(action.step)
            if note.service is not None:
                add(note.service.component)
                add(note.service.strategy)
                add(note.service.use_of_time)
                for area in note.service.fields:
                    add(area)
        for consent in client.consents:
            for value in (consent.kind, consent.status, consent.signer_relationship):
                add(value)
            add(consent.method)
    return seen
