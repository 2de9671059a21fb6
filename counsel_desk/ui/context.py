"""What the window's actions are given instead of the window itself.

:class:`AppContext` holds the application's services and seams — the vault service, the
runner and the operation helper, the prompter and the file chooser, the settings, the
clipboard guard, the clock and the Argon2 calibrator. The main window builds it once and
hands it on; nothing in it is replaced later (a test plugs its fakes in when it builds the
window).

:class:`WindowHost` is the little an action may ask of the window, named by intention
("resolve unsaved changes", "show this in the status bar", "this client changed"). The
window implements it; an action never reads the window's views or private members, so a
view can change without the actions knowing (``tests/ui/test_action_seams.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from counsel_desk.domain.reminders import Reminder
    from counsel_desk.services.vault_service import VaultService
    from counsel_desk.ui.clipboard import SensitiveClipboard
    from counsel_desk.ui.dialogs.welcome_dialog import Calibrator
    from counsel_desk.ui.file_chooser import FileChooser
    from counsel_desk.ui.operations import Operations
    from counsel_desk.ui.prompter import Prompter
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class AppContext:
    """The services and seams of one running application (one window)."""

    vault: VaultService
    settings: AppSettings
    runner: TaskRunner
    ops: Operations  # vault work from the GUI: ui/operations.py
    prompter: Prompter  # questions and error boxes
    chooser: FileChooser  # file and folder choices
    clipboard: SensitiveClipboard
    today: Callable[[], dt.date]
    calibrator: Calibrator | None = None  # measures this computer for Argon2 (tests: cheap)


class WindowHost(Protocol):
    """What an action may ask of the window it belongs to."""

    def window_widget(self) -> QWidget:
        """The window as a widget: the parent of the actions' dialogs, the home of their
        shortcuts."""
        ...

    @property
    def lock_pending(self) -> bool:
        """The vault is still closing (its automatic backup) after a lock."""
        ...

    @property
    def privacy(self) -> bool:
        """Privacy mode is on: case codes instead of names."""
        ...

    def current_client_id(self) -> int | None:
        """The client whose profile is shown; None on the Today view or a new profile."""
        ...

    def resolve_unsaved_changes(self) -> bool:
        """Ask what to do with unsaved profile edits; False when the user cancels."""
        ...

    def show_status(self, text: str, ms: int = 0) -> None:
        """Say ``text`` in the status bar (for ``ms`` milliseconds; 0: until replaced).
        An empty text clears the message."""
        ...

    def vault_state_changed(self) -> None:
        """The vault's keys, settings or busy state changed: actions and banners again."""
        ...

    def client_changed(self, client_id: int) -> None:
        """A client's record changed outside the profile (a dialog): show it again if it
        is on screen and not being edited, and reload the caseload."""
        ...

    def client_destroyed(self, client_id: int) -> None:
        """A client's records were destroyed: nothing of them may stay on screen."""
        ...

    def unlocked_by_dialog(self, vault_path: Path | None = None) -> None:
        """A dialog (recovery key, restore) unlocked the vault, at ``vault_path`` if it
        is another one than the unlock screen's: show the workspace."""
        ...

    def lock(self) -> None:
        """Close the vault and forget every piece of client data on screen."""
        ...

    def track_vault_dialog(self, dialog: QDialog) -> None:
        """Close ``dialog`` (and wipe what it holds) when the vault locks."""
        ...

    def show_reminders(self, reminders: Sequence[Reminder]) -> None:
        """What comes due, on the Today view (empty: nothing is shown)."""
        ...

    def reload_plan(self) -> None:
        """The support plan on screen, if one is, read again (ratings, follow-ups)."""
        ...

    def start_session_note(self, client_id: int) -> bool:
        """Open the client's record at its Sessions tab with a new note (an appointment
        with her was held); False when she stays on what is open (unsaved changes)."""
        ...
