"""Copying client data without leaving it on the clipboard.

Everything Counsel Desk puts on the clipboard — through :meth:`SensitiveClipboard.copy`
or by the ordinary Ctrl+C in one of its fields — is

* marked sensitive for clipboard managers where the platform has such a mark:
  ``x-kde-passwordManagerHint: secret`` (KDE Klipper and most Linux clipboard managers),
  and on Windows the registered formats ``ExcludeClipboardContentFromMonitorProcessing``,
  ``CanIncludeInClipboardHistory`` = 0 and ``CanUploadToCloudClipboard`` = 0 (Win+V history
  and cloud sync). macOS has ``org.nspasteboard.ConcealedType``, which Qt cannot set
  without a native pasteboard converter: not wired there;
* cleared after 30 seconds, and when the vault locks or the app quits — but only while
  the clipboard still holds what we put there (something the user copied elsewhere since
  is left alone).

Only a SHA-256 of the copied text is kept, to recognise it; not the text itself.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_TIMEOUT_MS = 30_000
MARKER = "application/x-counsel-desk-sensitive"
KDE_HINT = "x-kde-passwordManagerHint"
_WIN = 'application/x-qt-windows-mime;value="{}"'
_DWORD_ZERO = b"\x00\x00\x00\x00"


def sensitive_mime_data(text: str) -> QMimeData:
    """Plain text with every "do not keep this" mark the platforms know."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(MARKER, QByteArray(b"1"))
    mime.setData(KDE_HINT, QByteArray(b"secret"))
    mime.setData(_WIN.format("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(b"1"))
    mime.setData(_WIN.format("CanIncludeInClipboardHistory"), QByteArray(_DWORD_ZERO))
    mime.setData(_WIN.format("CanUploadToCloudClipboard"), QByteArray(_DWORD_ZERO))
    return mime


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class SensitiveClipboard(QObject):
    """The application's one way onto the clipboard."""

    def __init__(self, parent: QObject | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS):
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._changed)
        self._adopting = False

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked sensitive; it goes after the timeout."""
        self._adopting = True
        try:
            self._clipboard.setMimeData(sensitive_mime_data(text), QClipboard.Mode.Clipboard)
        finally:
            self._adopting = False
        self._ours = _digest(text)
        self._timer.start(self.timeout_ms)

    @property
    def holds_ours(self) -> bool:
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        return (
            self._ours is not None
            and mime is not None
            and mime.hasText()
            and _digest(mime.text()) == self._ours
        )

    @Slot()
    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what we put there (on timeout, on lock,
        on quit). Returns whether it did."""
        self._timer.stop()
        cleared = self.holds_ours
        if cleared:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None
        return cleared

    @Slot()
    def _changed(self) -> None:
        """A copy made with Ctrl+C in one of our fields: mark it and time it out too."""
        if self._adopting:
            return
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or not mime.hasText() or mime.hasFormat(MARKER):
            return
        ours = self._clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            and QGuiApplication.focusWindow() is not None
        )
        if ours and mime.text():
            # Re-set it with the marks; queued, as the clipboard may not be changed from
            # inside its own change notification on every platform.
            text = mime.text()
            QTimer.singleShot(0, self, lambda: self.copy(text))


_instance: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    """The application's clipboard guard (created on first use, with the app as parent)."""
    global _instance
    if _instance is None:
        _instance = SensitiveClipboard(QGuiApplication.instance())
    return _instance
