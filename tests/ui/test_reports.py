"""The term report against a known caseload: figures, suppression of small counts (and
complementary suppression), the charts, and the PDF without identifiers. Cheap Argon2
(KdfParams.cheap_for_tests) through tests/ui/conftest.py."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.enums import Modality, NoteClass, SessionKind
from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.export.pdf_check import SelfCheckFailedError, pdf_text
from tests.ui.choosers import use_chooser
from tests.ui.conftest import make_vault, unlock

START, END = dt.date(2025, 7, 1), dt.date(2025, 12, 31)
NAMES = [
    ("Budi", "Santoso"), ("Siti", "Rahma"), ("Ayu", "Lestari"), ("Dewi", "Kusuma"),
    ("Rina", "Wati"), ("Agus", "Salim"), ("Joko", "Widodo"), ("Putri", "Ayu"),
    ("Eko", "Prasetyo"), ("Fitri", "Handayani"), ("Hadi", "Gunawan"), ("Indah", "Permata"),
]  # fmt: skip


def _caseload() -> list[Client]:
    clients = []
    for n, (given, family) in enumerate(NAMES, start=1):
        tags = ["academic"] if n <= 8 else ["family"]
        if n == 1:
            tags.append("grief")
        clients.append(
            Client(
                given_name=given,
                family_name=family,
                date_of_birth=dt.date(2010, 1, n),
                tags=tags,
                opened_on=dt.date(2025, 6, 1),
            )
        )
    return clients


def _sessions(service) -> None:
    ids = {s.given_name: s.id for s in service.clients.list_summaries()}
    order = [ids[g] for g, _ in NAMES]
    notes = service.notes

    def note(cid, day, minutes, **kw):
        notes.save_draft(cid, SessionNote(date=day, duration_minutes=minutes, **kw))

    for i in range(8):
        note(order[i], dt.date(2025, 8, 4 + i), 45)
    for i in range(6):
        note(order[i], dt.date(2025, 9, 1 + i), 30)
    note(order[8], dt.date(2025, 9, 10), 20, modality=Modality.PHONE)
    members = [s.case_code for s in service.clients.list_summaries() if s.id in order[10:12]]
    note(order[9], dt.date(2025, 9, 12), 90, kind=SessionKind.GROUP, group_members=members)
    note(order[0], dt.date(2025, 9, 12), 15, note_class=NoteClass.PROCESS)  # not counted
    note(order[0], dt.date(2025, 6, 30), 45)  # before the term


@pytest.fixture
def caseload(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "v", _caseload()))
    _sessions(window.vault)
    return window


def test_report_figures_with_suppression(qtbot, caseload):
    report = caseload.vault.reports.term_report(START, END)
    assert (report.clients.shown, report.sessions.shown) == ("12", "16")
    assert report.minutes.value == 8 * 45 + 6 * 30 + 20 + 90
    month = report.by_month
    assert month.cell("2025-08", "sessions").shown == "8"
    assert month.cell("2025-09", "sessions").shown == "8"
    assert month.cell("2025-09", "clients").shown == "10"  # the group's members count
    assert month.cell("2025-10", "sessions").shown == "0"
    # One group session (<5); individual hidden too, or 16 − 15 would give it away.
    assert report.by_kind.cell("group", "sessions").shown == "<5"
    assert report.by_kind.cell("individual", "sessions").shown == "*"
    assert report.by_kind.cell("group", "minutes").shown == "*"
    assert report.by_modality.cell("phone", "sessions").shown == "<5"
    assert report.by_modality.cell("in_person", "sessions").shown == "*"
    # Concerns of fewer than 5 students are not named: family (4) and grief (1).
    tags = {r.key: r.cells[0].shown for r in report.by_tag.rows}
    assert tags == {"academic": "8", "__other__": "5"}


def test_report_dialog_charts_and_pdf(qtbot, caseload, tmp_path):
    window = caseload
    out = tmp_path / "report.pdf"
    use_chooser(window, out)
    dialog = window.plan_actions.show_report()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    dialog.set_period(START, END)
    with qtbot.waitSignal(dialog.report_ready, timeout=10000):
        dialog.refresh()
    assert dialog.summary_labels["clients"].text() == "12"
    assert dialog.summary_labels["sessions"].text() == "16"
    assert dialog.summary_labels["minutes"].text() == "10 h 50 min"
    kind_rows = dialog.pages["by_kind"].model.texts()
    assert ["Group", "<5", "*"] in kind_rows and ["Individual", "*", "*"] in kind_rows
    chart = dialog.pages["by_kind"].chart
    assert chart.values[:2] == [0, 0]  # hidden cells are not drawn
    assert chart.categories[:2] == ["Individual (*)", "Group (<5)"]
    assert dialog.pages["by_month"].chart.values[1:3] == [8, 8]
    tag_rows = dialog.pages["by_tag"].model.texts()
    assert tag_rows[0] == ["academic", "8"] and "family" not in str(tag_rows)
    # At the size it opens (the laptop budget) the chart keeps room for its axis labels.
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 680 and dialog.pages["by_month"].chart.height() >= 240

    with qtbot.waitSignal(dialog.pdf_saved, timeout=30000):
        dialog.save_pdf()
    pages, meta = pdf_text(out)
    text = "\n".join(pages) + " ".join(meta.values())
    assert "16" in text and "<5" in text
    for given, family in NAMES:
        assert given not in text and family not in text
    for summary in window.vault.clients.list_summaries():
        assert summary.case_code not in text
        assert summary.date_of_birth.isoformat() not in text
    dialog.reject()


def test_report_pdf_refused_when_a_name_would_be_printed(qtbot, caseload, tmp_path):
    window = caseload
    for summary in window.vault.clients.list_summaries()[:5]:
        client = window.vault.clients.get(summary.id)
        client.tags = [*client.tags, "Santoso"]  # a family name used as a concern tag
        window.vault.clients.save_profile(client)
    report = window.vault.reports.term_report(START, END)
    assert any(r.key == "Santoso" for r in report.by_tag.rows)
    out = tmp_path / "leak.pdf"
    with pytest.raises(SelfCheckFailedError):
        window.vault.reports.write_pdf(report, out)
    assert not out.exists()
