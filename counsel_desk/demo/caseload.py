"""The demo's caseload: a school counselor's year, invented, dated relative to today.

Built on :func:`counsel_desk.demo.generator.generate_caseload`, then shaped so that the
first screen after unlocking shows what a real Monday morning shows: drafts to finish, a
minor whose guardian has not signed yet, an online session no consent to online
counseling covers, clients not seen for over a month, a high-risk case, a group, and two
cases closed long enough ago that retention has reached them (one due for destruction,
one kept past its date by a legal hold). Pure: no Qt, no files.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from counsel_desk.demo.generator import generate_caseload
from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentKind,
    IdentityCheck,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Caseload, Client, Consent, SessionNote
from counsel_desk.domain.retention import RetentionPolicy, add_years

__all__ = ["DEMO_CLIENTS", "DEMO_SEED", "build_demo_caseload"]

DEMO_CLIENTS = 40
DEMO_SEED = 2025
STALE_AFTER_DAYS = 30  # the dashboard's "no session for N days" threshold

_HIGH_RISK_CONCERN = "Pikiran tentang kematian setelah putus hubungan; melukai diri."
_HIGH_RISK_NOTE = (
    "Ide bunuh diri dengan rencana samar; orang tua dihubungi hari ini, rencana "
    "keselamatan disusun, dirujuk ke psikolog Puskesmas."
)
_FILLER = "Sesi berikutnya minggu depan; perkembangan dipantau bersama wali kelas."
_MODERATE_NOTE = "Passive ideation, no plan or intent; safety plan reviewed."


def _note_counts(rng: random.Random, clients: int) -> list[int]:
    """About eight notes each; a few long-running cases, a few new ones."""
    counts = []
    for _ in range(clients):
        roll = rng.random()
        if roll < 0.15:
            counts.append(rng.randint(14, 20))  # long-running
        elif roll < 0.25:
            counts.append(rng.randint(2, 4))  # opened recently
        else:
            counts.append(rng.randint(6, 10))
    return counts


def _active(caseload: Caseload) -> list[Client]:
    return [c for c in caseload.clients if c.status is ClientStatus.ACTIVE]


def _ensure_high_risk(active: list[Client], taken: set[str]) -> Client:
    """At least one active client at high risk (the generator usually makes one)."""
    for client in active:
        if client.risk_level is RiskLevel.HIGH and client.sessions:
            taken.add(client.case_code or "")
            return client
    client = max((c for c in active if c.sessions), key=lambda c: len(c.sessions))
    client.risk_level = RiskLevel.HIGH
    client.presenting_concern = _HIGH_RISK_CONCERN
    if "safety-plan" not in client.tags:
        client.tags.append("safety-plan")
    client.sessions[-1] = replace(client.sessions[-1], risk_notes=_HIGH_RISK_NOTE)
    taken.add(client.case_code or "")
    return client


def _few_high_risk(active: list[Client], keep: int = 2) -> None:
    """A caseload of forty rarely holds more than one or two high-risk cases at once."""
    high = [c for c in active if c.risk_level is RiskLevel.HIGH and c.sessions]
    for client in high[keep:]:
        client.risk_level = RiskLevel.MODERATE
        client.sessions = [
            replace(n, risk_notes=_MODERATE_NOTE) if n.risk_notes else n for n in client.sessions
        ]


def _minor_without_guardian_consent(active: list[Client], today: dt.date, taken: set[str]) -> None:
    """A new minor whose guardian has not signed yet: the generator never leaves one."""
    minors = [
        c
        for c in active
        if c.case_code not in taken and c.date_of_birth is not None and c.is_minor_on(today)
    ]
    if not minors:
        return
    client = min(minors, key=lambda c: (len(c.sessions), c.case_code or ""))
    client.consents = [
        c
        for c in client.consents
        if c.kind not in (ConsentKind.GUARDIAN_CONSENT, ConsentKind.ASSENT)
    ]
    taken.add(client.case_code or "")


def _not_seen_for_a_month(
    active: list[Client], today: dt.date, taken: set[str], how_many: int = 2
) -> None:
    """Active clients whose last session was more than a month ago: drop their latest
    notes (the generator keeps every active client's last session within 25 days)."""
    cutoff = today - dt.timedelta(days=STALE_AFTER_DAYS + 5)
    done = 0
    for client in sorted(active, key=lambda c: (-len(c.sessions), c.case_code or "")):
        if done >= how_many:
            break
        if client.case_code in taken:
            continue
        kept = [n for n in client.sessions if n.date <= cutoff]
        if len(kept) < 3:
            continue
        client.sessions = kept
        taken.add(client.case_code or "")
        done += 1


def _few_drafts(caseload: Caseload, today: dt.date, keep: int = 5) -> None:
    """The generator leaves the last note of half the active cases unsigned (and now and
    then an older one); a demo reads better with a handful of recent drafts to finish.
    Keep the most recent ``keep`` drafts of active clients, sign every other one."""
    drafts = [
        (client, index)
        for client in caseload.clients
        for index, note in enumerate(client.sessions)
        if note.signed_at is None
    ]
    recent = {
        (id(client), index)
        for client, index in sorted(
            (d for d in drafts if d[0].status is ClientStatus.ACTIVE),
            key=lambda d: (d[0].sessions[d[1]].date, d[0].case_code or ""),
            reverse=True,
        )[:keep]
    }
    for client, index in drafts:
        note = client.sessions[index]
        if (id(client), index) in recent or note.date >= today:
            continue
        fields = {key: value or _FILLER for key, value in note.fields.items()}
        start = note.start_time or dt.time(9, 0)
        ended = dt.datetime.combine(note.date, start) + dt.timedelta(
            minutes=(note.duration_minutes or 45) + 20
        )
        client.sessions[index] = replace(note, fields=fields, signed_at=ended)


def _consent_expiring_soon(active: list[Client], today: dt.date, taken: set[str]) -> None:
    """A release of information that runs out in a fortnight: the dashboard warns."""
    for client in active:
        if client.case_code in taken or not client.sessions:
            continue
        signed = max(client.opened_on or today, today - dt.timedelta(days=150))
        signer = client.guardians[0].name if client.guardians else client.full_name
        relation = SignerRelationship.GUARDIAN if client.guardians else SignerRelationship.SELF
        client.consents.append(
            Consent(
                kind=ConsentKind.RELEASE_OF_INFORMATION,
                signed_by=signer,
                signed_on=signed,
                template_version="1",
                signer_relationship=relation,
                notes="Kepada psikolog Puskesmas, untuk satu semester.",
                expires_on=today + dt.timedelta(days=12),
                released_to="Psikolog Puskesmas",
            )
        )
        taken.add(client.case_code or "")
        return


def _online_session_without_consent(active: list[Client], taken: set[str]) -> None:
    """A video session held before anyone signed a consent to online counseling: the
    dashboard's "Consent missing" (the generator holds online sessions only while such
    a consent is active)."""
    for client in sorted(active, key=lambda c: c.case_code or ""):
        if client.case_code in taken or len(client.sessions) < 3:
            continue
        if any(c.kind is ConsentKind.ONLINE_COUNSELING for c in client.consents):
            continue
        last = client.sessions[-1]
        if last.kind is not SessionKind.INDIVIDUAL or last.modality is not Modality.IN_PERSON:
            continue
        client.sessions[-1] = replace(
            last,
            modality=Modality.VIDEO,
            platform="Google Meet (akun belajar.id sekolah)",
            identity_check=IdentityCheck.SCHOOL_ACCOUNT,
        )
        taken.add(client.case_code or "")
        return


def _moved_back(client: Client, days: int) -> None:
    """Every date of ``client`` (birth, case, notes, consents) ``days`` earlier."""
    back = dt.timedelta(days=days)

    def day(value: dt.date | None) -> dt.date | None:
        return None if value is None else value - back

    def stamp(value: dt.datetime | None) -> dt.datetime | None:
        return None if value is None else value - back

    client.date_of_birth = day(client.date_of_birth)
    client.opened_on = day(client.opened_on)
    client.closed_on = day(client.closed_on)
    client.sessions = [
        replace(
            note,
            date=note.date - back,
            signed_at=stamp(note.signed_at),
            struck_at=stamp(note.struck_at),
            addenda=[replace(a, written_at=a.written_at - back) for a in note.addenda],
            duty_actions=[replace(d, done_at=d.done_at - back) for d in note.duty_actions],
        )
        for note in client.sessions
    ]
    for consent in client.consents:
        consent.signed_on = consent.signed_on - back
        consent.revoked_on = day(consent.revoked_on)
        consent.expires_on = day(consent.expires_on)


def _out_of_groups(caseload: Caseload, code: str) -> None:
    """``code`` in no group session: its own become individual ones, and it leaves the
    others' (a group left with no one else becomes an individual session)."""
    for client in caseload.clients:
        for index, note in enumerate(client.sessions):
            if note.kind is not SessionKind.GROUP:
                continue
            members = [m for m in note.group_members if m != code]
            if client.case_code == code or not members:
                client.sessions[index] = replace(
                    note, kind=SessionKind.INDIVIDUAL, group_members=[]
                )
            elif len(members) != len(note.group_members):
                client.sessions[index] = replace(note, group_members=members)


def _closed_long_ago(caseload: Caseload, today: dt.date, how_many: int = 2) -> None:
    """Cases closed more than the school rule's years ago (the generator closes cases
    within the last two years), and so in no group of this year's students: the
    longest-closed is on legal hold in the demo (:mod:`counsel_desk.demo.records`),
    the next is due for destruction."""
    closed = [
        c for c in caseload.clients if c.status is ClientStatus.CLOSED and c.closed_on is not None
    ]
    years = RetentionPolicy().school_years
    for number, client in enumerate(closed[:how_many]):
        assert client.closed_on is not None
        # Due a few weeks to a few months ago; whole weeks keep the notes on school days.
        target = add_years(today, -years) - dt.timedelta(days=120 - 75 * number)
        weeks = -(-(client.closed_on - target).days // 7)
        if weeks > 0:
            _moved_back(client, 7 * weeks)
        _out_of_groups(caseload, client.case_code or "")


def _ensure_draft(active: list[Client], taken: set[str]) -> None:
    if any(n.signed_at is None for c in active for n in c.sessions):
        return
    for client in active:
        if client.sessions and client.case_code not in taken:
            client.sessions[-1] = replace(client.sessions[-1], signed_at=None, addenda=[])
            return


def _ensure_group(active: list[Client]) -> None:
    if any(n.kind is SessionKind.GROUP and n.group_members for c in active for n in c.sessions):
        return
    with_notes = [c for c in active if len(c.sessions) >= 2]
    if len(with_notes) < 3:
        return
    host, *others = with_notes[:4]
    index = len(host.sessions) // 2
    note: SessionNote = host.sessions[index]
    host.sessions[index] = replace(
        note,
        kind=SessionKind.GROUP,
        modality=Modality.IN_PERSON,
        duration_minutes=60,
        group_members=[c.case_code or "" for c in others],
    )


def build_demo_caseload(today: dt.date | None = None, seed: int = DEMO_SEED) -> Caseload:
    """Dozens of clients, a few hundred notes in Bahasa Indonesia and English, consents,
    groups and a high-risk case, every date on or before ``today`` (default: today).

    The same ``today`` and ``seed`` always give the same caseload.
    """
    today = today or dt.date.today()
    rng = random.Random(f"counsel-desk-demo/{seed}")
    counts = _note_counts(rng, DEMO_CLIENTS)
    caseload = generate_caseload(DEMO_CLIENTS, counts, seed, today=today)
    active = _active(caseload)
    taken: set[str] = set()
    _few_high_risk(active)
    _ensure_high_risk(active, taken)
    _minor_without_guardian_consent(active, today, taken)
    _not_seen_for_a_month(active, today, taken)
    _few_drafts(caseload, today)
    _consent_expiring_soon(active, today, taken)
    _online_session_without_consent(active, taken)
    _ensure_draft(active, taken)
    _ensure_group(active)
    _closed_long_ago(caseload, today)
    return caseload
