"""Invisible text-direction characters in the window (issue 15, item 14): a name typed
with U+202E is refused and nothing is stored; a vault folder or file name that holds one
is shown with the character written visibly (<U+202E>), never reordering what she reads."""

from __future__ import annotations

from counsel_desk.ui.widgets.key_file_picker import KeyFilePicker

from .conftest import make_vault, sample_clients, unlock

RLO = "\u202e"


def test_a_name_typed_with_a_direction_override_is_refused_and_nothing_is_stored(
    qtbot, window, tmp_path
):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    before = window.client_model.rowCount()
    window.workspace.new_client()
    profile = window.profile_view
    qtbot.keyClicks(profile.given_name_edit, "Ayu")
    profile.given_name_edit.setText(f"Ayu{RLO}otnaS")
    profile.other_people_editor.set_names([f"Ri{RLO}an"])
    assert not window.workspace.save()
    assert window.client_model.rowCount() == before
    assert all(RLO not in s.given_name for s in window.vault.clients.list_summaries())
    errors = " ".join(
        w.text() for w in profile.findChildren(type(window.state_label)) if w.isVisibleTo(profile)
    )
    assert "text-direction" in errors


def test_a_vault_folder_with_a_direction_override_is_shown_with_it_visible(qtbot, window, tmp_path):
    path = make_vault(tmp_path / f"Budi{RLO}fdp.exe", sample_clients())
    view = window.unlock_view
    view.set_vault_path(path)
    assert RLO not in view.path_label.text()
    assert "Budi<U+202E>fdp.exe" in view.path_label.text()
    unlock(qtbot, window, path)
    assert window.is_unlocked


def test_a_key_file_name_with_a_direction_override_is_shown_with_it_visible(
    qtbot, window, tmp_path
):
    picker = KeyFilePicker(window.chooser, window)
    key = tmp_path / f"school{RLO}txt.key"
    picker.set_path(key)
    assert picker.path == key  # the file she chose, unchanged
    assert RLO not in picker.path_edit.text() and "school<U+202E>txt.key" in picker.path_edit.text()


def test_a_case_code_typed_with_a_zero_width_space_is_refused_naming_it(qtbot, window, tmp_path):
    """Issue 15, item 14, attack F7: "C-0001" + U+200B would look like C-0001."""
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    codes = {s.case_code for s in window.vault.clients.list_summaries()}
    window.workspace.new_client()
    profile = window.profile_view
    profile.given_name_edit.setText("Ayu")
    profile.case_code_edit.setText(sorted(codes)[0] + "\u200b")
    assert not window.workspace.save()
    assert {s.case_code for s in window.vault.clients.list_summaries()} == codes
    shown = " ".join(
        w.text() for w in profile.findChildren(type(window.state_label)) if w.isVisibleTo(profile)
    )
    assert "U+200B" in shown and "\u200b" not in shown


def test_a_name_pasted_with_a_zero_width_space_is_saved_as_it_reads(qtbot, window, tmp_path):
    path = make_vault(tmp_path / "vault", sample_clients())
    unlock(qtbot, window, path)
    window.workspace.new_client()
    profile = window.profile_view
    profile.given_name_edit.setText("Mehr\u200bnaz\ufeff")
    profile.other_people_editor.set_names(["Ri\u00adan", "مهر\u200cناز"])
    assert window.workspace.save()
    assert profile.given_name_edit.text() == "Mehrnaz"
    saved = [s for s in window.vault.clients.list_summaries() if s.given_name == "Mehrnaz"]
    assert len(saved) == 1
    assert window.vault.clients.get(saved[0].id).other_people == ["Rian", "مهر\u200cناز"]
