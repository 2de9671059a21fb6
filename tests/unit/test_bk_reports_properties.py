"""Properties of the BK service report's suppression over random caseloads (issue 17,
item 5): whatever the contacts, no shown figure repeats or bounds a hidden one."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.bk_reports import (
    BkSettings,
    ContactFact,
    build_bk_report,
    parse_period,
    split_row_key,
)
from counsel_desk.domain.enums import ServiceComponent, ServiceField, ServiceStrategy
from counsel_desk.domain.reports import THRESHOLD
from counsel_desk.domain.school_services import CLIENT_STRATEGIES, ServiceClass

PERIOD = parse_period("2026-11", BkSettings())
services = st.builds(
    ServiceClass,
    st.sampled_from(list(ServiceComponent)),
    st.sampled_from(CLIENT_STRATEGIES[:6]),  # few strategies: rows share counts more often
    st.lists(st.sampled_from(list(ServiceField)), min_size=1, max_size=4, unique=True).map(tuple),
)
facts = st.lists(
    st.tuples(services, st.integers(1, 28), st.sampled_from(["free", "home_visit"])),
    max_size=60,
).map(
    lambda items: [
        ContactFact(dt.date(2026, 11, day), frozenset({n}), 40, service, template)
        for n, (service, day, template) in enumerate(items)
    ]
)


@given(facts)
def test_no_shown_figure_repeats_or_bounds_a_hidden_row(sessions):
    report = build_bk_report(PERIOD, sessions, [], BkSettings(), 20)
    table = report.by_service
    contacts = [r.cells[-1] for r in table.rows]
    assert sum(c.value for c in contacts) == report.contacts.value
    for row in table.rows:
        if row.cells[-1].hidden:
            # Every bidang count of a hidden row is hidden too (each is a floor of it).
            assert all(c.hidden or c.value == 0 for c in row.cells[:-1]), row
        for cell in row.cells:
            assert cell.hidden or cell.value == 0 or cell.value >= THRESHOLD
    for column, total in enumerate(table.total.cells[:-1] if table.total else ()):
        if not total.hidden:  # a shown bidang total: nothing hidden in its column
            assert not any(r.cells[column].hidden for r in table.rows)
    visits_hidden = any(
        split_row_key(r.key)[1] is ServiceStrategy.HOME_VISIT and r.cells[-1].hidden
        for r in table.rows
    )
    visits = report.home_visits.contacts
    if visits_hidden:
        assert visits.hidden or visits.value == 0
    # Primary cells of the contacts column can never be pinned down from the total.
    small = [c for c in contacts if c.shown == "<5"]
    if small and not report.contacts.hidden:
        assert len([c for c in contacts if c.hidden]) >= 2
