"""Does the window stall? The real main window, a real vault, the product's own GUI paths,
and the longest gap between event-loop ticks while each operation runs.

:func:`measure_stalls` builds ``counsel_desk.ui.main_window.MainWindow`` with a real
``VaultService`` and ``TaskRunner`` (``QT_QPA_PLATFORM=offscreen``; a prompter that
answers yes, a file chooser that answers from a list, settings and automatic backups in
the scratch folder), unlocks the benchmark vault through the unlock screen, then runs,
``repeats`` times each, with :func:`bench.ticks.record_ticks` on:

* **search**: Ctrl+F's dialog, each query of ``SEARCH_QUERIES`` typed (``setText``; the
  dialog runs it after its typing pause), until the results are shown and painted;
* **backup**: File → Back Up Now… to a file in the scratch folder, until the dialog says
  it is saved;
* **supervision export**: Export for Supervision… of the 40-session client (the dialog
  opens, builds or takes the identifier set, the texts for the supervisor are typed),
  Review (the redacted preview), Save PDF… (written and checked), until it says so;
* **passphrase change**: Vault → Change Passphrase…, the old and a new passphrase typed,
  the vault's key changed too (the dialog's default: a key rotation), until the new
  recovery key is shown; it is then changed back without the dialog (not measured);
* **lock**: the Lock action with its automatic backup, until the vault is closed and the
  backup written; then unlocked again through the unlock screen (not measured);
* **import**: the window has no import yet, so a counsel-desk document of the caseload
  is imported through the window's operation layer in the background
  (``ops.op(...).run_in_background()``, as any GUI path runs slow vault work) into a new,
  empty vault unlocked in the window, and the caseload reloaded after it, as a GUI import
  would.

Each figure is the longest gap (ms) between two turns of the GUI thread's event loop
from the user's action until its result is on screen.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.ticks import TickGaps, record_ticks

NEW_PASSPHRASE = "benchmark: lima gajah biru menari di bawah hujan deras sore ini"
TIMEOUT_S = 600.0


class BenchPrompter:
    """Answers every question at once: yes, discard, no date; errors are kept."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def unsaved_changes(self, parent: object) -> Any:
        from counsel_desk.ui.prompter import UnsavedAnswer

        return UnsavedAnswer.DISCARD

    def confirm(self, parent: object, title: str, text: str) -> bool:
        return True

    def closing_date(self, parent: object, earliest: dt.date | None) -> dt.date | None:
        return None

    def error(self, parent: object, title: str, text: str) -> None:
        self.errors.append((title, text))


class BenchChooser:
    """Answers file questions from a list, never opens a dialog."""

    def __init__(self) -> None:
        self.answers: list[Path | None] = []

    def _next(self) -> Path | None:
        return self.answers.pop(0) if self.answers else None

    def open_file(self, parent: object, title: str, start: object = None, filters: str = "") -> Any:
        return self._next()

    def save_file(self, parent: object, title: str, suggested: object, filters: str = "") -> Any:
        return self._next()

    def folder(self, parent: object, title: str, start: object = None) -> Any:
        return self._next()

    def track_dialogs(self, track: object) -> None:
        """The real chooser closes its Share dialog at lock; this one shows none."""

    def share(self, parent: object, request: object) -> Any:
        """Shared as before issue 18's Share dialog: no password, no recipient named (the
        export's stall stays comparable with earlier runs)."""
        from counsel_desk.domain.disclosures import Sharing

        return Sharing()


