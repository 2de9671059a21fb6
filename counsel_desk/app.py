"""The desktop application's composition root.

Builds the QApplication, loads translations, installs a sanitised excepthook, and wires
the services into the main window. Nothing else in the program creates these objects.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

import counsel_desk
from counsel_desk.paths import resource_path

if TYPE_CHECKING:  # imported with the window, after the first screen's needs
    from counsel_desk.services.vault_service import VaultService
    from counsel_desk.ui.file_chooser import FileChooser
    from counsel_desk.ui.prompter import Prompter

log = logging.getLogger("counsel_desk")

DICTIONARIES_AFTER_MS = 300

_translators: list[QTranslator] = []  # kept alive for the application's lifetime


def load_translations(app: QCoreApplication, language: str | None) -> str:
    """Install Qt's own and Counsel Desk's .qm files for ``language`` (or the system's)."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)  # dates and numbers follow the chosen language
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "counsel_desk", "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        _translators.append(ours)
    return locale.name()


def install_excepthook(recover: Callable[[], str] | None = None) -> None:
    """Unexpected errors: log the exception type only, bring the window back to a true
    state (``recover``, the main window's ``recover_from_fault``), show a generic dialog
    with what ``recover`` says it did.

    A traceback can hold client data (a name in a local variable, a note in an error
    message), so neither the dialog nor the log shows it. Developers can set
    COUNSEL_DESK_DEBUG=1 to print the traceback to the terminal.
    """
    import os

    debug = os.environ.get("COUNSEL_DESK_DEBUG") == "1"

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error: %s", kind.__name__)
        if debug:
            traceback.print_exception(kind, value, tb)
        note = ""
        if recover is not None:
            try:
                note = recover()
            except Exception as failure:  # never a second dialog, never a loop
                log.error("could not recover from the error: %s", type(failure).__name__)
        show_crash_dialog(note)

    sys.excepthook = hook


def show_crash_dialog(note: str = "") -> None:
    """The generic dialog; ``note`` (translated) says what happened to the window."""
    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "Counsel Desk"))
    box.setText(QCoreApplication.translate("App", "Something went wrong inside Counsel Desk."))
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Your saved records are safe in the vault. If this keeps happening, lock the "
            "vault, restart Counsel Desk and tell your support person what you were doing "
            "(without client details).",
        )
        + (f"\n\n{note}" if note else "")
    )
    box.exec()


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName(counsel_desk.ORG_NAME)
    app.setApplicationName(counsel_desk.APP_NAME)
    app.setApplicationDisplayName(counsel_desk.APP_NAME)
    app.setApplicationVersion(counsel_desk.__version__)
    # The .desktop file's name (packaging/linux/): Wayland matches windows to it.
    app.setDesktopFileName("org.counseldesk.CounselDesk")
    from counsel_desk.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def _load_dictionaries_in_background(vault: VaultService, unlocking: Callable[[], bool]) -> None:
    def load() -> None:
        from counsel_desk.domain.wordlist import load_dictionaries

        try:
            # Frozen only while no vault is open or opening (an unlock quicker than the
            # reading: its passphrase and keys are in memory until it ends).
            load_dictionaries(freeze_if=lambda: not vault.is_unlocked and not unlocking())
        except Exception:  # the speller says so when a note needs it; nothing to show now
            log.warning("the spelling dictionaries could not be read at start-up")

    threading.Thread(target=load, name="dictionaries", daemon=True).start()


def _stale_demo_folder_remover() -> Callable[[], None]:
    """Removes the demo folders left behind by a demo that crashed, the first time it is
    called (after the first paint, or when ``main`` ends before one)."""
    done: list[bool] = []

    def remove() -> None:
        if done:
            return
        done.append(True)
        from counsel_desk.demo.vault import remove_stale_demo_folders

        try:
            remove_stale_demo_folders()
        except OSError:
            log.warning("could not remove an old demo folder")

    return remove


def main(
    argv: Sequence[str] | None = None,
    *,
    prompter: Prompter | None = None,
    chooser: FileChooser | None = None,
) -> int:
    """``counsel-desk [--demo]``: with ``--demo``, a throw-away vault of invented records
    (its passphrase on the unlock screen, its folder deleted when the app quits).

    ``prompter`` and ``chooser`` replace the real question and file dialogs (tests)."""
    from counsel_desk.hardening import harden_process

    harden_process()  # no core dump may hold the data key, the passphrase or a record
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = list(argv if argv is not None else sys.argv)
    want_demo = "--demo" in args[1:]
    app = create_application([a for a in args if a != "--demo"])
    install_excepthook()

    from counsel_desk.services.vault_service import VaultService
    from counsel_desk.ui.first_paint import after_first_paint
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    runner = TaskRunner(app)
    demo = None
    if want_demo:
        from counsel_desk.ui.demo import DemoSession

        demo = DemoSession(runner)
    settings = demo.settings if demo is not None else AppSettings()
    load_translations(app, settings.language)
    vault = demo.vault if demo is not None else VaultService()
    window = MainWindow(vault, settings, runner, prompter, chooser=chooser)
    install_excepthook(window.recover_from_fault)
    window.show()
    # What the unlock screen does not need waits until it is on screen: the workspace
    # (built then, or at once if anything asks for it first), old demo folders.
    remove_stale_demo_folders = _stale_demo_folder_remover()
    after_first_paint(
        window.unlock_view, lambda: (window.build_workspace(), remove_stale_demo_folders())
    )
    # The dictionaries (spelling, the redaction's word check) read while she types her
    # passphrase: once the first screen is painted, and before any record is in memory.
    QTimer.singleShot(
        DICTIONARIES_AFTER_MS,
        lambda: _load_dictionaries_in_background(vault, lambda: window.unlock_view.is_busy),
    )
    last = settings.last_vault_path
    if demo is not None:
        demo.start(window)
    elif last is None or not vault.looks_like_vault(last):
        default = vault.default_vault_path()
        if vault.looks_like_vault(default):
            window.unlock_view.set_vault_path(default)
        elif not window.session.run_welcome():
            remove_stale_demo_folders()
            return 0
    code = app.exec()
    remove_stale_demo_folders()
    runner.wait_for_all()
    vault.lock()
    return code


if __name__ == "__main__":
    sys.exit(main())
