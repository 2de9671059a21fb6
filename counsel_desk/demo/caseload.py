"""The demo's caseload: a school counselor's year, invented, dated relative to today.

Built on :func:`counsel_desk.demo.generator.generate_caseload`, then shaped so that the
first screen after unlocking shows what a real Monday morning shows: drafts to finish, a
minor whose guardian has not signed yet, clients not seen for over a month, a high-risk
case and a group. Pure: no Qt, no files.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from counsel_desk.demo.generator import generate_caseload
from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentKind,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Caseload, Client, Consent, SessionNote

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
    _ensure_draft(active, taken)
    _ensure_group(active)
    return caseload
