"""The window on a real full disk (a tmpfs filled to the last byte): the vault unlocks
and shows her clients, and a save that cannot be written says the disk is full, that the
records are not damaged, and leaves her edit in the form (issue 21)."""

from __future__ import annotations

from counsel_desk.ui.main_window import MainWindow
from tests.disks import SmallDisk, small_disk  # noqa: F401 - the fixture

from .conftest import make_vault, sample_clients, unlock


def test_on_a_full_disk_the_window_reads_and_a_failed_save_says_disk_full(
    qtbot,
    window: MainWindow,
    small_disk: SmallDisk,  # noqa: F811
    prompter,
) -> None:  # type: ignore[no-untyped-def]
    path = make_vault(small_disk.root / "v", sample_clients())
    small_disk.fill()
    unlock(qtbot, window, path)
    names = {s.given_name for s in window.client_model.summaries()}
    assert "Budi" in names
    assert window.storage_banner.isVisibleTo(window)
    assert "full" in window.storage_banner.text()
    assert window.dashboard_view.space_label.isVisibleTo(window)
    assert "two backups" in window.dashboard_view.space_label.text()
    budi = next(s.id for s in window.client_model.summaries() if s.given_name == "Budi")
    assert window.workspace.open_client(budi)
    window.profile_view.grade_edit.selectAll()
    qtbot.keyClicks(window.profile_view.grade_edit, "9A")
    assert not window.workspace.save()
    (_, text), *_ = prompter.errors
    assert "full" in text and "not damaged" in text
    assert "damaged or was altered" not in text
    assert window.profile_view.grade_edit.text() == "9A"
    assert window.profile_view.is_dirty
    small_disk.free_up()
    assert window.workspace.save()
    window.workspace.refresh()
    assert not window.dashboard_view.space_label.isVisibleTo(window)


def test_a_vault_on_a_read_only_disk_opens_with_a_read_only_banner(
    qtbot,
    window: MainWindow,
    small_disk: SmallDisk,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    path = make_vault(small_disk.root / "v", sample_clients())
    small_disk.read_only()
    unlock(qtbot, window, path)
    assert "Budi" in {s.given_name for s in window.client_model.summaries()}
    assert window.storage_banner.isVisibleTo(window)
    assert "read-only" in window.storage_banner.text()
    assert sorted(p.name for p in path.iterdir()) == ["records.db", "vault.json"]
    window.lock()
    assert not window.storage_banner.isVisibleTo(window)
