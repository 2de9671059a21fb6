"""Closing a dialog at a lock: whatever it showed or had typed in it goes at once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def close_at_lock(dialog: QDialog | None) -> None:
    """Wipe ``dialog`` (if it can), hide it, end it as rejected and delete it later.

    ``done()`` rather than ``reject()``: a dialog that asks before it is cancelled (the
    plan editor's unsaved changes) is not asked here; the vault is locking. Its
    ``finished`` signal still fires, so whoever holds it lets it go.
    """
    if dialog is None:
        return
    wipe = getattr(dialog, "wipe", None)
    if callable(wipe):
        wipe()
    dialog.hide()
    dialog.done(QDialog.DialogCode.Rejected.value)
    dialog.deleteLater()
