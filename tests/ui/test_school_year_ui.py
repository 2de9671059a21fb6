"""Vault → New School Year… in the real window (issue 20, item 2, and its "Done when": a
new school year rolled over): the preview shows every active client's class now and
after, nothing changes until she starts the year, then the caseload shows the new classes
and the leavers' cases closed. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on
purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counsel_desk.domain.enums import ClientStatus
from counsel_desk.domain.model import Client
from tests.ui.conftest import make_vault, unlock

SMP = [
    Client(given_name="Budi", family_name="Santoso", grade="VII-A", opened_on=dt.date(2025, 7, 21)),
    Client(given_name="Siti", family_name="Rahma", grade="VIII-B", opened_on=dt.date(2025, 8, 1)),
    Client(given_name="Ayu", family_name="Lestari", grade="IX-C", opened_on=dt.date(2024, 9, 2)),
    Client(given_name="Dewi", grade="Tahfidz", opened_on=dt.date(2025, 8, 4)),
]


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _caseload(window) -> dict[str, tuple[str | None, ClientStatus]]:
    return {s.full_name: (s.grade, s.status) for s in window.client_model.summaries()}


def test_a_new_school_year_is_previewed_then_rolled_over_in_the_window(
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window, make_vault(tmp_path / "v", SMP))
    before = _caseload(window)
    action = window.vault_actions.school_year_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.vault_actions.last_dialog
    assert dialog.objectName() == "schoolYearDialog"
    assert dialog.last_combo.currentData() == 9  # an SMP: guessed from VII–IX
    assert dialog.year_combo.currentText() == "2026/2027"  # 15 September: the next one
    rows = _rows(dialog.table)
    assert [r[1:3] for r in rows] == [
        ["Budi Santoso", "VII-A"],
        ["Siti Rahma", "VIII-B"],
        ["Ayu Lestari", "IX-C"],
        ["Dewi", "Tahfidz"],
    ]
    assert rows[0][3] == "moves up to VIII-A" and rows[1][3] == "moves up to IX-B"
    assert rows[2][3].startswith("graduates; the case closes on")
    assert "kept" in rows[3][3]
    assert "2 move up" in dialog.counts_label.text()
    assert _caseload(window) == before  # nothing changed by the preview

    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.start_button.click()
    qtbot.waitUntil(lambda: _caseload(window) != before, timeout=5000)
    assert _caseload(window) == {
        "Budi Santoso": ("VIII-A", ClientStatus.ACTIVE),
        "Siti Rahma": ("IX-B", ClientStatus.ACTIVE),
        "Ayu Lestari": ("IX-C", ClientStatus.CLOSED),
        "Dewi": ("Tahfidz", ClientStatus.ACTIVE),
    }

    # The year cannot be started again (and the next is not near yet).
    window.vault_actions.school_year_action.trigger()
    again = window.vault_actions.last_dialog
    assert again is not dialog
    assert [again.year_combo.itemText(i) for i in range(again.year_combo.count())] == []
    assert "started already" in again.counts_label.text()
    assert not again.start_button.isEnabled()
    again.reject()


def test_the_preview_shows_case_codes_only_in_privacy_mode(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window, make_vault(tmp_path / "v", SMP))
    window.set_privacy(True)
    window.vault_actions.school_year_action.trigger()
    dialog = window.vault_actions.last_dialog
    shown = " ".join(" ".join(r) for r in _rows(dialog.table))
    for name in ("Budi", "Siti", "Ayu", "Dewi", "Santoso"):
        assert name not in shown
    dialog.reject()


def test_locking_closes_the_new_school_year_dialog(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window, make_vault(tmp_path / "v", SMP))
    window.vault_actions.school_year_action.trigger()
    dialog = window.vault_actions.last_dialog
    assert dialog.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert not window.vault_actions.school_year_action.isEnabled()
