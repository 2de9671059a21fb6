"""Lock the vault when the computer goes to sleep or its screen locks.

What is wired, per platform:

* **Linux** (and other systems with D-Bus), through QtDBus when PySide6 has it:
  ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` on the system bus (suspend and
  hibernate), ``org.freedesktop.login1.Session.Lock`` for this session
  (``loginctl lock-session``, most desktops' lock screens), and ``ActiveChanged(true)`` of
  ``org.freedesktop.ScreenSaver`` and ``org.gnome.ScreenSaver`` on the session bus.
  Without QtDBus or without a bus the watcher simply does nothing.
* **Every platform:** ``QGuiApplication.applicationStateChanged`` to ``Suspended`` (what
  Qt reports when the system suspends the application; rare on desktops).
* **Windows and macOS: not wired.** Windows announces sleep with ``WM_POWERBROADCAST`` and
  a screen lock with ``WM_WTSSESSION_CHANGE`` (after ``WTSRegisterSessionNotification``);
  macOS with ``NSWorkspaceWillSleepNotification`` and the distributed notification
  ``com.apple.screenIsLocked``. Reaching these needs a native event filter or PyObjC; until
  then the idle auto-lock (Settings) is what protects an unattended Windows or Mac.
"""

from __future__ import annotations

import logging
import os
import string

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

try:  # QtDBus ships with PySide6-Essentials on Linux; elsewhere it may be missing
    from PySide6 import QtDBus
except ImportError:  # pragma: no cover - depends on the platform's PySide6 build
    QtDBus = None  # type: ignore[assignment]

LOGIN1 = "org.freedesktop.login1"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


def login1_session_path(session_id: str) -> str:
    """systemd's object path of a session id (its bus-label escaping)."""
    out = []
    for i, ch in enumerate(session_id):
        if ch in string.ascii_letters or (ch in string.digits and i > 0):
            out.append(ch)
        else:
            out.append("".join(f"_{b:02x}" for b in ch.encode()))
    return "/org/freedesktop/login1/session/" + ("".join(out) or "_")


class SystemLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` when the system is about to sleep or the screen
    locks. ``reason`` is ``"sleep"`` or ``"screen"`` (for the unlock screen's message)."""

    lock_requested = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: object | None = None,
        session_bus: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        if QtDBus is None:
            return
        system = system_bus if system_bus is not None else QtDBus.QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QtDBus.QDBusConnection.sessionBus()
        self._connect_system(system)
        self._connect_session(session)

    def _connect(
        self, bus: object, service: str, path: str, iface: str, name: str, slot: str
    ) -> None:
        if not bus.isConnected():  # type: ignore[attr-defined]
            return
        ok = bus.connect(service, path, iface, name, self, slot)  # type: ignore[attr-defined]
        if ok:
            self.connected.append(f"{iface}.{name}")
        else:
            log.debug("could not listen to %s.%s", iface, name)

    def _connect_system(self, bus: object) -> None:
        self._connect(
            bus,
            LOGIN1,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            "1_prepare_for_sleep(bool)",
        )
        session_id = os.environ.get("XDG_SESSION_ID")
        if session_id:
            self._connect(
                bus,
                LOGIN1,
                login1_session_path(session_id),
                "org.freedesktop.login1.Session",
                "Lock",
                "1_session_lock()",
            )

    def _connect_session(self, bus: object) -> None:
        for service, path in SCREENSAVERS:
            self._connect(
                bus, service, path, service, "ActiveChanged", "1_screensaver_active(bool)"
            )

    # The "1" prefix in the slot strings above is Qt's SLOT() code.
    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit("screen")

    @Slot(bool)
    def _screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen")

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit("sleep")
