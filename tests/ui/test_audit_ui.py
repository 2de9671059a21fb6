"""The audit trail dialog: filters, Verify, CSV export without names."""

from __future__ import annotations

import csv
import stat

from counsel_desk.services.integrity import AuditAction
from counsel_desk.ui.dialogs.audit_dialog import AuditDialog
from counsel_desk.ui.models.audit_model import ACTION_LABELS, action_label

from .choosers import use_chooser
from .conftest import make_vault, sample_clients, unlock

NAMES = ("Budi", "Santoso", "Ucok", "Siti", "Rahmawati", "Ayu", "Hartono")


def open_audit(qtbot, window) -> AuditDialog:
    window.vault_actions.audit_action.trigger()
    dialog = window.vault_actions.last_dialog
    assert isinstance(dialog, AuditDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10000)
    return dialog


def test_every_audit_action_has_a_translatable_label():
    assert set(ACTION_LABELS) == {a.value for a in AuditAction}
    assert action_label("something_new") == "something_new"


def test_the_audit_view_filters_by_case_code_and_action(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    codes = sorted(s.case_code for s in window.client_model.summaries())
    dialog = open_audit(qtbot, window)
    total = dialog.model.rowCount()
    assert total >= 5  # created, three clients, unlocks
    assert dialog.proxy.rowCount() == total
    # Newest first, actions translated.
    first = dialog.proxy.visible_entries()[0]
    assert first.action == AuditAction.UNLOCKED
    assert dialog.proxy.index(0, 1).data() == "Unlocked"

    dialog.code_edit.setText(codes[0].lower())
    shown = dialog.proxy.visible_entries()
    assert shown and all(e.case_code == codes[0] for e in shown)
    assert dialog.count_label.text().startswith(f"{len(shown)} of {total}")

    dialog.code_edit.clear()
    dialog.set_action_filter(AuditAction.CLIENT_CREATED.value)
    shown = dialog.proxy.visible_entries()
    assert sorted(e.case_code for e in shown) == codes
    dialog.set_action_filter(None)
    assert dialog.proxy.rowCount() == total


def test_verify_runs_in_a_worker_and_reports_an_intact_vault(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    dialog = open_audit(qtbot, window)
    task = dialog.start_verify()
    assert task is not None and not dialog.verify_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert dialog.problems == []
    assert "intact" in dialog.verify_label.text()


def test_export_writes_case_codes_and_actions_only(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    dialog = open_audit(qtbot, window)
    target = tmp_path / "audit.csv"
    chooser = use_chooser(window, target)
    dialog.chooser = chooser
    assert dialog.export() == target
    assert chooser.asked[0][2].name == "counsel-desk-audit-2025-09-15.csv"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    for name in NAMES:
        assert name not in text
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["time", "action", "action_label", "case_code"]
    assert len(rows) == dialog.model.rowCount() + 1
    assert "not encrypted" in dialog.verify_label.text()


def test_a_case_code_that_looks_like_a_formula_is_exported_as_text(qtbot, window, tmp_path) -> None:
    clients = sample_clients()
    clients[0].case_code = '=HYPERLINK("http://x.example")'
    clients[1].case_code = "@SUM(1+1)"
    unlock(qtbot, window, make_vault(tmp_path / "vault", clients))
    dialog = open_audit(qtbot, window)
    target = tmp_path / "audit.csv"
    dialog.chooser = use_chooser(window, target)
    assert dialog.export() == target
    codes = {row[3] for row in csv.reader(target.read_text(encoding="utf-8").splitlines())}
    assert "'" + clients[0].case_code in codes and "'@SUM(1+1)" in codes
    assert not any(code.startswith(("=", "+", "-", "@")) for code in codes)


def test_locking_closes_the_audit_view(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    dialog = open_audit(qtbot, window)
    assert dialog.isVisible()
    window.lock()
    assert window.vault_actions.open_dialogs() == []
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in window.findChildren(AuditDialog)))
