"""Reports without identifiers: a term's or a year's figures for the school, with small
counts suppressed so that no student can be singled out.

**The suppression rule** (documented for the school in docs/reports.md):

1. *Primary.* A count of 1–4 (students or sessions) is shown as ``<5``. Zero is shown.
2. *Complementary.* In a table whose rows add up to a total that is published (sessions
   by month, by modality, by kind), a hidden cell could be worked out as
   total − the shown cells. So further cells are hidden, smallest non-zero first, and
   shown as ``*``, until no ``<5`` cell can be pinned down: a reader knows that each
   ``<5`` cell holds 1–4 and each ``*`` cell at least 5, and the hidden cells must still
   allow more than one value for every ``<5`` cell. If even hiding every non-zero cell
   is not enough, the total is hidden too (here and in the headline figures, which
   publish the same total).
3. Minutes follow their sessions: minutes of a hidden session cell are hidden (``*``).
4. Tables that do not add up (students per month — a student seen in March and April is
   in both; students per concern tag — a student may have several) get the primary
   rule only. Concern tags held by fewer than 5 students are not named at all: they are
   counted together as "Other concerns" (itself ``<5`` if small).

Nothing in a report names a client, a case code or a date of birth: the facts that come
in are client ids (never printed), dates of sessions, durations, modality, kind and tags.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from counsel_desk.domain.enums import Modality, SessionKind

THRESHOLD = 5
PRIMARY_MARK = "<5"
COMPLEMENTARY_MARK = "*"
OTHER_TAGS = "__other__"


class Suppression(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    COMPLEMENTARY = "complementary"


@dataclass(frozen=True)
class Cell:
    value: int
    suppression: Suppression = Suppression.NONE

    @property
    def hidden(self) -> bool:
        return self.suppression is not Suppression.NONE

    @property
    def shown(self) -> str:
        if self.suppression is Suppression.PRIMARY:
            return PRIMARY_MARK
        if self.suppression is Suppression.COMPLEMENTARY:
            return COMPLEMENTARY_MARK
        return str(self.value)

    @property
    def plotted(self) -> int:
        """What a chart may draw: nothing for a hidden cell."""
        return 0 if self.hidden else self.value


def primary(value: int) -> Suppression:
    return Suppression.PRIMARY if 0 < value < THRESHOLD else Suppression.NONE


def _safe(values: Sequence[int], states: Sequence[Suppression]) -> bool:
    """Whether no ``<5`` cell can be pinned down from the total and the shown cells."""
    pairs = list(
        zip(
            values,
            states,
            strict=True,  # pragma: no mutate - equal lengths: states are made from values
        )
    )
    p = [v for v, s in pairs if s is Suppression.PRIMARY]
    c = [v for v, s in pairs if s is Suppression.COMPLEMENTARY]
    if not p:
        return True
    hidden_sum = sum(p) + sum(c)  # what total − shown cells reveals
    lowest = len(p)  # every <5 cell holds at least 1
    highest = min(
        (THRESHOLD - 1) * len(p),  # pragma: no mutate - never binding: 4·n > n = lowest anyway
        hidden_sum - THRESHOLD * len(c),
    )
    if not c:
        # The primary cells share exactly hidden_sum: unique only if one cell, or all 1s
        # (sum == count), or all 4s (sum == 4 × count).
        return len(p) >= 2 and lowest < hidden_sum < (THRESHOLD - 1) * len(p)
    return highest > lowest


def suppress_additive(values: Sequence[int]) -> tuple[list[Suppression], bool]:
    """Rules 1 and 2 for cells that add up to a published total. Returns the cells'
    suppression and whether the total must be hidden as well."""
    states = [primary(v) for v in values]
    total = sum(values)
    if 0 < total < THRESHOLD:  # pragma: no mutate - "1 <": a lone 1 is hidden by the loop too
        return states, True  # the total is itself a small count: hidden anyway
    while not _safe(values, states):
        candidates = [
            i
            for i, (v, s) in enumerate(
                zip(
                    values,
                    states,
                    strict=True,  # pragma: no mutate - equal lengths: states are made from values
                )
            )
            if v > 0 and s is Suppression.NONE  # pragma: no mutate - "v > 1": 1–4 are never NONE
        ]
        if not candidates:
            return states, True
        smallest = min(candidates, key=lambda i: (values[i], i))
        states[smallest] = Suppression.COMPLEMENTARY
    return states, False


# --- facts and the report ----------------------------------------------------------------


@dataclass(frozen=True)
class SessionFact:
    """One session counted in a report: no text, no name."""

    date: dt.date
    client_ids: frozenset[int]  # the record's client and, for a group, its members
    minutes: int | None
    modality: Modality
    kind: SessionKind


@dataclass(frozen=True)
class Row:
    key: str  # a month "2025-08", a modality/kind value, a tag, or OTHER_TAGS
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    key: str
    columns: tuple[str, ...]  # "clients", "sessions", "minutes"
    rows: tuple[Row, ...]
    total: Row | None = None

    def cell(self, row_key: str, column: str) -> Cell:
        row = next(r for r in self.rows if r.key == row_key)
        return row.cells[self.columns.index(column)]


@dataclass(frozen=True)
class TermReport:
    start: dt.date
    end: dt.date
    clients: Cell
    sessions: Cell
    minutes: Cell
    untimed_sessions: Cell
    by_month: Table
    by_modality: Table
    by_kind: Table
    by_tag: Table
    notes: list[str] = field(default_factory=list)

    def tables(self) -> list[Table]:
        return [self.by_month, self.by_kind, self.by_modality, self.by_tag]


def months_between(start: dt.date, end: dt.date) -> list[str]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _additive_table(
    key: str,
    row_keys: Sequence[str],
    sessions: dict[str, int],
    minutes: dict[str, int],
    clients: dict[str, int] | None,
    total_sessions: int,
    total_minutes: int,
    total_clients: int | None,
) -> tuple[Table, bool]:
    counts = [sessions.get(k, 0) for k in row_keys]
    states, hide_total = suppress_additive(counts)
    rows = []
    for k, count, state in zip(
        row_keys,
        counts,
        states,
        strict=True,  # pragma: no mutate - equal lengths: counts, states come from row_keys
    ):
        cells = []
        if clients is not None:
            value = clients.get(k, 0)
            cells.append(Cell(value, primary(value)))
        cells.append(Cell(count, state))
        minute_state = (
            Suppression.COMPLEMENTARY if state is not Suppression.NONE else Suppression.NONE
        )
        cells.append(Cell(minutes.get(k, 0), minute_state))
        rows.append(Row(k, tuple(cells)))
    columns = (("clients",) if clients is not None else ()) + ("sessions", "minutes")
    total_cells = []
    if total_clients is not None:
        total_cells.append(Cell(total_clients, primary(total_clients)))
    total_cells.append(Cell(total_sessions))
    total_cells.append(Cell(total_minutes))
    total = Row(
        "total",  # pragma: no mutate - the total row's key is never read (shown as Total/Jumlah)
        tuple(total_cells),
    )
    return Table(key, columns, tuple(rows), total), hide_total


def _hide_totals(table: Table, hide: bool) -> Table:
    if not hide or table.total is None:
        return table
    cells = []
    for column, cell in zip(
        table.columns,
        table.total.cells,
        strict=True,  # pragma: no mutate - equal lengths: _additive_table builds both alike
    ):
        if column in ("sessions", "minutes"):
            state = (
                Suppression.PRIMARY
                if column == "sessions" and primary(cell.value) is Suppression.PRIMARY
                else Suppression.COMPLEMENTARY
            )
            cells.append(Cell(cell.value, state if cell.value else Suppression.NONE))
        else:
            cells.append(cell)
    total = Row(
        "total",  # pragma: no mutate - the total row's key is never read (shown as Total/Jumlah)
        tuple(cells),
    )
    return Table(table.key, table.columns, table.rows, total)


def build_report(
    start: dt.date,
    end: dt.date,
    sessions: Iterable[SessionFact],
    tags: Mapping[int, Sequence[str]],
) -> TermReport:
    """The figures of ``start``..``end`` (inclusive) with suppression applied.

    ``sessions`` are the sessions of the range (record notes, not struck through);
    ``tags`` maps a client id to its concern tags."""
    facts = [s for s in sessions if start <= s.date <= end]
    months = months_between(start, end)
    served: set[int] = set()
    by_month_sessions: dict[str, int] = {}
    by_month_minutes: dict[str, int] = {}
    by_month_clients: dict[str, set[int]] = {}
    by_modality: dict[str, int] = {}
    by_modality_minutes: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    by_kind_minutes: dict[str, int] = {}
    untimed = 0
    for s in facts:
        month = f"{s.date.year:04d}-{s.date.month:02d}"
        minutes = s.minutes or 0
        if s.minutes is None:
            untimed += 1
        served |= s.client_ids
        by_month_sessions[month] = by_month_sessions.get(month, 0) + 1
        by_month_minutes[month] = by_month_minutes.get(month, 0) + minutes
        by_month_clients.setdefault(month, set()).update(s.client_ids)
        m, k = Modality(s.modality).value, SessionKind(s.kind).value
        by_modality[m] = by_modality.get(m, 0) + 1
        by_modality_minutes[m] = by_modality_minutes.get(m, 0) + minutes
        by_kind[k] = by_kind.get(k, 0) + 1
        by_kind_minutes[k] = by_kind_minutes.get(k, 0) + minutes
    total_sessions = len(facts)
    total_minutes = sum(s.minutes or 0 for s in facts)

    month_table, hide_m = _additive_table(
        "by_month",
        months,
        by_month_sessions,
        by_month_minutes,
        {k: len(v) for k, v in by_month_clients.items()},
        total_sessions,
        total_minutes,
        len(served),
    )
    modality_table, hide_mo = _additive_table(
        "by_modality",
        [m.value for m in Modality],
        by_modality,
        by_modality_minutes,
        None,
        total_sessions,
        total_minutes,
        None,
    )
    kind_table, hide_k = _additive_table(
        "by_kind",
        [k.value for k in SessionKind],
        by_kind,
        by_kind_minutes,
        None,
        total_sessions,
        total_minutes,
        None,
    )
    hide = hide_m or hide_mo or hide_k
    month_table = _hide_totals(month_table, hide)
    modality_table = _hide_totals(modality_table, hide)
    kind_table = _hide_totals(kind_table, hide)

    # Concern tags of the students served: rare tags are not named.
    tag_clients: dict[str, set[int]] = {}
    for client_id in served:
        for tag in dict.fromkeys(t.strip() for t in tags.get(client_id, ()) if t.strip()):
            tag_clients.setdefault(tag, set()).add(client_id)
    named = {t: ids for t, ids in tag_clients.items() if len(ids) >= THRESHOLD}
    other: set[int] = set()
    for t, ids in tag_clients.items():
        if t not in named:
            other |= ids
    tag_rows = [
        Row(t, (Cell(len(ids)),))
        for t, ids in sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold()))
    ]
    if other:
        tag_rows.append(Row(OTHER_TAGS, (Cell(len(other), primary(len(other))),)))
    tag_table = Table("by_tag", ("clients",), tuple(tag_rows))

    hidden_sessions = Suppression.NONE
    if primary(total_sessions) is Suppression.PRIMARY:
        hidden_sessions = Suppression.PRIMARY
    elif hide:
        hidden_sessions = Suppression.COMPLEMENTARY
    return TermReport(
        start=start,
        end=end,
        clients=Cell(len(served), primary(len(served))),
        sessions=Cell(total_sessions, hidden_sessions),
        minutes=Cell(
            total_minutes,
            Suppression.COMPLEMENTARY
            if hidden_sessions is not Suppression.NONE and total_minutes
            else Suppression.NONE,
        ),
        untimed_sessions=Cell(untimed, primary(untimed)),
        by_month=month_table,
        by_modality=modality_table,
        by_kind=kind_table,
        by_tag=tag_table,
    )


def school_terms(today: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    """The usual Indonesian school periods around ``today``: the current semester
    (July–December or January–June), the previous one, the school year (July–June), the
    one before it and the calendar year."""
    if today.month >= 7:
        this = (dt.date(today.year, 7, 1), dt.date(today.year, 12, 31))
        last = (dt.date(today.year, 1, 1), dt.date(today.year, 6, 30))
        year = (dt.date(today.year, 7, 1), dt.date(today.year + 1, 6, 30))
    else:
        this = (dt.date(today.year, 1, 1), dt.date(today.year, 6, 30))
        last = (dt.date(today.year - 1, 7, 1), dt.date(today.year - 1, 12, 31))
        year = (dt.date(today.year - 1, 7, 1), dt.date(today.year, 6, 30))
    return {
        "this_term": this,
        "last_term": last,
        "school_year": year,
        # the year just ended: what a report after a new school year started counts
        "last_school_year": (
            year[0].replace(year=year[0].year - 1),
            year[0] - dt.timedelta(days=1),
        ),
        "calendar_year": (dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)),
    }
