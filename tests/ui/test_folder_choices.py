"""Choosing a vault folder, on the unlock screen and in the welcome dialog, goes through
the window's file chooser (issue 14: no QFileDialog outside its seam, so a test reaches
every choice)."""

from __future__ import annotations

from pathlib import Path

from counsel_desk.ui.dialogs.welcome_dialog import WelcomeDialog
from tests.ui.choosers import use_chooser
from tests.ui.conftest import make_vault, sample_clients


def test_open_another_vault_on_the_unlock_screen_asks_the_chooser(qtbot, window, tmp_path):
    first = make_vault(tmp_path / "first", sample_clients())
    other = make_vault(tmp_path / "other", sample_clients())
    window.unlock_view.choose_vault(first)
    chooser = use_chooser(window, other)
    window.unlock_view.other_button.click()
    assert chooser.asked == [("folder", "Open a vault", first.parent)]
    assert window.unlock_view._path == other
    use_chooser(window, None)  # she cancels: the vault chosen stays
    window.unlock_view.other_button.click()
    assert window.unlock_view._path == other


def test_the_welcome_dialog_browses_and_opens_through_the_chooser(qtbot, window, tmp_path):
    dialog = WelcomeDialog(window.vault, window.runner, window, chooser=window.chooser)
    qtbot.addWidget(dialog)
    stick = tmp_path / "stick"
    stick.mkdir()
    use_chooser(window, stick)
    dialog.browse_button.click()
    assert Path(dialog.location_edit.text()) == stick / "Counsel Desk Vault"
    use_chooser(window, None)
    dialog.browse_button.click()
    assert Path(dialog.location_edit.text()) == stick / "Counsel Desk Vault"
    existing = make_vault(tmp_path / "existing", sample_clients())
    chooser = use_chooser(window, existing)
    dialog.open_existing_button.click()
    assert chooser.asked[0][:2] == ("folder", "Open an existing vault")
