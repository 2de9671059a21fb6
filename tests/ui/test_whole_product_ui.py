"""Every client of a caseload with every kind of record opens in the real window: every
tab shown, every row of every list selected, without an exception or a crash dialog
(pytest-qt fails a test on any exception raised in a slot). Cheap Argon2: a test."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

from counsel_desk.domain.model import Caseload
from counsel_desk.export.interchange import dump_document
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.ui.main_window import MainWindow
from tests.caseloads import every_kind_caseload, realistic_caseloads
from tests.integration.test_whole_product import add_plans_and_reminders
from tests.ui.conftest import PASSPHRASE, TODAY, FakePrompter, cheap_calibrator, unlock

EXAMPLES = 40 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 2


def _vault_with(path: Path, caseload: Caseload) -> Path:
    service = VaultService()
    service.create(path, PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        service.interchange.import_text(dump_document(caseload))
        add_plans_and_reminders(service)
    finally:
        service.lock(backup=False)
    return path


def _visit_every_client(qtbot, window: MainWindow) -> int:
    """Open each client, show each tab, select each row of each list; the rows seen."""
    rows_seen = 0
    summaries = window.vault.clients.list_summaries()
    assert summaries
    for summary in summaries:
        window.workspace.open_client(summary.id, ask=False)
        qtbot.waitUntil(lambda s=summary: window.profile_view.client_id == s.id, timeout=10000)
        tabs = window.profile_view.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(5)
            for view in tabs.widget(index).findChildren(QAbstractItemView):
                model = view.model()
                if model is None or not view.isVisible():
                    continue
                for row in range(model.rowCount()):
                    selection = view.selectionModel()
                    if selection is None:
                        continue
                    selection.setCurrentIndex(
                        model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    qtbot.wait(1)
                    rows_seen += 1
        assert window.profile_view.client_id == summary.id  # still the client she opened
    return rows_seen


def test_every_client_of_the_every_kind_caseload_opens_with_every_tab_and_row(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = _vault_with(tmp_path / "vault", every_kind_caseload())
    unlock(qtbot, window, path)
    assert _visit_every_client(qtbot, window) > 10  # sessions, consents, plan rows were seen
    window.lock()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(caseload=realistic_caseloads())
def test_every_client_of_any_realistic_caseload_opens_in_the_window(
    qtbot, runner, settings, tmp_path_factory, caseload: Caseload
) -> None:
    path = _vault_with(tmp_path_factory.mktemp("vault") / "v", caseload)
    window = MainWindow(
        VaultService(),
        settings,
        runner,
        FakePrompter(),
        today=lambda: TODAY,
        calibrator=cheap_calibrator,
    )
    qtbot.addWidget(window)
    window.show()
    try:
        unlock(qtbot, window, path)
        _visit_every_client(qtbot, window)
        window.lock()
    finally:
        runner.wait_for_all(30000)
        window.close()
