"""Composition root of the desktop app: Qt application, look, language, office, services, windows.

Order: create the demo office when asked; paint the sign-in window at once for an existing office while the
office opens behind it (integrity check, backup, migrations, the sign-in and list services imported:
ui/views/session/opening.py), or, for a new one, open it and run the set-up wizard first; sign in; then the main
window, whose first page paints before SQLAlchemy, sqlmodel or pydantic are imported (they load on the worker
after that paint). This module imports no storage, no service and no main window at the top: the sign-in
window paints before SQLAlchemy, sqlmodel or reportlab are loaded (tests/ui/test_start_imports.py).
Everything a view needs is built here and handed in.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QDialog

from jamsos_desktop import APP_NAME, __version__
from jamsos_desktop.config import DB_FILE, resolve_data_dir
from jamsos_desktop.safefile import DiskProblem, as_disk_problem, check_writable_folder
from jamsos_desktop.ui.errors import install_excepthook, setup_logging
from jamsos_desktop.ui.first_paint import AfterFirstPaint
from jamsos_desktop.ui.gc_thread import GuiThreadCollector
from jamsos_desktop.ui.heap import give_back, one_heap
from jamsos_desktop.ui.i18n import SCALE_ENV, LanguagePreference, install_translators, parse_scale
from jamsos_desktop.ui.icons import app_icon
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.theme import apply_theme
from jamsos_desktop.ui.views.session.login_dialog import LoginDialog
from jamsos_desktop.ui.views.session.opening import OfficeOpening, open_services
from jamsos_desktop.ui.views.shell.placement import WindowPlacement
from jamsos_desktop.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.early_check import EarlyCheck
    from jamsos_desktop.services.office import Office
    from jamsos_desktop.ui.main_window import MainWindow
    from jamsos_desktop.ui.views.sync.background_sync import BackgroundSync

DEMO_PARTICIPANTS = 300
DEMO_ACCOUNTS = "admin / admin123 · operator / operator123 · lurah / lurah1234"
OFFICE_NAME_KEY = "office/name"  # in desktop.ini: the sign-in window's title before the office is open


@dataclass(frozen=True)
class Options:
    data_dir: Path | None = None
    demo: bool = False
    early_check: EarlyCheck | None = None  # the office file's check, begun by the entry before Qt was imported


def _data_dir(options: Options) -> Path:
    if options.demo and options.data_dir is None:
        import tempfile

        return Path(tempfile.mkdtemp(prefix="jamsos-demo-"))
    return resolve_data_dir(options.data_dir)


def _create_demo(tasks: TaskRunner, data_dir: Path) -> Exception | None:
    """Build the demo office off the GUI thread behind a progress dialog; the failure, if any, is returned."""
    from jamsos_desktop.services.demo import create_demo_office

    loop = QEventLoop()
    failures: list[Exception] = []
    tasks.run(lambda _progress: create_demo_office(data_dir, participants=DEMO_PARTICIPANTS),
                     label=QCoreApplication.translate("app", "Menyiapkan kantor demo dengan peserta contoh…"), on_failure=failures.append,
                     on_cancel=lambda: failures.append(InterruptedError()), on_finished=loop.quit)
    loop.exec()  # the queued quit arrives even when the work finished before this line
    return failures[0] if failures else None


def _background_sync(window: MainWindow, services: Services, tasks: TaskRunner) -> BackgroundSync:
    """Uploads to the hub when its address is set (never while the screen is locked); idle ("luring")
    without an address or when this build has no HTTP sync service. The sync service (and the storage layer
    under it) is loaded on the worker at the first round, not here on the way to the main window."""
    from jamsos_desktop.ui.views.sync.background_sync import BackgroundSync

    loaded = vars(services).get("sync")  # made already (or replaced): ask it; otherwise this build's has it
    has_http = loaded is None or hasattr(loaded, "sync_once")
    uploader = BackgroundSync(tasks=tasks, hub_url=lambda: services.settings.get("sync.hub_url"),
                              sync_once=(lambda: services.sync.sync_once()) if has_http else None,
                              may_run=lambda: services.office.actor is not None, parent=window)
    uploader.state_changed.connect(window.status.set_connection_state)
    uploader.problem_changed.connect(window.status.set_connection_problem)

    def on_synced(_result: object) -> None:
        window.on_participants_changed()
        window.refresh_sync_page()

    uploader.synced.connect(on_synced)
    window.settings_saved.connect(uploader.reload)
    return uploader


def _startup_warnings(office: Office, prompter: Prompter) -> None:
    if office.startup.integrity_problems:
        prompter.warn(None, QCoreApplication.translate("app", "Periksa basis data"), QCoreApplication.translate("app",
            "Pemeriksaan basis data menemukan kerusakan. Jangan mengubah data dulu: minta admin memulihkan "
            "cadangan terakhir (folder backups di folder data)."))
    if office.startup.backup_problem:
        prompter.warn(None, QCoreApplication.translate("app", "Cadangan otomatis tidak dibuat"),
                      office.startup.backup_problem)


class EarlyWindow:
    """The main window, built on the GUI thread while the clerk types the password or while it is checked (issue
    18: argon2 and the check run on threads of their own), then signed in (MainWindow.begin_session). Not for an
    encrypted office: its database opens only with the password."""

    def __init__(self, make: Callable[[Services], MainWindow]) -> None:
        self._make = make
        self.window: MainWindow | None = None

    def build(self, services: Services) -> None:
        if self.window is not None or services.office.locked:
            return
        try:
            self.window = self._make(services)
        except Exception:  # noqa: BLE001 - built again after the sign-in, where a failure is reported as before
            logging.getLogger(__name__).exception("main window not built before the sign-in")


def _sign_in(opening: OfficeOpening, *, existed: bool, hint: str, pc_settings: QSettings,
             collector: GuiThreadCollector, early: EarlyWindow) -> Services | None:
    """The signed-in office's services, None when the clerk quit. An existing office's sign-in window paints at
    once and the office opens behind it (and `early` builds the main window once it has); a new one (or one whose
    set-up never finished) is opened first and set up with the wizard."""
    if existed:
        login = LoginDialog(opening, office_name=str(pc_settings.value(OFFICE_NAME_KEY, "") or ""), hint=hint)

        def on_opened() -> None:
            services = opening.services
            if services is None or not services.office.initialized:
                login.reject()  # the failure is raised below; an office without set-up goes to the wizard
                return
            name = services.settings.get("office.name")
            login.set_office_name(name)
            pc_settings.setValue(OFFICE_NAME_KEY, name)
            opening.prepare(load_main_window)  # while the clerk types, or while the password is checked
            opening.prepare(lambda: early.build(services), with_the_check=True)  # shorter than argon2's check

        def load_main_window() -> None:
            import jamsos_desktop.ui.main_window  # noqa: F401 - (already, unless the office opened first)

            collector.settle()  # the services and the main window's modules stay for good (ui/gc_thread.py)
            give_back()  # the opening's check, backup and imports are done (ui/heap.py)

        def import_main_window() -> None:
            import jamsos_desktop.ui.main_window  # noqa: F401
            from jamsos_desktop.ui.views.shell.pages import warm_up

            warm_up()

        # As soon as the sign-in window is on the screen: the main window's modules are imported on the GUI thread
        # while the worker's check reads the file (outside Python's lock), not after it.
        AfterFirstPaint(login).add(import_main_window)
        opening.opened.connect(on_opened)
        if opening.done:
            on_opened()
        accepted = login.exec() == QDialog.DialogCode.Accepted
        if opening.failure is not None:
            raise opening.failure
        if accepted:
            return opening.wait()
        if not opening.done or opening.wait().office.initialized:
            return None  # the clerk quit
    services = opening.wait()
    if not services.office.initialized:
        from jamsos_desktop.ui.views.setup.setup_wizard import SetupWizard

        SetupWizard(services.office).exec()
        if not services.office.initialized:
            return None
    login = LoginDialog(services.auth, office_name=services.settings.get("office.name"), hint=hint)
    return services if login.exec() == QDialog.DialogCode.Accepted else None


def _open_windows(app: QApplication, opening: OfficeOpening, *, existed: bool, demo: bool, tasks: TaskRunner,
                  collector: GuiThreadCollector, prompter: Prompter, language: LanguagePreference,
                  pc_settings: QSettings) -> int:
    hint = QCoreApplication.translate("app", "Akun demo: {accounts}").format(accounts=DEMO_ACCOUNTS) if demo else ""

    def make_window(services: Services, *, before_sign_in: bool = True) -> MainWindow:
        from jamsos_desktop.ui.main_window import MainWindow
        from jamsos_desktop.ui.views.session.session_controller import SessionController

        session = SessionController(services, activity_source=app, before_sign_in=before_sign_in)
        return MainWindow(services, session=session, tasks=tasks, prompter=prompter, language=language,
                          placement=WindowPlacement(pc_settings), before_sign_in=before_sign_in)

    early = EarlyWindow(make_window)
    services = _sign_in(opening, existed=existed, hint=hint, pc_settings=pc_settings, collector=collector,
                        early=early)
    collector.settle()  # (again, for a new office or a failed opening: collection resumes in any case)
    if services is None:
        return 0
    _startup_warnings(services.office, prompter)
    if early.window is not None:
        window = early.window
        window.begin_session()
    else:
        window = make_window(services, before_sign_in=False)
    window.window_closed.connect(app.quit)
    window.database_restored.connect(app.quit)  # the views hold the old data: reopen the app
    uploader = _background_sync(window, services, tasks)
    window.show_placed()
    collector.settle()  # the main window and its first page stay as long as the app
    give_back()
    window.open_checklist_if_new()
    window.warm_up_storage(on_done=collector.settle)  # what it imported stays as long as the app too
    uploader.start()
    code = app.exec()
    uploader.stop()
    services.auth.logout()
    return code


def run(options: Options) -> int:
    one_heap()  # before Qt or the app starts a thread (ui/heap.py)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    collector = GuiThreadCollector(app)  # garbage with Qt objects is never collected on the worker thread
    apply_theme(app)
    data_dir = _data_dir(options)
    prompter = Prompter()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        check_writable_folder(data_dir)
    except (OSError, DiskProblem) as exc:
        text = str(exc) if isinstance(exc, DiskProblem) else str(as_disk_problem(exc, data_dir))
        prompter.warn(None, QCoreApplication.translate("app", "Folder data tidak bisa dipakai"), text)
        return 1
    log_path = setup_logging(data_dir)
    install_excepthook(log_path, lambda text: prompter.warn(None, QCoreApplication.translate("app", "Terjadi kesalahan"), text))
    pc_settings = QSettings(str(data_dir / "desktop.ini"), QSettings.Format.IniFormat)  # this PC, not the office
    language = LanguagePreference(pc_settings)
    translators = install_translators(app, language.get(), scale=parse_scale(os.environ.get(SCALE_ENV)))
    tasks = TaskRunner(app)
    if options.demo:
        failure = _create_demo(tasks, data_dir)
        if isinstance(failure, InterruptedError):
            return 1
        if failure is not None:
            raise failure
    existed = (data_dir / DB_FILE).exists()
    collector.hold()  # until what the opening imports is settled (ui/gc_thread.py)
    checked = options.early_check if not options.demo else None
    # on the worker from here on, while the sign-in window paints
    opening = OfficeOpening(tasks, data_dir, work=partial(open_services, checked=checked))
    try:
        return _open_windows(app, opening, existed=existed, demo=options.demo, tasks=tasks, collector=collector,
                             prompter=prompter, language=language, pc_settings=pc_settings)
    finally:
        tasks.wait(10_000)
        if opening.services is not None:
            opening.services.office.close()
        del translators
