"""File ▸ Import Class List… in the real window (issue 20, item 1, a Done-when item): a
300-row XLSX class list imported with its preview — a refused row fixed, another skipped,
nothing written before Import, then every row in one go. Vaults use cheap Argon2 on
purpose."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from counsel_desk.domain.roster import Column, RowStatus
from tests.ui.choosers import use_chooser
from tests.ui.conftest import make_vault, unlock
from tests.xlsx_build import three_hundred_students


def test_a_300_row_xlsx_class_list_is_imported_through_the_window_with_its_preview(
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window, make_vault(tmp_path / "v"))
    window.plan_actions.roster_action.trigger()
    dialog = window.plan_actions.roster_dialog
    assert dialog is not None and dialog.isVisible()
    use_chooser(window, three_hundred_students(tmp_path / "kelas.xlsx"))
    dialog.choose()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    # the mapping: an unknown header is offered as "ignore"
    assert [c.currentData() for c in dialog._combos] == [
        Column.IGNORE,
        Column.NAME,
        Column.NISN,
        Column.GENDER,
        Column.BIRTH_DATE,
        Column.CLASS,
        Column.IGNORE,
    ]
    assert dialog.table.rowCount() == 300
    assert dialog.preview.count(RowStatus.NEW) == 298
    refused = [(r.number, r.status) for r in dialog.preview.refused]
    assert refused == [(12, RowStatus.REFUSED), (40, RowStatus.REFUSED)]
    assert "Excel turned this NISN into a number" in dialog.table.item(10, 4).text()
    assert not dialog.import_button.isEnabled()
    assert window.vault.roster.entries() == []  # nothing written yet

    # row 12: she types the NISN again; row 40: she leaves it out
    dialog.table.selectRow(10)
    dialog.fix_column.setCurrentIndex(dialog.fix_column.findData(Column.NISN))
    dialog.fix_edit.setText("0000000010")
    dialog.fix_cell()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.preview.rows[10].status is RowStatus.NEW
    dialog.table.selectRow(38)
    dialog.toggle_skip()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.preview.rows[38].status is RowStatus.SKIPPED
    assert dialog.import_button.isEnabled()
    dialog.import_rows()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20000)
    assert (dialog.imported.added, dialog.imported.skipped) == (299, 1)
    entries = window.vault.roster.entries()
    assert len(entries) == 299
    assert window.vault.clients.list_summaries() == []  # no case opened
    assert "0000000010" in {e.nisn for e in entries}


def test_the_class_list_filters_by_class_and_opens_a_case_for_a_student(
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window, make_vault(tmp_path / "v"))
    service = window.vault.roster
    request = service.read(three_hundred_students(tmp_path / "kelas.xlsx"))
    service.import_rows(replace(request, skip=frozenset({12, 40})))
    window.plan_actions.roster_list_action.trigger()
    dialog = window.plan_actions.roster_list_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 298  # rows 12 and 40 were refused
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findData("VIII-C"))
    assert {e.class_name for e in dialog.shown} == {"VIII-C"} and len(dialog.shown) == 30
    assert "30 of 298" in dialog.count_label.text()
    dialog.search_edit.setText("nomor 133")
    assert [e.name for e in dialog.shown] == ["Siswa Nomor 133"]
    assert window.vault.clients.list_summaries() == []
    dialog.table.selectRow(0)
    assert dialog.open_button.isEnabled()
    dialog.open_case()
    (summary,) = window.vault.clients.list_summaries()
    client = window.vault.clients.get(summary.id)
    assert client.given_name == "Siswa Nomor 133" and client.grade == "VIII-C"
    assert dialog.shown[0].client_id == client.id
    dialog.table.selectRow(0)
    assert not dialog.open_button.isEnabled()  # one case per student
