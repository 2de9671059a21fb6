"""Numbered, forward-only schema migrations, tracked in ``PRAGMA user_version``.

Each migration runs in one transaction together with the bump of ``user_version``: a
crash leaves the vault at the previous version, never half-migrated. Released
migrations are never edited; a change to the schema is a new, higher-numbered one.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from counsel_desk.vault.connection import Connection, DatabaseError
from counsel_desk.vault.migrations import (
    m0001_initial,
    m0002_retention_settings,
    m0003_notes_consents,
    m0004_plans_measures_reminders,
    m0005_school_services,
    m0006_school_year,
    m0007_appointments,
    m0008_roster,
    m0009_screening,
    m0010_sociometry,
    m0011_career_interests,
    m0012_disclosures,
    m0013_record_ids,
)

Migration = Callable[[Connection], None]

MIGRATIONS: tuple[tuple[int, Migration], ...] = (
    (1, m0001_initial.apply),
    (2, m0002_retention_settings.apply),
    (3, m0003_notes_consents.apply),
    (4, m0004_plans_measures_reminders.apply),
    (5, m0005_school_services.apply),
    (6, m0006_school_year.apply),
    (7, m0007_appointments.apply),
    (8, m0008_roster.apply),
    (9, m0009_screening.apply),
    (10, m0010_sociometry.apply),
    (11, m0011_career_interests.apply),
    (12, m0012_disclosures.apply),
    (13, m0013_record_ids.apply),
)
LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> list[int]:
    """Apply every migration above the database's version; return the ones applied."""
    applied: list[int] = []
    for version, apply in MIGRATIONS:
        if version <= schema_version(conn):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            # A COMMIT the full disk refused has already rolled back: a second ROLLBACK
            # would fail and hide why ("no transaction is active" instead of "disk full").
            with suppress(DatabaseError):
                conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
