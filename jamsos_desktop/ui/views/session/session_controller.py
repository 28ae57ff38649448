"""Who is at the desk: auto-lock after idle time, the lock screen's sign-in, and role changes.

An event filter on the application notices keyboard and mouse input; after the idle time from the office
setting (services.session) the session locks: the operator is signed out (audited) and the window shows the
lock screen. Nothing open is closed, so whatever was typed is still there after signing in again, by the
same or another operator.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from jamsos_desktop.services import Services
from jamsos_desktop.services.login_refusals import LoginRefused
from jamsos_desktop.services.session import autolock_seconds

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


class SessionController(QObject):
    locked = Signal()
    signed_in = Signal(object)  # Actor

    def __init__(self, services: Services, *, activity_source: QObject, before_sign_in: bool = False,
                 parent: QObject | None = None) -> None:
        """`before_sign_in`: made (with the main window) while the sign-in window is still open. Nothing is timed
        until `begin`, so a clerk who leaves the sign-in window open is never signed out of it, and input is
        watched only from `watch_activity`: while an application-wide filter written in Python is installed,
        every event of every widget the main window builds passes through it, and PySide makes the Python
        types of the objects it has not met yet (~120 enums, tens of ms: issue 18)."""
        super().__init__(parent)
        self._services = services
        self._activity_source = activity_source
        self._is_locked = before_sign_in
        self.last_username = ""  # the lock screen offers it, so the clerk types only the password
        self.last_wait_s = 0.0  # after a refusal: how long the sign-in service makes the next try wait
        self._seconds: int | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.lock)
        if not before_sign_in:
            self.watch_activity()
        self.reload_policy()

    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def reload_policy(self) -> None:
        """Read the auto-lock time again (after the settings changed)."""
        seconds = autolock_seconds(self._services.office)
        self._timer.stop()
        if seconds is not None and not self._is_locked:
            self._timer.setInterval(seconds * 1000)
            self._timer.start()
        self._seconds = seconds

    def begin(self) -> None:
        """The sign-in window signed the clerk in (the controller was made `before_sign_in`): the idle time counts
        from now."""
        self._is_locked = False
        self.reload_policy()

    def watch_activity(self) -> None:
        """Keyboard and mouse input restarts the idle time from now on."""
        self._activity_source.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and not self._is_locked and self._seconds is not None:
            self._timer.start()
        return False

    def lock(self) -> None:
        if self._is_locked:
            return
        self._timer.stop()
        self._is_locked = True
        actor = self._services.office.actor
        self.last_username = actor.username if actor else self.last_username
        self._services.auth.logout()
        self.locked.emit()

    def sign_in(self, username: str, password: str) -> str | None:
        """Unlock; returns the refusal message, or None when signed in."""
        try:
            actor = self._services.auth.login(username, password)
        except LoginRefused as exc:
            self.last_wait_s = float(getattr(exc, "wait_s", 0.0))  # LoginThrottled says how long
            return str(exc)
        self._is_locked = False
        self.reload_policy()
        self.signed_in.emit(actor)
        return None
