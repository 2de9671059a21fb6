"""Ctrl+F: search every note and profile through the FTS5 indexes.

What the counselor types is never handed to FTS5 as query syntax: each word is quoted
(so ``"``, ``*``, ``AND``, ``NEAR(``, ``-`` and ``:`` are only text) and the last word is
matched as a prefix, so results follow the typing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.enums import NoteClass
from counsel_desk.vault.repositories.clients import ClientRepository
from counsel_desk.vault.repositories.notes import SessionRepository
from counsel_desk.vault.vault import Vault

# Private-use characters mark the matches in snippets; they cannot occur in typed text
# (they are removed from the query and rarely appear in notes), and the UI turns them
# into highlighting after escaping the text.
MATCH_START = "\ue000"
MATCH_END = "\ue001"
_WORD = re.compile(r"[^\s\"\ue000\ue001]+")
MAX_TERMS = 16


def fts_query(text: str) -> str | None:
    """An FTS5 query for what the user typed (None when there is nothing to search).

    Every term is a quoted string; the last one is a prefix query (``"budi"*``). Words
    that hold no letter or digit are dropped: FTS5 would find nothing for them."""
    words = [w for w in _WORD.findall(text) if any(ch.isalnum() for ch in w)][:MAX_TERMS]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if not text[-1:].isspace():
        quoted[-1] += "*"
    return " ".join(quoted)


class HitKind(StrEnum):
    NOTE = "note"
    PROFILE = "profile"


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    client_id: int
    case_code: str
    client_name: str
    snippet: str  # matches between MATCH_START and MATCH_END
    session_id: int | None = None
    date: dt.date | None = None
    note_class: NoteClass | None = None


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Profiles first (a name typed is usually a person), then notes, best first."""
        query = fts_query(text)
        if query is None:
            return []
        with self._vault.reading() as conn:
            notes = SessionRepository(conn)
            rows = notes.search_snippets(query, MATCH_START, MATCH_END, limit)
            headers = notes.session_headers([r.rowid for r in rows if r.kind == "note"])
            wanted = {r.rowid for r in rows if r.kind == "profile"}
            wanted |= {header[0] for header in headers.values()}
            clients = {r.id: r for r in ClientRepository(conn).rows(wanted)}
        hits: list[SearchHit] = []
        for row in rows:
            if row.kind == "profile":
                client = clients.get(row.rowid)
                if client is None:
                    continue
                hits.append(
                    SearchHit(
                        HitKind.PROFILE,
                        client.id,
                        client.case_code,
                        _name(client.given_name, client.family_name),
                        row.snippet,
                    )
                )
            else:
                header = headers.get(row.rowid)
                if header is None:
                    continue
                client = clients.get(header[0])
                if client is None:
                    continue
                hits.append(
                    SearchHit(
                        HitKind.NOTE,
                        client.id,
                        client.case_code,
                        _name(client.given_name, client.family_name),
                        row.snippet,
                        row.rowid,
                        header[1],
                        NoteClass(header[2]),
                    )
                )
        profiles = [h for h in hits if h.kind is HitKind.PROFILE]
        return profiles + [h for h in hits if h.kind is HitKind.NOTE]


def _name(given: str, family: str | None) -> str:
    return " ".join(p for p in (given.strip(), (family or "").strip()) if p)
