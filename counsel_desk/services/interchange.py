"""Import and export of counsel-desk/1 and /2 documents, whole and atomic."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.akpd import AkpdResponse, NeedItem
from counsel_desk.domain.appointments import Appointment, IntakeRequest
from counsel_desk.domain.bk_program import ProgramItem
from counsel_desk.domain.collector import collector_paused
from counsel_desk.domain.invisible import normal_case_code
from counsel_desk.domain.model import Caseload, Client
from counsel_desk.domain.plans import Measure, ObjectiveRating
from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.domain.referrals import Letterhead, Referral, letter_number_key
from counsel_desk.domain.retention import RetentionPolicy
from counsel_desk.domain.roster import RosterEntry
from counsel_desk.domain.school_calendar import events_from_json, sorted_events
from counsel_desk.domain.sociometry import SociometryRound
from counsel_desk.domain.validation import Issue
from counsel_desk.export.interchange import (
    FORMAT,
    Attachment,
    ClientRecords,
    InterchangeError,
    LegalHold,
    VaultRecords,
    dump_document,
    parse_document,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.services.activities import ActivityNamesError, names_in, names_in_texts
from counsel_desk.services.appointments import AppointmentNamesError, appointment_names
from counsel_desk.services.referrals import LETTERHEAD_KEY, LetterNumberTakenError
from counsel_desk.services.retention import POLICY_KEY
from counsel_desk.services.school_year import SETTINGS_KEY as SCHOOL_YEAR_KEY
from counsel_desk.services.school_year import started_years
from counsel_desk.services.supervision import (
    KEPT_WORDS_KEY,
    NEVER_PRINT_KEY,
    SCHOOL_CALENDAR_KEY,
)
from counsel_desk.vault.audit import AuditAction
from counsel_desk.vault.connection import Connection
from counsel_desk.vault.repositories.activities import ActivityRepository
from counsel_desk.vault.repositories.appointments import AppointmentRepository, IntakeRepository
from counsel_desk.vault.repositories.career_interests import CareerInterestRepository
from counsel_desk.vault.repositories.clients import ClientRepository, SessionRepository
from counsel_desk.vault.repositories.consents import ConsentRepository
from counsel_desk.vault.repositories.disclosures import DisclosureRepository
from counsel_desk.vault.repositories.measures import MeasureRepository
from counsel_desk.vault.repositories.needs import NeedsRepository
from counsel_desk.vault.repositories.plans import PlanRepository
from counsel_desk.vault.repositories.referrals import ReferralRepository
from counsel_desk.vault.repositories.reminders import ReminderRepository
from counsel_desk.vault.repositories.retention import RetentionRepository
from counsel_desk.vault.repositories.roster import RosterRepository
from counsel_desk.vault.repositories.screening import ScreeningRepository
from counsel_desk.vault.repositories.settings import VaultSettingsRepository
from counsel_desk.vault.repositories.sociometry import SociometryRepository
from counsel_desk.vault.repositories.supervision import SupervisionContextRepository
from counsel_desk.vault.vault import Vault


@dataclass(frozen=True)
class ImportReport:
    clients: int
    sessions: int
    consents: int
    warnings: list[tuple[str, Issue]]
    plan_versions: int = 0
    ratings: int = 0
    measures: int = 0
    follow_ups: int = 0
    attachments: int = 0
    legal_holds: int = 0
    activities: int = 0
    referrals: int = 0
    roster: int = 0  # students of the class list
    screenings: int = 0  # questionnaires, recorded instrument results, career interests
    sociometry: int = 0  # sociometry rounds


@dataclass(frozen=True)
class ExportCounts:
    """What an export holds, per kind (what ``export-json`` reports)."""

    clients: int
    sessions: int
    consents: int
    plan_versions: int
    ratings: int
    measures: int
    follow_ups: int
    attachments: int
    attachments_left_out: int
    legal_holds: int
    never_print: int
    keep_words: int
    school_events: int = 0
    activities: int = 0
    referrals: int = 0
    roster: int = 0
    screenings: int = 0
    sociometry: int = 0
    # What the format does not carry, for the exporter to say so (never silence):
    # unsaved notes recovered from autosave, and lines of the destruction log.
    autosaved_drafts: int = 0
    destruction_log: int = 0


@dataclass(frozen=True)
class Export:
    caseload: Caseload
    records: VaultRecords
    counts: ExportCounts

    @property
    def text(self) -> str:
        return dump_document(self.caseload, self.records)


def _count(
    records: VaultRecords,
    caseload: Caseload,
    left_out: int,
    *,
    autosaved_drafts: int = 0,
    destruction_log: int = 0,
) -> ExportCounts:
    clients = records.clients
    return ExportCounts(
        clients=len(caseload.clients),
        sessions=sum(len(c.sessions) for c in caseload.clients),
        consents=sum(len(c.consents) for c in caseload.clients),
        plan_versions=sum(len(c.support_plans) for c in clients),
        ratings=sum(len(v) for c in clients for v in c.ratings.values()),
        measures=sum(len(v) for c in clients for v in c.measures.values()),
        follow_ups=sum(len(c.follow_ups) for c in clients),
        attachments=sum(len(v) for c in clients for v in c.attachments.values()),
        attachments_left_out=left_out,
        legal_holds=sum(1 for c in clients if c.legal_hold is not None),
        never_print=len(records.never_print),
        keep_words=len(records.keep_words),
        school_events=len(records.school_calendar),
        activities=len(records.activities),
        referrals=sum(len(c.referrals) for c in clients),
        roster=len(records.roster),
        screenings=sum(
            len(c.screenings) + len(c.recorded_results) + len(c.career_interests) for c in clients
        ),
        sociometry=len(records.sociometry),
        autosaved_drafts=autosaved_drafts,
        destruction_log=destruction_log,
    )


class InterchangeService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @staticmethod
    def _import_referrals(
        conn: Connection,
        index: int,
        client_id: int,
        referrals: list[Referral],
        consent_ids: list[int],
        given_before: set[str],
    ) -> None:
        """Add a client's referrals, each tied to the release it names by index; a letter
        number the vault had given before this import, or that another referral of the
        file has (or one that looks the same, ``letter_number_key``), refuses the file."""
        repo = ReferralRepository(conn)
        for i, referral in enumerate(referrals):
            number = referral.letter_number
            key = None if number is None else letter_number_key(number)
            if key is not None and key in given_before:
                raise InterchangeError(
                    LetterNumberTakenError(number or "").message,
                    key=f"referrals[{i}].letter_number",
                    client_number=index + 1,
                )
            if key is not None:
                given_before.add(key)  # a second referral of the file may not have it
            # in the file's letter_numbers: as written there, not one that looks the same
            if (
                number is not None
                and repo.number_taken(number)
                and number not in {n for n, _, _ in repo.issued_numbers()}
            ):
                raise InterchangeError(
                    LetterNumberTakenError(number).message,
                    key=f"referrals[{i}].letter_number",
                    client_number=index + 1,
                )
            repo.insert(client_id, replace(referral, consent_id=consent_ids[referral.consent_id]))
            if number is not None and not repo.number_taken(number):  # not in letter_numbers
                year = referral.made_on.year
                repo.issue_number_only(number, year, repo.next_sequence(year))

    @staticmethod
    def _import_letter_numbers(conn: Connection, numbers: list[tuple[str, int, int]]) -> None:
        """Keep every number the file says was given (those of its referrals are kept)."""
        repo = ReferralRepository(conn)
        for number, year, seq in numbers:
            if not repo.number_taken(number):
                repo.issue_number_only(number, year, seq)

    @staticmethod
    def _import_needs(conn: Connection, records: VaultRecords, client_ids: list[int]) -> list[int]:
        """Add the file's questionnaire items, answers and program; returns the new ids
        of its program's items, in its order (for the activities' ``rpl``)."""
        if records.akpd_items or records.bk_program:
            identifiers = _vault_identifiers(conn)
            named = [
                (f"akpd_items[{i}].", [("text", item.text)])
                for i, item in enumerate(records.akpd_items)
            ] + [(f"bk_program[{i}].", p.texts()) for i, p in enumerate(records.bk_program)]
            for prefix, texts in named:
                found = names_in_texts(texts, identifiers)
                if found:
                    raise InterchangeError(
                        ActivityNamesError(found).message, key=prefix + found[0].field
                    )
        repo = NeedsRepository(conn)
        item_ids = [repo.insert_item(replace(item, id=None)) for item in records.akpd_items]
        for response in records.akpd_responses:
            repo.insert_response(
                replace(
                    response,
                    asked=tuple(item_ids[i] for i in response.asked),
                    needs=frozenset(item_ids[i] for i in response.needs),
                    client_id=(
                        client_ids[response.client_id] if response.client_id is not None else None
                    ),
                )
            )
        return [repo.insert_program_item(replace(p, id=None)) for p in records.bk_program]

    @staticmethod
    def _import_roster(
        conn: Connection, roster: list[RosterEntry], client_ids: list[int]
    ) -> list[int]:
        """Add the file's class list; a student whose NISN the vault's list already holds
        refuses the file (importing the list itself again is Import Class List's work)."""
        repo = RosterRepository(conn)
        known = {e.nisn for e in repo.all() if e.nisn}
        ids: list[int] = []
        for i, entry in enumerate(roster):
            if entry.nisn in known:
                raise InterchangeError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "The class list of the vault already holds the student with NISN "
                            "{nisn}; nothing was imported.",
                        ),
                        nisn=entry.nisn,
                    ),
                    key=f"roster[{i}].nisn",
                )
            client = client_ids[entry.client_id] if entry.client_id is not None else None
            ids.append(repo.insert(replace(entry, id=None, client_id=client)))
        return ids

    @staticmethod
    def _import_sociometry(
        conn: Connection,
        rounds: list[SociometryRound],
        roster_ids: list[int],
        client_ids: list[int],
    ) -> None:
        """Add the file's sociometry rounds, their members turned from the file's indexes
        into the rows just added. No question may name anyone the vault knows."""
        if not rounds:
            return
        identifiers = _vault_identifiers(conn)
        repo = SociometryRepository(conn)
        for i, round_ in enumerate(rounds):
            texts = [("class_name", round_.class_name)] + [
                (f"criteria[{n}].text", c.text) for n, c in enumerate(round_.criteria)
            ]
            found = names_in_texts(texts, identifiers)
            if found:
                raise InterchangeError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "“{words}” names someone in the vault. A sociometry round keeps "
                            "names only in the class list and the records: write the question "
                            "without it.",
                        ),
                        words=found[0].text,
                    ),
                    key=f"sociometry[{i}].{found[0].field}",
                )
            members = tuple(
                replace(
                    m,
                    roster_id=roster_ids[m.roster_id] if m.roster_id is not None else None,
                    client_id=client_ids[m.client_id] if m.client_id is not None else None,
                )
                for m in round_.members
            )
            repo.insert(replace(round_, members=members, id=None))

    def _import_activities(self, conn: Connection, activities: list[Activity]) -> None:
        """Add the file's activities, none of which may name anyone the vault (with the
        file's clients, already added in this transaction) knows."""
        if not activities:
            return
        identifiers = _vault_identifiers(conn)
        repo = ActivityRepository(conn)
        for i, activity in enumerate(activities):
            found = names_in(activity, identifiers)
            if found:
                raise InterchangeError(
                    ActivityNamesError(found).message, key=f"activities[{i}].{found[0].field}"
                )
            repo.insert(activity)

    # Parsed, checked and written, the document is millions of objects in no cycle: the
    # collector's full passes over them held the window 100-300 ms each.
    @collector_paused()
    def import_text(self, text: str | bytes) -> ImportReport:
        """Import a whole document in one transaction: all of it, or nothing."""
        with self._vault.reading() as conn:
            existing = ClientRepository(conn).case_codes()
        parsed = parse_document(text, known_case_codes=existing)
        caseload = parsed.caseload
        records = parsed.records
        existing = {normal_case_code(code) for code in existing}  # as the file's are
        for index, client in enumerate(caseload.clients, start=1):
            if client.case_code is not None and client.case_code in existing:
                raise InterchangeError(
                    UserMessage(
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "Case code {code} is already in the vault; nothing was imported.",
                        ),
                        code=client.case_code,
                    ),
                    key="case_code",
                    client_number=index,
                    case_code=client.case_code,
                )
        counts = dict.fromkeys(
            ("sessions", "consents", "plan_versions", "ratings", "measures", "follow_ups"), 0
        )
        counts.update(attachments=0, legal_holds=0, referrals=0, screenings=0)
        imported_at = dt.datetime.now()
        with self._vault.transaction() as conn:
            clients = ClientRepository(conn)
            notes = SessionRepository(conn)
            taken = {c.case_code for c in caseload.clients if c.case_code is not None}
            saved: list[tuple[int, Client]] = []
            free_codes = clients.free_case_codes(taken)  # read once: linear, not quadratic
            for client in caseload.clients:
                if client.case_code is None:
                    client = replace(client, case_code=next(free_codes))
                saved.append((clients.insert(client), client))
            ids = {c.case_code: cid for cid, c in saved}
            given_before = {
                letter_number_key(n) for n, _, _ in ReferralRepository(conn).issued_numbers()
            }
            services: list[tuple[object, ...]] = []  # the notes' services, written at once
            self._import_letter_numbers(conn, records.letter_numbers)
            for index, (client_id, client) in enumerate(saved):
                extra = records.of(index)
                for i, note in enumerate(client.sessions):
                    members = [
                        ids.get(code) or clients.id_for_case_code(code)
                        for code in note.group_members
                    ]
                    ratings = extra.ratings.get(i, [])
                    measures = extra.measures.get(i, [])

                    def while_draft(
                        session_id: int,
                        ratings: list[ObjectiveRating] = ratings,
                        measures: list[Measure] = measures,
                    ) -> None:
                        if ratings:
                            PlanRepository(conn).replace_ratings(session_id, ratings)
                        if measures:
                            MeasureRepository(conn).replace(session_id, measures)

                    notes.insert(
                        client_id,
                        note,
                        [m for m in members if m is not None],
                        while_draft,
                        services,
                    )
                    counts["sessions"] += 1
                    counts["ratings"] += len(ratings)
                    counts["measures"] += len(measures)
                consent_ids: list[int] = []
                for i, consent in enumerate(client.consents):
                    consent_id = clients.insert_consent(client_id, consent)
                    consent_ids.append(consent_id)
                    counts["consents"] += 1
                    for attachment in extra.attachments.get(i, []):
                        ConsentRepository(conn).add_attachment(
                            consent_id,
                            attachment.kind,
                            attachment.media_type,
                            attachment.data,
                            attachment.added_at,
                        )
                        counts["attachments"] += 1
                self._import_client_records(conn, client_id, extra, counts)
                self._import_referrals(
                    conn, index, client_id, extra.referrals, consent_ids, given_before
                )
                counts["referrals"] += len(extra.referrals)
                screening = ScreeningRepository(conn)
                for result in extra.screenings:
                    screening.add(replace(result, client_id=client_id), imported_at)
                for recorded in extra.recorded_results:
                    screening.add_recorded(replace(recorded, client_id=client_id), imported_at)
                careers = CareerInterestRepository(conn)
                for career in extra.career_interests:
                    careers.add(replace(career, client_id=client_id), imported_at)
                counts["screenings"] += (
                    len(extra.screenings)
                    + len(extra.recorded_results)
                    + len(extra.career_interests)
                )
                log = DisclosureRepository(conn)
                for disclosure in extra.disclosures:
                    shared_under = disclosure.consent_id
                    log.add(
                        replace(
                            disclosure,
                            client_id=client_id,
                            consent_id=None if shared_under is None else consent_ids[shared_under],
                        )
                    )
            notes.insert_services(services)
            settings = VaultSettingsRepository(conn)
            if records.letterhead is not None:
                settings.set(LETTERHEAD_KEY, records.letterhead.to_json())
            if records.retention is not None:
                settings.set(POLICY_KEY, records.retention.to_json())
            for key, words in (
                (NEVER_PRINT_KEY, records.never_print),
                (KEPT_WORDS_KEY, records.keep_words),
            ):
                if words:  # added to the vault's list; each word once
                    merged = list(settings.get(key, []) or [])
                    merged += [w for w in words if w not in merged]
                    settings.set(key, merged)
            if records.school_calendar:  # added to the vault's calendar; each event once
                events = events_from_json(settings.get(SCHOOL_CALENDAR_KEY, []))
                settings.set(
                    SCHOOL_CALENDAR_KEY,
                    [e.to_json() for e in sorted_events([*events, *records.school_calendar])],
                )
            if records.school_years:  # added to the vault's started years
                started = started_years(settings.get(SCHOOL_YEAR_KEY))
                settings.set(
                    SCHOOL_YEAR_KEY, {"started": sorted({*started, *records.school_years})}
                )
            roster_ids = self._import_roster(conn, records.roster, [cid for cid, _ in saved])
            self._import_sociometry(conn, records.sociometry, roster_ids, [cid for cid, _ in saved])
            program_ids = self._import_needs(conn, records, [cid for cid, _ in saved])
            self._import_activities(
                conn,
                [
                    replace(a, rpl=program_ids[a.rpl] if a.rpl is not None else None)
                    for a in records.activities
                ],
            )
            counts["activities"] = len(records.activities)
            self._import_appointments(conn, records, [cid for cid, _ in saved])
            self._vault.audit.append(
                AuditAction.CASELOAD_IMPORTED,
                detail=(
                    f"{len(saved)} clients, {counts['sessions']} sessions, "
                    f"{counts['consents']} consents"
                ),
            )
        return ImportReport(
            len(caseload.clients),
            counts["sessions"],
            counts["consents"],
            parsed.warnings,
            plan_versions=counts["plan_versions"],
            ratings=counts["ratings"],
            measures=counts["measures"],
            follow_ups=counts["follow_ups"],
            attachments=counts["attachments"],
            legal_holds=counts["legal_holds"],
            activities=counts["activities"],
            referrals=counts["referrals"],
            roster=len(records.roster),
            screenings=counts["screenings"],
            sociometry=len(records.sociometry),
        )

    @staticmethod
    def _import_appointments(
        conn: Connection, records: VaultRecords, client_ids: list[int]
    ) -> None:
        """Add the file's appointments and requests to talk. No appointment may name
        anyone the vault knows: the file's clients (added in this transaction) and the
        names of every request to talk, the vault's and the file's."""
        if not records.appointments and not records.intake:
            return
        identifiers = _vault_identifiers(conn)
        asked = IntakeRepository(conn).names() + [r.name for r in records.intake if r.name]
        for n, name in enumerate(asked):
            identifiers.add_person(name, f"i:{n}")
        repo = AppointmentRepository(conn)
        appointment_ids: list[int] = []
        for i, appointment in enumerate(records.appointments):
            found = appointment_names(appointment, identifiers)
            if found:
                key = "subject" if found[0].field == "class_name" else found[0].field
                raise InterchangeError(
                    AppointmentNamesError(found).message, key=f"appointments[{i}].{key}"
                )
            client = appointment.client_id
            appointment_ids.append(
                repo.insert(
                    replace(
                        appointment, client_id=client_ids[client] if client is not None else None
                    )
                )
            )
        intake = IntakeRepository(conn)
        for request in records.intake:
            client, booked = request.client_id, request.appointment_id
            intake.insert(
                replace(
                    request,
                    client_id=client_ids[client] if client is not None else None,
                    appointment_id=appointment_ids[booked] if booked is not None else None,
                )
            )

    @staticmethod
    def _import_client_records(
        conn: Connection, client_id: int, extra: ClientRecords, counts: dict[str, int]
    ) -> None:
        plans = PlanRepository(conn)
        for plan in extra.support_plans:
            assert plan.created_at is not None  # required by the format
            plans.insert_version(client_id, plan, plan.created_at)
            counts["plan_versions"] += 1
        reminders = ReminderRepository(conn)
        for follow_up in extra.follow_ups:
            assert follow_up.created_at is not None  # required by the format
            new_id = reminders.insert_follow_up(
                replace(follow_up, client_id=client_id), follow_up.created_at
            )
            if follow_up.done_at is not None:
                reminders.complete_follow_up(new_id, follow_up.done_at)
            counts["follow_ups"] += 1
        if extra.legal_hold is not None:
            RetentionRepository(conn).set_legal_hold(
                client_id, extra.legal_hold.reason, extra.legal_hold.since
            )
            counts["legal_holds"] += 1
        if extra.supervision_context is not None:
            SupervisionContextRepository(conn).save(client_id, extra.supervision_context)

    def export(self, *, attachments: bool = True) -> Export:
        """Everything counsel-desk/2 carries, read in one go. ``attachments=False``
        leaves the drawn signatures and scanned forms out (a small file); the counts
        say how many were left, and how much of what the format does not carry the
        vault holds (unsaved notes recovered from autosave, the destruction log)."""
        left_out = 0
        with self._vault.reading() as conn:
            clients = ClientRepository(conn).all()
            consents = ConsentRepository(conn)
            notes = PlanRepository(conn)
            measures = MeasureRepository(conn)
            reminders = ReminderRepository(conn)
            retention = RetentionRepository(conn)
            contexts = SupervisionContextRepository(conn)
            referrals = ReferralRepository(conn)
            screening = ScreeningRepository(conn)
            careers = CareerInterestRepository(conn)
            found: list[ClientRecords] = []
            for client in clients:
                assert client.id is not None
                extra = ClientRecords(
                    support_plans=notes.versions(client.id),
                    follow_ups=reminders.follow_ups(client.id),
                )
                for i, note in enumerate(client.sessions):
                    assert note.id is not None
                    ratings = notes.ratings_of_session(note.id)
                    if ratings:
                        extra.ratings[i] = ratings
                    scores = measures.of_session(note.id)
                    if scores:
                        extra.measures[i] = scores
                for i, consent in enumerate(client.consents):
                    if not consent.attachments:
                        continue
                    if not attachments:
                        left_out += len(consent.attachments)
                        continue
                    carried = []
                    for info in consent.attachments:
                        assert info.id is not None
                        stored = consents.attachment_data(info.id)
                        if stored is not None:
                            carried.append(
                                Attachment(info.kind, stored[0], info.added_at, stored[1])
                            )
                    extra.attachments[i] = carried
                hold = retention.legal_hold(client.id)
                if hold is not None:
                    extra.legal_hold = LegalHold(*hold)
                context = contexts.get(client.id)
                if any(v is not None for v in context.values()):
                    extra.supervision_context = context
                index_of = {c.id: i for i, c in enumerate(client.consents)}
                extra.referrals = [
                    replace(r, id=None, consent_id=index_of[r.consent_id])
                    for _, r in referrals.load(client.id)
                ]
                extra.screenings = [
                    replace(r, id=None, client_id=0) for r in screening.of_client(client.id)
                ]
                extra.recorded_results = [
                    replace(r, id=None, client_id=0)
                    for r in screening.recorded_of_client(client.id)
                ]
                extra.career_interests = [
                    replace(r, id=None, client_id=0) for r in careers.of_client(client.id)
                ]
                extra.disclosures = [
                    replace(
                        d,
                        id=None,
                        client_id=0,
                        consent_id=None if d.consent_id is None else index_of.get(d.consent_id),
                    )
                    for d in DisclosureRepository(conn).of_client(client.id)
                ]
                found.append(extra)
            settings = VaultSettingsRepository(conn)
            stored_policy = settings.get(POLICY_KEY)
            terms = settings.get(NEVER_PRINT_KEY, [])
            kept = settings.get(KEPT_WORDS_KEY, [])
            calendar = sorted_events(events_from_json(settings.get(SCHOOL_CALENDAR_KEY, [])))
            activities = ActivityRepository(conn).all()
            appointments = AppointmentRepository(conn).all()
            requests = IntakeRepository(conn).all()
            index_of_client = {c.id: i for i, c in enumerate(clients)}
            roster = [
                replace(
                    e,
                    id=None,
                    client_id=index_of_client.get(e.client_id) if e.client_id else None,
                )
                for e in RosterRepository(conn).in_order()
            ]
            in_order = RosterRepository(conn).in_order()
            index_of_entry = {e.id: i for i, e in enumerate(in_order)}
            sociometry = [
                replace(
                    r,
                    id=None,
                    members=tuple(
                        replace(
                            m,
                            roster_id=index_of_entry.get(m.roster_id)
                            if m.roster_id is not None
                            else None,
                            client_id=index_of_client.get(m.client_id)
                            if m.client_id is not None
                            else None,
                        )
                        for m in r.members
                    ),
                )
                for r in SociometryRepository(conn).rounds()
            ]
            needs = NeedsRepository(conn)
            akpd_items = needs.items()
            responses = needs.responses()
            program = needs.program()
            letterhead = settings.get(LETTERHEAD_KEY)
            school_years = started_years(settings.get(SCHOOL_YEAR_KEY))
            numbers = referrals.issued_numbers()
            autosaved = len(SessionRepository(conn).autosaves())
            destroyed = len(retention.destruction_log())
        records = VaultRecords(
            clients=found,
            retention=RetentionPolicy.from_json(stored_policy)
            if stored_policy is not None
            else None,
            never_print=[t for t in terms if isinstance(t, str)] if isinstance(terms, list) else [],
            keep_words=[w for w in kept if isinstance(w, str)] if isinstance(kept, list) else [],
            school_calendar=calendar,
            letterhead=Letterhead.from_json(letterhead) if letterhead is not None else None,
            letter_numbers=numbers,
            school_years=list(school_years),
            roster=roster,
            sociometry=sociometry,
            **_needs_records(clients, activities, akpd_items, responses, program),
            **_appointment_records(clients, appointments, requests),
        )
        caseload = Caseload(clients)
        counts = _count(
            records, caseload, left_out, autosaved_drafts=autosaved, destruction_log=destroyed
        )
        return Export(caseload, records, counts)

    def export_text(self, *, attachments: bool = True) -> str:
        """The whole vault as a counsel-desk/2 document. Call :meth:`record_export` once
        the caller has written it where the user asked."""
        return self.export(attachments=attachments).text

    def record_export(self, what: str) -> None:
        self._vault.record(AuditAction.EXPORT_WRITTEN, detail=what)


