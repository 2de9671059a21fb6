"""Schema 6: a new school year (issue 20, item 2).

* ``clients.graduated_on``: the day a student left the school with its last class, set
  when a new school year is started (Vault → New School Year…) and her case closed. The
  school years already started are kept in the vault's settings (``school_year``).
"""

from __future__ import annotations

from counsel_desk.vault.connection import Connection

STATEMENTS: tuple[str, ...] = ("ALTER TABLE clients ADD COLUMN graduated_on TEXT",)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
