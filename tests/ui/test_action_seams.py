"""The window's actions (keys and backups, supervision export and full record, plans and
reports) get an application context and a small host protocol (ui/context.py), never the
main window itself: they import no MainWindow, read no private member of anything but
themselves, and ask the host only what WindowHost offers. A host that is no MainWindow is
enough to back up a vault."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

import counsel_desk
from counsel_desk.services.vault_service import KdfParams
from counsel_desk.ui.context import AppContext, WindowHost
from counsel_desk.ui.dialogs.backup_now_dialog import BackupNowDialog
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.vault_actions import VaultActions
from tests.ui.choosers import FakeChooser
from tests.ui.conftest import PASSPHRASE, TODAY

UI = Path(counsel_desk.__file__).parent / "ui"
ACTIONS = ("vault_actions.py", "supervision_actions.py", "plan_actions.py")
HOST_MEMBERS = {name for name in dir(WindowHost) if not name.startswith("_")}
CONTEXT_FIELDS = {field.name for field in dataclasses.fields(AppContext)}


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _on(node: ast.expr, name: str) -> bool:
    """``node`` is ``self.<name>`` or a local ``<name>``."""
    if isinstance(node, ast.Name):
        return node.id == name
    return isinstance(node, ast.Attribute) and node.attr == name and _is_self(node.value)


def seam_breaches(source: str) -> list[str]:
    """What in an action module's ``source`` goes past the context and the host."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            names = {a.name for a in node.names}
        else:
            names = set()
        found += [f"imports {n}" for n in names if n.endswith("main_window")]
        if isinstance(node, ast.Name) and node.id == "MainWindow":
            found.append("names MainWindow")
        if not isinstance(node, ast.Attribute):
            continue
        attr, value = node.attr, node.value
        private = attr.startswith("_") and not attr.startswith("__")
        if private and not _is_self(value):
            found.append(f"reads private {ast.unparse(node)}")
        if _on(value, "window"):
            found.append(f"reaches into the window: {ast.unparse(node)}")
        if _on(value, "host") and attr not in HOST_MEMBERS:
            found.append(f"asks the host for {attr}, which WindowHost does not offer")
        if _on(value, "context") and attr not in CONTEXT_FIELDS:
            found.append(f"takes {attr} from the context, which AppContext does not hold")
    return found


def test_the_actions_use_only_the_context_and_the_host_protocol():
    breaches = {name: seam_breaches((UI / name).read_text(encoding="utf-8")) for name in ACTIONS}
    assert breaches == {name: [] for name in ACTIONS}


def test_the_seam_check_catches_what_the_actions_used_to_do():
    old = """
from counsel_desk.ui.main_window import MainWindow
class A:
    def go(self) -> None:
        if not self.window._resolve_unsaved():
            return
        self.host.profile_view.clear()
        self.context.window.statusBar()
        window = self.window
        window.right_stack.currentWidget()
"""
    found = seam_breaches(old)
    assert "imports counsel_desk.ui.main_window" in found
    assert "reads private self.window._resolve_unsaved" in found
    assert "asks the host for profile_view, which WindowHost does not offer" in found
    assert "takes window from the context, which AppContext does not hold" in found
    assert "reaches into the window: window.right_stack" in found
    fine = """
class A:
    def go(self) -> None:
        self._dialogs.clear()
        if self.host.resolve_unsaved_changes():
            self.host.show_status(self.context.vault.path.name)
"""
    assert seam_breaches(fine) == []


class RecordingHost:
    """A WindowHost that is no main window: a plain widget, and a list of what it was told."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.statuses: list[str] = []
        self.tracked: list[QDialog] = []

    def window_widget(self) -> QWidget:
        return self.widget

    @property
    def lock_pending(self) -> bool:
        return False

    @property
    def privacy(self) -> bool:
        return True

    def current_client_id(self) -> int | None:
        return None

    def resolve_unsaved_changes(self) -> bool:
        return True

    def show_status(self, text: str, ms: int = 0) -> None:
        self.statuses.append(text)

    def vault_state_changed(self) -> None:
        pass

    def client_changed(self, client_id: int) -> None:
        pass

    def client_destroyed(self, client_id: int) -> None:
        pass

    def unlocked_by_dialog(self, vault_path: Path | None = None) -> None:
        pass

    def lock(self) -> None:
        pass

    def track_vault_dialog(self, dialog: QDialog) -> None:
        self.tracked.append(dialog)

    def show_reminders(self, reminders) -> None:
        pass

    def reload_plan(self) -> None:
        pass


def test_back_up_now_needs_only_the_context_and_a_host(
    qtbot, vault_service, settings, runner, prompter, tmp_path
):
    vault_service.create(tmp_path / "vault", PASSPHRASE, KdfParams.cheap_for_tests())
    widget = QWidget()
    qtbot.addWidget(widget)
    chooser = FakeChooser(tmp_path / "usb" / "copy")
    context = AppContext(
        vault=vault_service,
        settings=settings,
        runner=runner,
        ops=Operations(runner, prompter),
        prompter=prompter,
        chooser=chooser,  # type: ignore[arg-type]
        clipboard=None,  # type: ignore[arg-type]  # a backup copies nothing
        today=lambda: TODAY,
    )
    host = RecordingHost(widget)
    actions = VaultActions(context, host)

    dialog = actions.back_up_now()

    assert isinstance(dialog, BackupNowDialog) and dialog.parent() is widget
    assert chooser.asked[0][2].name == "counsel-desk-backup-2025-09-15.cdbackup"
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=30000)
    assert (tmp_path / "usb" / "copy.cdbackup").is_file()
    qtbot.waitUntil(lambda: any("Backup saved" in s for s in host.statuses), timeout=5000)
    assert actions.open_dialogs() == [dialog]  # a lock would close it


SEAMS = {"file_chooser.py": "QFileDialog", "prompter.py": "QMessageBox"}


def test_file_dialogs_and_message_boxes_are_asked_only_through_their_seams() -> None:
    """Every file choice goes through FileChooser (a fake answers in tests; Qt's folder
    history is wiped after it, issue 15 item 8) and every question through the Prompter:
    a direct QFileDialog or QMessageBox elsewhere is a dialog no test reaches."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.Attribute):
                names = [node.attr]
            elif isinstance(node, ast.Name):
                names = [node.id]
            for name in names:
                if name in SEAMS.values() and SEAMS.get(path.name) != name:
                    found.append(f"{path.relative_to(UI)}:{node.lineno} {name}")
    assert found == []
