"""Knowing, cheaply and for sure, whether anything a vault's people come from changed.

Building the redaction's identifier set of a whole vault takes a second or more at 5,000
clients; a supervision summary or a report needs it each time (issue 14: "keep the
identifier set for the unlocked session"). Keeping it is only safe if *every* change that
could add a name is noticed, by whatever code path writes it: a name kept too long would
be printed. So the notice comes from SQLite itself: a TEMP trigger on every table (in
memory only, nothing written to the vault) counts each row inserted, changed or deleted,
and a table is left out only when it is listed below as holding no one's identity. A new
table is watched unless someone adds it here, deliberately. A change rolled back still
counts: the cost is one rebuild too many, never a stale set.
"""

from __future__ import annotations

from typing import Final

from sqlcipher3.dbapi2 import Connection

# Tables the identifier set never reads (``ClientRepository.all_profiles`` and the vault
# settings are what it is built from). Notes are not part of it: a note is redacted, it
# does not add identifiers. The audit chain and meta change with every transaction.
NOT_ABOUT_PEOPLE: Final = frozenset(
    {
        "meta",
        "audit_log",
        "sessions",
        "session_fields",
        "addenda",
        "note_strikes",
        "note_autosaves",
        "session_measures",
        "session_services",
        "activities",
        "appointments",
        "referrals",
        "referral_letter_numbers",
        "akpd_items",
        "akpd_responses",
        "akpd_answers",
        "program_items",
        "sociometry_rounds",  # numbers and references only: names stay in roster/clients
        "sociometry_criteria",  # the questions she wrote (checked for names when saved)
        "sociometry_members",
        "sociometry_choices",
        "group_members",
        "duty_actions",
        "supervision_context",
        "support_plans",
        "objective_ratings",
        "follow_ups",
        "destruction_log",
        "consent_attachments",
        "screenings",  # answers, no one's identity (issue 20)
        "recorded_results",  # her text, redacted like a note's (issue 20)
        "career_interests",  # answers, no one's identity (issue 20)
        "disclosures",  # recipients as typed, like a referral's (issue 18)
        "tombstones",  # a deleted record's id, table and stamp (issue 18)
    }
)
_FUNCTION: Final = "counsel_desk_people_changed"


class PeopleChanges:
    """A count that goes up whenever a row of a watched table changes on ``conn``."""

    def __init__(self, conn: Connection) -> None:
        self.count = 0
        conn.create_function(_FUNCTION, 0, self._changed)
        rows = conn.execute(
            "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM main.sqlite_master "
            "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        ).fetchall()
        # A search index (FTS5) is derived from other tables and keeps its own tables,
        # which it writes from inside SQLite: a trigger there would call back into
        # Python mid-write (it crashes the process) and tell nothing new.
        indexes = [name for name, virtual in rows if virtual]
        self.watched = tuple(
            sorted(
                name
                for name, virtual in rows
                if not virtual
                and watched(name)
                and not any(name.startswith(f"{index}_") for index in indexes)
            )
        )
        for table in self.watched:
            for event in ("INSERT", "UPDATE", "DELETE"):
                name = f"counsel_desk_watch_{table}_{event.lower()}"
                conn.execute(
                    f'CREATE TEMP TRIGGER IF NOT EXISTS "{name}" AFTER {event} '
                    f'ON main."{table}" BEGIN SELECT {_FUNCTION}(); END'
                )

    def _changed(self) -> None:
        self.count += 1


def watched(table: str) -> bool:
    """Whether a change to ``table`` may change who the vault knows."""
    return table not in NOT_ABOUT_PEOPLE