def _vault_identifiers(conn: Connection) -> IdentifierSet:
    """Everyone the vault knows, the file's clients added in this transaction included,
    and the never-print words."""
    terms = VaultSettingsRepository(conn).get(NEVER_PRINT_KEY, []) or []
    ids = IdentifierSet.from_caseload(
        Caseload(ClientRepository(conn).all_profiles()),
        extra_terms=[t for t in terms if isinstance(t, str)],
    )
    for i, name in enumerate(IntakeRepository(conn).names()):
        ids.add_person(name, f"i:{i}")  # a request's typed name, as the summaries have it
    ids.add_roster(RosterRepository(conn).all())
    return ids


def _needs_records(
    clients: list[Client],
    activities: list[Activity],
    items: list[NeedItem],
    responses: list[AkpdResponse],
    program: list[ProgramItem],
) -> dict[str, Any]:
    """The needs assessment and the program as counsel-desk/2 carries them: items,
    clients and planned sessions named by their index instead of their id."""
    item_index = {item.id: n for n, item in enumerate(items)}
    client_index = {c.id: n for n, c in enumerate(clients)}
    program_index = {p.id: n for n, p in enumerate(program)}
    return {
        "activities": [
            replace(a, id=None, rpl=program_index.get(a.rpl) if a.rpl is not None else None)
            for a in activities
        ],
        "akpd_items": [replace(i, id=None) for i in items],
        "akpd_responses": [
            replace(
                r,
                id=None,
                asked=tuple(item_index[i] for i in r.asked),
                needs=frozenset(item_index[i] for i in r.needs),
                client_id=client_index[r.client_id] if r.client_id is not None else None,
            )
            for r in responses
        ],
        "bk_program": [replace(p, id=None) for p in program],
    }


def _appointment_records(
    clients: list[Client], appointments: list[Appointment], requests: list[IntakeRequest]
) -> dict[str, Any]:
    """Appointments and requests to talk as counsel-desk/2 carries them: clients and
    appointments named by their index instead of their id."""
    client_index = {c.id: n for n, c in enumerate(clients)}
    booked_index = {a.id: n for n, a in enumerate(appointments)}
    return {
        "appointments": [
            replace(
                a,
                id=None,
                case_code=None,
                client_id=client_index[a.client_id] if a.client_id is not None else None,
            )
            for a in appointments
        ],
        "intake": [
            replace(
                r,
                id=None,
                case_code=None,
                client_id=client_index[r.client_id] if r.client_id is not None else None,
                appointment_id=booked_index.get(r.appointment_id)
                if r.appointment_id is not None
                else None,
            )
            for r in requests
        ],
    }


__all__ = ["FORMAT", "Export", "ExportCounts", "ImportReport", "InterchangeService"]
