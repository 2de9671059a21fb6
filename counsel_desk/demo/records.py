"""What the demo shows beyond clients, notes and consents: support plans with two
versions, ratings and measures across sessions (the charts have a line), follow-ups due
today and overdue, a drawn signature, a scanned form, a guardian consent with the
student's assent, a release of information, a legal hold and the never-print list.

Built as counsel-desk/2 records (:class:`~counsel_desk.export.interchange.VaultRecords`),
so the demo vault is one import of one document, and its export re-imports to the same
bytes. The same caseload and day always give the same records. Pure Python.
"""

from __future__ import annotations

import datetime as dt
import math
import struct
import zlib

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.akpd import AkpdResponse, aggregate, starter_items
from counsel_desk.domain.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    IntakeChannel,
    IntakeRequest,
    IntakeUrgency,
)
from counsel_desk.domain.bk_program import draft_program
from counsel_desk.domain.career_interests import ITEMS as CAREER_ITEMS
from counsel_desk.domain.career_interests import CareerInterestResult
from counsel_desk.domain.disclosures import Disclosure
from counsel_desk.domain.enums import (
    ActivityKind,
    AkpdEntry,
    AttachmentKind,
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    DisclosureItem,
    ReferralAgency,
    ReferralOutcome,
    ReferralUrgency,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SharedDocument,
    SignatureMethod,
    SignerRelationship,
)
from counsel_desk.domain.model import Caseload, Client, Consent
from counsel_desk.domain.plans import MOOD, Goal, Measure, Objective, ObjectiveRating, SupportPlan
from counsel_desk.domain.referrals import ROMAN_MONTHS, Letterhead, Referral
from counsel_desk.domain.reminders import FollowUp
from counsel_desk.domain.roster import RosterEntry, school_year_of
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.screening import (
    InstrumentId,
    RecordedInstrument,
    RecordedResult,
    ScreeningEntry,
    ScreeningResult,
)
from counsel_desk.domain.sociometry import Answer, Criterion, Member, SociometryRound
from counsel_desk.export.interchange import Attachment, ClientRecords, LegalHold, VaultRecords

__all__ = ["build_demo_records", "demo_scan_pdf", "demo_signature_png"]

PLAN_CLIENTS = 3
NEVER_PRINT = ["Pak Darto (satpam)", "Warung Bu Tini"]


def demo_signature_png(width: int = 160, height: int = 48) -> bytes:
    """A small greyscale PNG of a scribbled signature (a real image, drawn by code)."""
    ink = {(x, int(height / 2 + (height / 3) * _wave(x / width))) for x in range(8, width - 8)}
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            near = any((x, y + d) in ink for d in (-1, 0, 1))
            row.append(30 if near else 255)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _wave(t: float) -> float:
    # A signature-like stroke: a few loops, growing then fading.
    return math.sin(t * 19.0) * math.sin(t * math.pi) * 0.9


def demo_scan_pdf(title: str) -> bytes:
    """A one-page PDF standing in for a scanned, signed paper form."""
    text = title.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 14 Tf 72 760 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _plan_clients(caseload: Caseload) -> list[int]:
    """Active clients with the longest runs of notes (their charts have most points)."""
    ranked = sorted(
        (
            (-len(c.sessions), i)
            for i, c in enumerate(caseload.clients)
            if c.status is ClientStatus.ACTIVE and len(c.sessions) >= 4
        ),
    )
    return [i for _, i in ranked[:PLAN_CLIENTS]]


