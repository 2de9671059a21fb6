"""Schema 5: which school counseling service each session was, and the activity log
(issue 17).

* ``session_services``: one row per classified session — *komponen*, *strategi*, the
  *bidang* (comma-separated, in the counselor's order) and, when she chose one herself,
  the ASCA use-of-time category (``NULL``: derived from the classification).
* Not locked with a signed note: the classification is bookkeeping for the school's
  reports, set or corrected after signing (each change is audited). It is not part of a
  signed note's content hash.
* ``activities``: work that is not about one client (classical guidance in a class,
  parent meetings, duties …): its kind, day, topic, class, students present, length in
  lesson periods (JP) or minutes, notes, and its classification (the same columns as
  ``session_services``, ``NULL`` when not classified). No client is named in it: the
  service checks its text against the vault before saving.
* ``consents.purpose`` and ``consents.disclosures``: what a release of information is
  for and what it lets the counselor disclose (comma-separated items).
* ``referrals``: cases handed on (*alih tangan kasus*), each relying on a release of
  information of the same client; ``referral_letter_numbers`` keeps every letter number
  issued, never deleted (not even with a destroyed record), so none is reused.
* ``sessions.follow_up_on``: the day a home visit's or a case conference's follow-up is
  due; signing the note makes it a follow-up reminder (not part of the content hash).
* ``akpd_items``, ``akpd_responses``, ``akpd_answers``: the needs assessment (*AKPD*): its
  items per bidang (an answered item cannot be deleted, only retired), each student's
  answers with the class and, when the counselor picked her record, the student.
* ``program_items``: the BK program of a school year (*program tahunan*), each planned
  activity with its RPL; ``activities.rpl``: the planned session a delivered one carried
  out.
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE session_services (
        session_id  INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        component   TEXT NOT NULL CHECK (component IN ('basic', 'individual_planning',
                    'responsive', 'system_support')),
        strategy    TEXT NOT NULL CHECK (strategy IN ('individual_counseling',
                    'group_counseling', 'group_guidance', 'classroom_guidance',
                    'cross_class_guidance', 'consultation', 'collaboration', 'home_visit',
                    'case_conference', 'referral', 'advocacy', 'mediation')),
        fields      TEXT NOT NULL CHECK (length(fields) > 0),
        use_of_time TEXT CHECK (use_of_time IS NULL OR use_of_time IN ('direct_counseling',
                    'direct_instruction', 'direct_appraisal', 'indirect_consultation',
                    'indirect_referral', 'program_support', 'non_counseling')),
        changed_at  TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE activities (
        id               INTEGER PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('classroom_guidance',
                         'group_guidance', 'cross_class_guidance', 'parent_meeting',
                         'staff_consultation', 'program_evaluation', 'non_counseling_duty')),
        date             TEXT NOT NULL,
        topic            TEXT NOT NULL CHECK (length(trim(topic)) > 0),
        class_name       TEXT,
        students_present INTEGER CHECK (students_present IS NULL OR students_present >= 0),
        periods          INTEGER CHECK (periods IS NULL OR periods > 0),
        minutes          INTEGER CHECK (minutes IS NULL OR minutes > 0),
        notes            TEXT NOT NULL,
        component        TEXT,
        strategy         TEXT,
        fields           TEXT,
        use_of_time      TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK (periods IS NULL OR minutes IS NULL),
        CHECK ((component IS NULL) = (strategy IS NULL)
               AND (component IS NULL) = (fields IS NULL))
    ) STRICT
    """,
    "CREATE INDEX activities_date ON activities(date)",
    "ALTER TABLE sessions ADD COLUMN follow_up_on TEXT",
    "ALTER TABLE consents ADD COLUMN purpose TEXT",
    "ALTER TABLE consents ADD COLUMN disclosures TEXT",
    """
    CREATE TABLE referrals (
        id            INTEGER PRIMARY KEY,
        client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        consent_id    INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
        made_on       TEXT NOT NULL,
        agency        TEXT NOT NULL CHECK (agency IN ('psychologist', 'puskesmas',
                      'hospital', 'uptd_ppa', 'police', 'other_school', 'other')),
        recipient     TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
        reason        TEXT NOT NULL,
        urgency       TEXT NOT NULL CHECK (urgency IN ('routine', 'soon', 'urgent')),
        sent          TEXT NOT NULL,
        sections      TEXT NOT NULL,
        letter_number TEXT UNIQUE,
        reply_on      TEXT,
        reply         TEXT NOT NULL,
        outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('accepted', 'seen',
                      'declined', 'no_reply', 'closed')),
        follow_up_on  TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX referrals_client ON referrals(client_id)",
    """
    CREATE TRIGGER referrals_letter_kept BEFORE UPDATE OF letter_number ON referrals
    WHEN OLD.letter_number IS NOT NULL AND NEW.letter_number IS NOT OLD.letter_number
    BEGIN
        SELECT RAISE(ABORT, 'a letter number is never changed');
    END
    """,
    """
    CREATE TABLE referral_letter_numbers (
        number    TEXT PRIMARY KEY,
        year      INTEGER NOT NULL,
        seq       INTEGER NOT NULL CHECK (seq >= 1),
        issued_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TRIGGER referral_letter_numbers_kept BEFORE DELETE ON referral_letter_numbers
    BEGIN
        SELECT RAISE(ABORT, 'a letter number is never reused');
    END
    """,
    """
    CREATE TABLE akpd_items (
        id         INTEGER PRIMARY KEY,
        field      TEXT NOT NULL CHECK (field IN ('personal', 'social', 'learning',
                   'career')),
        text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
        position   INTEGER NOT NULL,
        retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE akpd_responses (
        id         INTEGER PRIMARY KEY,
        class_name TEXT NOT NULL CHECK (length(trim(class_name)) > 0),
        taken_on   TEXT NOT NULL,
        entry      TEXT NOT NULL CHECK (entry IN ('paper', 'kiosk')),
        client_id  INTEGER REFERENCES clients(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX akpd_responses_client ON akpd_responses(client_id)",
    """
    CREATE TABLE akpd_answers (
        response_id INTEGER NOT NULL REFERENCES akpd_responses(id) ON DELETE CASCADE,
        item_id     INTEGER NOT NULL REFERENCES akpd_items(id) ON DELETE RESTRICT,
        need        INTEGER NOT NULL CHECK (need IN (0, 1)),
        PRIMARY KEY (response_id, item_id)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX akpd_answers_item ON akpd_answers(item_id)",
    """
    CREATE TABLE program_items (
        id          INTEGER PRIMARY KEY,
        school_year INTEGER NOT NULL,
        month       TEXT NOT NULL,
        field       TEXT NOT NULL CHECK (field IN ('personal', 'social', 'learning',
                    'career')),
        strategy    TEXT NOT NULL CHECK (strategy IN ('individual_counseling',
                    'group_counseling', 'group_guidance', 'classroom_guidance',
                    'cross_class_guidance', 'consultation', 'collaboration', 'home_visit',
                    'case_conference', 'referral', 'advocacy', 'mediation')),
        topic       TEXT NOT NULL CHECK (length(trim(topic)) > 0),
        class_level TEXT NOT NULL,
        periods     INTEGER NOT NULL CHECK (periods > 0),
        objective   TEXT NOT NULL,
        method      TEXT NOT NULL,
        materials   TEXT NOT NULL,
        opening     TEXT NOT NULL,
        core        TEXT NOT NULL,
        closing     TEXT NOT NULL,
        evaluation  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX program_items_year ON program_items(school_year, month)",
    "ALTER TABLE activities ADD COLUMN rpl INTEGER REFERENCES program_items(id) ON DELETE SET NULL",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
