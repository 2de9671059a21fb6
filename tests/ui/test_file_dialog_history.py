"""Qt's own file dialog leaves no folder a counselor chose in QtProject.conf (issue 15,
item 8), tested with the real chooser and the real QFileDialog, not the fake."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from counsel_desk.ui.file_chooser import FileChooser
from tests.ui.choosers import answer_file_dialog


def _qt_settings_text(config: Path) -> str:
    QSettings(QSettings.Scope.UserScope, "QtProject").sync()
    return "\n".join(p.read_text(errors="replace") for p in config.rglob("*") if p.is_file())


def test_the_real_save_dialog_leaves_no_client_folder_in_qtproject_conf(
    qtbot, tmp_path, isolated_settings
):
    folder = tmp_path / "Clients" / "Budi-Santoso"
    folder.mkdir(parents=True)
    answer_file_dialog(folder / "summary.pdf")
    chosen = FileChooser().save_file(None, "Save", folder / "summary.pdf", "PDF (*.pdf)")
    assert chosen == folder / "summary.pdf"
    assert "Budi" not in _qt_settings_text(isolated_settings)