def _plans_and_scores(client: Client, records: ClientRecords, number: int, today: dt.date) -> None:
    dated = sorted(range(len(client.sessions)), key=lambda i: client.sessions[i].date)
    start = client.sessions[dated[0]].date
    middle = client.sessions[dated[len(dated) // 2]].date
    sleep = Objective("Tidur sebelum pukul 22.00 pada malam sekolah", 4, 3, key=f"o-demo{number}a")
    calm = Objective(
        "Uses a breathing exercise before tests without being reminded",
        10,
        7,
        key=f"o-demo{number}b",
    )
    goal = Goal(
        "Mengelola kecemasan menjelang ujian",
        [sleep, calm],
        ["Latihan pernapasan", "Cognitive restructuring"],
        target_date=today + dt.timedelta(days=60),
        review_date=today + dt.timedelta(days=3 + number),
        key=f"g-demo{number}",
    )
    first = SupportPlan(goals=[goal], version=1, created_at=_at(start, 14, 5))
    sharper = Objective(
        "Tidur sebelum pukul 22.00 minimal 4 malam sekolah per minggu", 4, 3, key=sleep.key
    )
    revised_goal = Goal(
        goal.text,
        [sharper, calm],
        [*goal.interventions, "Jurnal tidur"],
        target_date=goal.target_date,
        review_date=goal.review_date,
        key=goal.key,
    )
    second = SupportPlan(
        goals=[revised_goal],
        version=2,
        created_at=_at(middle, 15, 10),
        reason="Target tidur dipertajam setelah tinjauan dengan orang tua/wali",
    )
    records.support_plans = [first, second]
    last = max(1, len(dated) - 1)
    for step, index in enumerate(dated):
        # Slow, uneven progress towards the targets (never a straight line to the top).
        done = step / last
        dip = 1 if step % 4 == 3 and step != last else 0
        ratings = [
            ObjectiveRating(sleep.key, min(4, max(1, round(1 + 2.4 * done) - dip)), 4),
            ObjectiveRating(calm.key, min(10, max(0, round(2 + 5.5 * done) - dip)), 10),
        ]
        records.ratings[index] = sorted(ratings, key=lambda r: r.objective_key)
        mood = round(3 + 4 * done + (step % 3 == 1) - 2 * dip)
        measures = [Measure(MOOD, min(10, max(0, mood)))]
        if step % 3 == 0:
            measures.append(Measure("SDQ", max(0, round(22 - 9 * done))))
        records.measures[index] = sorted(measures, key=lambda m: m.instrument)


def _screenings(client: Client, records: ClientRecords, number: int) -> None:
    """A PHQ-A every few weeks, falling as the plan works (the first one in the kiosk,
    with a self-harm answer for the first plan client), a GAD-7, and an AUM result."""
    dated = sorted(n.date for n in client.sessions)
    steps = [dated[i] for i in range(0, len(dated), max(1, len(dated) // 4))][:4]
    last = max(1, len(steps) - 1)
    for step, day in enumerate(steps):
        level = round(3 - 2 * step / last)  # 3 … 1 per item, then easing
        answers = {str(i): max(0, level - (i % 3 == 0)) for i in range(1, 10)}
        answers["9"] = 1 if number == 0 and step == 0 else 0
        answers |= {"past_year": 1, "difficulty": max(0, level - 1), "past_month": 0, "ever": 0}
        records.screenings.append(
            ScreeningResult(
                0,
                InstrumentId.PHQA,
                day,
                answers,
                ScreeningEntry.KIOSK if step == 0 else ScreeningEntry.COUNSELOR,
            )
        )
    if dated:
        records.screenings.append(
            ScreeningResult(0, InstrumentId.GAD7, dated[0], {str(i): 2 for i in range(1, 8)})
        )
        records.recorded_results.append(
            RecordedResult(
                0,
                RecordedInstrument.AUM_UMUM,
                dated[0] - dt.timedelta(days=10),
                [("Diri pribadi (DPI)", 7), ("Hubungan sosial (HSO)", 4), ("Belajar (BDK)", 9)],
                "Paling banyak di BDK: takut ujian, sulit konsentrasi. Dibahas di sesi pertama.",
            )
        )


def _career_interests(client: Client, records: ClientRecords, number: int) -> None:
    """A career-interest inventory, filled in from paper in the second week: for the
    first plan client a clear Social–Artistic profile, for the second one with a tie
    (so the demo shows how a tie reads)."""
    dated = sorted(n.date for n in client.sessions)
    if len(dated) < 2:
        return
    strong = {"S": 4, "A": 3, "I": 2} if number == 0 else {"R": 4, "I": 3, "C": 3}
    answers = {
        item.key: strong.get(item.type.value, (int(item.key[1:]) + number) % 3)
        for item in CAREER_ITEMS
    }
    records.career_interests.append(CareerInterestResult(0, dated[1], answers))


def _follow_ups(records: ClientRecords, number: int, today: dt.date) -> None:
    made = _at(today - dt.timedelta(days=10 + number), 13, 30)
    records.follow_ups = sorted(
        [
            FollowUp(0, today, "Telepon orang tua/wali tentang jadwal tidur", created_at=made),
            FollowUp(
                0,
                today - dt.timedelta(days=2 + number),
                "Check in with the homeroom teacher after the quiz",
                created_at=made,
            ),
            FollowUp(
                0,
                today - dt.timedelta(days=7),
                "Kirim lembar latihan pernapasan",
                created_at=made,
                done_at=_at(today - dt.timedelta(days=6), 9, 15),
            ),
        ],
        key=lambda f: f.due_on,
    )


def _signed_consents(caseload: Caseload, records: VaultRecords, today: dt.date) -> None:
    """A drawn signature, a scanned form, a guardian consent with assent, a release of
    information with the party it names."""
    signature = demo_signature_png()
    for index, client in enumerate(caseload.clients):
        guardian = next(
            (
                (i, c)
                for i, c in enumerate(client.consents)
                if c.kind is ConsentKind.GUARDIAN_CONSENT
                and c.status is ConsentStatus.ACTIVE
                and c.bundle is None
            ),
            None,
        )
        if client.status is not ClientStatus.ACTIVE or guardian is None:
            continue
        if not client.is_minor_on(today):
            continue
        i, consent = guardian
        bundle = f"demo{index:04d}"
        consent.bundle = bundle
        consent.method = SignatureMethod.DRAWN
        records.clients[index].attachments[i] = [
            Attachment(AttachmentKind.SIGNATURE, "image/png", _at(consent.signed_on, 10), signature)
        ]
        client.consents.append(
            Consent(
                kind=ConsentKind.ASSENT,
                signed_by=client.full_name,
                signed_on=consent.signed_on,
                signer_relationship=SignerRelationship.SELF,
                language="id",
                method=SignatureMethod.DRAWN,
                bundle=bundle,
            )
        )
        records.clients[index].attachments[len(client.consents) - 1] = [
            Attachment(
                AttachmentKind.SIGNATURE, "image/png", _at(consent.signed_on, 10, 2), signature
            )
        ]
        break
    for index, client in enumerate(caseload.clients):
        found = next(
            (
                (i, c)
                for i, c in enumerate(client.consents)
                if c.kind is ConsentKind.INFORMED_CONSENT and c.method is None
            ),
            None,
        )
        if client.status is ClientStatus.ACTIVE and found is not None:
            i, consent = found
            consent.method = SignatureMethod.SCAN
            records.clients[index].attachments[i] = [
                Attachment(
                    AttachmentKind.SCAN,
                    "application/pdf",
                    _at(consent.signed_on, 11),
                    demo_scan_pdf(f"Persetujuan konseling - {client.case_code} (pindaian)"),
                )
            ]
            break
    for index, client in enumerate(caseload.clients):
        found = next(
            (
                (i, c)
                for i, c in enumerate(client.consents)
                if c.kind is ConsentKind.RELEASE_OF_INFORMATION and c.is_active_on(today)
            ),
            None,
        )
        if found is not None:
            i, release = found
            if release.released_to is None:
                release.released_to = "Puskesmas Kecamatan (psikolog)"
            # What the release is for and allows, and the referral made under it.
            release.purpose = release.purpose or "Asesmen psikologis di puskesmas"
            release.disclosures = release.disclosures or (
                DisclosureItem.ATTENDANCE,
                DisclosureItem.CONCERNS,
            )
            made_on = max(release.signed_on, today - dt.timedelta(days=20))
            records.clients[index].referrals = [
                Referral(
                    made_on=made_on,
                    agency=ReferralAgency.PUSKESMAS,
                    recipient=release.released_to,
                    reason="Kecemasan berat menjelang ujian; sulit tidur dua minggu.",
                    consent_id=i,
                    urgency=ReferralUrgency.SOON,
                    sent=(DisclosureItem.CONCERNS,),
                    sections={"concerns": "Sering cemas dan menangis di kelas."},
                    letter_number=f"001/BK/SMPN 3/{ROMAN_MONTHS[made_on.month - 1]}/{made_on.year}",
                    reply_on=min(today, made_on + dt.timedelta(days=6)),
                    reply="Dijadwalkan asesmen dengan psikolog.",
                    outcome=ReferralOutcome.ACCEPTED,
                )
            ]
            # The letter went out protected with a password (issue 18, item 6), and the
            # consent form was printed for the parent to sign.
            records.clients[index].disclosures = [
                Disclosure(
                    client_id=0,
                    shared_at=_at(release.signed_on, 9) - dt.timedelta(days=1),
                    document=SharedDocument.CONSENT_FORM,
                    recipient="Orang tua/wali",
                    protected=False,
                    reference=ConsentKind.RELEASE_OF_INFORMATION.value,
                ),
                Disclosure(
                    client_id=0,
                    shared_at=_at(made_on, 13),
                    document=SharedDocument.REFERRAL_LETTER,
                    recipient=release.released_to,
                    protected=True,
                    consent_id=i,
                    reference=records.clients[index].referrals[0].letter_number,
                ),
            ]
            break


DEMO_LETTERHEAD = Letterhead(
    school="SMP Negeri 3 Yogyakarta (demo)",
    short_name="SMPN 3",
    address="Jl. Contoh No. 3, Yogyakarta",
    phone="(0274) 000000",
    counselor="Guru BK (demo)",
)


def _demo_activities(today: dt.date) -> list[Activity]:
    """A few weeks of the activity log: classical guidance, a parent meeting, a duty."""
    guidance = ServiceClass(
        ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (ServiceField.LEARNING,)
    )
    found: list[Activity] = []
    for weeks, (class_name, topic) in enumerate(
        (
            ("VII-A", "Mengenal gaya belajar"),
            ("VIII-B", "Cara belajar menjelang ujian"),
            ("IX-C", "Memilih SMA atau SMK"),
        )
    ):
        found.append(
            Activity(
                kind=ActivityKind.CLASSROOM_GUIDANCE,
                date=today - dt.timedelta(days=7 * (weeks + 1)),
                topic=topic,
                class_name=class_name,
                students_present=30 + weeks,
                periods=2,
                service=guidance,
            )
        )
    found.append(
        Activity(
            kind=ActivityKind.PARENT_MEETING,
            date=today - dt.timedelta(days=10),
            topic="Sosialisasi program BK kepada orang tua kelas VII",
            minutes=90,
            service=ServiceClass(
                ServiceComponent.SYSTEM_SUPPORT,
                ServiceStrategy.CONSULTATION,
                (ServiceField.SOCIAL,),
            ),
        )
    )
    found.append(
        Activity(
            kind=ActivityKind.NON_COUNSELING_DUTY,
            date=today - dt.timedelta(days=3),
            topic="Piket pagi dan pengawas ujian",
            minutes=120,
        )
    )
    return sorted(found, key=lambda a: a.date)


def _demo_needs(records: VaultRecords, today: dt.date) -> None:
    """The needs assessment of class VIII-B (32 students in the kiosk, VII-A's 30 from
    paper) at the start of the school year, and the program drafted from VIII-B's needs."""
    items = starter_items("id")
    for n, item in enumerate(items):
        item.id = n  # counsel-desk/2 names items by their index
    year = today.year if today.month >= 7 else today.year - 1
    taken = min(today, dt.date(year, 7, 21))
    asked = tuple(range(len(items)))
    responses: list[AkpdResponse] = []
    for class_name, size, entry in (
        ("VIII-B", 32, AkpdEntry.KIOSK),
        ("VII-A", 30, AkpdEntry.PAPER),
    ):
        for student in range(size):
            needs = frozenset(i for i in asked if (student * 5 + i * 7) % 13 < 3 + (i % 4) * 2)
            responses.append(AkpdResponse(class_name, taken, asked, needs, entry))
    records.akpd_items = items
    records.akpd_responses = responses
    ranked = aggregate(items, responses, "VIII-B").ranked()
    records.bk_program = draft_program(ranked, year, class_level="VIII", language="id")


def _demo_appointments(caseload: Caseload, records: VaultRecords, today: dt.date) -> None:
    """A week of appointments (this week, Monday to Saturday: counseling by case code, a
    class, a group, a parent meeting that overlaps a class, one held and one cancelled)
    and two requests to talk: a slip with a name, a client's WhatsApp message."""
    open_clients = [i for i, c in enumerate(caseload.clients) if c.status is ClientStatus.ACTIVE]
    if len(open_clients) < 4:
        return
    monday = today - dt.timedelta(days=today.weekday())

    def at(
        day: int,
        start: str,
        end: str,
        kind: AppointmentKind,
        *,
        client_id: int | None = None,
        subject: str = "",
        place: str = "",
        purpose: str = "",
        status: AppointmentStatus = AppointmentStatus.PLANNED,
        remind_minutes: int = 10,
    ) -> Appointment:
        return Appointment(
            kind=kind,
            day=monday + dt.timedelta(days=day),
            start=dt.time.fromisoformat(start),
            end=dt.time.fromisoformat(end),
            client_id=client_id,
            subject=subject,
            place=place,
            purpose=purpose,
            status=status,
            remind_minutes=remind_minutes,
        )

    a, b, c, d = open_clients[:4]
    client, parents = AppointmentKind.CLIENT, AppointmentKind.PARENT_MEETING
    week = [
        at(0, "07:15", "07:55", client, client_id=a, place="Ruang BK", purpose="Tindak lanjut"),
        at(0, "09:30", "10:50", AppointmentKind.CLASS, subject="VIII-B", purpose="Gaya belajar"),
        at(1, "08:00", "08:40", client, client_id=b, place="Ruang BK"),
        at(1, "10:00", "11:20", AppointmentKind.CLASS, subject="IX-A", purpose="Memilih SMA/SMK"),
        at(1, "11:00", "11:30", parents, client_id=c, purpose="Kehadiran"),
        at(2, "09:00", "09:40", client, client_id=c, remind_minutes=15),
        at(2, "12:30", "13:10", AppointmentKind.GROUP, subject="Kelompok belajar"),
        at(3, "07:30", "08:10", client, client_id=d, status=AppointmentStatus.CANCELLED),
        at(3, "13:00", "14:00", AppointmentKind.OTHER, subject="Rapat MGBK", remind_minutes=30),
        at(4, "09:00", "09:40", client, client_id=a, purpose="Konseling lanjutan"),
        at(4, "10:30", "11:10", client, client_id=b),
        at(5, "08:00", "09:20", AppointmentKind.CLASS, subject="VII-C", purpose="Anti-perundungan"),
    ]
    for appointment in week:
        past = appointment.ends_at < dt.datetime.combine(today, dt.time(0, 0))
        if past and appointment.status is AppointmentStatus.PLANNED:
            appointment.status = AppointmentStatus.HELD
    week.sort(key=lambda x: (x.day, x.start))
    records.appointments = week
    records.intake = [
        IntakeRequest(
            received_on=today - dt.timedelta(days=2),
            channel=IntakeChannel.SLIP,
            urgency=IntakeUrgency.SOON,
            reason="Ingin bercerita",
            name="Rizky Ramadhan",
        ),
        IntakeRequest(
            received_on=today,
            channel=IntakeChannel.WHATSAPP,
            urgency=IntakeUrgency.URGENT,
            reason="Minta bertemu hari ini",
            client_id=d,
        ),
    ]


def build_demo_records(caseload: Caseload, today: dt.date) -> VaultRecords:
    """The demo's /2 records for ``caseload`` (consents gain methods, a bundle and an
    assent in place)."""
    records = VaultRecords(
        clients=[ClientRecords() for _ in caseload.clients], never_print=list(NEVER_PRINT)
    )
    for number, index in enumerate(_plan_clients(caseload)):
        _plans_and_scores(caseload.clients[index], records.clients[index], number, today)
        _follow_ups(records.clients[index], number, today)
        _screenings(caseload.clients[index], records.clients[index], number)
        _career_interests(caseload.clients[index], records.clients[index], number)
    _signed_consents(caseload, records, today)
    records.letterhead = DEMO_LETTERHEAD
    records.activities = _demo_activities(today)
    records.roster = _demo_roster(today)
    records.sociometry = _demo_sociometry(today)
    _demo_needs(records, today)
    _demo_appointments(caseload, records, today)
    closed = [
        (c.closed_on, i)
        for i, c in enumerate(caseload.clients)
        if c.status is ClientStatus.CLOSED and c.closed_on is not None
    ]
    if closed:
        # The longest-closed case: past its destruction date, kept by the hold.
        since, index = min(closed)
        records.clients[index].legal_hold = LegalHold(
            "Laporan ke P2TP2A: catatan disimpan sampai proses selesai", since
        )
    # The school year running was started in the app (Vault → New School Year…); a
    # leaver of the last one graduated with her class (issue 20).
    running = today.year if today.month >= 8 else today.year - 1
    records.school_years = [running]
    leavers = sorted(
        (c.closed_on, i)
        for i, c in enumerate(caseload.clients)
        if c.status is ClientStatus.CLOSED and c.closed_on is not None and c.closed_on < today
    )
    if len(leavers) > 1:
        day, index = leavers[-1]
        caseload.clients[index].graduated_on = day
    return records


_DEMO_ROSTER = (
    ("Gita Anggraini Siregar", "P", "Medan", "Rudolf Siregar", "Lusiana Nainggolan"),
    ("Ridwan Fadillah Hasibuan", "L", "Padangsidimpuan", "Zulkarnain Hasibuan", "Halimah"),
    ("Theresia Ndruru", "P", "Gunungsitoli", "Faonasokhi Ndruru", "Martina Zalukhu"),
    ("Made Ayu Kusumawati", "P", "Gianyar", "I Ketut Suardana", "Ni Luh Sekarini"),
    ("Yusuf Maulana Harahap", "L", "Sibolga", "Darwin Harahap", "Rosmawati Lubis"),
    ("Clara Oktavia Tambunan", "P", "Tarutung", "Binsar Tambunan", "Erna Simatupang"),
)


def _demo_roster(today: dt.date) -> list[RosterEntry]:
    """A small class list (VIII-D): students who are no clients, in the identifier set."""
    year = school_year_of(today)
    return [
        RosterEntry(
            name=name,
            nisn=f"00{98761230 + n}",
            nipd=f"{2526100 + n}",
            gender=gender,
            birth_place=place,
            birth_date=dt.date(today.year - 14, 1 + n * 2, 5 + n),
            class_name="VIII-D",
            father_name=father,
            mother_name=mother,
            phone=f"08571{2340100 + n}",
            address=f"Jl. Flamboyan No. {n + 3}",
            school_year=year,
        )
        for n, (name, gender, place, father, mother) in enumerate(_DEMO_ROSTER)
    ]


def _demo_sociometry(today: dt.date) -> list[SociometryRound]:
    """A sociometry round of VIII-D, the demo's class list (students 1–6 as listed):
    Gita, Theresia and Made all choose each other (a clique of three), Ridwan is chosen
    by no one (isolated), Clara was absent but chosen by Yusuf, whose "rather not" is
    Ridwan."""
    members = tuple(Member(n + 1, roster_id=n) for n in range(len(_DEMO_ROSTER)))
    answers = (
        Answer(1, ((4, 3), (4, 3), ())),
        Answer(2, ((5, 1), (5,), ())),
        Answer(3, ((1, 4), (1, 4), ())),
        Answer(4, ((1, 3), (3, 1), ()), AkpdEntry.KIOSK),
        Answer(5, ((4, 6), (6, 1), (2,)), AkpdEntry.KIOSK),
    )
    return [
        SociometryRound(
            "VIII-D",
            today - dt.timedelta(days=20),
            (
                Criterion("Teman duduk"),
                Criterion("Teman kerja kelompok"),
                Criterion("Tidak ingin sekelompok", positive=False),
            ),
            2,
            members,
            answers,
        )
    ]
