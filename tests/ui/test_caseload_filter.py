"""Issue 14, filter as you type: the caseload's filter is worked out once per change for
every row (ClientTableModel.accepted_rows) and looked up per row. What she sees stays
right when the rows change under a typed filter (a reload after a save), when privacy mode
hides the names, and the count is said once per keystroke."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.enums import ClientStatus, RiskLevel
from counsel_desk.services.clients import ClientSummary
from counsel_desk.ui.models.client_filter_proxy import StatusFilter
from counsel_desk.ui.models.client_table_model import ClientTableModel
from counsel_desk.ui.views.caseload_view import CaseloadView


def summary(i: int, given: str, grade: str = "8A", *, closed: bool = False) -> ClientSummary:
    return ClientSummary(
        id=i,
        case_code=f"C-{i:03d}",
        given_name=given,
        family_name="Santoso",
        preferred_name=None,
        grade=grade,
        status=ClientStatus.CLOSED if closed else ClientStatus.ACTIVE,
        risk_level=RiskLevel.LOW,
        date_of_birth=None,
        last_session=None,
    )


def shown(view: CaseloadView) -> list[str]:
    return [s.given_name for s in view.proxy.visible_summaries()]


def make_view(qtbot) -> CaseloadView:
    model = ClientTableModel(today=lambda: dt.date(2026, 12, 1))
    view = CaseloadView(model)
    qtbot.addWidget(view)
    model.set_summaries(
        [summary(1, "Budi"), summary(2, "Siti", "9B"), summary(3, "Bunga", closed=True)]
    )
    return view


def test_a_typed_filter_still_holds_after_the_caseload_is_reloaded(qtbot) -> None:
    view = make_view(qtbot)
    view.filter_edit.setText("bu")
    assert shown(view) == ["Budi"]  # Bunga is closed: the Active list hides her
    view.model.set_summaries([summary(1, "Budi"), summary(4, "Bunaken"), summary(2, "Siti", "9B")])
    assert sorted(shown(view)) == ["Budi", "Bunaken"]
    view.set_status_filter(StatusFilter.ALL)
    view.model.set_summaries([summary(3, "Bunga", closed=True), summary(2, "Siti")])
    assert shown(view) == ["Bunga"]


def test_every_typed_word_must_match_and_the_status_filter_applies(qtbot) -> None:
    view = make_view(qtbot)
    view.filter_edit.setText("santoso 9b")
    assert shown(view) == ["Siti"]
    view.filter_edit.setText("c-003")
    assert shown(view) == []
    view.set_status_filter(StatusFilter.CLOSED)
    assert shown(view) == ["Bunga"]
    assert view.count_label.text() == "1 of 3"


def test_in_privacy_mode_a_name_finds_no_one_but_a_case_code_does(qtbot) -> None:
    view = make_view(qtbot)
    view.filter_edit.setText("budi")
    assert shown(view) == ["Budi"]
    view.set_privacy(True)
    assert shown(view) == []
    view.filter_edit.setText("c-001")
    assert shown(view) == ["Budi"]


def test_the_count_is_said_once_per_keystroke(qtbot) -> None:
    view = make_view(qtbot)
    view.model.set_summaries([summary(i, "Budi" if i % 2 else "Siti") for i in range(200)])
    said: list[str] = []
    view.count_label.setText = said.append  # type: ignore[method-assign]
    view.filter_edit.setText("budi")  # removes 100 rows in 100 runs
    assert said == ["100 of 200"]