def wait_until(predicate: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> bool:
    """Turn the event loop (a nested ``QEventLoop``) until ``predicate()`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: loop.quit() if predicate() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()
    deadline.stop()
    return predicate()


def settle(ms: int = 30) -> None:
    """Let the loop run ``ms`` more (the repaint after a result)."""
    end = time.perf_counter() + ms / 1000.0
    wait_until(lambda: time.perf_counter() >= end, timeout_s=ms / 1000.0 + 1.0)


class Failed(RuntimeError):
    pass


def must(ok: bool, what: str, prompter: BenchPrompter | None = None) -> None:
    if not ok:
        told = f" (told: {prompter.errors[-1][1][:200]})" if prompter and prompter.errors else ""
        raise Failed(f"{what}{told}")


class StallBench:
    """One window over the benchmark vault; each ``run_*`` is one measured operation."""

    def __init__(self, folder: Path, scratch: Path, passphrase: str) -> None:
        from PySide6.QtCore import QSettings

        from counsel_desk.services.vault_service import VaultService
        from counsel_desk.ui.main_window import MainWindow
        from counsel_desk.ui.settings import AppSettings
        from counsel_desk.ui.tasks import TaskRunner

        quiet_offscreen_warnings()
        self.folder = folder
        self.scratch = scratch
        self.passphrase = passphrase
        self.prompter = BenchPrompter()
        self.chooser = BenchChooser()
        ini = scratch / "gui-settings.ini"
        self.settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
        self.vault = VaultService(backup_root=scratch / "automatic-backups")
        self.runner = TaskRunner()
        self.window = MainWindow(
            self.vault, self.settings, self.runner, self.prompter, chooser=self.chooser
        )
        self.window.show()
        settle(50)

    # -- unlocking -----------------------------------------------------------------------
    def unlock(self, folder: Path | None = None, passphrase: str | None = None) -> None:
        view = self.window.unlock_view
        must(wait_until(lambda: not self.window.lock_pending), "a lock still pending")
        view.set_vault_path(folder or self.folder)
        view.passphrase_edit.setText(passphrase or self.passphrase)
        view.unlock_button.click()
        must(
            wait_until(lambda: self.vault.is_unlocked and not view.is_busy), "unlock", self.prompter
        )
        settle(50)

    def close(self) -> None:
        if self.vault.is_unlocked:
            self.window.lock()
        wait_until(lambda: not self.window.lock_pending)
        self.runner.wait_for_all(60000)
        self.window.hide()
        self.window.deleteLater()
        settle(20)

    # -- the operations ----------------------------------------------------------------
    def run_search(self, queries: list[str]) -> dict[str, Any]:
        dialog = self.window.workspace.show_search()
        must(dialog is not None, "search dialog")
        assert dialog is not None
        resets: list[int] = []
        dialog.model.modelReset.connect(lambda: resets.append(1))
        per_query: dict[str, float] = {}
        try:
            with record_ticks() as gaps:
                for query in queries:
                    one = TickGaps()
                    one.start()
                    timer = _ticking(one)
                    before = len(resets)
                    dialog.edit.setText(query)
                    must(wait_until(lambda b=before: len(resets) > b), f"search {query!r}")
                    settle(30)
                    timer.stop()
                    one.stop()
                    per_query[query] = round(one.longest_s * 1000.0, 1)
        finally:
            dialog.reject()
        return {**gaps.report(), "per_query_longest_gap_ms": per_query}

    def run_backup(self) -> dict[str, Any]:
        target = self.scratch / "gui-backup.cdbackup"
        self.chooser.answers = [target]
        with record_ticks() as gaps:
            dialog = self.window.vault_actions.back_up_now()
            must(dialog is not None, "backup dialog")
            assert dialog is not None
            must(
                wait_until(lambda: dialog.info is not None or bool(dialog.error_label.text())),
                "backup",
            )
            must(dialog.info is not None, f"backup: {dialog.error_label.text()}")
            settle(30)
        dialog.reject()
        target.unlink(missing_ok=True)
        return gaps.report()

    def run_supervision(
        self, client_id: int, date_from: dt.date | None, texts: dict[str, str]
    ) -> dict[str, Any]:
        target = self.scratch / "gui-supervision.pdf"
        steps: dict[str, Any] = {}
        results: list[Any] = []
        actions = self.window.supervision_actions
        with record_ticks() as gaps:
            with record_ticks() as opening:
                dialog = actions.export_for_supervision(client_id)
                must(dialog is not None, "supervision dialog")
                assert dialog is not None
                dialog.compose.from_edit.set_value(date_from)
                for key, text in texts.items():
                    if key in dialog.compose.text_edits:
                        dialog.compose.text_edits[key].setPlainText(text)
                must(wait_until(lambda: dialog.has_identifiers), "identifier set")
            steps["open_and_type"] = opening.report()
            with record_ticks() as reviewing:
                ready: list[int] = []
                dialog.preview_ready.connect(lambda: ready.append(1))
                dialog.review_button.click()
                must(
                    wait_until(lambda: bool(ready) or dialog.messages.error_label.isVisible()),
                    "review",
                )
                must(bool(ready), f"review: {dialog.messages.error_label.text()}")
                settle(30)
            steps["review"] = reviewing.report()
            with record_ticks() as saving:
                self.chooser.answers = [target]
                dialog.export_done.connect(results.append)
                must(dialog.save_pdf() is not None, "save PDF")
                must(wait_until(lambda: bool(results)), "export")
                settle(30)
            steps["save_pdf"] = saving.report()
        must(not isinstance(results[0], BaseException), f"export: {results[0]!r}")
        dialog.reject()
        target.unlink(missing_ok=True)
        return {**gaps.report(), "steps": steps}

    def run_passphrase_change(self) -> dict[str, Any]:
        actions = self.window.vault_actions
        changed: list[object] = []
        try:
            with record_ticks() as gaps:
                dialog = actions.change_passphrase()
                must(dialog is not None, "passphrase dialog")
                assert dialog is not None
                dialog.old_edit.setText(self.passphrase)
                dialog.fields.passphrase_edit.setText(NEW_PASSPHRASE)
                dialog.fields.repeat_edit.setText(NEW_PASSPHRASE)
                must(dialog.rotate_check.isChecked(), "the key rotation is the default")
                must(dialog.ok_button.isEnabled(), "the new passphrase is accepted")
                dialog.succeeded.connect(changed.append)
                dialog.ok_button.click()
                must(
                    wait_until(lambda: bool(changed) or not _alive(dialog) or not dialog.is_busy),
                    "passphrase change",
                )
                must(bool(changed), f"passphrase change: {_label(dialog)}")
                must(wait_until(lambda: actions.recovery_dialog is not None), "new recovery key")
                settle(30)
        finally:
            recovery = actions.recovery_dialog
            if recovery is not None:
                recovery.stored_check.setChecked(True)
                recovery.accept()
            if changed:  # back to the benchmark's passphrase, without the dialog
                self.vault.change_passphrase(NEW_PASSPHRASE, self.passphrase, rotate_key=False)
            settle(20)
        return gaps.report()

    def run_lock(self) -> dict[str, Any]:
        backups = self.scratch / "automatic-backups"
        before = _files(backups)
        with record_ticks() as gaps:
            self.window.menu_actions.lock_action.trigger()
            must(
                wait_until(lambda: not self.vault.is_unlocked and not self.window.lock_pending),
                "lock",
            )
            settle(30)
        written = _files(backups) - before
        must(bool(written), "the automatic backup at lock")
        for path in written:  # keep the scratch folder small
            path.unlink(missing_ok=True)
        self.unlock()
        return gaps.report()

    def run_import(self, text: str, import_folder: Path) -> dict[str, Any]:
        from counsel_desk.vault.kdf import KdfParams
        from counsel_desk.vault.vault import Vault

        if self.vault.is_unlocked:
            self.window.lock()
            must(wait_until(lambda: not self.window.lock_pending), "lock before import")
        shutil.rmtree(import_folder, ignore_errors=True)
        Vault.create(import_folder, self.passphrase, KdfParams.cheap_for_tests()).close()
        self.unlock(import_folder)
        reports: list[Any] = []
        window = self.window

        def imported(report: Any) -> None:
            window.workspace.refresh()  # what a GUI import would show next
            reports.append(report)

        with record_ticks() as gaps:
            window.ops.op(
                window, "Import", lambda: window.vault.interchange.import_text(text)
            ).on_success(imported).run_in_background()
            must(wait_until(lambda: bool(reports)), "import", self.prompter)
            settle(30)
        notes = int(reports[0].sessions)
        self.vault.set_automatic_backups(False)
        window.lock()
        must(wait_until(lambda: not window.lock_pending), "lock after import")
        shutil.rmtree(import_folder, ignore_errors=True)
        self.unlock()
        return {**gaps.report(), "notes": notes}


def _ticking(gaps: TickGaps) -> Any:
    from PySide6.QtCore import Qt, QTimer

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(lambda: gaps.tick())
    timer.start()
    return timer


def _alive(widget: Any) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def _label(dialog: Any) -> str:
    return str(dialog.error_label.text()) if _alive(dialog) else "the dialog closed"


_QUIET = False


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns on every dialog shown ("does not support
    propagateSizeHints"): not the product's, and it buries the bench's own lines."""
    from PySide6.QtCore import qInstallMessageHandler

    global _QUIET
    if _QUIET:
        return
    _QUIET = True
    previous: list[Any] = []

    def handler(kind: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous and previous[0] is not None:
            previous[0](kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous.append(qInstallMessageHandler(handler))


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


OPERATIONS = ("search", "backup", "supervision_export", "passphrase_change", "lock", "import")


def measure_stalls(
    folder: Path,
    scratch: Path,
    passphrase: str,
    *,
    queries: list[str],
    supervision: tuple[int, dt.date | None, dict[str, str]],
    import_text: str,
    repeats: int = 3,
    import_repeats: int = 1,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Per operation: the longest tick gap of each repeat (ms) and the details of the
    last; ``errors`` names what could not be driven."""
    out: dict[str, Any] = {op: {"longest_gap_ms": [], "runs": []} for op in OPERATIONS}
    errors: dict[str, str] = {}
    bench = StallBench(folder, scratch, passphrase)
    try:
        bench.unlock()
        runs: dict[str, Callable[[], dict[str, Any]]] = {
            "search": lambda: bench.run_search(queries),
            "backup": bench.run_backup,
            "supervision_export": lambda: bench.run_supervision(*supervision),
            "passphrase_change": bench.run_passphrase_change,
            "lock": bench.run_lock,
            "import": lambda: bench.run_import(import_text, scratch / "ImportVault"),
        }
        for name, run in runs.items():
            for _ in range(import_repeats if name == "import" else repeats):
                try:
                    report = run()
                except Failed as failure:
                    errors[name] = str(failure)
                    log(f"  {name}: could not be driven: {failure}")
                    break
                out[name]["longest_gap_ms"].append(report["longest_gap_ms"])
                out[name]["runs"].append(report)
            if out[name]["longest_gap_ms"]:
                log(f"  {name}: longest gaps {out[name]['longest_gap_ms']} ms")
    finally:
        bench.close()
    out["errors"] = errors
    out["told_the_user"] = [title for title, _ in bench.prompter.errors]
    return out
