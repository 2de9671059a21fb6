"""The Today view of a large caseload (issue 14, "the GUI never stalls"): shown after every
unlock, import and save, it sizes its columns from the rows on screen. Qt's default
measured 1,000 rows (each several model calls) on every refresh: 0.7 s at 1,700 items,
the window stopped."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counsel_desk.i18n import UserMessage as Message
from counsel_desk.services.clients import AttentionItem, AttentionKind
from counsel_desk.ui.models.attention_model import AttentionModel
from counsel_desk.ui.views.dashboard_view import DashboardView


def _items(count: int) -> list[AttentionItem]:
    return [
        AttentionItem(AttentionKind.DRAFT_NOTE, i, f"K-{i:04d}", f"Siswa {i}", Message("Draft"))
        for i in range(count)
    ]


def test_the_today_view_reads_only_the_rows_it_shows(qtbot, monkeypatch) -> None:
    asked: set[int] = set()
    original = AttentionModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            asked.add(index.row())
        return original(self, index, role)

    monkeypatch.setattr(AttentionModel, "data", counted)
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_items(_items(1700))
    qtbot.wait(50)
    view.grab()  # painted
    assert view.model.rowCount() == 1700
    assert asked and max(asked) < 200  # the rows on screen (and a few), not 1,000
