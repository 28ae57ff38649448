"""Opening the office behind the sign-in window (issue 18: the first window paints before the storage layer
is imported).

`OfficeOpening` imports the services and the storage layer and runs `open_office` (integrity check, start-up
backup, migrations) on the TaskRunner's worker while the clerk types. An encrypted office can do only part of
that before the password: the database key comes from the operator's slot, so the worker imports and reads the
slot file, and the checks, backup and migrations run at sign-in as before (`Office.unlock`). `login()` waits
for the opening when the clerk was quicker, then signs in through the sign-in service; a failure to open is
raised there, and again by `wait()`, for the app to report.

`prepare(work)` is for what the app does on the GUI thread before the main window (importing it): run at once
while the clerk is still typing, or, when a sign-in is already waiting, while the password is checked on a
thread of its own (argon2 lets go of Python's lock, so the two share the PC's cores).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Signal

from jamsos_desktop.services.login_refusals import LoginRefused
from jamsos_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.early_check import EarlyCheck
    from jamsos_desktop.services.office import Actor


def open_services(data_dir: Path, *, checked: EarlyCheck | None = None) -> Services:
    """The worker's part: everything the main window needs that does not need the database key.

    Opening the office is mostly SQLite reading the file (the quick check, the backup), which lets go of
    Python's lock, and importing the sign-in and list services is all Python: the import runs on a thread of
    its own meanwhile, so the two share the PC's cores instead of following each other (issue 18). Neither
    imports SQLAlchemy: that waits until the main window has painted (MainWindow.warm_up_storage). `checked`: the
    office file's check, begun by the entry as the process started (services/early_check.py)."""
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.office import open_office

    preload = threading.Thread(target=_import_services, name="jamsos-preload", daemon=True)
    preload.start()
    try:
        services = Services(open_office(data_dir, checked=checked))
    finally:
        preload.join()
    services.warm_up()  # the sign-in and list services: here, not after the password
    return services


def _import_services() -> None:
    """What `Services.warm_up` imports; a failure here is left for warm_up to raise again, with its message."""
    try:
        import jamsos_desktop.services.auth
        import jamsos_desktop.services.listing
        import jamsos_desktop.services.settings  # noqa: F401
    except Exception:  # noqa: BLE001, S110 - imported again by warm_up, which reports what went wrong
        pass


class OfficeOpening(QObject):
    opened = Signal()  # on the GUI thread, when the office is open (or failed to open: see `failure`)

    def __init__(self, tasks: TaskRunner, data_dir: Path,
                 work: Callable[[Path], Services] = open_services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.failure: Exception | None = None
        self.done = False
        self._signing_in = False
        self._meanwhile: list[Callable[[], None]] = []
        tasks.run(lambda _progress: self._open(work, data_dir), on_finished=self.opened.emit)

    def _open(self, work: Callable[[Path], Services], data_dir: Path) -> None:
        """On the worker; the results are set here, so they are there even before the signal is delivered."""
        try:
            self.services = work(data_dir)
        except Exception as exc:  # noqa: BLE001 - reported by the app on the GUI thread
            self.failure = exc
        finally:
            self.done = True

    def _wait_done(self) -> None:
        if not self.done:
            loop = QEventLoop()
            self.opened.connect(loop.quit)
            if not self.done:  # finished between the check and the connect: the signal was already sent
                loop.exec()

    def wait(self) -> Services:
        """The open office's services, once the worker is done (events keep flowing meanwhile)."""
        self._wait_done()
        if self.failure is not None:
            raise self.failure
        assert self.services is not None
        return self.services

    def prepare(self, work: Callable[[], None]) -> None:
        """Run `work` (on the GUI thread) now, or during the password check of a sign-in waiting for the opening."""
        if self._signing_in:
            self._meanwhile.append(work)
        else:
            work()

    def login(self, username: str, password: str) -> Actor:
        self._signing_in = True
        try:
            self._wait_done()
        finally:
            self._signing_in = False
        meanwhile, self._meanwhile = self._meanwhile, []
        if self.failure is not None:  # the app closes the sign-in window and reports the failure itself
            for work in meanwhile:
                work()
            raise NotOpened()
        services = self.services
        assert services is not None
        if not meanwhile:
            return services.auth.login(username, password)
        outcome: dict[str, Any] = {}

        def check() -> None:
            try:
                outcome["actor"] = services.auth.login(username, password)
            except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread below
                outcome["error"] = exc

        checking = threading.Thread(target=check, name="jamsos-sign-in")
        checking.start()
        try:
            for work in meanwhile:
                work()
        finally:
            checking.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["actor"]  # type: ignore[no-any-return]


class NotOpened(LoginRefused):
    code = "not_opened"

    def __init__(self) -> None:
        super().__init__("Data kantor tidak bisa dibuka; lihat pesan berikutnya.")
