"""Qt's own file dialog leaves no folder a counselor chose in QtProject.conf (issue 15,
item 8), tested with the real chooser and the real QFileDialog, not the fake."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from counsel_desk.ui.file_chooser import FileChooser


def _answer_with(path: Path) -> None:
    """Type ``path`` into the open file dialog and accept it, as a person would."""

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(50, answer)
            return
        dialog = dialogs[0]
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(50, answer)


def _qt_settings_text(config: Path) -> str:
    QSettings(QSettings.Scope.UserScope, "QtProject").sync()
    return "\n".join(p.read_text(errors="replace") for p in config.rglob("*") if p.is_file())


def test_the_real_save_dialog_leaves_no_client_folder_in_qtproject_conf(
    qtbot, tmp_path, isolated_settings
):
    folder = tmp_path / "Clients" / "Budi-Santoso"
    folder.mkdir(parents=True)
    _answer_with(folder / "summary.pdf")
    chosen = FileChooser().save_file(None, "Save", folder / "summary.pdf", "PDF (*.pdf)")
    assert chosen == folder / "summary.pdf"
    assert "Budi" not in _qt_settings_text(isolated_settings)
